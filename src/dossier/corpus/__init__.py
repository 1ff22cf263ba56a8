"""Corpus: many articles -> duplicates marked, stories clustered, everything stored.

Modules: ``dedup`` (exact and near-duplicate bodies), ``cluster`` (incremental story
clustering), ``store`` (the DuckDB store; schema in its docstring and docs/store.md),
``distributed`` (the per-article stage on local processes or Dask), ``ingest``
(read -> analyse -> store, resumable), ``briefing`` (brief one stored story).

>>> from dossier.corpus import Store
>>> from dossier.corpus.ingest import ingest
>>> ingest(["feed.jsonl.gz"], "news.duckdb", workers=2)        # doctest: +SKIP
>>> with Store("news.duckdb", read_only=True) as store:        # doctest: +SKIP
...     store.stories(limit=5); store.search("missile test")
...     store.entities("Xi Jinping"); store.quotes_by("Trump")

Names are imported lazily so that ``dossier.corpus.dedup`` stays cheap to import.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Store": "dossier.corpus.store",
    "IngestReport": "dossier.corpus.ingest",
    "brief_story": "dossier.corpus.briefing",
    "near_duplicate_groups": "dossier.corpus.dedup",
    "StoryClusterer": "dossier.corpus.cluster",
    "ClusterSettings": "dossier.corpus.cluster",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'dossier.corpus' has no attribute {name!r}")
