"""``dossier schema``: print the briefing's JSON Schema."""

from __future__ import annotations

import json

import click

from dossier.model import json_schema


@click.command("schema")
def schema_command() -> None:
    """Print the JSON Schema that briefing.json follows.

    \b
    Example:
      dossier schema > briefing.schema.json
    """
    click.echo(json.dumps(json_schema(), indent=2))
