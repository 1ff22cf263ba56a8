"""Country lookup: names, demonyms and capitals -> ISO 3166 alpha-3.

pycountry gives official and common names; a small curated table adds what news
writes and pycountry lacks: demonyms ("Chinese"), capitals used as actors
("Beijing", "Pyongyang"), and everyday names ("Russia", "Britain", "the U.S.").
It lives in ``analyze`` because mention grouping needs it per article; the story
stage imports it from here (story already depends on analyze, never the reverse).
"""

from __future__ import annotations

import functools
import re

# Everyday names pycountry misses or spells officially.
_NAMES = {
    "russia": "RUS", "britain": "GBR", "great britain": "GBR", "uk": "GBR", "u.k.": "GBR",
    "england": "GBR", "scotland": "GBR", "wales": "GBR", "us": "USA", "u.s.": "USA",
    "u.s.a.": "USA", "usa": "USA", "america": "USA", "united states of america": "USA",
    "turkey": "TUR", "the netherlands": "NLD", "holland": "NLD", "south korea": "KOR",
    "north korea": "PRK", "korea": "KOR", "iran": "IRN", "syria": "SYR", "vietnam": "VNM",
    "laos": "LAO", "burma": "MMR", "ivory coast": "CIV", "czech republic": "CZE",
    "vatican": "VAT", "palestine": "PSE", "taiwan": "TWN", "macedonia": "MKD",
    "moldova": "MDA", "tanzania": "TZA", "venezuela": "VEN", "bolivia": "BOL",
    "kosovo": "XKX",
    "mainland china": "CHN", "prc": "CHN", "dprk": "PRK", "rok": "KOR", "uae": "ARE",
    "the united states": "USA", "the united kingdom": "GBR",
    "democratic republic of the congo": "COD", "democratic republic of congo": "COD",
    "dr congo": "COD", "drc": "COD", "republic of korea": "KOR",
    # "Congo" alone is in news mostly the larger DR Congo; the republic is named in full
    "congo": "COD", "republic of the congo": "COG", "republic of congo": "COG",
    "congo-brazzaville": "COG", "congo brazzaville": "COG",
    "bosnia": "BIH", "bosnia-herzegovina": "BIH", "east timor": "TLS", "swaziland": "SWZ",
    "cape verde": "CPV", "brunei": "BRN", "turkiye": "TUR", "cote d'ivoire": "CIV",
}  # fmt: skip

