"""Sentence records: the parser's sentences, cut at line breaks, joined over colons."""

from __future__ import annotations

from dossier import analyze
from dossier.model import Article


def _sentences(text: str) -> list[str]:
    analysis = analyze(Article(id="s", text=text), steps=["sentences"])
    return [text[s.start : s.end] for s in analysis.sentences]


def test_a_colon_before_a_capital_ends_no_sentence():
    text = (
        "Talks stalled on Friday. In a similar vein, a Foreign Ministry spokesman, Ana Ruiz, "
        "said on Monday: The government will not comment on the request."
    )
    assert _sentences(text) == [
        "Talks stalled on Friday.",
        "In a similar vein, a Foreign Ministry spokesman, Ana Ruiz, said on Monday: The "
        "government will not comment on the request.",
    ]


def test_a_colon_at_a_line_end_still_ends_the_line():
    text = "The minister said on Friday:\nThe border will stay closed until further notice."
    assert _sentences(text) == [
        "The minister said on Friday:",
        "The border will stay closed until further notice.",
    ]
