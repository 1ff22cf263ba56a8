"""Quote extraction and speaker attribution: own sentences and the korea-2017 bundle."""

from __future__ import annotations

import pytest

from dossier.analyze.quotes import SPEECH_CONFIDENCE, spoken_words
from dossier.analyze.quotes.marks import find_quoted
from tests.conftest import by_outlet_date


@pytest.fixture(scope="module")
def quotes_of():
    from dossier.analyze.mentions import extract_mentions
    from dossier.analyze.nlp import load_nlp
    from dossier.analyze.quotes import extract_quotes

    nlp = load_nlp()

    def run(text: str):
        doc = nlp(text)
        return extract_quotes(doc, "t", extract_mentions(doc, "t"))

    return run


def test_multi_paragraph_quote_is_one_quotation():
    text = 'He said: "First part\n\n"Second part ends."\n\nNext.'
    found = find_quoted(text)
    assert len(found) == 1
    assert [text[s:e] for s, e in found[0].parts] == ['"First part', '"Second part ends."']


def test_split_quote_is_one_quote_with_two_parts(quotes_of):
    text = "Jane Smith is the mayor. “We will rebuild the bridge,” she said, “before winter.”"
    quotes = quotes_of(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "direct" and len(q.parts) == 2
    assert spoken_words(q, text) == "We will rebuild the bridge, … before winter."  # cue cut
    assert text[q.start : q.end] == q.text  # provenance: the span is the passage
    assert q.speaker == "Jane Smith" and q.cue == "said"


def test_scare_quotes_are_not_speech(quotes_of):
    text = "The senator criticized the “One China” policy during a long debate in the chamber."
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_indirect_and_according_to(quotes_of):
    text = (
        "Officials said that the talks would resume next week. "
        "The ship sank near the coast, according to the coast guard."
    )
    quotes = quotes_of(text)
    by_cue = {q.cue: q for q in quotes}
    assert by_cue["said"].kind == "indirect"
    assert by_cue["said"].text.startswith("that the talks would resume")
    assert by_cue["according to"].speaker_text == "the coast guard"
    assert "ship sank" in by_cue["according to"].text


def test_complement_after_a_gerund_object(quotes_of):
    text = "The mayor said rebuilding the bridge would take two years."
    (quote,) = [q for q in quotes_of(text) if q.cue == "said"]
    assert quote.text == "rebuilding the bridge would take two years"
    assert quote.speaker_text == "The mayor" and quote.confidence == 1.0


def test_inserted_cue_splits_the_content(quotes_of):
    text = "The budget, Senator Alvarez often says, is a moral document."
    (quote,) = quotes_of(text)
    assert [text[s:e] for s, e in quote.parts] == ["The budget", "is a moral document"]
    assert quote.speaker == "Alvarez" or quote.speaker_text == "Senator Alvarez"


def test_stance_cues_are_attributions_with_lower_confidence(quotes_of):
    text = (
        "Governor Lee vowed to veto the tax bill. "
        "Senator Park cited rising rents as a reason for the vote."
    )
    by_cue = {q.cue: q for q in quotes_of(text)}
    assert by_cue["vowed"].text == "to veto the tax bill"
    assert by_cue["cited"].text == "rising rents as a reason for the vote"
    assert by_cue["cited"].speaker_text == "Senator Park"
    assert all(q.confidence < 0.8 for q in by_cue.values())  # stances, not speech


def test_report_leaves_out_a_trailing_aside(quotes_of):
    text = "Analysts said the plan would cut costs, citing a study from last year."
    said = next(q for q in quotes_of(text) if q.cue == "said")
    assert said.text == "the plan would cut costs"


def test_clause_around_a_partial_quotation_is_one_mixed_quote(quotes_of):
    text = (
        'A spokeswoman, Ann Lee, said that, "of course we will appeal" against what she '
        "called a flawed ruling."
    )
    said = [q for q in quotes_of(text) if q.cue == "said"]
    assert len(said) == 1 and said[0].kind == "mixed"
    assert said[0].text.startswith("that") and "against what she called" in said[0].text


def test_headline_label_and_as_clause(quotes_of):
    text = (
        "Mayor Lopez: Bridge Will Reopen Before Winter\n\n"
        "As the city engineer reported, the repairs are ahead of schedule."
    )
    by_cue = {q.cue: q for q in quotes_of(text)}
    assert by_cue[":"].text == "Bridge Will Reopen Before Winter"
    assert by_cue[":"].speaker_text == "Mayor Lopez"
    assert by_cue["reported"].text == "the repairs are ahead of schedule"
    assert by_cue["reported"].speaker_text == "the city engineer"


def test_nominal_poll_and_expectation_cues(quotes_of):
    text = (
        "Residents rejected the mayor's claim that the bridge is safe. "
        "In a city survey, most drivers avoided the bridge. "
        "The council is expected to approve the repairs."
    )
    by_cue = {q.cue: q for q in quotes_of(text)}
    assert by_cue["claim"].text == "that the bridge is safe"
    assert by_cue["claim"].speaker_text.startswith("the mayor")
    assert by_cue["In"].text == "most drivers avoided the bridge"
    assert by_cue["In"].speaker_text == "a city survey"
    expected = by_cue["expected"]
    assert [text[s:e] for s, e in expected.parts] == ["The council", "to approve the repairs"]
    assert expected.speaker is None and expected.confidence < 0.8


def test_update_label_is_not_a_speaker(quotes_of):
    text = "Update: The council will vote again on Friday after the holiday.\n"
    assert [q for q in quotes_of(text) if q.cue == ":"] == []


def test_dash_signature_attributes_a_quotation(quotes_of):
    text = (
        "Readers wrote in.\n“The new park changed our street for the better.” ― Maria Gomez\n"
        "More letters follow."
    )
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.text == "The new park changed our street for the better."
    assert quote.speaker_text == "Maria Gomez" and quote.cue == "―"


def test_paragraph_opening_with_a_closing_mark_is_a_quotation():
    text = "”Fear. That is what I feel.” ― A reader\n"
    (found,) = find_quoted(text)
    assert text[found.start : found.end] == "”Fear. That is what I feel.”"


def test_byline_on_the_next_line_signs_the_quotation(quotes_of):
    text = "“Every family deserves a doctor nearby.”\n\n- Maria Gomez.\n\nThe claim is mostly true."
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.text == "Every family deserves a doctor nearby."
    assert quote.speaker_text == "Maria Gomez"


def test_bare_cue_sentence_introduces_the_next_quotation(quotes_of):
    text = 'Professor Ann Lee agreed.\n\n"Voters are running out of patience with both parties."'
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.text == "Voters are running out of patience with both parties."
    assert quote.speaker_text == "Professor Ann Lee" and quote.cue == "agreed"


def test_fumed_cues_the_quotation_before_it(quotes_of):
    text = "“We were promised a vote,” Senator Alan Brooks fumed on Tuesday."
    (quote,) = quotes_of(text)
    assert quote.kind == "direct" and quote.speaker_text == "Senator Alan Brooks"


def test_self_described_label_is_not_a_quote(quotes_of):
    text = 'A self-described "policy nerd," Ms. Park rewrote the plan.'
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_cue_misread_as_participle_after_an_apposition(quotes_of):
    text = "Ortiz, a Brown ally, called Nevada’s schools “strong.”"
    (quote,) = [q for q in quotes_of(text) if q.cue == "called"]
    assert quote.speaker_text == "Ortiz" and quote.text.startswith("Nevada’s schools")


def test_clause_misparsed_as_second_subject_before_said(quotes_of):
    text = (
        'The rejection of the treaty signals "the beginning of the end" for the alliance, '
        "said Anna Berg, a party leader."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker_text == "Anna Berg" and quote.kind == "mixed"
    assert quote.text.startswith("The rejection of the treaty signals")
    assert quote.text.endswith('"the beginning of the end" for the alliance')


def test_inserted_told_with_its_hearer(quotes_of):
    text = "Instead, Smith told CNN, his plan would be “to wait them out” if he wins the seat."
    (quote,) = quotes_of(text)
    assert quote.speaker_text == "Smith" and quote.cue == "told"
    assert quote.text.startswith("his plan would be “to wait them out”")


def test_coordinated_clause_opening_a_quotation_goes_on(quotes_of):
    text = (
        "The mayor said she had received offers for the land, but “the offers were to build a "
        "casino I did not want.”"
    )
    (quote,) = quotes_of(text)
    assert quote.text.startswith("she had received offers for the land, but “the offers")
    assert quote.text.endswith("did not want.”") and quote.speaker_text == "The mayor"


def test_trailing_apposition_after_quoted_words_is_left_out(quotes_of):
    text = 'Ruiz says the tax is "a burden on families," part of a broad attack on the budget.'
    (quote,) = quotes_of(text)
    assert quote.text == 'the tax is "a burden on families,"'


def test_spaced_hyphen_after_quoted_words_opens_an_aside(quotes_of):
    text = 'Cole said the plan "risks higher rents" - except that rents have fallen since then.'
    (quote,) = quotes_of(text)
    assert quote.text == 'the plan "risks higher rents"'


def test_that_clause_parsed_as_adverbial_is_the_content(quotes_of):
    text = (
        "The coach offered no details on the trade, saying in a short statement only that "
        "he was “looking forward to the new season.”"
    )
    (quote,) = [q for q in quotes_of(text) if q.cue == "saying"]
    assert quote.speaker_text == "The coach"
    assert quote.text.endswith("that he was “looking forward to the new season.”")


def test_speech_verb_with_a_quoted_object_is_a_stance(quotes_of):
    text = 'In her speech on Monday, Governor Hale proclaimed a goal of "Clean Water for All."'
    (quote,) = quotes_of(text)
    assert quote.cue == "proclaimed" and quote.speaker_text == "Governor Hale"
    assert quote.text.startswith('a goal of "Clean Water for All.')
    assert quote.confidence < SPEECH_CONFIDENCE  # a stance, not a turn in Who said what


def _quote(analysis, words: str):
    matches = [q for q in analysis.quotes if words in q.text]
    assert matches, f"no quote containing {words!r}"
    return matches[0]


@pytest.fixture(scope="module")
def korea(korea_articles, korea_analyses):
    return {
        "bets": korea_analyses[
            by_outlet_date(korea_articles, "The New York Times", "2017-06-15").id
        ],
        "warns": korea_analyses[
            by_outlet_date(korea_articles, "The New York Times", "2017-07-03").id
        ],
        "tp": korea_analyses[by_outlet_date(korea_articles, "ThinkProgress", "2017-07-11").id],
    }


@pytest.mark.parametrize(
    ("article", "words", "speaker"),
    [
        ("bets", "all-of-the-above approach", "Daniel R. Russel"),
        ("bets", "It is worrisome that the president", "Michael J. Green"),
        ("bets", "He’s a good man", "Trump"),
        ("bets", "China is very much the economic lifeline", "Trump"),  # "he wrote"
        ("bets", "We cannot allow China", "Rex W. Tillerson"),
        ("bets", "played to his vanity", "Christopher R. Hill"),
        ("warns", "Perhaps China will put a heavy move", "Trump"),
        ("warns", "absolute minimum they needed", "Bonnie S. Glaser"),
        ("warns", "strongly urges the U.S. side", "Lu Kang"),
        ("warns", "upset the Chinese, no doubt", "Cheng Xiaohe"),  # "Professor Cheng said"
        ("warns", "similar dynamics under Bush", "Jeffrey A. Bader"),
        ("tp", "China responsibility theory", "Geng Shuang"),
        ("tp", "how valid these threats are", "Melanie Hart"),
        ("tp", "He blows it every time", "Melanie Hart"),  # "she emphasized"
        ("tp", "prepare all options", "H.R. McMaster"),
        ("tp", "The threat is much more immediate", "H.R. McMaster"),  # "he added"
        ("tp", "He undercuts them", "Melanie Hart"),  # "she added"
    ],
)
def test_korea_direct_quotes_have_the_right_speaker(korea, article, words, speaker):
    quote = _quote(korea[article], words)
    assert quote.kind == "direct"
    assert quote.speaker == speaker


def test_korea_pronoun_speakers_keep_what_the_article_wrote(korea, korea_articles):
    quote = _quote(korea["tp"], "He undercuts them")
    assert quote.speaker_text == "she"
    text = by_outlet_date(korea_articles, "ThinkProgress", "2017-07-11").text
    assert spoken_words(quote, text) == "He undercuts them, … every time."  # "she added" cut
    assert quote.cue == "added"


def test_korea_titles_and_descriptions(korea):
    lu = _quote(korea["warns"], "strongly urges the U.S. side")
    assert lu.speaker_description == "a Foreign Ministry spokesman"
    assert lu.cue == "said"
    glaser = _quote(korea["warns"], "absolute minimum they needed")
    assert glaser.speaker_description.startswith("director of the China Power Project")
    cheng = _quote(korea["warns"], "upset the Chinese, no doubt")
    assert cheng.speaker_text == "Professor Cheng"
    still = _quote(korea["warns"], "stability and some momentum")
    assert still.speaker == "Cheng Xiaohe" and still.speaker_text == "he"  # "Still, he said"


def test_korea_mixed_quote_of_a_described_speaker(korea):
    quote = _quote(korea["bets"], "brutalized and terrorized")
    assert quote.kind == "mixed"
    assert quote.speaker == "Mr. Warmbier’s father"


def test_korea_scare_quote_is_not_a_quote(korea):
    assert not [q for q in korea["tp"].quotes if "One China" in q.text]


def test_briefing_lists_speech_not_stances(quotes_of):
    import dossier
    from story_builders import article

    text = (
        "Governor Ana Lee vowed to veto the tax bill on Monday.\n"
        "“This bill hurts working families,” Lee said."
    )
    briefing = dossier.brief([article(1, "Daily Ledger", 4, text)])
    said = [q.text for q in briefing.quotes]
    assert said == ["This bill hurts working families,"]
    assert "vowed" in {q.cue for q in quotes_of(text)}  # kept in the article analysis


def test_report_inside_a_report_is_one_attribution(quotes_of):
    quotes = quotes_of("The senator said he believes the tax cut will pass next year.")
    assert [(q.cue, q.text) for q in quotes] == [
        ("said", "he believes the tax cut will pass next year")
    ]


def test_two_cues_on_one_content_give_one_attribution(quotes_of):
    text = (
        "Sarandon told MSNBC on Monday, when asked about concerns that Sanders supporters "
        "would stay home, that they would not."
    )
    contents = [q.text for q in quotes_of(text)]
    assert len(contents) == len(set(contents))


def test_opening_mark_typed_for_a_closing_one():
    text = "“Apparently not,“ he said. “A leopard doesn’t change its spots.”"
    assert [text[q.start : q.end] for q in find_quoted(text)] == [
        "“Apparently not,“",
        "“A leopard doesn’t change its spots.”",
    ]


def test_markup_attributes_are_not_quotations(quotes_of):
    text = '<tweet author="@jdoe" date="2016">The vote is rigged.</tweet>'
    assert find_quoted(text) == []
    assert quotes_of(text) == []


def test_title_after_a_work_noun_is_not_speech(quotes_of):
    text = 'Mr. Rubio described his childhood in his 2012 book, "An American Son."'
    assert not [q for q in quotes_of(text) if "American Son" in q.text]


def test_long_apposition_between_quote_and_cue(quotes_of):
    text = (
        '"We will win this state," Trump, the front-runner after winning the New Hampshire '
        "primary by a wide margin, said on Monday."
    )
    (quote,) = quotes_of(text)
    assert quote.kind == "direct" and quote.speaker_text == "Trump"


def test_particle_cue_and_writing_as_speaker(quotes_of):
    (shot,) = quotes_of('"That is simply false," Smith shot back.')
    assert shot.speaker_text == "Smith" and shot.text == "That is simply false,"
    (read,) = quotes_of('"Friend, let me be blunt. I can beat him," the email read.')
    assert read.speaker_text == "email" and read.text.startswith("Friend")


def test_quoted_words_as_a_stance_argument(quotes_of):
    (stance,) = quotes_of('Clinton supports "appropriate pay raises" for federal workers.')
    assert stance.speaker_text == "Clinton" and "appropriate pay raises" in stance.text
    assert stance.confidence < 0.8  # a stance with quoted words, not a spoken turn
    assert quotes_of('Trump gave an interview calling into question the "One China" policy.') == []


def test_inserted_cue_parsed_as_relative_clause(quotes_of):
    text = "After that fiasco, the 1920 election, we might recall, was a blow-out for them."
    (quote,) = quotes_of(text)
    assert quote.cue == "recall" and quote.speaker_text == "we"
    assert [text[s:e] for s, e in quote.parts] == [
        "After that fiasco, the 1920 election",
        "was a blow-out for them",
    ]


def test_cue_inside_quoted_words_is_not_a_report(quotes_of):
    text = 'The ad ends with a warning. "We think the economy will collapse if he wins."'
    assert not [q for q in quotes_of(text) if q.cue == "think"]
    said = quotes_of('"We think the economy will collapse," Ms. Park said.')
    assert [(q.cue, q.speaker_text) for q in said] == [("said", "Ms. Park")]


def test_they_takes_the_plural_speaker_just_before(quotes_of):
    text = (
        "Several European diplomats said the embargo was failing. "
        "The likeliest result, they said, is a slow erosion of support for the measure."
    )
    second = [q for q in quotes_of(text) if "erosion" in q.text]
    assert second and second[0].speaker == "Several European diplomats"
    assert second[0].speaker_text == "they"  # what the article wrote is kept


def test_relative_pronoun_speaker_is_the_noun_it_refers_to(quotes_of):
    text = (
        "The drill drew an angry reply from the Defense Ministry, which called it "
        "“a reckless provocation.”"
    )
    quotes = quotes_of(text)
    assert quotes and quotes[0].speaker == "the Defense Ministry"


def test_a_wire_dateline_is_not_part_of_what_was_said(quotes_of):
    text = (
        "BRUSSELS — The union will lift the ban on Friday, two senior diplomats said.\n"
        "Talks continue."
    )
    quotes = [q for q in quotes_of(text) if q.cue == "said"]
    assert quotes and quotes[0].text.startswith("The union will lift the ban")
    assert text[quotes[0].start : quotes[0].end] == quotes[0].text


def test_said_with_name_after_takes_the_name_not_a_quoted_word(quotes_of):
    # the parser gives 'said' two subjects here: 'mess' in the quotation and 'Park'
    quotes = quotes_of('"It is a mess. Total mess," said Leslie Park, a Miami-based trader.')
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Leslie Park")]


def test_name_the_tagger_misread_before_said_is_the_speaker(quotes_of):
    text = (
        "Tulsa police Chief Chuck Jordan spoke. "
        '"We will achieve justice in this case," Tulsa police Chief Chuck Jordan said Monday.'
    )
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert direct and direct[0].speaker == "Chuck Jordan"


def test_a_cue_inside_the_quotation_does_not_swallow_the_words_before_it(quotes_of):
    text = 'Sales will probably grow next year, Kall said: "I feel like the company has a plan."'
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in direct] == [
        ("I feel like the company has a plan.", "Kall")
    ]


def test_quote_ending_a_sentence_belongs_to_the_cue_before_it(quotes_of):
    text = (
        'Mayor Ann Roberts said she wants the video out but said "the question is the '
        'timing." Governor Pat Lee said it would be "improper" for him to speak.'
    )
    by_speaker = {q.speaker: q for q in quotes_of(text) if '"' in q.text or q.kind == "direct"}
    assert by_speaker["Ann Roberts"].text == "the question is the timing."
    assert by_speaker["Pat Lee"].kind == "mixed"
    assert by_speaker["Pat Lee"].text.startswith('it would be "improper"')


def test_quoted_name_in_the_speaker_description_is_not_a_quote(quotes_of):
    text = '"We had better conventions than this one," Tom Baker, wearing "Vote Smith" pins, said.'
    quotes = quotes_of(text)
    assert [(q.text, q.speaker, q.parts) for q in quotes] == [
        ("We had better conventions than this one,", "Tom Baker", [])
    ]


def test_went_on_is_a_cue(quotes_of):
    quotes = quotes_of('"You know, it happens," Mr. Lopez went on.')
    assert [(q.cue, q.speaker) for q in quotes] == [("went on", "Lopez")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Turnout rose in Iowa - Michael P. McDonald: "Turnout was high this year."', "Michael"),
        ('The panels differ. From the report: "Longer field periods did better."', "report"),
        ('It met there because, in Forbes\' words, "they are the best places for it."', "Forbes"),
        ('Article 33 affirms: "No state shall expel or return a refugee to danger."', "Article"),
    ],
)
def test_labels_and_attributed_words_introduce_a_quote(quotes_of, text, speaker):
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(direct) == 1 and speaker in (direct[0].speaker or "")


