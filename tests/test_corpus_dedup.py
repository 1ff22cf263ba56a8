"""Duplicate detection: wire copies and reprints are found by body, not by headline."""

from __future__ import annotations

import datetime as dt

from dossier.corpus.dedup import DuplicateIndex, near_duplicate_groups
from dossier.ingest.ids import article_id
from dossier.model import Article

WIRE_BODY = (
    "HARBOR CITY — Port authorities closed the northern shipping channel on Tuesday after "
    "a cargo vessel ran aground near the breakwater, stranding dozens of ships waiting to "
    "unload grain and fuel.\n"
    "The vessel, a 190-meter bulk carrier registered in Panama, lost engine power shortly "
    "before dawn, according to harbor master Ellen Voss. Nobody was injured.\n"
    "“We expect the channel to reopen within three days if the weather holds,” Voss said "
    "at a news conference, adding that salvage crews had begun pumping ballast water.\n"
    "Shipping agents said the closure could cost importers several million dollars a day. "
    "Fuel distributors warned of shortages at inland stations by the weekend.\n"
    "The port handled a record 41 million tonnes of cargo last year, and the northern "
    "channel carries roughly two thirds of that traffic."
)

OTHER_BODY = (
    "Port authorities in Harbor City said on Wednesday that salvage crews had refloated the "
    "grounded bulk carrier, but the northern channel would stay shut while divers inspect the "
    "breakwater for damage.\n"
    "Importers complained that they had not been warned about the risk, and a union for "
    "dock workers called for an inquiry into maintenance of the ship's engines.\n"
    "Harbor master Ellen Voss declined to give a new date for reopening the channel."
)


def _article(text: str, outlet: str, title: str, day: int = 4) -> Article:
    return Article(
        id=article_id(text), text=text, title=title, outlet=outlet, published=dt.date(2024, 3, day)
    )


def _reprint(body: str) -> str:
    """A syndicated reprint: own dateline removed, a credit line added, last paragraph cut."""
    paragraphs = body.split("\n")
    first = paragraphs[0].replace("HARBOR CITY — ", "")
    return "\n".join(["(Reuters)", first, *paragraphs[1:-1], "Reporting by staff; editing."])


def test_reprint_with_changed_headline_is_grouped_with_original() -> None:
    original = _article(WIRE_BODY, "Wire", "Cargo ship runs aground, channel closed")
    reprint = _article(_reprint(WIRE_BODY), "Gazette", "Grain ships stuck as port shuts", day=5)
    unrelated = _article(OTHER_BODY, "Courier", "Cargo ship runs aground, channel closed", day=5)
    assert original.id != reprint.id

    groups = near_duplicate_groups([original, unrelated, reprint])

    assert groups == [[original.id, reprint.id]]


def test_exact_copy_differing_only_in_case_and_spacing_is_exact() -> None:
    copy_text = "  " + WIRE_BODY.upper().replace(" ", "  ") + "\n"
    index = DuplicateIndex()
    assert index.add("a", WIRE_BODY) is None
    match = index.add("b", copy_text)
    assert match is not None
    assert (match.original_id, match.kind) == ("a", "exact")


def test_different_articles_on_same_event_are_not_duplicates() -> None:
    index = DuplicateIndex()
    assert index.add("a", WIRE_BODY) is None
    assert index.add("b", OTHER_BODY) is None
    assert near_duplicate_groups(
        [_article(WIRE_BODY, "A", "t"), _article(OTHER_BODY, "B", "t")]
    ) == []


def test_copy_of_a_copy_points_to_the_earliest_original() -> None:
    index = DuplicateIndex()
    index.add("first", WIRE_BODY)
    index.add("second", _reprint(WIRE_BODY))
    match = index.add("third", _reprint(WIRE_BODY) + "\nMore to come.")
    assert match is not None
    assert match.original_id == "first"
    assert match.kind == "near"
    assert 0.5 <= match.similarity < 1.0


def test_stream_index_catches_reprints_within_the_window_and_forgets_older_ones() -> None:
    index = DuplicateIndex(window_days=30)
    day = dt.date(2024, 3, 1)
    assert index.add("wire", WIRE_BODY, day) is None
    reprint = index.add("reprint", _reprint(WIRE_BODY), day + dt.timedelta(days=12))
    assert reprint is not None and reprint.original_id == "wire"

    # two months on, the window has moved past both copies: the index holds only
    # what a new copy could still be compared to
    index.add("later", OTHER_BODY, day + dt.timedelta(days=70))
    assert "wire" not in index and "reprint" not in index
    assert len(index) == 1
    assert index.add("old-copy", WIRE_BODY, day + dt.timedelta(days=71)) is None


def test_stream_index_memory_is_bounded_by_its_window() -> None:
    index = DuplicateIndex(window_days=5, max_entries=1000)
    start = dt.date(2024, 1, 1)
    sizes = []
    for n in range(400):
        body = f"Story number {n} about the harbour. " + OTHER_BODY.replace("Voss", f"Voss{n}")
        index.add(f"a{n}", body, start + dt.timedelta(days=n // 20))
        sizes.append(len(index))
    # 20 articles a day, 5-day window: never more than six days' worth held
    assert max(sizes) <= 6 * 20
    assert sizes[-1] >= 5 * 20


def test_bundle_grouping_compares_every_article_whatever_its_date() -> None:
    original = _article(WIRE_BODY, "Wire", "Cargo ship runs aground", day=1)
    late = Article(id=article_id(_reprint(WIRE_BODY)), text=_reprint(WIRE_BODY),
                   title="Reprint", outlet="Gazette", published=dt.date(2024, 9, 1))
    assert near_duplicate_groups([original, late]) == [[original.id, late.id]]
