"""Canonical entities across the korea-2017 articles, and quotes merged across outlets."""

from __future__ import annotations


def _entity(briefing, name):
    found = [e for e in briefing.entities if e.name == name]
    assert len(found) == 1, f"expected one entity named {name!r}"
    return found[0]


def test_xi_is_one_entity_with_his_aliases(korea_briefing):
    xi = _entity(korea_briefing, "Xi Jinping")
    assert xi.type == "PERSON"
    assert {"Mr. Xi"} <= set(xi.aliases)
    assert not [e for e in korea_briefing.entities if e.name in ("Xi", "Mr. Xi")]
    assert set(xi.mentions_by_outlet) == {"The New York Times", "ThinkProgress"}
    assert xi.mention_count == sum(xi.mentions_by_article.values()) == len(xi.mentions)


def test_the_chinese_president_counts_for_xi(korea_briefing):
    xi = _entity(korea_briefing, "Xi Jinping")
    spans = {(s.article_id, s.start) for s in xi.mentions}
    texts = {korea_briefing.article(a).text[s : s + 21] for a, s in spans}
    assert "the Chinese president" in texts or "chinese president" in " ".join(xi.descriptions)


def test_trump_surname_only_article_joins_the_full_name(korea_briefing):
    trump = _entity(korea_briefing, "Donald Trump")
    assert len(trump.mentions_by_article) == 3
    assert "Mr. Trump" in trump.aliases


def test_countries_absorb_capitals_and_demonyms_used_as_actors(korea_briefing):
    china = _entity(korea_briefing, "China")
    assert china.type == "GPE" and china.country == "CHN"
    assert "Beijing" in china.aliases
    north = _entity(korea_briefing, "North Korea")
    assert north.country == "PRK"
    assert "North" in north.aliases


def test_descriptions_come_from_the_articles(korea_briefing):
    glaser = _entity(korea_briefing, "Bonnie S. Glaser")
    assert any("China Power Project" in d for d in glaser.descriptions)


def test_story_quotes_resolve_speakers_to_entities(korea_briefing):
    hart = _entity(korea_briefing, "Melanie Hart")
    theirs = [q for q in korea_briefing.quotes if q.speaker_entity_id == hart.id]
    assert len(theirs) >= 4
    assert all(q.speaker == "Melanie Hart" for q in theirs)
    assert all(q.outlets == ["ThinkProgress"] for q in theirs)


def test_same_words_in_two_outlets_are_one_quote():
    import datetime as dt

    import dossier
    from dossier.model import Article

    said = "“We will not accept any delay in the talks over the border,” Ana Ruiz said."
    a = Article(
        id="a1",
        text=f"Ana Ruiz is the foreign minister. {said}",
        outlet="Daily A",
        published=dt.date(2020, 1, 1),
    )
    b = Article(
        id="b1",
        text=f"Talks resumed on Monday. {said} She left early.",
        outlet="Daily B",
        published=dt.date(2020, 1, 2),
    )
    briefing = dossier.brief([a, b])
    merged = [q for q in briefing.quotes if "accept any delay" in q.text]
    assert len(merged) == 1
    assert merged[0].outlets == ["Daily A", "Daily B"]
    assert merged[0].speaker == "Ana Ruiz"
    assert len(merged[0].occurrences) == 2


def test_a_datelines_capitals_do_not_name_the_city_and_a_capital_has_its_country():
    import datetime as dt

    import dossier
    from dossier.model import Article

    a = Article(
        id="a1",
        text="NAIROBI, Kenya — Flooding closed roads on Monday. Officials in Nairobi "
        "said the rain would ease.",
        outlet="Daily A",
        published=dt.date(2020, 1, 1),
    )
    b = Article(
        id="b1",
        text="NAIROBI — Schools reopened after the floods. Parents welcomed it.",
        outlet="Daily B",
        published=dt.date(2020, 1, 2),
    )
    names = {e.name: e for e in dossier.brief([a, b]).entities}
    assert "NAIROBI" not in names
    assert names["Nairobi"].country == "KEN"


