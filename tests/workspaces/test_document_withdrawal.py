"""Withdrawing a workspace document or one version: who may, hidden at once, purged (files and
rows) after the retention period by `manage.py purge_withdrawn_documents`, audited without content."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from portal.accounts.models import AuditEvent
from workspaces import services
from workspaces.models import Activity, Document, DocumentVersion

from .conftest import url


def _files(root):
    return sorted(p for p in root.rglob("*") if p.is_file())


@pytest.fixture
def document(workspace, member):
    document = services.document_upload(
        workspace=workspace, by=member, file=ContentFile(b"first draft"), file_name="plan.txt",
        title="Operation Nightjar plan",
    )
    services.document_add_version(document=document, by=member, file=ContentFile(b"second draft"), file_name="plan.txt")
    return Document.objects.get(pk=document.pk)


def _withdraw(client, user, workspace, document):
    client.force_login(user)
    return client.post(url("document_withdraw", workspace.slug, document.pk))


@pytest.mark.parametrize("who", ["member", "moderator", "owner"])
def test_uploader_and_moderators_withdraw_a_document(request, client, workspace, document, who):
    user = request.getfixturevalue(who)
    response = _withdraw(client, user, workspace, document)
    assert response.status_code == 302 and response["Location"] == url("document_list", workspace.slug)
    assert not Document.objects.filter(pk=document.pk).exists()
    withdrawn = Document.all_objects.get(pk=document.pk)
    assert withdrawn.withdrawn_by == user and withdrawn.withdrawn_at is not None


@pytest.mark.parametrize("who, status", [("reader", 403), ("outsider", 404)])
def test_other_people_cannot_withdraw(request, client, workspace, document, who, status):
    response = _withdraw(client, request.getfixturevalue(who), workspace, document)
    assert response.status_code == status
    assert Document.objects.filter(pk=document.pk).exists()


def test_another_member_who_did_not_upload_is_refused(client, workspace, document, owner):
    from tests.conftest import make_expert
    from workspaces.models import Role

    colleague = make_expert("colleague@example.org", "PE")
    services.membership_add(workspace=workspace, user=colleague, role=Role.MEMBER, by=owner, via="test")
    response = _withdraw(client, colleague, workspace, document)
    assert response.status_code == 403
    assert Document.objects.filter(pk=document.pk).exists()
    # And the page offers them no button.
    page = client.get(url("document_detail", workspace.slug, document.pk)).content.decode()
    assert url("document_withdraw", workspace.slug, document.pk) not in page


def test_withdrawn_document_is_hidden_at_once(client, workspace, document, member, reader):
    versions = list(document.versions.values_list("number", flat=True))
    _withdraw(client, member, workspace, document)
    client.force_login(reader)
    assert "Operation Nightjar" not in client.get(url("document_list", workspace.slug)).content.decode()
    assert "Operation Nightjar" not in client.get(url("workspace_detail", workspace.slug)).content.decode()
    search = client.get(url("workspace_search", workspace.slug), {"q": "Nightjar"}).content.decode()
    assert "Operation Nightjar" not in search
    assert client.get(url("document_detail", workspace.slug, document.pk)).status_code == 404
    assert client.get(url("document_download", workspace.slug, document.pk)).status_code == 404
    for number in versions:
        assert client.get(url("version_download", workspace.slug, document.pk, number)).status_code == 404
    # The activity feed named the title: those lines are gone too.
    assert not Activity.objects.filter(title="Operation Nightjar plan").exists()


def test_withdrawal_is_audited_without_content(client, workspace, document, member):
    _withdraw(client, member, workspace, document)
    event = AuditEvent.objects.get(action="workspace.document_withdrawn")
    assert event.actor == member and event.details["document"] == document.pk
    assert sorted(event.details["versions"]) == [1, 2]
    text = str(event.details) + event.target
    assert "Nightjar" not in text and "plan.txt" not in text and "draft" not in text


def test_withdrawing_one_version_falls_back_to_the_previous(client, workspace, document, member, reader):
    client.force_login(member)
    response = client.post(url("version_withdraw", workspace.slug, document.pk, 2))
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.current_version.number == 1
    client.force_login(reader)
    download = client.get(url("document_download", workspace.slug, document.pk))
    assert b"".join(download.streaming_content) == b"first draft"
    assert client.get(url("version_download", workspace.slug, document.pk, 2)).status_code == 404
    page = client.get(url("document_detail", workspace.slug, document.pk)).content.decode()
    assert url("version_download", workspace.slug, document.pk, 2) not in page
    event = AuditEvent.objects.get(action="workspace.document_version_withdrawn")
    assert event.actor == member and event.details["version"] == 2


def test_a_new_version_after_a_withdrawn_one_gets_a_new_number(workspace, document, member):
    services.document_version_withdraw(version=document.current_version, by=member)
    version = services.document_add_version(document=document, by=member, file=ContentFile(b"third"), file_name="c.txt")
    assert version.number == 3


def test_the_only_remaining_version_is_not_withdrawn_alone(client, workspace, document, member):
    services.document_version_withdraw(version=document.current_version, by=member)
    client.force_login(member)
    response = client.post(url("version_withdraw", workspace.slug, document.pk, 1), follow=True)
    assert "withdraw the whole document instead" in response.content.decode()
    assert DocumentVersion.objects.filter(document=document, number=1).exists()


def test_version_uploader_withdraws_their_version_but_not_others(client, workspace, document, moderator, member,
                                                                 owner):
    from tests.conftest import make_expert
    from workspaces.models import Role

    colleague = make_expert("colleague@example.org", "PE")
    services.membership_add(workspace=workspace, user=colleague, role=Role.MEMBER, by=owner, via="test")
    services.document_add_version(document=document, by=colleague, file=ContentFile(b"v3"), file_name="c.txt")
    client.force_login(colleague)
    assert client.post(url("version_withdraw", workspace.slug, document.pk, 2)).status_code == 403
    assert client.post(url("version_withdraw", workspace.slug, document.pk, 3)).status_code == 302
    assert not DocumentVersion.objects.filter(document=document, number=3).exists()


def test_purge_after_retention_deletes_files_and_rows(settings, workspace, document, member, private_storage):
    settings.PORTAL = {**settings.PORTAL, "DOCUMENT_RETENTION_DAYS": 30}
    other = services.document_upload(workspace=workspace, by=member, file=ContentFile(b"keep me"), file_name="k.txt")
    services.document_withdraw(document=document, by=member)
    assert len(_files(private_storage)) == 3  # kept for the audit during the retention period

    assert services.documents_purge(now=timezone.now() + timedelta(days=29)) == (0, 0)
    assert Document.all_objects.filter(pk=document.pk).exists() and len(_files(private_storage)) == 3

    assert services.documents_purge(now=timezone.now() + timedelta(days=31)) == (1, 0)
    assert not Document.all_objects.filter(pk=document.pk).exists()
    assert not DocumentVersion.all_objects.filter(document_id=document.pk).exists()
    assert [p.read_bytes() for p in _files(private_storage)] == [b"keep me"]
    assert Document.objects.filter(pk=other.pk).exists()
    event = AuditEvent.objects.get(action="workspace.document_purged")
    assert event.actor is None and event.details == {"document": document.pk, "versions": [1, 2]}


def test_purge_of_a_withdrawn_version(settings, workspace, document, member, private_storage):
    services.document_version_withdraw(version=document.current_version, by=member)
    assert services.documents_purge(now=timezone.now() + timedelta(days=31)) == (0, 1)
    assert [p.read_bytes() for p in _files(private_storage)] == [b"first draft"]
    assert list(DocumentVersion.all_objects.values_list("number", flat=True)) == [1]


def test_purge_command_is_idempotent(settings, workspace, document, member, private_storage):
    settings.PORTAL = {**settings.PORTAL, "DOCUMENT_RETENTION_DAYS": 0}
    services.document_withdraw(document=document, by=member)
    out = StringIO()
    call_command("purge_withdrawn_documents", stdout=out)
    assert "1 withdrawn document(s)" in out.getvalue()
    out = StringIO()
    call_command("purge_withdrawn_documents", stdout=out)
    assert "0 withdrawn document(s) and 0 withdrawn version(s)" in out.getvalue()
    assert _files(private_storage) == [] and AuditEvent.objects.filter(action="workspace.document_purged").count() == 1


def test_purge_finishes_when_a_file_is_already_gone(settings, workspace, document, member, private_storage):
    """A run stopped between the files and the row: the next run deletes the row."""
    settings.PORTAL = {**settings.PORTAL, "DOCUMENT_RETENTION_DAYS": 0}
    services.document_withdraw(document=document, by=member)
    files = _files(private_storage)
    assert files
    for path in files:
        path.unlink()
    assert services.documents_purge() == (1, 0)
    assert not Document.all_objects.exists()


def test_archived_workspace_documents_cannot_be_withdrawn(client, workspace, document, owner, member):
    services.workspace_archive(workspace=workspace, by=owner)
    response = _withdraw(client, member, workspace, document)
    assert response.status_code == 403
    assert Document.objects.filter(pk=document.pk).exists()


@pytest.mark.parametrize("count", [2, 12])
def test_document_page_query_count(client, django_assert_max_num_queries, workspace, member, count):
    document = services.document_upload(workspace=workspace, by=member, file=ContentFile(b"x"), file_name="a.txt")
    for i in range(count):
        services.document_add_version(document=document, by=member, file=ContentFile(b"y"), file_name=f"{i}.txt")
    services.document_version_withdraw(version=document.versions.order_by("number").first(), by=member)
    client.force_login(member)
    client.get(url("document_detail", workspace.slug, document.pk))
    with django_assert_max_num_queries(12):
        response = client.get(url("document_detail", workspace.slug, document.pk))
    assert response.status_code == 200
    assert response.content.decode().count(">Withdraw version") == count
