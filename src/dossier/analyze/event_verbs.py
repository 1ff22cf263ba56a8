"""The event dictionary: verb and noun lemmas -> CAMEO codes.

Built from the CAMEO 1.1b3 category names and descriptions and everyday newswire
usage, not from any gold sentence. Entries are deliberately general ("criticize",
"condemn", "slam" -> 111); verb + preposition, verb + particle and light verb + event
noun ("impose sanctions on" -> 163, "approve an arms sale to" -> 072) refine them.
"""

from __future__ import annotations


def _codes(**groups: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for code, words in groups.items():
        for word in words.split():
            out[word.replace("_", " ")] = code.removeprefix("c")
    return out


# Verb lemma -> code, used when the verb has a source and a target actor.
VERBS: dict[str, str] = _codes(
    c010="tell inform brief notify assure",
    c012="lament",
    c013="reassure",
    c015="acknowledge admit",
    c016="deny",
    c018="condole sympathize sympathise console",
    c019="concur",
    c020="appeal urge ask request plead implore beseech petition press invite exhort beg "
    "entreat",
    c022="lobby",
    c030="promise pledge vow guarantee",
    c040="meet consult confer discuss talk greet",
    c041="phone telephone",
    c042="visit tour",
    c043="host receive",
    c045="mediate broker",
    c046="negotiate bargain",
    c050="cooperate collaborate normalize normalise reconcile befriend",
    c051="praise commend hail applaud laud endorse congratulate thank salute back "
    "support welcome honor honour",
    c052="defend justify",
    c054="recognize recognise",
    c055="apologize apologise",
    c056="forgive",
    c057="ratify",
    c061="trade invest",
    c062="train",
    c063="extradite",
    c064="share",
    c070="aid assist help provide supply donate",
    c071="fund finance lend loan bankroll subsidize subsidise",
    c072="arm",
    c073="feed rescue evacuate",
    c074="protect escort",
    c075="shelter",
    c080="concede",
    c0841="release free",
    c0874="surrender",
    c090="investigate probe inspect examine",
    c100="demand insist pressure order",
    c110="disapprove",
    c111="criticize criticise condemn denounce slam blast decry rebuke censure castigate "
    "deplore lambaste chide scold berate assail disparage ridicule mock vilify insult "
    "excoriate admonish reprimand",
    c112="accuse blame allege charge incriminate",
    c114="complain",
    c115="sue",
    c116="convict",
    c120="reject refuse rebuff dismiss spurn oppose repudiate snub shun",
    c128="defy flout disobey",
    c129="veto",
    c130="threaten warn menace",
    c139="ultimatum",
    c150="patrol sail cruise traverse overfly",
    c154="mobilize mobilise deploy",
    c161="sever",
    c163="sanction embargo boycott blacklist penalize penalise",
    c166="expel",
    c170="coerce intimidate harass",
    c1711="seize confiscate impound",
    c1712="destroy demolish raze",
    c172="ban outlaw censor",
    c173="arrest detain jail imprison indict prosecute apprehend",
    c174="deport",
    c175="repress suppress",
    c181="kidnap abduct hijack",
    c182="assault beat stab",
    c1822="torture",
    c185="attempt_to_assassinate",
    c186="assassinate",
    c190="attack strike shell bombard raid fight ambush invade storm kill wound shoot",
    c191="blockade besiege",
    c192="occupy annex overrun",
    c195="bomb airstrike",
    c202="massacre slaughter",
)

# Verb lemma + preposition or particle -> code (checked before VERBS).
VERB_PREPS: dict[tuple[str, str], str] = {
    ("call", "on"): "020", ("call", "upon"): "020", ("appeal", "to"): "020",
    ("talk", "with"): "040", ("talk", "to"): "040", ("speak", "with"): "040",
    ("speak", "to"): "040", ("meet", "with"): "040", ("sit", "with"): "040",
    ("travel", "to"): "042", ("fly", "to"): "042",
    ("arrive", "in"): "042", ("arrive", "at"): "042",
    ("agree", "with"): "019", ("side", "with"): "051", ("stand", "with"): "051",
    ("cooperate", "with"): "050", ("work", "with"): "050", ("ally", "with"): "050",
    ("trade", "with"): "061", ("crack", "down"): "175", ("clamp", "down"): "175",
    ("fire", "at"): "190", ("fire", "on"): "190", ("open", "fire"): "190",
    ("shoot", "at"): "190", ("clash", "with"): "190", ("fight", "with"): "190",
    ("fight", "against"): "190", ("protest", "against"): "141", ("rail", "against"): "111",
    ("lash", "out"): "111", ("hit", "out"): "111", ("complain", "about"): "114",
    ("complain", "to"): "114", ("pull", "out"): "166", ("back", "down"): "080",
    ("give", "in"): "080", ("cut", "off"): "162", ("break", "with"): "161",
    ("sail", "near"): "150", ("sail", "past"): "150", ("sail", "through"): "150",
    ("sail", "into"): "150", ("fly", "over"): "150", ("intrude", "into"): "150",
    ("lean", "on"): "170", ("call", "for"): "020", ("hand", "over"): "084",
    ("meet", "in"): "040", ("object", "to"): "110", ("side", "against"): "111",
    ("turn", "against"): "111", ("speak", "out"): "111", ("pull", "back"): "0874",
    ("break", "off"): "161", ("cut", "ties"): "161", ("shut", "down"): "172",
    ("rally", "against"): "141", ("demonstrate", "against"): "141",
    ("march", "against"): "141", ("recall", "from"): "161", ("walk", "back"): "",
    ("put", "off"): "",
}  # fmt: skip

# Prepositions that introduce the target of an event verb or noun.
TARGET_PREPS = {"with", "to", "on", "against", "at", "into", "toward", "towards", "upon",
                "over", "for", "near", "past", "through", "in", "off"}  # fmt: skip

# Verbs whose object noun carries the event ("impose sanctions", "hold talks").
LIGHT_VERBS = {
    "impose", "introduce", "announce", "approve", "greenlight", "greenlighte", "launch",
    "conduct", "carry", "hold", "have", "make", "pay", "take", "give", "deliver", "stage",
    "order", "authorize", "authorise", "begin", "start", "slap", "level", "levy", "issue",
    "extend", "place", "put", "unveil", "roll", "sign", "reach", "express", "voice",
    "lodge", "file", "mount", "step", "continue", "resume", "expand", "tighten", "lift",
    "ease", "remove", "threaten", "propose", "plan", "consider", "weigh", "offer",
    "provide", "send", "grant", "receive", "request", "accept", "agree", "conclude",
    "finalize", "finalise", "seal", "renew", "apply", "enforce", "widen", "pledge",
    "promise", "vow", "boost", "strengthen", "improve", "deepen", "restore", "establish",
    "normalize", "normalise", "cut", "sever", "suspend", "downgrade", "break", "freeze",
}  # fmt: skip

# Light verbs that change the noun's code: lifting sanctions is easing them.
LIGHT_OVERRIDES: dict[tuple[str, str], str] = {
    ("lift", "163"): "085", ("ease", "163"): "085", ("remove", "163"): "085",
    ("threaten", "163"): "1312", ("threaten", "190"): "138", ("threaten", "195"): "138",
    ("lodge", "111"): "114", ("file", "111"): "114", ("offer", "070"): "033",
    ("offer", "072"): "0332", ("offer", "071"): "0331", ("offer", "073"): "0333",
    ("offer", "040"): "036", ("offer", "046"): "036", ("propose", "040"): "036",
    ("propose", "046"): "036", ("request", "040"): "026", ("request", "041"): "026",
    ("cut", "050"): "161", ("sever", "050"): "161", ("suspend", "050"): "161",
    ("downgrade", "050"): "161", ("break", "050"): "161", ("freeze", "050"): "161",
    ("cut", "070"): "162", ("suspend", "070"): "162", ("freeze", "070"): "162",
    ("cut", "061"): "163", ("suspend", "061"): "163", ("suspend", "040"): "164",
    ("suspend", "046"): "164", ("break", "046"): "164",
    **{(verb, code): intent for verb in ("pledge", "promise", "vow")
       for code, intent in (("070", "033"), ("071", "0331"), ("072", "0332"), ("073", "0333"),
                            ("040", "036"), ("046", "036"), ("061", "0311"), ("050", "032"))},
}  # fmt: skip

# Event nouns -> code. Nouns in NOUN_NEEDS only count with one of those modifiers.
NOUNS: dict[str, str] = _codes(
    c020="appeal plea request invitation",
    c041="call phone_call",
    c040="talk talks conversation consultation meeting summit",
    c042="visit trip delegation envoy",
    c046="negotiation",
    c051="praise support endorsement",
    c055="apology",
    c057="agreement accord treaty pact deal",
    c050="ties relations cooperation",
    c061="trade investment",
    c070="aid assistance",
    c072="sale sales",
    c074="peacekeeper peacekeepers peacekeeping",
    c0871="ceasefire truce",
    c090="investigation inquiry probe",
    c100="demand ultimatum",
    c114="complaint",
    c115="lawsuit",
    c173="arrest detention",
    c175="crackdown",
    c111="criticism condemnation protest",
    c112="accusation",
    c130="threat warning",
    c150="drill exercise patrol",
    c163="sanction sanctions embargo boycott tariff tariffs",
    c172="ban",
    c190="attack strike offensive invasion assault raid",
    c191="blockade siege",
    c192="occupation annexation",
    c195="airstrike bombing",
)
NOUN_NEEDS: dict[str, set[str]] = {
    "sale": {"arm", "arms", "weapon", "weapons", "weaponry", "missile", "jet", "fighter"},
    "sales": {"arm", "arms", "weapon", "weapons", "weaponry", "missile", "jet", "fighter"},
    "call": {"phone", "telephone", "call", "conversation"},  # see events._call_like
    "drill": {"military", "naval", "joint", "war"},
    "exercise": {"military", "naval", "joint", "war"},
    "patrol": {"naval", "military", "freedom"},
}

# "called it a provocation": naming verbs with a condemning complement criticise (111).
NAMING_VERBS = {"call", "label", "brand", "describe", "term", "denounce"}
CONDEMNING_NOUNS = {
    "provocation", "violation", "aggression", "interference", "mistake", "threat",
    "crime", "outrage", "insult", "disgrace", "betrayal", "lie", "farce", "sham",
    "blackmail", "bullying", "hypocrisy", "terrorism", "terrorist", "criminal",
    "enemy", "menace", "offender", "provocateur", "aggressor",
}  # fmt: skip

# Actions that two conjoined actors do with each other ("X and Y signed a treaty").
RECIPROCAL_ROOTS = {"03", "04", "05", "06"}
RECIPROCAL_CODES = {"190", "019"}

# Verbs whose to-infinitive expresses an intent: "agreed to meet" -> 036.
INTENT_VERBS = {"agree", "promise", "pledge", "vow", "offer", "commit", "undertake"}
INTENT_OF_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
                  "02": "030", "01": "030"}  # fmt: skip
THREAT_OF_ROOT = {"16": "1312", "17": "137", "18": "138", "19": "138", "20": "138",
                  "15": "138", "12": "131"}  # fmt: skip

# Governing verbs that make an embedded action non-factual.
HYPOTHETICAL_HEADS = {"consider", "weigh", "want", "hope", "seek", "propose", "try",
                      "wish", "urge", "ask", "call", "debate", "discuss", "mull",
                      "contemplate", "suggest", "demand", "press", "push"}  # fmt: skip
CONSIDERING = {"consider", "weigh", "propose", "mull", "contemplate", "discuss", "debate"}
FUTURE_HEADS = {"plan", "intend", "prepare", "expect", "aim", "schedule", "set", "decide"}
NEGATING_HEADS = {"refuse", "fail", "decline", "deny", "reject", "avoid", "stop", "halt",
                  "postpone", "delay", "cancel"}  # fmt: skip
HYPOTHETICAL_MODALS = {"could", "might", "may", "would", "should", "can", "must", "'d"}
FUTURE_MODALS = {"will", "shall", "'ll"}
