""""In <country>" in each language: Portuguese and French contract the preposition with the article."""

import pytest
from django.urls import reverse

from portal.country_phrases import PT_ARTICLE, in_country, of_country
from portal.models import Country

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("iso2", "expected"), [
    ("PE", "no Peru"), ("BR", "no Brasil"), ("US", "nos Estados Unidos"), ("AR", "na Argentina"),
    ("CU", "em Cuba"), ("BS", "nas Bahamas"), ("GY", "na Guiana"), ("HN", "em Honduras"), ("MX", "no México"),
])
def test_portuguese_in(iso2, expected):
    assert in_country(Country.objects.get(iso2=iso2), "pt") == expected


@pytest.mark.parametrize(("iso2", "expected"), [
    ("PE", "do Peru"), ("US", "dos Estados Unidos"), ("AR", "da Argentina"), ("CU", "de Cuba"),
])
def test_portuguese_of(iso2, expected):
    assert of_country(Country.objects.get(iso2=iso2), "pt") == expected


@pytest.mark.parametrize(("iso2", "in_fr", "of_fr"), [
    ("PE", "au Pérou", "du Pérou"), ("AR", "en Argentine", "de l'Argentine"), ("US", "aux États-Unis", "des États-Unis"),
    ("CU", "à Cuba", "de Cuba"), ("HT", "à Haïti", "d'Haïti"), ("JM", "à la Jamaïque", "de la Jamaïque"),
    ("SV", "au Salvador", "du Salvador"), ("CO", "en Colombie", "de la Colombie"),
])
def test_french(iso2, in_fr, of_fr):
    country = Country.objects.get(iso2=iso2)
    assert (in_country(country, "fr"), of_country(country, "fr")) == (in_fr, of_fr)


def test_english_and_spanish():
    us, pe = Country.objects.get(iso2="US"), Country.objects.get(iso2="PE")
    assert in_country(us, "en") == "in the United States" and in_country(pe, "en") == "in Peru"
    assert in_country(us, "es") == "en Estados Unidos" and of_country(pe, "es") == "de Perú"


def test_every_member_state_has_a_portuguese_article():
    assert set(Country.objects.values_list("iso2", flat=True)) == set(PT_ARTICLE)


@pytest.mark.parametrize(("iso2", "phrase"), [("pe", "no Peru"), ("us", "nos Estados Unidos"), ("br", "no Brasil")])
def test_portuguese_pages_use_the_contraction(client, iso2, phrase):
    page = client.get(f"/pt/report/{iso2}/").content.decode()
    assert f"Como denunciar um crime cibernético {phrase}" in page
    assert " em Peru" not in page and " em Brasil" not in page and " em Estados Unidos" not in page
    profile = client.get(reverse("legislation:country_detail", args=[iso2]).replace("/en/", "/pt/")).content.decode()
    assert f"Como denunciar um crime {phrase}" in profile
