"""Hostile uploads: a polyglot is served only as an inert attachment; traversal names are refused."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests.conftest import make_expert

pytestmark = pytest.mark.django_db

# Starts as a PDF (so its bytes say PDF) and carries an HTML page with script after the header.
POLYGLOT = b"%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n"


@pytest.fixture
def workspace(expert_br, private_storage):
    from workspaces.services import workspace_create

    return workspace_create(name="Uploads", slug="uploads", owners=[expert_br], by=None)


def test_polyglot_is_served_as_an_inert_attachment(workspace, expert_br):
    client = Client()
    client.force_login(expert_br)
    client.post("/en/workspaces/uploads/documents/", {
        "file": SimpleUploadedFile("report.pdf", POLYGLOT, content_type="text/html"), "title": "Report",
        "description": "",
    })
    document = workspace.documents.get()
    response = client.get(f"/en/workspaces/uploads/documents/{document.pk}/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"  # from the bytes, not the browser's claim
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("name", ["../../etc/passwd", "..\\..\\boot.ini", "/etc/passwd", "a/../../b.pdf"])
def test_path_traversal_names_never_leave_the_private_store(workspace, expert_br, tmp_path, name):
    from django.core.exceptions import ValidationError

    from workspaces.services import document_upload

    with pytest.raises(ValidationError):
        document_upload(workspace=workspace, by=expert_br, file=SimpleUploadedFile("x.pdf", b"%PDF-1.4\n%%EOF\n"),
                        file_name=name)
    assert list(tmp_path.rglob("*.*")) == []
    assert not workspace.documents.exists()


def test_outsider_guessing_a_document_id_gets_404(workspace, expert_br):
    from workspaces.services import document_upload

    document = document_upload(workspace=workspace, by=expert_br,
                               file=SimpleUploadedFile("x.txt", b"plain notes\n"), file_name="x.txt")
    outsider = make_expert("outsider-upload@example.org", "MX")
    client = Client()
    client.force_login(outsider)
    for path in [f"/en/workspaces/uploads/documents/{document.pk}/download/",
                 f"/en/workspaces/uploads/documents/{document.pk}/"]:
        assert client.get(path).status_code == 404, path
