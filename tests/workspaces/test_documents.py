import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.accounts.models import AuditEvent
from workspaces import services
from workspaces.models import Document, DocumentVersion

from .conftest import url

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40


def _zip(files: dict[str, bytes]) -> bytes:
    """The same bytes on every run: a fixed timestamp, so pytest-xdist workers collect identical tests."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def _stored_files(root):
    return [p for p in root.rglob("*") if p.is_file()]


def _upload(client, workspace, name, content, **extra):
    return client.post(url("document_list", workspace.slug), {"file": SimpleUploadedFile(name, content), **extra})


@pytest.mark.parametrize(
    "name, content",
    [
        ("report.pdf", PDF),
        ("chart.png", PNG),
        ("notes.txt", "Café, São Paulo — ñ".encode()),
        ("data.csv", b"country,cases\nBR,12\n"),
        ("bundle.zip", _zip({"a.txt": b"hello"})),
        ("memo.docx", _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
    ],
)
def test_accepted_types_are_stored_privately(client, workspace, member, private_storage, name, content):
    client.force_login(member)
    response = _upload(client, workspace, name, content, title="Shared file")
    assert response.status_code == 302
    version = DocumentVersion.objects.get()
    assert version.original_name == name and version.size == len(content)
    stored = _stored_files(private_storage)
    assert len(stored) == 1 and stored[0].read_bytes() == content
    assert name not in str(stored[0])  # generated storage name, not the user's


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.pdf", b"", "The file is empty."),
        ("fake.pdf", b"<html><script>alert(1)</script></html>", "does not match its extension"),
        ("fake.pdf", b"MZ\x90\x00" + b"\x00" * 100, "does not match its extension"),
        ("photo.png", PDF, "does not match its extension"),
        ("notes.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "does not match its extension"),
        ("notes.txt", b"\xff\xfe\x00bad utf", "not plain text"),
        ("memo.docx", _zip({"a.txt": b"x"}), "does not match its extension"),
        ("bomb.zip", _zip({"zeros.bin": b"\x00" * (20 * 1024 * 1024)}), "zip bomb"),
        ("broken.zip", b"PK\x03\x04garbage", "damaged"),
        ("script.exe", b"MZ\x90\x00", "not accepted"),
        ("..hidden.txt", b"hello", "may not contain a path"),
    ],
)
def test_refused_uploads_leave_nothing_behind(client, workspace, member, private_storage, name, content, message):
    client.force_login(member)
    response = _upload(client, workspace, name, content)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Document.objects.exists() and not DocumentVersion.objects.exists()
    assert _stored_files(private_storage) == []


def test_too_large_is_refused_with_the_limit(client, settings, workspace, member, private_storage):
    settings.PORTAL = {**settings.PORTAL, "DOCUMENT_MAX_BYTES": 1000}
    client.force_login(member)
    response = _upload(client, workspace, "big.pdf", PDF + b"0" * 2000)
    # Refused while it streams in (portal/infra/uploads.py), before it is stored or read whole.
    assert response.status_code == 413
    assert "Too large" in response.content.decode() and "1000" in response.content.decode()
    assert not Document.objects.exists() and _stored_files(private_storage) == []


@pytest.mark.parametrize("raw_name", ["../../etc/passwd.txt", "..\\windows\\x.txt", "a/b.txt", "C:\\x.txt"])
def test_names_with_paths_are_refused_by_the_service(workspace, member, private_storage, raw_name):
    with pytest.raises(ValidationError):
        services.document_upload(
            workspace=workspace, by=member, file=ContentFile(b"hello", name="x"), file_name=raw_name
        )
    assert not Document.objects.exists() and _stored_files(private_storage) == []


def test_file_name_is_cleaned(workspace, member):
    document = services.document_upload(
        workspace=workspace, by=member, file=ContentFile(b"x"), file_name="my report (final).txt"
    )
    assert document.current_version.original_name == "my_report_final.txt"


def test_database_failure_removes_the_stored_file(workspace, member, private_storage, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(services, "audit_record", broken)
    with pytest.raises(RuntimeError):
        services.document_upload(workspace=workspace, by=member, file=ContentFile(b"hello"), file_name="a.txt")
    assert _stored_files(private_storage) == [] and not Document.objects.exists()


def test_download_is_a_private_attachment_and_recorded(client, workspace, member, reader):
    document = services.document_upload(workspace=workspace, by=member, file=ContentFile(PDF), file_name="r.pdf")
    client.force_login(reader)
    response = client.get(url("document_download", workspace.slug, document.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment;") and "r.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert response["Content-Type"] == "application/pdf"
    assert "sandbox" in response["Content-Security-Policy"]
    event = AuditEvent.objects.get(action="workspace.document_downloaded")
    assert event.actor == reader and event.details["version"] == 1 and event.details["document"] == document.pk


def test_new_versions_keep_the_old_ones(client, workspace, member, moderator):
    document = services.document_upload(workspace=workspace, by=member, file=ContentFile(b"v1"), file_name="a.txt")
    client.force_login(moderator)
    response = client.post(
        url("document_detail", workspace.slug, document.pk),
        {"file": SimpleUploadedFile("a.txt", b"version two"), "note": "typos"},
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.current_version.number == 2
    latest = client.get(url("document_download", workspace.slug, document.pk))
    assert b"".join(latest.streaming_content) == b"version two"
    first = client.get(url("version_download", workspace.slug, document.pk, 1))
    assert b"".join(first.streaming_content) == b"v1"
    page = client.get(url("document_detail", workspace.slug, document.pk)).content.decode()
    assert "typos" in page
    assert client.get(url("version_download", workspace.slug, document.pk, 9)).status_code == 404


def test_refused_new_version_keeps_the_current_one(client, workspace, member, private_storage):
    document = services.document_upload(workspace=workspace, by=member, file=ContentFile(b"v1"), file_name="a.txt")
    client.force_login(member)
    response = client.post(
        url("document_detail", workspace.slug, document.pk), {"file": SimpleUploadedFile("a.pdf", b"not a pdf")}
    )
    assert response.status_code == 400
    assert DocumentVersion.objects.count() == 1 and len(_stored_files(private_storage)) == 1


def test_documents_of_another_workspace_are_404(client, workspace, open_workspace, member, owner):
    document = services.document_upload(workspace=workspace, by=member, file=ContentFile(b"x"), file_name="a.txt")
    client.force_login(owner)
    assert client.get(url("document_download", open_workspace.slug, document.pk)).status_code == 404
    assert client.get(url("version_download", open_workspace.slug, document.pk, 1)).status_code == 404


def test_only_a_real_download_is_served_and_recorded(client, workspace, member):
    document = services.document_upload(workspace=workspace, by=member, file=ContentFile(b"x"), file_name="a.txt")
    client.force_login(member)
    assert client.head(url("document_download", workspace.slug, document.pk)).status_code == 405
    assert not AuditEvent.objects.filter(action="workspace.document_downloaded").exists()
