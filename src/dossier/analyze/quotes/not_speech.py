"""Cues that attribute words to no one: a name in the passive, what evidence shows.

'The trail was called "Easy" Pass' gives the trail a name, and 'Timing shows people
moved ...' reports a finding; PolNeAR annotates both as attributions, so the finders keep
them, but a briefing's Who said what must not list 'the trail' or 'Timing' as speakers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_NAMING = {"call", "name", "dub", "nickname", "title", "term", "label", "brand"}
_EVIDENCE = {"show", "indicate", "demonstrate"}
_ACTORS = {"PERSON", "ORG", "GPE", "NORP"}


def not_said(cue: Token) -> bool:
    return passive_naming(cue) or shown_by_a_thing(cue)


def passive_naming(cue: Token) -> bool:
    """A naming verb in the passive with no one doing the naming ('was called "X"',
    not 'was called "X" by the mayor')."""
    return (
        cue.lemma_ in _NAMING
        and any(c.dep_ == "nsubjpass" for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
    )


def shown_by_a_thing(cue: Token) -> bool:
    """'Timing shows people moved ...' / 'the photo shows ...': evidence, not anyone's
    words; a named actor ('the EPA shows') or a pronoun may still be a speaker."""
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "csubj")]
    return (
        cue.lemma_ in _EVIDENCE
        and bool(subjects)
        and (subjects[0].pos_ in ("NOUN", "PROPN") or subjects[0].tag_ == "VBG")
        and not any(t.ent_type_ in _ACTORS for t in subjects[0].subtree)
    )
