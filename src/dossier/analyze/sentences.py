"""Sentence boundaries, from spaCy's parser, adjusted to paragraph breaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.registry import step
from dossier.model import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.model import Article, ArticleAnalysis


@step("sentences", "dossier.sentences.v2", assigns=("sentences",))
def find_sentences(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    """Split on the parser's sentences and on line breaks, trimming whitespace; a colon
    ends no sentence."""
    text = article.text
    out: list[Sentence] = []
    for sent in doc.sents:
        start = sent.start_char
        for piece_end in _paragraph_cuts(text, start, sent.end_char):
            s, e = _trim(text, start, piece_end)
            if e > s:
                out.append(Sentence(start=s, end=e))
            start = piece_end
    analysis.sentences = _joined_after_colons(text, out)


def _joined_after_colons(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """'X said Wednesday: The government should not ...': the parser often ends a
    sentence at a colon before a capital; on the same line, what follows completes it
    (a timeline entry or summary sentence ending in "said Wednesday:" says nothing)."""
    out: list[Sentence] = []
    for sent in sentences:
        prev = out[-1] if out else None
        if prev and text[prev.end - 1] == ":" and "\n" not in text[prev.end : sent.start]:
            out[-1] = Sentence(start=prev.start, end=sent.end)
        else:
            out.append(sent)
    return out


def _paragraph_cuts(text: str, start: int, end: int) -> list[int]:
    cuts = []
    pos = text.find("\n", start, end)
    while pos != -1:
        cuts.append(pos)
        pos = text.find("\n", pos + 1, end)
    cuts.append(end)
    return cuts


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
