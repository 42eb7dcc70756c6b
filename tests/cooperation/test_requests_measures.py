"""Every measure of the fiches has its template and its essentials; offences carry their national
provisions and Convention articles; the directory's addresses and 24/7 points reach the document."""

import html
from datetime import timedelta

import pytest
from django.utils import timezone

from cooperation.drafting.measures import DRAFTABLE_MEASURES, rules_for
from cooperation.drafting.wording import WORDING
from tests.contacts.factories import make_point, make_unit
from tests.cooperation.requests_helpers import complete, post_step
from tests.cooperation.test_requests_drafting import docx_text, pdf_text, squash
from tests.legislation.factories import make_law

TODAY = timezone.localdate()
AHEAD = {"period_from": TODAY.isoformat(), "period_to": (TODAY + timedelta(days=30)).isoformat()}
# measure: (legal basis, the data step's values that differ from the helpers')
MEASURES = {
    "preservation": ("budapest", {}),
    "traffic-data": ("budapest", {}),
    "subscriber-information": ("budapest", {"categories": ["subscriber"]}),
    "stored-content": ("budapest", {"categories": ["content"]}),
    "real-time-traffic": ("budapest", {"categories": ["traffic"], **AHEAD}),
    "interception": ("budapest", {"categories": ["content"], **AHEAD}),
    "emergency-disclosure": ("cets224", {}),
    "direct-provider-request": ("cets224", {"categories": ["subscriber"]}),
}
LANGUAGES = ["en", "es", "pt", "fr"]


@pytest.fixture
def measure_draft(new_draft):
    """`measure_draft(measure, language)`: `new_draft` of `measure`, Argentina's fiche for it taking
    `language`, the two states parties to Budapest and to its Second Protocol (cets224)."""
    return lambda measure, language: new_draft(
        measure, treaties=("budapest", "cets224"), languages=[language], slugs=[measure]
    )


@pytest.mark.django_db
def test_every_measure_of_the_fiches_but_spontaneous_information_can_be_drafted():
    from cooperation.models import Measure

    assert set(DRAFTABLE_MEASURES) == set(MEASURES)
    assert set(Measure.objects.values_list("slug", flat=True)) - set(DRAFTABLE_MEASURES) == {"spontaneous-information"}


@pytest.mark.django_db
@pytest.mark.parametrize("index", range(len(MEASURES)))
def test_each_measure_has_its_own_document(measure_draft, index):
    measure = list(MEASURES)[index]
    language = LANGUAGES[index % 4]
    basis, data = MEASURES[measure]
    client, draft = measure_draft(measure, language)
    complete(client, draft, language=language, data=data, basis={"legal_basis": basis})
    review = html.unescape(client.get(f"/en/requests/{draft.pk}/").content.decode())
    assert str(rules_for(measure).checklist) in review  # the measure's own line in the checklist before sending
    w = WORDING[language]
    text = docx_text(client.get(f"/en/requests/{draft.pk}/request.docx").content)
    assert w[f"title_{measure}"] in text
    assert w[f"request_{measure}"].split("{")[0] in text
    pdf = squash(pdf_text(client.get(f"/en/requests/{draft.pk}/request.pdf").content))
    assert squash(w[f"title_{measure}"])[:40] in pdf
    if measure in ("real-time-traffic", "interception"):
        assert w["period_collection"] in text
    if measure == "direct-provider-request":
        assert w["to_provider"] in text and w["notified"] in text  # addressed to the provider, its state notified


@pytest.mark.django_db
def test_real_time_collection_asks_for_a_period_to_come_and_traffic_data_only(measure_draft):
    client, draft = measure_draft("real-time-traffic", "es")
    page = post_step(client, draft, "data", period_from=None, period_to=None, categories=["traffic"])
    assert page.status_code == 400 and "State the period of the collection" in page.content.decode()
    page = post_step(client, draft, "data", period_from="2026-01-01", period_to="2026-01-31", categories=["traffic"])
    assert "A collection period cannot end in the past" in page.content.decode()
    page = post_step(client, draft, "data", categories=["content"], **AHEAD).content.decode()
    assert "Select a valid choice" in page  # content is not among a real-time collection's categories
    page = post_step(client, draft, "case", urgency_reason="").content.decode()
    assert "A request for real-time collection says why" in page
    assert post_step(client, draft, "data", categories=["traffic"], **AHEAD).status_code == 302


@pytest.mark.django_db
def test_interception_names_content_data_and_says_why(measure_draft):
    client, draft = measure_draft("interception", "es")
    page = post_step(client, draft, "data", categories=["traffic"], **AHEAD).content.decode()
    assert "An interception request names content data among the categories" in page
    page = post_step(client, draft, "case", urgency_reason="").content.decode()
    assert "An interception request says why interception is necessary" in page


@pytest.mark.django_db
def test_an_emergency_request_is_urgent_and_describes_the_risk(measure_draft):
    client, draft = measure_draft("emergency-disclosure", "en")
    page = post_step(client, draft, "case", urgent=None, urgency_reason="").content.decode()
    assert "This measure is for emergencies: mark the request as urgent" in page
    assert "describes the significant and imminent risk to the life or safety of a person" in page


