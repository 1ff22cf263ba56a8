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
_EVIDENCE = {"show", "indicate", "demonstrate", "suggest"}
_ACTORS = {"PERSON", "ORG", "GPE", "NORP"}
# a name that suggests something is proposing it ('Lindt suggested its rival ...')
_THINGS = {False: ("NOUN", "PROPN"), True: ("NOUN",)}


def not_said(cue: Token) -> bool:
    return passive_naming(cue) or shown_by_a_thing(cue) or story_highlights(cue)


def story_highlights(cue: Token) -> bool:
    """'Story highlights Hamas TV says ...' / 'Story continues below advertisement': a news
    page's boxes read as a sentence whose subject is a bare 'Story'."""
    return any(
        c.dep_ == "nsubj" and c.text == "Story" and not list(c.children) for c in cue.children
    )


def passive_naming(cue: Token) -> bool:
    """A naming verb in the passive with no one doing the naming ('was called "X"',
    not 'was called "X" by the mayor')."""
    return (
        cue.lemma_ in _NAMING
        and any(c.dep_ == "nsubjpass" for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
    )


def shown_by_a_thing(cue: Token) -> bool:
    """'Timing shows people moved ...' / 'the emptiness of the streets suggested ...':
    evidence, not anyone's words; a named actor ('the EPA shows') or a pronoun may still
    be a speaker."""
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "csubj")]
    things = _THINGS[cue.lemma_ == "suggest"]
    return (
        cue.lemma_ in _EVIDENCE
        and bool(subjects)
        and all(s.pos_ in things or s.tag_ == "VBG" for s in subjects)
        and not any(t.ent_type_ in _ACTORS for s in subjects for t in s.subtree)
    )