def test_time_and_place_after_a_quoted_label_are_not_content(quotes_of):
    quotes = quotes_of('Mr. Christie called Clinton a "disgrace" during a radio show in Trenton.')
    assert [(q.text, q.speaker) for q in quotes] == [('Clinton a "disgrace"', "Christie")]


@pytest.mark.parametrize(
    "text",
    [
        "The Latest on the race (all times EDT):\n\n12:15 p.m.\n\n"
        "Maria Lopez says political correctness has run amok in the army.",
        "Update, 4 p.m. Friday: Maria Lopez says the race is over.",
    ],
)
def test_a_heading_the_parser_makes_a_second_subject_is_not_the_speaker(quotes_of, text):
    quotes = [q for q in quotes_of(text) if q.cue == "says"]
    assert [q.speaker for q in quotes] == ["Maria Lopez"]


def test_quotation_right_after_a_reported_clause_goes_on_with_it(quotes_of):
    text = (
        "Senator Dan Ortiz said the bill would fail in the House. "
        '"Nobody there wants to vote for it this year."'
    )
    quotes = quotes_of(text)
    assert len(quotes) == 1 and quotes[0].speaker == "Dan Ortiz"
    assert quotes[0].kind == "mixed" and len(quotes[0].parts) == 2
    assert spoken_words(quotes[0], text).endswith('"Nobody there wants to vote for it this year."')


