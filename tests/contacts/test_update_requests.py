"""Update requests: sending (command and admin), the email, answering through the site,
links that are used, expired, replaced or for another country, and reminders."""

import re
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from contacts.models import ContactPoint, NationalUnit, UpdateRequest
from contacts.services import update_requests_send
from portal.accounts.models import AuditEvent, Role
from tests.conftest import make_expert
from tests.contacts.factories import days_ago, make_point

pytestmark = pytest.mark.django_db


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    """Run a command with the after-commit emails sent."""

    def run(*args):
        with django_capture_on_commit_callbacks(execute=True):
            call_command(*args)

    return run


def _link(message) -> str:
    return re.search(r"http://\S+/contacts/update-requests/\S+/", message.body).group(0)


def test_command_sends_to_one_country_and_emails_its_focal_points(send, directory, focal_ar, focal_br, expert_br,
                                                                   mailoutbox):
    send("send_update_requests", "--country", "ar")
    request = UpdateRequest.objects.get()
    assert (request.country_id, request.status) == ("AR", "open")
    assert [message.to for message in mailoutbox] == [["focal-ar@example.org"]]
    message = mailoutbox[0]
    assert "Argentina" in message.subject
    assert _link(message).endswith(f"/en/contacts/update-requests/{request.token}/")
    assert AuditEvent.objects.filter(action="contacts.update_request_sent", details__country="AR").exists()


def test_command_sends_to_several_or_all_countries(send, directory, focal_ar, focal_br, mailoutbox):
    send("send_update_requests", "--country", "AR", "BR", "MX")
    assert sorted(UpdateRequest.objects.values_list("country_id", flat=True)) == ["AR", "BR", "MX"]
    assert sorted(message.to[0] for message in mailoutbox) == ["focal-ar@example.org", "focal-br@example.org"]
    send("send_update_requests", "--all")
    assert UpdateRequest.objects.open().count() == 35
    assert UpdateRequest.objects.filter(status="superseded").count() == 3


def test_unknown_country_sends_nothing(directory):
    with pytest.raises(CommandError, match="ZZ"):
        call_command("send_update_requests", "--country", "AR", "ZZ")
    assert not UpdateRequest.objects.exists()


def test_only_the_secretariat_sends(expert_br):
    with pytest.raises(CommandError):
        call_command("send_update_requests", "--all", "--by", "expert-br@example.org")
    assert not UpdateRequest.objects.exists()


def test_the_full_cycle_from_sending_to_last_verified(send, directory, focal_ar, as_persona, mailoutbox):
    ar, point = directory["ar"], directory["ar_point"]
    second = make_point(ar, "Second desk", email="second-ar@example.org")
    NationalUnit.objects.filter(pk=ar.pk).update(last_verified_at=days_ago(400))
    ContactPoint.objects.filter(pk__in=[point.pk, second.pk]).update(last_verified_at=days_ago(250))
    send("send_update_requests", "--country", "AR")
    path = "/" + _link(mailoutbox[0]).split("/", 3)[3]

    client, user = as_persona("focal_ar")
    page = client.get(path).content.decode()
    for text in ["Unidad Fiscal Especializada en Ciberdelincuencia", point.name, "Second desk", "Send the answer"]:
        assert text in page
    assert "Polícia Federal" not in page

    response = client.post(path, {"unit": [ar.pk], "contact": [point.pk, second.pk]})
    assert response.status_code == 302
    request = UpdateRequest.objects.get()
    assert request.status == "answered" and request.answered_by == user and request.entries_confirmed == 3
    for entry in [ar, point, second]:
        entry.refresh_from_db()
        assert entry.freshness == "fresh"
        assert entry.last_verified_by == user
        assert entry.last_verified_at == request.answered_at
    event = AuditEvent.objects.get(action="contacts.update_request_answered")
    assert event.actor == user and event.details["confirmed"] == 3
    # The other countries' entries are untouched.
    directory["br"].refresh_from_db()
    assert directory["br"].last_verified_by is None

    # The link, once used, explains itself and changes nothing.
    again = client.get(path)
    assert again.status_code == 200
    assert "already answered" in again.content.decode()
    before = ContactPoint.objects.get(pk=point.pk).last_verified_at
    client.post(path, {"unit": [ar.pk], "contact": [point.pk, second.pk]})
    assert ContactPoint.objects.get(pk=point.pk).last_verified_at == before


def _open_request(country="AR", days=0) -> UpdateRequest:
    created = timezone.now() - timedelta(days=days)
    return UpdateRequest.objects.create(country_id=country, created_at=created, **UpdateRequest.schedule(created))