def test_an_outlet_naming_itself_is_the_reporter_not_an_entity():
    import dossier
    from dossier.render.markdown import render_markdown
    from tests.story_builders import article

    own = article(1, "Harbor Gazette", 4, (
        "The port authority closed the north pier on Monday, its director told the "
        "Harbor Gazette. Dock workers were moved to the south pier."
    ))  # fmt: skip
    cited = article(2, "Valley Courier", 5, (
        "The port authority closed the north pier on Monday, the Harbor Gazette "
        "reported. Ferries were delayed."
    ))  # fmt: skip
    other = article(3, "Evening Post", 5, "Ferry passengers waited for hours on Tuesday.")
    alone = dossier.brief([own, other])
    assert not [e for e in alone.entities if e.name == "Harbor Gazette"]
    compare = render_markdown(alone).split("## How outlets compare")[1].splitlines()
    header = next((line for line in compare if line.startswith("| Outlet |")), "")
    only_here = [line for line in compare if "only here:" in line]
    assert "Harbor Gazette" not in header and not any("Harbor Gazette" in x for x in only_here)
    both = dossier.brief([own, cited, other])
    gazette = [e for e in both.entities if e.name == "Harbor Gazette"]
    assert gazette and set(gazette[0].mentions_by_outlet) == {"Harbor Gazette", "Valley Courier"}


def test_countries_are_named_as_the_news_names_them():
    """ISO's sorted and official forms ("Palestine, State of", "Türkiye") are not what a
    reader of English news knows the country as."""
    import dossier
    from tests.story_builders import article

    one = article(1, "Daily A", 4, (
        "Officials in Palestine said the crossing would reopen on Monday. Turkey "
        "said aid trucks were waiting at the border."
    ))  # fmt: skip
    two = article(2, "Daily B", 5, (
        "The Palestinians said the crossing reopened. Turkey said the trucks had "
        "crossed by noon."
    ))  # fmt: skip
    names = {e.country: e.name for e in dossier.brief([one, two]).entities if e.country}
    assert names.get("PSE") == "Palestine"
    assert names.get("TUR") == "Turkey"


def test_an_acronym_joins_the_one_name_of_the_story_it_abbreviates():
    """"IOC" in one article and "the International Olympic Committee" in another are one
    organisation, named in full; initials two names of the story share merge nothing."""
    import dossier
    from tests.story_builders import article

    spelled = article(1, "Daily A", 4, (
        "The International Olympic Committee opened an inquiry on Monday. IOC officials "
        "said the bid city had paid scholarships."
    ))  # fmt: skip
    initials = article(2, "Daily B", 5, (
        "The IOC said on Tuesday that the inquiry would take a month."
    ))  # fmt: skip
    entities = {e.name: e for e in dossier.brief([spelled, initials]).entities}
    ioc = entities["International Olympic Committee"]
    assert "IOC" in ioc.aliases and set(ioc.mentions_by_article) == {"fixture-1", "fixture-2"}
    assert "IOC" not in entities

    two_fronts = article(3, "Daily C", 6, (
        "The National Liberation Front and the National Labor Federation met on "
        "Wednesday. The NLF said the talks had begun."
    ))  # fmt: skip
    entities = {e.name: e for e in dossier.brief([two_fronts]).entities}
    assert "NLF" in entities and "NLF" not in entities["National Liberation Front"].aliases


def test_initials_skip_function_words_and_spell_out_abbreviations():
    from dossier.story.acronyms import acronym_of, initials

    assert "IOC" in initials("the International Olympic Committee")
    assert {"FBI"} <= initials("Federal Bureau of Investigation")
    assert "USOC" in initials("U.S. Olympic Committee")
    assert initials("Olympics") == set() and initials("the bid committee") == set()
    assert acronym_of("the U.N.") == "UN" and acronym_of("Nato") is None


def test_a_speaker_span_with_no_letters_names_nobody():
    """Whatever the quote finder gives as a speaker, a list bullet is not one: the story
    quote is left unattributed rather than credited to "•"."""
    import dossier
    from dossier.analyze import analyze_many
    from tests.story_builders import article

    one = article(1, "Daily A", 4, "“We are ready for the vote,” Ana Ruiz said on Monday.")
    analysis = next(iter(analyze_many([one])))
    quote = next(q for q in analysis.quotes if "ready for the vote" in q.text)
    quote.speaker, quote.speaker_text, quote.speaker_key = "•", "•", None
    merged = dossier.brief([one], analyses={one.id: analysis}).quotes
    assert [q.speaker for q in merged if "ready for the vote" in q.text] == [None]


