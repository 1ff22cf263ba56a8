"""Sentence boundaries, from spaCy's parser, adjusted to paragraph breaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.registry import step
from dossier.model import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.model import Article, ArticleAnalysis


@step("sentences", "dossier.sentences.v1", assigns=("sentences",))
def find_sentences(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    """Split on the parser's sentences and on blank lines, trimming whitespace."""
    text = article.text
    out: list[Sentence] = []
    for sent in doc.sents:
        start = sent.start_char
        for piece_end in _paragraph_cuts(text, start, sent.end_char):
            s, e = _trim(text, start, piece_end)
            if e > s:
                out.append(Sentence(start=s, end=e))
            start = piece_end
    analysis.sentences = out


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
