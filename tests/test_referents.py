"""Who "he" is: timeline entries and claims name the speaker a quote resolved a pronoun to,
shown as "he [Name]" while the entry's text stays the exact source text."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from dossier.model import (
    Article,
    ArticleAnalysis,
    Briefing,
    Quote,
    Referent,
    TimelineEntry,
)
from dossier.render import render_html
from dossier.render.markdown import render_markdown
from dossier.story.build import brief
from dossier.story.context import StoryInput
from dossier.story.timeline import build_timeline
from tests.story_builders import article, line_analysis

TEXT = (
    "Mayor Maria Lopez spoke to reporters at City Hall after the vote.\n"
    "On Monday, she said the transit line would open in 2027.\n"
    "On Sunday, he said the depot had burned down."
)


def pronoun_quote(a: Article, pronoun: str, after: str, speaker: str | None) -> Quote:
    """A reported-speech quote whose cue's speaker is written as ``pronoun``, the first
    "<pronoun> said" after the words ``after``; its content runs to the sentence's end."""
    s = a.text.index(f" {pronoun} said", a.text.index(after)) + 1
    content = s + len(pronoun) + len(" said ")
    end = re.compile(r"[.,](?=\s|$)").search(a.text, content).end() - 1  # type: ignore[union-attr]
    return Quote(
        article_id=a.id,
        start=content,
        end=end,
        text=a.text[content:end],
        kind="indirect",
        cue="said",
        cue_start=s + len(pronoun) + 1,
        cue_end=s + len(pronoun) + 5,
        speaker=speaker,
        speaker_text=pronoun,
        speaker_start=s,
        speaker_end=s + len(pronoun),
    )


def analysed(a: Article, quotes: list[Quote]) -> ArticleAnalysis:
    """Sentences are lines; dates from the real time-expression finder; ``quotes`` given."""
    return line_analysis(a, future_words=(), quotes=quotes)


def briefing_with(speaker_she: str | None, speaker_he: str | None = None) -> Briefing:
    a = article(1, "Daily Ledger", 5, TEXT)
    quotes = [
        pronoun_quote(a, "she", "On Monday", speaker_she),
        pronoun_quote(a, "he", "On Sunday", speaker_he),
    ]
    return brief([a], analyses={a.id: analysed(a, quotes)})


def entry(briefing: Briefing, word: str) -> TimelineEntry:
    return next(e for e in briefing.timeline if word in e.text)


def test_resolved_pronoun_is_named_in_markdown_and_html_and_text_stays_source():
    b = briefing_with("Maria Lopez")
    monday = entry(b, "transit")
    source = b.article(monday.sources[0].article_id).text
    assert monday.text == source[monday.sources[0].start : monday.sources[0].end]
    assert monday.text == "On Monday, she said the transit line would open in 2027."
    assert [(r.start, r.end, r.name) for r in monday.referents] == [(11, 14, "Maria Lopez")]
    assert monday.text[11:14] == "she"
    md = render_markdown(b)
    assert "On Monday, she \\[Maria Lopez\\] said the transit line" in md
    html = render_html(b)
    assert 'On Monday, she <span class="referent">[Maria Lopez]</span> said the transit' in html
    # the JSON keeps data: text unchanged, referents beside it
    data = b.model_dump(mode="json")
    shown = next(t for t in data["timeline"] if "transit" in t["text"])
    assert "[" not in shown["text"]
    assert shown["referents"] == [{"start": 11, "end": 14, "name": "Maria Lopez"}]


@pytest.mark.parametrize("speaker", [None, "he", "They"])
def test_pronoun_no_quote_resolved_gets_no_referent(speaker):
    b = briefing_with("Maria Lopez", speaker_he=speaker)
    sunday = entry(b, "depot")
    assert sunday.referents == []
    assert "On Sunday, he said the depot had burned down." in render_markdown(b)
    assert "On Sunday, he said the depot had burned down." in render_html(b)


def test_pronoun_without_any_quote_gets_no_referent():
    a = article(1, "Daily Ledger", 5, TEXT)
    timeline = build_timeline(StoryInput(articles=[a], analyses={a.id: analysed(a, [])}))
    assert timeline and all(e.referents == [] for e in timeline)


def test_hostile_name_is_escaped_in_markdown_and_html():
    hostile = "<script>alert(1)</script> *Bo_b* [x](javascript:y)"
    b = briefing_with(hostile)
    md = render_markdown(b)
    assert "she \\[\\<script\\>alert(1)\\</script\\> \\*Bo\\_b\\* \\[x\\](javascript:y)\\]" in md
    html = render_html(b)
    assert "<script>alert(1)" not in html
    assert (
        'she <span class="referent">[&lt;script&gt;alert(1)&lt;/script&gt; *Bo_b* '
        "[x](javascript:y)]</span> said" in html
    )


def test_first_pronoun_per_name_only_and_claims_carry_referents():
    text = (
        "On Monday, she said the council had approved the $2.5 billion transit budget, "
        "and she said it would pay for the line.\n"
    )
    a = article(1, "Daily Ledger", 5, text)
    b = article(
        2,
        "Evening Post",
        6,
        "On Monday the council approved a $2.5 billion transit budget that pays for the new line.",
    )
    first = pronoun_quote(a, "she", "On Monday", "Maria Lopez")
    second = pronoun_quote(a, "she", "and", "Maria Lopez")
    out = brief([a, b], analyses={a.id: analysed(a, [first, second]), b.id: analysed(b, [])})
    monday = entry(out, "she")
    assert [r.start for r in monday.referents] == [11]
    claim = next(c for c in out.claims if "Daily Ledger" in c.outlets and "she" in c.text)
    assert [r.name for r in claim.referents] == ["Maria Lopez"]
    assert all(claim.text[r.start : r.end] == "she" for r in claim.referents)
    assert "she \\[Maria Lopez\\] said" in render_markdown(out).split("## Claims")[1]


def test_referent_must_lie_inside_text():
    with pytest.raises(ValidationError):
        TimelineEntry(
            value="2024-03-04", text="he said", referents=[Referent(start=5, end=9, name="X")]
        )
    with pytest.raises(ValidationError):
        Referent(start=3, end=1, name="X")
