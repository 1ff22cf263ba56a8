"""Sentence selection for extractive multi-document summaries: concept coverage by ILP.

The core follows Gillick & Favre's ICSI summariser (2009): concepts are stemmed word
bigrams; a concept's weight is the number of documents that contain it (what several
sources report counts more than what one source repeats); the summary is the set of
sentences that maximises the total weight of the concepts it covers within the length
budget, solved exactly as an integer linear programme (``scipy.optimize.milp``). Each
concept counts once however many chosen sentences contain it, so redundancy costs
budget and buys nothing; pairs of near-duplicate sentences are also forbidden outright.

Additions to ICSISumm, all unsupervised: a document's lead sentences count double when
weighting concepts (the news lead states the event); with fewer than three documents,
frequency within them stands in for agreement between them; a sentence that opens with
a pronoun or connective ("He said...", "But...") may only be chosen together with the
sentence before it, so it always follows its antecedent; questions, quotes without their
speaker and page furniture are never chosen; a trailing attribution of a reported fact
(", officials said.") can be dropped to save words. The numeric settings below are the
handful of global settings chosen on the evaluation sets (listed in bench/RESULTS.md).

The module knows nothing of spaCy or briefings: it takes sentences as plain strings with
their document and position, so the same core serves ``summary.summarize`` (spaCy
sentence spans) and the evaluation on raw cluster documents (``split_sentences``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from dossier.story.captions import is_caption

# Opening words that need an antecedent in the previous sentence.
DANGLING_START = re.compile(
    r"^[\"'“‘(]*(he|she|it|they|him|them|his|her|hers|its|their|theirs|this|that|these|"
    r"those|but|and|or|so|also|still|yet|however|meanwhile|instead|then|thus|therefore|"
    r"moreover|furthermore|besides|otherwise|nevertheless|nonetheless|likewise|similarly|"
    r"accordingly|consequently|hence|later|afterward|afterwards|there|here|such|both|"
    r"neither|another|others|the\s+latter|the\s+former|the\s+other)\b",
    re.IGNORECASE,
)
# Phrases that point back to something the sentence does not say itself.
NEEDS_CONTEXT = re.compile(
    r"\b(said|says|say|did|do|does) (as much|so)\b|\bthe (same|latter|former)\b", re.IGNORECASE
)
# A bare role naming someone the previous sentence introduced: "The president, Moon
# Jae-in, halted ..." reads as another president without "South Korea's new leader".
_ROLE_APPOSITION = re.compile(r"^[\"'“‘(]*[Tt]he(\s+[a-z][a-z-]*){1,2},\s+[A-Z]")
_OPENS_QUOTE = re.compile(r"^[\"“]")
# A first straight mark right after punctuation ends a quotation ('... here," he said.').
_CLOSES_QUOTE = re.compile(r"^[^\"]*[.,!?]\"(?:\s|$)")
_ATTRIBUTION = re.compile(
    r"\b(said|says|told|tells|according to|asked|added|wrote|writes|stated)\b", re.IGNORECASE
)
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:he|she|they|it|we|i)\s+(?:\w+\s+)?(?:said|says|added|told|wrote|stated|asked)\b",
    re.IGNORECASE,
)
_OPENER_THEN_PRONOUN = re.compile(r"^([^,]{3,90}),\s+(?:he|she|they|his|her|their)\b")
# A capitalised word that is not a calendar word: a name the pronoun can point to.
_NAME = re.compile(
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+"
    r"|\b[A-Z]{2,}\b"
)
_WORD = re.compile(r"[a-z0-9]+")
# Web page furniture that survives text extraction: archive and embed notices, rights
# and subscription lines. Never the news itself.
_FURNITURE = re.compile(
    r"\b(internet archive|wayback machine|crawl data|your tweets?|tweet location|"
    r"third-party applications|non-commercial use|all rights reserved|copyright|reprints|"
    r"subscribe|newsletters?|view (?:all|images?|photos?|gallery|comments)|cookies|javascript|"
    r"your browser|click here|sign up|log in|"
    r"please try again|this (page|site|website)|terms of (use|service)|privacy policy)\b",
    re.IGNORECASE,
)
# A trailing ", <speaker> said (Tuesday)." whose speaker is named (not a pronoun).
_TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?!(?:he|she|they|it|we|i)\s)(?:[A-Za-z][^,;\"“”]{0,60}?)\s+"
    r"(?:said|says|reported|announced)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?(?:\s+in\s+a\s+statement)?\.$"
)
# A wire dateline opening a story's first paragraph: a place in capitals ("SEOUL, South
# Korea — ") or any place before an agency in brackets ("Washington (CNN) -- ",
# "(Reuters) - "). It says where the story was filed, not what happened.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+){0,3}(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\(\s*[A-Za-z][\w.&' -]{0,24}\))?"
    r"|(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?\s*)?"
    r"\(\s*[A-Za-z][\w.&' -]{0,24}\))"
    r"\s*(?:--|[-—–_])\s+(?=[\"“‘'A-Z0-9])"
)
# A quotation within one paragraph: curly marks paired, or straight ones.
_QUOTATION = re.compile(r"“[^”“]*”|\"[^\"]*\"")
_FIRST_SECOND_PERSON = re.compile(r"\b(i|we|our|ours|us|my|me|you|your)\b", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”]|''|``")
_END = re.compile(r"[.!?][\"'”’)]*$")


@dataclass(frozen=True)
class SelectSettings:
    """The global settings of the selector. Values marked * were chosen by comparing a
    few alternatives on DUC 2004 / Multi-News (see bench/RESULTS.md); the rest were set
    once from the ICSI paper or by reasoning and never varied."""

    min_words: int = 6  # * shortest candidate sentence (8 and 10 tried)
    max_words: int = 55  # longest candidate sentence (70 tried, no change)
    lead_sentences: int = 3  # * a document's lead (5 tried)
    lead_bonus: float = 1.0  # * extra credit for a concept in a lead (0, 0.5, 2 tried)
    min_doc_freq: int = 2  # * documents (or mentions, few documents) a concept needs (3 tried)
    max_concepts: int = 250  # strongest concepts kept (500, 1000 tried: no better)
    duplicate_cosine: float = 0.5  # content cosine above which two sentences repeat
    time_limit: float = 10.0  # solver safety net; every DUC/Multi-News programme solves first
    compress: bool = True  # * drop trailing attributions of reported facts (raw path)
    link_dependent: bool = True  # * pronoun/connective openers allowed after their antecedent
    repeat_weight: float = 0.5  # * with < 3 documents: a repeat counts half an agreement
    min_doc_sentences: int = 3  # a document counts for agreement with >= 3 usable sentences
    max_candidates: int = 150  # strongest sentences given to the solver (speed)


@dataclass
class Unit:
    """One candidate sentence: its text, which document it is from, and where."""

    text: str
    doc: int
    position: int
    inside_quote: bool = False  # starts within a quotation opened in an earlier sentence
    words: int = field(init=False)
    bytes: int = field(init=False)

    def __post_init__(self) -> None:
        self.words = len(self.text.split())
        self.bytes = len(self.text.encode("utf-8"))


def dateline_length(text: str) -> int:
    """Characters of a leading wire dateline ("LONDON (Reuters) - "), 0 if none: the
    sentence that follows it stands on its own and is what a summary should quote."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def compress(text: str, min_words: int = 8) -> str:
    """Drop a leading dateline and a trailing attribution (see ``_drop_attribution``)."""
    return _drop_attribution(text[dateline_length(text) :], min_words)


