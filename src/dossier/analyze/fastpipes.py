"""Drop-in replacements for spaCy's attribute ruler and rule lemmatizer, same output.

Why: in ``en_core_web_sm`` these two rule components cost about a sixth of the parse,
almost all of it Python-level overhead: the attribute ruler runs a 179-pattern
``Matcher`` over every token, and the lemmatizer builds a ``Token`` and a cache key per
token. Both are lookups in disguise. Here they read the token attributes as one array,
answer each distinct (lower, tag, dep, space) or (orth, pos, morph) key once per process,
and write back only what changes. The annotations are identical to spaCy's (the
equivalence test compares every token's tag, POS, morphology and lemma against the
stock pipeline), so a corpus ingest pays for the parse and not for the bookkeeping.

Patterns the table cannot express (several tokens, regular expressions, other keys)
keep running through a ``Matcher`` of their own, merged in the ruler's rule order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["FastAttributeRuler", "FastLemmatizer", "accelerate"]

_KEYS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_LOWER = _KEYS["LOWER"]
_CACHE_LIMIT = 500_000
"""Distinct keys remembered per process before a cache starts afresh (bounded memory)."""


@dataclass(frozen=True)
class _Test:
    """One key of a token pattern, as the Matcher reads it: equality or IN (``values``),
    NOT_IN (``negate``), or REGEX searched in the attribute's string."""

    column: int
    values: frozenset[int] | None = None
    negate: bool = False
    regex: re.Pattern[str] | None = None

    @property
    def exact(self) -> bool:
        return self.values is not None and not self.negate


def _test(vocab: Vocab, key: str, value: Any) -> _Test | None:
    """The test for ``key: value``, or None when only the real Matcher can apply it."""
    column = _KEYS.get(key)
    if column is None:
        return None
    if isinstance(value, bool):
        return _Test(column, frozenset({int(value)}))
    if isinstance(value, str):
        return _Test(column, frozenset({vocab.strings.add(value)}))
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
            return _Test(column, frozenset(vocab.strings.add(v) for v in arg), op == "NOT_IN")
        if op == "REGEX" and isinstance(arg, str):
            return _Test(column, regex=re.compile(arg))
    return None


@dataclass(frozen=True)
class _Rule:
    attr_id: int
    index: int
    tokens: tuple[tuple[_Test, ...], ...]


