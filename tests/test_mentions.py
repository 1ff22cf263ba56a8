"""Entity mentions: the small model's mistakes fixed by rules, and within-article groups."""

from __future__ import annotations

import pytest

from tests.conftest import by_outlet_date


@pytest.fixture(scope="module")
def mentions_of():
    from dossier.analyze.mentions import extract_mentions
    from dossier.analyze.nlp import load_nlp

    nlp = load_nlp()
    return lambda text: extract_mentions(nlp(text), "t")


def _keys(mentions, text: str) -> set[str]:
    return {m.entity_key for m in mentions if m.text == text}


def test_honorific_surname_and_title_join_the_full_name(mentions_of):
    text = (
        "President Trump met Xi Jinping in April. Mr. Trump said Mr. Xi, the Chinese "
        "president, could help. Later the Chinese president agreed to a call."
    )
    ms = mentions_of(text)
    xi = _keys(ms, "Xi Jinping")
    assert xi and _keys(ms, "Mr. Xi") == xi
    assert _keys(ms, "the Chinese president") == xi


def test_capital_as_actor_is_the_country_but_not_as_place(mentions_of):
    ms = mentions_of(
        "Beijing rejected the claim on Monday. She studied at a university in Beijing. "
        "China is a large country."
    )
    beijing = [m for m in ms if m.text == "Beijing"]
    assert beijing[0].entity_key == "GPE:CHN"
    assert beijing[1].entity_key != "GPE:CHN"


def test_demonym_used_as_actor_and_the_north(mentions_of):
    ms = mentions_of(
        "North Korea fired a missile. The Chinese said they were worried about the North."
    )
    assert "GPE:PRK" in _keys(ms, "North")
    assert _keys(ms, "Chinese") == {"GPE:CHN"}


def test_place_names_are_not_people(mentions_of):
    ms = mentions_of("Another destroyer, the Dewey, traversed Mischief Reef in May.")
    assert all(m.label != "PERSON" for m in ms if "Reef" in m.text)


def test_a_surname_that_ends_place_names_is_still_a_person(mentions_of):
    ms = mentions_of(
        "John Park, a lawyer in Seoul, said the ruling was unfair. Park added that he "
        "would appeal. Protesters gathered in Gorky Park."
    )
    labels = {m.text: m.label for m in ms}
    assert labels["John Park"] == "PERSON"
    assert _keys(ms, "Park") == _keys(ms, "John Park")
    assert labels.get("Gorky Park", "LOC") != "PERSON"


def test_a_name_does_not_run_over_a_colon(mentions_of):
    ms = mentions_of("The race is now between Smith: Brown withdrew on Friday.")
    assert not any(":" in m.text for m in ms)
    assert {"Smith", "Brown"} <= {m.text for m in ms}


def test_possessive_is_not_part_of_the_name(mentions_of):
    ms = mentions_of("Mr. Warmbier’s father spoke. Otto F. Warmbier had been held for months.")
    texts = {m.text for m in ms}
    assert "Mr. Warmbier" in texts and not any(t.endswith("’s") for t in texts)
    assert _keys(ms, "Mr. Warmbier") == _keys(ms, "Otto F. Warmbier")


def test_headline_fragment_is_cut_to_the_name(korea_articles, korea_analyses):
    article = by_outlet_date(korea_articles, "The New York Times", "2017-07-03")
    people = [m for m in korea_analyses[article.id].mentions if m.label == "PERSON"]
    assert not [m for m in people if m.text in ("Trump Warns", "Mischief Reef", "Twitter Warns")]
    assert not [
        m
        for m in people
        if len(m.text.split()) > 1
        and m.text.split()[-1].istitle()
        and m.text.split()[-1].lower() in ("warns", "bets", "ask", "aides")
    ]


def test_a_name_ending_in_a_number_is_whole_and_a_think_tank_is_an_organisation(mentions_of):
    text = (
        "Leaders met at the Group of 20 summit in Osaka, and the Group of Seven met in "
        "June. She is a fellow at the Center for Global Development in Washington."
    )
    by_text = {m.text: m.label for m in mentions_of(text)}
    assert by_text.get("Group of 20") == "ORG" and "Group" not in by_text
    assert "Group of" not in by_text and by_text.get("Group of Seven") == "ORG"
    assert by_text.get("the Center for Global Development") == "ORG"


