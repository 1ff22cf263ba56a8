"""Claims across articles: aligned facts, their independent sources, single-source marks."""

from __future__ import annotations

import pytest

import dossier
from dossier.render.markdown import render_markdown
from dossier.story.facts import content_stems, split_clauses, stem
from dossier.story.independence import source_groups
from dossier.story.quantities import find_quantities
from story_builders import article, transit_story


@pytest.fixture(scope="module")
def transit_briefing():
    return dossier.brief(transit_story())


def _span_text(briefing, span):
    return briefing.article(span.article_id).text[span.start : span.end]


def test_example_lists_claims_carried_by_two_outlets(korea_briefing):
    shared = [c for c in korea_briefing.claims if not c.single_source]
    assert shared, "the example has facts carried by two outlets"
    for claim in shared:
        assert len(claim.outlets) >= 2
        assert claim.independent_sources >= 2


def test_example_arms_sale_is_corroborated_by_both_outlets(korea_briefing):
    arms = [
        c for c in korea_briefing.claims
        if len(c.sources) >= 2
        and all("1.4 billion" in _span_text(korea_briefing, s) for s in c.sources)
    ]  # fmt: skip
    assert len(arms) == 1
    assert arms[0].independent_sources == 2
    assert set(arms[0].outlets) == {a.outlet for a in korea_briefing.articles}


def test_every_claim_cites_real_passages_and_counts_consistently(korea_briefing):
    for claim in korea_briefing.claims:
        texts = [_span_text(korea_briefing, s) for s in claim.sources]
        assert claim.text in texts
        assert len({s.article_id for s in claim.sources}) == len(claim.sources), (
            "one clause per article"
        )
        assert 1 <= claim.independent_sources <= len(claim.outlets)
        assert claim.single_source == (claim.independent_sources == 1)


def test_same_outlet_twice_is_one_independent_source(korea_briefing):
    nyt_only = [c for c in korea_briefing.claims if len(c.sources) >= 2 and len(c.outlets) == 1]
    for claim in nyt_only:
        assert claim.single_source and claim.independent_sources == 1


def test_one_source_in_several_articles_says_so():
    fact = "The harbor authority closed the north pier for repairs on Monday."
    briefing = dossier.brief([
        article(1, "Daily Ledger", 4, fact + "\nDock workers were moved to the south pier."),
        article(2, "Daily Ledger", 5, "Ferries were delayed on Tuesday.\n" + fact),
        article(3, "Evening Post", 5, "Ferry passengers waited for hours on Tuesday."),
    ])  # fmt: skip
    markdown = render_markdown(briefing).split("## Claims across sources", 1)[1]
    wire_only = [c for c in briefing.claims if c.single_source and len(c.sources) > 1]
    assert wire_only
    for claim in wire_only:
        line = next(line for line in markdown.splitlines() if claim.text in line)
        assert line.endswith(f"*({len(claim.sources)} articles, 1 source)*")


def test_wire_copies_count_as_one_source(transit_briefing):
    budget = next(c for c in transit_briefing.claims if "2.5 billion" in c.text)
    assert len(budget.sources) == 4
    assert budget.independent_sources == 3  # Ledger, Post, and the wire story run twice


def test_conflicting_figures_are_not_corroboration(transit_briefing):
    for claim in transit_briefing.claims:
        texts = " ".join(_span_text(transit_briefing, s) for s in claim.sources)
        assert not ("14 months" in texts and "19 months" in texts)


def test_claims_are_deterministic_and_order_independent():
    articles = transit_story()
    one = dossier.brief(articles).claims
    two = dossier.brief(list(reversed(articles))).claims
    assert [c.model_dump() for c in one] == [c.model_dump() for c in two]


def test_source_groups_merge_outlet_and_wire():
    groups = source_groups(transit_story())
    assert groups.count(["fixture-3", "fixture-4"]) == 1
    assert groups.count(["fixture-1", "fixture-2", "fixture-3"]) == 3
    assert groups.label("fixture-3") == "Associated Press"


def test_stems_meet_across_word_forms():
    assert stem("captive") == stem("captivity")
    assert stem("sale") == stem("sales")
    assert stem("release") == stem("released")
    assert "said" not in content_stems("Officials said the talks failed")


def test_clauses_split_on_joined_facts_not_on_lists():
    text = (
        "The department imposed sanctions on two citizens, a company, and a bank, "
        "and approved a $1.4 billion arms sale to the island."
    )
    clauses = [text[s:e] for s, e in split_clauses(text, 0, len(text))]
    assert len(clauses) == 2
    assert clauses[1].startswith("approved")