class FastAttributeRuler:
    """spaCy's ``AttributeRuler`` answered from tables instead of a ``Matcher``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self._general: list[_Rule] = []
        """One-token rules with no test on LOWER: answered per (tag, dep, space)."""
        self._by_word: dict[int, list[_Rule]] = {}
        """One-token rules naming their words, indexed by each word's LOWER value."""
        self._loose: list[_Rule] = []
        """Other one-token rules (a regex or NOT_IN on the word), tried on every token."""
        self._spans: list[_Rule] = []
        """Fixed-length rules over several tokens."""
        self._matcher = Matcher(nlp.vocab)
        """Whatever the tables cannot express (operators, other keys)."""
        self._attrs: list[dict] = []
        self._indices: list[int] = []
        self._cache: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._regex_cache: dict[tuple[int, int], bool] = {}

    def take_over(self, ruler: AttributeRuler) -> FastAttributeRuler:
        """Copy the patterns and normalised attributes of a loaded ``AttributeRuler``."""
        self._attrs, self._indices = list(ruler.attrs), list(ruler.indices)
        for attr_id, pattern in enumerate(ruler.patterns):
            index = int(pattern.get("index", 0))  # type: ignore[arg-type]
            alternatives: list[list[dict]] = pattern["patterns"]  # type: ignore[assignment]
            for tokens in alternatives:
                rule = self._rule(attr_id, index, tokens)
                if rule is None:
                    self._matcher.add(str(attr_id), [tokens])
                elif len(rule.tokens) > 1:
                    self._spans.append(rule)
                elif words := [t for t in rule.tokens[0] if t.column == _LOWER]:
                    if words[0].exact and len(words) == 1:
                        for word in words[0].values or ():
                            self._by_word.setdefault(word, []).append(rule)
                    else:
                        self._loose.append(rule)
                else:
                    self._general.append(rule)
        return self

    def _rule(self, attr_id: int, index: int, tokens: list[dict]) -> _Rule | None:
        parsed = []
        for token in tokens:
            tests = [_test(self.vocab, key, value) for key, value in token.items()]
            if any(t is None for t in tests):
                return None
            parsed.append(tuple(t for t in tests if t is not None))
        return _Rule(attr_id, index, tuple(parsed)) if parsed else None

    def _passes(self, test: _Test, value: int) -> bool:
        if test.regex is None:
            assert test.values is not None
            return (value in test.values) != test.negate
        key = (id(test), value)
        found = self._regex_cache.get(key)
        if found is None:
            found = bool(test.regex.search(self.vocab.strings[value]))
            if len(self._regex_cache) >= _CACHE_LIMIT:
                self._regex_cache.clear()
            self._regex_cache[key] = found
        return found

    def _token_passes(self, tests: tuple[_Test, ...], row: list[int]) -> bool:
        return all(self._passes(test, row[test.column]) for test in tests)

    def _one_token_rules(self, row: list[int]) -> list[int]:
        """Ids of the one-token rules matching a token's (lower, tag, dep, space)."""
        key = (row[1], row[2], row[3])
        found = self._cache.get(key)
        if found is None:
            found = tuple(r.attr_id for r in self._general if self._token_passes(r.tokens[0], row))
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = found
        extra = [
            r.attr_id for r in (*self._by_word.get(row[0], ()), *self._loose)
            if self._token_passes(r.tokens[0], row)
        ]
        return [*found, *extra] if extra else list(found)

    def _span_matches(self, rows: list[list[int]]) -> Iterator[tuple[int, int]]:
        """(rule id, target token) of each fixed-length rule matching at each start;
        starts come from an index of the rule's first exact test (a word, a tag ...)."""
        positions: dict[int, dict[int, list[int]]] = {}
        for rule in self._spans:
            width = len(rule.tokens)
            offset, anchor = next(
                ((k, t) for k, tests in enumerate(rule.tokens) for t in tests if t.exact),
                (0, None),
            )
            if anchor is None:
                starts: Iterable[int] = range(len(rows))
            else:
                column = positions.get(anchor.column)
                if column is None:
                    column = positions[anchor.column] = {}
                    for i, row in enumerate(rows):
                        column.setdefault(row[anchor.column], []).append(i)
                starts = sorted(
                    i - offset for v in anchor.values or () for i in column.get(v, ())
                )
            for start in starts:
                if start >= 0 and start + width <= len(rows) and all(
                    self._token_passes(tests, rows[start + k])
                    for k, tests in enumerate(rule.tokens)
                ):
                    yield rule.attr_id, start + (rule.index % width)

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        per_token = [self._one_token_rules(row) for row in rows]
        for attr_id, target in self._span_matches(rows):
            per_token[target].append(attr_id)
        if len(self._matcher):
            for match_id, start, end in self._matcher(doc, allow_missing=True):
                attr_id = int(self.vocab.strings[match_id])
                per_token[doc[start:end][self._indices[attr_id]].i].append(attr_id)
        for i, attr_ids in enumerate(per_token):
            if not attr_ids:
                continue
            if len(attr_ids) == 1:
                attrs = self._attrs[attr_ids[0]]
            else:
                attrs = {}
                for attr_id in sorted(attr_ids):  # later rules win, as in spaCy
                    attrs.update(self._attrs[attr_id])
            set_token_attrs(doc[i], attrs)
        return doc


class FastLemmatizer:
    """spaCy's rule ``Lemmatizer`` with lemmas remembered per (orth, POS, morphology)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._lemmatizer: Lemmatizer | None = None
        self._cache: dict[tuple[int, int, int], int] = {}

    def take_over(self, lemmatizer: Lemmatizer) -> FastLemmatizer:
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            raise ValueError("FastLemmatizer replaces a rule lemmatizer without overwrite")
        self._lemmatizer = lemmatizer
        return self

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self._lemmatizer
        assert lemmatizer is not None, "take_over() a loaded lemmatizer first"
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = self._cache.get(key)
            if found is None:
                text = lemmatizer.lemmatize(doc[i])[0]
                found = doc.vocab.strings.add(text)
                if len(self._cache) >= _CACHE_LIMIT:
                    self._cache.clear()
                self._cache[key] = found
            array[i, 3] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], array[:, 3:4])  # type: ignore[arg-type]
        return doc


@Language.factory("dossier_fast_attribute_ruler")
def _make_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp, name)


@Language.factory("dossier_fast_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    return FastLemmatizer(nlp, name)


def accelerate(nlp: Language) -> Language:
    """Swap the pipeline's attribute ruler and rule lemmatizer for the fast versions,
    keeping their names and places; pipelines without them are left as they are."""
    from spacy.pipeline import AttributeRuler, Lemmatizer

    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(ruler, AttributeRuler):
        fast_ruler = nlp.replace_pipe("attribute_ruler", "dossier_fast_attribute_ruler")
        assert isinstance(fast_ruler, FastAttributeRuler)
        fast_ruler.take_over(ruler)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    rule_based = isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule"
    if isinstance(lemmatizer, Lemmatizer) and rule_based and not lemmatizer.overwrite:
        fast_lemmatizer = nlp.replace_pipe("lemmatizer", "dossier_fast_lemmatizer")
        assert isinstance(fast_lemmatizer, FastLemmatizer)
        fast_lemmatizer.take_over(lemmatizer)
    return nlp