def test_a_bare_surname_the_tagger_missed_joins_the_full_name(mentions_of):
    ms = mentions_of(
        "“We will not back down,” said Maria Lopez, the mayor.\n"
        "Lopez said the line would open in 2027. Lopez Street was closed."
    )
    bare = [m for m in ms if m.text == "Lopez"]
    assert bare and bare[0].entity_key == _keys(ms, "Maria Lopez").pop()
    assert not any(m.text.startswith("Lopez Street") and m.label == "PERSON" for m in ms)


def test_a_surname_the_tagger_calls_a_nationality_is_the_person():
    """The small model sometimes tags a bare surname NORP; the article's own full name
    says it is that person, while a real demonym ("Czech") stays a nationality."""
    from spacy.tokens import Span

    from dossier.analyze.mentions import extract_mentions
    from dossier.analyze.nlp import load_nlp

    doc = load_nlp()("Karel Dvorik leads the Czech team. Dvorik expressed concern on Monday.")
    words = [t.text for t in doc]
    doc.ents = [
        Span(doc, 0, 2, "PERSON"),
        Span(doc, words.index("Czech"), words.index("Czech") + 1, "NORP"),
        Span(doc, 7, 8, "NORP"),
    ]
    assert doc[7].text == "Dvorik"
    ms = extract_mentions(doc, "t")
    bare = next(m for m in ms if m.text == "Dvorik")
    assert bare.label == "PERSON" and bare.entity_key == _keys(ms, "Karel Dvorik").pop()
    assert next(m for m in ms if m.text == "Czech").label == "NORP"


def test_an_owner_and_the_person_it_owns_are_two_names(mentions_of):
    ms = mentions_of(
        "The survey was run by the University of Lisbon's Ana-Sofia Duarte, a "
        "sociologist. Duarte said the results were clear."
    )
    assert {(m.text, m.label) for m in ms} >= {
        ("the University of Lisbon", "ORG"), ("Ana-Sofia Duarte", "PERSON")
    }  # fmt: skip
    assert len(_keys(ms, "Duarte") | _keys(ms, "Ana-Sofia Duarte")) == 1


def test_a_country_owning_an_organisation_is_the_country(mentions_of):
    ms = mentions_of("said Ana Lopes, a chemist at Portugal’s Coimbra University.")
    assert ("Portugal", "GPE:PRT") in {(m.text, m.entity_key) for m in ms}
    assert "Coimbra University" in {m.text for m in ms}


def test_a_company_with_and_without_its_legal_suffix_is_one(mentions_of):
    ms = mentions_of(
        "Harlow Foods Inc. recalled the chicken on Monday. Harlow Foods said the plant "
        "in Ohio was closed."
    )
    keys = _keys(ms, "Harlow Foods Inc.") | _keys(ms, "Harlow Foods")
    assert len(keys) == 1


def test_a_one_word_person_used_only_as_a_medium_or_a_place_is_not_a_person():
    """The small model tags a platform or a city as a person; an article that posts
    things on it or holds things in it, and never gives it a full name or an honorific,
    is not talking about a person. Relying "on Smith" keeps Smith a person."""
    from spacy.tokens import Span

    from dossier.analyze.mentions import extract_mentions
    from dossier.analyze.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp("The mayor posted the clip on Chirper. The finals were held in Varna.")
    words = [t.text for t in doc]
    doc.ents = [
        Span(doc, words.index(w), words.index(w) + 1, "PERSON") for w in ("Chirper", "Varna")
    ]
    labels = {m.text: m.label for m in extract_mentions(doc, "t")}
    assert labels == {"Chirper": "ORG", "Varna": "GPE"}
    doc = nlp("The board relied on Smith for advice.")
    doc.ents = [Span(doc, 4, 5, "PERSON")]
    assert [m.label for m in extract_mentions(doc, "t")] == ["PERSON"]


