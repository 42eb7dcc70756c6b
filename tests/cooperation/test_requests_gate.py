"""Request drafts are behind the expert gate and private to their author."""

import pytest

from tests.cooperation.requests_helpers import bound_pair, start


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/en/requests/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_a_registered_user_not_yet_approved_is_sent_to_ask_for_expert_access(client_for, registered):
    response = client_for(registered).get("/en/requests/")
    assert response.status_code == 302
    assert "/accounts/login/" not in response["Location"]
    assert response["Location"] != "/en/requests/"


@pytest.mark.django_db
def test_an_expert_sees_the_drafting_page(client_for, expert_br):
    response = client_for(expert_br).get("/en/requests/")
    assert response.status_code == 200
    assert "Start a request" in response.content.decode()


@pytest.mark.django_db
def test_another_expert_cannot_open_a_draft_it_is_404(client_for, expert_br, expert_mx):
    bound_pair()
    draft = start(client_for(expert_br))
    client = client_for(expert_mx)
    for url in (f"/en/requests/{draft.pk}/", f"/en/requests/{draft.pk}/case/", f"/en/requests/{draft.pk}/request.pdf",
                f"/en/requests/{draft.pk}/delete/"):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/en/requests/{draft.pk}/delete/").status_code == 404
    assert client.post(f"/en/requests/{draft.pk}/case/", {"reference": "HIJACK"}).status_code == 404
    assert expert_br.request_drafts.count() == 1
    assert "/en/requests/" + str(draft.pk) not in client.get("/en/requests/").content.decode()


@pytest.mark.django_db
def test_the_secretariat_does_not_see_experts_drafts(client_for, expert_br, secretariat):
    bound_pair()
    draft = start(client_for(expert_br))
    client = client_for(secretariat)
    assert client.get(f"/en/requests/{draft.pk}/").status_code == 404
    assert str(draft.pk) not in client.get("/en/requests/").content.decode()


def test_drafts_are_not_in_the_admin():
    from django.contrib import admin

    from cooperation.drafting.models import RequestDraft

    assert RequestDraft not in admin.site._registry


@pytest.mark.django_db
def test_the_channel_finder_offers_to_draft_the_request_only_to_users_the_gate_admits(client_for, expert_br,
                                                                                    registered, expert_without_mfa):
    bound_pair()
    page = client_for(expert_br).get("/en/channels/?from=br&to=ar&measure=preservation").content.decode()
    assert "/en/requests/?from=br&amp;to=ar&amp;measure=preservation" in page
    assert "Draft the request (experts)" in page
    for user in (None, registered, expert_without_mfa):  # the gate sends each of them elsewhere
        page = client_for(user).get("/en/channels/?from=br&to=ar&measure=preservation").content.decode()
        assert "/en/requests/?" not in page and "Draft the request" not in page


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "text"), [("es", "Redactar una solicitud"), ("pt", "Redigir um pedido"),
                                                ("fr", "Rédiger une demande")])
def test_the_drafting_page_speaks_four_languages(client_for, expert_br, language, text):
    page = client_for(expert_br).get(f"/{language}/requests/").content.decode()
    assert text in page
    assert "Start a request" not in page


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 6])
def test_the_list_of_drafts_costs_the_same_queries_whatever_their_number(client_for, expert_br,
                                                                           django_assert_max_num_queries, count):
    from cooperation.drafting.services import draft_create
    from cooperation.models import Measure
    from portal.models import Country

    measure = Measure.objects.get(slug="preservation")
    br, ar = Country.objects.get(iso2="BR"), Country.objects.get(iso2="AR")
    for index in range(count):
        draft_create(author=expert_br, measure=measure, requesting=br, requested=ar,
                     data={"case": {"reference": f"REF-{index}"}})
    client = client_for(expert_br)
    client.get("/en/requests/")
    with django_assert_max_num_queries(14):
        page = client.get("/en/requests/").content.decode()
    assert page.count("REF-") == count
