"""What a dated clause says happened, as keys two outlets' wordings can share.

Whole-clause word overlap leaves one happening told in different words as several
timeline entries ("Qin was arrested on Nov. 30" beside "The arrests of Xu and Qin at
their homes Monday night"). The happening itself is who (the names in the clause) and
what (the content words next to the date, where news puts the verb or its noun: "was
arrested Monday", "the arrest on Monday"). Two clauses on one date are one happening when
they share a name and one of those words; sharing only names (two things Hun Sen did on
Friday) or only a verb (two people arrested that day) is not enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.story.facts import STOPWORDS, stem

NEAR_DATE = 2
"""Content words on each side of the date expression that may name the happening."""
_CLAUSE_WORDS = frozenset({
    "that", "which", "who", "whom", "whose", "where", "when", "while", "because",
    "although", "though", "after", "before", "since", "until", "if", "unless", "whether",
    "as", "but",
})  # fmt: skip
"""Words opening another clause: past them the words tell another happening ("said
Friday that the opposition ...": what was said is not what happened on Friday)."""
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
_SAID = frozenset({"said", "says", "say", "told", "tells"})
"""Past one of these after the date come the speaker's words ("released Wednesday, said
his wife"): the speaker is not what happened."""
_REPORTING = frozenset({"report", "announc", "add", "quot", "state", "note"})
"""Verbs of telling (beyond the stopwords): a statement's news is its content."""

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class Happening:
    names: frozenset[str]  # capitalised words of the date's own clause, lower-cased
    core: frozenset[str]  # stems of the lower-case content words near the date

    def same(self, other: Happening) -> bool:
        return bool(self.names & other.names) and bool(self.core & other.core)


def happening(text: str, dates: list[tuple[int, int]], at: tuple[int, int]) -> Happening:
    """Keys of the clause ``text``; ``dates`` are its time expressions (offsets into
    ``text``, left out of the words) and ``at`` the one the entry is dated by."""
    names: set[str] = set()
    before: list[str] = []
    after: list[str] = []
    closed = False  # a clause word after the date: the rest is another clause
    for match in _TOKEN.finditer(text):
        if any(s <= match.start() < e for s, e in dates):
            continue
        word = match.group().replace("’", "'")
        low = word.lower()
        if low.endswith("'s"):
            low = low[:-2]
        if low in _CLAUSE_WORDS:
            if match.start() < at[0]:
                before.clear()
                if low not in _RELATIVE:  # "Ecevit, who was asked ...": his clause
                    names.clear()
            else:
                closed = True
            continue
        if low in _SAID:  # the speaker is not the happening; "said Sunday he ..." is the
            closed = True  # saying, told by whole-clause overlap alone
            if match.start() < at[0]:
                before.clear()
                names.clear()
        if low in STOPWORDS or low[0].isdigit() or len(low) < 2:
            continue
        if word[0].isupper():
            if not closed:
                names.add(low)
        elif stem(low) in _REPORTING:
            continue
        elif match.start() < at[0]:
            before.append(stem(low))
        elif not closed:
            after.append(stem(low))
    # the words after the date name the happening only when none come before it
    # ("Hun Sen on Friday rejected ..."; not "issued a statement Sunday calling ...")
    core = before[-NEAR_DATE:] or after[:NEAR_DATE]
    return Happening(frozenset(names), frozenset(core))