def test_of_two_clauses_the_one_opened_by_that_is_the_content(quotes_of):
    text = (
        "Claiming the criticism of the judge is designed to pressure the jury, "
        'Ms. Lee told Fox that "they want this trial to collapse."'
    )
    told = [q for q in quotes_of(text) if q.cue == "told"]
    assert [(q.kind, q.text, q.speaker) for q in told] == [
        ("mixed", 'that "they want this trial to collapse."', "Lee")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Ms. Lopez told her supporters to "go vote and bring a friend."',
        'Ms. Lopez told her supporters at a rally to "go vote and bring a friend."',
    ],
)
def test_an_infinitive_that_quotes_words_is_what_the_speaker_said(quotes_of, text):
    quotes = quotes_of(text)
    assert [(q.kind, q.cue, q.speaker, q.text) for q in quotes] == [
        ("mixed", "told", "Lopez", 'to "go vote and bring a friend."')
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'The town is not shaken by the flood; Ana Ruiz said it "made the town stronger."',
            'it "made the town stronger."',
            "Ana Ruiz",
        ),
        (
            "Tom Reyes, the governor, is not worried about the vote — on Monday he said his "
            'party "will hold every seat."',
            'his party "will hold every seat."',
            "Tom Reyes",
        ),
    ],
)
def test_of_clauses_before_and_after_the_cue_the_one_after_is_the_content(
    quotes_of, text, content, speaker
):
    said = [q for q in quotes_of(text) if q.cue == "said"]
    assert [(q.kind, q.text, q.speaker) for q in said] == [("mixed", content, speaker)]


def test_quotation_after_a_report_with_its_cue_after_it_goes_on_with_it(quotes_of):
    text = (
        'Schools "did well" in the county this year, said Tom Reyes, the governor. '
        '"That was never in doubt."'
    )
    quotes = quotes_of(text)
    assert len(quotes) == 1 and quotes[0].speaker == "Tom Reyes"
    assert [text[s:e] for s, e in quotes[0].parts] == [
        'Schools "did well" in the county this year',
        '"That was never in doubt."',
    ]


def test_a_cue_with_its_own_clause_after_a_closed_quotation_opens_the_next_report(quotes_of):
    text = (
        'The audit accuses Mayor Tom Reyes of hiring "party loyalists." '
        'He said that is a "gross distortion" of his record.'
    )
    said = [q for q in quotes_of(text) if q.cue == "said"]
    assert [(q.kind, q.text, q.speaker) for q in said] == [
        ("mixed", 'that is a "gross distortion" of his record', "Tom Reyes")
    ]


def test_a_cue_whose_words_are_all_inside_a_quotation_is_not_a_report(quotes_of):
    text = (
        "Ana Ruiz is the mayor. “We were upset when we heard about it,” she said. “Now that "
        "I think we’ve settled the dispute, we’ve agreed on a review, we should move on, "
        "because I don’t think voters care.”"
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.cue, len(q.parts)) for q in quotes] == [("direct", "said", 2)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a second quoted object the parser hung on the verb
            'President Lee condemned Sunday\'s launch as "provocative" and a "serious threat" '
            "to regional security.",
            'Sunday\'s launch as "provocative" and a "serious threat" to regional security',
        ),
        (  # a comparison completes the judgement
            'The Herald Tribune rated 40 percent of Smith\'s claims as "false" compared to 12 '
            "percent of Brown's claims.",
            "40 percent of Smith's claims as \"false\" compared to 12 percent of Brown's claims",
        ),
        (  # the comma inside the marks is the quotation's, not the end of the argument
            'The Herald Tribune rated 40 percent of Smith\'s claims as "false" or "wildly '
            "wrong,\" compared to 12 percent of Brown's claims.",
            '40 percent of Smith\'s claims as "false" or "wildly wrong," compared to 12 percent '
            "of Brown's claims",
        ),
        (  # 'in' a struggle, not in a place or at a time: part of the judgement
            'The senator praised the bill as "a real victory" in the struggle for fair wages.',
            'the bill as "a real victory" in the struggle for fair wages',
        ),
    ],
)
def test_an_object_cue_keeps_what_completes_its_quoted_words(quotes_of, text, content):
    assert [(q.kind, q.text) for q in quotes_of(text)] == [("mixed", content)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (  # the parser hangs the phrase after '...,"' on the cue
            'Lopez said there is a "big gap between rich and poor," when it comes to who owns '
            "homes in the city.",
            'there is a "big gap between rich and poor," when it comes to who owns homes in the '
            "city",
            "Lopez",
        ),
        (  # the parser splits one quoting clause into two complements
            'But Jones said the mayor has "deep respect" for the police and his angry remark was '
            "instead a sign of fatigue.",
            'the mayor has "deep respect" for the police and his angry remark was instead a sign '
            "of fatigue",
            "Jones",
        ),
    ],
)
def test_a_quoting_clause_runs_on_where_the_parser_cut_it(quotes_of, text, content, speaker):
    said = [q for q in quotes_of(text) if q.cue == "said"]
    assert [(q.kind, q.text, q.speaker) for q in said] == [("mixed", content, speaker)]


def test_the_noun_after_a_cue_right_after_a_quotation_is_its_speaker(quotes_of):
    text = (
        "Critics were angry.\n\n"
        '"We have no freedom anymore. It is a shame," tweeted a student from Leeds going by '
        "the handle Moonpie."
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.speaker_text) for q in quotes] == [("direct", "a student")]


def test_a_quoted_label_before_its_noun_is_not_a_quote(quotes_of):
    text = 'After the news spread, the "Avatar" star posted a long message about it.'
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The reviews were mixed: one critic called the film "a tedious mess."',
            'the film "a tedious mess."',
        ),
        (
            "Even fans of the plan sounded unsure: Senator Ana Ruiz called it "
            '"the least bad choice we have."',
            'it "the least bad choice we have."',
        ),
    ],
)
def test_a_sentence_before_a_colon_is_not_the_object_cues_content(quotes_of, text, content):
    assert [(q.kind, q.text) for q in quotes_of(text) if q.cue == "called"] == [("mixed", content)]


def test_a_quotation_a_colon_opens_is_not_part_of_the_clause_before_it(quotes_of):
    text = (
        'In her talk, Jones stressed one idea above all: "Keep working and never give up," '
        "she said."
    )
    said = [q for q in quotes_of(text) if q.cue == "said"]
    assert [(q.kind, q.text) for q in said] == [("direct", "Keep working and never give up,")]


def test_a_stance_argument_whose_quotation_closes_after_its_comma(quotes_of):
    # the parser hangs the comma and closing mark on the verb, past the argument
    text = (
        'Mr. Patel openly admires the Chinese president as a "great leader," '
        "comparing him to Lincoln."
    )
    admires = [q for q in quotes_of(text) if q.cue == "admires"]
    assert [(q.kind, q.text, q.speaker_text) for q in admires] == [
        ("mixed", 'the Chinese president as a "great leader,"', "Mr. Patel")
    ]
    assert admires[0].confidence < 0.8  # a stance, not a spoken turn


def test_a_direct_quote_after_a_cue_inside_an_argument_stays_direct(quotes_of):
    text = (
        "We spent hours figuring out how to turn down the offer without saying, "
        '"This is the worst deal we have ever been offered."'
    )
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text for q in direct] == ["This is the worst deal we have ever been offered."]


