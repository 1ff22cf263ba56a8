"""Who said what in Markdown and HTML: each voice once, its quotes under it, and reported
speech never dressed up as a verbatim quotation."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import dossier
from dossier.render import render_html, render_markdown
from story_builders import article


@pytest.fixture(scope="module")
def briefing():
    return dossier.brief([
        article(1, "Daily Ledger", 4, (
            "The council approved the transit budget on Monday.\n"
            "“We will not back down from this fight,” said Maria Lopez, the mayor.\n"
            "Lopez said the line would open in 2027.\n"
            "“The vote was rushed,” said Tom Reyes, a council member."
        )),
        article(2, "Evening Post", 5, (
            "The transit budget passed the council on Monday.\n"
            "“This line will change the city,” Mayor Maria Lopez said on Tuesday.\n"
            "Residents gathered outside the hall."
        )),
    ])  # fmt: skip


def _section(markdown: str) -> list[str]:
    lines = markdown.split("## Who said what\n\n", 1)[1].split("\n\n", 1)[0]
    return lines.splitlines()


def test_markdown_lists_each_speaker_once_with_their_quotes(briefing):
    lines = _section(render_markdown(briefing))
    voices = [line for line in lines if line.startswith("- **")]
    assert voices[0].startswith("- **Maria Lopez**")  # the most quoted first
    assert "Daily Ledger" in voices[0] and "Evening Post" in voices[0]
    assert sum("Maria Lopez" in v for v in voices) == 1
    lopez = lines[1 : lines.index(voices[1])]
    assert any("We will not back down" in q for q in lopez)
    assert any("This line will change the city" in q for q in lopez)
    reyes = lines[lines.index(voices[1]) + 1 :]
    assert voices[1].startswith("- **Tom Reyes**") and "The vote was rushed" in reyes[0]


def test_markdown_shows_reported_speech_without_quotation_marks(briefing):
    lines = _section(render_markdown(briefing))
    reported = next(line for line in lines if "would open in 2027" in line)
    assert "“" not in reported and "(paraphrase)" in reported
    verbatim = next(line for line in lines if "back down" in line)
    assert re.search(r"“We will not back down from this fight,?”", verbatim)


class _Voices(HTMLParser):
    """Speaker names and how many quotations sit under each, from the HTML report."""

    def __init__(self) -> None:
        super().__init__()
        self.voices: list[list] = []
        self._in_speaker = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "span" and "speaker" in classes:
            self._in_speaker = True
            self.voices.append(["", 0])
        elif tag == "blockquote" and self.voices:
            self.voices[-1][1] += 1

    def handle_endtag(self, tag: str) -> None:
        self._in_speaker = False if tag == "span" else self._in_speaker

    def handle_data(self, data: str) -> None:
        if self._in_speaker:
            self.voices[-1][0] += data


def test_html_groups_quotes_under_their_speaker(briefing):
    section = render_html(briefing).split('<section id="quotes">', 1)[1].split("</section>")[0]
    parser = _Voices()
    parser.feed(section)
    names = [name for name, _ in parser.voices]
    assert names.count("Maria Lopez") == 1
    assert dict(parser.voices)["Maria Lopez"] == 3


def test_a_speaker_left_as_a_bare_pronoun_is_marked_unresolved_and_listed_after_names():
    """"they" is not a name a reader can look up: it is shown as unresolved, after the
    named voices, in Markdown and in the escaped HTML."""
    unresolved = dossier.brief([
        article(1, "Daily Ledger", 4, (
            "“We will keep the shelter open all winter,” they said on Monday.\n"
            "“The money is there,” said Ana Ruiz, the housing director."
        )),
    ])  # fmt: skip
    voices = [line for line in _section(render_markdown(unresolved)) if line.startswith("- **")]
    assert voices[0].startswith("- **Ana Ruiz**")
    assert voices[1].startswith("- **“they” (speaker not resolved)**")
    assert "“they” (speaker not resolved)" in render_html(unresolved)
    assert [q.speaker for q in unresolved.quotes if "shelter" in q.text] == ["they"]
