"""ROUGE on hand-made strings whose scores can be worked out by hand, plus the calibration
against ROUGE-1.5.5's published DUC 2004 figures when the shared data is present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dossier.evaluate.rouge import RougeSettings, average, score, tokenize, truncate


def _shared_data() -> Path:
    """The evaluation data (research licence, never in the repository): $DOSSIER_DATA,
    else ``../shared/data`` beside the checkout, else the project machine's copy."""
    for candidate in (
        os.environ.get("DOSSIER_DATA", ""),
        Path(__file__).resolve().parents[2] / "shared" / "data",
        "/work/shared/data",
    ):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path("/nonexistent")


DUC = _shared_data() / "duc2004"
PLAIN = RougeSettings(max_n=2, word_limit=None, stem=False)


def test_unigram_and_bigram_counts_are_clipped_and_exact():
    s = score("the cat sat on the mat", ["the cat was on the mat"], PLAIN)
    # unigrams: the x2, cat, on, mat match -> 5 of 6; bigrams: "the cat", "on the", "the mat".
    assert s["rouge-1"].recall == pytest.approx(5 / 6, abs=1e-5)
    assert s["rouge-1"].precision == pytest.approx(5 / 6, abs=1e-5)
    assert s["rouge-2"].recall == pytest.approx(3 / 5, abs=1e-5)
    repeated = score("the the the the", ["the cat"], PLAIN)
    assert repeated["rouge-1"].recall == 0.5  # one "the" in the reference: clipped
    assert repeated["rouge-1"].precision == 0.25


def test_tokens_follow_rouge155_punctuation_and_hyphen_rules():
    assert tokenize("u.s.-backed talks, 2-1 win!", stem=False) == [
        "u", "s", "backed", "talks", "2", "1", "win",
    ]  # fmt: skip


def test_stemming_matches_inflections_and_irregular_forms_but_not_short_words():
    stemmed = score("Officials said the rebels were running", ["official say rebels runs"])
    assert stemmed["rouge-1"].recall == 1.0  # said->say (WordNet), officials/running stemmed
    assert score("was", ["is"])["rouge-1"].recall == 0.0


def test_word_limit_cuts_peer_and_references_before_tokenising():
    settings = RougeSettings(max_n=1, word_limit=3, stem=False, lcs=False)
    assert truncate(["One two", "three four five"], settings) == ["one two", "three"]
    s = score(["alpha beta", "gamma delta"], ["alpha beta gamma delta"], settings)
    assert s["rouge-1"].recall == 1.0 and s["rouge-1"].precision == 1.0


def test_byte_limit_cuts_characters():
    settings = RougeSettings(max_n=1, word_limit=None, byte_limit=10, stem=False, lcs=False)
    assert truncate(["abcdefghijklmnop"], settings) == ["abcdefghij"]


def test_model_average_sums_hits_and_counts_over_references():
    s = score("a b", ["a b", "a c d e"], PLAIN)
    # hits 2 + 1 over model unigrams 2 + 4; precision over 2 peer unigrams x 2 models.
    assert s["rouge-1"].recall == pytest.approx(3 / 6, abs=1e-5)
    assert s["rouge-1"].precision == pytest.approx(3 / 4, abs=1e-5)
    assert s["rouge-1"].f1 == pytest.approx(2 * 0.5 * 0.75 / 1.25, abs=1e-5)


def test_rouge_l_uses_longest_common_subsequence_per_reference_sentence():
    ref = ["police killed the gunman"]
    assert score("police kill the gunman", ref, PLAIN)["rouge-l"].recall == 0.75
    assert score("the gunman police killed", ref, PLAIN)["rouge-l"].recall == 0.5
    # Union LCS over two peer sentences covers the whole reference sentence.
    both = score(["police killed someone", "the gunman fled"], ref, PLAIN)
    assert both["rouge-l"].recall == 1.0


def test_average_is_the_mean_of_cluster_scores():
    a = score("a b", ["a b"], PLAIN)["rouge-1"]
    b = score("a b", ["c d"], PLAIN)["rouge-1"]
    avg = average([a, b], resamples=200)
    assert avg.recall == 0.5 and avg.n == 2
    assert avg.recall_ci[0] <= 0.5 <= avg.recall_ci[1]


@pytest.mark.skipif(not DUC.exists(), reason="shared DUC 2004 data not present")
def test_reproduces_rouge155_on_published_duc2004_systems():
    from dossier.evaluate.summaries import calibrate

    rows = calibrate(
        DUC / "sumrepo_peers.jsonl.gz",
        DUC / "sumrepo_rouge155_reference.json",
        DUC / "task2.jsonl.gz",
    )
    assert len(rows) == 13
    assert max(r.max_gap for r in rows) <= 0.5
