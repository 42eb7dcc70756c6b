"""Two app processes on different ports share PostgreSQL and Redis: a session, a rate limit and a
cache invalidation made through one hold on the other. And with Redis gone, the portal serves."""

import http.cookiejar
import re
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.live_servers import database_url, free_port, manage, production_env, recreate_database, start_gunicorn

pytestmark = pytest.mark.slow
PASSWORD = "demo-password-2026"


# Behind the reverse proxy every app server sees the portal's public host name.
PUBLIC_HOST = "portal.test"


class Browser:
    """urllib with a cookie jar: one visitor's cookies, sent to every port of 127.0.0.1, each request
    carrying the public host name as the reverse proxy would."""

    def __init__(self):
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def _request(self, url: str, data: bytes | None = None) -> urllib.request.Request:
        return urllib.request.Request(url, data=data, headers={"Host": PUBLIC_HOST})

    def get(self, url: str) -> tuple[int, str]:
        try:
            with self.opener.open(self._request(url), timeout=20) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def sign_in(self, base: str, email: str, password: str) -> str:
        _status, page = self.get(base + "/en/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({"login": email, "password": password, "csrfmiddlewaretoken": token}).encode()
        try:
            with self.opener.open(self._request(base + "/en/accounts/login/", data), timeout=20) as response:
                return response.read().decode()
        except urllib.error.HTTPError as error:
            return error.read().decode()


@pytest.fixture(scope="module")
def shared_setup(redis_url):
    workdir = Path(tempfile.mkdtemp(prefix="portal-two-"))
    url = database_url(f"portal_two_servers_{uuid.uuid4().hex[:8]}")
    recreate_database(url)
    env = production_env(url, workdir, REDIS_URL=f"{redis_url}/9", CACHE_KEY_PREFIX=f"two-{uuid.uuid4().hex[:8]}",
                         PAGE_CACHE_SECONDS="600", ALLOWED_HOSTS=f"127.0.0.1,{PUBLIC_HOST}")
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    manage(env, "seed_demo")
    ports = [free_port(), free_port()]
    processes = [start_gunicorn(env, port) for port in ports]
    try:
        yield env, [f"http://127.0.0.1:{port}" for port in ports], workdir
    finally:
        for process in processes:
            process.terminate()
            process.wait(15)
        shutil.rmtree(workdir, ignore_errors=True)


def test_a_session_made_on_one_server_holds_on_the_other(shared_setup):
    _env, (first, second), _ = shared_setup
    visitor = Browser()
    visitor.sign_in(first, "registered@example.org", PASSWORD)
    status, page = visitor.get(second + "/en/me/")
    assert status == 200
    assert "Signed in as registered@example.org" in page


def test_a_rate_limit_reached_on_one_server_holds_on_the_other(shared_setup):
    _env, (first, second), _ = shared_setup
    for attempt in range(5):
        page = Browser().sign_in(first, "expert-mx@example.org", f"wrong-password-{attempt}")
        assert "are not correct" in page or "Too many" in page, page[:3000]
    page = Browser().sign_in(second, "expert-mx@example.org", PASSWORD)
    assert "Too many failed login attempts" in page


def test_a_change_made_through_one_server_is_visible_on_the_other_at_once(shared_setup):
    env, (first, second), _ = shared_setup
    visitor = Browser()
    assert "Argentina" in visitor.get(second + "/en/countries/")[1]  # now in the shared page cache
    manage(env, "shell", "-c", (
        "from portal.models import Country; c = Country.objects.get(iso2='AR'); "
        "c.name_en = 'Argentine Republic'; c.save()"
    ))
    assert "Argentine Republic" in visitor.get(second + "/en/countries/")[1]
    assert "Argentine Republic" in visitor.get(first + "/en/countries/")[1]


def test_with_redis_gone_the_portal_serves_from_the_database(shared_setup):
    env, _bases, workdir = shared_setup
    closed = free_port()  # nothing listens there: Redis is "down"
    down_env = {**env, "REDIS_URL": f"redis://127.0.0.1:{closed}/0"}
    port = free_port()
    process = start_gunicorn(down_env, port)
    try:
        base = f"http://127.0.0.1:{port}"
        visitor = Browser()
        status, page = visitor.get(base + "/en/countries/")
        assert status == 200
        assert "Argentin" in page
        visitor.sign_in(base, "registered@example.org", PASSWORD)
        status, page = visitor.get(base + "/en/me/")
        assert status == 200
        assert "Signed in as registered@example.org" in page
    finally:
        process.terminate()
        process.wait(15)