def test_a_complement_across_a_paragraph_break_is_not_the_content(quotes_of):
    # the parser runs the sentence over the break and makes the quotation before it the
    # complement of 'compared'; the cue's own argument is what it reports
    text = (
        "“That would be the end of the party as we know it.”\n\n"
        "In a speech, Ruiz compared the merger to a “hostile takeover” by a rival."
    )
    compared = [q for q in quotes_of(text) if q.cue == "compared"]
    assert [(q.kind, q.text, q.speaker_text) for q in compared] == [
        ("mixed", "the merger to a “hostile takeover”", "Ruiz")
    ]


def test_a_subject_on_the_line_before_gives_way_to_the_cues_own_line(quotes_of):
    # the parser runs the sentence over the line break and hangs 'added' on 'warned'
    text = (
        "Ruiz warned that the bridge was unsafe for trucks coming into the U.S.\n"
        "Jane Roe added that the repairs would take years."
    )
    added = [q for q in quotes_of(text) if q.cue == "added"]
    assert [(q.text, q.speaker) for q in added] == [
        ("that the repairs would take years", "Jane Roe")
    ]


def test_naming_verbs_with_quoted_words_attribute_them_to_their_subject(quotes_of):
    text = 'The senator deemed the farm bill "a betrayal of rural voters" on Tuesday.'
    deemed = [q for q in quotes_of(text) if q.cue == "deemed"]
    assert len(deemed) == 1
    assert deemed[0].kind == "mixed" and deemed[0].speaker_text == "The senator"
    assert "a betrayal of rural voters" in deemed[0].text


def test_a_relative_clause_after_quoted_words_is_the_writers_aside(quotes_of):
    # ', which ...' after the quotation comments on it: not part of what was said
    text = (
        'The union leader labeled the offer "an insult to every nurse," which is how '
        "the strikers had described it for weeks."
    )
    labeled = [q for q in quotes_of(text) if q.cue == "labeled"]
    assert len(labeled) == 1
    assert labeled[0].speaker_text == "The union leader"
    assert labeled[0].text.startswith('the offer "an insult to every nurse')
    assert "strikers" not in labeled[0].text


def test_a_speaker_phrase_stays_on_its_own_line(quotes_of):
    # the parser hangs the byline or caption line above onto the speaker's name
    bylined = quotes_of(
        "Reporting by Tom Brown\nMayor Ann Lee told reporters the bridge would reopen."
    )
    assert [(q.speaker_text, q.speaker) for q in bylined if q.cue == "told"] == [
        ("Mayor Ann Lee", "Ann Lee")
    ]
    captioned = quotes_of("Jane Doe, Staff Writer\nOfficials said the road would close.")
    assert [q.speaker_text for q in captioned if q.cue == "said"] == ["Officials"]


def test_a_coordinated_cue_takes_its_own_subject_else_the_first_cues(quotes_of):
    # the parser coordinates 'added' with the reported clause, whose subject is no speaker
    cases = {
        "Smith said the plan would fail and added that the budget was too small.": "Smith",
        "Officials said the ship sank on Monday and added that two sailors survived.": (
            "Officials"
        ),
        "The president told reporters the talks had collapsed and warned that sanctions "
        "would follow.": "The president",
        '"The plan will fail," said Smith, and Jones warned that the budget was too small.': (
            "Jones"
        ),
        "Smith said the plan would fail, and the aide added that the budget was too small.": (
            "the aide"
        ),
    }
    for text, speaker in cases.items():
        second = [q for q in quotes_of(text) if q.cue in ("added", "warned")]
        assert [q.speaker_text for q in second] == [speaker], text


def test_a_closing_mark_glued_to_the_next_word_ends_the_quotation(quotes_of):
    from dossier.analyze.nlp import load_nlp

    tokens = [t.text for t in load_nlp()("“We will fix the roads,”Clinton said.")]
    assert tokens[5:9] == ["roads", ",", "”", "Clinton"]
    words = [t.text for t in load_nlp()("\"We're done.\"He said O’Brien's plan failed.")]
    assert words[3:7] == ["done", ".", '"', "He"] and "O’Brien" in words
    quotes = quotes_of("Clinton spoke in Ohio. “We will fix the roads,”Clinton said.")
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("direct", "We will fix the roads,", "Clinton")
    ]
    exclaimed = quotes_of("Jones said, “We will win!”She later left.")
    assert [(q.kind, q.text, q.speaker) for q in exclaimed] == [("direct", "We will win!", "Jones")]


def test_a_quote_over_two_paragraphs_reads_as_one_run_of_speech(quotes_of):
    # a quotation that runs on into the next paragraph reopens it without closing the
    # first: no words are left out, so no ellipsis (a split quote's cue is marked, above)
    text = (
        'Ana Ruiz, the mayor, said: "We will rebuild the old bridge before the winter.\n\n'
        '"The ferry will run every hour until then."'
    )
    quotes = quotes_of(text)
    assert len(quotes) == 1 and len(quotes[0].parts) == 2
    assert spoken_words(quotes[0], text) == (
        "We will rebuild the old bridge before the winter. The ferry will run every hour "
        "until then."
    )


def test_a_pronoun_cue_inside_a_sentence_speaks_of_that_sentences_actor(quotes_of):
    # not the person named earlier in the sentence, nor the speaker quoted just before:
    # after a relative pronoun, the subject of the sentence; else the subject of the
    # clause above the one the cue sits in
    cases = {
        "The meeting was a success for Maria Lopez: John Park dropped the tariff threat, "
        "a reversal that, he suggested, was meant to win a deal.": "John Park",
        '"We will win," said Maria Lopez. Anna Weber is trailing in the polls but has '
        "spent weeks in Ohio, where she says she can still win.": "Anna Weber",
        "Anna Weber met Tom Keller. Keller dropped the tax plan, which, he said, had cost "
        "too much.": "Tom Keller",
    }
    for text, speaker in cases.items():
        pronoun = [q for q in quotes_of(text) if q.speaker_text in ("he", "she")]
        assert [q.speaker for q in pronoun] == [speaker], text
    # the cue's own clause is its content, so its subject is not the speaker
    quotes = quotes_of('"We lost," said Maria Lopez. Tom Keller was wrong, she said.')
    assert [q.speaker for q in quotes if q.speaker_text == "she"] == ["Maria Lopez"]


def test_a_cue_in_a_series_the_parser_left_subjectless_takes_the_series_subject(quotes_of):
    # the parser makes 'accused' an adverbial clause of 'threatened', which has no subject
    quotes = quotes_of(
        "On the trail, Ortiz accused the council of waste, threatened a new audit, and said "
        "that the budget had been rigged."
    )
    said = [q for q in quotes if q.cue == "said"]
    assert [(q.speaker, q.text) for q in said] == [("Ortiz", "that the budget had been rigged")]
    # a subordinate clause ('When ... ,') does not lend its subject
    quotes = quotes_of("When Ortiz left the hall, said that the budget had been rigged.")
    assert [q.speaker for q in quotes if q.cue == "said"] in ([], [None])


def test_after_nor_the_noun_after_the_auxiliary_is_the_cues_subject(quotes_of):
    text = (
        "The Turkish government has not confirmed the closure of any large trading firms, nor "
        "have merchants in Mersin, the Turkish port city on the Syrian border, reported any "
        "signs of pressure against their firms."
    )
    by_cue = {q.cue: q for q in quotes_of(text)}
    assert by_cue["reported"].speaker == "merchants"
    assert by_cue["confirmed"].speaker == "The Turkish government"


def test_a_clause_before_nor_is_not_the_content_nor_an_apposition_the_speaker():
    # the parser's misparse of such a sentence, as it gives it on a longer one: the first
    # clause hung as the complement of 'reported', the apposition as its subject
    from spacy.tokens import Doc

    from dossier.analyze.nlp import load_nlp
    from dossier.analyze.quotes import extract_quotes

    text = (
        "The Russian ministry has not announced the closure of any large shipping firms, nor "
        "have dealers in Murmansk, the Russian port town on the Barents Sea coast, reported "
        "any signs of pressure against their firms."
    )
    tagged = load_nlp()(text)
    heads = [2, 2, 5, 5, 5, 30, 7, 5, 7, 12, 12, 12, 8, 5, 5, 5, 15, 15, 17, 30, 23, 23, 23,
             30, 23, 28, 27, 28, 24, 23, 30, 32, 30, 32, 33, 34, 37, 35, 30]  # fmt: skip
    deps = ["det", "amod", "nsubj", "aux", "neg", "ccomp", "det", "dobj", "prep", "det",
            "amod", "compound", "pobj", "punct", "cc", "conj", "dobj", "prep", "pobj",
            "punct", "det", "amod", "compound", "nsubj", "prep", "det", "compound",
            "compound", "pobj", "punct", "ROOT", "det", "dobj", "prep", "pobj", "prep",
            "poss", "pobj", "punct"]  # fmt: skip
    assert len(tagged) == len(heads)
    doc = Doc(
        tagged.vocab, words=[t.text for t in tagged], spaces=[bool(t.whitespace_) for t in tagged],
        pos=[t.pos_ for t in tagged], tags=[t.tag_ for t in tagged],
        lemmas=[t.lemma_ for t in tagged], heads=heads, deps=deps,
    )  # fmt: skip
    by_cue = {q.cue: q for q in extract_quotes(doc, "t", [])}
    assert by_cue["reported"].speaker == "dealers"
    assert by_cue["reported"].text == "any signs of pressure against their firms"
    assert by_cue["announced"].text == "the closure of any large shipping firms"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The council passed the budget, which the mayor described as "a gift to the '
            'suburbs," on Monday night.',
            ["which", '"a gift to the suburbs,"'],
            "the mayor",
        ),
        (
            "Voters remember the tax, whom nobody described as \"fair.\"",
            ["whom", '"fair."'],
            "nobody",
        ),
        (
            'The report angered Ms. Ortiz, who the minister called "a troublemaker" in a speech.',
            ["who", '"a troublemaker"'],
            "the minister",
        ),
    ],
)
def test_quoted_words_a_relative_object_names_keep_the_pronoun(quotes_of, text, words, speaker):
    # '"fair."' alone does not say what was called fair: the report keeps the pronoun
    quote = next(q for q in quotes_of(text) if q.cue in ("described", "called"))
    assert [text[s:e] for s, e in quote.parts] == words
    assert quote.speaker_text == speaker