def test_a_possessive_inside_one_name_does_not_cut_it(mentions_of):
    ms = mentions_of(
        "Hun Sen leads the Cambodian People's Party, which won the vote. Doctors at "
        "St. Jude Children's Research Hospital said the boy was stable."
    )
    names = {m.text: m.label for m in ms}
    assert names.get("the Cambodian People's Party") == "ORG"
    assert names.get("St. Jude Children's Research Hospital") == "ORG"
    assert not {"Cambodian People", "St. Jude Children", "Research Hospital"} & set(names)


def test_clock_times_and_time_zones_are_not_names(mentions_of):
    ms = mentions_of(
        "12:55 A.M. Hamas says it will abide by the truce.\n\n"
        "The fire started at 2 a.m. (0100 GMT) Friday, police said."
    )
    texts = {m.text for m in ms}
    assert "Hamas" in texts
    assert not [t for t in texts if "A.M." in t or "GMT" in t]


def test_a_people_and_its_adjective_are_one_group(mentions_of):
    ms = mentions_of(
        "Thousands of Palestinians marched on Friday. Palestinian leaders said the "
        "protest was peaceful."
    )
    assert _keys(ms, "Palestinians") == _keys(ms, "Palestinian") != set()


def test_a_verb_or_preposition_opening_the_line_is_not_part_of_the_name(mentions_of):
    texts = {m.text for m in mentions_of("Add Donald Trump to your alerts.")}
    texts |= {m.text for m in mentions_of("Inside Hamas, leaders argued.")}
    assert {"Donald Trump", "Hamas"} <= texts
    assert not [t for t in texts if t.startswith(("Add", "Inside"))]


def test_the_articles_person_tagged_as_a_place_is_that_person(mentions_of):
    ms = mentions_of(
        "President Fernando Cardoso met the governors on Monday. Investors want Cardoso "
        "to outline the plans."
    )
    cardoso = [m for m in ms if m.text == "Cardoso"]
    assert cardoso and cardoso[0].label == "PERSON"
    assert cardoso[0].entity_key == _keys(ms, "Fernando Cardoso").pop()


def test_a_generational_suffix_is_no_surname(mentions_of):
    """'Jr.' neither keys the name nor hides the surname the article goes on to use, and
    a 'Jr.' the tagger cuts off belongs to the name before it."""
    ms = mentions_of(
        "Lon Chaney Jr. played the part. Leslie Allen Merritt Jr., 21, was arrested. "
        "Police said Merritt fired. Chaney, Jr. was tall. Chaney left."
    )
    merritt = _keys(ms, "Leslie Allen Merritt Jr.")
    assert merritt == {"PERSON:leslie merritt"} and _keys(ms, "Merritt") == merritt
    chaney = _keys(ms, "Lon Chaney Jr.")
    assert chaney == {"PERSON:lon chaney"} and _keys(ms, "Chaney") == chaney
    assert "Jr." not in {m.text for m in ms}


def test_a_home_town_after_of_is_no_part_of_the_name():
    from spacy.tokens import Span

    from dossier.analyze.mentions import extract_mentions
    from dossier.analyze.nlp import load_nlp

    doc = load_nlp()("The crash killed Anna Perez of Ingleside on Friday. Perez was 19.")
    start = next(t.i for t in doc if t.text == "Anna")
    later = [e for e in doc.ents if e.start > start + 4]
    doc.ents = [Span(doc, start, start + 4, label="PERSON"), *later]  # as the tagger does
    ms = extract_mentions(doc, "t")
    assert _keys(ms, "Anna Perez") == _keys(ms, "Perez") == {"PERSON:anna perez"}
    assert [m.label for m in ms if m.text == "Ingleside"] == ["GPE"]


def test_call_signs_credits_and_companies_the_tagger_calls_people_are_organisations(
    mentions_of,
):
    ms = mentions_of(
        "The state agency JANA said the leader would meet the envoy. JANA quoted an aide. "
        "Photo: Getty Images. Ross founded Kell Ross & Co. in 2000. In 2002 Kell Ross "
        "bought the steelmaker. Mr. Ross said it was cheap. Later Pete Ross sold the firm. "
        "JFK was shot in 1963."
    )
    labels = {m.text: m.label for m in ms}
    assert labels["JANA"] == labels["Getty Images"] == labels["Kell Ross"] == "ORG"
    assert _keys(ms, "Kell Ross") == _keys(ms, "Kell Ross & Co.")
    assert _keys(ms, "Mr. Ross") == _keys(ms, "Pete Ross") == {"PERSON:pete ross"}
    assert labels["JFK"] == "PERSON"  # three capitals may be a person's initials


