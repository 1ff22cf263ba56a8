"""``dossier brief``: read articles, brief them, write JSON / Markdown / HTML."""

from __future__ import annotations

import sys
from pathlib import Path

import click

PROGRESS_MIN_ARTICLES = 5


@click.command("brief")
@click.argument("paths", nargs=-1)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("briefing"),
    show_default=True,
    help="Directory for briefing.json, briefing.md, briefing.html.",
)
@click.option(
    "--words",
    type=click.IntRange(20, 2000),
    default=120,
    show_default=True,
    help="Length of the summary in words.",
)
@click.option(
    "--format",
    "formats",
    default="json,md,html",
    show_default=True,
    help="Comma-separated output formats: json, md, html.",
)
@click.option(
    "--story", default=None, help="Story name shown in the briefing (default: from bundle.json)."
)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Brief stored story --story ID from this DuckDB store instead of PATHS.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
def brief_command(
    paths: tuple[str, ...],
    out_dir: Path,
    words: int,
    formats: str,
    story: str | None,
    quiet: bool,
    db: Path | None = None,
) -> None:
    """Brief the articles in PATHS: files, directories, globs, .jsonl, .html or bundle.json.

    Inputs that cannot be used are listed on stderr and in the briefing's
    `skipped` list; the others are still briefed, and the exit code is then 2.

    \b
    Examples:
      dossier brief examples/korea-2017 --out out/
      dossier brief 'articles/*.html' feed.jsonl --out out/ --words 200
      dossier brief story.jsonl --format json -q
      dossier brief --db news.duckdb --story s1a2b3c4d5e6 --out out/
    """
    import dossier
    from dossier.analyze import analyze_many
    from dossier.errors import InputError
    from dossier.render import parse_formats, write_briefing

    chosen = parse_formats(formats)
    if db is not None:
        from dossier.corpus.briefing import brief_story

        if not story or paths:
            raise click.UsageError("--db takes --story ID (see `dossier stories`) and no PATHS")
        written = write_briefing(brief_story(db, story, summary_words=words), out_dir, chosen)
        if not quiet:
            for path in written:
                click.echo(str(path))
        return
    if not paths:
        raise click.UsageError("give PATHS to brief, or --db FILE --story ID")
    result = dossier.read_all(*paths)
    if not result.articles and len(result.skipped) == 1:
        raise InputError(result.skipped[0].path, result.skipped[0].problem)
    for skipped in result.skipped:
        click.echo(f"dossier: skipped {skipped.path}: {skipped.problem}", err=True)
    if not result.articles:
        raise InputError(" ".join(paths), "no usable articles in these inputs")
    analyses = {}
    articles = result.articles
    if len(articles) >= PROGRESS_MIN_ARTICLES and not quiet and sys.stderr.isatty():
        from rich.progress import Progress

        with Progress(transient=True) as progress:
            task = progress.add_task("Analysing", total=len(articles))
            for analysis in analyze_many(articles):
                analyses[analysis.article_id] = analysis
                progress.advance(task)
    else:
        analyses = {a.article_id: a for a in analyze_many(articles)}
    briefing = dossier.brief(
        articles,
        summary_words=words,
        analyses=analyses,
        story=story or result.story,
        skipped=result.skipped,
    )
    written = write_briefing(briefing, out_dir, chosen)
    if not quiet:
        for path in written:
            click.echo(str(path))
    if result.skipped:
        sys.exit(2)
