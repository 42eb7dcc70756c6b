"""Request bodies are bounded: a form without uploads refuses a large body unread, an upload form
refuses a file over its documented limit while it streams in; both answer a 413 page, never a 500
and never after storing the whole thing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from portal.infra.uploads import FileTooLarge, SizeLimitedUploadHandler

pytestmark = pytest.mark.django_db

TOO_LARGE = "Too large"


@pytest.fixture
def limits(settings):
    settings.PORTAL = {**settings.PORTAL, "FORM_MAX_BYTES": 64 * 1024, "DOCUMENT_MAX_BYTES": 200 * 1024}


@pytest.fixture
def workspace(expert_br, private_storage):
    from workspaces.services import workspace_create

    return workspace_create(name="Uploads", slug="uploads", owners=[expert_br], by=None)


def test_a_form_refuses_a_body_over_the_form_limit_with_a_clear_page():
    """Default limit (1 MB): a 2 MB sign-in body is refused before it is read."""
    response = Client().post("/en/accounts/login/", {"login": "a@example.org", "password": "x" * (2 * 1024 * 1024)})
    assert response.status_code == 413
    page = response.content.decode()
    assert TOO_LARGE in page and "1.0\xa0MB" in page


def test_a_body_over_djangos_own_limit_is_a_413_page_too():
    response = Client().post("/en/accounts/signup/", {"email": "x" * (6 * 1024 * 1024)})
    assert response.status_code == 413
    assert TOO_LARGE in response.content.decode()


def test_the_413_page_is_in_the_pages_language():
    response = Client().post("/fr/accounts/login/", {"password": "x" * (2 * 1024 * 1024)})
    assert response.status_code == 413
    assert "Trop volumineux" in response.content.decode()


def test_a_form_without_uploads_refuses_a_file(limits):
    response = Client().post("/en/accounts/login/", {
        "login": "a@example.org", "password": "x", "file": SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * 100_000),
    })
    assert response.status_code == 413


def test_a_small_form_post_still_works(limits):
    response = Client().post("/en/accounts/login/", {"login": "a@example.org", "password": "wrong-password-xx"})
    assert response.status_code == 200


@pytest.fixture
def upload(client_for, expert_br, workspace):
    """`upload(name, content, title)`: expert_br posts that file to the workspace's documents; the response."""

    def post(name: str, content: bytes, title: str):
        data = {"file": SimpleUploadedFile(name, content), "title": title, "description": ""}
        return client_for(expert_br).post("/en/workspaces/uploads/documents/", data)

    return post


@pytest.mark.parametrize(
    ("size", "message"),
    [
        pytest.param(400 * 1024, "200.0\xa0KB", id="refused-from-its-length"),
        # Within the body allowance (form fields + file), but the file itself is over its limit.
        pytest.param(220 * 1024, TOO_LARGE, id="stopped-while-it-streams"),
    ],
)
def test_upload_over_the_document_limit(limits, workspace, upload, tmp_path, size, message):
    response = upload("big.pdf", b"%PDF-1.4\n" + b"0" * size, "Big")
    assert response.status_code == 413
    assert message in response.content.decode()
    assert not workspace.documents.exists()
    assert list(tmp_path.rglob("*.*")) == []


def test_upload_within_the_limit_is_stored(limits, workspace, upload):
    response = upload("notes.txt", b"plain notes\n" * 1000, "Notes")
    assert response.status_code in (200, 302)
    assert workspace.documents.count() == 1


def test_the_upload_handler_stops_at_the_chunk_that_crosses_the_limit(rf):
    request = rf.post("/")
    request.upload_max_bytes = 100
    handler = SizeLimitedUploadHandler(request)
    handler.new_file("file", "a.pdf", "application/pdf", 1000)
    assert handler.receive_data_chunk(b"x" * 64, 0) == b"x" * 64
    with pytest.raises(FileTooLarge):
        handler.receive_data_chunk(b"x" * 64, 64)
