"""/contact/: a message reaches the secretariat (stored, emailed), spam and floods are refused."""

import time

import pytest
from django.urls import reverse

from portal.accounts.models import AuditEvent, Role
from portal.content.models import ContactMessage
from portal.content.services import contact_form_token
from tests.conftest import make_user
from tests.pages import missing

pytestmark = pytest.mark.django_db

URL = "/en/contact/"


def _form(**fields) -> dict:
    data = {
        "name": "Ana Pérez", "email": "ana@example.org", "topic": "correction",
        "message": "The cybercrime law of my country was amended in 2024; the portal shows the old text.",
        "website": "", "started": contact_form_token(now=time.time() - 60),
    }
    data.update(fields)
    return data


@pytest.fixture
def secretariat_team(db):
    first = make_user("sec-one@example.org", roles=(Role.SECRETARIAT,), is_staff=True)
    second = make_user("sec-two@example.org", roles=(Role.SECRETARIAT,), is_staff=True)
    second.preferred_language = "es"
    second.save()
    make_user("expert@example.org", roles=(Role.EXPERT,))
    return first, second


def test_the_form_is_public_and_in_four_languages(client):
    for lang, text in {"en": "Contact the secretariat", "es": "Contactar a la Secretaría",
                       "pt": "Contatar a Secretaria", "fr": "Contacter le Secrétariat"}.items():
        response = client.get(f"/{lang}/contact/")
        assert response.status_code == 200
        page = response.content.decode()
        assert text in page and 'name="started"' in page and 'name="website"' in page


def test_a_message_is_stored_and_emailed_to_the_secretariat(client, secretariat_team, mailoutbox,
                                                          django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, _form())
    assert response.status_code == 302 and response["Location"] == URL
    message = ContactMessage.objects.get()
    assert (message.name, message.email, message.topic, message.language) == (
        "Ana Pérez", "ana@example.org", "correction", "en")
    assert sorted(mail.to[0] for mail in mailoutbox) == ["sec-one@example.org", "sec-two@example.org"]
    english = next(mail for mail in mailoutbox if mail.to == ["sec-one@example.org"])
    assert "Ana Pérez" in english.subject and "amended in 2024" in english.body
    assert english.extra_headers["Reply-To"] == "ana@example.org"
    assert f"/admin/content/contactmessage/{message.pk}/change/" in english.body
    spanish = next(mail for mail in mailoutbox if mail.to == ["sec-two@example.org"])
    assert "Formulario de contacto" in spanish.subject
    assert AuditEvent.objects.filter(action="content.contact_message").count() == 1
    page = client.get(URL).content.decode()
    assert "Your message has reached the secretariat" in page


def test_nothing_is_emailed_before_the_transaction_commits(client, secretariat_team, mailoutbox):
    client.post(URL, _form())
    assert ContactMessage.objects.count() == 1 and mailoutbox == []


def test_honeypot_filled_is_refused_and_nothing_stored(client, secretariat_team, mailoutbox,
                                                     django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, _form(website="http://spam.example.com"))
    assert response.status_code == 400
    assert "Leave this field empty." in response.content.decode()
    assert not ContactMessage.objects.exists() and mailoutbox == []


def test_a_form_sent_within_seconds_is_refused(client, secretariat_team):
    response = client.post(URL, _form(started=contact_form_token(now=time.time())))
    assert response.status_code == 400
    assert "sent too quickly" in response.content.decode()
    assert not ContactMessage.objects.exists()


@pytest.mark.parametrize("started", ["", "forged:token", None])
def test_a_missing_or_forged_start_time_is_refused(client, started):
    data = _form(started=started) if started is not None else {k: v for k, v in _form().items() if k != "started"}
    response = client.post(URL, data)
    assert response.status_code == 400
    assert "This form could not be checked" in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_an_old_form_is_refused(client):
    response = client.post(URL, _form(started=contact_form_token(now=time.time() - 3 * 24 * 3600)))
    assert response.status_code == 400
    assert "This form was open too long" in response.content.decode()


def test_bad_input_is_a_400_with_messages_and_keeps_the_text(client):
    response = client.post(URL, _form(email="not-an-address", name="", topic="bribe", message="Hi"))
    assert response.status_code == 400
    assert missing(response.content.decode(), "Your message was not sent", "Enter a valid email address.",
                   "This field is required.", "Select a valid choice.", "Ensure this value has at least 10 characters",
                   "not-an-address") == []
    assert not ContactMessage.objects.exists()


def test_too_many_messages_from_one_address_get_a_429(client, settings, secretariat_team):
    settings.PORTAL = {**settings.PORTAL, "CONTACT_RATE_LIMIT": 2}
    assert client.post(URL, _form()).status_code == 302
    assert client.post(URL, _form()).status_code == 302
    response = client.post(URL, _form())
    assert response.status_code == 429
    assert "the most we accept from one connection" in response.content.decode()
    assert ContactMessage.objects.count() == 2
    other = client.post(URL, _form(), REMOTE_ADDR="192.0.2.50")
    assert other.status_code == 302


def test_messages_are_in_the_admin_for_the_secretariat(client, secretariat):
    ContactMessage.objects.create(name="Ana", email="ana@example.org", topic="question", message="A question here.")
    client.force_login(secretariat)
    page = client.get(reverse("admin:content_contactmessage_changelist")).content.decode()
    assert "ana@example.org" in page
    message = ContactMessage.objects.get()
    response = client.post(reverse("admin:content_contactmessage_changelist"),
                           {"action": "mark_answered", "_selected_action": [message.pk]})
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.handled_at is not None and message.handled_by == secretariat


def test_old_messages_are_purged(db):
    from datetime import timedelta
    from io import StringIO

    from django.core.management import call_command
    from django.utils import timezone

    old = ContactMessage.objects.create(name="Old", email="o@example.org", message="An old message.")
    ContactMessage.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=400))
    ContactMessage.objects.create(name="New", email="n@example.org", message="A new message.")
    call_command("purge_contact_messages", stdout=StringIO())
    assert list(ContactMessage.objects.values_list("name", flat=True)) == ["New"]


def test_the_form_page_is_never_served_from_the_page_cache(settings):
    """Each visitor gets their own CSRF token and start time, even with the anonymous page cache on."""
    from django.test import Client

    settings.CACHE_MIDDLEWARE_SECONDS = 600
    first = Client().get(URL).content.decode()
    second = Client().get(URL).content.decode()
    token = 'name="csrfmiddlewaretoken" value="'
    assert first.split(token)[1][:40] != second.split(token)[1][:40]
