"""A line break ends a sentence, whatever the parser would have made of it: cleaned
article bodies break lines only between paragraphs, headings, bylines and list items."""

from __future__ import annotations

import pytest

from dossier.analyze.mentions import extract_mentions
from dossier.analyze.nlp import load_nlp
from dossier.analyze.quotes import extract_quotes

# The parser runs on across these breaks: after an abbreviation that can end a
# sentence ("a.m.", "U.S.", "D.C."), and after a heading or byline with no full stop.
ACROSS_BREAKS = [
    "The plane landed at 6 a.m.\n\nPassengers were taken to a hotel, the airline said.",
    "The meeting was moved to the U.S.\n\nDelegates from both sides agreed to talk again.",
    "He was born in Washington, D.C.\nHis father worked for the State Department.",
    "WHAT TO KNOW\nThe senator said the bill would pass.",
    "By Jane Doe\nWASHINGTON — The Senate voted on Tuesday.",
]


@pytest.mark.parametrize("text", ACROSS_BREAKS)
def test_no_sentence_runs_across_a_line_break(text: str) -> None:
    doc = load_nlp()(text)
    second_line = text.rindex("\n") + 1
    assert second_line in [s.start_char for s in doc.sents]
    assert all("\n" not in s.text.strip() for s in doc.sents)


def test_text_without_line_breaks_is_split_by_the_parser_alone() -> None:
    text = "The talks ended at 6 p.m. on Monday. Both sides left, and nobody spoke."
    doc = load_nlp()(text)
    assert [s.text.strip() for s in doc.sents] == [
        "The talks ended at 6 p.m. on Monday.",
        "Both sides left, and nobody spoke.",
    ]


def test_a_report_after_the_break_is_read_as_its_own_sentence() -> None:
    text = (
        "The meeting was moved to the U.S.\n\n"
        "Delegates from both sides agreed to talk again, officials said."
    )
    doc = load_nlp()(text)
    quotes = extract_quotes(doc, "a", extract_mentions(doc, "a"))
    officials = [
        q for q in quotes if text[q.speaker_start or 0 : q.speaker_end or 0] == "officials"
    ]
    assert [text[q.start : q.end] for q in officials] == [
        "Delegates from both sides agreed to talk again"
    ]
