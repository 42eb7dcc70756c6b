"""Open redirects through `next`, session fixation, CSRF on state-changing views."""

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db

EVIL = ["https://evil.example.com/", "//evil.example.com", "/\\evil.example.com", "https:evil.example.com",
        "javascript:alert(1)", "\\\\evil.example.com"]


@pytest.mark.parametrize("target", EVIL)
def test_sign_in_never_redirects_off_site(target):
    make_user("someone@example.org")
    client = Client()
    response = client.post(f"/en/accounts/login/?next={target}", {"login": "someone@example.org", "password": PASSWORD})
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("/"), location
    assert not location.startswith("//")
    assert "evil" not in location


@pytest.mark.parametrize("target", EVIL)
def test_sign_out_never_redirects_off_site(target):
    user = make_user("someone@example.org")
    client = Client()
    client.force_login(user)
    response = client.post("/en/accounts/logout/", {"next": target})
    assert "evil" not in response.get("Location", "")


def test_session_id_changes_at_sign_in():
    make_user("someone@example.org")
    client = Client()
    client.get("/en/accounts/login/")
    client.session.save()
    before = client.session.session_key
    client.cookies["sessionid"] = before
    client.post("/en/accounts/login/", {"login": "someone@example.org", "password": PASSWORD})
    assert client.session.session_key != before


# Views exempt from CSRF on purpose, with the reason.
CSRF_EXEMPT = {
    # RFC 8058 one-click unsubscribe: mail clients POST without a token; the signed link is the proof.
    "portal.content.views.bulletin_unsubscribe",
    # The same for the alerts' emails (alerts/views.py).
    "alerts.views.unsubscribe",
}


def _routes(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _routes(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.callback


def test_no_view_is_exempt_from_csrf_without_a_reason():
    exempt = []
    for route, callback in _routes(get_resolver().url_patterns):
        if getattr(callback, "csrf_exempt", False) and not route.startswith("api/"):
            target = getattr(callback, "view_class", callback)
            dotted = f"{target.__module__}.{target.__qualname__}"
            if dotted not in CSRF_EXEMPT and not dotted.startswith(("rest_framework.", "drf_spectacular.")):
                exempt.append(f"{route} -> {dotted}")
    assert exempt == []


def test_posts_without_csrf_token_are_refused(expert_br):
    client = Client(enforce_csrf_checks=True)
    client.force_login(expert_br)
    refused = 0
    for route, _callback in _routes(get_resolver().url_patterns):
        if "<" in route or route.startswith(("api/", "admin/")) or route in ("healthz", "robots.txt", "sitemap.xml"):
            continue
        url = "/" + route.replace("^", "").replace("$", "")
        if url.startswith("/^") or "(" in url:
            continue
        response = client.post(url.replace("//", "/"), {"anything": "1"})
        assert response.status_code in (403, 404, 405), (url, response.status_code)
        refused += 1
    assert refused > 10


@pytest.mark.parametrize("target", EVIL)
def test_confirming_a_unit_never_redirects_off_site(focal_ar, target):
    from contacts.models import NationalUnit

    unit = NationalUnit.objects.create(country_id="AR", name="Unidad", kind="police", is_published=True)
    client = Client()
    client.force_login(focal_ar)
    response = client.post(f"/en/contacts/manage/units/{unit.pk}/confirm/", {"next": target})
    assert response.status_code == 302
    assert "evil" not in response["Location"]
    assert response["Location"].startswith("/en/contacts/manage/")


@pytest.mark.parametrize("target", EVIL)
def test_reauthentication_never_redirects_off_site(target):
    user = make_user("someone@example.org")
    client = Client()
    client.force_login(user)
    response = client.post(f"/en/accounts/reauthenticate/?next={target}", {"password": PASSWORD, "next": target})
    assert response.status_code == 302
    assert "evil" not in response["Location"]


@pytest.mark.parametrize("target", EVIL)
def test_sign_up_never_redirects_off_site(target):
    response = Client().post(f"/en/accounts/signup/?next={target}", {
        "email": "new@example.org", "first_name": "New", "last_name": "Person", "next": target,
        "password1": "a-long-and-unusual-passphrase-77", "password2": "a-long-and-unusual-passphrase-77",
    })
    assert response.status_code == 302
    assert "evil" not in response["Location"]
