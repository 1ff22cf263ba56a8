"""Corpus: many articles -> duplicates marked, stories clustered, everything stored.

Modules: ``dedup`` (exact and near-duplicate bodies), ``cluster`` (incremental story
clustering), ``store`` (the DuckDB store and its schema), ``distributed`` (the
per-article stage on local processes or Dask), ``ingest`` (read -> analyse -> store,
resumable).
"""
