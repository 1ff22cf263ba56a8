"""Ingest: paths, globs, directories, manifests and streams -> ``Article`` records.

``read_all`` never stops at a bad file: it returns the articles it could read and a
``Skipped`` entry (file and problem) for every input it could not use, so nothing the
user gave is lost without being reported.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, Field

from dossier.errors import InputError
from dossier.ingest.decode import decode_text, read_bytes
from dossier.ingest.formats import (
    article_from_record,
    build_article,
    iter_jsonl,
    parse_date,
    read_html,
    read_html_file,
    read_json_file,
    read_text_file,
)
from dossier.model import Article, Skipped

__all__ = ["ReadResult", "iter_articles", "read", "read_all", "read_html"]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MANIFEST_NAME = "bundle.json"


class ReadResult(BaseModel):
    articles: list[Article] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)
    story: str | None = None


def read(*paths: str | Path) -> list[Article]:
    """Read articles; raise ``InputError`` naming the first input that cannot be used."""
    result = read_all(*paths)
    if result.skipped:
        first = result.skipped[0]
        raise InputError(first.path, first.problem)
    return result.articles


def read_all(*paths: str | Path) -> ReadResult:
    """Read every input, collecting unusable ones in ``skipped`` instead of failing."""
    result = ReadResult()
    seen: set[str] = set()
    for item in iter_articles(paths, result):
        if isinstance(item, InputError):
            result.skipped.append(Skipped(path=item.path, problem=item.problem))
        elif item.id in seen:
            result.skipped.append(
                Skipped(path=item.source_path or "?", problem=f"duplicate of article {item.id}")
            )
        else:
            seen.add(item.id)
            result.articles.append(item)
    return result


def iter_articles(
    paths: Iterable[str | Path], result: ReadResult | None = None
) -> Iterator[Article | InputError]:
    """Yield articles (or the error for each unusable input) in a stable order."""
    for raw in paths:
        yield from _expand(str(raw), result)


def _expand(raw: str, result: ReadResult | None) -> Iterator[Article | InputError]:
    path = Path(raw)
    if not path.exists() and any(ch in raw for ch in "*?["):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            yield InputError(raw, "no files match this pattern")
        for match in matches:
            if Path(match).is_file():
                yield from _read_file(Path(match), result)
        return
    if path.is_dir():
        manifest = path / MANIFEST_NAME
        if manifest.is_file():
            yield from _read_file(manifest, result)
            return
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        if not files:
            yield InputError(raw, "directory has no files")
        for file in files:
            yield from _read_file(file, result, in_directory=True)
        return
    if not path.exists():
        yield InputError(raw, "no such file or directory")
        return
    yield from _read_file(path, result)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(
    path: Path, result: ReadResult | None, in_directory: bool = False
) -> Iterator[Article | InputError]:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    suffix = suffixes[-1] if suffixes else ""
    try:
        if path.name == MANIFEST_NAME:
            yield from _read_manifest(path, result)
        elif suffix in JSONL_SUFFIXES or (
            suffix == ".gz" and suffixes[0] in JSONL_SUFFIXES | {".json"}
        ):
            yield from iter_jsonl(path)
        elif suffix == ".json":
            yield from read_json_file(path)
        elif suffix in HTML_SUFFIXES:
            yield read_html_file(path)
        elif suffix in TEXT_SUFFIXES or not suffix:
            yield read_text_file(path)
        else:
            yield InputError(
                str(path), f"unsupported file type {suffix!r} (use .txt, .html, .json, .jsonl)"
            )
    except InputError as exc:
        yield exc


def _read_manifest(path: Path, result: ReadResult | None) -> Iterator[Article | InputError]:
    """A bundle manifest: its outlet, date, URL and title override detected metadata."""
    try:
        manifest = json.loads(decode_text(read_bytes(path), str(path)))
    except json.JSONDecodeError as exc:
        yield InputError(str(path), f"malformed JSON at line {exc.lineno}: {exc.msg}")
        return
    entries = manifest.get("articles") if isinstance(manifest, dict) else None
    if not isinstance(entries, list):
        yield InputError(str(path), 'manifest needs an "articles" list')
        return
    if result is not None and isinstance(manifest.get("story"), str):
        result.story = manifest["story"]
    root = path.parent.resolve()
    for i, entry in enumerate(entries):
        where = f"{path}#articles[{i}]"
        if not isinstance(entry, dict):
            yield InputError(where, "manifest entry is not an object")
            continue
        if isinstance(entry.get("text"), str):
            try:
                yield article_from_record(entry, where)
            except InputError as exc:
                yield exc
            continue
        rel = entry.get("path")
        if not isinstance(rel, str) or not rel:
            yield InputError(where, 'manifest entry has no "path" or "text"')
            continue
        target = (root / rel).resolve()
        if not target.is_relative_to(root):
            yield InputError(where, f"path {rel!r} points outside the bundle directory")
            continue
        if not target.is_file():
            yield InputError(str(path.parent / rel), "listed in the manifest but no such file")
            continue
        try:
            yield _apply_manifest_entry(target, entry)
        except InputError as exc:
            yield exc


def _apply_manifest_entry(target: Path, entry: dict) -> Article:
    suffix = target.suffix.lower()
    if suffix in HTML_SUFFIXES:
        article = read_html_file(target)
    else:
        text = decode_text(read_bytes(target), str(target))
        article = build_article(text, str(target), title=entry.get("title") or None)
    published = parse_date(entry.get("published"), str(target))
    updates = {
        "title": entry.get("title") or article.title,
        "outlet": entry.get("outlet") or article.outlet,
        "url": entry.get("url") or article.url,
        "author": entry.get("author") or article.author,
    }
    if published is not None:
        updates |= {"published": published, "date_source": "manifest"}
    return article.model_copy(update=updates)
