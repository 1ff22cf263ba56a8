"""End to end on the example bundle: what a reader of the briefing relies on."""


def test_boilerplate_and_byline_gone(korea_articles):
    for article in korea_articles:
        for junk in ("Placeholder Photo", "CREDIT: AP Photo", "By MARK LANDLER"):
            assert junk not in article.text
    nyt = [a for a in korea_articles if a.author]
    assert [a.author for a in nyt] == ["Mark Landler"]


def test_key_people_are_entities(korea_briefing):
    names = {e.name for e in korea_briefing.entities if e.type == "PERSON"}
    aliases = {alias for e in korea_briefing.entities if e.type == "PERSON" for alias in e.aliases}
    for person in ("Xi Jinping", "Donald Trump", "Kim Jong-un"):
        assert person in names | aliases, person


def test_summary_sentences_come_from_the_articles(korea_briefing):
    assert korea_briefing.summary
    texts = {a.id: a.text for a in korea_briefing.articles}
    for sentence in korea_briefing.summary:
        src = sentence.source
        assert texts[src.article_id][src.start : src.end] == sentence.text
        assert sentence.outlets


def test_briefing_lists_every_article_with_outlet_and_date(korea_briefing):
    assert len(korea_briefing.articles) == 3
    assert all(a.outlet and a.published for a in korea_briefing.articles)
    assert korea_briefing.headline
