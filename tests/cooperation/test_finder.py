"""The channel finder: treaty logic between two states, channels, gating, bad parameters, languages, queries."""

import datetime

import pytest

from cooperation.finder import Link, find_channels
from legislation.models import TreatyReservation
from portal.models import Country
from tests.contacts.factories import SECRET_EMAIL, SECRET_PHONE
from tests.cooperation.conftest import page_text
from tests.cooperation.factories import make_fiches, measure
from tests.legislation.factories import make_treaty_status

URL = "/en/channels/?from=ar&to=ca&measure=preservation"


def _answer(slug="preservation", user=None, today=None):
    return find_channels(requesting=Country.objects.get(iso2="AR"), requested=Country.objects.get(iso2="CA"),
                         measure=measure(slug), user=user, today=today)


def _link(answer, instrument="budapest"):
    return next(link for link in answer.links if link.instrument == instrument)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("canada_status", "state", "in_force"),
    [
        pytest.param("party", Link.IN_FORCE, True, id="both-parties-have-it-in-force"),
        pytest.param("signed", Link.NOT_IN_FORCE, False, id="a-party-and-a-signatory-are-not-bound"),
    ],
)
def test_the_budapest_convention_between_argentina_a_party_and_canada(canada_status, state, in_force):
    make_treaty_status("AR", "budapest", "party")
    make_treaty_status("CA", "budapest", canada_status)
    answer = _answer()
    link = _link(answer)
    assert link.state == state
    assert link.usable == in_force
    assert bool(answer.instruments_in_force) == in_force


@pytest.mark.django_db
def test_a_reservation_on_the_measures_article_limits_the_instrument():
    make_treaty_status("AR", "budapest", "party")
    entry = make_treaty_status("CA", "budapest", "party")
    TreatyReservation.objects.create(treaty_status=entry, kind="reservation", article="29.4",
                                     text_en="Preservation refused without dual criminality.")
    link = _link(_answer())
    assert link.state == Link.RESERVED
    assert [(state, item.article) for state, item in link.reservations] == [("Canada", "29.4")]
    # A reservation on another article leaves this measure alone.
    assert _link(_answer("interception")).state == Link.IN_FORCE


@pytest.mark.django_db
def test_an_unknown_status_is_not_confirmed_never_not_in_force():
    make_treaty_status("AR", "budapest", "party")
    make_treaty_status("CA", "budapest", "unknown")
    assert _link(_answer()).state == Link.NOT_CONFIRMED
    # No entry at all: the same.
    assert _link(_answer(), "un").state == Link.NOT_CONFIRMED
    assert _link(_answer(), "oas-a55").state == Link.NOT_CONFIRMED


@pytest.mark.django_db
def test_an_instrument_not_yet_in_force_for_one_state_is_not_used():
    make_treaty_status("AR", "budapest", "party")
    make_treaty_status("CA", "budapest", "party", in_force_on=datetime.date(2030, 1, 1))
    assert _link(_answer(today=datetime.date(2026, 1, 1))).state == Link.NOT_YET


@pytest.mark.django_db
def test_the_second_protocol_decides_the_emergency_measure():
    make_treaty_status("AR", "cets224", "party")
    make_treaty_status("CA", "cets224", "signed")
    answer = _answer("emergency-disclosure")
    assert [link.instrument for link in answer.links] == ["cets224"]
    assert answer.links[0].state == Link.NOT_IN_FORCE


@pytest.mark.django_db
def test_the_page_shows_instruments_channels_fastest_first_and_the_first_step(client, canada):
    make_treaty_status("AR", "budapest", "party")
    make_treaty_status("CA", "budapest", "party")
    page = client.get(URL).content.decode()
    assert "In force between the two states" in page
    assert "What to do first when time matters" in page
    assert "Send the preservation request through the 24/7 network at once" in page
    assert page.index("24/7 network</strong>") < page.index("Central authority (mutual legal assistance)</strong>")
    assert "RCMP National Cybercrime Coordination Centre" in page
    assert "English, French" in page
    assert "Call the NC3 duty desk." in page


