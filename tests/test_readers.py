import datetime as dt
import gzip
import json
import shutil

import pytest

import dossier
from dossier.errors import InputError
from tests.conftest import EXAMPLE, FIXTURES


def test_plain_text_title_byline_and_boilerplate():
    [article] = dossier.read(FIXTURES / "plain.txt")
    assert article.title == "Library Reopens After Flood Repairs"
    assert article.author == "Jane Roe"
    assert article.outlet == "The River Gazette"
    assert article.published == dt.date(2022, 3, 8)
    assert article.date_source == "byline"
    assert "Placeholder Photo" not in article.text and "Share this" not in article.text
    assert article.text.startswith("The city library reopened on Monday")
    assert "By the time the doors opened" in article.text


def test_html_body_and_metadata():
    [article] = dossier.read(FIXTURES / "article.html")
    assert article.title == "Harbour Council Approves New Ferry Route"
    assert article.published == dt.date(2021, 3, 4)
    assert article.outlet == "The Coastal Ledger"
    assert "ending two years of debate" in article.text
    assert "Subscribe" not in article.text and "©" not in article.text


def test_json_and_jsonl_fields(tmp_path):
    record = {
        "text": "Officials in the port city said the strike ended after nine days of talks.",
        "title": "Strike Ends",
        "published": "2020-05-01",
        "outlet": "Port News",
        "url": "https://example.org/a",
        "author": "R. Diaz",
    }
    (tmp_path / "one.json").write_text(json.dumps(record))
    [article] = dossier.read(tmp_path / "one.json")
    assert (article.title, article.outlet, article.published) == (
        "Strike Ends",
        "Port News",
        dt.date(2020, 5, 1),
    )
    assert article.text == record["text"]
    lines = [
        json.dumps(record),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(record | {"text": record["text"] + " Ferries resumed at dawn."}),
    ]
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt") as fh:
        fh.write("\n".join(lines) + "\n")
    result = dossier.read_all(path)
    assert len(result.articles) == 2
    problems = {s.path: s.problem for s in result.skipped}
    assert any(p.endswith(":2") and "malformed JSON" in m for p, m in problems.items())
    assert any(p.endswith(":3") and "no text field" in m for p, m in problems.items())


def test_manifest_overrides_detected_metadata(korea_articles):
    assert [(a.outlet, a.published.isoformat()) for a in korea_articles] == [
        ("The New York Times", "2017-06-15"),
        ("The New York Times", "2017-07-03"),
        ("ThinkProgress", "2017-07-11"),
    ]
    assert all(a.date_source == "manifest" for a in korea_articles)
    assert all(a.url.startswith("https://") for a in korea_articles)


def test_ids_are_stable_and_content_derived(tmp_path, korea_articles):
    shutil.copytree(EXAMPLE, tmp_path / "copy")
    again = dossier.read(tmp_path / "copy")
    assert [a.id for a in again] == [a.id for a in korea_articles]
    assert len({a.id for a in again}) == 3


def test_directory_and_glob_report_unsupported_files(tmp_path):
    shutil.copy(FIXTURES / "plain.txt", tmp_path / "a.txt")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    result = dossier.read_all(tmp_path)
    assert len(result.articles) == 1
    assert [s.path for s in result.skipped] == [str(tmp_path / "b.pdf")]
    assert len(dossier.read_all(str(tmp_path / "*.txt")).articles) == 1
    assert "no files match" in dossier.read_all(str(tmp_path / "*.xml")).skipped[0].problem


def test_manifest_errors_are_reported(tmp_path):
    shutil.copy(FIXTURES / "plain.txt", tmp_path / "ok.txt")
    manifest = {
        "story": "s",
        "articles": [
            {"path": "ok.txt", "outlet": "X", "published": "2022-03-09"},
            {"path": "missing.txt"},
            {"path": "../../etc/passwd"},
        ],
    }
    (tmp_path / "bundle.json").write_text(json.dumps(manifest))
    result = dossier.read_all(tmp_path)
    assert [a.outlet for a in result.articles] == ["X"]
    assert result.articles[0].published == dt.date(2022, 3, 9)
    assert result.story == "s"
    problems = [s.problem for s in result.skipped]
    assert "listed in the manifest but no such file" in problems[0]
    assert "outside the bundle" in problems[1]


def test_read_raises_on_first_bad_input(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        dossier.read(tmp_path / "nope.txt")


def test_overlong_article_is_refused_with_its_size(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Title\n" + "The council met again today. " * 40_000)
    result = dossier.read_all(path)
    assert not result.articles
    assert "over the 1,000,000 limit" in result.skipped[0].problem