def test_a_country_the_tagger_calls_a_person_is_the_country(mentions_of):
    ms = mentions_of(
        "Landlocked Mali has been hit by a coup. Mali is poor. Soldiers in Mali rebelled."
    )
    assert [m.entity_key for m in ms if m.text == "Mali"] == ["GPE:MLI", "GPE:MLI"]


def test_a_datelines_state_abbreviation_is_the_state(mentions_of):
    ms = mentions_of(
        "BIRMINGHAM, Ala. (AP) -- A man was arrested on Monday. Alabama officials said he "
        "was held in Birmingham."
    )
    assert _keys(ms, "Ala.") == _keys(ms, "Alabama") == {"GPE:alabama"}


def test_a_name_tagged_with_its_article_keys_as_the_name():
    from dossier.analyze.mentions import name_key, without_the

    assert name_key("a Super Bowl") == name_key("the Super Bowl") == name_key("Super Bowl")
    assert without_the("an Airbus Group") == "Airbus Group"
    assert without_the("A Tribe Called Quest") == "A Tribe Called Quest"  # part of the name
    assert name_key("a man") == "a man"


def test_a_surname_opened_by_a_particle_is_one_surname(mentions_of):
    """'bin Laden' is the surname of 'Osama bin Laden', not a given name 'bin'; a given
    name that looks like a particle ('Al Gore') stays a given name."""
    ms = mentions_of(
        "Osama bin Laden was hiding in the hills. Officials said bin Laden had lived "
        "there for years. Mr. bin Laden rarely left. The actor Robert De Niro arrived "
        "late. De Niro said he was tired. Al Gore spoke next. Gore said it was hot."
    )
    osama = _keys(ms, "Osama bin Laden")
    assert osama and _keys(ms, "bin Laden") == _keys(ms, "Mr. bin Laden") == osama
    assert _keys(ms, "De Niro") == _keys(ms, "Robert De Niro")
    assert _keys(ms, "Gore") == _keys(ms, "Al Gore") == {"PERSON:al gore"}


def test_curly_and_straight_apostrophes_key_one_name(mentions_of):
    ms = mentions_of(
        "Staff at the Children’s Learning Place were fired. The Children's Learning "
        "Place said it would reopen."
    )
    names = {m.entity_key.split(":", 1)[1] for m in ms if "Learning Place" in m.text}
    assert names == {"children's learning place"}  # the label the story settles


def test_a_name_does_not_run_over_a_line_break(mentions_of):
    """A photo credit and the next paragraph's first word are no one name; that word,
    written in lower case elsewhere, is no name at all."""
    ms = mentions_of(
        "Anna Berg wrote the report on the new drug, and her editor read it twice before "
        "it ran. Photographs by Hayne Palmour IV\n\nCigarette smoke makes bacteria harder "
        "to kill, Berg said of the cigarette."
    )
    assert "Hayne Palmour IV" in {m.text for m in ms}
    assert not [m for m in ms if "\n" in m.text or m.text == "Cigarette"]


def test_an_interviews_q_and_a_word_in_lower_case_are_no_names(mentions_of):
    ms = mentions_of(
        "Q. Mobil is the second-biggest oil company, behind Exxon. Mobil Corp. said it "
        "would cut jobs. Researchers found that pregnant women who frequently took "
        "acetaminophen, sold under the brand name Tylenol, were more likely to have "
        "children later diagnosed."
    )
    assert {m.text for m in ms} == {"Mobil", "Exxon", "Mobil Corp.", "Tylenol"}
    assert _keys(ms, "Mobil") == _keys(ms, "Mobil Corp.") == {"ORG:mobil"}


