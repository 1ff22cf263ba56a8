"""JSON output: the briefing as its schema defines it."""

from __future__ import annotations

from dossier.model import Briefing


def render_json(briefing: Briefing) -> str:
    return briefing.model_dump_json(indent=2) + "\n"
