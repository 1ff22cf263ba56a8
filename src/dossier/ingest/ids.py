"""Stable article ids: the same cleaned text always gets the same id."""

from __future__ import annotations

import hashlib
import re

_WS = re.compile(r"\s+")


def article_id(text: str) -> str:
    """First 16 hex digits of SHA-256 over the whitespace-normalised body."""
    normalised = _WS.sub(" ", text).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]
