"""Analyze: the per-article stage (the only place spaCy runs)."""

from dossier.analyze.pipeline import DEFAULT_STEPS, analyze, analyze_many

__all__ = ["DEFAULT_STEPS", "analyze", "analyze_many"]
