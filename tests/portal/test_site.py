"""The public shell: home in four languages, health, robots, error pages, headers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError
from django.test import override_settings

from tests.live_servers import check_deploy

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Skip to main content"), ("es", 'lang="es"'), ("pt", 'lang="pt"'), ("fr", 'lang="fr"')],
)
def test_home_serves_each_language(client, lang, text):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    assert text in response.content.decode()


def test_language_switcher_keeps_page_and_query(client):
    page = client.get("/en/?q=ransomware").content.decode()
    assert 'href="/es/?q=ransomware"' in page
    assert 'href="/fr/?q=ransomware"' in page


def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 302
    assert response["Location"] == "/es/"


def test_unsupported_accept_language_gets_english(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response["Location"] == "/en/"


@override_settings(DEBUG=False)
@pytest.mark.parametrize("path", ["/en/no-such-page/", "/xx/", "/de/laws/"])
def test_unknown_paths_are_a_friendly_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "Go to the home page" in response.content.decode()


def test_healthz_answers_when_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_503_when_database_is_down(client, monkeypatch):
    from django.db.backends.postgresql.base import DatabaseWrapper

    def broken_cursor(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(DatabaseWrapper, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@override_settings(DEBUG=False)
def test_database_outage_gives_the_503_page(client, monkeypatch):
    from portal.content import views

    def outage(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(views, "render", outage)
    response = client.get("/en/")
    assert response.status_code == 503
    assert "Service temporarily unavailable" in response.content.decode()
    assert response["Retry-After"] == "30"


def test_robots_txt(client, settings):
    settings.SITE_URL = "https://portal.example.org"
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: https://portal.example.org/sitemap.xml" in body  # from SITE_URL, not the Host


def test_security_headers_on_a_public_page(client):
    response = client.get("/en/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_static_files_are_local(client):
    page = client.get("/en/").content.decode()
    assert "/static/css/portal.css" in page
    assert "cdn" not in page.lower()


@pytest.mark.slow
def test_check_deploy_is_clean_with_production_settings():
    result = check_deploy(
        "--fail-level", "WARNING",
        SITE_URL="https://portal.example.org", REQUEST_DRAFT_KEY="pLq3JyHk8Y1m1zqgkW0m0yJgT4ZP9yq2V7c6m3z0f0A=",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    env = {**os.environ, "DEBUG": "false", "SECRET_KEY": ""}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_yes_ish_boolean_is_refused():
    env = {**os.environ, "DEBUG": "yes"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert "DEBUG must be one of" in result.stderr


@pytest.mark.slow
def test_seed_demo_is_idempotent_and_prints_sign_in(capsys):
    from django.core.management import call_command

    from portal.accounts.models import User
    from portal.models import Country

    call_command("seed_demo")
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert "secretariat@example.org" in out
    personas = ["secretariat", "focal-ar", "expert-br", "expert-mx", "registered"]
    assert User.objects.filter(email__in=[f"{name}@example.org" for name in personas]).count() == 5
    focal = User.objects.get(email="focal-ar@example.org")
    assert list(Country.objects.editable_by(focal).values_list("iso2", flat=True)) == ["AR"]
    # The demo gives roles as the admin does: the admin's roles come with staff status and their rights.
    staff = User.objects.filter(email__in=[f"{name}@example.org" for name in personas], is_staff=True)
    assert set(staff.values_list("email", flat=True)) == {"secretariat@example.org", "focal-ar@example.org"}
    assert focal.has_perm("legislation.change_law") and not focal.has_perm("legislation.delete_law")


@override_settings(DEBUG=False)
def test_unsupported_language_prefix_is_english_404_with_language_links(client):
    response = client.get("/de/laws/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Page not found" in page
    for code in ("en", "es", "pt", "fr"):
        assert f'href="/{code}/"' in page


def test_ping_is_a_fixed_answer(client):
    response = client.get("/ping")
    assert response.content == b"pong"


def test_language_is_remembered_for_signed_in_users(client):
    from tests.conftest import PASSWORD, make_user

    user = make_user("lang@example.org")
    client.force_login(user)
    client.get("/fr/me/")
    user.refresh_from_db()
    assert user.preferred_language == "fr"
    client.logout()
    response = client.post("/en/accounts/login/", {"login": "lang@example.org", "password": PASSWORD})
    assert response["Location"].startswith("/fr/")
