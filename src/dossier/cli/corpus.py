"""Corpus commands: ``ingest``, ``stories``, ``search``, ``entities``, ``quotes``, ``export``.

Each opens the DuckDB store, calls one function of ``dossier.corpus``, and prints.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

DB_OPTION = click.option(
    "--db",
    "db",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="DuckDB store file.",
)


def _open(db: Path):
    from dossier.corpus.store import Store
    from dossier.errors import InputError

    if not db.exists():
        raise InputError(str(db), "no such store; create it with `dossier ingest PATH --db FILE`")
    return Store(db, read_only=True)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Local processes for the analysis stage.")
@click.option("--dask", "dask", default=None, metavar="ADDRESS",
              help="Run analysis on a Dask scheduler at ADDRESS, or 'local' for a LocalCluster.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=32, show_default=True,
              help="Articles per analysis batch and per store transaction.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest_command(
    paths: tuple[str, ...], db: Path, workers: int, dask: str | None, batch_size: int,
    quiet: bool,
) -> None:
    """Analyse articles in PATHS once each and store them in the DuckDB file --db.

    Idempotent and resumable: articles already stored (same content id) are skipped,
    so an interrupted run continues where it stopped when run again. Bad records
    are reported on stderr, one line each, and kept in the `skipped` table; the good
    ones are still stored, and the exit code is then 2.

    \b
    Examples:
      dossier ingest feeds/*.jsonl.gz --db news.duckdb
      dossier ingest articles/ --db news.duckdb --workers 2
      dossier ingest big.jsonl --db news.duckdb --dask local
    """
    try:
        skipped = _ingest_with_progress(paths, db, workers, dask, batch_size, quiet)
    except KeyboardInterrupt:
        click.echo("dossier: interrupted; run the same command again to resume", err=True)
        sys.exit(130)
    if skipped:
        sys.exit(2)  # as `brief`: bad input was given, even though the rest was stored


def _ingest_with_progress(
    paths: tuple[str, ...], db: Path, workers: int, dask: str | None, batch_size: int,
    quiet: bool,
) -> int:
    """Ingest, report, and return how many records were skipped."""
    from dossier.corpus.ingest import count_records, ingest

    if quiet or not sys.stderr.isatty():
        report = ingest(list(paths), db, workers=workers, dask=dask, batch_size=batch_size)
    else:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        total = count_records(list(paths))
        columns = (
            TextColumn("[progress.description]{task.description}"), BarColumn(),
            MofNCompleteColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[rate]:>7} art/s"), TimeElapsedColumn(),
            TextColumn("ETA"), TimeRemainingColumn(),
        )
        with Progress(*columns, transient=False) as bar:
            task = bar.add_task("Ingesting", total=total or None, rate="-")

            def advance(done: int, step: int) -> None:
                elapsed = bar.tasks[task].elapsed or 0.0
                rate = f"{done / elapsed:.1f}" if elapsed else "-"
                bar.update(task, advance=step, rate=rate)

            report = ingest(list(paths), db, workers=workers, dask=dask, batch_size=batch_size,
                            progress=advance)
    for skipped in report.skipped:
        click.echo(f"dossier: skipped {skipped.path}: {skipped.problem}", err=True)
    if not quiet:
        click.echo(
            f"stored {report.stored} articles ({report.duplicates} duplicates marked), "
            f"{report.already_stored} already stored, {len(report.skipped)} skipped, "
            f"{report.seconds:.1f}s ({report.articles_per_second:.1f} articles/s)"
        )
    return len(report.skipped)


@click.command("stories")
@DB_OPTION
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--min-size", type=int, default=1, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def stories_command(db: Path, limit: int, min_size: int, as_json: bool) -> None:
    """List stories: id, size, independent sources, date range, outlets, headline.

    \b
    Example:
      dossier stories --db news.duckdb --min-size 3
    """
    import dataclasses
    import json

    with _open(db) as store:
        for story in store.stories(limit=limit, min_size=min_size):
            if as_json:
                click.echo(json.dumps(dataclasses.asdict(story), default=str))
                continue
            dates = f"{story.first_date or '?'}..{story.last_date or '?'}"
            outlets = ", ".join(story.outlets[:4]) + (" …" if len(story.outlets) > 4 else "")
            click.echo(
                f"{story.id}  {story.size:4d} art {story.independent_sources:3d} src  {dates}  "
                f"{story.headline or ''}  [{outlets}]"
            )


@click.command("search")
@DB_OPTION
@click.argument("text")
@click.option("--limit", type=int, default=20, show_default=True)
def search_command(db: Path, text: str, limit: int) -> None:
    """Full-text search (BM25 over the store's own term index).

    \b
    Example:
      dossier search --db news.duckdb "ballistic missile launch"
    """
    from dossier.corpus.store import search_terms

    if not search_terms(text):
        raise click.BadParameter(f"{text!r} has no searchable words", param_hint="TEXT")
    with _open(db) as store:
        for article_id, title, score in store.search(text, limit=limit):
            click.echo(f"{score:8.3f}  {article_id}  {title or ''}")


@click.command("entities")
@DB_OPTION
@click.argument("name")
@click.option("--limit", type=int, default=50, show_default=True)
def entities_command(db: Path, name: str, limit: int) -> None:
    """Mentions of entities whose name contains NAME, with article id and span.

    \b
    Example:
      dossier entities --db news.duckdb "Xi Jinping"
    """
    with _open(db) as store:
        for m in store.entities(name, limit=limit):
            click.echo(f"{m.article_id}:{m.start}-{m.end}  {m.label:7} {m.text}")


@click.command("quotes")
@DB_OPTION
@click.argument("speaker")
@click.option("--limit", type=int, default=50, show_default=True)
def quotes_command(db: Path, speaker: str, limit: int) -> None:
    """Quotes attributed to a speaker whose name contains SPEAKER.

    \b
    Example:
      dossier quotes --db news.duckdb Trump
    """
    from dossier.analyze.quotes import spoken_words

    with _open(db) as store:
        quotes = store.quotes_by(speaker, limit=limit)
        texts = store.article_texts(q.article_id for q in quotes)
        for q in quotes:
            words = spoken_words(q, texts[q.article_id]) if q.article_id in texts else q.text
            said = f"{words} (paraphrase)" if q.kind == "indirect" else f"“{words}”"
            click.echo(f"{q.article_id}:{q.start}-{q.end}  {q.speaker}: {said}")


@click.command("export")
@DB_OPTION
@click.option("--parquet", "parquet", required=True,
              type=click.Path(file_okay=False, path_type=Path), help="Output directory.")
def export_command(db: Path, parquet: Path) -> None:
    """Write every table of the store as Parquet files (one per table).

    \b
    Example:
      dossier export --db news.duckdb --parquet out/parquet
    """
    with _open(db) as store:
        for path in store.export_parquet(parquet):
            click.echo(str(path))


COMMANDS = [
    ingest_command, stories_command, search_command, entities_command, quotes_command,
    export_command,
]