def test_a_question_with_a_naming_verb_keeps_only_the_quoted_words(quotes_of):
    (quote,) = quotes_of('What do you call "a fair deal" in this market?')
    assert quote.text == '"a fair deal"' and not quote.parts


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            'Critics seized on her remark during the hearing that "the budget is a fantasy."',
            "remark",
            'that "the budget is a fantasy."',
            "her",
        ),
        (
            'The board rejected the claim by the union that "the plant is unsafe."',
            "claim",
            'that "the plant is unsafe."',
            "the union",
        ),
        (
            "The ruling followed the auditor's conclusion that the accounts were \"badly kept.\"",
            "conclusion",
            'that the accounts were "badly kept."',
            "the auditor",
        ),
    ],
)
def test_a_claim_nouns_that_clause_after_a_phrase_is_its_content(
    quotes_of, text, cue, content, speaker
):
    # the parser hangs the 'that' clause on the phrase between ('the hearing', 'the
    # union') or on the verb; the claim's holder is its possessor or its 'by' phrase
    by_cue = {q.cue: q for q in quotes_of(text)}
    assert by_cue[cue].text == content
    assert by_cue[cue].speaker_text == speaker


def test_a_speech_verbs_own_that_clause_is_not_a_nouns(quotes_of):
    (quote,) = quotes_of('Lawyers for the city told the board that the deal was "unfair."')
    assert quote.cue == "told" and quote.text == 'that the deal was "unfair."'


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'Voters remember his promise to keep the library "open every single day."',
            'to keep the library "open every single day."',
            "his",
        ),
        (
            'The senator made a pledge to cut the tax "by half within a year."',
            'to cut the tax "by half within a year."',
            "The senator",
        ),
        (
            'Her main claim is that the count was "rigged from the start."',
            'that the count was "rigged from the start."',
            "Her",
        ),
        (
            'The most important promise she made was that the plant would "never close."',
            'that the plant would "never close."',
            "she",
        ),
    ],
)
def test_what_a_promise_or_claim_says_and_who_made_it(quotes_of, text, content, speaker):
    # a promise's infinitive, a claim a copula predicates, and its maker: the possessor,
    # or the subject of the verb that makes it ('made a pledge', 'the promise she made')
    (quote,) = quotes_of(text)
    assert quote.text == content
    assert quote.speaker_text == speaker


def test_who_rejects_a_claim_did_not_make_it(quotes_of):
    (quote,) = quotes_of('The agency rejected the claim that the river was "perfectly safe."')
    assert quote.cue == "rejected" and quote.speaker_text == "The agency"


def test_a_cue_and_its_speaker_both_tagged_wrong_after_a_quotation(quotes_of):
    # the small model tags 'editorial' an adjective and 'read' a noun here
    text = "“Voters deserve a straight answer on the budget,” the editorial read."
    (quote,) = quotes_of(text)
    assert quote.kind == "direct" and quote.cue == "read"
    assert quote.text == "Voters deserve a straight answer on the budget,"
    assert quote.speaker_text == "editorial"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Protesters carried a banner reading, “Save our rivers now.”", "Save our rivers now.",
         "banner"),
        ("The mayor wore a campaign hat reading, “Build the bridge first.”",
         "Build the bridge first.", "campaign hat"),
    ],
)  # fmt: skip
def test_a_reading_tagged_as_a_noun_still_introduces_the_words(quotes_of, text, words, speaker):
    # the small model tags 'reading' a noun compounded with 'banner' / 'hat'
    (quote,) = quotes_of(text)
    assert quote.kind == "direct" and quote.cue == "reading"
    assert quote.text == words and quote.speaker_text == speaker


def test_a_title_listed_after_a_title_is_not_a_quote(quotes_of):
    text = "Jones, who starred in “Harbor Lights” and “The Long Road,” posted the video on Friday."
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []
    split = quotes_of("“We will win,” she said, and “we will win big.”")
    assert [q.text for q in split] == ["We will win,” she said, and “we will win big."]


def test_commented_is_a_speech_verb(quotes_of):
    (quote,) = quotes_of("“We will not raise the fees this year,” the mayor commented.")
    assert quote.kind == "direct" and quote.speaker_text == "the mayor"
    assert quote.text == "We will not raise the fees this year,"


def test_a_quotation_a_later_cue_reports_is_not_a_continuation(quotes_of):
    # 'adding that the vote "..."' is the adding's report; without it the first cue's
    # clause wraps its quotation as one mixed quote
    text = (
        'The cost of the bridge will be "far too high," Ms. Lee said, adding that the vote '
        '"can wait until May."'
    )
    by_cue = {q.cue: q for q in quotes_of(text)}
    assert by_cue["said"].text == 'The cost of the bridge will be "far too high,"'
    assert by_cue["adding"].text == 'that the vote "can wait until May."'


def test_a_capitalised_cue_form_in_a_name_is_no_cue(quotes_of):
    # 'the United States,' is not 'the email read.': 'States' names a country
    text = (
        '"If the talks had failed" in the United States, the minister said, "we would be at '
        'war."'
    )
    assert [q.cue for q in quotes_of(text)] == ["said"]


def test_a_clause_ending_in_a_quoted_comma_does_not_run_on_over_according_to(quotes_of):
    # 'according to' (tagged a participle) is a cue of its own, not the clause's tail
    text = 'The aide said the order was meant to "avoid hurting the vote," according to the report.'
    quotes = quotes_of(text)
    assert any(q.text.endswith('"avoid hurting the vote,"') for q in quotes)
    assert not any("according" in q.text for q in quotes)


@pytest.mark.parametrize(
    ("text", "cue", "words", "speaker"),
    [
        (
            "Her 1998 budget vote, which she has repeatedly said was an error, was raised "
            "again at the debate.",
            "said",
            ["which", "was an error"],
            "she",
        ),
        (
            "The union pointed to the plant closure, which Governor Ruth Hale has admitted "
            "was a blunder.",
            "admitted",
            ["which", "was a blunder"],
            "Governor Ruth Hale",
        ),
    ],
)
def test_a_cue_in_a_relative_clause_keeps_the_pronoun_its_content_is_about(
    quotes_of, text, cue, words, speaker
):
    # the parser makes 'which' the cue's object: 'was an error' alone says not what was;
    # PolNeAR marks the pronoun as the first piece of the content
    quote = next(q for q in quotes_of(text) if q.cue == cue)
    assert [text[s:e] for s, e in quote.parts] == words
    assert spoken_words(quote, text) == " … ".join(words)
    assert quote.speaker_text == speaker


def test_coordinated_names_speak_together(quotes_of):
    # 'X and Y confirmed': the speaker is both, not the first name alone; a later 'they'
    # refers to the pair
    text = (
        "Senators Anna Berg and Tom Keller said the bill would pass. They added that the vote "
        "would be close.\n\nOslo and Bergen confirmed that the ferry talks took place."
    )
    by_cue = {q.cue: q for q in quotes_of(text)}
    assert by_cue["said"].speaker_text == "Senators Anna Berg and Tom Keller"
    assert by_cue["said"].speaker == "Anna Berg and Tom Keller"
    assert by_cue["added"].speaker == "Anna Berg and Tom Keller"
    assert by_cue["confirmed"].speaker == "Oslo and Bergen"
    assert by_cue["confirmed"].speaker_key is None  # a pair is no single entity
    (three,) = quotes_of("Anna Berg, Tom Keller and Ruth Hale said the bill would pass.")
    assert three.speaker == "Anna Berg, Tom Keller and Ruth Hale"
    (pair,) = quotes_of("John Smith met Mary Jones. Smith and Jones said the plan would fail.")
    assert (pair.speaker_text, pair.speaker) == ("Smith and Jones", "John Smith and Mary Jones")


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            'Lee responded to the post by calling Park "dopey" and accusing him of greed.',
            "calling",
            'Park "dopey"',
            "Lee",
        ),
        (
            "The mayor ended the debate after saying that the budget was \"a disaster.\"",
            "saying",
            'that the budget was "a disaster."',
            "The mayor",
        ),
    ],
)
def test_a_gerund_after_by_or_after_speaks_for_the_verbs_subject(
    quotes_of, text, cue, content, speaker
):
    # 'responded by calling': whoever responded did the calling
    quote = next(q for q in quotes_of(text) if q.cue == cue)
    assert quote.text == content
    assert quote.speaker_text == speaker


def test_a_gerund_stance_after_by_takes_no_speaker_from_the_verb(quotes_of):
    # 'began by emphasizing X' reports no words: no stance is made of it
    quotes = quotes_of("The senator began her speech by emphasizing tax fairness.")
    assert not any(q.cue == "emphasizing" for q in quotes)