def _drop_attribution(text: str, min_words: int = 8) -> str:
    """Drop a trailing attribution (", the commission said Saturday.") from a reported
    fact, keeping the words otherwise intact. Quotes keep theirs: a sentence with quote
    marks or first/second-person words is somebody's statement, not a fact."""
    m = _TRAILING_ATTRIBUTION.search(text)
    if not m or _QUOTE_MARK.search(text):
        return text
    kept = text[: m.start()]
    if len(kept.split()) < min_words or _FIRST_SECOND_PERSON.search(kept):
        return text
    return kept + "."


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from dossier.stopwords import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "mr", "mrs", "ms"}


@lru_cache(maxsize=1)
def _porter():
    from dossier._vendor.porter import PorterStemmer

    return PorterStemmer(mode=PorterStemmer.MARTIN_EXTENSIONS)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _porter().stem(word) if len(word) > 3 else word


def words(text: str) -> list[str]:
    """Lower-cased alphanumeric words (hyphens split words, as ROUGE does)."""
    return _WORD.findall(text.lower())


@lru_cache(maxsize=50_000)
def concepts(text: str) -> frozenset[tuple[str, str]]:
    """Stemmed bigrams of a sentence, leaving out those made only of stopwords."""
    stop = _stopwords()
    ws = words(text)
    stems = [stem(w) for w in ws]
    return frozenset(
        (stems[i], stems[i + 1])
        for i in range(len(ws) - 1)
        if not (ws[i] in stop and ws[i + 1] in stop)
    )


