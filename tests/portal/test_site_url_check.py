"""With DEBUG off, the portal refuses a missing or local SITE_URL before it sends a single email
link nobody can open: `manage.py check --deploy` fails, and `make serve` will not start."""

import os
import signal
import subprocess

import pytest

from portal.checks import site_url_check
from tests.live_servers import ROOT, check_deploy


@pytest.mark.slow
def test_check_deploy_fails_without_site_url():
    result = check_deploy()
    assert result.returncode != 0
    assert "portal.E001" in result.stderr
    assert "SITE_URL" in result.stderr and "https://portal.example.org" in result.stderr


@pytest.mark.parametrize(
    "site_url",
    ["http://localhost:8000", "http://127.0.0.1:8000", "http://[::1]:8000", "https://portal.local", "portal.example.org"],
)
def test_site_url_check_refuses_local_or_malformed_addresses(settings, site_url):
    settings.DEBUG = False
    settings.SITE_URL = site_url
    assert [error.id for error in site_url_check(None)] == ["portal.E001"]


@pytest.mark.parametrize("site_url", ["https://portal.example.org", "https://ciber.oas.org/portal"])
def test_site_url_check_accepts_a_public_address(settings, site_url):
    settings.DEBUG = False
    settings.SITE_URL = site_url
    assert site_url_check(None) == []


def test_development_needs_no_site_url(settings):
    settings.DEBUG = True
    settings.SITE_URL = "http://127.0.0.1:8000"
    assert site_url_check(None) == []


def test_make_serve_refuses_to_start_without_site_url():
    environment = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    process = subprocess.Popen(
        ["make", "serve"], cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )
    try:
        _out, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:  # it started serving: the failure this test exists for
        os.killpg(process.pid, signal.SIGTERM)
        process.communicate()
        pytest.fail("make serve started without SITE_URL")
    assert process.returncode != 0
    assert "SITE_URL is not set" in err
    assert "make serve SITE_URL=" in err