@pytest.mark.django_db
def test_without_a_fiche_the_usual_channels_are_shown_as_unconfirmed(client):
    page = client.get(URL).content.decode()
    assert "has not confirmed its channels for this measure" in page
    assert "has no fiche for this measure yet" in page


@pytest.mark.django_db
def test_the_printable_summary_has_the_answer(client, canada):
    page = page_text(client, URL + "&print=1")
    assert "RCMP National Cybercrime Coordination Centre" in page
    assert "<nav" not in page


@pytest.mark.django_db
def test_without_parameters_the_picker_is_shown(client):
    assert 'name="from"' in page_text(client, "/en/channels/")


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "message"), [
    ("from=zz&to=ca&measure=preservation", "Choose your state"),
    ("from=ar&to=&measure=preservation", "Choose the state that holds the data"),
    ("from=ar&to=ca&measure=teleportation", "Choose one of the measures."),
    ("from=ar&to=ar&measure=preservation", "Choose two different states"),
    ("from=%00%FF&to=<script>&measure=" + "x" * 5000, "Choose your state"),
])
def test_bad_parameters_show_the_picker_with_a_message_and_400(client, query, message):
    page = page_text(client, f"/en/channels/?{query}", status=400)
    assert message in page
    assert 'name="measure"' in page
    assert "<script>" not in page.split("<main", 1)[1]


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "text"), [
    ("es", "Qué hacer primero cuando el tiempo apremia"),
    ("pt", "O que fazer primeiro quando o tempo urge"),
    ("fr", "Que faire d'abord quand le temps presse"),
])
def test_the_finder_speaks_four_languages(client, canada, language, text):
    page = client.get(f"/{language}/channels/?from=ar&to=ca&measure=preservation").content.decode()
    assert text in page.replace("&#x27;", "'")
    assert f'<html lang="{language}">' in page


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["visitor", "registered", "expert_without_mfa"])
def test_people_who_are_not_experts_never_see_contact_details(client_for, request, canada, persona):
    user = None if persona == "visitor" else request.getfixturevalue(persona)
    page = client_for(user).get(URL).content.decode()
    assert SECRET_EMAIL not in page and SECRET_PHONE not in page
    assert "Points of contact (experts only)" not in page


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["expert_br", "focal_ar"])
def test_experts_including_another_countrys_focal_point_see_the_contact_and_24_7_points(
    client_for, request, canada, persona
):
    page = client_for(request.getfixturevalue(persona)).get(URL).content.decode()
    assert SECRET_EMAIL in page and SECRET_PHONE in page
    assert "24/7 network point" in page
    assert "Last verified:" in page


@pytest.mark.django_db
@pytest.mark.parametrize("states", [["AR", "CA"], ["AR", "CA", "BR", "MX", "US", "CL", "CO", "PE", "UY", "PY"]])
def test_the_finder_costs_the_same_queries_whatever_the_data(client, django_assert_max_num_queries, states):
    make_fiches(states)
    for code in states:
        make_treaty_status(code, "budapest", "party")
    with django_assert_max_num_queries(9):
        assert client.get(URL).status_code == 200


@pytest.mark.django_db
def test_an_expert_answer_costs_a_fixed_number_of_queries(client_for, expert_br, canada,
                                                          django_assert_max_num_queries):
    client = client_for(expert_br)
    client.get(URL)
    with django_assert_max_num_queries(16):
        assert SECRET_EMAIL in client.get(URL).content.decode()


@pytest.mark.django_db
def test_experts_see_their_own_states_24_7_point_as_the_sender(client_for, expert_br, canada):
    from tests.contacts.factories import make_point, make_unit

    make_point(make_unit("AR", "Unidad AR"), "Guardia 24/7 Argentina", email="guardia-ar@example.org")
    page = client_for(expert_br).get(URL).content.decode()
    assert "Who sends: the 24/7 point of Argentina" in page
    assert "guardia-ar@example.org" in page
    assert "guardia-ar@example.org" not in client_for(None).get(URL).content.decode()