def test_a_service_taken_to_or_owning_an_account_is_no_person(mentions_of):
    ms = mentions_of(
        "The actress took to Twitter on Saturday to call the actor out. "
        "She posted it from her Gab account; Gab did not comment."
    )
    assert {m.text: m.label for m in ms} == {"Twitter": "ORG", "Gab": "ORG"}


def test_a_title_marks_a_person_the_tagger_calls_an_organisation(mentions_of):
    """A spokeswoman named in full is a person even when the tagger calls her name an
    organisation, and a rank the tagger glues to the force is no part of its name."""
    ms = mentions_of(
        "In a statement, Lissa Druss Christman, a spokeswoman for the daycare center, said "
        "two workers were fired. In an email, daycare spokeswoman Lissa Druss Christman "
        "said the children were safe. Christman said more. The man laid down in front of "
        "the car, according to San Diego Police Sgt. Tom Sullivan. She lives in a house, "
        "said San Diego police Sgt. Tim Underwood."
    )
    assert {m.label for m in ms if "Christman" in m.text} == {"PERSON"}
    assert _keys(ms, "Christman") == _keys(ms, "Lissa Druss Christman")
    assert "San Diego Police" in {m.text for m in ms if m.label == "ORG"}
    assert "Sgt" not in {m.text for m in ms}  # a rank alone names nobody


def test_a_road_is_no_organisation(mentions_of):
    ms = mentions_of("The car hit him on Mira Mesa Boulevard near the hotel.")
    assert [(m.text, m.label) for m in ms] == [("Mira Mesa Boulevard", "FAC")]


def test_an_interviews_initials_are_the_person_with_them(mentions_of):
    ms = mentions_of(
        "Peter Travers talks with Matt Damon about his new film.\n\nMD: That was smart. "
        "It was a total business decision.\n\nPT: But you cannot live his life for him."
        "\n\nMD: Right."
    )
    assert _keys(ms, "MD") == _keys(ms, "Matt Damon") == {"PERSON:matt damon"}
    assert _keys(ms, "PT") == {"PERSON:peter travers"}


def test_two_words_after_a_middle_initial_are_a_surname(mentions_of):
    """'Ana M. Ruiz Lopez' goes by 'Ruiz Lopez'; 'Humphrey Bogart' beside 'Stephen
    Humphrey Bogart' is another man (no initial marks 'Humphrey' a surname)."""
    ms = mentions_of(
        "Smoke makes bacteria stronger, said Dr. Ana M. Ruiz Lopez of the university. "
        "Ruiz Lopez, a pulmonologist, led the study. Stephen Humphrey Bogart wrote about "
        "his father, Humphrey Bogart."
    )
    assert _keys(ms, "Ruiz Lopez") == _keys(ms, "Dr. Ana M. Ruiz Lopez") == {"PERSON:ana lopez"}
    assert _keys(ms, "Humphrey Bogart") != _keys(ms, "Stephen Humphrey Bogart")


def test_a_term_the_article_abbreviates_and_a_piece_of_a_code_are_no_names(mentions_of):
    ms = mentions_of(
        "Children received a diagnosis of a severe form of ADHD called hyperkinetic "
        "disorder, or HKD. Some physicians were convinced that EV-D68 was the cause. "
        "The Centers for Disease Control and Prevention (CDC) said so."
    )
    assert [m.entity_key for m in ms if m.text == "HKD"] == [None]
    acute = mentions_of("She developed acute flaccid myelitis (AFM) in 2014. Smith (R) spoke.")
    assert [(m.text, m.entity_key) for m in acute if m.text != "Smith"] == [("AFM", None)]
    assert "EV" not in {m.text for m in ms}
    assert _keys(ms, "CDC") == {"ORG:centers for disease control and prevention"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Archaeologists found a relic of John the Apostle. John the Apostle's grave is "
         "said to be in Turkey.", "John the Apostle"),
        ("Alexander the Great conquered Persia. Ivan the Terrible was crowned in 1547.",
         "Ivan the Terrible"),
        ("Catherine the Great ruled Russia for decades.", "Catherine the Great"),
    ],
)  # fmt: skip
def test_a_name_with_its_epithet_is_one_person(mentions_of, text, name):
    ms = mentions_of(text)
    assert name in {m.text for m in ms}
    assert not any(m.text.endswith(" the") for m in ms)
    assert all(m.text not in ("Apostle", "Terrible", "Great") for m in ms)


