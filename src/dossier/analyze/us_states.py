"""US states as datelines and AP style abbreviate them: "BIRMINGHAM, Ala." is Alabama.

A wire story names the state "Ala." in its dateline and "Alabama" in its body; both
are one place. Only the AP abbreviations are listed: postal codes ("AL") are rare in
news prose and collide with initials. "Wash." is left out: its key would be the capital's.
"""

from __future__ import annotations

_AP_STATES = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california",
    "colo.": "colorado", "conn.": "connecticut", "del.": "delaware", "fla.": "florida",
    "ga.": "georgia", "ill.": "illinois", "ind.": "indiana", "kan.": "kansas",
    "ky.": "kentucky", "la.": "louisiana", "md.": "maryland", "mass.": "massachusetts",
    "mich.": "michigan", "minn.": "minnesota", "miss.": "mississippi", "mo.": "missouri",
    "mont.": "montana", "neb.": "nebraska", "nev.": "nevada", "n.h.": "new hampshire",
    "n.j.": "new jersey", "n.m.": "new mexico", "n.y.": "new york",
    "n.c.": "north carolina", "n.d.": "north dakota", "okla.": "oklahoma",
    "ore.": "oregon", "pa.": "pennsylvania", "r.i.": "rhode island",
    "s.c.": "south carolina", "s.d.": "south dakota", "tenn.": "tennessee",
    "vt.": "vermont", "va.": "virginia", "w.va.": "west virginia",
    "wis.": "wisconsin", "wyo.": "wyoming",
}  # fmt: skip


def state_of_abbreviation(name: str) -> str | None:
    """'Ala.' -> 'alabama' (lower case, as entity keys spell names); else None."""
    return _AP_STATES.get(name.strip().lower())


def state_name(key_name: str) -> str | None:
    """'california' -> 'California': how a state keyed from its abbreviation is named
    when no article writes it out."""
    return key_name.title() if key_name in _AP_STATES.values() else None