def test_a_naming_participle_with_two_complements_is_the_nouns_verb():
    # the parser's reading of such a sentence, as it gives it on a longer one: 'called'
    # a participle of 'senator' ('a man called X'), yet with a second, quoted complement
    from spacy.tokens import Doc

    from dossier.analyze.nlp import load_nlp
    from dossier.analyze.quotes import extract_quotes

    text = 'The plan prompted a debate; one senator called Ortiz "the mayor of nowhere."'
    tagged = load_nlp()(text)
    heads = [1, 2, 2, 4, 2, 2, 7, 1, 7, 8, 12, 12, 8, 12, 13, 2, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "punct", "nummod", "appos", "acl", "oprd",
            "punct", "det", "oprd", "prep", "pobj", "punct", "punct"]  # fmt: skip
    assert len(tagged) == len(heads)
    tags = [t.tag_ if t.text != "called" else "VBN" for t in tagged]
    doc = Doc(
        tagged.vocab, words=[t.text for t in tagged], spaces=[bool(t.whitespace_) for t in tagged],
        pos=[t.pos_ for t in tagged], tags=tags,
        lemmas=[t.lemma_ for t in tagged], heads=heads, deps=deps,
    )  # fmt: skip
    quote = next(q for q in extract_quotes(doc, "t", []) if q.cue == "called")
    assert quote.text == 'Ortiz "the mayor of nowhere."'
    assert quote.speaker_text == "one senator"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'Ortiz argued that the fee was "unfair," because poor families pay the most.',
            "argued",
            'that the fee was "unfair," because poor families pay the most',
        ),
        (
            'The mayor called the plan "a fraud" because it raised bus fares.',
            "called",
            'the plan "a fraud" because it raised bus fares',
        ),
        (
            'Lee rejected the idea as "absurd" because the port was already closed.',
            "rejected",
            'the idea as "absurd" because the port was already closed',
        ),
    ],
)
def test_a_because_clause_after_the_content_is_the_speakers_reason(quotes_of, text, cue, content):
    # the parser hangs 'because' on the cue, yet the reason is part of what was said
    quote = next(q for q in quotes_of(text) if q.cue == cue)
    assert quote.text == content


def test_a_because_clause_with_its_own_cue_is_not_the_content(quotes_of):
    text = "The senators called the hearing because they felt the agency was hiding the report."
    quote = next(q for q in quotes_of(text) if q.cue == "called")
    assert quote.text == "the hearing"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The spokesman called that "beyond absurd."', 'that "beyond absurd."'),
        ('The chief called the plan "beneath contempt."', 'the plan "beneath contempt."'),
    ],
)
def test_a_quoted_phrase_opening_with_a_preposition_is_what_the_object_was_called(
    quotes_of, text, content
):
    # 'beyond' / 'beneath' inside the marks is the quoted predicate, not an adjunct
    (quote,) = quotes_of(text)
    assert quote.text == content


@pytest.mark.parametrize(
    "text",
    [
        '"The council isn’t about “public service” anymore," the mayor said.',
        'The mayor spoke. "They call it “reform” but it is a tax," she said.',
    ],
)
def test_a_curly_quotation_inside_a_straight_one_is_nested(text):
    # the inner term does not restart the quotation and leave the outer one unmatched
    (found,) = find_quoted(text)
    assert text[found.start : found.end].startswith('"') and text[found.end - 1] == '"'


def test_a_nested_term_keeps_the_quote_and_its_speaker(quotes_of):
    text = 'Jane Roe chairs the board. "It isn’t about “growth” anymore," Roe said.'
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.text == "It isn’t about “growth” anymore,"
    assert quote.speaker == "Jane Roe"


def test_a_wrapped_paragraph_keeps_its_inner_quotation(quotes_of):
    # a straight mark wrapping a whole excerpt, right before a curly one, is no outer quote
    text = '"“We will win the county,” Lee said after the count."'
    first = find_quoted(text)[0]
    assert text[first.start : first.end] == "“We will win the county,”"


def test_a_subject_the_parser_hung_on_the_cue_opens_the_reported_clause(quotes_of):
    text = 'Hemsley said the days when the country had "a unifying story" from newspapers are gone.'
    quote = next(q for q in quotes_of(text) if q.cue == "said")
    assert quote.text == 'the days when the country had "a unifying story" from newspapers are gone'


def test_an_invisible_mark_before_a_paragraph_opening_quote_is_skipped(quotes_of):
    # a left-to-right embedding pasted in with a post, and a closing mark typed to open
    text = "Readers wrote back.\n\n\u202a”This is why we vote. They are wrong,” said Jane Roe."
    (quote,) = quotes_of(text)
    assert quote.kind == "direct" and quote.text == "This is why we vote. They are wrong,"
    assert quote.speaker == "Jane Roe"


def test_a_later_report_in_a_time_adjunct_ends_the_first(quotes_of):
    text = (
        'Smith said the plan has "kept us safe" on the radio before claiming that the '
        'borders are "wide open."'
    )
    by_cue = {q.cue: q for q in quotes_of(text)}
    assert by_cue["said"].text == 'the plan has "kept us safe" on the radio'
    assert by_cue["claiming"].text == 'that the borders are "wide open."'


def test_a_time_clause_with_another_speaker_stays_in_the_content(quotes_of):
    text = 'Jones said he was "riding the fence" until Lee said she backed the bill.'
    quote = next(q for q in quotes_of(text) if q.cue == "said" and q.speaker == "Jones")
    assert quote.text == 'he was "riding the fence" until Lee said she backed the bill'


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Clinton decried the party for "turning its back" on America\'s working families.',
            'the party for "turning its back" on America\'s working families',
        ),
        ('Beck called Palin a "clown" on Fox News.', 'Palin a "clown"'),
    ],
)
def test_a_phrase_after_quoted_words_is_a_setting_only_when_it_names_one(
    quotes_of, text, content
):
    # a place inside the phrase ('America's') does not make the phrase a place
    (quote,) = quotes_of(text)
    assert quote.text == content


def test_a_paragraph_opening_with_a_closing_mark_opens_a_balanced_quotation(quotes_of):
    # '” …' typed for '“…': the curly marks of the paragraph still pair up
    text = (
        "The race was close.\n\n” … in Ohio, the train has already left the station,” wrote "
        "the magazine. “The governor won most of the counties.”"
    )
    assert [text[q.start : q.end] for q in find_quoted(text)] == [
        "” … in Ohio, the train has already left the station,”",
        "“The governor won most of the counties.”",
    ]
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == "the magazine"
    assert "train has already left" in quote.text and "governor won" in quote.text


def test_a_short_lead_in_before_the_next_quotation_goes_on_with_the_quote(quotes_of):
    # the sentence right after the cue, a few words then a quotation with no cue: one quote
    text = (
        '"We thought only Lee was rude," said Aida Sato, who wrote a book. Park "kind of '
        'misspoke. This is not something he should say."'
    )
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == "Aida Sato"
    words = spoken_words(quote, text)
    assert words.endswith('Park "kind of misspoke. This is not something he should say.')


def test_a_sentence_with_a_verb_before_the_quotation_is_not_a_continuation(quotes_of):
    text = (
        '"We thought only Lee was rude," said Aida Sato. Critics disagree with "the rosy '
        'picture she paints."'
    )
    quote = next(q for q in quotes_of(text) if q.speaker == "Aida Sato")
    assert "rosy" not in spoken_words(quote, text)


def test_fact_box_fields_are_not_speakers_and_a_bullet_is_not_a_name(quotes_of):
    quotes = quotes_of(
        "Director: Ana Ruiz\n\nRating: PG-13 for violence and some strong language.\n\n"
        "Source: the city archive and two private collections\n\n"
        "WALLACE: Do you really think the vote will pass this week?\n\n"
        "• Harbor Gazette's Ellen Park: 'It's true, I am not retiring this year.'"
    )
    speakers = {q.speaker for q in quotes}
    assert not speakers & {"Director", "Rating", "Source"}
    assert "WALLACE" in speakers and "Ellen Park" in speakers and "•" not in speakers


def test_an_inserted_cue_after_a_name_keeps_the_name_in_the_content(quotes_of):
    """'Ms. Ortiz, one aide said, now doubts ...': what the aide said is that Ms. Ortiz
    doubts it, not a subjectless 'now doubts ...'."""
    text = "Ms. Ortiz, one aide said, now doubts that the council will approve the budget."
    quote = next(q for q in quotes_of(text) if q.speaker == "one aide")
    s, e = quote.parts[0]
    assert text[s:e] == "Ms. Ortiz"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (  # the man the article calls 'his' is not the 'she' who alleges
            "Tom Vogel and his wife separated in 2015 and he moved back to Winnipeg.\n\n"
            "The court papers say the sale never went ahead. Instead, she alleges he forged "
            "her signature on the deed.",
            "alleges",
            "she",  # left unresolved: no woman is named
        ),
        (  # 'she' skips the man just quoted and takes the woman named before him
            "Anna Weber runs the shelter downtown. Tom Keller said his team would help with "
            "the costs. “We still need more beds,” she said.",
            "We still need more beds,",
            "Anna Weber",
        ),
    ],
)
def test_a_pronoun_speaker_skips_a_person_the_article_gives_the_other_gender(
    quotes_of, text, cue, speaker
):
    quote = next(q for q in quotes_of(text) if cue in (q.cue, q.text))
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "as_written"),
    [
        (  # the parser splits 'co-author' and gives the cue two subjects
            "“Prices are rising everywhere,” says study co-author Maria Duarte, director of "
            "the institute.",
            "Maria Duarte",
            "study co-author Maria Duarte",
        ),
        (  # the parser reads the cue as a modifier of 'professor' and finds no subject
            'Rates climbed in every region. "We have to remind ourselves that this is not a '
            'cosmetic issue," added global health professor Omar Haddad, another of the '
            "researchers.",
            "Omar Haddad",
            "global health professor Omar Haddad",
        ),
        (  # the parser reads the cue as a modifier of the name: the name, not the cue
            "Mr. Hutchins spoke.\n\n“It’s been very partisan,” added Hutchins, the panel’s "
            "ranking Democrat.",
            "Hutchins",
            "Hutchins",
        ),
    ],
)
def test_the_speaker_named_after_the_cue_of_a_quotation(quotes_of, text, speaker, as_written):
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.speaker_text) == (speaker, as_written)


def test_a_speaker_opening_the_line_after_a_headline_with_a_phrase_of_its_own(quotes_of):
    # the parser runs the headline on into the paragraph and hangs 'of the ...' on it
    quotes = quotes_of(
        "Elders told stories of shelters\n\nMr Brandt, of the Traditional Lands Association, "
        "said he had worked on the property as a teenager."
    )
    quote = next(q for q in quotes if q.cue == "said")
    assert quote.speaker_text == "Mr Brandt" and quote.speaker == "Brandt"


