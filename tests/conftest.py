"""Shared fixtures: the example bundle, read and briefed once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "korea-2017"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def korea_articles():
    import dossier

    return dossier.read(EXAMPLE)


@pytest.fixture(scope="session")
def korea_analyses(korea_articles):
    from dossier.analyze import analyze_many

    return {a.article_id: a for a in analyze_many(korea_articles)}


@pytest.fixture(scope="session")
def korea_briefing(korea_articles, korea_analyses):
    import dossier

    return dossier.brief(korea_articles, analyses=korea_analyses, story="Korea 2017")


def by_outlet_date(articles, outlet: str, date: str):
    """The one article of ``outlet`` published on ISO ``date``."""
    matches = [a for a in articles if a.outlet == outlet and a.published.isoformat() == date]
    assert len(matches) == 1, f"expected one {outlet} article on {date}"
    return matches[0]
