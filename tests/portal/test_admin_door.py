"""The admin has no second, weaker door: allauth's sign-in, and MFA required."""

import pytest

from portal.accounts.models import Role
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_admin_login_form_cannot_be_posted_directly(client, secretariat):
    from tests.conftest import PASSWORD

    response = client.post("/admin/login/", {"username": secretariat.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_staff_without_mfa_is_sent_to_set_it_up(client):
    staff = make_user("staff@example.org", roles=(Role.SECRETARIAT,), is_staff=True, mfa=False)
    client.force_login(staff)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/2fa/"


def test_secretariat_with_mfa_opens_the_admin(client, secretariat):
    client.force_login(secretariat)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "OAS Cyber-Crime Portal" in response.content.decode()
