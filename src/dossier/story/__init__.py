"""Story stage: resolve, timeline, quotes, summary, claims and comparison for one story."""

from dossier.story.build import brief

__all__ = ["brief"]
