"""Analysis steps registered by name, each declaring what it needs and what it adds.

A step is a function ``(doc, article, analysis) -> None`` that fills fields of the
``ArticleAnalysis``. ``build_steps`` orders them and checks, before any text is
processed, that every field a step requires is assigned by an earlier one; the
versioned names end up in ``ArticleAnalysis.pipeline`` so output says how it was made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dossier.errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.model import Article, ArticleAnalysis

StepFn = Callable[["Doc", "Article", "ArticleAnalysis"], None]


@dataclass(frozen=True)
class Step:
    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: StepFn


STEPS: dict[str, Step] = {}


def step(name: str, version: str, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()):
    """Register an analysis step under ``name`` (decorator)."""

    def register(fn: StepFn) -> StepFn:
        STEPS[name] = Step(name, version, requires, assigns, fn)
        return fn

    return register


def build_steps(names: list[str]) -> list[Step]:
    """Resolve step names in order; fail early on unknown names or unmet requirements."""
    assigned: set[str] = set()
    steps: list[Step] = []
    for name in names:
        if name not in STEPS:
            known = ", ".join(sorted(STEPS))
            raise ConfigError(f"unknown analysis step {name!r}; known steps: {known}")
        found = STEPS[name]
        missing = [field for field in found.requires if field not in assigned]
        if missing:
            raise ConfigError(f"step {name!r} needs {missing} from an earlier step")
        assigned.update(found.assigns)
        steps.append(found)
    return steps