@pytest.mark.django_db
def test_a_direct_request_to_a_provider_reaches_subscriber_information_only(measure_draft):
    client, draft = measure_draft("direct-provider-request", "en")
    page = post_step(client, draft, "data", categories=["traffic"]).content.decode()
    assert "Select a valid choice" in page
    page = client.get(f"/en/requests/{draft.pk}/data/").content.decode()
    assert 'value="traffic"' not in page and 'value="subscriber"' in page
    # Only the Second Protocol provides for it: Budapest is not offered as its legal basis.
    page = client.get(f"/en/requests/{draft.pk}/basis/").content.decode()
    assert 'value="cets224"' in page and 'value="budapest"' not in page


@pytest.mark.django_db
def test_disclosure_of_traffic_data_names_traffic_data(measure_draft):
    client, draft = measure_draft("traffic-data", "es")
    page = post_step(client, draft, "data", categories=["subscriber"]).content.decode()
    assert "names traffic data among the categories" in page
    page = post_step(client, draft, "data", period_from=None, period_to=None).content.decode()
    assert "State the period of the data sought" in page


@pytest.mark.django_db
def test_offences_carry_their_national_provisions_and_convention_articles(new_draft):
    law = make_law("BR", title="Código Penal", number="Decreto-Lei 2.848/1940", language="pt", provisions=[
        {"number": "Art. 154-A", "heading": "Invasão de dispositivo informático", "text": "…", "aspect": "substantive",
         "articles": ["2", "un-7"]},
        {"number": "Art. 171", "heading": "Estelionato", "text": "…", "aspect": "substantive", "articles": ["8"]},
        {"number": "Art. 1", "heading": "Procedural", "text": "…", "aspect": "procedural", "articles": ["16"]},
    ])
    make_law("AR", number="Ley 26.388", provisions=[
        {"number": "Art. 153 bis", "heading": "Acceso ilegítimo", "text": "…", "aspect": "substantive",
         "articles": ["2"]},
    ])
    make_law("AR", number="Ley 99.999", provisions=[
        {"number": "Art. 9", "heading": "Otra cosa", "text": "…", "aspect": "substantive", "articles": ["9"]},
    ])
    illegal_access = law.provisions.get(number="Art. 154-A")
    client, draft = new_draft(languages=["es"])
    page = client.get(f"/en/requests/{draft.pk}/case/").content.decode()
    assert "Decreto-Lei 2.848/1940, Art. 154-A Invasão de dispositivo informático (Budapest art. 2 · UN art. 7)" in page
    assert "Estelionato" in page and "Procedural" not in page  # substantive provisions only
    assert "Acceso ilegítimo" not in page  # the requesting state's own provisions
    # Neither offences nor provisions: the step says so.
    response = post_step(client, draft, "case", offences="", provisions=None)
    assert "Name the offences: describe them, or choose the national provisions" in response.content.decode()
    complete(client, draft, case={"offences": "", "provisions": [str(illegal_access.pk)]})
    basis = client.get(f"/en/requests/{draft.pk}/basis/").content.decode()
    assert "Provisions of Argentina implementing the same Convention articles" in basis
    assert "Ley 26.388, Art. 153 bis Acceso ilegítimo" in basis and "Otra cosa" not in basis
    text = docx_text(client.get(f"/en/requests/{draft.pk}/request.docx").content)
    assert WORDING["es"]["provisions"] in text
    assert "Código Penal (Decreto-Lei 2.848/1940), Art. 154-A: Invasão de dispositivo informático" in text
    assert "art. 2" in text and "art. 7" in text and "Estelionato" not in text


@pytest.mark.django_db
def test_the_directory_prefills_addresses_and_both_24_7_points_into_the_document(new_draft):
    authority = make_unit("AR", "Dirección de Asistencia Jurídica Internacional", kind="central-authority",
                          postal_address="Esmeralda 1212\nC1007 Buenos Aires")
    own = make_unit("BR", "Ministry of Justice", postal_address="Esplanada dos Ministérios, Bloco T\nBrasília")
    make_point(make_unit("AR", "Policía Federal Argentina"), "Guardia 24/7 AR", email="guardia@ar.example.org")
    make_point(own, "Plantão 24/7 BR", email="plantao@br.example.org")
    client, draft = new_draft(languages=["es"], authority=authority)
    page = client.get(f"/en/requests/{draft.pk}/parties/").content.decode()
    assert "Esmeralda 1212" in page and "Esplanada dos Ministérios" in page
    assert "guardia@ar.example.org" in page and "plantao@br.example.org" in page
    assert "24/7 point of Brazil" in page and "24/7 point of Argentina" in page
    draft.refresh_from_db()
    parties = {key: value for key, value in draft.data["parties"].items() if value}
    complete(client, draft, parties=parties)
    review = client.get(f"/en/requests/{draft.pk}/").content.decode()
    assert "24/7 point of Brazil" in review and "plantao@br.example.org" in review
    text = docx_text(client.get(f"/en/requests/{draft.pk}/request.docx").content)
    assert "Esmeralda 1212\nC1007 Buenos Aires" in text or "Esmeralda 1212" in text
    assert "Esplanada dos Ministérios" in text
    assert WORDING["es"]["network_requested"] + ": Guardia 24/7 AR" in text
    assert WORDING["es"]["network_requesting"] + ": Plantão 24/7 BR" in text


def test_the_four_languages_have_the_same_template_keys():
    keys = {language: set(entries) for language, entries in WORDING.items()}
    assert set(keys) == {"en", "es", "pt", "fr"}
    assert keys["en"] == keys["es"] == keys["pt"] == keys["fr"]
    for slug in DRAFTABLE_MEASURES:
        assert {f"title_{slug}", f"request_{slug}"} <= keys["en"]