def test_a_short_given_name_joins_the_full_form_unless_an_article_tells_them_apart():
    import dossier
    from tests.story_builders import article

    short = article(1, "Daily A", 4, "Jeff Chapa, a doctor, said the risk was small.")
    full = article(2, "Daily B", 5, (
        "Jeffrey Chapa, head of medicine at the clinic, said women should ask. Dan Ruiz, "
        "a nurse, agreed. His sister, Danielle Ruiz, did not."
    ))  # fmt: skip
    names = {e.name: e for e in dossier.brief([short, full]).entities}
    assert "Jeff Chapa" in names["Jeffrey Chapa"].aliases and "Jeff Chapa" not in names
    assert {"Dan Ruiz", "Danielle Ruiz"} <= set(names)


def test_one_name_tagged_two_ways_is_one_entity():
    """The small tagger calls "White House" a facility in one sentence and an
    organisation in the next; the story keeps one entity, under the more frequent label."""
    import dossier
    from dossier.analyze import analyze_many
    from tests.story_builders import article

    one = article(1, "Daily A", 4, (
        "The White House said on Monday that talks would resume. The White House "
        "later named a negotiator. Protesters gathered outside the White House."
    ))  # fmt: skip
    analysis = next(iter(analyze_many([one])))
    house = [m for m in analysis.mentions if m.text.endswith("White House")]
    assert len(house) == 3
    house[-1].label, house[-1].entity_key = "FAC", "FAC:white house"  # as the tagger does
    entities = dossier.brief([one], analyses={one.id: analysis}).entities
    found = [e for e in entities if e.name == "White House"]
    assert len(found) == 1 and found[0].type == "ORG" and found[0].mention_count == 3


def _relabel(analysis, text: str, label: str) -> None:
    """Label the mentions written ``text`` as the small tagger sometimes does."""
    for m in analysis.mentions:
        if m.text == text:
            m.label, m.entity_key = label, f"{label}:{text.lower()}"


def test_a_person_tagged_as_a_thing_in_another_article_is_that_person():
    """Names the tagger called a place or an organisation in an article that never
    spells the full name out join the story's one person with that surname."""
    import dossier
    from dossier.analyze import analyze_many
    from tests.story_builders import article

    full = article(1, "Daily A", 4, (
        "President Fernando Cardoso met Norodom Ranariddh on Monday. Cardoso said the "
        "budget would be cut."
    ))  # fmt: skip
    short = article(2, "Daily B", 5, (
        "Investors want Cardoso to outline the plans. Prince Norodom Ranariddh said "
        "Ranariddh would vote. "
        "Ford said the plant would stay open."
    ))  # fmt: skip
    analyses = dict(zip([full.id, short.id], analyze_many([full, short]), strict=True))
    _relabel(analyses[short.id], "Cardoso", "LOC")  # as the small tagger does
    entities = dossier.brief([full, short], analyses=analyses).entities
    names = {e.name: e for e in entities}
    assert set(names["Fernando Cardoso"].mentions_by_article) == {full.id, short.id}
    ranariddh = names["Norodom Ranariddh"]
    assert ranariddh.type == "PERSON" and ranariddh.mention_count == 3
    assert not {"Cardoso", "Ranariddh", "Prince Norodom Ranariddh"} & set(names)
    assert names["Ford"].type == "ORG"  # no person of the story is called Ford


def test_a_lone_word_under_two_labels_is_one_entity():
    """A company the tagger calls an organisation, a person and a place in turn: one
    entity, and a person only if the tagger never calls it anything else."""
    import dossier
    from dossier.analyze import analyze_many
    from tests.story_builders import article

    text = "Chimerix said on Tuesday that the drug would ship. Shares of Chimerix rose."
    arts = [article(n, f"Daily {n}", 4, text) for n in range(6)]
    analyses = dict(zip([a.id for a in arts], analyze_many(arts), strict=True))
    for a, label in zip(arts[2:], ("PERSON", "PERSON", "PERSON", "GPE"), strict=True):
        _relabel(analyses[a.id], "Chimerix", label)
    entities = dossier.brief(arts, analyses=analyses).entities
    chimerix = [e for e in entities if e.name == "Chimerix"]
    assert len(chimerix) == 1 and chimerix[0].type == "ORG" and chimerix[0].mention_count == 6