def content_stems(text: str) -> Counter[str]:
    stop = _stopwords()
    return Counter(stem(w) for w in words(text) if w not in stop)


def continues_quote(text: str) -> bool:
    """Closes a quotation opened in an earlier sentence ('I did not want to hear it."'):
    on its own it is somebody's words with neither the speaker nor the opening."""
    text = text.strip()
    curly_open, curly_close = text.count("“"), text.count("”")
    if curly_close > curly_open:
        return True
    straight = text.count('"')
    return bool(straight % 2 and not curly_open and _CLOSES_QUOTE.match(text))


def _names_speaker(text: str) -> bool:
    """Says who is speaking by name ('..., the mayor said'), not by a pronoun."""
    return bool(_ATTRIBUTION.search(text)) and not _PRONOUN_SPEAKER.search(text)


def _names_someone(text: str) -> bool:
    """A capitalised word outside quotation marks that is not a function or calendar
    word: a name a later pronoun can point to ("Police", "Trump", "Krystal's")."""
    stop = _stopwords()
    outside = _QUOTATION.sub(" ", text)
    outside = re.split(r"[\"“]", outside, maxsplit=1)[0] if outside.count('"') % 2 else outside
    return any(w.lower() not in stop for w in _NAME.findall(outside))


def pronoun_subject_after_opener(text: str) -> bool:
    """"In the same statement, he came out ...": an opening phrase with no name in it,
    then a pronoun as the subject; the person is in an earlier sentence."""
    m = _OPENER_THEN_PRONOUN.match(text)
    if m is None or _OPENS_QUOTE.match(text):
        return False
    return not _names_someone(m.group(1))


def bare_pronoun_speaker(text: str) -> bool:
    """Told by "he said" / "she told reporters" with nobody named before it: the
    speaker is in an earlier sentence ('"We lost a leader," he said.')."""
    m = _PRONOUN_SPEAKER.search(text)
    return m is not None and not _names_someone(text[: m.start()])


def needs_previous(text: str) -> bool:
    """Opens with a pronoun or connective (or a phrase and then a pronoun subject), points
    back ("said as much"), is told by a bare "he said", or ends a quotation begun before
    it without naming its speaker: the sentence only makes sense right after the one
    before it."""
    text = text.strip()
    return bool(
        DANGLING_START.match(text)
        or NEEDS_CONTEXT.search(text)
        or _ROLE_APPOSITION.match(text)
        or pronoun_subject_after_opener(text)
        or bare_pronoun_speaker(text)
        or (continues_quote(text) and not _names_speaker(text))
    )


def depends_on_previous(unit: Unit) -> bool:
    """``needs_previous``, or a sentence in the middle of somebody's quotation (its marks
    are in other sentences) that does not name the speaker: on its own it would read as
    the narrator's words."""
    return needs_previous(unit.text) or (unit.inside_quote and not _names_speaker(unit.text))


