"""The progress report: HTML and PDF (text extracted with pypdf), per state, since a date, four languages."""

import io

import pytest
from pypdf import PdfReader

from contacts.models import UnitKind
from recommendations.models import Status
from recommendations.services import implementation_set, questionnaire_send, response_save
from tests.contacts.factories import make_unit
from tests.recommendations.conftest import make_questionnaire, questions, rec

pytestmark = pytest.mark.django_db


def pdf_text(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture
def data(secretariat, focal_ar):
    make_unit("AR", kind=UnitKind.CYBERCRIME_UNIT)
    implementation_set(recommendation=rec("15"), country=make_unit("AR", name="Other").country,
                       status=Status.IN_PROGRESS, by=secretariat, evidence="Talks with providers")
    questionnaire = make_questionnaire()
    questionnaire_send(questionnaire=questionnaire, by=secretariat)
    status_q, yes_q, year_q, _ = questions(questionnaire)
    from recommendations.models import Response

    response_save(response=Response.objects.get(questionnaire=questionnaire, country="AR"), by=focal_ar,
                  values={status_q.pk: "in-progress", yes_q.pk: "yes", year_q.pk: "2020"}, submit=True)
    return questionnaire


def test_the_state_pdf_lists_statuses_changes_and_questionnaires(data, client):
    text = pdf_text(client.get("/en/recommendations/report/ar/?format=pdf"))
    assert "Progress in implementing the REMJA recommendations: Argentina" in text
    assert "Specialised cybercrime units" in text and "Implemented" in text
    assert "Talks with providers" in text
    assert "What changed" in text and "Set by the secretariat" in text
    assert "Implementation survey" in text and "Submitted" in text


def test_the_regional_pdf_counts_states_per_status(data, client):
    text = pdf_text(client.get("/en/recommendations/report/?format=pdf"))
    assert "Status per recommendation" in text and "Not known" in text
    assert "CIBER-VII/doc.6/12 rev. 1 7: Joining the 24/7 network" in text


def test_changes_before_the_chosen_date_are_left_out(data, client):
    text = pdf_text(client.get("/en/recommendations/report/ar/?format=pdf&since=2999-01-01"))
    assert "No status has changed since this date." in text


@pytest.mark.parametrize("lang, title", [
    ("es", "Avance en la implementación de las recomendaciones de la REMJA"),
    ("pt", "Progresso na implementação das recomendações da REMJA"),
    ("fr", "Progrès dans la mise en œuvre des recommandations de la REMJA"),
])
def test_the_pdf_in_four_languages(data, client, lang, title):
    text = pdf_text(client.get(f"/{lang}/recommendations/report/ar/?format=pdf"))
    assert title in text


def test_the_html_report_is_printable_and_offers_the_pdf(data, client):
    page = client.get("/en/recommendations/report/ar/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "Download as PDF" in text and "Talks with providers" in text and "Implementation survey" in text


def test_bad_input_is_a_400(client):
    assert client.get("/en/recommendations/report/?since=yesterday").status_code == 400
    assert client.get("/en/recommendations/report/?format=docx").status_code == 400
    assert client.get("/en/recommendations/report/zz/").status_code == 404


def test_the_report_costs_a_fixed_number_of_queries(client, django_assert_max_num_queries, secretariat):
    with django_assert_max_num_queries(16):
        client.get("/en/recommendations/report/?format=pdf")
    for code in ("BR", "CL", "MX", "PE"):
        implementation_set(recommendation=rec("15"), country=make_unit(code).country, status=Status.IMPLEMENTED,
                           by=secretariat)
    with django_assert_max_num_queries(16):
        assert client.get("/en/recommendations/report/").status_code == 200


@pytest.mark.parametrize("url", ["/en/recommendations/report/ar/", "/en/recommendations/report/ar/?format=pdf"])
def test_a_states_report_costs_the_same_for_few_or_many_statuses(client, secretariat, constant_queries, url):
    """Argentina's statuses on two recommendations, then on ten, each a row showing its evidence.
    The ten are ones the portal derives nothing on for Argentina: where it does (here its unit
    and points of contact), the derived status is shown instead of the one the secretariat set."""
    from recommendations.tracker import build_tracker

    argentina = make_unit("AR").country
    tracker = build_tracker(countries=[argentina])
    tracked = [rec for rec, cell in zip(tracker.recommendations, tracker.rows[0].cells, strict=True)
               if cell.status == Status.NOT_KNOWN][:10]
    assert len(tracked) == 10

    def status(n):
        implementation_set(recommendation=tracked[n], country=argentina, status=Status.IMPLEMENTED,
                           evidence=f"Evidence {n}", by=secretariat)

    def shown():
        response = client.get(url)
        text = pdf_text(response) if "format=pdf" in url else response.content.decode()
        return {n for n in range(10) if f"Evidence {n}" in text}

    for n in range(2):
        status(n)
    assert shown() == {0, 1}
    with constant_queries(client, url):
        for n in range(2, 10):
            status(n)
    assert shown() == set(range(10))
