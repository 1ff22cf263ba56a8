"""The timex gate only skips text a rule cannot match: gated scans equal whole-text scans."""

from __future__ import annotations

import re

import pytest

from dossier.analyze.timex.find import GATES
from dossier.analyze.timex.gate import Scanner, stop_characters

TEXTS = [
    "Two years ago (in March 1998), officials said; on Jan. 5, 1999 at 3 p.m. EST they met "
    "again. \"Next week,\" he said, \"we vote.\" Shares rose 5% in the third quarter of 2001.",
    "IN THE PAST FIVE YEARS -- SINCE 1995! -- PRICES DOUBLED; THE 1990S WERE KIND, EVERY MONDAY.",
    "The meeting (scheduled for the weekend) was moved: now it is on Christmas Eve, 2016/17.",
    "He spent three and a half weeks there\nlast summer; the fiscal year ended Sept. 30.",
    "Kelvin: 5 Kdays ago; ſome weeks ago; the year-ago quarter; 1-2-3 times a year; mid-1990s.",
    "No time here: just a dog, a cat (and a bird) — and 42 apples; 7.5 tons; $2005.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_scan_finds_exactly_what_a_whole_text_scan_finds(text: str) -> None:
    scanner = Scanner(text)
    for gate in GATES:
        whole = [(m.span(), m.groupdict()) for m in gate.rule.pattern.finditer(text)]
        gated = [(m.span(), m.groupdict()) for m in scanner.matches(gate)]
        assert gated == whole, gate.rule.name


def test_stop_characters_leave_out_what_a_pattern_or_its_lookarounds_touch() -> None:
    stops = stop_characters(re.compile(r"\d+(?![.,]\d)"))
    assert stops is not None
    assert "." not in stops and "," not in stops
    assert ";" in stops and "(" in stops
    assert stop_characters(re.compile(r"a.b")) == ""  # "." touches every character
    assert stop_characters(re.compile(r"year$")) is None  # "$" differs at a piece's end


def test_every_rule_is_gated() -> None:
    assert all(g.keywords is not None and g.stops is not None for g in GATES)