def test_a_verbs_next_argument_after_an_object_is_no_epithet(mentions_of):
    ms = mentions_of(
        "Trump told Obama the Democrats had lost. Clinton met Sanders the Monday after."
    )
    texts = {m.text for m in ms}
    assert {"Obama", "Sanders"} <= texts
    assert not any(" the " in t for t in texts)


def test_a_one_word_name_does_not_run_over_of_into_a_company_named_alone(mentions_of):
    """'Clark of Netscape' is a man and his company when the article names the company
    on its own; the company is no part of the man's name."""
    ms = mentions_of(
        "In the summer of 1994, Douglas Moss, president of Spyglass, met with Clark of "
        "Netscape at the airport. Netscape had little money then."
    )
    assert "Clark of Netscape" not in {m.text for m in ms}
    assert {m.label for m in ms if m.text == "Netscape"} == {"ORG"}
    assert _keys(ms, "Clark") == {"PERSON:clark"}


def test_two_words_after_an_honorific_are_the_surname_of_the_longer_name(mentions_of):
    """"Ms. Dickson Wright" is Anna Maria Dickson Wright, not her father named later;
    "Van Horn" after "Thomas Van Horn" is his surname, not a given name "Van"."""
    ms = mentions_of(
        "Anna Maria Dickson Wright, who died on Monday, was a cook. Ms. Dickson Wright "
        "grew up in London. Her father, Dr. Arthur Dickson Wright, was a surgeon. Ms. "
        "Dickson Wright said she loved lard. Anna Maria Dickson Wright wrote books."
    )
    assert _keys(ms, "Ms. Dickson Wright") == _keys(ms, "Anna Maria Dickson Wright")
    assert _keys(ms, "Dr. Arthur Dickson Wright") != _keys(ms, "Ms. Dickson Wright")
    ms = mentions_of(
        "Prosecutors charged Thomas Van Horn, 52, with fraud on Monday. Van Horn has "
        "pleaded not guilty, and Van Horn will appear in court in May."
    )
    assert _keys(ms, "Van Horn") == _keys(ms, "Thomas Van Horn")


def test_a_name_stops_at_a_slash_a_spaced_dash_a_rank_and_a_date(mentions_of):
    """A photo credit, a signature, a town's officer and a broadcast time: the name
    ends where the credit, the signature's office, the rank or the date begins."""
    ms = mentions_of(
        "The singer smiled on Monday. (Jane Doe/Jane Doe/Invision/AP) Next, Dana W. White "
        "- DoD (@Spox) November 16, 2017. Pentagon spokesman Col. Rob Manning said so. "
        "Police in Pittsfield said Monday that the cars were stolen, according to "
        "Pittsfield Lt. Mary Hodges. His special airs on Comedy Central October 29th at "
        "11:00 p.m. EST."
    )
    texts = {m.text for m in ms}
    assert {"Jane Doe", "Dana W. White", "Rob Manning", "Mary Hodges"} <= texts
    assert not [t for t in texts if "/" in t or "DoD" in t or "Lt" in t or "October" in t]
    assert "Col" not in texts  # a rank alone names nobody
    assert {m.label for m in ms if m.text == "Pittsfield"} == {"GPE"}
    assert "Comedy Central" in texts


def test_a_last_word_decides_what_a_name_of_several_words_is(mentions_of):
    ms = mentions_of(
        "He pleaded guilty in Central Hampshire District Court to two counts. Boats "
        "crossed the San Diego Bay."
    )
    labels = {m.text: m.label for m in ms}
    assert labels["Central Hampshire District Court"] == "ORG"  # tagged a place
    assert labels["the San Diego Bay"] == "LOC"  # tagged a building


def test_a_head_word_alone_is_the_organisation_named_before_with_it(mentions_of):
    ms = mentions_of(
        "The Truth and Reconciliation Commission issued its report on Monday. The "
        "Commission said the party was to blame. Officials of the Church of England met. "
        "The Church said no."
    )
    assert _keys(ms, "Commission") == {"ORG:truth and reconciliation commission"}
    assert _keys(ms, "Church") == {"ORG:church of england"}


