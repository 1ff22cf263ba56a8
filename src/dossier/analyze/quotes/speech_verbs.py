"""Speech-cue lexicon: the verbs that report words, believe or name, and the cue text
shown for a cue token (the verb with its particle, 'according to', ':')."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


SPEECH_VERBS = {
    "say", "tell", "add", "write", "state", "argue", "ask", "explain", "note", "insist",
    "warn", "claim", "declare", "announce", "reply", "respond", "remark", "acknowledge",
    "admit", "contend", "predict", "suggest", "urge", "tweet", "recall", "observe",
    "report", "emphasize", "emphasise", "stress", "continue", "conclude", "complain",
    "concede", "deny", "confirm", "testify", "assert", "maintain", "allege", "agree",
    "joke", "quip", "mention", "caution", "vow", "promise", "boast", "lament", "counter",
    "retort", "shout", "yell", "post", "reveal", "disclose", "repeat", "recount", "muse",
    "pledge", "threaten", "hint", "proclaim", "exclaim", "whisper", "scoff", "charge",
    "opine", "tout", "brag", "grumble", "plead", "demand", "point", "chime", "interject",
    "concur", "reiterate", "affirm", "assure", "inform", "advise", "signal", "indicate",
    "estimate", "speculate", "wonder", "highlight", "blast", "slam", "elaborate",
    "describe", "accuse", "criticize", "question", "propose", "recommend", "request",
    "remind", "notify", "quote", "cite", "read", "forecast", "answer", "press",
    "interrupt", "offer", "begin", "chant", "sing", "vent", "put", "confess", "bark",
    "exhort", "scream", "gush", "snap", "marvel", "mutter", "sneer", "rave", "cry", "beam",
    "shoot", "fire", "riff", "holler", "crow", "gripe", "go", "fume", "chide", "react",
    "comment",
}  # fmt: skip
PARTICLE_CUES = {"point": "out", "shoot": "back", "fire": "back", "go": "on"}
"""Verbs that cue speech only with their particle: 'pointed out', 'shot back'."""
BELIEF_VERBS = {
    "think", "believe", "feel", "hope", "fear", "expect", "worry", "know", "doubt",
    "suspect", "assume", "learn", "find", "show", "realize", "recognize", "understand",
    "argue", "predict", "guess", "imagine", "figure", "sense", "insist",
}  # fmt: skip
OBJECT_CUES = {
    "call", "describe", "label", "dub", "brand", "refer", "announce", "propose", "praise",
    "criticize", "attack", "mock", "defend", "endorse", "demand", "promise", "threaten",
}  # fmt: skip
"""Cues whose content is their object: 'called Cruz "a liar"', 'announced a plan'."""
HEARER_VERBS = {
    "ask", "tell", "inform", "advise", "notify", "remind", "assure", "question", "press",
    "quiz", "brief", "warn", "urge",
}  # fmt: skip
"""Verbs whose object is who hears the words: in the passive their subject is the hearer
('were told that ...'), and the one speaking is the 'by' phrase, if any."""


def cue_text(verb: Token) -> str:
    if verb.lower_ == "according":
        return "according to"
    if verb.text == ":":
        return ":"
    particles = [c.text for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.text, *particles])
