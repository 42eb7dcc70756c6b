"""The answer page, the comparison and the sitemap cost a fixed number of queries at two sizes."""

import pytest

from portal.accounts.models import Role
from recommendations.models import Question, Questionnaire, Response
from recommendations.services import questionnaire_send, response_accept, response_save
from tests.conftest import make_expert
from tests.recommendations.conftest import make_questionnaire, questions

pytestmark = pytest.mark.django_db

CODES = ("BR", "CL", "CO", "MX", "PE", "UY")


def _answer(questionnaire, code, secretariat):
    focal = make_expert(f"focal-{code.lower()}@example.org", code, roles=(Role.EXPERT, Role.FOCAL_POINT))
    status_q, yes_q, year_q, _ = questions(questionnaire)
    response = Response.objects.get(questionnaire=questionnaire, country=code)
    response_save(response=response, by=focal, values={status_q.pk: "implemented", yes_q.pk: "yes", year_q.pk: "2020"},
                  comments={status_q.pk: f"Evidence {code}"}, submit=True)
    response_accept(response=response, by=secretariat)


def _more_questions(questionnaire, count):
    section = questionnaire.sections.get()
    for n in range(count):
        Question.objects.create(section=section, position=10 + n, kind=Question.Kind.TEXT, required=False,
                                text_en=f"Extra {n}", text_es=f"Extra {n}", text_pt=f"Extra {n}", text_fr=f"Extra {n}")


def test_comparison_and_answer_pages_fixed_queries(client, secretariat, focal_ar, django_assert_max_num_queries):
    questionnaire = make_questionnaire(countries=("AR", *CODES), audience=Questionnaire.Audience.EXPERTS)
    questionnaire_send(questionnaire=questionnaire, by=secretariat)
    urls = [f"/en/questionnaires/{questionnaire.pk}/answers/", f"/en/questionnaires/{questionnaire.pk}/",
            f"/en/questionnaires/{questionnaire.pk}/ar/"]
    client.force_login(secretariat)
    for url in urls:
        with django_assert_max_num_queries(25):
            assert client.get(url).status_code == 200
    for code in CODES:
        _answer(questionnaire, code, secretariat)
    _more_questions(questionnaire, 6)
    for url in urls:
        with django_assert_max_num_queries(25):
            assert client.get(url).status_code == 200
    client.force_login(focal_ar)
    with django_assert_max_num_queries(25):
        page = client.get(urls[2])
    assert page.status_code == 200 and "Extra 5" in page.content.decode()


def test_sitemap_lists_the_tracker_pages(client):
    text = client.get("/sitemap.xml").content.decode()
    assert "/en/recommendations/" in text and "/en/recommendations/ar/" in text and "/fr/recommendations/report/" in text
