import datetime as dt

from dossier.ingest.clean import clean_text, is_boilerplate, parse_byline


def test_boilerplate_lines():
    for line in [
        "Placeholder Photo",
        "CREDIT: AP Photo/Files",
        "Share this:",
        "Advertisement",
        "Subscribe to our newsletter",
        "Photo: Reuters",
        "Continue reading the main story",
        "Associated Press writer Jane Doe in Boston contributed to this report.",
        "TV News intern Ann Example and Medical Fellow Bo Sample contributed to this story.",
        "Reporting by Jane Doe; Editing by John Roe",
    ]:
        assert is_boilerplate(line), line
    for line in [
        "Rising costs contributed to the losses this year, the company said.",
        "Reporting by the newspaper showed that the mayor had known for months.",
        "Photos of the meeting were released on Monday, officials said.",
        "Credit markets fell sharply after the announcement.",
    ]:
        assert not is_boilerplate(line), line


def test_byline_with_date_and_outlet():
    byline = parse_byline("By MARK LANDLER JUN. 15, 2017 in The New York Times")
    assert byline.author == "Mark Landler"
    assert byline.published == dt.date(2017, 6, 15)
    assert byline.outlet == "The New York Times"


def test_sentence_starting_with_by_is_not_a_byline():
    assert parse_byline("By the time the vote came, most members had left the chamber.") is None


def test_clean_keeps_prose_exact_and_reports_removals():
    raw = (
        "Placeholder Photo\n\nDam Talks Resume\n\nCREDIT: AP Photo/Files\n"
        "Negotiators met again on Friday, both sides said.\n"
        "By the evening, a draft text had been circulated to all delegations.\n\n"
        "By JOHN DOE SEPT. 3, 2019 in The Daily Example\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Dam Talks Resume"
    assert cleaned.byline.author == "John Doe"
    assert cleaned.byline.published == dt.date(2019, 9, 3)
    assert "Placeholder Photo" in cleaned.removed_lines
    assert "CREDIT" not in cleaned.text and "JOHN DOE" not in cleaned.text
    assert "By the evening, a draft text had been circulated to all delegations." in cleaned.text
    for line in cleaned.text.splitlines():
        assert line in raw


def test_byline_glued_to_next_headline_is_split():
    raw = (
        "Headline Here\nBody sentence one is here today.\n"
        "By ANN LEE JUN. 1, 2020 in The PaperNext Story Headline\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.byline.outlet == "The Paper"
    assert "ANN LEE" not in cleaned.text
    assert "Next Story Headline" in cleaned.text


def test_wire_credit_is_detected():
    cleaned = clean_text(
        "Flood Warning\nLONDON (Reuters) - Rivers rose across the region on Tuesday."
    )
    assert cleaned.wire == "Reuters"


def test_a_one_line_text_is_the_article_not_its_title():
    line = "The mayor opened the new bridge on Monday, officials said."
    cleaned = clean_text(line + "\n")
    assert cleaned.text == line and cleaned.title is None
    two = clean_text("Bridge opens\n" + line)
    assert two.title == "Bridge opens" and two.text == line