def test_a_nickname_beside_the_full_name_in_one_article_is_the_same_person():
    import dossier
    from tests.story_builders import article

    one = article(1, "Daily A", 4, (
        "Steve Vogelsang, a former anchor, was charged on Monday. In a statement, "
        "Stephen Vogelsang denied the charges."
    ))  # fmt: skip
    people = [e for e in dossier.brief([one]).entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Stephen Vogelsang"]


def test_a_name_by_its_middle_and_last_words_is_the_longer_name():
    """People go by a middle name, and one article writes the full name: one entity.
    An article naming both forms tells a son from the father he is named after."""
    import dossier
    from tests.story_builders import article

    full = article(1, "Daily A", 4, (
        "Anna Maria Kowalski, a spokeswoman for the ministry, said the letter had arrived."
    ))  # fmt: skip
    short = article(2, "Daily B", 5, (
        "The ministry has a clear position, Maria Kowalski said on Tuesday. Kowalski "
        "declined to say more."
    ))  # fmt: skip
    both = article(3, "Daily C", 6, (
        "The estate goes to her son, Paul Henry Lindqvist, of Naples. A trust her late "
        "husband Henry Lindqvist left her is split too."
    ))  # fmt: skip
    names = {e.name: e for e in dossier.brief([full, short, both]).entities}
    assert names["Anna Maria Kowalski"].mention_count == 3
    assert "Maria Kowalski" in names["Anna Maria Kowalski"].aliases
    assert "Maria Kowalski" not in names
    son, father = names["Paul Henry Lindqvist"], names["Henry Lindqvist"]
    assert son.mention_count == father.mention_count == 1


def test_a_lone_given_name_joins_no_full_name_of_another_article():
    """'His bride, Hilary' is not the Hilary Clinton of another article; a word after a
    title ('President Moon') is a surname and joins the name written surname first, and
    a given name in an article naming the family joins the one full name of that family."""
    import dossier
    from tests.story_builders import article

    texts = [
        "Ross married for the third time in 2004. His bride, Hilary, had spent her life "
        "in Palm Beach.",
        "Hilary Clinton lost the election in November.",
        "President Moon said the talks would resume.",
        "Moon Jae-in met the envoy on Monday.",
        "Arthur Lindqvist said the ring was stolen from his wife, Greta, in the hospital.",
        "Greta Lindqvist wore the ring for 67 years.",
    ]
    arts = [article(n, f"Daily {n}", 4 + n, t) for n, t in enumerate(texts, 1)]
    names = {e.name: e for e in dossier.brief(arts).entities}
    assert "Hilary" in names and names["Hilary Clinton"].mention_count == 1
    assert names["Moon Jae-in"].aliases == ["Moon"]
    assert names["Greta Lindqvist"].aliases == ["Greta"]  # the article names her family


def test_a_group_and_its_singular_are_one_entity_and_kosovo_has_its_name():
    import dossier
    from tests.story_builders import article

    one = article(1, "Daily A", 4, (
        "Muslims gathered in the square. The Muslim leaders said Kosovo would vote. "
        "Kosovo is small."
    ))  # fmt: skip
    names = {e.name: e for e in dossier.brief([one]).entities}
    assert names["Muslim"].aliases == ["Muslims"] and "Muslims" not in names
    assert names["Kosovo"].type == "GPE" and "XKX" not in names


def test_a_two_word_surname_tagged_a_thing_is_the_person_mr_names():
    """The tagger calls "Benicio Del Toro" an organisation and "Del Toro" a place; the
    "Mr. Del Toro" of the story says both are the actor."""
    import dossier
    from tests.story_builders import article

    review = article(1, "Daily A", 4, (
        "The film stars Benicio Del Toro as a stage actor. Critics liked the sets."
    ))  # fmt: skip
    other = article(2, "Daily B", 5, (
        "Mr. Del Toro plays the lead. The studio said Del Toro had trained for months."
    ))  # fmt: skip
    entities = dossier.brief([review, other]).entities
    assert [(e.name, e.type, e.mention_count) for e in entities] == [
        ("Benicio Del Toro", "PERSON", 3)
    ]


def test_a_company_by_its_first_word_is_the_company_with_the_legal_suffix():
    import dossier
    from tests.story_builders import article

    one = article(1, "Daily A", 4, (
        "Halvorsen Foods Inc. closed a plant in Ohio on Monday. A spokesman for Halvorsen "
        "said the workers would be moved to the Halvorsen plant in Iowa."
    ))  # fmt: skip
    two = article(2, "Daily B", 5, (
        "Activists filmed inside the Halvorsen barns in May. Halvorsen denied any abuse."
    ))  # fmt: skip
    orgs = [e for e in dossier.brief([one, two]).entities if e.type == "ORG"]
    assert len(orgs) == 1 and "Halvorsen Foods Inc." in [orgs[0].name, *orgs[0].aliases]


def test_a_country_tagged_a_person_in_one_article_is_the_country_of_the_others():
    import dossier
    from tests.story_builders import article

    person = article(1, "Daily A", 4, "Mali has to import its fuel. Mali is landlocked.")
    place = article(2, "Daily B", 5, (
        "The coup in Mali has led to sanctions against Mali by its neighbours. Mali's junta "
        "refused to step down."
    ))  # fmt: skip
    entities = dossier.brief([person, place]).entities
    assert [(e.name, e.type, e.mention_count) for e in entities] == [("Mali", "GPE", 5)]


def test_an_acronym_the_article_defines_in_brackets_joins_the_name():
    """"the Centers for Disease Control and Prevention (CDC)" defines initials that are
    not every word's; the bare "CDC" of another article is the same agency."""
    import dossier
    from tests.story_builders import article

    spelled = article(1, "Daily A", 4, (
        "The Centers for Disease Control and Prevention (CDC) is warning parents about "
        "a rare illness. The agency counted 50 cases."
    ))  # fmt: skip
    bare = article(2, "Daily B", 5, "The CDC said on Tuesday that the cases were rising.")
    entities = {e.name: e for e in dossier.brief([spelled, bare]).entities}
    cdc = entities["Centers for Disease Control and Prevention"]
    assert "CDC" in cdc.aliases and set(cdc.mentions_by_article) == {"fixture-1", "fixture-2"}
    assert "CDC" not in entities


def test_a_name_spelled_with_and_without_a_hyphen_is_one_person():
    """"Kim Dae-jung" and "Kim Dae Jung" are one president, and "President Kim" of a
    third article is he, not left between two candidates; a doubled letter of another
    transliteration ("Mohammed") spells the same name."""
    import dossier
    from tests.story_builders import article

    arts = [
        article(1, "Daily A", 4, "President Kim Dae-jung met the envoy. Kim said talks helped."),
        article(2, "Daily B", 5, "Kim Dae Jung, the president, flew to Tokyo on Friday."),
        article(3, "Daily C", 6, "President Kim said on Monday that the talks would resume."),
    ]
    people = [e for e in dossier.brief(arts).entities if e.type == "PERSON"]
    assert len(people) == 1 and len(people[0].mentions_by_article) == 3

    arts = [
        article(4, "Daily D", 4, "Mohamed Morsi spoke on Monday. Morsi said he would stay."),
        article(5, "Daily E", 5, "Mohammed Morsi met the envoy. Mr. Morsi declined to leave."),
    ]
    people = [e for e in dossier.brief(arts).entities if e.type == "PERSON"]
    assert [len(e.mentions_by_article) for e in people] == [2]


def test_a_name_of_several_words_tagged_an_event_and_an_organisation_is_one_entity():
    import dossier
    from dossier.analyze import analyze_many
    from tests.story_builders import article

    arts = [
        article(n, f"Daily {n}", 4, "The Asian Games open in Bangkok on Sunday. Crowds came.")
        for n in range(3)
    ]
    analyses = dict(zip([a.id for a in arts], analyze_many(arts), strict=True))
    for a, label in zip(arts, ("EVENT", "EVENT", "ORG"), strict=True):
        for m in analyses[a.id].mentions:
            if m.text.endswith("Asian Games"):
                m.label, m.entity_key = label, f"{label}:asian games"  # as the tagger does
    entities = dossier.brief(arts, analyses=analyses).entities
    games = [e for e in entities if e.name == "Asian Games"]
    assert len(games) == 1 and games[0].type == "EVENT" and games[0].mention_count == 3


def test_a_force_named_without_department_is_the_department():
    import dossier
    from tests.story_builders import article

    arts = [
        article(1, "Daily A", 4, "The Chicago Police Department said two men were held."),
        article(2, "Daily B", 5, "Chicago Police said on Friday that two men were held."),
    ]
    orgs = [e for e in dossier.brief(arts).entities if e.type == "ORG"]
    assert [(e.name, len(e.mentions_by_article)) for e in orgs] == [
        ("Chicago Police Department", 2)
    ]


def test_initials_an_article_defines_as_a_term_are_no_entity_in_the_story():
    import dossier
    from tests.story_builders import article

    arts = [
        article(1, "Daily A", 4, (
            "Children received a diagnosis of a severe form of ADHD called hyperkinetic "
            "disorder, or HKD. The risk of HKD rose."
        )),
        article(2, "Daily B", 5, "The study tied HKD to the drug, Beate Ritz said."),
    ]  # fmt: skip
    names = {e.name for e in dossier.brief(arts).entities}
    assert "HKD" not in names and "Beate Ritz" in names


def test_one_name_spelled_three_ways_across_articles_is_one_person():
    """"Ms. Dickson Wright" ties "Clara Dickson Wright" to the bare "Dickson Wright" of
    other articles, and "Clara Dickson-Wright" follows the chain to the same person; a
    middle initial does not part "Joseph E. Van Horn" from "Joseph VanHorn"."""
    import dossier
    from tests.story_builders import article

    arts = [
        article(1, "Daily A", 4, (
            "Clara Dickson Wright, the cook, died on Monday. Ms. Dickson Wright was 66. "
            "Ms. Dickson Wright lived in Edinburgh."
        )),
        article(2, "Daily B", 5, (
            "Clara Dickson Wright died on Monday. Dickson Wright was a cook. Dickson "
            "Wright lived in Edinburgh. Dickson Wright wrote books. Clara Dickson-Wright "
            "was 66."
        )),
        article(3, "Daily C", 6, (
            "Joseph E. Van Horn, 65, was charged on Monday. Van Horn said nothing."
        )),
        article(4, "Daily D", 6, "Joseph VanHorn, 65, was held. VanHorn said nothing."),
    ]  # fmt: skip
    people = [e for e in dossier.brief(arts).entities if e.type == "PERSON"]
    names = sorted(e.name for e in people)
    assert [n for n in names if "Wright" in n] == ["Clara Dickson Wright"]
    assert len([n for n in names if "Horn" in n]) == 1


def test_two_words_tagged_a_person_as_often_as_a_thing_are_the_person():
    import dossier
    from dossier.analyze import analyze_many
    from tests.story_builders import article

    one = article(1, "Daily A", 4, "The rapper Kid Cudi said on Monday that he was sober.")
    two = article(2, "Daily B", 5, "On Tuesday, the rapper Kid Cudi thanked his fans.")
    analyses = dict(zip([one.id, two.id], analyze_many([one, two]), strict=True))
    _relabel(analyses[one.id], "Kid Cudi", "PERSON")
    _relabel(analyses[two.id], "Kid Cudi", "ORG")  # the small tagger labels it both ways
    entities = dossier.brief([one, two], analyses=analyses).entities
    cudi = [e for e in entities if e.name == "Kid Cudi"]
    assert len(cudi) == 1 and cudi[0].type == "PERSON" and cudi[0].mention_count == 2
    _relabel(analyses[one.id], "Kid Cudi", "ORG")  # a company more often than a person
    three = article(3, "Daily C", 6, "Kid Cudi said more on Friday.")
    (analysis,) = analyze_many([three])
    _relabel(analysis, "Kid Cudi", "PERSON")
    analyses[three.id] = analysis
    entities = dossier.brief([one, two, three], analyses=analyses).entities
    assert len([e for e in entities if e.name == "Kid Cudi"]) == 2


def test_a_company_written_with_and_without_a_plural_s_is_one_and_calif_is_california():
    import dossier
    from tests.story_builders import article

    arts = [
        article(1, "Daily A", 4, (
            "Netscape Communications Corp. said on Monday that sales rose. Netscape "
            "hired 40 people in Richmond, Calif., last year."
        )),
        article(2, "Daily B", 5, (
            "Netscape Communication Corp. said on Tuesday that Netscape would grow. "
            "Ford Motor Company said Ford would too."
        )),
    ]  # fmt: skip
    names = {e.name: e for e in dossier.brief(arts).entities}
    netscape = [n for n in names if n.startswith("Netscape")]
    assert len(netscape) == 1 and names[netscape[0]].type == "ORG"
    assert "California" in names and "Calif." not in names
    assert len([n for n in names if n.startswith("Ford")]) == 1