# Demonyms (adjective and plural noun forms) of the countries most in the news.
_DEMONYMS = {
    "american": "USA", "americans": "USA", "chinese": "CHN", "russian": "RUS",
    "russians": "RUS", "british": "GBR", "briton": "GBR", "britons": "GBR",
    "japanese": "JPN", "north korean": "PRK", "north koreans": "PRK",
    "south korean": "KOR", "south koreans": "KOR", "korean": "KOR", "koreans": "KOR",
    "taiwanese": "TWN", "french": "FRA", "german": "DEU", "germans": "DEU",
    "italian": "ITA", "italians": "ITA", "spanish": "ESP", "indian": "IND",
    "indians": "IND", "pakistani": "PAK", "pakistanis": "PAK", "afghan": "AFG",
    "afghans": "AFG", "iranian": "IRN", "iranians": "IRN", "iraqi": "IRQ",
    "iraqis": "IRQ", "syrian": "SYR", "syrians": "SYR", "israeli": "ISR",
    "israelis": "ISR", "palestinian": "PSE", "palestinians": "PSE", "saudi": "SAU",
    "saudis": "SAU", "turkish": "TUR", "turks": "TUR", "egyptian": "EGY",
    "egyptians": "EGY", "mexican": "MEX", "mexicans": "MEX", "canadian": "CAN",
    "canadians": "CAN", "brazilian": "BRA", "brazilians": "BRA", "cuban": "CUB",
    "cubans": "CUB", "venezuelan": "VEN", "venezuelans": "VEN", "ukrainian": "UKR",
    "ukrainians": "UKR", "polish": "POL", "dutch": "NLD", "australian": "AUS",
    "australians": "AUS", "vietnamese": "VNM", "filipino": "PHL", "filipinos": "PHL",
    "philippine": "PHL", "indonesian": "IDN", "indonesians": "IDN", "thai": "THA",
    "malaysian": "MYS", "singaporean": "SGP", "nigerian": "NGA", "nigerians": "NGA",
    "kenyan": "KEN", "libyan": "LBY", "libyans": "LBY", "yemeni": "YEM",
    "lebanese": "LBN", "jordanian": "JOR", "qatari": "QAT", "emirati": "ARE",
    "swedish": "SWE", "norwegian": "NOR", "danish": "DNK", "finnish": "FIN",
    "greek": "GRC", "greeks": "GRC", "irish": "IRL", "swiss": "CHE", "austrian": "AUT",
    "belgian": "BEL", "portuguese": "PRT", "hungarian": "HUN", "czech": "CZE",
    "romanian": "ROU", "serbian": "SRB", "belarusian": "BLR", "georgian": "GEO",
    "armenian": "ARM", "azerbaijani": "AZE", "kazakh": "KAZ", "mongolian": "MNG",
    "burmese": "MMR", "bangladeshi": "BGD", "sri lankan": "LKA", "nepalese": "NPL",
    "colombian": "COL", "argentine": "ARG", "argentinian": "ARG", "chilean": "CHL",
    "peruvian": "PER", "south african": "ZAF", "ethiopian": "ETH", "somali": "SOM",
    "sudanese": "SDN", "algerian": "DZA", "moroccan": "MAR", "tunisian": "TUN",
    "new zealand": "NZL", "kiwi": "NZL", "soviet": "RUS", "east german": "DEU",
    "west german": "DEU", "uzbek": "UZB", "tajik": "TJK", "kyrgyz": "KGZ",
    "turkmen": "TKM", "togolese": "TGO", "malagasy": "MDG", "serb": "SRB", "croat": "HRV",
    "slovak": "SVK", "slovene": "SVN", "swede": "SWE", "dane": "DNK", "finn": "FIN",
    "congolese": "COD", "dominican": "DOM", "yugoslav": "SRB",
}  # fmt: skip

# Capitals (and seats of government) that news uses for the government itself.
_CAPITALS = {
    "washington": "USA", "beijing": "CHN", "pyongyang": "PRK", "seoul": "KOR",
    "tokyo": "JPN", "moscow": "RUS", "the kremlin": "RUS", "kremlin": "RUS",
    "london": "GBR", "paris": "FRA", "berlin": "DEU", "rome": "ITA", "madrid": "ESP",
    "new delhi": "IND", "delhi": "IND", "islamabad": "PAK", "kabul": "AFG",
    "tehran": "IRN", "baghdad": "IRQ", "damascus": "SYR", "jerusalem": "ISR",
    "riyadh": "SAU", "ankara": "TUR", "cairo": "EGY", "mexico city": "MEX",
    "ottawa": "CAN", "brasilia": "BRA", "havana": "CUB", "caracas": "VEN",
    "kiev": "UKR", "kyiv": "UKR", "warsaw": "POL", "canberra": "AUS", "hanoi": "VNM",
    "manila": "PHL", "jakarta": "IDN", "bangkok": "THA", "taipei": "TWN",
    "brussels": "BEL", "athens": "GRC", "dublin": "IRL", "stockholm": "SWE",
    "oslo": "NOR", "copenhagen": "DNK", "helsinki": "FIN", "vienna": "AUT",
    "budapest": "HUN", "prague": "CZE", "minsk": "BLR", "tbilisi": "GEO",
    "abuja": "NGA", "nairobi": "KEN", "tripoli": "LBY", "sanaa": "YEM", "beirut": "LBN",
    "amman": "JOR", "doha": "QAT", "abu dhabi": "ARE", "bogota": "COL",
    "buenos aires": "ARG", "santiago": "CHL", "lima": "PER", "pretoria": "ZAF",
    "addis ababa": "ETH", "khartoum": "SDN", "ulan bator": "MNG", "naypyidaw": "MMR",
    "dhaka": "BGD", "kathmandu": "NPL", "wellington": "NZL", "downing street": "GBR",
    "kinshasa": "COD", "brazzaville": "COG",
}  # fmt: skip

