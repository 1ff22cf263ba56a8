"""Render a ``Briefing`` as JSON, Markdown or one self-contained HTML file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.errors import ConfigError
from dossier.model import Briefing
from dossier.render.html import render_html
from dossier.render.json import render_json
from dossier.render.markdown import render_markdown

RENDERERS: dict[str, tuple[str, Callable[[Briefing], str]]] = {
    "json": ("briefing.json", render_json),
    "md": ("briefing.md", render_markdown),
    "html": ("briefing.html", render_html),
}


def parse_formats(spec: str) -> list[str]:
    formats = [f.strip().lower() for f in spec.split(",") if f.strip()]
    unknown = [f for f in formats if f not in RENDERERS]
    if unknown or not formats:
        raise ConfigError(f"unknown format {unknown or spec!r}; choose from {', '.join(RENDERERS)}")
    return formats


def write_briefing(briefing: Briefing, out_dir: Path, formats: list[str]) -> list[Path]:
    """Write one file per format into ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        name, render = RENDERERS[fmt]
        path = out_dir / name
        path.write_text(render(briefing), encoding="utf-8")
        written.append(path)
    return written


__all__ = [
    "RENDERERS",
    "parse_formats",
    "render_html",
    "render_json",
    "render_markdown",
    "write_briefing",
]