def test_a_transcript_label_in_capitals_names_the_person_the_article_names(quotes_of):
    text = (
        "The show began in 1999 with Dana Whitfield as host and Paul Okonjo as head writer."
        "\n\nDANA WHITFIELD: We had no idea what we were doing in those first weeks."
        "\n\nOKONJO: Nobody did, and that was the fun of it."
    )
    label = next(q for q in quotes_of(text) if q.text.startswith("Nobody did"))
    assert (label.speaker, label.speaker_text) == ("Paul Okonjo", "OKONJO")


def test_a_dateline_with_the_agency_is_not_content(quotes_of):
    text = (
        "TEHRAN (Reuters) - Iranian authorities have delayed the trial of two hikers, a "
        "judiciary spokesman said on Monday."
    )
    (quote,) = quotes_of(text)
    assert quote.text == "Iranian authorities have delayed the trial of two hikers"


def test_a_name_in_the_passive_is_not_speech_but_calling_names_is(quotes_of):
    (named,) = quotes_of(
        "The trail was originally called “Easy” Pass because it was the only route across "
        "the ridge."
    )
    assert named.confidence < SPEECH_CONFIDENCE  # no one is said to have said it
    (called,) = quotes_of("The mayor called the plan “a disgrace.”")
    assert called.speaker == "The mayor" and called.confidence >= SPEECH_CONFIDENCE


def test_what_evidence_shows_is_not_speech_but_what_an_actor_shows_may_be(quotes_of):
    (shown,) = quotes_of(
        "Dating of the shells shows that people reached the valley much earlier than "
        "previously thought."
    )
    assert shown.confidence < SPEECH_CONFIDENCE
    (argued,) = quotes_of("Senator Ruiz showed that the bill would cost more than promised.")
    assert argued.speaker == "Ruiz" and argued.confidence >= SPEECH_CONFIDENCE


def test_a_live_blog_time_stamp_is_not_part_of_the_speaker(quotes_of):
    text = (
        "9:15 P.M. Regional governor Maria Alvarez says the bridge will reopen next week.\n\n"
        "8:40 P.M. The port authority says two ferries were cancelled."
    )
    speakers = {q.speaker_text for q in quotes_of(text)}
    assert speakers == {"Regional governor Maria Alvarez", "The port authority"}


def test_what_a_finding_suggests_is_not_speech_but_what_a_person_suggests_is(quotes_of):
    (found,) = quotes_of(
        "The emptiness of the harbour and the shuttered shops suggested the storm warning "
        "had been taken seriously."
    )
    assert found.confidence < SPEECH_CONFIDENCE
    (proposed,) = quotes_of("Senator Ruiz suggested the council delay the vote.")
    assert proposed.speaker == "Ruiz" and proposed.confidence >= SPEECH_CONFIDENCE


def test_a_caption_label_is_not_part_of_the_speaker(quotes_of):
    text = (
        "Image copyright Getty Images Image caption Ferrero reportedly asked its rival to "
        "drop the red ribbon"
    )
    (quote,) = quotes_of(text)
    assert quote.speaker_text == "Ferrero"


def test_a_story_highlights_box_is_not_speech(quotes_of):
    quotes = quotes_of(
        "Story highlights The harbour bridge is closed, state radio reports\n\n"
        "The harbour bridge was closed on Monday."
    )
    assert all(q.speaker != "Story" or q.confidence < SPEECH_CONFIDENCE for q in quotes)


def test_a_company_suggesting_something_is_still_a_speaker(quotes_of):
    (quote,) = quotes_of(
        "Image copyright Getty Images Image caption Ferrero reportedly suggested its rival "
        "change its gold wrapper to bronze"
    )
    assert quote.speaker == "Ferrero" and quote.confidence >= SPEECH_CONFIDENCE


def test_link_and_slideshow_labels_are_not_speakers(quotes_of):
    quotes = quotes_of(
        "The phone has no headphone jack.\n\n"
        "SEE ALSO: A phone without a headphone jack goes on sale in May\n\n"
        "Slideshow: The harbour at dusk and the pubs along its quay\n\n"
        "The company said sales were strong."
    )
    assert [q.speaker for q in quotes] == ["The company"]


def test_a_cue_with_its_own_object_after_a_closed_quotation_opens_the_next_report(
    quotes_of,
):
    text = (
        "“We will not close the library,” the mayor said. “It stays open on Sundays.” "
        "She noted a new reading club on Tuesdays in the east wing."
    )
    quotes = quotes_of(text)
    (library,) = [q for q in quotes if "library" in q.text]
    assert "It stays open on Sundays." in spoken_words(library, text)
    assert library.cue == "said"
    assert not any(q.cue == "noted" and "Sundays" in q.text for q in quotes)
    typo = "“We will rebuild the bridge before winter.” she told reporters on Monday."
    (told,) = quotes_of(typo)  # a lower-case cue goes on with the sentence: a typo
    assert told.cue == "told" and told.speaker_text == "she"


def test_quoted_words_that_go_on_in_their_clause_take_the_clause(quotes_of):
    text = (
        'As the coach put it, "the best thing we have going for us" is that the players '
        "trust each other."
    )
    (quote,) = quotes_of(text)
    assert quote.kind == "mixed"
    assert quote.text.endswith("is that the players trust each other")
    chant = 'The workers marched downtown, chanting "fair pay now" after the talks failed.'
    (chanted,) = quotes_of(chant)
    assert chanted.text == "fair pay now"  # an adjunct of the cue, not of the quoted words


def test_markup_tags_are_neither_cue_nor_content(quotes_of):
    from dossier.analyze.quotes.marks import markup_spans, outside_markup

    (quote,) = quotes_of(
        "The mayor promises to rebuild the bridge by spring https://t.co/ab1<tweet/>"
    )
    assert quote.text.endswith("https://t.co/ab1")  # the tag is cut off
    text = '<tweet author="CityHall" id="12">The bridge reopens Monday.</tweet>'
    tags = markup_spans(text)
    assert [text[s:e] for s, e in outside_markup([(0, len(text))], tags, text)] == [
        "The bridge reopens Monday."
    ]


def test_a_speaker_description_is_the_role_not_a_greeting_or_the_next_name(quotes_of):
    text = (
        "Frank Moss, president of the Harbor Rowing Club, and club secretary Dana Lee met "
        'the mayor. "We want the dock back," Moss said on Friday.\n'
        '"Read it all the way to the end. You will find some news there. Congratulations, '
        'Amy." Yellin wrote.\n"I am moving to Leeds," Amy Rowe said.'
    )
    described = {q.speaker: q.speaker_description for q in quotes_of(text)}
    assert described["Frank Moss"] == "president of the Harbor Rowing Club"
    assert described["Amy Rowe"] is None


def test_a_word_split_at_its_hyphen_is_not_cut(quotes_of):
    text = (
        "Tom Reyes, co-sponsor of the bill, said he would vote for it. "
        "Dana Webb proposed that the city would re-engineer its water system."
    )
    by_cue = {q.cue: q for q in quotes_of(text)}
    assert by_cue["said"].speaker_description == "co-sponsor of the bill"  # not 'co'
    assert by_cue["proposed"].text.endswith("re-engineer its water system")


def test_label_lines_that_name_no_one_are_not_speech(quotes_of):
    text = (
        "Step 1: Collect all the rain that falls on the roof.\n\n"
        "TODAY IN THE SKY: Would you bid for a seat on a parked plane?\n\n"
        "Update, 21 April: The hearing has been moved back to late May.\n\n"
        "Incredible Technology: How to Search for Distant Planets\n\n"
        "JON STEWART: Welcome back to the show, everybody."
    )
    shown = {q.speaker for q in quotes_of(text) if q.confidence >= SPEECH_CONFIDENCE}
    assert shown == {"JON STEWART"}


def test_what_someone_would_not_say_is_not_speech(quotes_of):
    text = (
        "The committee declined to discuss what would happen in an evacuation. "
        "Mr. Ruiz would not say what the team is paying for the guards. "
        "The agency will send officers, though it has declined to say how many. "
        "The mayor said the bridge would reopen in May."
    )
    shown = [q.text for q in quotes_of(text) if q.confidence >= SPEECH_CONFIDENCE]
    assert shown == ["the bridge would reopen in May"]


def test_verbs_of_going_on_report_words_only_when_they_quote_them(quotes_of):
    text = (
        "Outspoken and brassy, Ms. Hale continued making films and performing on stage. "
        "Ms. Hale began her questioning by citing the bank's values statement. "
        'She met him in 1944, and they went on to make three films together — "The Long '
        'Night," "Dark Water" and "Red Hill" — before his death. '
        '"Selling more accounts is a way of deepening ties," he continued — before she cut '
        "him off."
    )
    shown = [q.text for q in quotes_of(text) if q.confidence >= SPEECH_CONFIDENCE]
    assert shown == ["Selling more accounts is a way of deepening ties,"]


def test_finding_out_picturing_and_hearsay_participles_are_not_speech(quotes_of):
    text = (
        "We are working closely with investigators to understand what happened. "
        "If you imagine it roaring, you are wrong about the beast. "
        "It is a race against dark energy, that mysterious force thought to be "
        "stretching the universe apart. "
        "The pillars display numbers indicating where passengers should stand. "
        "The court needs evidence that indicates the target is a spy. "
        "Researchers found that the birds sang at night."
    )
    shown = [q.text for q in quotes_of(text) if q.confidence >= SPEECH_CONFIDENCE]
    assert shown == ["that the birds sang at night"]


def test_a_link_to_another_story_is_not_speech(quotes_of):
    text = (
        "The governor spoke for an hour.\n\n"
        "Storm damage: Governor Ann Lee says 'we will rebuild' as towns count losses Read "
        "more\n\nThe storm hit on Monday."
    )
    assert all(q.confidence < SPEECH_CONFIDENCE for q in quotes_of(text))


