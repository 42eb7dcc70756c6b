"""Sign-in limits hold whatever the request says about itself: the per-account lockout ignores
the Host header, and per-address limits count the real client behind the trusted proxy."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, RequestFactory, override_settings

from portal.accounts.models import AuditEvent
from portal.infra.client_ip import client_ip
from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"
LOCKED = "Too many failed login attempts"
PROXY = "10.0.0.2"
ROOT = Path(__file__).resolve().parents[2]


def _sign_in(client, email, password, **extra):
    return client.post(LOGIN, {"login": email, "password": password}, **extra)


@pytest.mark.parametrize("other_host", ["127.0.0.1:8801", "localhost", "LOCALHOST:8000"])
def test_account_lockout_holds_through_another_allowed_host_or_port(other_host):
    make_user("target@example.org")
    attacker = Client()
    for attempt in range(5):
        _sign_in(attacker, "target@example.org", f"guess-{attempt}-xxxxxxx", headers={"host": "testserver"})
    elsewhere = Client(REMOTE_ADDR="198.51.100.9")
    refused = _sign_in(elsewhere, "Target@Example.org", PASSWORD, headers={"host": other_host})
    assert LOCKED in refused.content.decode()
    assert "_auth_user_id" not in elsewhere.session


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_per_address_limit_counts_the_client_behind_the_proxy_not_the_proxy():
    noisy = Client(REMOTE_ADDR=PROXY, headers={"x-forwarded-for": "203.0.113.50"})
    pages = [_sign_in(noisy, f"nobody-{n}@example.org", "wrong-password-xx") for n in range(11)]
    assert LOCKED not in pages[0].content.decode()
    assert LOCKED in pages[-1].content.decode()  # 10 failures a minute per address
    # Another visitor coming through the same proxy is not locked out by the first one.
    make_user("innocent@example.org")
    other = Client(REMOTE_ADDR=PROXY, headers={"x-forwarded-for": "198.51.100.20"})
    assert _sign_in(other, "innocent@example.org", PASSWORD).status_code == 302


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_a_client_cannot_escape_the_limit_by_writing_its_own_forwarded_for():
    for n in range(10):
        # The proxy appends the real address; what the client wrote on the left changes each time.
        spoofing = Client(REMOTE_ADDR=PROXY, headers={"x-forwarded-for": f"192.0.2.{n}, 203.0.113.50"})
        _sign_in(spoofing, f"nobody-{n}@example.org", "wrong-password-xx")
    last = Client(REMOTE_ADDR=PROXY, headers={"x-forwarded-for": "192.0.2.99, 203.0.113.50"})
    assert LOCKED in _sign_in(last, "nobody-x@example.org", "wrong-password-xx").content.decode()


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_audit_trail_records_the_client_behind_the_proxy():
    make_user("someone@example.org")
    client = Client(REMOTE_ADDR=PROXY, headers={"x-forwarded-for": "192.0.2.1, 203.0.113.7"})
    _sign_in(client, "someone@example.org", "wrong-password-xx")
    assert AuditEvent.objects.get(action="auth.sign_in_failed").ip_address == "203.0.113.7"


@pytest.mark.parametrize(
    ("settings_", "meta", "expected"),
    [
        # No proxy configured: X-Forwarded-For is the client's own words, ignored.
        ({}, {"REMOTE_ADDR": "203.0.113.7", "HTTP_X_FORWARDED_FOR": "192.0.2.1"}, "203.0.113.7"),
        ({"ALLAUTH_TRUSTED_PROXY_COUNT": 1}, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "192.0.2.1"}, "192.0.2.1"),
        (
            {"ALLAUTH_TRUSTED_PROXY_COUNT": 2},
            {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "192.0.2.66, 192.0.2.1, 10.0.0.1"},
            "192.0.2.1",
        ),
        # Fewer hops than proxies (a request that skipped the outer proxy): never a 500.
        ({"ALLAUTH_TRUSTED_PROXY_COUNT": 2}, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "192.0.2.1"}, "192.0.2.1"),
        ({"ALLAUTH_TRUSTED_PROXY_COUNT": 1}, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "not-an-ip"}, PROXY),
        ({"ALLAUTH_TRUSTED_PROXY_COUNT": 1}, {"REMOTE_ADDR": PROXY}, PROXY),
        (
            {"ALLAUTH_TRUSTED_CLIENT_IP_HEADER": "X-Real-IP"},
            {"REMOTE_ADDR": PROXY, "HTTP_X_REAL_IP": "2001:db8::1", "HTTP_X_FORWARDED_FOR": "192.0.2.1"},
            "2001:db8::1",
        ),
    ],
)
def test_client_address_rule(settings_, meta, expected):
    with override_settings(**settings_):
        assert client_ip(RequestFactory().get("/", **meta)) == expected


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"BEHIND_PROXY": "true"}, "1 None"),
        ({"BEHIND_PROXY": "true", "TRUSTED_PROXY_COUNT": "2"}, "2 None"),
        ({"TRUSTED_CLIENT_IP_HEADER": "X-Real-IP"}, "0 X-Real-IP"),
        ({}, "0 None"),
    ],
)
@pytest.mark.slow
def test_the_documented_proxy_variables_configure_the_rule(env, expected):
    environment = {**os.environ, **env}
    for name in ("BEHIND_PROXY", "TRUSTED_PROXY_COUNT", "TRUSTED_CLIENT_IP_HEADER"):
        if name not in env:
            environment.pop(name, None)
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    code = "from django.conf import settings as s; print(s.ALLAUTH_TRUSTED_PROXY_COUNT, s.ALLAUTH_TRUSTED_CLIENT_IP_HEADER)"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1] == expected, result.stderr