def test_every_entry_must_be_confirmed_or_corrected(directory, as_persona):
    request = _open_request()
    ar, point = directory["ar"], directory["ar_point"]
    NationalUnit.objects.filter(pk=ar.pk).update(last_verified_at=days_ago(300))
    ContactPoint.objects.filter(pk=point.pk).update(last_verified_at=days_ago(300))
    client, _user = as_persona("focal_ar")
    response = client.post(request.get_absolute_url(), {"unit": [ar.pk]})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Confirm or correct every entry" in page and point.name in page and "Nothing was changed." in page
    request.refresh_from_db()
    ar.refresh_from_db()
    assert request.status == "open" and ar.freshness == "due"


def test_an_entry_corrected_since_the_request_counts_as_answered(directory, as_persona):
    request = _open_request(days=2)
    ar, point = directory["ar"], directory["ar_point"]
    ContactPoint.objects.filter(pk=point.pk).update(last_verified_at=timezone.now())  # corrected through the form
    client, _user = as_persona("focal_ar")
    assert client.post(request.get_absolute_url(), {"unit": [ar.pk]}).status_code == 302
    request.refresh_from_db()
    assert request.status == "answered" and request.entries_confirmed == 1


def test_entries_of_another_country_cannot_be_slipped_into_an_answer(directory, as_persona):
    request = _open_request()
    br = directory["br"]
    before = br.last_verified_at
    client, _user = as_persona("focal_ar")
    response = client.post(request.get_absolute_url(),
                           {"unit": [directory["ar"].pk, br.pk], "contact": [directory["ar_point"].pk]})
    assert response.status_code == 400
    br.refresh_from_db()
    assert br.last_verified_at == before
    assert UpdateRequest.objects.get().status == "open"


def test_expired_link_explains_itself_and_changes_nothing(directory, as_persona):
    request = _open_request(days=91)
    client, _user = as_persona("focal_ar")
    response = client.get(request.get_absolute_url())
    assert response.status_code == 410
    assert "This link expired" in response.content.decode()
    client.post(request.get_absolute_url(), {"unit": [directory["ar"].pk], "contact": [directory["ar_point"].pk]})
    request.refresh_from_db()
    assert request.status == "open"


def test_replaced_link_explains_itself(directory, as_persona, secretariat):
    old = _open_request()
    update_requests_send(countries=[old.country], by=secretariat)
    response = as_persona("focal_ar")[0].get(old.get_absolute_url())
    assert response.status_code == 410
    assert "replaced by a newer update request" in response.content.decode()


@pytest.mark.parametrize("persona", ["focal_br", "expert_br", "expert_mx"])
def test_another_countrys_link_explains_itself_without_showing_entries(directory, as_persona, persona, focal_br):
    request = _open_request("AR")
    client, _user = as_persona(persona)
    response = client.get(request.get_absolute_url())
    assert response.status_code == 403
    page = response.content.decode()
    assert "for another country" in page
    assert directory["ar_point"].name not in page and directory["ar_point"].email not in page
    client.post(request.get_absolute_url(), {"unit": [directory["ar"].pk], "contact": [directory["ar_point"].pk]})
    assert UpdateRequest.objects.get().status == "open"


def test_unknown_token_is_404(as_persona, directory):
    assert as_persona("focal_ar")[0].get(reverse("contacts:update_request", args=["nope"])).status_code == 404


def test_visitors_are_sent_to_sign_in(client, directory):
    request = _open_request()
    response = client.get(request.get_absolute_url())
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_reminded_once_after_the_set_time(send, directory, focal_ar, mailoutbox):
    due_for_reminder = _open_request("AR", days=15)
    _open_request("MX", days=3)  # too early
    send("send_update_requests", "--remind")
    due_for_reminder.refresh_from_db()
    assert due_for_reminder.reminded_at is not None
    assert [m.to for m in mailoutbox] == [["focal-ar@example.org"]]
    assert mailoutbox[0].subject.startswith("Reminder")
    assert due_for_reminder.token in mailoutbox[0].body
    assert UpdateRequest.objects.get(country_id="MX").reminded_at is None
    send("remind_update_requests")
    send("send_update_requests", "--remind")
    assert len(mailoutbox) == 1  # once only


def test_answered_requests_are_not_reminded(send, directory, focal_ar, mailoutbox):
    request = _open_request("AR", days=20)
    UpdateRequest.objects.filter(pk=request.pk).update(status="answered", answered_at=timezone.now())
    send("send_update_requests", "--remind")
    assert mailoutbox == []


def test_unanswered_requests_become_overdue(directory):
    overdue = _open_request("AR", days=31)
    _open_request("BR", days=29)
    assert list(UpdateRequest.objects.overdue()) == [overdue]
    assert overdue.is_overdue() and not UpdateRequest.objects.get(country_id="BR").is_overdue()