# Names English-language news uses where ISO's short name is a sorted or official form
# ("Palestine, State of", "Brunei Darussalam", "Türkiye").
_SHORT = {
    "RUS": "Russia", "BOL": "Bolivia", "MDA": "Moldova", "TZA": "Tanzania",
    "PSE": "Palestine", "COD": "Democratic Republic of Congo", "COG": "Republic of Congo",
    "FSM": "Micronesia", "VGB": "British Virgin Islands", "VIR": "U.S. Virgin Islands",
    "FLK": "Falkland Islands", "VAT": "Vatican City", "BRN": "Brunei", "TUR": "Turkey",
    "CPV": "Cape Verde", "CIV": "Ivory Coast", "XKX": "Kosovo",
}  # fmt: skip

_CLEAN = re.compile(r"(?:['’]s|['’])$")


def _key(text: str) -> str:
    return " ".join(_CLEAN.sub("", text.strip()).lower().split())


@functools.cache
def _pycountry_names() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names[value.lower()] = c.alpha_3
    return names


@functools.lru_cache(maxsize=50_000)  # words of articles: bounded per process
def country_of_name(text: str) -> str | None:
    """Alpha-3 code when ``text`` names a country ("the United States", "Russia")."""
    key = _key(text)
    bare = key[4:] if key.startswith("the ") else key
    return _NAMES.get(key) or _NAMES.get(bare) or _pycountry_names().get(bare)


@functools.lru_cache(maxsize=50_000)  # asked of every capitalised word by several steps
def country_of_demonym(text: str) -> str | None:
    """Alpha-3 code of a demonym ("Chinese", "the North Koreans")."""
    key = _key(text)
    bare = key[4:] if key.startswith("the ") else key
    found = _DEMONYMS.get(bare)
    if found is None and bare.endswith("s") and bare[:-1] in _DEMONYMS:
        found = _DEMONYMS[bare[:-1]]  # "Georgians", "Lebanese" stays as is
    return found or _derived_demonym(bare)


_SUFFIXES = ("nian", "ian", "ese", "an", "n", "i")  # "nian": "Panamanian"


@functools.lru_cache(maxsize=100_000)  # keyed by article words: bounded per process
def _derived_demonym(word: str) -> str | None:
    """"Bulgarian" -> Bulgaria, "Sudanese" -> Sudan, "Kuwaiti" -> Kuwait: a country name
    plus a regular demonym suffix (the table above holds the irregular ones); also of
    two-word names ("Sierra Leonean", "Costa Rican")."""
    if len(word) < 5 or word.count(" ") > 1 or not word.replace(" ", "").isalpha():
        return None
    word = word[:-1] if word.endswith("s") and not word.endswith("ese") else word
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 4:
            found = _NAMES.get(stem) or _pycountry_names().get(stem)
            if found:
                return found
    return None


def country_of_capital(text: str) -> str | None:
    """Alpha-3 code of a capital or seat of government ("Beijing", "the Kremlin")."""
    key = _key(text)
    return _CAPITALS.get(key) or _CAPITALS.get(key[4:] if key.startswith("the ") else key)


def country_name(alpha3: str) -> str:
    """Short everyday name of a country: "North Korea", not "Korea, Democratic ..."."""
    import pycountry

    if alpha3 in _SHORT:
        return _SHORT[alpha3]
    found = pycountry.countries.get(alpha_3=alpha3)
    if found is None:
        return alpha3
    return getattr(found, "common_name", None) or found.name
