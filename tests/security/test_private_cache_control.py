"""Pages a signed-in user sees are never kept by a shared cache or the browser's disk cache:
`Cache-Control: private, no-store`, on account pages, /me/, restricted pages, the admin, and any
public page while signed in (it shows their name and menu)."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def directives(response) -> set[str]:
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",") if part.strip()}


def assert_private(response):
    assert {"private", "no-store"} <= directives(response), response.get("Cache-Control")
    assert "public" not in directives(response)


@pytest.mark.parametrize(
    "path",
    ["/en/me/", "/en/me/expert-access/", "/en/accounts/email/", "/en/accounts/sessions/", "/en/accounts/2fa/",
     "/en/workspaces/", "/en/contacts/", "/en/", "/en/laws/"],
)
def test_expert_pages_are_private_and_not_stored(client_for, expert_br, path):
    response = client_for(expert_br).get(path)
    assert response.status_code in (200, 302)
    assert_private(response)


@pytest.mark.parametrize("path", ["/admin/", "/admin/accounts/auditevent/", "/en/me/"])
def test_admin_pages_are_private_and_not_stored(client_for, secretariat, path):
    response = client_for(secretariat).get(path)
    assert response.status_code == 200
    assert_private(response)


def test_a_registered_users_pages_are_private(client_for, registered):
    assert_private(client_for(registered).get("/en/me/"))


@pytest.mark.parametrize("path", ["/en/accounts/login/", "/en/accounts/signup/", "/en/accounts/password/reset/"])
def test_account_forms_are_not_stored_for_visitors_either(path):
    assert_private(Client().get(path))


def test_public_pages_of_visitors_stay_cacheable(settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 600
    response = Client().get("/en/laws/")
    assert "no-store" not in directives(response)