def test_secretariat_sends_from_the_admin(client, secretariat, focal_ar, directory, mailoutbox,
                                          django_capture_on_commit_callbacks):
    client.force_login(secretariat)
    changelist = reverse("admin:contacts_countryfreshness_changelist")
    assert client.get(changelist).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(changelist, {"action": "send_update_requests", "_selected_action": ["AR", "MX"]},
                               follow=True)
    assert "2 update requests sent." in response.content.decode()
    assert "No focal point to email for: Mexico" in response.content.decode()
    assert sorted(UpdateRequest.objects.open().values_list("country_id", flat=True)) == ["AR", "MX"]
    assert [m.to for m in mailoutbox] == [["focal-ar@example.org"]]
    assert UpdateRequest.objects.filter(created_by=secretariat).count() == 2


def test_focal_points_cannot_send_from_the_admin(client, directory):
    staff_focal = make_expert("staff-focal@example.org", "AR", roles=(Role.EXPERT, Role.FOCAL_POINT), is_staff=True)
    client.force_login(staff_focal)
    changelist = reverse("admin:contacts_countryfreshness_changelist")
    assert client.get(changelist).status_code == 403
    client.post(changelist, {"action": "send_update_requests", "_selected_action": ["AR"]})
    assert not UpdateRequest.objects.exists()


def test_nothing_is_ticked_in_advance_and_each_entry_opens_to_its_own_box(directory, as_persona):
    request = _open_request()
    ar, point = directory["ar"], directory["ar_point"]
    client, _user = as_persona("focal_ar")
    page = client.get(request.get_absolute_url()).content.decode()
    boxes = re.findall(r"<input type=\"checkbox\"[^>]*>", page)
    assert len(boxes) >= 2
    assert not [box for box in boxes if " checked" in box]
    # Each box sits inside its entry's <details>: ticking it means opening the entry first.
    for field, entry in (("unit", ar), ("contact", point)):
        before = page[:page.index(f'id="confirm-{field}-{entry.pk}"')]
        assert "</details>" not in before[before.rindex('<details class="confirm-entry"'):]
    # "Tick every entry" is offered by the page's script only once every entry has been opened.
    assert 'data-confirm-all-label="Tick “still correct” on every entry"' in page
    assert "Nothing is ticked in advance." in page


def test_a_failed_answer_keeps_only_what_was_ticked(directory, as_persona):
    request = _open_request()
    ar, point = directory["ar"], directory["ar_point"]
    second = make_point(ar, "Second desk", email="second-ar@example.org", last_verified_at=days_ago(300))
    ContactPoint.objects.filter(pk=point.pk).update(last_verified_at=days_ago(300))
    client, _user = as_persona("focal_ar")
    response = client.post(request.get_absolute_url(), {"unit": [ar.pk], "contact": [point.pk]})
    assert response.status_code == 400
    page = response.content.decode()
    assert re.search(rf'id="confirm-contact-{point.pk}"[^>]* checked', page)
    assert not re.search(rf'id="confirm-contact-{second.pk}"[^>]* checked', page)
    assert "Second desk" in page.split("Confirm or correct every entry")[1].split("</div>")[0]


def test_the_page_shows_what_changed_since_the_last_verification(directory, as_persona):
    request = _open_request()
    ar, point = directory["ar"], directory["ar_point"]
    ContactPoint.objects.filter(pk=point.pk).update(last_verified_at=days_ago(30))
    NationalUnit.objects.filter(pk=ar.pk).update(last_verified_at=days_ago(30))
    # The state both were verified in: recorded 40 days ago; then the point's email changed.
    ContactPoint.history.filter(id=point.pk).update(history_date=days_ago(40))
    NationalUnit.history.filter(id=ar.pk).update(history_date=days_ago(40))
    point.refresh_from_db()
    point.email = "new-address@example.org"
    point.save()
    client, _user = as_persona("focal_ar")
    page = client.get(request.get_absolute_url()).content.decode()
    entry = page[page.index(f'id="confirm-contact-{point.pk}"') - 1500:page.index(f'id="confirm-contact-{point.pk}"')]
    assert "Changed since it was last verified" in entry and ": email." in entry
    unit = page[page.index(f'id="confirm-unit-{ar.pk}"') - 1500:page.index(f'id="confirm-unit-{ar.pk}"')]
    assert "Changed since it was last verified" not in unit
    assert "Last verified:" in unit
    # A changed entry opens by itself, so the change is not missed.
    assert '<details class="confirm-entry" open>' in entry


def test_an_entry_verified_since_the_request_says_so(directory, as_persona):
    request = _open_request(days=2)
    point = directory["ar_point"]
    ContactPoint.objects.filter(pk=point.pk).update(last_verified_at=timezone.now())
    client, _user = as_persona("focal_ar")
    page = client.get(request.get_absolute_url()).content.decode()
    entry = page[page.index(f'id="confirm-contact-{point.pk}"') - 1500:page.index(f'id="confirm-contact-{point.pk}"')]
    assert "Verified or corrected since this request" in entry
