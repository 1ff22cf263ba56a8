"""Contradictions across articles: numbers, titles, names; each side cites its passage."""

from __future__ import annotations

import pytest

import dossier
from dossier.story.context import StoryInput
from dossier.story.facts import ActorIndex
from dossier.story.titles import find_titles
from story_builders import transit_story


@pytest.fixture(scope="module")
def transit_briefing():
    return dossier.brief(transit_story())


def _by_kind(briefing, kind):
    return [d for d in briefing.discrepancies if d.kind == kind]


def test_example_reports_warmbier_captivity_17_vs_18_months(korea_briefing):
    numbers = [
        d for d in _by_kind(korea_briefing, "number")
        if {s.value for s in d.sides} == {"17 months", "18 months"}
    ]  # fmt: skip
    assert len(numbers) == 1
    sides = numbers[0].sides
    assert [(s.outlet, s.published.isoformat()) for s in sides] == [
        ("The New York Times", "2017-06-15"),
        ("The New York Times", "2017-07-03"),
    ]
    assert "Warmbier" in numbers[0].subject
    assert numbers[0].note and "update" in numbers[0].note


def test_example_reports_xi_called_premier_and_president(korea_briefing):
    titles = _by_kind(korea_briefing, "title")
    xi = [d for d in titles if "Xi" in d.subject]
    assert len(xi) == 1
    by_outlet = {}
    for side in xi[0].sides:
        by_outlet.setdefault(side.outlet, set()).add(side.value.lower())
    assert any("premier" in v for v in by_outlet["ThinkProgress"])
    assert any("president" in v for v in by_outlet["The New York Times"])


def test_example_contradictions_are_the_two_real_ones(korea_briefing):
    # Precision: a person read every passage of this example; only these two are real.
    kinds = sorted((d.kind, d.subject.split(":")[0]) for d in korea_briefing.discrepancies)
    assert kinds == [("number", "Otto F. Warmbier"), ("title", "Xi Jinping")]


def test_every_side_quotes_its_own_passage(korea_briefing, transit_briefing):
    for briefing in (korea_briefing, transit_briefing):
        for d in briefing.discrepancies:
            assert len({s.source.article_id for s in d.sides}) >= 2
            for side in d.sides:
                article = briefing.article(side.source.article_id)
                assert article.text[side.source.start : side.source.end].strip() == side.text
                assert side.value in side.text
                assert side.outlet == article.outlet and side.published == article.published
            dates = [s.published for s in d.sides]
            assert dates == sorted(dates)


def test_different_figures_for_one_fact_are_a_contradiction(transit_briefing):
    numbers = _by_kind(transit_briefing, "number")
    assert [{s.value for s in d.sides} for d in numbers] == [{"14 months", "19 months"}]


def test_hedged_figure_consistent_with_both_is_not_reported(transit_briefing):
    for d in transit_briefing.discrepancies:
        assert not any("more than 12" in s.value for s in d.sides)


def test_two_offices_for_one_person_is_a_title_contradiction(transit_briefing):
    (title,) = _by_kind(transit_briefing, "title")
    assert title.subject == "Maria Lopez"
    assert {s.value for s in title.sides} == {"Mayor", "Prime Minister"}
    assert "1 day apart" in title.note


def test_one_quote_two_speakers_is_a_name_contradiction(transit_briefing):
    (name,) = _by_kind(transit_briefing, "name")
    assert {s.value for s in name.sides} == {"Maria Lopez", "John Smith"}


def test_past_titles_are_not_current_offices():
    text = "Former President Barack Obama met President Joe Biden. Mr. Obama spoke."
    article = dossier.Article(id="x", text=text, outlet="O")
    story = StoryInput(articles=[article], analyses={"x": dossier.analyze(article)})
    titles = {(t.person, t.current) for t in find_titles(story, ActorIndex.build(story))}
    assert ("barack obama", False) in titles
    assert ("joe biden", True) in titles


def test_figures_about_two_different_people_are_not_compared():
    from dossier.story.discrepancies import _different_people

    assert _different_people("His bond was set at $200,000.", "Her bond was set at $100,000.")
    assert not _different_people("His son was held 18 months.", "He was held for 17 months.")
    assert not _different_people("The bond was set at $200,000.", "Her bond was $100,000.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president, Moon Jae-in, halted the deployment.", {("moon jae-in", "president")}),
        ("He met South Korea's president, Moon Jae-in, on Friday.", {("moon jae-in", "president")}),
        ("Sharon is the best person for the position of foreign minister, Netanyahu said.", set()),
        ("“We welcome President Clinton,” the host said of Hillary Clinton.", set()),
        (
            "Yeltsin met Yevgeny Primakov, Foreign Minister Igor Ivanov and others.",
            {("igor ivanov", "foreign minister")},
        ),
    ],
)
def test_titles_are_appositions_outside_quotes(text, expected):
    article = dossier.Article(id="x", text=text, outlet="O")
    story = StoryInput(articles=[article], analyses={"x": dossier.analyze(article)})
    found = {(t.person, t.office) for t in find_titles(story, ActorIndex.build(story))}
    assert found == expected
