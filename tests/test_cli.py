"""The CLI as a user runs it: real subprocesses, real files, exit codes and stderr."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, FIXTURES

DOSSIER = [sys.executable, "-m", "dossier"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*DOSSIER, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def assert_one_clear_line(proc: subprocess.CompletedProcess, path_part: str, problem: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert path_part in lines[0] and problem in lines[0], lines[0]


def test_brief_example_writes_three_valid_files(tmp_path):
    proc = run("brief", str(EXAMPLE), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    written = proc.stdout.split()
    assert sorted(Path(p).name for p in written) == [
        "briefing.html",
        "briefing.json",
        "briefing.md",
    ]
    data = json.loads((tmp_path / "out" / "briefing.json").read_text())
    schema = json.loads(run("schema").stdout)
    import jsonschema

    jsonschema.validate(data, schema)
    assert data["story"].startswith("Trump presses China")
    html = (tmp_path / "out" / "briefing.html").read_text()
    assert "Content-Security-Policy" in html and "<script src" not in html and "http-equiv" in html


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: _write(d / "empty.txt", b""), "empty file"),
        (lambda d: _write(d / "bin.txt", b"\x7fELF\x02\x01\x01\x00\x00"), "binary file"),
        (
            lambda d: _write(
                d / "latin.txt", "Caf\u00e9 news ".encode("utf-8") + b"\x81\x8d\x9d" * 3
            ),
            "undecodable",
        ),
        (lambda d: _write(d / "bad.json", b'{"text": "unterminated'), "malformed JSON"),
        (lambda d: _write(d / "feed.jsonl", b'{"text": broken}\n'), "malformed JSON"),
        (
            lambda d: _write(d / "page.html", b"<html><body><nav>Home</nav></body></html>"),
            "no article text",
        ),
        (lambda d: _write(d / "short.txt", b"Hello there.\n"), "only 2 words"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, make, problem):
    path = make(tmp_path)
    proc = run("brief", str(path), "--out", str(tmp_path / "out"))
    assert_one_clear_line(proc, path.name, problem)


def test_manifest_naming_a_missing_file(tmp_path):
    (tmp_path / "bundle.json").write_text(json.dumps({"articles": [{"path": "gone.txt"}]}))
    proc = run("brief", str(tmp_path / "bundle.json"), "--out", str(tmp_path / "out"))
    assert_one_clear_line(proc, "gone.txt", "no such file")


def test_good_files_still_briefed_when_one_is_bad(tmp_path):
    shutil.copytree(EXAMPLE, tmp_path / "bundle")
    shutil.copy(FIXTURES / "plain.txt", tmp_path / "plain.txt")
    _write(tmp_path / "broken.txt", b"\x00\x01\x02")
    proc = run(
        "brief",
        str(tmp_path / "bundle"),
        str(tmp_path / "plain.txt"),
        str(tmp_path / "broken.txt"),
        "--out",
        str(tmp_path / "out"),
        "--format",
        "json",
    )
    assert proc.returncode == 2
    assert "broken.txt" in proc.stderr and "Traceback" not in proc.stderr
    data = json.loads((tmp_path / "out" / "briefing.json").read_text())
    assert len(data["articles"]) == 4
    assert [s["path"] for s in data["skipped"]] == [str(tmp_path / "broken.txt")]


def test_unknown_format_is_a_usage_error(tmp_path):
    proc = run("brief", str(EXAMPLE), "--format", "pdf", "--out", str(tmp_path))
    assert proc.returncode == 2 and "unknown format" in proc.stderr


def test_help_has_examples():
    for command in ([], ["brief"], ["schema"]):
        proc = run(*command, "--help")
        assert proc.returncode == 0 and "Example" in proc.stdout


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_file_that_is_not_a_store_is_one_line_and_exit_2(tmp_path):
    import duckdb

    not_duckdb = tmp_path / "notes.duckdb"
    not_duckdb.write_text("meeting notes, not a database\n")
    foreign = tmp_path / "other.duckdb"
    with duckdb.connect(str(foreign)) as con:
        con.execute("CREATE TABLE t (x INTEGER)")
    for db, problem in ((not_duckdb, "cannot open the store"), (foreign, "not a Dossier store")):
        assert_one_clear_line(run("stories", "--db", str(db)), db.name, problem)
        assert_one_clear_line(run("quotes", "--db", str(db), "Costa"), db.name, problem)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "Flood waters rose in Lisbon on Monday."}) + "\n")
    proc = run("ingest", str(feed), "--db", str(not_duckdb), "-q")
    assert_one_clear_line(proc, not_duckdb.name, "cannot open the store")


def test_a_search_without_searchable_words_is_a_usage_error(tmp_path):
    proc = run("search", "--db", str(tmp_path / "news.duckdb"), "!!")
    assert proc.returncode == 2 and "no searchable words" in proc.stderr
    assert "Traceback" not in proc.stderr
