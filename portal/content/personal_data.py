"""Suspected personal data in a text bound for the public site, with its position.

`find_personal_data` lists what looks personal: email addresses, phone numbers, ID-like
numbers, web addresses naming a person, capitalised names after a title ("prosecutor Juan
Pérez"), and the names of known people (first names, surnames, full names; accents and case
ignored, also inside addresses and handles). `anonymise` replaces the same items with neutral
role words, addresses and numbers first, so a half-replaced address can never slip through.

A pattern list is never the only guard: the secretariat reviews every draft before it goes
public (`portal.content.services.resource_good_practice_publish`).
"""

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Kind:
    MARKER = "marker"
    EMAIL = "email"
    URL = "url"
    ID_NUMBER = "id_number"
    PHONE = "phone"
    TITLED_NAME = "titled_name"
    NAME = "name"
    WORKSPACE = "workspace"


KIND_LABELS = {
    Kind.MARKER: _("removal marker"),
    Kind.EMAIL: _("email address"),
    Kind.URL: _("web address with a person's name"),
    Kind.ID_NUMBER: _("ID-like number"),
    Kind.PHONE: _("phone number"),
    Kind.TITLED_NAME: _("name after a title"),
    Kind.NAME: _("name of a workspace member"),
    Kind.WORKSPACE: _("name of the workspace"),
}

# Kinds the secretariat must edit away; they cannot be marked "not personal".
NOT_ACCEPTABLE = {Kind.MARKER}


@dataclass(frozen=True)
class Person:
    """Someone whose name must not reach the public site."""

    first_name: str = ""
    last_name: str = ""

    def as_dict(self) -> dict:
        return {"first_name": self.first_name, "last_name": self.last_name}


@dataclass(frozen=True)
class Finding:
    """One suspected personal item: where it is (field, offset) and what it is."""

    field: str
    start: int
    end: int
    text: str
    kind: str

    @property
    def key(self) -> tuple[str, str, str]:
        """What a "not personal" mark refers to: the same text of the same kind in the same field."""
        return (self.field, self.kind, self.text)

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))

    @property
    def acceptable(self) -> bool:
        return self.kind not in NOT_ACCEPTABLE


# Folding ------------------------------------------------------------------------------------

