"""Resources: filters by kind, country, language, year and words; bad filters; pages; files."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.content.models import Resource
from portal.models import Country
from tests.content.factories import make_resource

pytestmark = pytest.mark.django_db


def titles(response) -> str:
    return response.content.decode()


@pytest.fixture
def library(db):
    brazil = Country.objects.get(iso2="BR")
    return {
        "manual": make_resource("Manual on seizure of devices", kind="manual", year=2021, language="en"),
        "guide_br": make_resource("Guia de provas eletrônicas", kind="guide", year=2023, language="pt", country=brazil),
        "report": make_resource("Regional survey of legislation", kind="report", year=2023, language="es",
                                summary_en="Comparison of ransomware provisions."),
        "draft": make_resource("Draft recommendation", kind="recommendation", draft=True),
        "future": make_resource("Embargoed report", kind="report", future=True, year=2023),
    }


def test_list_shows_published_only(visitor, library):
    page = titles(visitor.get("/en/resources/"))
    assert "Manual on seizure of devices" in page
    assert "Draft recommendation" not in page
    assert "Embargoed report" not in page
    assert "3 resources" in page


@pytest.mark.parametrize(
    ("query", "present", "absent"),
    [
        ("kind=manual", ["Manual on seizure"], ["Guia de provas", "Regional survey"]),
        ("kind=guide", ["Guia de provas"], ["Manual on seizure", "Regional survey"]),
        ("country=br", ["Guia de provas"], ["Manual on seizure", "Regional survey"]),
        ("language=es", ["Regional survey"], ["Manual on seizure", "Guia de provas"]),
        ("year=2023", ["Guia de provas", "Regional survey"], ["Manual on seizure"]),
        ("q=ransomware", ["Regional survey"], ["Manual on seizure", "Guia de provas"]),
        ("year=2023&language=pt", ["Guia de provas"], ["Regional survey", "Manual on seizure"]),
    ],
)
def test_each_filter(visitor, library, query, present, absent):
    page = titles(visitor.get(f"/en/resources/?{query}"))
    for title in present:
        assert title in page
    for title in absent:
        assert title not in page
    assert "Embargoed report" not in page


def test_unknown_filter_values_give_a_message_and_are_left_out(visitor, library):
    response = visitor.get("/en/resources/?kind=bogus&year=1890&country=zz&language=xx")
    assert response.status_code == 200
    page = titles(response)
    assert "Some filters were not understood" in page
    assert "Manual on seizure of devices" in page and "Guia de provas" in page


def test_bad_filter_keeps_the_good_ones(visitor, library):
    page = titles(visitor.get("/en/resources/?kind=bogus&language=pt"))
    assert "Guia de provas" in page
    assert "Manual on seizure" not in page


@pytest.mark.parametrize("q", ['"unclosed', "a & | ! b", "x" * 10000, "nul\x00byte", "-", "OR OR"])
def test_any_words_give_a_page(visitor, library, q):
    assert visitor.get("/en/resources/", {"q": q}).status_code == 200


def test_unknown_page_is_404(visitor, library):
    assert visitor.get("/en/resources/?page=9").status_code == 404
    assert visitor.get("/en/resources/?page=abc").status_code == 404


def test_pages_of_twenty(visitor):
    for n in range(25):
        make_resource(f"Resource number {n:02d}")
    page2 = titles(visitor.get("/en/resources/?page=2"))
    assert "Page 2 of 2" in page2
    assert page2.count('class="card-title"') == 5


def test_detail_page_and_drafts(visitor, library, client_for, secretariat):
    response = visitor.get(library["guide_br"].get_absolute_url())
    assert response.status_code == 200
    assert "Brazil" in response.content.decode()
    assert visitor.get(library["draft"].get_absolute_url()).status_code == 404
    assert visitor.get(library["future"].get_absolute_url()).status_code == 404
    assert client_for(secretariat).get(library["draft"].get_absolute_url()).status_code == 200


def test_list_query_count_is_constant(visitor, constant_queries):
    make_resource(country=Country.objects.get(iso2="AR"))
    with constant_queries(visitor, "/en/resources/?q=manual&kind=manual"):
        for n in range(30):
            make_resource(f"Manual {n}", country=Country.objects.get(iso2="MX"), year=2000 + n % 20)


def test_a_resource_needs_a_file_or_a_link():
    resource = Resource(slug="x", kind="manual", title_en="X", year=2024, language="en")
    with pytest.raises(ValidationError):
        resource.full_clean()


def test_file_extension_and_size_are_checked(settings):
    resource = Resource(slug="y", kind="manual", title_en="Y", year=2024, language="en")
    resource.file = SimpleUploadedFile("run.exe", b"MZ")
    with pytest.raises(ValidationError) as error:
        resource.full_clean()
    assert "file" in error.value.message_dict
    settings.PORTAL = {**settings.PORTAL, "PUBLIC_FILE_MAX_BYTES": 10}
    resource.file = SimpleUploadedFile("manual.pdf", b"%PDF-1.7 more than ten bytes")
    with pytest.raises(ValidationError) as error:
        resource.full_clean()
    assert "largest allowed" in str(error.value)


def test_a_spanish_record_is_found_from_an_english_page(visitor):
    make_resource("Guía", title_en="Guía de conservación de datos", language="es",
                  summary_en="Solicitudes urgentes de conservación para proveedores.")
    page = titles(visitor.get("/en/resources/?q=solicitudes+conservación"))
    assert "Guía de conservación de datos" in page


def test_words_put_the_best_match_first(visitor):
    make_resource("Training on many topics", summary_en="Also mentions extradition once.", year=2025)
    make_resource("Extradition handbook", summary_en="Extradition requests and extradition treaties.", year=2019)
    page = titles(visitor.get("/en/resources/?q=extradition"))
    assert page.index("Extradition handbook") < page.index("Training on many topics")
