"""The story timeline: dated happenings merged across outlets, sorted, past vs announced."""

from __future__ import annotations

import datetime as dt

from dossier.model import Article, ArticleAnalysis
from dossier.story.context import StoryInput
from dossier.story.timeline import build_timeline
from tests.story_builders import article, line_analysis


def analysed(a: Article, future_words: tuple[str, ...] = ("will",)) -> ArticleAnalysis:
    return line_analysis(a, future_words)


def story(articles: list[Article]) -> StoryInput:
    return StoryInput(articles=articles, analyses={a.id: analysed(a) for a in articles})


def council_story() -> list[Article]:
    return [
        article(1, "Daily Ledger", 5, (  # Tuesday 2024-03-05
            "The city council approved the transit budget on Monday after a long debate.\n"
            "A fire destroyed the old depot on Monday.\n"
            "The council will vote on the fares on Thursday."
        )),
        article(2, "Evening Post", 6, (  # Wednesday
            "On Monday the city council approved the transit budget after a debate.\n"
            "Residents protested on Sunday."
        )),
    ]  # fmt: skip


def test_one_happening_from_two_outlets_is_one_entry_with_both_sources():
    timeline = build_timeline(story(council_story()))
    monday = [e for e in timeline if e.value == "2024-03-04"]
    budget = [e for e in monday if "budget" in e.text]
    assert len(budget) == 1
    assert budget[0].outlets == ["Daily Ledger", "Evening Post"]
    assert {s.article_id for s in budget[0].sources} == {"fixture-1", "fixture-2"}
    # a different happening on the same day stays apart
    assert any("fire" in e.text for e in monday if e is not budget[0])


def test_sorted_and_announced_items_are_future():
    timeline = build_timeline(story(council_story()))
    days = [e.date for e in timeline]
    assert days == sorted(days)
    assert [e.value for e in timeline] == ["2024-03-03", "2024-03-04", "2024-03-04", "2024-03-07"]
    vote = timeline[-1]
    assert vote.status == "future" and "vote" in vote.text
    assert all(e.status == "past" for e in timeline[:-1])
    assert not any(e.uncertain for e in timeline)


def test_merge_does_not_depend_on_input_order():
    articles = council_story()
    forward = build_timeline(story(articles))
    backward = build_timeline(story(list(reversed(articles))))
    assert [e.model_dump() for e in forward] == [e.model_dump() for e in backward]


def test_undated_article_takes_the_story_date_and_is_marked_uncertain():
    articles = council_story()
    undated = Article(id="fixture-9", text="The depot burned down yesterday.", outlet="Blog")
    timeline = build_timeline(story([*articles, undated]))
    burned = [e for e in timeline if "burned" in e.text]
    assert len(burned) == 1
    # story dates are March 5 and 6: the middle one (March 6) is the estimated anchor
    assert burned[0].value == "2024-03-05"
    assert burned[0].uncertain


def test_korea_timeline(korea_briefing):
    timeline = korea_briefing.timeline
    assert [e.date for e in timeline] == sorted(e.date for e in timeline)
    dinner = [e for e in timeline if e.value == "2017-07-06"]
    assert dinner and dinner[0].status == "future" and "dinner" in dinner[0].text
    call = [e for e in timeline if e.value.startswith("2017-07-02") and "call" in e.text]
    assert call and call[0].status == "past"
    conference = [e for e in timeline if e.value == "2017-06-15" and "news conference" in e.text]
    assert conference and conference[0].outlets == ["The New York Times"]
    for entry in timeline:  # provenance: the entry's text is its first source's passage
        first = entry.sources[0]
        assert korea_briefing.article(first.article_id).text[first.start : first.end] == entry.text
    assert all(e.date <= dt.date(2017, 12, 31) for e in timeline)


def arrest_story() -> list[Article]:
    return [
        article(1, "Harbour Times", 5, (  # Tuesday 2024-03-05
            "Lin Bo was arrested on Monday in a raid on the union office.\n"
            "Dockers marched for Lin Bo on Monday from the harbour gates to the old court.\n"
            "Kai Moss, a ferry captain, was arrested on Monday at the quay.\n"
            "His lawyer said on Monday that the charges against Lin Bo were invented by the port "
            "authority to break the strike."
        )),
        article(2, "Coast Daily", 6, (
            "The sudden arrest on March 4 of Lin Bo, a veteran organiser of the dock workers, "
            "drew angry statements from unions in three ports."
        )),
    ]  # fmt: skip


def test_one_happening_told_in_other_words_is_one_entry():
    timeline = build_timeline(story(arrest_story()))
    monday = [e for e in timeline if e.value == "2024-03-04"]
    lin_arrest = [e for e in monday if "Lin Bo" in e.text and "arrest" in e.text]
    assert len(lin_arrest) == 1
    assert lin_arrest[0].outlets == ["Coast Daily", "Harbour Times"]
    # the same person on the same day doing something else, another person arrested the
    # same day and a statement about the arrest stay entries of their own
    assert any("marched" in e.text for e in monday if e is not lin_arrest[0])
    assert any("Kai Moss" in e.text for e in monday if e is not lin_arrest[0])
    assert any("lawyer" in e.text for e in monday if e is not lin_arrest[0])
    backward = build_timeline(story(list(reversed(arrest_story()))))
    assert [e.model_dump() for e in backward] == [e.model_dump() for e in timeline]


def test_joined_entry_reads_as_a_whole_clause_not_a_fragment():
    articles = [
        article(1, "Harbour Times", 5,
                "The union closed its office, and on Monday police arrested Lin Bo at the gate."),
        article(2, "Coast Daily", 6,
                "Lin Bo, the dockers' spokesman, was arrested on March 4 during a dawn raid by "
                "customs officers."),
    ]  # fmt: skip
    timeline = build_timeline(story(articles))
    assert len(timeline) == 1
    entry = timeline[0]
    assert entry.text.startswith("Lin Bo, the dockers' spokesman")
    assert {s.article_id for s in entry.sources} == {"fixture-1", "fixture-2"}
    first = entry.sources[0]  # provenance: the text shown is the first source's passage
    assert articles[1].text[first.start : first.end] == entry.text


def test_a_photo_caption_puts_no_date_on_the_timeline():
    articles = [
        article(1, "Daily Ledger", 5, (
            "The city council approved the transit budget on Monday.\n"
            "In this June 3, 2019 photo, the mayor opens the old depot.\n"
            "Volunteers paint the depot in Easton, Saturday, Feb. 2, 2019."
        )),
    ]  # fmt: skip
    values = [e.value for e in build_timeline(story(articles))]
    assert values == ["2024-03-04"]
