"""Brief one stored story: articles and analyses come from the store, not re-analysed."""

from __future__ import annotations

from pathlib import Path

from dossier.corpus.store import Store
from dossier.errors import InputError
from dossier.model import Briefing


def brief_story(db: str | Path, story_id: str, summary_words: int = 120) -> Briefing:
    """The briefing of stored story ``story_id`` (see ``dossier stories --db``)."""
    from dossier.story import brief

    if not Path(db).exists():
        raise InputError(str(db), "no such store; create it with `dossier ingest PATH --db FILE`")
    with Store(db, read_only=True) as store:
        articles = [a for a, _ in store.iter_articles(story_id=story_id)]
        if not articles:
            raise InputError(str(db), f"no story {story_id!r}; list them with `dossier stories`")
        analyses = store.analyses([a.id for a in articles])
        summary = store.story(story_id)
        headline = summary.headline if summary else None
    return brief(articles, summary_words=summary_words, analyses=analyses, story=headline)
