"""Across sources: claims, contradictions and the outlet comparison, computed together.

The three share one cut of the articles into fact units, one actor index and one
grouping of independent sources, so they are built here once and handed to each.
"""

from __future__ import annotations

from typing import Any

from dossier.model import Entity, StoryQuote
from dossier.story.claims import align_claims
from dossier.story.compare import compare_outlets
from dossier.story.context import StoryInput
from dossier.story.discrepancies import find_discrepancies
from dossier.story.facts import ActorIndex, build_units
from dossier.story.independence import source_groups
from dossier.story.referents import SpeakerNames
from dossier.story.titles import find_descriptions, find_titles


def across_sources(
    story: StoryInput,
    entities: list[Entity],
    quotes: list[StoryQuote],
    names: SpeakerNames | None = None,
) -> dict[str, Any]:
    """Briefing fields ``claims``, ``discrepancies``, ``sources`` and ``main_actors``."""
    actors = ActorIndex.build(story)
    units = build_units(story, actors)
    groups = source_groups(story.articles)
    alignment = align_claims(story, units, groups, names)
    titles = find_titles(story, actors)
    profiles, top = compare_outlets(
        story,
        alignment.claims,
        quotes,
        actors,
        groups,
        titles,
        find_descriptions(story, actors),
        entities,
    )
    return {
        "claims": [c.claim for c in alignment.claims],
        "discrepancies": find_discrepancies(story, units, alignment, titles, actors),
        "sources": profiles,
        "main_actors": top,
    }
