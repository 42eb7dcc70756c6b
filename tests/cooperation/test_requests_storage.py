"""Drafts at rest: encrypted, deleted after the retention period, audited without their content."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from cooperation.drafting.models import RequestDraft
from portal.accounts.models import AuditEvent
from tests.cooperation.requests_helpers import CASE_TEXT, REFERENCE, complete, start


@pytest.mark.django_db
def test_the_database_row_does_not_contain_the_case_text(new_draft):
    client, draft = new_draft()
    complete(client, draft)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {RequestDraft._meta.db_table} WHERE id = %s", [draft.pk])  # noqa: S608
        row = cursor.fetchone()
    raw = b" ".join(bytes(value) if isinstance(value, memoryview) else str(value).encode() for value in row)
    for secret in (CASE_TEXT, REFERENCE, "203.0.113.7", "collector@example.net", "ana.souza@mpf.example.org"):
        assert secret.encode() not in raw
    assert RequestDraft.objects.get(pk=draft.pk).data["case"]["facts"] == CASE_TEXT


@pytest.mark.django_db
def test_a_draft_sealed_with_another_key_reads_as_empty_not_as_an_error(new_draft, settings):
    from cryptography.fernet import Fernet

    client, draft = new_draft()
    settings.REQUEST_DRAFT_KEY = Fernet.generate_key().decode()
    assert RequestDraft.objects.get(pk=draft.pk).data == {}


@pytest.mark.django_db
def test_the_retention_command_deletes_old_drafts_and_is_idempotent(new_draft, settings):
    settings.PORTAL = {**settings.PORTAL, "REQUEST_DRAFT_RETENTION_DAYS": 30}
    client, old = new_draft()
    recent = start(client)
    RequestDraft.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=31))
    RequestDraft.objects.filter(pk=recent.pk).update(updated_at=timezone.now() - timedelta(days=29))
    call_command("purge_request_drafts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(RequestDraft.objects.values_list("pk", flat=True)) == [recent.pk]
    call_command("purge_request_drafts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert RequestDraft.objects.count() == 1
    assert AuditEvent.objects.filter(action="request_draft.purge").count() == 1


@pytest.mark.django_db
def test_create_download_and_delete_are_audited_without_the_case_content(new_draft, expert_br):
    client, draft = new_draft()
    complete(client, draft)
    client.get(f"/en/requests/{draft.pk}/request.docx")
    client.get(f"/en/requests/{draft.pk}/request.pdf")
    client.post(f"/en/requests/{draft.pk}/delete/")
    events = list(AuditEvent.objects.filter(target=f"request-draft:{draft.pk}").order_by("pk"))
    assert [e.action for e in events] == ["request_draft.create", "request_draft.download", "request_draft.download",
                                          "request_draft.delete"]
    assert all(e.actor == expert_br for e in events)
    assert {e.details.get("format") for e in events[1:3]} == {"docx", "pdf"}
    for event in events:
        dumped = str(event.details) + event.target
        for secret in (CASE_TEXT, REFERENCE, "203.0.113.7", "collector@example.net"):
            assert secret not in dumped


@pytest.mark.parametrize("key", ["", "not-a-fernet-key"])
def test_check_deploy_refuses_a_missing_or_bad_key(settings, key):
    from cooperation.drafting.checks import request_draft_key_check

    settings.REQUEST_DRAFT_KEY = key
    assert [error.id for error in request_draft_key_check(None)] == ["cooperation.E001"]


def test_check_deploy_accepts_a_fernet_key(settings):
    from cryptography.fernet import Fernet

    from cooperation.drafting.checks import request_draft_key_check

    settings.REQUEST_DRAFT_KEY = Fernet.generate_key().decode()
    assert request_draft_key_check(None) == []


@pytest.mark.django_db
def test_a_draft_is_in_no_search_export_api_or_sitemap(new_draft, client_for, expert_br, secretariat):
    client, draft = new_draft()
    complete(client, draft)
    urls = ["/en/search/?q=BR-2026-0042", "/en/search/?q=Recife", "/en/evidence/export.csv", "/en/evidence/export.json",
            "/en/contacts/export.csv", "/api/v1/fiches/", "/sitemap.xml"]
    for user in (expert_br, secretariat):
        client = client_for(user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (user, url)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            # (a search page repeats its query: the facts and the draft's address must not be there)
            secrets = (CASE_TEXT, str(draft.pk)) if "search" in url else (CASE_TEXT, REFERENCE, "Recife", str(draft.pk))
            for secret in secrets:
                assert secret.encode() not in body, (user, url, secret)
