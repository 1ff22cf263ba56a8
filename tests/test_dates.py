"""Timeline dates as readers say them; the TIMEX3 value stays in the JSON."""

from __future__ import annotations

import pytest

from dossier.render.dates import readable_date


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("2017-07-02", "2017-07-02"),
        ("2017-07-02TNI", "2017-07-02, night"),
        ("2017-07-02T14:30", "2017-07-02 14:30"),
        ("2017-06", "June 2017"),
        ("2017-W26", "week of 26 Jun 2017"),  # ISO week 26 of 2017 starts on Monday 26 June
        ("2021-W01", "week of 4 Jan 2021"),
        ("2017-Q3", "Q3 2017"),
        ("2017-SU", "summer 2017"),
        ("201", "the 2010s"),
        ("PRESENT_REF", "now"),
        ("2017", "2017"),
        ("2017-W60", "2017-W60"),  # no such week: shown as written
        ("XXXX-06", "XXXX-06"),
    ],
)
def test_readable_date(value: str, label: str) -> None:
    assert readable_date(value) == label


def test_the_briefing_shows_readable_dates_and_keeps_the_value(korea_briefing) -> None:
    from dossier.render.html import render_html
    from dossier.render.markdown import render_markdown

    weeks = [t for t in korea_briefing.timeline if "-W" in t.value]
    assert weeks  # the example's "last week" resolves to an ISO week
    markdown = render_markdown(korea_briefing)
    html = render_html(korea_briefing)
    for entry in weeks:
        assert f"**{readable_date(entry.value)}**" in markdown
        assert f'title="{entry.value}">{readable_date(entry.value)}</time>' in html
    assert "-W2" not in markdown.split("## Timeline")[1].split("##")[0]
