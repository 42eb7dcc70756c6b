"""The idle rule on PUBLIC pages that show restricted parts (a fiche, a state's fiches, the channel finder,
the alerts page):
an expert whose restricted session has sat idle too long reads them as the public does, is not signed
out there, and is not refreshed either (the next restricted page still ends the session); an active
expert sees the restricted parts and counts as active."""

import time

import pytest

from contacts.models import ContactRole
from portal.gate import IDLE_KEY
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE, make_point, make_unit
from tests.cooperation.factories import make_fiche
from tests.cooperation.requests_helpers import bound_pair

HIDDEN_UNIT = "Unidad reservada de cooperación"
PUBLISHED_UNIT = "RCMP National Cybercrime Coordination Centre"
FICHE = "/en/evidence/ca/preservation/"
STATE = "/en/evidence/ca/"
FINDER = "/en/channels/?from=ar&to=ca&measure=preservation"
LONG_AGO = 60 * 60 * 24  # a day: well past PORTAL["RESTRICTED_IDLE_SECONDS"]


@pytest.fixture
def hidden_authority(db):
    """Canada's preservation fiche names an unpublished unit with a restricted contact point."""
    unit = make_unit("CA", HIDDEN_UNIT, is_published=False)
    make_point(unit, SECRET_NAME, kind="person", email=SECRET_EMAIL, phones=[SECRET_PHONE],
               roles=[ContactRole.COOPERATION, ContactRole.NETWORK_24_7])
    make_fiche("CA", "preservation", authority=unit, channels=["24-7"])
    return unit


@pytest.fixture
def published_authority(db):
    """Canada's preservation fiche names a published unit with a restricted contact point."""
    unit = make_unit("CA", PUBLISHED_UNIT)
    make_point(unit, SECRET_NAME, kind="person", email=SECRET_EMAIL, phones=[SECRET_PHONE],
               roles=[ContactRole.COOPERATION, ContactRole.NETWORK_24_7])
    make_fiche("CA", "preservation", authority=unit, channels=["24-7"])
    return unit


def _last_seen(client, seconds_ago: int) -> int:
    session = client.session
    session[IDLE_KEY] = int(time.time()) - seconds_ago
    session.save()
    return session[IDLE_KEY]


def _restricted_bits(page: str) -> list[str]:
    return [text for text in (SECRET_NAME, SECRET_EMAIL, SECRET_PHONE, HIDDEN_UNIT, "Draft the request")
            if text in page]


@pytest.mark.django_db
@pytest.mark.parametrize("url", [FICHE, STATE, FINDER])
def test_an_idle_expert_reads_the_public_page_and_is_signed_out_at_the_next_restricted_one(
    client_for, expert_br, hidden_authority, url
):
    client = client_for(expert_br)
    stale = _last_seen(client, LONG_AGO)
    response = client.get(url)
    assert response.status_code == 200  # not signed out, not sent anywhere: the public page
    page = response.content.decode()
    assert _restricted_bits(page) == []
    assert client.session[IDLE_KEY] == stale  # a public page is not activity on restricted data
    assert "_auth_user_id" in client.session
    answer = client.get("/en/contacts/", follow=True)
    assert answer.redirect_chain[0][0].startswith("/en/accounts/login/")
    assert "signed out after a period of inactivity" in answer.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "expected"), [
    (FICHE, [SECRET_NAME, SECRET_EMAIL, SECRET_PHONE, HIDDEN_UNIT]),
    (STATE, [HIDDEN_UNIT]),
    (FINDER, [SECRET_NAME, SECRET_EMAIL, SECRET_PHONE, HIDDEN_UNIT]),
])
def test_an_active_expert_sees_the_restricted_parts_and_counts_as_active(
    client_for, expert_br, hidden_authority, url, expected
):
    client = client_for(expert_br)
    before = _last_seen(client, 5 * 60)  # within the limit, past the resolution of the last-seen time
    page = client.get(url).content.decode()
    assert [text for text in expected if text not in page] == []
    assert client.session[IDLE_KEY] > before
    assert client.get("/en/contacts/").status_code == 200


@pytest.mark.django_db
def test_the_finder_offers_to_draft_only_to_an_active_expert(client_for, expert_br):
    bound_pair()
    url = "/en/channels/?from=br&to=ar&measure=preservation"
    client = client_for(expert_br)
    _last_seen(client, 5 * 60)
    assert "Draft the request (experts)" in client.get(url).content.decode()
    _last_seen(client, LONG_AGO)
    assert "Draft the request" not in client.get(url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url", [FICHE, FINDER])
def test_an_idle_expert_sees_what_a_visitor_sees_of_a_published_authority(
    client_for, expert_br, published_authority, url
):
    visitor_page = client_for(None).get(url).content.decode()
    client = client_for(expert_br)
    _last_seen(client, LONG_AGO)
    page = client.get(url).content.decode()
    assert PUBLISHED_UNIT in page and PUBLISHED_UNIT in visitor_page
    assert _restricted_bits(page) == _restricted_bits(visitor_page) == []


@pytest.mark.django_db
@pytest.mark.parametrize("url", [FICHE, STATE, FINDER])
def test_visitors_see_the_public_page_and_get_no_session_mark(client, hidden_authority, url):
    page = client.get(url).content.decode()
    assert _restricted_bits(page) == []
    assert IDLE_KEY not in client.session


@pytest.mark.django_db
def test_the_alerts_page_offers_restricted_subjects_and_workspaces_only_to_an_active_expert(client_for, expert_br):
    client = client_for(expert_br)
    _last_seen(client, 5 * 60)
    page = client.get("/en/alerts/").content.decode()
    assert "Points of contact of" in page and "Your workspaces" in page
    stale = _last_seen(client, LONG_AGO)
    page = client.get("/en/alerts/").content.decode()
    assert "Points of contact of" not in page and "Your workspaces" not in page
    response = client.post("/en/alerts/", {"subject": "contacts:ar", "email": expert_br.email})
    assert response.status_code == 400  # not a subject this session may choose
    assert client.session[IDLE_KEY] == stale


@pytest.mark.django_db
def test_an_idle_expert_still_sees_by_name_what_they_follow_to_stop_it(client_for, expert_br):
    from alerts.models import Subscription

    Subscription.objects.create(email=expert_br.email, user=expert_br, subject="contacts:ar",
                                state=Subscription.State.CONFIRMED)
    client = client_for(expert_br)
    _last_seen(client, LONG_AGO)
    page = client.get("/en/alerts/").content.decode()
    assert "Points of contact of Argentina" in page and "contacts:ar" not in page
    assert 'name="subject"' in page and 'value="contacts:ar"' not in page  # not offered to follow anew