def test_a_title_of_several_words_and_a_cut_particle_are_no_part_of_the_name(mentions_of):
    ms = mentions_of(
        "Archbishop Desmond Tutu said the report was fair. Medical Fellow Hayley Goldbach "
        "wrote the paper. Goldbach said so. Mary King Smith left. Former President F.W.\n"
        "de Klerk plans to go to court. Mr. de Klerk said so."
    )
    texts = {m.text for m in ms}
    assert {"Desmond Tutu", "Hayley Goldbach", "Mary King Smith", "de Klerk"} <= texts
    assert not [t for t in texts if t.startswith(("Archbishop", "Fellow", "Medical"))]
    assert _keys(ms, "de Klerk") == _keys(ms, "Mr. de Klerk") == {"PERSON:de_klerk"}


def test_a_wire_in_brackets_after_a_dateline_is_no_initials_of_the_country(mentions_of):
    ms = mentions_of(
        "INNSBRUCK, Austria (AP) -- Police turned back 136 people. The Centers for Disease "
        "Control and Prevention (CDC) said so."
    )
    assert _keys(ms, "AP") == {"ORG:ap"}
    assert _keys(ms, "CDC") == {"ORG:centers for disease control and prevention"}


def test_an_honorific_joins_the_full_name_whose_pronouns_agree(mentions_of):
    """"Mr. Bush" after "Barbara Bush" is her husband, named before with "his"."""
    ms = mentions_of(
        "George Bush met his wife Barbara Bush on Monday. She said she was proud of the "
        "family. Mr. Bush said he was tired. Mrs. Bush smiled."
    )
    assert _keys(ms, "Mr. Bush") == _keys(ms, "George Bush") == {"PERSON:george bush"}
    assert _keys(ms, "Mrs. Bush") == {"PERSON:barbara bush"}


def test_of_after_a_persons_age_gives_a_town(mentions_of):
    ms = mentions_of(
        "Police charged Joseph E. Van Wert, 65, of Becket, and Randy W. Lambach, 45, of "
        "Pittsfield, on Monday. Ann Lee, 45, of Acme Corp., left."
    )
    labels = {m.text: m.label for m in ms}
    assert labels["Becket"] == "GPE"  # the tagger calls it an organisation
    assert labels["Acme Corp."] == "ORG"


def test_a_group_word_after_a_name_and_the_is_the_persons_epithet(mentions_of):
    """"Saint John the Theologian": the tagger calls "Theologian" a group and the name
    before it a place or nothing; a people ("the Macedonian") is left to the tagger."""
    ms = mentions_of(
        "The church is named for Saint John the Theologian, who was an apostle. It holds "
        "ashes of St. John the Theologian, the head of the museum said."
    )
    assert _keys(ms, "Saint John the Theologian") == {"PERSON:john theologian"}
    assert _keys(ms, "St. John the Theologian") == {"PERSON:john theologian"}
    assert not [m for m in ms if m.label == "NORP" or m.text.endswith(" the")]


def test_first_lady_is_a_title_not_part_of_her_name(mentions_of):
    text = (
        "A reporter asked about first Lady Melania Trump's plans. Lady Gaga sang at the "
        "event. Donald Trump spoke for an hour."
    )
    ms = mentions_of(text)
    melania = [m for m in ms if "Melania" in m.text]
    assert melania and all(m.entity_key == "PERSON:melania trump" for m in melania)
    assert any(m.text == "Lady Gaga" for m in ms)


def test_a_known_surname_opening_a_sentence_is_a_name_even_tagged_a_noun(mentions_of):
    # the tagger reads the sentence-initial word as a common noun ("trump" the verb's noun)
    text = (
        "Donald Trump spoke for an hour. A reporter asked about his plans. "
        "Trump said he was proud of the team."
    )
    said = [m for m in mentions_of(text) if m.text == "Trump"]
    assert [m.entity_key for m in said] == ["PERSON:donald trump"]
