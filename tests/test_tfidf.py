import numpy as np

from dossier.story.tfidf import tfidf_cosine


def test_matches_scikit_learn_on_the_same_tokens():
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [
        ["arms", "sale", "taiwan", "sale"],
        ["sale", "taiwan", "#usd:1.4e9"],
        ["missile", "test"],
        [],
    ]
    vectorizer = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, norm="l2")
    matrix = vectorizer.fit_transform(docs)
    expected = (matrix @ matrix.T).toarray()
    assert np.allclose(tfidf_cosine(docs), expected)


def test_no_tokens_gives_none():
    assert tfidf_cosine([[], []]) is None
