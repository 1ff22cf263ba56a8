"""Who is speaking: the speaker phrase at a cue, resolved to a within-article entity.

A light rule-based resolver (coreferee is not available offline): a pronoun inserted
into a sentence takes that sentence's actor ('X dropped it, a move that, he said, ...'),
else the nearest compatible person that was a subject or speaker shortly before; a title-only
phrase ("the Chinese president") takes the entity the mentions step linked it to; a
common-noun phrase with a named appositive ("a Foreign Ministry spokesman, Lu Kang")
takes the name and keeps the noun phrase as the description; other phrases
("Mr. Warmbier's father", "senior officials") stay as written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dossier.analyze.mentions import HONORIFICS, display_names, strip_honorific
from dossier.analyze.nlp import text_of
from dossier.analyze.quotes.hyphens import past_hyphens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dossier.model import Mention

PRONOUN_GENDER = {"he": "m", "she": "f", "him": "m", "her": "f"}
PLURAL_PRONOUNS = {"they", "we"}
RELATIVE_PRONOUNS = {"which", "who", "that"}
_PLURAL_TAGS = {"NNS", "NNPS"}
_MALE = {"mr", "mr."}
_FEMALE = {"mrs", "mrs.", "ms", "ms.", "miss"}
_CORE_DEPS = {"compound", "det", "amod", "poss", "case", "nmod", "nummod", "flat", "quantmod"}


@dataclass
class Speaker:
    """The speaker of one cue: as written, and resolved when possible."""

    start: int
    end: int
    text: str
    name: str | None = None
    key: str | None = None
    description: str | None = None


@dataclass
class SpeakerResolver:
    """Per-article state: mentions by position, names, descriptions and known genders."""

    doc: Doc
    mentions: list[Mention]
    names: dict[str, str] = field(init=False)
    descriptions: dict[str, str] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)
    speakers: list[tuple[int, str]] = field(default_factory=list)  # (char, key) in text order
    groups: list[tuple[int, Speaker]] = field(default_factory=list)  # plural speakers so far
    nominals: list[tuple[int, Speaker]] = field(default_factory=list)  # 'a spokesman' so far
    things: list[tuple[int, Speaker]] = field(default_factory=list)  # organisations so far
    _starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self.names = display_names(self.mentions)
        honorific: dict[str, str] = {}  # 'Mr.' / 'Ms.' outweigh the article's pronouns
        for m in self.mentions:
            if m.label != "PERSON" or m.entity_key is None:
                continue
            first = m.text.split()[0].lower()
            if first in _MALE:
                honorific.setdefault(m.entity_key, "m")
            elif first in _FEMALE:
                honorific.setdefault(m.entity_key, "f")
            if m.entity_key not in self.descriptions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    found = appositive_description(span.root)
                    if found:
                        self.descriptions[m.entity_key] = found
        self.gender.update(honorific)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def resolve(self, head: Token) -> Speaker:
        """Speaker phrase headed by ``head`` (subject of a cue, or object of 'according to')."""
        conjuncts = coordinated_names(head)
        if conjuncts:
            return self._coordination(head, conjuncts)
        return self._resolve_one(head)

    def _coordination(self, head: Token, conjuncts: list[Token]) -> Speaker:
        """'Washington and Beijing confirmed ...' / 'Senators Ann Lee and Tom Cole said':
        names coordinated as one subject speak together; the span covers the whole
        coordination (as PolNeAR's sources do) and the name shown names each of them.
        A group has no single entity, so it gets no key; a later 'they' refers to it."""
        names = []
        for tok in (head, *conjuncts):  # a person by full name; a place as written
            one = self._resolve_one(tok)
            person = one.key is not None and one.key.startswith("PERSON:")
            names.append(one.name if person and one.name else one.text)
        first, last = speaker_phrase(head), speaker_phrase(conjuncts[-1])
        start, end = _on_head_line(head, first.start, last.end)
        span = self.doc[start:end]
        name = ", ".join(names[:-1]) + " and " + names[-1]
        speaker = Speaker(start=span.start_char, end=span.end_char, text=span.text, name=name)
        self.groups.append((head.idx, speaker))
        return speaker

    def _resolve_one(self, head: Token) -> Speaker:
        lower = head.lower_
        if lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and head.head.head != head:
            # "China's government, which called it ...": the clause's noun is the speaker;
            # the span stays on what the article wrote at the cue, as for "they"
            noun = self.resolve(head.head.head)
            return Speaker(
                start=head.idx, end=head.idx + len(head.text), text=head.text,
                name=noun.name or noun.text, key=noun.key, description=noun.description,
            )  # fmt: skip
        span = speaker_phrase(head)
        speaker = Speaker(start=span.start_char, end=span.end_char, text=span.text)
        if lower == "they" and head.i == span.start == span.end - 1:
            group = self._group_antecedent(head.idx)
            if group is not None:
                speaker.name = group.name or group.text
                speaker.key, speaker.description = group.key, group.description
            return speaker
        if lower == "it" and head.i == span.start == span.end - 1:
            thing = self._thing_antecedent(head.idx)
            if thing is not None:  # 'The committee said ... "...," it said in a statement'
                speaker.name, speaker.key = thing.name or thing.text, thing.key
                speaker.description = thing.description
            return speaker
        if head.tag_ in _PLURAL_TAGS:
            self.groups.append((head.idx, speaker))
        if lower in PRONOUN_GENDER and head.i == span.start == span.end - 1:
            gender = PRONOUN_GENDER[lower]
            framing = self._framing_subject(head, gender)
            if framing is not None and framing.key is None:
                speaker.name = framing.text  # a name the NER missed: as written
                return speaker
            nominal = None if framing is not None else self._nominal_antecedent(head.idx, gender)
            if nominal is not None:  # 'A spokesman for X said ... "...," he said'
                speaker.name = nominal.name or nominal.text
                speaker.description = nominal.description
                return speaker
            key = framing.key if framing is not None else self._antecedent(head.idx, gender)
            if key is not None:
                self.gender.setdefault(key, gender)
                self._fill(speaker, key)
            return speaker
        inside = self.mentions_in(span.start_char, span.end_char)
        people = [m for m in inside if m.label == "PERSON" and m.entity_key]
        named = self._head_mention(head, people)
        if named is not None:
            self._fill(speaker, named.entity_key)  # type: ignore[arg-type]
            own = appositive_description(head)
            if own:
                speaker.description = own
            elif span.start_char < named.start:
                prefix = text_of(self.doc)[span.start_char : named.start].strip(" ,")
                if _is_description(prefix):
                    speaker.description = prefix
            return speaker
        apposed = [c for c in head.children if c.dep_ == "appos"]
        for appos in apposed:
            hits = [m for m in people if appos.left_edge.idx <= m.start <= appos.right_edge.idx]
            if hits:
                self._fill(speaker, hits[0].entity_key)  # type: ignore[arg-type]
                core = self.doc[span.start : head.i + 1].text
                speaker.description = core
                return speaker
        others = [m for m in inside if m.entity_key and m.start <= head.idx < m.end]
        if others:
            speaker.key = others[0].entity_key
            speaker.name = self.names.get(others[0].entity_key or "", others[0].text)
            if others[0].label == "PERSON":
                self._fill(speaker, others[0].entity_key)  # type: ignore[arg-type]
        else:
            key = self._named_as(speaker.text)
            if key is not None:
                self._fill(speaker, key)
        return speaker

    def _named_as(self, text: str) -> str | None:
        """'STEVE CARELL: ...' / 'CARELL: ...': a transcript label in capitals, which the
        NER does not tag, names the person the article names so (the full name, else a
        surname only one person has); a name written any other way is left alone."""
        words = text.split()
        if not words or not text.isupper() or not all(w[:1].isalpha() for w in words):
            return None
        wanted = strip_honorific(text).lower()
        people = [k for k in self.names if k.startswith("PERSON:")]
        full = [k for k in people if self.names[k].lower() == wanted]
        if len(full) == 1:
            return full[0]
        if " " in wanted:
            return None
        last = [k for k in people if self.names[k].lower().split()[-1] == wanted]
        return last[0] if len(last) == 1 else None

    def _framing_subject(self, pronoun: Token, gender: str) -> Speaker | None:
        """'Park dropped the threat, a reversal that, he suggested, was meant to ...': a
        cue inserted into a clause inside a sentence speaks of that sentence's actor
        before anyone named in earlier sentences. After a relative pronoun the clause is
        the content and the actor is the nearest subject before it, however the parser
        hung the clause; elsewhere it is the subject of the nearest clause above the one
        the cue sits in (the cue's own clause is its content: 'Jones was wrong, he
        said'). The actor must be a person of the pronoun's gender or a name the NER
        left untyped ('Park')."""
        cue = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or cue.i < pronoun.i:
            return None
        found = _subject_before_relative(pronoun)
        if found is None and cue.dep_ != "ROOT":
            for verb in cue.head.ancestors:
                subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                if verb.pos_ in ("VERB", "AUX") and subjects:
                    found = subjects[0]
                    break
        if found is None or found.i > pronoun.i or found.pos_ == "PRON":
            return None
        return self._person_at(found, gender)

    def _person_at(self, found: Token, gender: str) -> Speaker | None:
        """The person a subject names: a PERSON mention, or a bare proper noun (matched
        to a person named elsewhere in the article by surname, else as written)."""
        people = [
            m for m in self.mentions_in(found.left_edge.idx, found.idx + len(found.text))
            if m.label == "PERSON" and m.entity_key and m.start <= found.idx < m.end
        ]  # fmt: skip
        key = people[0].entity_key if people else None
        if key is None:
            if (
                found.pos_ not in ("PROPN", "NOUN")
                or not found.text[:1].isupper()
                or not _untyped_name(found)
            ):
                return None
            key = next(
                (
                    m.entity_key for m in self.mentions
                    if m.label == "PERSON" and m.entity_key and m.text.split()[-1] == found.text
                ),
                None,
            )  # fmt: skip
        if key is None and found.pos_ == "NOUN":
            return None  # ('Officials' opening a sentence): only a known surname counts
        if key is None:
            phrase = speaker_phrase(found)
            return Speaker(phrase.start_char, phrase.end_char, phrase.text)
        if not self._compatible(key, gender):
            return None
        return Speaker(found.idx, found.idx + len(found.text), found.text, key=key)

    def _group_antecedent(self, char: int) -> Speaker | None:
        """'The most likely outcome, they said': the plural speaker of the last ~2 sentences."""
        for pos, group in reversed(self.groups):
            if pos < char:
                return group if pos >= char - 400 else None
        return None

    def note_speaker(self, char: int, speaker: Speaker, head: Token | None = None) -> None:
        key = speaker.key
        if key is not None and key.startswith("PERSON:"):
            self.speakers.append((char, key))
        elif key is None and head is not None and _unnamed_person(head, self.nominals):
            phrase = speaker_phrase(head)
            self.nominals.append((char, Speaker(phrase.start_char, phrase.end_char, phrase.text)))
        elif head is not None and head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NN", "NNP"):
            self.things.append((char, speaker))  # an organisation or outlet: a later 'it'

    def _thing_antecedent(self, char: int) -> Speaker | None:
        """'The committee said ... "...," it said': the organisation quoted last, within ~4
        sentences; 'it' never speaks for a person."""
        found = next(((p, s) for p, s in reversed(self.things) if p < char), None)
        return found[1] if found is not None and found[0] >= char - 600 else None

    def _nominal_antecedent(self, char: int, gender: str) -> Speaker | None:
        """'A spokesman for the federation said ... "...," he said': an unnamed person
        quoted last is who the pronoun speaks for, not a person named before him; the
        nominal must be the latest speaker within ~4 sentences and of the pronoun's gender
        where its noun tells one ('spokeswoman')."""
        nominal = next(((p, s) for p, s in reversed(self.nominals) if p < char), None)
        if nominal is None or nominal[0] < char - 600:
            return None
        if any(nominal[0] < p < char for p, _ in self.speakers):
            return None
        words = nominal[1].text.lower().split()
        told = next((g for w in words for g in (_ROLE_GENDER.get(w),) if g), None)
        return nominal[1] if told is None or told == gender else None

    def _fill(self, speaker: Speaker, key: str) -> None:
        speaker.key = key
        speaker.name = self.names.get(key)
        speaker.description = self.descriptions.get(key)

    def _head_mention(self, head: Token, people: list[Mention]) -> Mention | None:
        for m in people:
            if m.start <= head.idx < m.end:
                return m
        return None

    def _antecedent(self, char: int, gender: str) -> str | None:
        """Nearest earlier person of compatible gender: recent subject or speaker."""
        window_start = max(0, char - 1200)
        i = bisect.bisect_left(self._starts, char) - 1
        candidates: list[tuple[int, str]] = []
        main = False
        while i >= 0 and self.mentions[i].start >= window_start:
            m = self.mentions[i]
            if m.label == "PERSON" and m.entity_key and self._compatible(m.entity_key, gender):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                    candidates.append((m.start, m.entity_key))
                    main = span.root.head.dep_ == "ROOT"  # not inside someone's report
                    break
            i -= 1
        latest = max(candidates)[0] if candidates and main else -1
        for pos, key in reversed(self.speakers):
            if pos < char and pos >= char - 600 and self._compatible(key, gender):
                if latest > pos and not _quoted_between(self.doc, latest, char):
                    break  # 'Lee said: "...". Dr. Park examines her. He said: ...'
                return key  # "he said" after a quote: the speaker just quoted
        if candidates:
            return max(candidates)[1]
        i = bisect.bisect_left(self._starts, char) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.label == "PERSON" and m.entity_key and self._compatible(m.entity_key, gender):
                return m.entity_key
            i -= 1
        return None

    def _compatible(self, key: str, gender: str) -> bool:
        known = self.gender.get(key)
        return known is None or known == gender


_ROLES = {
    "spokesman", "spokeswoman", "spokesperson", "representative", "official", "source",
    "lawyer", "attorney", "prosecutor", "officer", "aide", "executive", "analyst", "witness",
    "neighbor", "neighbour", "resident", "man", "woman", "researcher", "doctor", "employee",
}  # fmt: skip
"""Nouns of an unnamed person quoted as such ('a spokesman', 'the source')."""
_ROLE_GENDER = {"spokesman": "m", "man": "m", "spokeswoman": "f", "woman": "f"}


def _unnamed_person(head: Token, before: list[tuple[int, Speaker]]) -> bool:
    """'A spokesman for X', 'a Democratic source': a person the article introduces without
    a name, or one it introduced so ('the spokesman' after 'a spokesman'). Another definite
    one ('the executive', 'the prosecutor') mostly stands for a person named before, so it
    does not take the pronouns after it from that person."""
    if head.tag_ != "NN" or head.lower_ not in _ROLES:
        return False
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    if any(d in ("a", "an", "one") for d in dets):
        return True
    return "the" in dets and any(head.lower_ in s.text.lower().split() for _, s in before)


def _quoted_between(doc: Doc, start: int, end: int) -> bool:
    """A quotation mark between two character offsets."""
    return any(ch in '"“”' for ch in text_of(doc)[start:end])


def _untyped_name(tok: Token) -> bool:
    """A proper noun the NER left untyped or typed a person, or one it merged across a
    colon with the name before it ('for Lee: Park' as one ORG): an entity does not run
    over a colon, so that type says nothing about the name."""
    if tok.ent_type_ in ("", "PERSON"):
        return True
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and any(t.text == ":" for t in ent)


def _subject_before_relative(pronoun: Token) -> Token | None:
    """The nearest subject before the relative pronoun a cue is inserted after ('a
    reversal that, he suggested, ...'), in the cue's sentence; None elsewhere."""
    doc = pronoun.doc
    k = pronoun.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k <= pronoun.sent.start or doc[k].lower_ not in RELATIVE_PRONOUNS:
        return None
    for tok in reversed(doc[pronoun.sent.start : k]):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok
    return None


_NAMED = {"PERSON", "ORG", "GPE", "NORP"}
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|[ap]\.?m\.?")


def coordinated_names(head: Token) -> list[Token]:
    """The names coordinated with ``head`` by 'and' ('Washington and Beijing', 'Ann Lee,
    Tom Cole and Ruth Hale') on its line, when the head and each of them are names;
    else an empty list ('the mayor and her aides' is left to the head)."""
    conjuncts = [t for t in head.conjuncts if t.i > head.i]
    if not conjuncts or head.dep_ == "conj":
        return []
    tokens = [head, *conjuncts]
    if not all(t.pos_ == "PROPN" or t.ent_type_ in _NAMED for t in tokens):
        return []
    ccs = [c for t in tokens for c in t.children if c.dep_ == "cc"]
    if not ccs or any(c.lower_ not in ("and", "&") for c in ccs):
        return []
    between = head.doc[head.i : conjuncts[-1].i]
    if any("\n" in t.text for t in between):
        return []
    return conjuncts


_BARE_HEADS = {"those", "others", "some", "many", "several", "few", "one", "anyone", "someone"}
"""Pronouns that name no one until what follows them ('those familiar with the case')."""


def speaker_phrase(head: Token) -> Span:
    """The core noun phrase of a speaker: determiners, modifiers, the name, and a named
    appositive of a common noun ("a Foreign Ministry spokesman, Lu Kang"); not relative
    clauses or descriptive appositives."""
    doc = head.doc
    start = head.i
    for child in head.lefts:
        if child.dep_ in _CORE_DEPS or child.dep_ == "poss":
            start = min(start, _left_edge(child))
    if 0 < start < head.i and doc[start].text == "-" and not doc[start - 1].whitespace_:
        start = _left_edge(doc[start - 1])  # 'study co-author X': the parser split the word
    end = head.i + 1
    for child in head.rights:
        if child.is_punct:
            continue
        if (
            child.dep_ in ("compound", "flat", "nummod")
            or (
                child.dep_ == "appos" and child.ent_type_ == "PERSON" and head.ent_type_ != "PERSON"
            )
            or (child.dep_ == "prep" and child.lower_ == "of" and head.ent_type_ != "PERSON")
            or (head.lower_ in _BARE_HEADS and child.dep_ in ("amod", "prep"))
        ):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    start, end = _on_head_line(head, start, end)
    while start < head.i and _CLOCK.fullmatch(doc[start].lower_):
        start += 1  # '7:50 P.M. UNRWA spokesman X says': a live blog's time stamp
    captions = [t.i for t in doc[start : head.i] if t.lower_ == "caption"]
    if captions:
        start = captions[-1] + 1  # 'Image copyright AP Image caption Lindt said': furniture
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _left_edge(tok: Token) -> int:
    """The left edge of a modifier, leaving out a clause the parser hung inside it
    ('"...," added health professor X': the cue and its quotation read as a modifier of
    'professor'); a finite verb, or one with arguments of its own, is a clause or the cue
    itself ('"...," added Lee'), not a modifier ('the newly elected mayor' keeps 'elected')."""
    if tok.tag_ in ("VBD", "VBZ", "VBP") or (
        tok.pos_ == "VERB" and any(c.dep_ in ("ccomp", "nsubj", "dobj") for c in tok.children)
    ):
        return tok.i + 1
    return min([tok.i] + [_left_edge(c) for c in tok.lefts])


def _on_head_line(head: Token, start: int, end: int) -> tuple[int, int]:
    """Clip ``start``..``end`` to the line of ``head``: the parser may hang a byline or a
    caption line ('Reporting by Tom Brown\\nMayor Ann Lee said') onto the speaker's name,
    and the speaker shown must be what the article wrote where the speaker speaks."""
    doc = head.doc
    for i in range(head.i - 1, start - 1, -1):
        if "\n" in doc[i].text:
            start = i + 1
            break
    for i in range(head.i + 1, end):
        if "\n" in doc[i].text:
            end = i
            break
    return start, end


def appositive_description(root: Token) -> str | None:
    """'Bonnie S. Glaser, director of ...' / 'Daniel Russel, who served as ...' -> the role."""
    for child in root.children:
        if (
            child.dep_ == "appos"
            and child.ent_type_ != "PERSON"
            and child.pos_ in ("NOUN", "PROPN")
            and not _line_between(root, child)
        ):
            last = past_hyphens(root.doc, child.right_edge.i)  # 'co-sponsor of ...', not 'co'
            text = root.doc[child.left_edge.i : last + 1].text.strip(" ,")
            text = _without_coordinator(text)
            if _is_description(text):
                return text
        if child.dep_ == "relcl" and child.left_edge.lower_ == "who":
            span = root.doc[child.left_edge.i + 1 : child.right_edge.i + 1]
            if span.root.lemma_ in ("be", "serve", "work", "lead", "head", "run", "direct"):
                return span.text.strip(" ,")
    if (
        root.dep_ == "appos"
        and root.head.pos_ == "NOUN"
        and root.ent_type_ == "PERSON"
        and not _line_between(root.head, root)  # a headline above is no role
    ):
        head = root.head
        text = root.doc[head.left_edge.i : head.i + 1].text.strip(" ,")
        # "The club's founder, Ann Lee" gives a role; a lone capitalised word before the
        # name is a greeting ("Congratulations, Amy"), not one
        if _is_description(text) and (len(text.split()) > 1 or text[:1].islower()):
            return text
    return None


def _line_between(a: Token, b: Token) -> bool:
    """A line break between two tokens: the parser ran a headline into the next line."""
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[lo:hi])


def _is_description(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 30 and not all(w.lower() in HONORIFICS for w in words)


_TRAILING_COORDINATOR = re.compile(r"[\s,]+(?:and|or|but|as well as)$", re.IGNORECASE)


def _without_coordinator(text: str) -> str:
    """"president of the club, and" (the next name follows) -> "president of the club"."""
    return _TRAILING_COORDINATOR.sub("", text).strip(" ,")
