"""HTML output: one self-contained, offline file with a strict Content-Security-Policy.

All article text is hostile input: Jinja2 autoescaping is on, the only script and
style are the project's own, allowed by hash in the CSP, and nothing is fetched.
Every citation links to an anchor in the reader view of its article, where the cited
passage is highlighted.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import itertools
from importlib import resources

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from dossier.model import Briefing, BriefingArticle, Span
from dossier.render.citations import (
    article_numbers,
    cited_articles,
    entity_table_outlets,
    outlet_label,
    single_source_label,
)
from dossier.render.dates import readable_date
from dossier.render.speakers import quotes_by_speaker


def span_id(span: Span) -> str:
    return f"s-{span.article_id}-{span.start}-{span.end}"


@functools.cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("dossier", "render/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        span_id=span_id,
        outlet_label=outlet_label,
        cited_articles=cited_articles,
        single_source_label=single_source_label,
        lookup=_lookup,
    )
    env.filters["readable_date"] = readable_date
    return env


def _lookup(table: dict, keys: list[str]) -> list:
    """Records of ``table`` for ``keys``, skipping unknown ones (ids cross-reference)."""
    return [table[k] for k in keys if k in table]


def _asset(name: str) -> str:
    return resources.files("dossier.render").joinpath("templates", name).read_text("utf-8")


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def collect_targets(briefing: Briefing) -> dict[str, list[Span]]:
    """Every span the briefing cites, grouped by article."""
    spans: list[Span] = []
    for s in briefing.summary:
        spans += [s.source, *s.supporting]
    for q in briefing.quotes:
        spans += [Span(article_id=o.article_id, start=o.start, end=o.end) for o in q.occurrences]
    for t in briefing.timeline:
        spans += t.sources
    for c in briefing.claims:
        spans += c.sources
    for d in briefing.discrepancies:
        spans += [side.source for side in d.sides]
    for e in briefing.events:
        sources = getattr(e, "sources", None)
        if sources:
            spans += sources
    by_article: dict[str, list[Span]] = {}
    for span in spans:
        by_article.setdefault(span.article_id, []).append(span)
    return by_article


def reader_html(article: BriefingArticle, spans: list[Span]) -> Markup:
    """Article text as escaped HTML: paragraphs, with every cited span addressable.

    Overlapping spans are allowed: the text is cut at every span boundary, each piece
    lists the spans covering it (``data-c``), and an empty anchor marks each start.
    """
    text = article.text
    unique = sorted({(s.start, s.end) for s in spans if 0 <= s.start < s.end <= len(text)})
    cuts = sorted({0, len(text), *(p for se in unique for p in se)})
    starts: dict[int, list[str]] = {}
    for start, end in unique:
        starts.setdefault(start, []).append(
            span_id(Span(article_id=article.id, start=start, end=end))
        )
    parts: list[str] = ["<p>"]
    for a, b in itertools.pairwise(cuts):
        for anchor in starts.get(a, []):
            parts.append(f'<a class="anchor" id="{escape(anchor)}"></a>')
        covering = [
            span_id(Span(article_id=article.id, start=s, end=e))
            for s, e in unique
            if s <= a and b <= e
        ]
        piece = str(escape(text[a:b])).replace("\n\n", "</p><p>").replace("\n", "</p><p>")
        if covering:
            piece = f'<span class="c" data-c="{escape(" ".join(covering))}">{piece}</span>'
        parts.append(piece)
    parts.append("</p>")
    return Markup("".join(parts).replace("<p></p>", ""))


def render_html(briefing: Briefing) -> str:
    style, script = _asset("briefing.css"), _asset("briefing.js")
    # frame-ancestors is left out: browsers ignore it in a <meta> policy (and log an error).
    csp = (
        "default-src 'none'; "
        f"style-src {_csp_hash(style)}; script-src {_csp_hash(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    targets = collect_targets(briefing)
    claims_by_id = {c.id: c for c in briefing.claims}
    quotes_by_id = {q.id: q for q in briefing.quotes}
    readers = {a.id: reader_html(a, targets.get(a.id, [])) for a in briefing.articles}
    template = _environment().get_template("briefing.html.j2")
    return template.render(
        b=briefing,
        numbers=article_numbers(briefing),
        readers=readers,
        csp=csp,
        style=Markup(style),
        script=Markup(script),
        outlets=entity_table_outlets(briefing),
        claims_by_id=claims_by_id,
        quotes_by_id=quotes_by_id,
        speakers=quotes_by_speaker(briefing.quotes),
    )
