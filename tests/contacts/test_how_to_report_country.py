"""/report/<iso2>/: where to report a crime, and a useful page when a country lists no channel."""

import pytest
from django.urls import reverse

from contacts.models import UnitKind
from tests.contacts.factories import make_unit
from tests.content.factories import make_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def guidance(db):
    return make_topic("Phishing", slug="phishing")


def test_no_channel_page_gives_evidence_platform_tools_and_guidance(client, guidance):
    page = client.get(reverse("contacts:how_to_report_country", args=["gy"])).content.decode()
    assert "How to report a cybercrime in Guyana" in page
    assert "No public reporting channel is listed yet" in page
    # Without any known unit: how to reach the police and the CSIRT anyway.
    assert "Go to the nearest police station" in page and "CSIRT" in page
    assert "What to keep as evidence" in page and "Screenshots of the messages" in page
    assert "Report it to the platform as well" in page
    assert "Regional guidance" in page
    assert f'href="{guidance.get_absolute_url()}?country=gy#report"' in page
    assert 'href="/en/countries/gy/"' in page


def test_no_channel_page_names_the_national_police_and_csirt_when_known(client, guidance):
    no_channel = {"reporting_url": "", "public_phone": "", "public_email": ""}
    make_unit("GY", "Guyana Police Force", kind=UnitKind.POLICE, website="https://police.example.gy/", **no_channel)
    make_unit("GY", "CIRT.GY", kind=UnitKind.CSIRT, website="https://cirt.example.gy/", **no_channel)
    make_unit("GY", "Central authority", kind=UnitKind.CENTRAL_AUTHORITY, **no_channel)
    page = client.get(reverse("contacts:how_to_report_country", args=["gy"])).content.decode()
    assert "Contact the police or the national CSIRT" in page
    first_contacts = page.split("Contact the police or the national CSIRT")[1].split("What to keep as evidence")[0]
    assert "Guyana Police Force" in first_contacts and "https://police.example.gy/" in first_contacts
    assert "CIRT.GY" in first_contacts
    assert "Central authority" not in first_contacts
    assert "Go to the nearest police station" not in page


def test_a_country_with_channels_keeps_the_evidence_and_guidance(client, guidance):
    make_unit("AR", "UFECI")
    page = client.get(reverse("contacts:how_to_report_country", args=["ar"])).content.decode()
    assert "Where to report" in page and "UFECI" in page
    assert "No public reporting channel is listed yet" not in page
    assert "What to keep as evidence" in page and "Regional guidance" in page


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Cómo denunciar un delito cibernético en Guyana"),
    ("pt", "Como denunciar um crime cibernético na Guiana"),
    ("fr", "Comment signaler un acte de cybercriminalité au Guyana"),
])
def test_no_channel_page_in_each_language(client, guidance, lang, text):
    response = client.get(f"/{lang}/report/gy/")
    assert response.status_code == 200
    assert text in response.content.decode()


def test_report_page_costs_the_same_queries_whatever_the_size(client, django_assert_max_num_queries):
    make_topic("Phishing", slug="phishing")
    make_unit("GY", "Guyana Police Force", kind=UnitKind.POLICE, reporting_url="", public_phone="", public_email="")
    with django_assert_max_num_queries(10) as small:
        assert client.get("/fr/report/gy/").status_code == 200
    for n in range(6):
        make_topic(f"Topic {n}", slug=f"topic-extra-{n}")
        make_unit("GY", f"Unit {n}", kind=UnitKind.CSIRT, reporting_url="", public_phone="", public_email="")
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get("/fr/report/gy/").status_code == 200
