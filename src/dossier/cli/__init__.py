"""Command line: parse arguments, call the public API, print; nothing else.

Each command module registers its commands on ``main``. Errors derived from
``DossierError`` become one line on stderr and the error's exit code (2 for bad
input or usage, 1 for other failures); nothing else is caught.
"""

from __future__ import annotations

import sys

import click

from dossier import __version__
from dossier.cli.common import run_guarded


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="dossier")
def main() -> None:
    """Dossier: turn news articles about one story into a sourced briefing.

    \b
    Examples:
      dossier brief examples/korea-2017 --out out/
      dossier brief a.txt b.html feed.jsonl --out out/ --words 150 --format md,html
      dossier schema > briefing.schema.json
    """


def _register() -> None:
    from dossier.cli import brief, schema

    main.add_command(brief.brief_command)
    main.add_command(schema.schema_command)
    from dossier.cli import corpus

    for command in corpus.COMMANDS:
        main.add_command(command)
    try:
        from dossier.cli import evaluate
    except ImportError:  # pragma: no cover - evaluation commands not built yet
        return
    main.add_command(evaluate.eval_group)


_register()


def entry() -> None:
    sys.exit(run_guarded(main))
