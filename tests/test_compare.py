"""Outlet comparison: exclusive content, voices by role, tone toward the main actors."""

from __future__ import annotations

import pytest

import dossier
from dossier.story.compare import home_country, speaker_role, tone
from story_builders import transit_story


@pytest.fixture(scope="module")
def transit_briefing():
    return dossier.brief(transit_story())


def test_one_profile_per_outlet_covering_every_article(korea_briefing):
    profiles = korea_briefing.sources
    assert sorted(p.outlet for p in profiles) == sorted({a.outlet for a in korea_briefing.articles})
    ids = sorted(i for p in profiles for i in p.article_ids)
    assert ids == sorted(a.id for a in korea_briefing.articles)


def test_exclusive_items_belong_to_that_outlet_only(korea_briefing):
    quotes = {q.id: q for q in korea_briefing.quotes}
    claims = {c.id: c for c in korea_briefing.claims}
    for p in korea_briefing.sources:
        assert p.exclusive_quotes and all(
            quotes[q].outlets == [p.outlet] for q in p.exclusive_quotes
        )
        assert all(claims[c].outlets == [p.outlet] for c in p.exclusive_claims)
    every = [q for p in korea_briefing.sources for q in p.exclusive_quotes]
    assert len(every) == len(set(every))


def test_voices_are_counted_by_role(korea_briefing):
    nyt = next(p for p in korea_briefing.sources if p.outlet == "The New York Times")
    assert {"expert", "foreign government", "official"} <= set(nyt.speakers_quoted)
    assert nyt.speaker_roles["Lu Kang"] == "foreign government"
    assert nyt.speaker_roles["Bonnie S. Glaser"] == "expert"
    tp = next(p for p in korea_briefing.sources if p.outlet == "ThinkProgress")
    assert tp.speaker_roles["Melanie Hart"] == "expert"
    assert tp.speaker_roles["Geng Shuang"] == "foreign government"


@pytest.mark.parametrize(
    ("descriptions", "role"),
    [
        (["a Foreign Ministry spokesman"], "foreign government"),
        (["the Chinese president"], "foreign government"),
        (["Prime Minister", "prime minister of Japan"], "foreign government"),
        (
            [
                "director of the China Power Project at the Center for Strategic and "
                "International Studies"
            ],
            "expert",
        ),
        (["an associate professor of international relations at Renmin University"], "expert"),
        (["Secretary of State"], "official"),
        (["U.S. National Security Adviser"], "official"),
        (["a China adviser to President Barack Obama"], "official"),
        (
            ["who served as assistant secretary of state under President Barack Obama"],
            "former official",
        ),
        (["his father"], "other"),
    ],
)
def test_speaker_roles_from_descriptions(descriptions, role):
    assert speaker_role(descriptions, "Someone", "united states") == role


def test_home_country_follows_the_outlet_domain():
    assert home_country("https://www.bbc.co.uk/news/1") == "united kingdom"
    assert home_country("https://www.nytimes.com/x") == "united states"
    assert home_country(None) == "united states"


def test_matrix_rows_cover_the_main_actors(korea_briefing):
    assert korea_briefing.main_actors
    for p in korea_briefing.sources:
        assert list(p.actor_mentions) == korea_briefing.main_actors
        assert set(p.actor_tone) <= set(p.actor_mentions)
        assert all(-1.0 <= t <= 1.0 for t in p.actor_tone.values())
    names = {a.lower() for a in korea_briefing.main_actors}
    assert {"china", "north korea"} <= names


def test_tone_separates_warm_from_hostile_coverage(transit_briefing):
    assert "Maria Lopez" in transit_briefing.main_actors
    tones = {p.outlet: p.actor_tone.get("Maria Lopez") for p in transit_briefing.sources}
    assert tones["Daily Ledger"] > 0 > tones["Evening Post"]
    assert tone("a wonderful success") > 0 > tone("a reckless failure")


def test_wire_copies_are_not_independent_of_each_other(transit_briefing):
    harbor = next(p for p in transit_briefing.sources if p.outlet == "Harbor Times")
    assert "Valley News" not in harbor.independent_of
    assert {"Daily Ledger", "Evening Post"} <= set(harbor.independent_of)


def test_markdown_shows_the_matrix_and_both_sides_of_each_contradiction(korea_briefing):
    from dossier.render.markdown import render_markdown

    md = render_markdown(korea_briefing)
    assert "## How outlets compare" in md
    for profile in korea_briefing.sources:
        assert f"| {profile.outlet} |" in md
    for d in korea_briefing.discrepancies:
        for side in d.sides:
            assert f"“{side.value}” ({side.outlet}, {side.published})" in md
