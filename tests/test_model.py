import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from dossier.model import SCHEMA_VERSION, Article, Briefing, json_schema


@given(
    text=st.text(min_size=1, max_size=400),
    title=st.none() | st.text(max_size=80),
    published=st.none() | st.dates(min_value=dt.date(1900, 1, 1)),
)
def test_article_json_round_trip(text, title, published):
    article = Article(id="x", text=text, title=title, published=published)
    assert Article.model_validate_json(article.model_dump_json()) == article


def test_briefing_round_trip_and_schema_validates(korea_briefing):
    import jsonschema

    data = korea_briefing.model_dump_json()
    assert Briefing.model_validate_json(data) == korea_briefing
    jsonschema.validate(korea_briefing.model_dump(mode="json"), json_schema())
    assert korea_briefing.schema_version == SCHEMA_VERSION


def test_every_span_indexes_its_article(korea_briefing):
    texts = {a.id: a.text for a in korea_briefing.articles}
    spans = [s.source for s in korea_briefing.summary] + [
        sp for e in korea_briefing.entities for sp in e.mentions
    ]
    spans += [sp for t in korea_briefing.timeline for sp in t.sources]
    for span in spans:
        assert 0 <= span.start < span.end <= len(texts[span.article_id])
    for quote in korea_briefing.quotes:
        for occ in quote.occurrences:
            assert texts[occ.article_id][occ.start : occ.end] == occ.text
