"""Experts flag a point of contact as outdated: the country's focal points and the secretariat are
told; the flag is resolved when the focal point corrects, confirms or retires the entry."""

import pytest
from django.urls import reverse

from contacts.flags import ContactFlag, open_contact_flag_count, open_contact_flags_admin_url
from portal.accounts.models import AuditEvent
from tests.contacts.conftest import NOT_EXPERTS
from tests.contacts.factories import SECRET_NAME

pytestmark = pytest.mark.django_db


def _flag_url(point):
    return reverse("contacts:contact_flag", args=[point.pk])


@pytest.fixture
def flag(as_persona, directory, focal_ar, secretariat, django_capture_on_commit_callbacks, mailoutbox):
    client, expert = as_persona("expert_br")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_flag_url(directory["ar_point"]), {"reason": "She retired in March"})
    assert response.status_code == 302
    return ContactFlag.objects.get()


def test_expert_flags_from_the_directory(as_persona, directory):
    client, _user = as_persona("expert_br")
    page = client.get(reverse("contacts:contact_list")).content.decode()
    assert _flag_url(directory["ar_point"]) in page
    form = client.get(_flag_url(directory["ar_point"]))
    assert form.status_code == 200 and SECRET_NAME in form.content.decode()


def test_flag_reaches_focal_point_and_secretariat(flag, mailoutbox, expert_br, directory):
    assert flag.flagged_by == expert_br and flag.reason == "She retired in March" and flag.is_open
    recipients = sorted(address for message in mailoutbox for address in message.to)
    assert recipients == ["focal-ar@example.org", "secretariat@example.org"]
    body = mailoutbox[0].body
    assert SECRET_NAME in body and "She retired in March" in body
    assert reverse("contacts:manage_country", args=["ar"]) in body
    assert "Argentina" in mailoutbox[0].subject
    event = AuditEvent.objects.get(action="contacts.contact_flagged")
    assert event.actor == expert_br and "March" not in str(event.details)


def test_flag_counts_for_the_secretariat_dashboard(flag, as_persona):
    assert open_contact_flag_count() == 1
    client, _user = as_persona("secretariat")
    response = client.get(open_contact_flags_admin_url())
    assert response.status_code == 200
    assert [obj.pk for obj in response.context["cl"].result_list] == [flag.pk]


def test_focal_point_sees_the_flag_on_their_page(flag, as_persona):
    client, _user = as_persona("focal_ar")
    page = client.get(reverse("contacts:manage_country", args=["ar"])).content.decode()
    assert "Reported as outdated" in page and "She retired in March" in page


def test_flagging_twice_sends_nothing_more(flag, as_persona, directory, django_capture_on_commit_callbacks,
                                           mailoutbox):
    client, _user = as_persona("expert_br")
    sent = len(mailoutbox)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_flag_url(directory["ar_point"]), {"reason": "again"}, follow=True)
    assert "already reported" in response.content.decode()
    assert ContactFlag.objects.count() == 1 and len(mailoutbox) == sent


def test_a_long_reason_is_refused(as_persona, directory):
    client, _user = as_persona("expert_br")
    response = client.post(_flag_url(directory["ar_point"]), {"reason": "x" * 301})
    assert response.status_code == 400 and not ContactFlag.objects.exists()


def test_unknown_entry_is_404(as_persona, directory):
    client, _user = as_persona("expert_br")
    assert client.get(reverse("contacts:contact_flag", args=[999999])).status_code == 404


@pytest.mark.parametrize("persona", NOT_EXPERTS)
def test_only_experts_flag(as_persona, directory, persona):
    client, _user = as_persona(persona)
    response = client.post(_flag_url(directory["ar_point"]), {"reason": "x"})
    assert response.status_code in (302, 403)
    assert SECRET_NAME not in response.content.decode()
    assert not ContactFlag.objects.exists()


@pytest.mark.parametrize(
    ("view", "changes", "resolution"),
    [
        pytest.param("contact_confirm", None, "confirmed", id="confirming"),
        pytest.param("contact_edit", {"email": "new@example.org"}, "updated", id="correcting"),
        pytest.param("contact_retire", None, "retired", id="retiring"),
    ],
)
def test_the_focal_point_resolves(flag, as_persona, directory, view, changes, resolution):
    """Confirming, correcting (the edit form with `changes`) or retiring the flagged entry."""
    from tests.contacts.test_manage import _point_form

    client, focal = as_persona("focal_ar")
    point = directory["ar_point"]
    data = None if changes is None else _point_form(point, **changes)
    assert client.post(reverse(f"contacts:{view}", args=[point.pk]), data).status_code == 302
    flag.refresh_from_db()
    assert not flag.is_open and flag.resolution == resolution and flag.resolved_by == focal
    assert open_contact_flag_count() == 0


def test_answering_an_update_request_resolves(flag, directory, focal_ar, secretariat):
    from contacts.services import update_request_answer, update_requests_send

    [request] = update_requests_send(countries=[directory["ar"].country], by=secretariat)
    update_request_answer(update_request=request, by=focal_ar, confirmed_units=[directory["ar"].pk],
                          confirmed_contact_points=[directory["ar_point"].pk])
    flag.refresh_from_db()
    assert flag.resolution == "confirmed"


def test_another_countrys_focal_point_does_not_resolve(flag, as_persona, directory):
    client, _user = as_persona("focal_ar")
    client.post(reverse("contacts:contact_confirm", args=[directory["br_point"].pk]))
    flag.refresh_from_db()
    assert flag.is_open


@pytest.mark.parametrize("count", [2, 10])
def test_manage_page_query_count_with_flags(as_persona, directory, django_assert_max_num_queries, count):
    from contacts.services import contact_flag_create
    from tests.conftest import make_expert
    from tests.contacts.factories import make_point

    client, focal = as_persona("focal_ar")
    points = [make_point(directory["ar"], f"Desk {i}", email=f"d{i}@example.org") for i in range(count)]
    for i, point in enumerate(points):
        contact_flag_create(point=point, by=make_expert(f"flagger{i}@example.org", "CL"), reason="gone")
        point.mark_verified(by=focal)  # each row names who verified it last
        point.save()
    url = reverse("contacts:manage_country", args=["ar"])
    client.get(url)
    with django_assert_max_num_queries(14):
        response = client.get(url)
    assert response.content.decode().count("Reported as outdated") == count


def test_an_expert_flags_a_limited_number_of_entries_a_day(as_persona, directory, settings):
    settings.PORTAL = {**settings.PORTAL, "CONTACT_FLAGS_PER_DAY": 2}
    client, _user = as_persona("expert_br")
    for key in ("ar_point", "mx_point"):
        assert client.post(_flag_url(directory[key]), {"reason": ""}).status_code == 302
    response = client.post(_flag_url(directory["br_point"]), {"reason": ""})
    assert response.status_code == 400
    assert "You have reported 2 entries in the last 24 hours" in response.content.decode()
    assert ContactFlag.objects.count() == 2
