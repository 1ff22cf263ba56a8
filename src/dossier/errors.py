"""Dossier's exceptions, one tree so the CLI can map each to an exit code.

    DossierError                 base; exit code 1 in the CLI
    ├── InputError               a path or record the user gave cannot be used (exit 2)
    │   └── BadArticleError      one article inside a batch is unusable (reported, skipped)
    ├── ConfigError              conflicting or invalid options (exit 2)
    └── MissingDependencyError   an optional extra is not installed; says what to install

Messages are one line, name the file, and say what is wrong.
"""

from __future__ import annotations


class DossierError(Exception):
    """Base of every error Dossier raises on purpose."""

    exit_code = 1


class InputError(DossierError):
    """Input the user gave cannot be used."""

    exit_code = 2

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class BadArticleError(InputError):
    """One article of a batch is unusable; the batch goes on without it."""


class ConfigError(DossierError):
    exit_code = 2


class MissingDependencyError(DossierError):
    def __init__(self, what: str, install: str) -> None:
        super().__init__(f"{what} needs an optional dependency: {install}")
