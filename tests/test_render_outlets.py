"""Outlet columns of the entity table: named as a reader knows the outlet, in source order."""

from __future__ import annotations

import datetime as dt

import dossier
from dossier.model import Article
from dossier.render.markdown import render_markdown


def _articles() -> list[Article]:
    body = (
        "Mayor Ana Ruiz of Springfield closed the Elm Street bridge on {day}. "
        "Ruiz said the Springfield council would vote on repairs."
    )
    return [
        Article(id="b", text=body.format(day="Tuesday"), outlet="Zeta Daily",
                published=dt.date(2021, 5, 4)),
        Article(id="a", text=body.format(day="Wednesday"), outlet="Alpha Post",
                published=dt.date(2021, 5, 5)),
        Article(id="c", text=body.format(day="Thursday"), title="Bridge shut: a long headline",
                url="https://www.example.org/news/1", published=dt.date(2021, 5, 6)),
    ]  # fmt: skip


def test_entity_columns_follow_the_sources_and_name_no_outlet_by_its_title():
    md = render_markdown(dossier.brief(_articles()))
    header = next(line for line in md.splitlines() if line.startswith("| Entity |"))
    assert header.index("Zeta Daily") < header.index("Alpha Post") < header.index("example.org")
    assert "long headline" not in header
