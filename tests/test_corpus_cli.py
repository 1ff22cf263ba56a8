"""The corpus commands end to end: ingest, stories, search, entities, quotes, export, brief."""

from __future__ import annotations

import json

import duckdb
from click.testing import CliRunner

from dossier.cli import main

ARTICLES = [
    {"text": "Flood waters rose in Lisbon on Monday.\n“We are evacuating the river bank,” said "
             "Maria Costa, the civil protection chief.\nThe flood closed two bridges.",
     "title": "Flood hits Lisbon", "outlet": "Ledger", "published": "2024-03-04"},
    {"text": "The flood in Lisbon closed two bridges and the river bank was evacuated.\n"
             "“The water is still rising,” said Maria Costa on Tuesday.",
     "title": "Lisbon flood closes bridges", "outlet": "Courier", "published": "2024-03-05"},
]


def test_ingest_then_query_export_and_brief_a_story(tmp_path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES) + "not json\n")
    db = str(tmp_path / "news.duckdb")
    runner = CliRunner()

    result = runner.invoke(main, ["ingest", str(feed), "--db", db])
    assert result.exit_code == 2, result.output  # bad input given: exit 2, the rest stored
    assert "stored 2 articles" in result.output
    skipped = [line for line in result.output.splitlines() if "malformed JSON" in line]
    assert len(skipped) == 1 and skipped[0].startswith(f"dossier: skipped {feed}")

    again = runner.invoke(main, ["ingest", str(feed), "--db", db, "-q"])
    assert again.exit_code == 2 and "stored" not in again.output

    feed.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    clean = runner.invoke(main, ["ingest", str(feed), "--db", db, "-q"])
    assert clean.exit_code == 0 and clean.output == ""

    stories = runner.invoke(main, ["stories", "--db", db, "--json"])
    rows = [json.loads(line) for line in stories.output.splitlines()]
    assert [(r["size"], r["outlets"]) for r in rows] == [(2, ["Courier", "Ledger"])]

    search = runner.invoke(main, ["search", "--db", db, "water rising"])
    assert search.output.splitlines()[0].split()[2:] == ["Lisbon", "flood", "closes", "bridges"]

    quotes = runner.invoke(main, ["quotes", "--db", db, "costa"])
    assert "Maria Costa" in quotes.output

    out = tmp_path / "pq"
    assert runner.invoke(main, ["export", "--db", db, "--parquet", str(out)]).exit_code == 0
    assert duckdb.sql(f"SELECT count(*) FROM '{out / 'articles.parquet'}'").fetchall() == [(2,)]

    brief = runner.invoke(main, ["brief", "--db", db, "--story", rows[0]["id"],
                                 "--out", str(tmp_path / "b"), "--format", "json", "-q"])
    assert brief.exit_code == 0, brief.output
    briefing = json.loads((tmp_path / "b" / "briefing.json").read_text())
    assert len(briefing["articles"]) == 2
    assert briefing["story"] == rows[0]["headline"]


def test_quotes_lookup_shows_the_spoken_words_without_the_cue(tmp_path) -> None:
    """A split quote comes back as the words said, the cue left out and marked; reported
    speech is marked as paraphrase."""
    feed = tmp_path / "feed.jsonl"
    text = ("The council met on Monday.\n“The budget is fair,” said Maria Costa, the mayor, "
            "“and it will pass.”\nCosta said the vote would come in May.")
    feed.write_text(json.dumps({"text": text, "title": "Budget", "outlet": "Ledger",
                                "published": "2024-03-04"}) + "\n")
    db = str(tmp_path / "news.duckdb")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(feed), "--db", db, "-q"]).exit_code == 0
    lines = runner.invoke(main, ["quotes", "--db", db, "costa"]).output.splitlines()
    assert any(line.endswith("Maria Costa: “The budget is fair, … and it will pass.”")
               for line in lines), lines
    assert any("the vote would come in May (paraphrase)" in line for line in lines), lines
