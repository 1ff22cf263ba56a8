"""Shared CLI plumbing: map Dossier errors to one stderr line and an exit code."""

from __future__ import annotations

import sys

import click

from dossier.errors import DossierError


def fail(message: str, code: int = 2) -> None:
    click.echo(f"dossier: {message}", err=True)
    sys.exit(code)


def run_guarded(command: click.Command) -> int:
    """Run a click command; DossierError -> one line + its exit code, no traceback."""
    try:
        command.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("dossier: interrupted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return 2
    except DossierError as exc:
        click.echo(f"dossier: {exc}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("dossier: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 1
    return 0
