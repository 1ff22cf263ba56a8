"""Story clustering: articles on one event group together, ids are stable on replay."""

from __future__ import annotations

import datetime as dt

from dossier.corpus.cluster import ClusterSettings, StoryClusterer, story_id_for
from dossier.model import Article

PORT = [
    "Port authorities in Harbor City closed the northern shipping channel after a cargo vessel "
    "ran aground near the breakwater. Harbor master Ellen Voss said salvage crews were pumping "
    "ballast water from the grounded carrier.",
    "Salvage crews refloated the grounded bulk carrier in Harbor City, but harbor master Ellen "
    "Voss said the northern channel would stay closed while divers inspect the breakwater.",
    "Importers in Harbor City counted the cost of the channel closure as the grounded cargo "
    "vessel was towed away; Ellen Voss promised the breakwater inspection would end soon.",
]
VOTE = [
    "Senator Malik Osei won the party primary in Lakeshore County by a wide margin, promising "
    "to expand rural broadband and cut property taxes for farmers.",
    "Malik Osei thanked volunteers in Lakeshore County after his primary win and named a "
    "campaign chair for the general election, repeating his broadband pledge.",
]


def _stream() -> list[Article]:
    texts = [PORT[0], VOTE[0], PORT[1], VOTE[1], PORT[2]]
    return [
        Article(id=f"a{i}", text=t, title=None, published=dt.date(2024, 3, 1 + i))
        for i, t in enumerate(texts)
    ]


def test_articles_on_two_events_form_two_stories_named_after_first_article() -> None:
    placed = StoryClusterer().add_many(_stream())
    assert placed == {
        "a0": story_id_for("a0"), "a1": story_id_for("a1"), "a2": story_id_for("a0"),
        "a3": story_id_for("a1"), "a4": story_id_for("a0"),
    }


def test_replaying_stored_decisions_keeps_story_ids_for_new_articles() -> None:
    stream = _stream()
    first = StoryClusterer()
    decisions = first.add_many(stream[:3])
    resumed = StoryClusterer()
    for article in stream[:3]:
        resumed.add(article, story_id=decisions[article.id])
    fresh = StoryClusterer().add_many(stream)
    assert {a.id: resumed.add(a) for a in stream[3:]} == {a: fresh[a] for a in ("a3", "a4")}


def test_story_outside_the_time_window_is_not_joined() -> None:
    clusterer = StoryClusterer(ClusterSettings(window_days=10))
    old = Article(id="old", text=PORT[0], published=dt.date(2024, 1, 1))
    new = Article(id="new", text=PORT[1], published=dt.date(2024, 3, 1))
    assert clusterer.add(old) != clusterer.add(new)


def test_same_topic_weeks_later_starts_a_new_story_inside_the_window() -> None:
    """The date fade: a follow-up the same week joins; one eight weeks on is a new event."""
    day = dt.date(2024, 3, 1)
    soon = StoryClusterer()
    first = soon.add(Article(id="p0", text=PORT[0], published=day))
    assert soon.add(Article(id="p1", text=PORT[1], published=day + dt.timedelta(days=2))) == first
    later = StoryClusterer()
    first = later.add(Article(id="p0", text=PORT[0], published=day))
    follow_up = Article(id="p1", text=PORT[1], published=day + dt.timedelta(days=56))
    assert later.add(follow_up) != first
    without_fade = StoryClusterer(ClusterSettings(date_scale_days=0.0))
    first = without_fade.add(Article(id="p0", text=PORT[0], published=day))
    assert without_fade.add(follow_up) == first


def test_date_fade_measures_from_the_nearest_member_not_the_first() -> None:
    clusterer = StoryClusterer()
    day = dt.date(2024, 3, 1)
    sid = clusterer.add(Article(id="p0", text=PORT[0], published=day))
    clusterer.add(Article(id="p1", text=PORT[1], published=day + dt.timedelta(days=5)),
                  story_id=sid)
    clusterer.add(Article(id="p2", text=PORT[2], published=day + dt.timedelta(days=40)),
                  story_id=sid)
    story = clusterer.stories[sid]
    assert story.gap_days(day + dt.timedelta(days=38)) == 2
    assert story.gap_days(day + dt.timedelta(days=12)) == 7
    assert story.gap_days(None) == 0


def test_vocabulary_stays_bounded_on_an_endless_stream_and_stories_still_form() -> None:
    clusterer = StoryClusterer(ClusterSettings(max_vocabulary=300))
    day = dt.date(2024, 2, 1)
    for i in range(400):  # each article brings words no other article has
        rare = " ".join(f"zq{i}x{j}" for j in range(4))
        clusterer.add(Article(id=f"n{i}", text=f"Filler bulletin {rare}.", published=day))
        assert clusterer.vocabulary_size <= 300
    ids = {a.id: clusterer.add(a) for a in _stream()}
    assert ids["a0"] == ids["a2"] == ids["a4"] != ids["a1"] == ids["a3"]