def _fold(text: str) -> tuple[str, list[int]]:
    """Lower-case text without accents, and for each of its characters the original offset."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for folded in part.casefold():
                chars.append(folded)
                origin.append(index)
    return "".join(chars), origin


def fold(text: str) -> str:
    return _fold(text)[0]


def _span(origin: list[int], start: int, end: int) -> tuple[int, int]:
    return origin[start], origin[end - 1] + 1


# Patterns -----------------------------------------------------------------------------------

LETTER_BEFORE = r"(?<![^\W\d_])"
LETTER_AFTER = r"(?![^\W\d_])"

EMAIL_RE = re.compile(
    # The local part may hold a bracketed marker left by an earlier tool: "ana.[name removed]@x.org".
    r"(?:[\w.+%-]|\[[^\]\n]{1,40}\])*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|[\w.+-]+[ \t]*[\[(][ \t]*(?:at|arroba|arobase)[ \t]*[\])][ \t]*[\w-]+"
    r"(?:[ \t]*[\[(][ \t]*(?:dot|punto|ponto|point)[ \t]*[\])][ \t]*[\w-]+)+",
    re.IGNORECASE,
)
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>()\"']+", re.IGNORECASE)
PERSONAL_URL_RE = re.compile(
    r"(?:linkedin\.com/in/|facebook\.com/|instagram\.com/|twitter\.com/|//x\.com/|t\.me/|wa\.me/|tiktok\.com/@)",
    re.IGNORECASE,
)
ID_RES = [
    # CPF, DNI, RUT and the like: digits grouped by dots, an optional check digit.
    re.compile(r"(?<![\w.,+-])\d{1,3}(?:\.\d{3}){2,}(?:-[\dkK]{1,2})?(?![\w.]|-\d)"),
    # Spanish DNI/NIE, passports: letters and at least six digits in one token.
    re.compile(r"(?<![\w-])(?:[A-Z]{1,3}-?\d{6,10}|\d{7,10}-?[A-Z])(?![\w-])"),
    # Case and file numbers such as 0001234-56.2019.8.26.0100, and long runs of digits.
    re.compile(r"(?<![\w.-])\d{4,7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}(?![\w.])"),
    re.compile(r"(?<![\w.,+-])\d{9,}(?![\w.,]\d|\w)"),
]
PHONE_RE = re.compile(
    r"(?<![\w+/.,-])(?:\+[ \t]?\d{1,3}[ \t.-]?)?(?:\(\d{1,4}\)[ \t.-]?)?\d{1,5}(?:[ \t.-]\d{2,5}){1,4}"
    r"(?![\w/]|[.,-]\d)"
)
COMPACT_PHONE_RE = re.compile(r"(?<![\w+])\+\d{7,15}(?!\w)")
CURRENCY_BEFORE_RE = re.compile(r"(?:[$€£¥]|\b(?:USD|EUR|BRL|MXN|ARS|COP|CLP))[ \t]*$")
UNIT_AFTER_RE = re.compile(
    r"[ \t]*(?:de[ \t]+)?(?:[$€£]|reais|real|d[oó]lares|dollars?|euros?|pesos|usd|eur|brl|mxn|ars|cop|clp"
    r"|millones|milh[oõ]es|millions?|victims|v[ií]ctimas|v[ií]timas|victimes|cases|casos|cas|users|usuarios|usu[aá]rios"
    r"|utilisateurs|accounts|cuentas|contas|comptes|personas|pessoas|personnes|people)\b",
    re.IGNORECASE,
)
YEAR_RANGE_RE = re.compile(r"^(?:19|20)\d\d[ \t]*-[ \t]*(?:19|20)\d\d$")
DATE_RE = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$")
THOUSANDS_RE = re.compile(r"^\d{1,2}(?:[ \t.]\d{3})+$")

# Titles in the four languages (folded: lower case, no accents), feminine forms included.
TITLES = [
    "prosecutor", "public prosecutor", "attorney", "judge", "justice", "inspector", "detective", "agent",
    "officer", "special agent", "sergeant", "captain", "commissioner", "superintendent", "minister", "director",
    "dr", "mr", "mrs", "ms", "fiscal", "fiscala", "procurador", "procuradora", "promotor", "promotora",
    "juez", "jueza", "juiz", "juiza", "inspectora", "inspetor", "inspetora", "agente", "detective", "detetive",
    "comisario", "comisaria", "comissario", "comissaria", "delegado", "delegada", "subcomisario", "oficial",
    "sargento", "capitan", "capitao", "teniente", "tenente", "ministro", "ministra", "directora", "diretor",
    "diretora", "doctor", "doctora", "doutor", "doutora", "dra", "sr", "sra", "srta", "senor", "senora",
    "senhor", "senhora", "procureur", "procureure", "juge", "inspecteur", "inspectrice", "commissaire",
    "lieutenant", "commandant", "brigadier", "magistrat", "magistrate", "magistrado", "magistrada",
    "directeur", "directrice", "monsieur", "madame", "mme", "substitut", "gendarme", "perito", "perita",
    "analyst", "analista", "analyste",
]
TITLE_RE = re.compile(
    LETTER_BEFORE + r"(?:" + "|".join(sorted(map(re.escape, set(TITLES)), key=len, reverse=True)) + r")\.?"
    + LETTER_AFTER
)
TOKEN_RE = re.compile(r"[^\s<>()\"',;]*[@/_.\d][^\s<>()\"',;]*")
NAME_WORD_RE = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
NAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "la", "le", "du", "des", "van", "von", "der", "di", "y", "e"}


# Finding ------------------------------------------------------------------------------------

def _name_terms(people: Iterable[Person]) -> list[str]:
    """Folded names to look for: full names, first names, surnames and each part of them."""
    terms: set[str] = set()
    for person in people:
        first, last = fold(person.first_name).strip(), fold(person.last_name).strip()
        for value in (first, last, f"{first} {last}".strip()):
            if len(value) >= 3:
                terms.add(" ".join(value.split()))
            for part in re.split(r"[\s-]+", value):
                if len(part) >= 3 and part not in NAME_PARTICLES:
                    terms.add(part)
    return sorted(terms, key=len, reverse=True)


def _term_pattern(term: str) -> str:
    return r"[\s._-]+".join(re.escape(part) for part in term.split())


def _candidates(text: str, people: list[Person], extra_terms: list[str]) -> list[tuple[int, int, str]]:
    """Every suspected span, in priority order: an earlier candidate wins an overlap."""
    folded, origin = _fold(text)
    found: list[tuple[int, int, str]] = []
    for match in EMAIL_RE.finditer(text):
        found.append((*match.span(), Kind.EMAIL))
    for marker in _markers():
        for match in re.finditer(re.escape(marker), folded):
            found.append((*_span(origin, *match.span()), Kind.MARKER))
    terms = _name_terms(people)
    for match in URL_RE.finditer(text):
        start, end = match.start(), match.end()
        while end > start and text[end - 1] in ".,;:!?)]}'\"":
            end -= 1
        url = fold(text[start:end])
        if PERSONAL_URL_RE.search(url) or any(_in_token(term, url) for term in terms):
            found.append((start, end, Kind.URL))
    for pattern in ID_RES:
        for match in pattern.finditer(text):
            if not _is_amount(text, *match.span()):
                found.append((*match.span(), Kind.ID_NUMBER))
    for match in PHONE_RE.finditer(text):
        if _looks_like_phone(match.group()):
            found.append((*match.span(), Kind.PHONE))
    for match in COMPACT_PHONE_RE.finditer(text):
        found.append((*match.span(), Kind.PHONE))
    found.extend(_titled_names(text, folded, origin))
    # Handles, addresses and file names holding a name ("@acamila_r", "fernandez2020.pdf"): the whole token.
    for token in TOKEN_RE.finditer(folded):
        value = token.group().rstrip(".:!?")
        if value and any(_in_token(term, value) for term in terms):
            found.append((*_span(origin, token.start(), token.start() + len(value)), Kind.NAME))
    for term in terms:
        pattern = re.compile(LETTER_BEFORE + _term_pattern(term) + LETTER_AFTER)
        for match in pattern.finditer(folded):
            found.append((*_span(origin, *match.span()), Kind.NAME))
    for term in extra_terms:
        folded_term = " ".join(fold(term).split())
        if len(folded_term) >= 3:
            for match in re.finditer(LETTER_BEFORE + _term_pattern(folded_term) + LETTER_AFTER, folded):
                found.append((*_span(origin, *match.span()), Kind.WORKSPACE))
    return found


def _in_token(term: str, token: str) -> bool:
    if " " in term:
        return re.search(r"[\W_]*".join(map(re.escape, term.split())), token) is not None
    if len(term) >= 4:
        return term in token
    return re.search(LETTER_BEFORE + re.escape(term) + LETTER_AFTER, token) is not None


def _is_amount(text: str, start: int, end: int) -> bool:
    """A sum of money or a count ("R$ 1.200.000", "1.500.000 de dólares"), not an identifier."""
    return bool(CURRENCY_BEFORE_RE.search(text[max(0, start - 6):start]) or UNIT_AFTER_RE.match(text, end))


def _looks_like_phone(candidate: str) -> bool:
    digits = sum(char.isdigit() for char in candidate)
    if candidate.startswith("+"):
        return 8 <= digits <= 15
    if YEAR_RANGE_RE.match(candidate) or DATE_RE.match(candidate) or THOUSANDS_RE.match(candidate):
        return False
    return 7 <= digits <= 12


def _titled_names(text: str, folded: str, origin: list[int]) -> list[tuple[int, int, str]]:
    """Two or more capitalised words after a title: "prosecutor Juan Pérez", "la fiscal Ana de la Torre"."""
    found = []
    for match in TITLE_RE.finditer(folded):
        position = origin[match.end() - 1] + 1
        words: list[tuple[int, int]] = []
        pending: list[tuple[int, int]] = []
        while True:
            word = NAME_WORD_RE.match(text, position)
            if word is None:
                break
            value = word.group(1)
            if value[0].isupper():
                words.extend(pending)
                pending = []
                start, end = word.span(1)
                if len(value) == 1 and text[end:end + 1] == ".":  # an initial: "Juan P. Pérez"
                    end += 1
                words.append((start, end))
                position = end
                continue
            elif value.lower() in NAME_PARTICLES and words:
                pending.append(word.span(1))
            else:
                break
            position = word.end()
        if len(words) >= 2:
            found.append((words[0][0], words[-1][1], Kind.TITLED_NAME))
    return found


@functools.cache
def _markers() -> list[str]:
    """The "[name removed]" markers of the earlier anonymiser, in every language (folded)."""
    markers = set()
    for language in ("en", "es", "pt", "fr"):
        with translation.override(language):
            markers.update(fold(gettext(text)) for text in ("[name removed]", "[address removed]"))
    return sorted(markers)


def find_personal_data(
    text: str, *, field: str = "", people: Iterable[Person] = (), extra_terms: Iterable[str] = ()
) -> list[Finding]:
    """Every suspected personal item in `text`, in order of position; nested items are left to the outer one."""
    text = text or ""
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in _candidates(text, list(people), list(extra_terms)):
        if end <= start or any(start < k_end and k_start < end for k_start, k_end, _kind in kept):
            continue
        kept.append((start, end, kind))
    kept.sort()
    return [Finding(field=field, start=start, end=end, text=text[start:end], kind=kind) for start, end, kind in kept]


def find_in_fields(
    fields: dict[str, str], *, people: Iterable[Person] = (), extra_terms: Iterable[str] = ()
) -> list[Finding]:
    """`find_personal_data` over several named texts."""
    people, extra_terms = list(people), list(extra_terms)
    findings = []
    for name, text in fields.items():
        findings.extend(find_personal_data(text, field=name, people=people, extra_terms=extra_terms))
    return findings


# Replacing ----------------------------------------------------------------------------------

REPLACEMENTS = {
    Kind.MARKER: _("a team member"),
    Kind.EMAIL: _("the unit's contact address"),
    Kind.URL: _("a personal web page"),
    Kind.ID_NUMBER: _("an identification number"),
    Kind.PHONE: _("the unit's telephone number"),
    Kind.NAME: _("a team member"),
    Kind.WORKSPACE: _("a regional working group"),
}
# Addresses and numbers go first: once a name inside an address is replaced, the address would
# no longer look like one ("ana.[name removed]@mpf.example").
REPLACE_ORDER = [
    {Kind.MARKER, Kind.EMAIL},
    {Kind.PHONE, Kind.URL, Kind.ID_NUMBER},
    {Kind.TITLED_NAME},
    {Kind.NAME, Kind.WORKSPACE},
]


def _starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t\"'“«(*_")
    return not before or before[-1] in ".!?:\n#"


def anonymise(
    text: str, *, people: Iterable[Person] = (), extra_terms: Iterable[str] = (), language: str = "en"
) -> str:
    """`text` with every suspected personal item replaced by a neutral role word, in `language`."""
    people, extra_terms = list(people), list(extra_terms)
    text = text or ""
    with translation.override(language):
        for kinds in REPLACE_ORDER:
            findings = [f for f in find_personal_data(text, people=people, extra_terms=extra_terms) if f.kind in kinds]
            for finding in reversed(findings):
                if finding.kind == Kind.TITLED_NAME:
                    # Keep the title, drop the name: "prosecutor Juan Pérez said" -> "prosecutor said".
                    start = finding.start
                    while start > 0 and text[start - 1] in " \t":
                        start -= 1
                    text = text[:start] + text[finding.end:]
                    continue
                words = str(REPLACEMENTS[finding.kind])
                if _starts_sentence(text, finding.start):
                    words = words[:1].upper() + words[1:]
                text = text[: finding.start] + words + text[finding.end:]
    return text
