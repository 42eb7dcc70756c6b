""""In Peru", "no Peru", "au Pérou": a country's name after "in" and "of" in each language.

Portuguese and French contract the preposition with the country's article ("no Brasil",
"nos Estados Unidos", "em Cuba"; "au Brésil", "aux États-Unis", "à Cuba"), and English puts
"the" before a few names. Interface strings that say "in <country>" or "of <country>" take the
whole phrase (`%(in_country)s`, `%(of_country)s`) from here instead of gluing a preposition to
the bare name in the catalogue.
"""

from modeltranslation.utils import build_localized_fieldname, get_language

# Portuguese article of each member state's name: "o", "a", "os", "as", or "" (none).
PT_ARTICLE = {
    "AG": "", "AR": "a", "BS": "as", "BB": "", "BZ": "o", "BO": "a", "BR": "o", "CA": "o", "CL": "o",
    "CO": "a", "CR": "a", "CU": "", "DM": "a", "DO": "a", "EC": "o", "SV": "", "GD": "", "GT": "a",
    "GY": "a", "HT": "o", "HN": "", "JM": "a", "MX": "o", "NI": "a", "PA": "o", "PY": "o", "PE": "o",
    "KN": "", "LC": "", "VC": "", "SR": "o", "TT": "", "US": "os", "UY": "o", "VE": "a",
}
PT_IN = {"o": "no", "a": "na", "os": "nos", "as": "nas", "": "em"}
PT_OF = {"o": "do", "a": "da", "os": "dos", "as": "das", "": "de"}

# French: "m" masculine (au, du), "f" feminine (en, de la), "v" starting with a vowel (en, de l'),
# "pl" plural (aux, des), "la" feminine island (à la, de la), "" no article (à, de / d').
FR_KIND = {
    "AG": "", "AR": "v", "BS": "pl", "BB": "la", "BZ": "m", "BO": "f", "BR": "m", "CA": "m", "CL": "m",
    "CO": "f", "CR": "m", "CU": "", "DM": "la", "DO": "f", "EC": "v", "SV": "m", "GD": "la", "GT": "m",
    "GY": "m", "HT": "", "HN": "m", "JM": "la", "MX": "m", "NI": "m", "PA": "m", "PY": "m", "PE": "m",
    "KN": "", "LC": "", "VC": "", "SR": "m", "TT": "", "US": "pl", "UY": "v", "VE": "m",
}
# Names that change after the article ("El Salvador" → "au Salvador").
FR_NAME_AFTER_ARTICLE = {"SV": "Salvador"}

# English: names said with "the".
EN_WITH_THE = {"BS", "DO", "US"}

VOWELS = "AEIOUÉÈÊÀÂÎÔÛHaeiouéèêàâîôûh"


def _phrase(country, language: str | None, *, pt: dict, fr: dict, fr_without_article, es: str, en: str) -> str:
    """The country's name in `language` after a preposition: `pt` by Portuguese article, `fr` by
    French kind (`fr_without_article(name)` for a name without one), `es` and `en` as words."""
    language = language[:2] if language else get_language()
    code = country.iso2
    name = getattr(country, build_localized_fieldname("name", language), None) or country.name
    if language == "pt":
        return f"{pt[PT_ARTICLE.get(code, '')]} {name}"
    if language == "fr":
        kind = FR_KIND.get(code, "")
        return fr[kind] + FR_NAME_AFTER_ARTICLE.get(code, name) if kind else fr_without_article(name)
    if language == "es":
        return f"{es} {name}"
    return f"{en} the {name}" if code in EN_WITH_THE else f"{en} {name}"


def in_country(country, language: str | None = None) -> str:
    """'in Peru', 'en Perú', 'no Peru', 'au Pérou': where something happens."""
    return _phrase(
        country, language, pt=PT_IN, fr={"m": "au ", "f": "en ", "v": "en ", "pl": "aux ", "la": "à la "},
        fr_without_article=lambda name: f"à {name}", es="en", en="in",
    )


def of_country(country, language: str | None = None) -> str:
    """'of Peru', 'de Perú', 'do Peru', 'du Pérou': whose something is."""
    return _phrase(
        country, language, pt=PT_OF, fr={"m": "du ", "f": "de la ", "v": "de l'", "pl": "des ", "la": "de la "},
        fr_without_article=lambda name: f"d'{name}" if name[0] in VOWELS else f"de {name}", es="de", en="of",
    )
