"""The four languages: complete catalogues, and public pages without English where a translation exists."""

import re
from html import unescape
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["es", "pt", "fr"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"{len(untranslated)} untranslated in {language}: {untranslated[:10]}"
    assert fuzzy == [], f"{len(fuzzy)} fuzzy in {language}: {fuzzy[:10]}"
    assert len(catalogue) > 500


def _english_strings(language: str) -> set[str]:
    """Interface strings whose translation differs from the English (three words or more, so names
    of treaties or organisations that also appear in content do not count)."""
    catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    found = set()
    for entry in catalogue:
        text = entry.msgid
        if "%" in text or "{" in text or "<" in text or len(text) < 18 or text.count(" ") < 2:
            continue
        if entry.msgstr and entry.msgstr != text:
            found.add(text)
    return found


def _visible_text(html: str, language: str) -> str:
    """The page's text in its own language: content marked with another `lang` is left out."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'<(\w+)\b[^>]*\blang="(?!' + language + r')[a-z-]+"[^>]*>.*?</\1>', " ", html, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", html)
    return " ".join(unescape(text).split())


PUBLIC_PAGES = [
    "/{lang}/", "/{lang}/countries/", "/{lang}/countries/ar/", "/{lang}/laws/", "/{lang}/laws/matrix/",
    "/{lang}/laws/compare/?countries=ar,br", "/{lang}/treaties/", "/{lang}/units/", "/{lang}/report/",
    "/{lang}/report/ar/", "/{lang}/guidance/", "/{lang}/resources/", "/{lang}/bulletin/", "/{lang}/events/",
    "/{lang}/partners/", "/{lang}/search/?q=fraude", "/{lang}/accounts/login/", "/{lang}/accounts/signup/",
    "/{lang}/evidence/", "/{lang}/evidence/ar/", "/{lang}/evidence/ar/preservation/",
    "/{lang}/channels/?from=ar&to=ca&measure=preservation",
]
NAVIGATION = {
    "es": ["Países", "Leyes"],
    "pt": ["Países", "Leis"],
    "fr": ["Pays", "Lois"],
}


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_have_no_english_interface_text(language):
    call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    english = _english_strings(language)
    client = Client()
    for template in PUBLIC_PAGES:
        path = template.format(lang=language)
        response = client.get(path)
        assert response.status_code == 200, path
        page = response.content.decode()
        assert f'<html lang="{language}">' in page, path
        for label in NAVIGATION[language]:
            assert label in page, (path, label)
        text = _visible_text(page, language)
        leaks = sorted(s for s in english if s in text)
        assert leaks == [], f"English on {path}: {leaks[:5]}"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "before", "after"),
    [("fr", "Équateur", "Grenade"), ("fr", "États-Unis", "Guatemala"), ("es", "Perú", "República Dominicana"),
     ("pt", "Equador", "Estados Unidos")],
)
def test_country_names_sort_in_the_readers_alphabet(language, before, after):
    from django.utils import translation

    from portal.models import Country

    with translation.override(language):
        names = [country.name for country in Country.objects.all()]
    assert names.index(before) < names.index(after)
    # The country filter of the law list, as a reader sees it.
    page = Client().get(f"/{language}/laws/").content.decode()
    options = re.search(r'<select[^>]*id="filter-country".*?</select>', page, re.S).group(0)
    assert options.index(before) < options.index(after)
    # The country choice of "how to report a crime" (a form field built when the code loads).
    page = Client().get(f"/{language}/report/").content.decode()
    options = re.search(r'<select[^>]*name="country".*?</select>', page, re.S).group(0)
    assert options.index(before) < options.index(after)


RESTRICTED_PAGES = [
    "/{lang}/me/", "/{lang}/me/expert-access/", "/{lang}/contacts/", "/{lang}/workspaces/",
    "/{lang}/accounts/2fa/", "/{lang}/accounts/email/", "/{lang}/accounts/sessions/",
]


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_restricted_and_account_pages_have_no_english_interface_text(language, expert_br):
    call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    english = _english_strings(language)
    client = Client()
    client.force_login(expert_br)
    for template in RESTRICTED_PAGES:
        path = template.format(lang=language)
        response = client.get(path)
        assert response.status_code == 200, path
        text = _visible_text(response.content.decode(), language)
        leaks = sorted(s for s in english if s in text)
        assert leaks == [], f"English on {path}: {leaks[:5]}"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_admin_screens_are_translated(language, secretariat):
    client = Client()
    client.force_login(secretariat)
    client.cookies["django_language"] = language  # the admin has no language prefix: the cookie chooses
    response = client.get("/admin/accounts/expertprofile/")
    assert response.status_code == 200
    text = _visible_text(response.content.decode(), language)
    leaks = sorted(s for s in _english_strings(language) if s in text)
    assert leaks == [], leaks[:5]
    assert "Select expert access to change" not in text