def test_a_pronoun_after_an_unnamed_spokesman_is_the_spokesman(quotes_of):
    text = (
        "Victor Stahl, head of the Swiss delegation, said by phone that the games would "
        "be safe. A spokesman for the German federation said Germany also trusted the "
        'hosts. "But we will watch the situation closely," he said.'
    )
    quote = next(q for q in quotes_of(text) if q.kind == "direct")
    assert quote.speaker == "A spokesman" and quote.speaker_text == "he"


def test_it_speaks_for_the_organisation_quoted_last(quotes_of):
    text = (
        "The committee said on Wednesday that it had received several proposals. "
        '"We are sure that both delegations will present their ideas," it said in a '
        "statement."
    )
    quote = next(q for q in quotes_of(text) if q.kind == "direct")
    assert quote.speaker == "The committee" and quote.speaker_text == "it"


def test_a_pronoun_after_a_new_sentence_subject_is_that_person(quotes_of):
    text = (
        'Her mother, Louise Marsh, said: "She is a very sociable girl." On the morning of '
        "the operation, the surgeon Neil Harwood marks the shape of Louise Marsh's ears. "
        'He said: "We can match the new ear to that one."'
    )
    quote = next(q for q in quotes_of(text) if "new ear" in q.text)
    assert quote.speaker == "Neil Harwood"


def test_the_object_of_the_verb_an_infinitive_cue_completes_speaks(quotes_of):
    text = "The chairman asked Moreno to explain why the budget had failed."
    quote = next(q for q in quotes_of(text) if q.cue == "explain")
    assert quote.speaker_text == "Moreno"


def test_a_cue_in_a_relative_clause_leaves_the_sentence_around_it(quotes_of):
    text = (
        "The real-estate billionaire, who boasts of owning a concealed carry permit, said "
        "he did not see the need for new rules."
    )
    quotes = quotes_of(text)
    said = next(q for q in quotes if q.cue == "said")
    assert said.text == "he did not see the need for new rules"
    assert not any("said he" in q.text for q in quotes)


def test_a_headline_above_the_name_is_no_description(quotes_of):
    text = (
        "Mary Stone claps back at critics who hated on her gold dress\n\n"
        'Mary Stone is tired of being told what to wear. "Why do I have to dress like '
        'everyone else?" she asked.'
    )
    quote = next(q for q in quotes_of(text) if q.kind == "direct")
    assert quote.speaker == "Mary Stone" and quote.speaker_description is None


def test_the_writers_hedge_is_not_speech(quotes_of):
    text = (
        "It is safe to say the beast could sing. We are sorry to say that the roar is "
        "fiction. The curator is expected to say that the hall will reopen."
    )
    shown = [q.text for q in quotes_of(text) if q.confidence >= SPEECH_CONFIDENCE]
    assert shown == ["that the hall will reopen"]


def test_a_time_or_place_between_the_object_and_the_quoted_words_keeps_them(quotes_of):
    text = (
        'The coach called that column Sunday a "pathetic smear." Ortiz described the council '
        'during a Monday broadcast as "a relic of the old city."'
    )
    texts = {q.cue: q.text for q in quotes_of(text)}
    assert texts["called"] == 'that column Sunday a "pathetic smear."'
    described = 'the council during a Monday broadcast as "a relic of the old city."'
    assert texts["described"] == described


def test_a_clause_quoting_only_a_title_is_not_a_mixed_quote(quotes_of):
    text = (
        'Rivera plans to appear on "Morning Desk" and "The Late Hour With Ann Cole" this week. '
        'Patel called the scheme "a total fraud."'
    )
    quotes = quotes_of(text)
    mixed = [q.text for q in quotes if q.kind == "mixed"]
    assert not any("Morning Desk" in t for t in mixed)
    assert any("total fraud" in t for t in mixed)


def test_a_that_clause_opening_before_the_quotation_is_a_mixed_quote(quotes_of):
    text = (
        'The chemist said that in the present funding climate, "I think it is smart not to '
        'be famous."'
    )
    quote = next(q for q in quotes_of(text) if q.cue == "said")
    assert quote.kind == "mixed"
    assert quote.text.startswith("that in the present funding climate")


def test_a_stranded_subject_keeps_the_phrase_hung_on_the_cue_after_it(quotes_of):
    text = 'A 2019 survey found wage hikes in the 1990s caused "lasting" harm to shops.'
    quote = next(q for q in quotes_of(text) if q.cue == "found")
    assert quote.text == 'wage hikes in the 1990s caused "lasting" harm to shops'


def test_a_comment_after_the_clause_parsed_as_a_second_object_is_not_content(quotes_of):
    text = (
        'She said that many renters would pay "a bit more" in rent, an acknowledgment that '
        "her aides quickly trumpeted on Twitter."
    )
    quote = next(q for q in quotes_of(text) if q.cue == "said")
    assert quote.text == 'that many renters would pay "a bit more" in rent'


def test_a_cue_form_after_an_article_is_a_noun(quotes_of):
    text = "Nobody gets there by just “winning seats in all” the rest of the states."
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_quoted_words_right_after_the_object_complete_it(quotes_of):
    text = "The host thanked viewers in Utah, declaring it “another fine Saturday for our show.”"
    quote = next(q for q in quotes_of(text) if q.cue == "declaring")
    assert quote.kind == "mixed"
    assert quote.text == "it “another fine Saturday for our show.”"


def test_a_verb_under_the_reported_modal_stays_in_the_report(quotes_of):
    text = (
        "The mayor says she would bring the bankers in and warn them “no more delays” and "
        "tells reporters the city will pay."
    )
    says = next(q for q in quotes_of(text) if q.cue == "says")
    assert says.text == "she would bring the bankers in and warn them “no more delays”"


def test_a_cue_opening_the_next_quotation_does_not_close_the_question_before(quotes_of):
    text = "“Why now? Is it the trip?” Her aide then wrote back, “You look fine.”"
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in quotes] == [("You look fine.", "Her aide")]


def test_passive_of_asking_or_telling_names_the_hearer_not_a_speaker(quotes_of):
    text = (
        "The players were asked whether they had eaten anything before the match. "
        "The students were told by the principal that classes would resume on Monday."
    )
    quotes = quotes_of(text)
    asked = next(q for q in quotes if q.cue == "asked")
    assert asked.confidence < SPEECH_CONFIDENCE  # the players heard the question
    told = next(q for q in quotes if q.cue == "told")
    assert told.speaker == "the principal" and told.confidence >= SPEECH_CONFIDENCE


def test_question_put_to_the_speaker_is_not_their_words(quotes_of):
    text = (
        "Asked whether the new rules would slow the project, Mary Jones, the city's "
        'planning chief, says, in short, "No."'
    )
    spoken = [q for q in quotes_of(text) if q.confidence >= SPEECH_CONFIDENCE]
    assert [(q.speaker, q.text) for q in spoken] == [("Mary Jones", "No.")]


def test_what_a_clause_seems_to_suggest_is_evidence(quotes_of):
    text = (
        "They found stains that did not match any single position, which seems to "
        "suggest a model stood upright."
    )
    assert all(q.confidence < SPEECH_CONFIDENCE for q in quotes_of(text))


def test_that_clause_of_what_was_answered_is_not_the_answer(quotes_of):
    text = (
        "Officers responded to reports that a man was armed. "
        "Investors reacted angrily to news that the bank had failed. "
        "He said to reporters that the deal was done."
    )
    spoken = [q for q in quotes_of(text) if q.confidence >= SPEECH_CONFIDENCE]
    assert [(q.speaker, q.text) for q in spoken] == [("He", "that the deal was done")]


def test_speaker_pronoun_keeps_what_names_it(quotes_of):
    text = "The ferry will leave at noon, those familiar with the schedule said."
    (quote,) = quotes_of(text)
    assert quote.speaker_text == "those familiar with the schedule"


def test_what_a_finding_suggests_in_a_participle_is_evidence(quotes_of):
    text = "Instead, they found that the stains are uneven, suggesting that a model stood upright."
    suggesting = next(q for q in quotes_of(text) if q.cue == "suggesting")
    assert suggesting.confidence < SPEECH_CONFIDENCE  # the stains are no speaker


def test_that_clause_in_another_verbs_phrase_is_not_the_report(quotes_of):
    text = (
        "Researchers concluded that the cloth was patched with paint from a later model, "
        "reports the Daily News, adding evidence to claims that it is a fraud."
    )
    reported = [q for q in quotes_of(text) if q.cue == "reports"]
    assert all("fraud" not in q.text for q in reported)


def test_subject_taken_for_a_second_object_of_the_opening_preposition(quotes_of):
    text = "On Friday the Daily News, citing city officials, reported that the bridge would close."
    (quote,) = quotes_of(text)
    assert quote.speaker_text == "the Daily News"


def test_first_person_inside_a_turn_is_the_turn_speaker(quotes_of):
    text = (
        "Jane Smith is the mayor of Dayton.\n\n"
        "SMITH: I mean, I watch the traffic reports, it is so much noise, and just the noise. "
        "I do not watch them anymore because they are not very good. ... I think it should be "
        "straight. I know how good the numbers are right now.\n\nIt closed in May."
    )
    inner = next(q for q in quotes_of(text) if q.cue == "think")
    assert inner.speaker_text == "I" and inner.speaker == "Jane Smith"


def test_inline_transcript_labels_start_new_turns(quotes_of):
    text = (
        "Jane Smith is the mayor of Dayton. Tom Reed is a reporter.\n\n"
        "REED: Are they friends of yours? SMITH: I am just the mayor. REED: Well, then set up "
        "the meeting. SMITH: I would love to meet with the council.\n\nIt closed in May."
    )
    turns = [(q.speaker, q.text) for q in quotes_of(text) if q.cue == ":"]
    assert turns == [
        ("Tom Reed", "Are they friends of yours"),
        ("Jane Smith", "I am just the mayor"),
        ("Tom Reed", "Well, then set up the meeting"),
        ("Jane Smith", "I would love to meet with the council"),
    ]
