"""Words the tokenizer splits at a hyphen ('co-author', 're-engineer') are one word.

spaCy cuts 'co-sponsor of the bill' into 'co', '-', 'sponsor' and often hangs the pieces
on different heads, so a span taken from one piece's subtree stops at 'co' (a speaker
described as 'co') or a clause stops at 're' ('would re'). A span that ends right before
a hyphen glued to both neighbours goes on over the next piece and what hangs on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_HYPHENS = {"-", "‐", "‑"}


def past_hyphens(doc: Doc, last: int, limit: int | None = None) -> int:
    """Index of the span's last token once ``doc[last]`` is followed by glued hyphenated
    pieces; never past ``limit`` (exclusive) or the sentence of ``doc[last]``."""
    stop = min(limit if limit is not None else len(doc), doc[last].sent.end)
    while (
        last + 2 < stop
        and doc[last].whitespace_ == ""
        and doc[last + 1].text in _HYPHENS
        and doc[last + 1].whitespace_ == ""
        and doc[last + 2].is_alpha
    ):
        piece = doc[last + 2]
        edge = piece.right_edge.i  # what hangs on the piece, unless it heads the span itself
        if piece in doc[last].ancestors or piece.dep_ == "ROOT":
            edge = piece.i
        last = max(last + 2, min(edge, stop - 1))
    return last