def inside_quotations(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each sentence span of ``text``, whether it starts inside a quotation that
    opened before it in the same paragraph ('“We are 15 days out. Maybe it is noise.”')."""
    ranges: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        ranges.extend((pos + m.start(), pos + m.end()) for m in _QUOTATION.finditer(line))
        pos += len(line) + 1
    return [any(s < start < e - 1 for s, e in ranges) for start, _ in spans]


def eligible(unit: Unit, settings: SelectSettings, standalone: bool = True) -> bool:
    """A sentence that can go in a summary: complete, of useful length, not a question,
    not a quote without its speaker, not page furniture; with ``standalone``, also no
    dangling opener or back-reference."""
    text = unit.text.strip()
    if not settings.min_words <= unit.words <= settings.max_words:
        return False
    if not _END.search(text) or text.rstrip("\"'”’)").endswith("?"):
        return False
    if _OPENS_QUOTE.match(text) and not _ATTRIBUTION.search(text):
        return False
    if _FURNITURE.search(text) or is_caption(text):
        return False
    return not (standalone and depends_on_previous(unit))


def concept_weights(units: Sequence[Unit], settings: SelectSettings) -> dict[tuple, float]:
    """Concept -> weight: documents containing it, plus a bonus for a document's lead."""
    # Agreement between documents only means something between real articles: a stub of
    # page furniture or a two-line teaser does not count as a document here.
    sizes = Counter(u.doc for u in units if eligible(u, settings, standalone=False))
    n_docs = sum(1 for n in sizes.values() if n >= settings.min_doc_sentences)
    per_doc: dict[tuple, dict[int, float]] = defaultdict(dict)
    tf: Counter[tuple] = Counter()
    for u in units:
        lead = u.position < settings.lead_sentences
        for c in sorted(concepts(u.text)):
            tf[c] += 1
            credit = 1.0 + (settings.lead_bonus if lead else 0.0)
            per_doc[c][u.doc] = max(per_doc[c].get(u.doc, 0.0), credit)
    weights: dict[tuple, float] = {}
    for c, docs in per_doc.items():
        # With few documents, frequency within them has to stand in for agreement.
        support = len(docs) if n_docs >= 3 else tf[c]
        if support >= settings.min_doc_freq:
            repeats = 0.0 if n_docs >= 3 else settings.repeat_weight * (tf[c] - len(docs))
            weights[c] = sum(docs.values()) + repeats
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[: settings.max_concepts]
    return dict(top)


def _duplicate_pairs(texts: Sequence[str], threshold: float) -> list[tuple[int, int]]:
    """Pairs of sentences whose content-word cosine exceeds ``threshold``."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        for w, n in content_stems(text).items():
            rows.append(r)
            cols.append(vocab.setdefault(w, len(vocab)))
            vals.append(float(n))
    if not vocab:
        return []
    x = csr_matrix((vals, (rows, cols)), shape=(len(texts), len(vocab)))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    sims = (x @ x.T).tocoo()
    return sorted(
        (int(i), int(j))
        for i, j, v in zip(sims.row, sims.col, sims.data, strict=True)
        if i < j and v / (norms[i] * norms[j]) > threshold
    )


def select(
    units: Sequence[Unit],
    words_budget: int | None = 100,
    bytes_budget: int | None = None,
    settings: SelectSettings | None = None,
    weights: dict[tuple, float] | None = None,
) -> list[int]:
    """Indices of the chosen units (into ``units``), in chronological/document order.

    ``units`` must list every sentence of every document in order (positions matter);
    only eligible ones are candidates. ``weights`` (from ``concept_weights``) may be
    passed when the caller already has them.
    """
    settings = settings or SelectSettings()
    if weights is None:
        weights = concept_weights(units, settings)
    standalone = not settings.link_dependent
    allowed = _strongest(units, weights, settings.max_candidates)
    cands: list[int] = []
    cand_concepts: list[set[tuple]] = []
    links: list[tuple[int, int]] = []  # (candidate, the candidate it needs right before it)
    slot: dict[int, int] = {}
    for i, u in enumerate(units):
        if i not in allowed:
            continue
        if not (eligible(u, settings, standalone) and _fits(u, words_budget, bytes_budget)):
            continue
        cs = set(concepts(u.text)) & weights.keys()
        if not cs:
            continue
        if depends_on_previous(u):
            prev = slot.get(i - 1)
            if prev is None or units[i - 1].doc != u.doc:
                continue
            links.append((len(cands), prev))
        slot[i] = len(cands)
        cands.append(i)
        cand_concepts.append(cs)
    if not cands:
        return []
    chosen = _solve(
        units, cands, cand_concepts, weights, words_budget, bytes_budget, settings, links
    )
    return sorted(chosen, key=lambda i: (units[i].doc, units[i].position))


def _strongest(units: Sequence[Unit], weights: dict[tuple, float], k: int) -> set[int]:
    """The ``k`` sentences carrying the most concept weight: a smaller, faster programme
    whose optimum is almost always the full one's."""
    totals = [sum(weights.get(c, 0.0) for c in concepts(u.text)) for u in units]
    order = sorted(range(len(units)), key=lambda i: (-totals[i], i))
    return set(order[:k])


def _fits(u: Unit, words_budget: int | None, bytes_budget: int | None) -> bool:
    return (words_budget is None or u.words <= words_budget) and (
        bytes_budget is None or u.bytes <= bytes_budget
    )


def _solve(
    units: Sequence[Unit],
    cands: list[int],
    cand_concepts: list[set[tuple]],
    weights: dict[tuple, float],
    words_budget: int | None,
    bytes_budget: int | None,
    settings: SelectSettings,
    links: list[tuple[int, int]],
) -> list[int]:
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    used = sorted({c for cs in cand_concepts for c in cs})
    col = {c: k for k, c in enumerate(used)}
    m, n = len(used), len(cands)
    # Objective: concept weights; a tiny preference for early sentences breaks ties
    # deterministically towards the lead.
    tie = np.array([1e-3 / (1 + units[i].position) for i in cands])
    cost = -np.concatenate([np.array([weights[c] for c in used]), tie])
    rows, cols, vals, lo, hi = [], [], [], [], []
    r = 0

    def add(entries: list[tuple[int, float]], lower: float, upper: float) -> None:
        nonlocal r
        for c, v in entries:
            rows.append(r)
            cols.append(c)
            vals.append(v)
        lo.append(lower)
        hi.append(upper)
        r += 1

    if words_budget is not None:
        add([(m + j, units[i].words) for j, i in enumerate(cands)], -np.inf, words_budget)
    if bytes_budget is not None:
        # Sentences are joined by one space.
        add([(m + j, units[i].bytes + 1) for j, i in enumerate(cands)], -np.inf, bytes_budget + 1)
    holders: dict[int, list[int]] = defaultdict(list)
    for j, cs in enumerate(cand_concepts):
        for c in sorted(cs):  # sorted: the same programme, hence solution, in every process
            holders[col[c]].append(j)
            add([(m + j, 1.0), (col[c], -1.0)], -np.inf, 0.0)  # sentence in => concept on
    for k, js in sorted(holders.items()):
        add([(k, 1.0)] + [(m + j, -1.0) for j in js], -np.inf, 0.0)  # concept on => a holder
    for j, prev in links:  # a dependent sentence only with the one it follows
        add([(m + j, 1.0), (m + prev, -1.0)], -np.inf, 0.0)
    for a, b in _duplicate_pairs([units[i].text for i in cands], settings.duplicate_cosine):
        add([(m + a, 1.0), (m + b, 1.0)], -np.inf, 1.0)
    matrix = coo_matrix((vals, (rows, cols)), shape=(r, m + n)).tocsr()
    res = milp(
        cost,
        constraints=LinearConstraint(matrix, np.array(lo), np.array(hi)),
        integrality=np.ones(m + n),
        bounds=Bounds(0, 1),
        options={"time_limit": settings.time_limit, "disp": False},
    )
    if res.x is None:
        dependent = {j for j, _ in links}
        alone = [k for k in range(len(cands)) if k not in dependent]
        return _greedy(
            units, [cands[k] for k in alone], [cand_concepts[k] for k in alone], weights,
            words_budget, bytes_budget,
        )  # fmt: skip
    return [cands[j] for j in range(n) if res.x[m + j] > 0.5]


def _greedy(
    units: Sequence[Unit],
    cands: list[int],
    cand_concepts: list[set[tuple]],
    weights: dict[tuple, float],
    words_budget: int | None,
    bytes_budget: int | None,
) -> list[int]:
    """Fallback when the solver finds nothing in time: best gain per word, in turn."""
    covered: set[tuple] = set()
    chosen: list[int] = []
    w = b = 0
    left = list(range(len(cands)))
    while left:
        gains = {
            j: sum(weights[c] for c in cand_concepts[j] - covered) / units[cands[j]].words
            for j in left
        }
        best = max(left, key=lambda j: (gains[j], -j))
        left.remove(best)
        u = units[cands[best]]
        if gains[best] <= 0:
            break
        if (words_budget and w + u.words > words_budget) or (
            bytes_budget and b + u.bytes + 1 > bytes_budget + 1
        ):
            continue
        chosen.append(cands[best])
        covered |= cand_concepts[best]
        w += u.words
        b += u.bytes + 1
    return chosen
