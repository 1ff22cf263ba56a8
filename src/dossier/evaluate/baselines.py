"""Baseline summarisers users would reach for instead: Lead, sumy's LexRank, TextRank and
LSA, and a TF-IDF centroid.

Every system here, like ours, returns sentences *best first* from the same sentence split
(``summary_raw.split_sentences``); the evaluation then keeps sentences in that order until
the budget and cuts the last one, which is how DUC 2004 peers were cut to 100 words.
sumy gets our tokenizer (Punkt sentences, regex words), so no nltk data is downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from dossier.story.summary_raw import RawDocument, chronological, split_sentences

Ranker = Callable[[Sequence[RawDocument], int], list[str]]
"""(documents, words budget) -> sentences, best first."""

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _sentences(documents: Sequence[RawDocument]) -> list[list[str]]:
    return [[d.text[s:e] for s, e in split_sentences(d.text)] for d in documents]


def lead(documents: Sequence[RawDocument], words: int) -> list[str]:
    """The opening sentences of the most recent document (DUC's Lead baseline)."""
    newest = chronological(documents)[-1]
    return _sentences([documents[newest]])[0]


class _SumyTokenizer:
    """The two methods sumy asks of a tokenizer, without nltk's downloadable punkt."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def _sumy_document(documents: Sequence[RawDocument]) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tok = _SumyTokenizer()
    paragraphs = [
        Paragraph([Sentence(s, tok) for s in sents]) for sents in _sentences(documents) if sents
    ]
    return ObjectDocumentModel(paragraphs)


def _sumy_ranker(name: str) -> Ranker:
    def rank(documents: Sequence[RawDocument], words: int) -> list[str]:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.lsa import LsaSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words

        cls = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "lsa": LsaSummarizer}
        summarizer = cls[name](Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        document = _sumy_document(documents)
        sentences = list(document.sentences)
        if not sentences:
            return []
        captured: dict[str, Any] = {}

        def grab(sents: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple:
            captured["rating"] = rating
            captured["extra"] = (args, kwargs)
            return ()

        # sumy rates every sentence, then keeps the top `count` in document order; we
        # keep its ratings and rank by them, so the cut at the budget drops the worst.
        summarizer._get_best_sentences = grab
        summarizer(document, 1)
        rating = captured["rating"]
        args, kwargs = captured["extra"]
        if callable(rating):
            scores = [rating(s, *args, **kwargs) for s in sentences]  # LSA: call in order
        else:
            scores = [rating[s] for s in sentences]
        order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
        return [sentences[i]._text for i in order]

    rank.__name__ = name
    rank.__doc__ = f"sumy 0.13 {name} ratings, best first."
    return rank


lexrank = _sumy_ranker("lexrank")
textrank = _sumy_ranker("textrank")
lsa = _sumy_ranker("lsa")


def centroid(documents: Sequence[RawDocument], words: int) -> list[str]:
    """Sentences by TF-IDF cosine to the cluster centroid, skipping near-duplicates
    (cosine > 0.5 to one already taken), as in Radev et al.'s MEAD centroid score."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    sents = [s for doc in _sentences(documents) for s in doc]
    if not sents:
        return []
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(sents)
    scores = cosine_similarity(matrix, matrix.mean(axis=0).A).ravel()
    sims = cosine_similarity(matrix)
    out: list[int] = []
    for i in sorted(range(len(sents)), key=lambda i: (-scores[i], i)):
        if all(sims[i, j] <= 0.5 for j in out):
            out.append(i)
    return [sents[i] for i in out]


BASELINES: dict[str, Ranker] = {
    "lead": lead,
    "lexrank": lexrank,
    "textrank": textrank,
    "lsa": lsa,
    "centroid": centroid,
}