def test_a_quotation_is_not_cut_into_clauses():
    text = (
        "On April 21 the minister wrote, “Fuel prices will fall sharply before the summer "
        "ends, while wages in the cities will rise for the third year running.”"
    )
    assert split_clauses(text, 0, len(text)) == [(0, len(text))]
    outside = "Fuel prices fell sharply before the summer ended, while wages in the cities rose."
    assert len(split_clauses(outside, 0, len(outside))) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held for 17 months, then freed", [(17.0, "month")]),
        ("a $1.4 billion arms sale", [(1.4e9, "usd")]),
        ("two Chinese citizens", [(2.0, "citizen")]),
        ("a 45 percent tariff", [(45.0, "percent")]),
        ("on June 21 at the Group of 20 meeting", []),
        ("Mr. Warmbier, 22, complicates", []),
        ("in 2017 the talks", []),
        ("fell from €24.2m to €5.58m", [(24.2e6, "eur")]),  # the end of a range is skipped
        ("a call at 6:57 p.m. from", []),
        ("estimated at $4.77-billion by", [(4.77e9, "usd")]),
        ("sentenced to 11 and 12 years", []),
        ("needs 4.5 million to 5 million tons", []),
        ("the 7-year-old girl", []),
    ],
)
def test_quantities_keep_numbers_with_units_only(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text, 0, len(text))] == expected


def test_hedged_quantities_are_ranges():
    (more,) = find_quantities("more than 12 months", 0, 19)
    assert more.low == 12 and more.high == float("inf")


def test_a_claim_cut_from_the_middle_of_a_sentence_shows_the_cut():
    from story_builders import article

    said = ("Prices rose again in the spring, and the central bank raised its main rate "
            "to 6 percent on Tuesday after a long meeting of the board")
    briefing = dossier.brief([
        article(1, "Daily Ledger", 4, f"{said}. Markets fell."),
        article(2, "Evening Post", 5, f"Analysts were surprised. {said}, officials said."),
    ])
    rate = [c for c in briefing.claims if "6 percent" in c.text]
    assert rate and all(c.cut_before and not c.text.startswith("and") for c in rate)
    assert "- … the central bank raised" in render_markdown(briefing)
    whole = [c for c in briefing.claims if c.text.startswith("Analysts were surprised")]
    assert all(not c.cut_before for c in whole)


def _corroborated(briefing):
    return [c for c in briefing.claims if c.independent_sources >= 2]


def test_a_long_sentence_is_not_shown_for_the_part_another_outlet_states():
    long = ("On Sunday evening the mayor drove to the harbor in a borrowed van, greeting his "
            "cousin, Tomas Vell, who grew up in a fishing village near the northern port of "
            "Grenholm.")
    briefing = dossier.brief([
        article(1, "Daily Ledger", 4, f"{long} The ferry left late."),
        article(2, "Evening Post", 5,
                "Tomas Vell grew up in a fishing village outside the northern port of Grenholm."),
    ])  # fmt: skip
    shared = _corroborated(briefing)
    assert shared, "both outlets say where Vell grew up"
    assert all("drove to the harbor" not in c.text for c in shared)


def test_a_shared_name_and_title_do_not_make_one_fact():
    negotiator = "the union's chief negotiator, Dana Roe"
    briefing = dossier.brief([
        article(1, "Daily Ledger", 4,
                "Dana Roe, the union's chief negotiator, offered a glimmer of hope on Monday. "
                f"The owners walked out of the room, {negotiator}, said later."),
        article(2, "Evening Post", 5,
                f"The players will meet again on Friday in Denver, {negotiator}, said. "
                f"Ticket sales have collapsed across the league, {negotiator}, said."),
        article(3, "Morning Star", 5,
                f"The owners want a salary cap, {negotiator}, told reporters on Tuesday."),
    ])  # fmt: skip
    assert not _corroborated(briefing), "every sentence states a different fact"


def test_a_denial_does_not_corroborate_the_fact_it_denies():
    briefing = dossier.brief([
        article(1, "Daily Ledger", 4,
                "Investigators found evidence that the pilot ignored the storm warning."),
        article(2, "Evening Post", 5,
                "Investigators found no evidence that the pilot ignored the storm warning."),
    ])  # fmt: skip
    assert not _corroborated(briefing)


def test_a_photo_caption_is_not_a_claim():
    caption = "In this March 1, 2024 file photo, Mayor Maria Lopez opens the new depot in Easton."
    articles = [
        article(1, "Daily Ledger", 4, "The council approved the depot budget on Monday.\n"
                + caption),
        article(2, "Evening Post", 5, "Councillors approved the depot budget on Monday.\n"
                + caption),
    ]
    briefing = dossier.brief(articles)
    assert briefing.claims
    assert not [c for c in briefing.claims if "photo" in c.text]
