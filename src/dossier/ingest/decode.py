"""Turn file bytes into text, refusing binary data and undecodable bytes.

News files arrive as UTF-8, UTF-8 with a BOM, UTF-16 with a BOM, or Windows-1252
(older CMS exports). Guessing wider than that invents characters, so anything else is
reported instead of decoded.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from dossier.errors import InputError

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest single input file read whole; bigger files are refused, not truncated."""

_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a file whole, bounded so a huge file cannot exhaust memory."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from None
    if size > limit:
        raise InputError(str(path), f"file is {size:,} bytes, over the {limit:,}-byte limit")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from None


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1252."""
    if not data.strip():
        raise InputError(name, "empty file")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(name, f"binary file ({what}), not text")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "undecodable bytes after a UTF-16 byte-order mark") from None
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file (contains NUL bytes), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError(
                name, f"undecodable bytes at offset {exc.start}: not UTF-8 or Windows-1252"
            ) from None
    if _control_ratio(text) > 0.05:
        raise InputError(name, "binary file (mostly control characters), not text")
    return text


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(len(sample), 1)
