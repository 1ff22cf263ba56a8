"""What "which" is: a quote whose words open with a relative pronoun ('..., which the mayor
has said is unfair') is shown as "which [the new levy] ... is unfair", while its content
keeps PolNeAR's span and the briefing's text stays the spoken words."""

from __future__ import annotations

import pytest

import dossier
from dossier.analyze import analyze
from dossier.corpus.store import Placement, Store
from dossier.model import Article, ArticleAnalysis, Quote
from dossier.render import render_html, render_markdown
from story_builders import article, line_analysis

LEVY = "The council rejected the new levy, which the mayor has said is unfair."
PLAIN = "The mayor said the new levy is unfair."
COMPLEMENTIZER = "She was heard yelling to the guards that her brother was unarmed."


@pytest.fixture(scope="module")
def levy() -> tuple[Article, ArticleAnalysis]:
    a = article(1, "Daily Ledger", 4, LEVY)
    return a, analyze(a)


def _quote(analysis: ArticleAnalysis, opening: str) -> Quote:
    return next(q for q in analysis.quotes if q.text.startswith(opening))


def test_analysis_records_the_antecedent_and_keeps_the_content(levy) -> None:
    a, analysis = levy
    quote = _quote(analysis, "which")
    assert quote.text == "which the mayor has said is unfair"  # PolNeAR's content
    assert quote.antecedent_start is not None and quote.antecedent_end is not None
    assert a.text[quote.antecedent_start : quote.antecedent_end] == "the new levy"


def test_markdown_and_html_name_what_which_stands_for(levy) -> None:
    a, analysis = levy
    briefing = dossier.brief([a], analyses={a.id: analysis})
    shown = next(q for q in briefing.quotes if q.text.startswith("which"))
    assert shown.text == "which … is unfair"  # the spoken words, without the cue
    assert [(r.start, r.end, r.name) for r in shown.referents] == [(0, 5, "the new levy")]
    assert r"*which \[the new levy\] … is unfair* (paraphrase)" in render_markdown(briefing)
    html = render_html(briefing)
    assert 'which <span class="referent">[the new levy]</span> … is unfair' in html


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (PLAIN, "the new levy is unfair"),
        # the parse takes 'that' for a relative clause of 'the guards'; it is the
        # complementizer ('mark') of what she yelled
        (COMPLEMENTIZER, "that her brother was unarmed"),
    ],
)
def test_a_quote_not_opening_with_a_relative_pronoun_gets_no_referent(text, content) -> None:
    a = article(2, "Evening Post", 5, text)
    analysis = analyze(a)
    quote = _quote(analysis, content)
    assert quote.antecedent_start is None and quote.antecedent_end is None
    briefing = dossier.brief([a], analyses={a.id: analysis})
    assert [q.referents for q in briefing.quotes] == [[]]
    assert f"  - *{content}* (paraphrase) [1]" in render_markdown(briefing)


def test_a_hostile_antecedent_is_escaped() -> None:
    text = "Critics attacked the <b>*harbour*</b> tax, which the mayor said was unfair."
    a = article(3, "Daily Ledger", 6, text)
    content = text.index("which")
    end = text.index(".", content)
    quote = Quote(
        article_id=a.id, start=content, end=end, text=text[content:end], kind="indirect",
        cue="said", speaker="the mayor", antecedent_start=text.index("the <b>"),
        antecedent_end=text.index(" tax") + 4,
    )  # fmt: skip
    briefing = dossier.brief([a], analyses={a.id: line_analysis(a, quotes=[quote])})
    assert briefing.quotes[0].referents[0].name == "the <b>*harbour*</b> tax"
    markdown = render_markdown(briefing)
    assert r"which \[the \<b\>\*harbour\*\</b\> tax\] the mayor" in markdown
    html = render_html(briefing)
    assert "[the &lt;b&gt;*harbour*&lt;/b&gt; tax]" in html
    assert "<b>*harbour*" not in html


def test_the_store_keeps_the_antecedent(levy, tmp_path) -> None:
    a, analysis = levy
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch([(a, analysis, Placement("s1"))])
    with Store(tmp_path / "c.duckdb", read_only=True) as store:
        back = store.analyses([a.id])[a.id]
    assert back == analysis
    quote = _quote(back, "which")
    assert (quote.antecedent_start, quote.antecedent_end) == (
        LEVY.index("the new levy"),
        LEVY.index("the new levy") + len("the new levy"),
    )
