"""``python -m dossier`` runs the CLI."""

from dossier.cli import entry

entry()
