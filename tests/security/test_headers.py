"""Security headers and the Content Security Policy on every kind of page."""

import pytest
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

HTML_PAGES = ["/en/", "/es/", "/en/accounts/login/", "/en/accounts/signup/", "/en/no-such-page/"]


def _assert_common(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Request-ID"]


def _assert_csp(response):
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "object-src 'none'" in csp


@override_settings(DEBUG=False)
@pytest.mark.parametrize("path", HTML_PAGES)
def test_public_html_pages(path):
    response = Client().get(path)
    _assert_common(response)
    _assert_csp(response)


def test_json_endpoints():
    for path in ["/healthz", "/api/v1/"]:
        response = Client().get(path)
        _assert_common(response)


@pytest.mark.parametrize(
    ("persona", "path"),
    [pytest.param("expert_br", "/en/me/", id="signed-in"), pytest.param("secretariat", "/admin/", id="admin")],
)
def test_signed_in_and_admin_pages(as_persona, persona, path):
    client, _user = as_persona(persona)
    response = client.get(path)
    _assert_common(response)
    _assert_csp(response)


def test_no_inline_scripts_or_styles_in_our_pages(as_persona):
    client, _user = as_persona("expert_br")
    for path in ["/en/", "/en/me/", "/en/me/expert-access/"]:
        page = client.get(path).content.decode()
        assert "<script>" not in page
        assert 'style="' not in page
