"""Attribution metrics: word overlap on (discontinuous) spans, one-to-one matching."""

from __future__ import annotations

from dossier.evaluate.attribution import Attribution, score_document, word_positions

TEXT = '"We will win the vote next week," she said, "and then we rest." Others disagreed.'


def test_word_positions_are_absolute_and_ignore_punctuation():
    assert word_positions(TEXT, [(0, 3)]) == word_positions(TEXT, [(1, 3)]) == {1}
    assert len(word_positions(TEXT, [(0, 33), (44, 63)])) == 11


def test_split_quote_matches_its_two_part_gold_and_speaker_by_overlap():
    gold = [Attribution(content=[(0, 33), (44, 63)], source=[(34, 37)], direct=True)]
    pred = [Attribution(content=[(1, 32), (45, 62)], source=[(34, 37)], direct=True)]
    scores = score_document(TEXT, pred, gold)
    assert scores["direct"].f1 == 1.0 and scores["direct"].speaker_accuracy == 1.0


def test_a_small_piece_does_not_match_and_a_wrong_speaker_is_counted():
    gold = [Attribution(content=[(0, 33), (44, 63)], source=[(34, 37)], direct=True)]
    half = [Attribution(content=[(45, 62)], source=[(34, 37)], direct=True)]
    assert score_document(TEXT, half, gold)["all"].matched_gold == 0
    wrong = [Attribution(content=[(0, 63)], source=[(64, 70)], direct=True)]
    scores = score_document(TEXT, wrong, gold)["all"]
    assert scores.matched_gold == 1 and scores.speaker_correct == 0


def test_speaker_resolved_to_the_gold_source_entity_counts():
    gold = [Attribution(content=[(0, 33)], source=[(34, 37)])]
    pred = [Attribution(content=[(0, 33)], source=[(64, 70)], source_keys=["PERSON:ann lee"])]
    scores = score_document(TEXT, pred, gold, gold_keys=[["PERSON:ann lee"]])["all"]
    assert scores.speaker_correct == 1
