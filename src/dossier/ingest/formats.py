"""One reader per input format; each turns one file into ``Article`` records.

Every reader goes through ``build_article`` so cleaning, ids and metadata precedence
(explicit fields > byline > detected) are the same whatever the format.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dossier.errors import BadArticleError, InputError
from dossier.ingest.clean import clean_text
from dossier.ingest.decode import MAX_FILE_BYTES, decode_text, read_bytes
from dossier.ingest.ids import article_id
from dossier.model import Article

MIN_WORDS = 5
"""An article body shorter than this is reported as having no article text."""
MAX_ARTICLE_CHARS = 1_000_000
"""A body longer than this is not one news article (about 150,000 words); refused at ingest."""

_TEXT_FIELDS = ("text", "body", "content", "article")
_JSON_FIELDS = {
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at", "publication_date", "pubdate"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher"),
    "url": ("url", "link"),
    "author": ("author", "byline", "authors"),
}


def parse_date(value: Any, where: str) -> dt.date | None:
    """Accept YYYY-MM-DD (optionally with a time part); anything else is an input error."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise BadArticleError(where, f"date {text!r} is not YYYY-MM-DD") from None


def build_article(
    raw_text: str,
    where: str,
    *,
    title: str | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    author: str | None = None,
    date_source: str | None = None,
    detect_title: bool = True,
) -> Article:
    """Clean text and merge metadata: given fields win over what the text says."""
    cleaned = clean_text(raw_text, has_title=bool(title) or not detect_title)
    body = cleaned.text
    words = len(body.split())
    if words == 0:
        raise BadArticleError(where, "no article text (empty after removing boilerplate)")
    if words < MIN_WORDS:
        raise BadArticleError(
            where,
            f"no article text (only {words} word{'s' * (words > 1)} after removing "
            f"boilerplate; at least {MIN_WORDS} needed)",
        )
    if len(body) > MAX_ARTICLE_CHARS:
        raise BadArticleError(
            where, f"article text is {len(body):,} characters, over the {MAX_ARTICLE_CHARS:,} limit"
        )
    byline = cleaned.byline
    if published is None and byline.published is not None:
        published, date_source = byline.published, "byline"
    return Article(
        id=article_id(body),
        text=body,
        title=title or cleaned.title,
        outlet=outlet or byline.outlet,
        published=published,
        url=url,
        author=author or byline.author,
        source_path=where,
        date_source=date_source if published else None,
        wire=cleaned.wire,
        removed_lines=cleaned.removed_lines,
    )


def read_text_file(path: Path) -> Article:
    text = decode_text(read_bytes(path), str(path))
    return build_article(text, str(path))


def read_html_file(path: Path) -> Article:
    return read_html(decode_text(read_bytes(path), str(path)), str(path))


def read_html(html: str, where: str, url: str | None = None) -> Article:
    """Body, title, author, date and site name of a web page (trafilatura, htmldate)."""
    import trafilatura
    from htmldate import find_date

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many parser errors on broken markup
        raise BadArticleError(where, f"unreadable HTML ({type(exc).__name__})") from None
    fields = doc if isinstance(doc, dict) else (doc.as_dict() if doc is not None else {})
    body = fields.get("text") or ""
    if not body.strip():
        raise BadArticleError(where, "HTML with no article text")
    published = None
    date_text = fields.get("date") or find_date(html, extensive_search=False, original_date=True)
    if date_text:
        try:
            published = dt.date.fromisoformat(date_text[:10])
        except ValueError:
            published = None
    return build_article(
        body,
        where,
        title=fields.get("title"),
        published=published,
        outlet=fields.get("sitename"),
        url=url or fields.get("url"),
        author=fields.get("author"),
        date_source="html" if published else None,
    )


def article_from_record(record: Any, where: str) -> Article:
    """One JSON object with at least a text field."""
    if not isinstance(record, dict):
        raise BadArticleError(where, f"expected a JSON object, got {type(record).__name__}")
    text = next((record[f] for f in _TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if text is None:
        raise BadArticleError(where, "JSON record has no text field (text, body or content)")
    fields: dict[str, Any] = {}
    for name, keys in _JSON_FIELDS.items():
        value = next((record[k] for k in keys if record.get(k) not in (None, "")), None)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        fields[name] = value
    published = parse_date(fields["published"], where)
    return build_article(
        text,
        where,
        title=_opt_str(fields["title"]),
        published=published,
        outlet=_opt_str(fields["outlet"]),
        url=_opt_str(fields["url"]),
        author=_opt_str(fields["author"]),
        date_source="json" if published else None,
        detect_title=not fields["title"],
    )


def _opt_str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def read_json_file(path: Path) -> list[Article]:
    """A JSON file holding one article object or a list of them."""
    text = decode_text(read_bytes(path), str(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"malformed JSON at line {exc.lineno}: {exc.msg}") from None
    records = data if isinstance(data, list) else [data]
    return [article_from_record(r, f"{path}#{i}") for i, r in enumerate(records)]


def iter_jsonl(path: Path) -> Iterator[Article | BadArticleError]:
    """Stream a JSON Lines file (optionally gzip); bad lines are yielded as errors."""
    try:
        raw = gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")  # noqa: SIM115
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from None
    with raw:
        stream = io.BufferedReader(raw)  # type: ignore[arg-type]
        lineno = 0
        try:
            while True:
                line = stream.readline(MAX_FILE_BYTES + 1)
                if not line:
                    break
                lineno += 1
                where = f"{path}:{lineno}"
                if len(line) > MAX_FILE_BYTES:
                    yield BadArticleError(where, "line longer than the size limit")
                    _skip_rest_of_line(stream)
                    continue
                if not line.strip():
                    continue
                try:
                    record = json.loads(line.decode("utf-8-sig"))
                    yield article_from_record(record, where)
                except UnicodeDecodeError:
                    yield BadArticleError(where, "line is not UTF-8")
                except json.JSONDecodeError as exc:
                    yield BadArticleError(where, f"malformed JSON: {exc.msg}")
                except BadArticleError as exc:
                    yield exc
        except (OSError, EOFError) as exc:
            yield BadArticleError(f"{path}:{lineno + 1}", f"corrupt or truncated file ({exc})")


def _skip_rest_of_line(stream: io.BufferedReader[Any]) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return
