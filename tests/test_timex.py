"""Time expressions: finding spans and resolving TIMEX3 values against a fixed article date."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.analyze.nlp import load_nlp
from dossier.analyze.timex import (
    estimate_anchor,
    find_in_text,
    find_time_expressions_in_doc,
    normalize,
)
from dossier.evaluate.timex import Timex, score
from tests.conftest import by_outlet_date

MONDAY = dt.date(2017, 7, 3)  # a Monday
THURSDAY = dt.date(2017, 6, 15)  # a Thursday


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Sunday night", "past", ("TIME", "2017-07-02TNI")),
        ("Thursday", "future", ("DATE", "2017-07-06")),
        ("Thursday", "past", ("DATE", "2017-06-29")),
        ("Monday", "past", ("DATE", "2017-07-03")),  # the publication day itself
        ("last week", "past", ("DATE", "2017-W26")),
        ("this week", "present", ("DATE", "2017-W27")),
        ("last month", "past", ("DATE", "2017-06")),
        ("two years ago", "past", ("DATE", "2015")),
        ("a year ago", "past", ("DATE", "2016")),
        ("10 days ago", "past", ("DATE", "2017-06-23")),
        ("early December", "past", ("DATE", "2016-12")),
        ("December", "future", ("DATE", "2017-12")),
        ("last June", "past", ("DATE", "2017-06")),
        ("June 21", "future", ("DATE", "2017-06-21")),
        ("May 22, 1995", "past", ("DATE", "1995-05-22")),
        ("mid-2016", "past", ("DATE", "2016")),
        ("the 1990s", "past", ("DATE", "199")),
        ("the third quarter", "past", ("DATE", "2017-Q3")),
        ("this summer", "future", ("DATE", "2017-SU")),
        ("last fall", "past", ("DATE", "2016-FA")),
        ("the past month", "past", ("DURATION", "P1M")),
        ("17 months", "past", ("DURATION", "P17M")),
        ("three days", "past", ("DURATION", "P3D")),
        ("2 1/2 years", "past", ("DURATION", "P2Y6M")),
        ("a minute and a half", "past", ("DURATION", "PT1M30S")),
        ("several weeks", "past", ("DURATION", "PXW")),
        ("every week", "present", ("SET", "P1W")),
        ("daily", "present", ("SET", "P1D")),
        ("now", "present", ("DATE", "PRESENT_REF")),
        ("recently", "past", ("DATE", "PAST_REF")),
        ("3:30 p.m. Tuesday", "past", ("TIME", "2017-06-27T15:30")),
        ("yesterday", "past", ("DATE", "2017-07-02")),
        ("late Monday", "past", ("DATE", "2017-07-03")),
    ],
)
def test_normalize_against_a_monday(text, tense, expected):
    assert tuple(normalize(text, MONDAY, tense)) == expected


def test_weekday_direction_follows_tense_not_position():
    assert normalize("Friday", THURSDAY, "past").value == "2017-06-09"
    assert normalize("Friday", THURSDAY, "future").value == "2017-06-16"
    assert normalize("next Thursday", THURSDAY, "unknown").value == "2017-06-22"
    assert normalize("last Thursday", THURSDAY, "unknown").value == "2017-06-08"


def test_month_without_year_crosses_the_year_boundary_by_tense():
    january = dt.date(2018, 1, 10)
    assert normalize("November", january, "past").value == "2017-11"
    assert normalize("March", january, "future") is None  # bare "March" is too ambiguous
    assert normalize("in March", january, "future").value == "2018-03"


def test_spans_follow_timeml_conventions():
    text = "He left on Friday, Oct. 23 after the eight-year war, for more than two hours."
    found = {f.text: f.value for f in find_in_text(text, dt.date(1998, 10, 25))}
    assert found == {"Friday, Oct. 23": "1998-10-23", "eight-year": "P8Y",
                     "more than two hours": "PT2H"}  # fmt: skip


def test_words_that_only_look_like_times_are_left_alone():
    text = "Prices may fall as soon as they march; 2000 people paid $1999 for a four-year plan."
    found = [f.text for f in find_in_text(text, MONDAY)]
    assert found == ["four-year"]


def test_rates_are_sets():
    found = find_in_text("It earned $5 million a year and flew 4 flights a week.", MONDAY)
    assert [(f.text, f.type, f.value) for f in found] == [
        ("a year", "SET", "P1Y"), ("a week", "SET", "P1W")
    ]  # fmt: skip


def test_undated_text_gets_its_latest_explicit_day_as_anchor():
    text = "The talks began on March 3, 2016. By June 5, 2016, they had failed. In 2015 ..."
    assert estimate_anchor(text) == dt.date(2016, 6, 5)
    assert estimate_anchor("Nothing dated here.") is None


def test_te3_scores_count_strict_relaxed_and_values():
    gold = [Timex(start=0, end=10, type="DATE", value="2017"),
            Timex(start=20, end=25, type="DURATION", value="P1D")]  # fmt: skip
    predicted = [Timex(start=0, end=10, type="DATE", value="2017"),
                 Timex(start=18, end=23, type="DATE", value="P1D"),
                 Timex(start=40, end=45, type="DATE", value="2016")]  # fmt: skip
    s = score([(gold, predicted)]).summary()
    assert s["strict_p"] == pytest.approx(33.33, abs=0.01)
    assert s["relaxed_r"] == 100.0
    assert s["relaxed_p"] == pytest.approx(66.67, abs=0.01)
    assert s["type_accuracy"] == 50.0
    assert s["value_accuracy"] == 100.0
    assert s["value_f1"] == pytest.approx(80.0)


def _value(analysis, article, needle: str, occurrence: int = 0) -> tuple[str, str]:
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(needle, start + 1)
    end = start + len(needle)
    hits = [t for t in analysis.time_expressions if t.start < end and start < t.end]
    assert hits, f"no time expression at {needle!r}"
    return hits[0].value, hits[0].tense


def test_korea_weekdays_resolve_by_tense(korea_articles, korea_analyses):
    july = by_outlet_date(korea_articles, "The New York Times", "2017-07-03")
    june = by_outlet_date(korea_articles, "The New York Times", "2017-06-15")
    july_a, june_a = korea_analyses[july.id], korea_analyses[june.id]
    # a dinner Mr. Trump "will host ... on Thursday": the coming Thursday
    value, tense = _value(july_a, july, "Thursday")
    assert (value, tense) == ("2017-07-06", "future")
    # the news conference "on Thursday" in a Thursday article: that very day
    assert _value(june_a, june, "Thursday")[0] == "2017-06-15"
    # "a cordial but blunt phone call on Sunday night": the night before
    assert _value(july_a, july, "Sunday night")[0][:10] == "2017-07-02"
    assert _value(july_a, july, "late Monday")[0] == "2017-07-03"


def test_korea_months_and_relative_expressions(korea_articles, korea_analyses):
    july = by_outlet_date(korea_articles, "The New York Times", "2017-07-03")
    june = by_outlet_date(korea_articles, "The New York Times", "2017-06-15")
    tp = by_outlet_date(korea_articles, "ThinkProgress", "2017-07-11")
    july_a, june_a, tp_a = (korea_analyses[a.id] for a in (july, june, tp))
    assert _value(june_a, june, "June 21")[0] == "2017-06-21"
    assert _value(june_a, june, "in April")[0] == "2017-04"
    assert _value(june_a, june, "in July")[0] == "2017-07"
    assert _value(june_a, june, "this week")[0] == "2017-W24"
    assert _value(june_a, june, "last week")[0] == "2017-W23"
    assert _value(june_a, june, "18 months")[0] == "P18M"
    assert _value(june_a, june, "the last month")[0] == "P1M"
    assert _value(july_a, july, "last month")[0] == "2017-06"
    assert _value(july_a, july, "last week")[0] == "2017-W26"
    assert _value(tp_a, tp, "Last month")[0] == "2017-06"
    for analysis in (july_a, june_a, tp_a):
        assert all(not t.uncertain for t in analysis.time_expressions)
        assert all(t.anchor is not None for t in analysis.time_expressions)


def test_anaphoric_expressions_follow_the_previous_date_in_the_text():
    text = (
        "He moved to Paris in June 1998 and left later that year. On May 5, 2001, he "
        "spoke; the next morning he was gone. That day was not forgotten."
    )
    found = {f.text: f.value for f in find_in_text(text, MONDAY)}
    assert found["later that year"] == "1998"
    assert found["the next morning"] == "2001-05-06TMO"
    assert found["That day"] == "2001-05-05"
    # nothing to refer to: left out rather than guessed
    assert find_in_text("That year was hard.", MONDAY) == []


def test_an_anchor_guessed_from_a_year_does_not_invent_a_day():
    """An undated text that only names years cannot say which Monday "Monday" was: the
    weekday stays unresolved and "yesterday" gets no date, while "June 21" keeps its
    written month and day with the guessed year (marked uncertain)."""
    from dossier.analyze import analyze_many
    from dossier.model import Article

    text = (
        "The survey, released Monday, followed families from 1998 to 2004. Yesterday "
        "its authors spoke. On June 21 they presented it."
    )
    found = next(iter(analyze_many([Article(id="u", text=text, title="T")])))
    values = {t.text: (t.value, t.uncertain) for t in found.time_expressions}
    assert values["Monday"][0].startswith("XXXX")
    assert "Yesterday" not in values
    assert values["June 21"] == ("2004-06-21", True)
    dated = next(iter(analyze_many([Article(id="d", text="On June 3, 2004, the survey "
                                            "was released. Monday it was debated.", title="T")])))
    assert {t.text: t.value for t in dated.time_expressions}["Monday"] == "2004-05-31"


WEDNESDAY = dt.date(2017, 6, 14)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a modal ahead of a plain verb announces the day
        ("The mayor said she would open the bridge on Friday.", "Friday", "2017-06-16"),
        ("The union rejected plans to resume talks on Friday.", "Friday", "2017-06-16"),
        # "is to", "is supposed to": scheduled
        ("The driver is to appear in court on Friday.", "Friday", "2017-06-16"),
        ("The board is supposed to vote Friday on the budget.", "Friday", "2017-06-16"),
        # the second verb of "will A and B" is as future as the first
        ("The council will debate the plan on Monday and hold the vote Friday.", "Friday",
         "2017-06-16"),
        # an infinitive on a noun points ahead of the clause that reports it
        ("The auditor said a report, to be published in September, would name the firms.",
         "September", "2017-09"),
        # "since" looks back whatever the main verb says
        ("The pass will reopen for the first time since the June 2 landslide.", "June 2",
         "2017-06-02"),
        # a day within a week of the article stays in its year
        ("The paper said in an editorial for Saturday, June 17, that the plan failed.",
         "Saturday, June 17", "2017-06-17"),
        # a present passive is not a past
        ("Drivers are being urged to stay off the bridge on June 20.", "June 20", "2017-06-20"),
    ],
)  # fmt: skip
def test_news_tenses_place_the_day(text, span, expected):
    doc = load_nlp()(text)
    values = {f.text: f.value for f in find_time_expressions_in_doc(doc, WEDNESDAY)}
    assert values.get(span) == expected, values


def test_an_abbreviated_month_without_a_day_is_a_month_only_after_a_time_word():
    # news abbreviates a month only before a day: "from Jan." is a person called Jan
    text = "The museum bought the fossil from Jan. A second one came from Feb. Lee in Sept."
    found = {f.text: f.value for f in find_in_text(text, dt.date(2018, 1, 15))}
    assert found == {"Sept.": "2017-09"}
    for kept in ("Prices have risen since Jan.", "Sales were weak last Dec."):
        assert [f.text for f in find_in_text(kept, dt.date(2018, 5, 15))], kept
