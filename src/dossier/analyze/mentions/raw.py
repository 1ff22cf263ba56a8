"""The mention under construction that every rule of the package reads and rewrites."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawMention:
    """A mention under construction: token span plus what the rules learned about it."""

    start: int  # token index
    end: int
    label: str
    start_char: int
    end_char: int
    text: str
    title: str | None = None
    key: str | None = None
    names: list[str] = field(default_factory=list)  # name words without honorific
