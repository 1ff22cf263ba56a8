import codecs

import pytest

from dossier.errors import InputError
from dossier.ingest.decode import decode_text, read_bytes

TEXT = "Café owners said the “new” rules — announced in Zürich — cost €3,000."


def test_utf8_with_and_without_bom_decode_the_same():
    plain = TEXT.encode("utf-8")
    assert decode_text(plain, "a.txt") == TEXT
    assert decode_text(codecs.BOM_UTF8 + plain, "a.txt") == TEXT


def test_windows_1252_falls_back():
    assert decode_text(TEXT.encode("cp1252"), "a.txt") == TEXT


def test_utf16_with_bom():
    assert decode_text(TEXT.encode("utf-16"), "a.txt") == TEXT


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (b"%PDF-1.7 binary", "binary file"),
        (b"\x89PNG\r\n\x1a\n....", "binary file"),
        (b"abc\x00def\x00", "binary file"),
        (b"caf\xe9 \x81\x8d bad", "undecodable bytes"),
    ],
)
def test_bad_bytes_are_named(data, problem):
    with pytest.raises(InputError) as info:
        decode_text(data, "bad.txt")
    assert info.value.path == "bad.txt"
    assert problem in info.value.problem


def test_oversized_file_is_refused_not_truncated(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(InputError, match="over the"):
        read_bytes(path, limit=100)
