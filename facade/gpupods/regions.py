"""One meaning for ``region`` across providers.

Providers name places differently: RunPod data centers ``US-TX-3``, ``EU-RO-1``; Novita clusters
``us-ca-1``, ``eu-de-1``, ``as-sgp-2``; Prime Intellect regions ``united_states``, ``eu_north``
with data centers ``US-TX-1``, ``FIN-01`` and ISO countries. A region query is an exact id (any
case), an ISO country code (``US``, ``DE``), a continent (``EU``, ``NA``, ``AS``, ``OC``, ``SA``,
``AF``, ``ME``) or one of the words below (``europe``, ``united_states``); ``matches`` reads each
provider's name into the country and continent it is in.
"""

from __future__ import annotations

import re
from functools import lru_cache

CONTINENTS = frozenset({"na", "sa", "eu", "as", "oc", "af", "me"})

#: Country (ISO 3166 alpha-2, lower case) -> continent code.
COUNTRIES: dict[str, str] = {
    **dict.fromkeys(("us", "ca", "mx"), "na"),
    **dict.fromkeys(("br", "ar", "cl", "co", "pe"), "sa"),
    **dict.fromkeys(
        (
            "gb",
            "uk",
            "ie",
            "de",
            "fr",
            "nl",
            "be",
            "lu",
            "se",
            "no",
            "fi",
            "dk",
            "is",
            "ro",
            "cz",
            "pl",
            "es",
            "pt",
            "it",
            "ch",
            "at",
            "hu",
            "bg",
            "gr",
            "ee",
            "lv",
            "lt",
            "ua",
            "rs",
            "sk",
        ),
        "eu",
    ),
    **dict.fromkeys(("jp", "kr", "sg", "in", "cn", "hk", "tw", "th", "vn", "my", "id", "ph"), "as"),
    **dict.fromkeys(("au", "nz"), "oc"),
    **dict.fromkeys(("za", "ng", "ke", "eg"), "af"),
    **dict.fromkeys(("ae", "il", "qa"), "me"),
}

#: Other spellings providers and people use -> a country or continent code.
ALIASES: dict[str, str] = {
    "usa": "us",
    "united_states": "us",
    "unitedstates": "us",
    "america": "na",
    "north_america": "na",
    "canada": "ca",
    "europe": "eu",
    "eur": "eu",
    "eu_east": "eu",
    "eu_north": "eu",
    "eu_west": "eu",
    "asia": "as",
    "ap": "as",
    "apac": "as",
    "sea": "as",
    "asia_south": "as",
    "asia_northeast": "as",
    "australia": "au",
    "oceania": "oc",
    "south_america": "sa",
    "africa": "af",
    "middle_east": "me",
    "sgp": "sg",
    "fin": "fi",
    "deu": "de",
    "gbr": "gb",
    "nld": "nl",
    "swe": "se",
    "nor": "no",
    "jpn": "jp",
    "kor": "kr",
    "ind": "in",
    "aus": "au",
    "can": "ca",
    "fra": "fr",
    "isl": "is",
    "rou": "ro",
    "cze": "cz",
}


def _code(word: str) -> str:
    return ALIASES.get(word, word)


@lru_cache(maxsize=256)
def tags(region: str) -> frozenset[str]:
    """Every name ``region`` answers to: itself, its country and its continent (lower case)."""
    text = region.strip().lower()
    found = {text}
    whole = _code(text)
    if whole != text or whole in COUNTRIES or whole in CONTINENTS:  # a word such as "united_states", "DE"
        found.add(whole)
    parts = [] if text in ALIASES else [p for p in re.split(r"[-_\s]+", text) if p and not p.isdigit()]
    if parts:
        first = _code(parts[0])
        found.add(first)
        if first in CONTINENTS and len(parts) > 1:  # EU-RO-1, eu-de-1, as-sgp-2: continent, then country
            found.add(_code(parts[1]))
    for code in list(found):
        if code in COUNTRIES:
            found.add(COUNTRIES[code])
    return frozenset(found)


def matches(query: str, region: str | None) -> bool:
    """Whether ``region`` (a provider's region, data center or country) lies in ``query``."""
    if not region:
        return False
    wanted = query.strip().lower()
    names = tags(region)
    return wanted in names or _code(wanted) in names
