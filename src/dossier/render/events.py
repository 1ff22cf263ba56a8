"""The events section of the Markdown briefing: dyads, then the events themselves.

Kept beside the HTML partial ``templates/_events.html.j2``; ``render_markdown`` adds
these lines after its other sections. Hypothetical and negated actions are left out,
as in the HTML: they did not happen.
"""

from __future__ import annotations

from dossier.model import Briefing
from dossier.render.citations import article_numbers, md_escape

_SHOWN = ("actual", "future")


def events_markdown(briefing: Briefing) -> list[str]:
    """Markdown lines for the events and dyads, or none when there are no events."""
    shown = [e for e in briefing.events if e.status in _SHOWN]
    if not shown and not briefing.dyads:
        return []
    numbers = article_numbers(briefing)
    out = ["## Who did what to whom", ""]
    if briefing.dyads:
        out += ["| Source | Target | Events | Reports | Mean Goldstein | Over time |",
                "|---|---|---|---|---|---|"]  # fmt: skip
        for d in briefing.dyads:
            trend = ", ".join(f"{p.date}: {p.events}" for p in d.over_time)
            out.append(f"| {md_escape(d.source_actor)} | {md_escape(d.target_actor)} | "
                       f"{d.event_count} | {d.mention_count} | {d.mean_goldstein:+.1f} | "
                       f"{md_escape(trend)} |")  # fmt: skip
        out.append("")
    for e in shown:
        cites = "".join(f"[{numbers[a]}]" for a in e.article_ids if a in numbers)
        when = f"{e.date}: " if e.date else ""  # md_escape would trim the space
        announced = " *(announced)*" if e.status == "future" else ""
        out.append(
            f"- {when}**{md_escape(e.source_actor)}** {md_escape(e.cameo_name.lower())} "
            f"**{md_escape(e.target_actor or '')}** (CAMEO {e.cameo_code}, Goldstein "
            f"{e.goldstein:+.1f}){announced}, {md_escape(', '.join(e.outlets))} {cites}"
        )
    out.append("")
    return out
