from dossier.stopwords import ENGLISH_STOP_WORDS


def test_vendored_stop_words_equal_scikit_learns():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as SKLEARN

    assert ENGLISH_STOP_WORDS == SKLEARN
