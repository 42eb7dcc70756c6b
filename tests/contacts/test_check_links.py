"""`manage.py check_links` against a local HTTP server (never the internet)."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from contacts.links import check_url
from contacts.models import NationalUnit
from tests.contacts.factories import make_unit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "ok", "problem"),
    [("/ok", True, ""), ("/moved", True, ""), ("/no-head", True, ""), ("/missing", False, "HTTP 404"),
     ("/error", False, "HTTP 500"), ("/slow", False, "no answer within 0.5 s"),
     ("/to-file", False, "redirect not followed"), ("/to-ftp", False, "redirect not followed")],
)
def test_check_url(server, path, ok, problem):
    result = check_url(server + path, timeout=0.5)
    assert result.ok is ok
    assert problem in result.problem


def test_redirects_are_followed(server):
    assert check_url(server + "/moved", timeout=2).final_url == server + "/ok"


def test_only_web_addresses_are_fetched():
    assert not check_url("file:///etc/passwd").ok
    assert not check_url("ftp://example.org/").ok


def test_unreachable_server(server):
    port = int(server.rsplit(":", 1)[1])
    result = check_url(f"http://127.0.0.1:{port + 1 if port < 65535 else port - 1}/", timeout=1)
    assert not result.ok and result.problem


def test_command_records_results_and_the_dashboard_flags_broken_ones(server, as_persona):
    good = make_unit("AR", website=server + "/ok", reporting_url=server + "/moved")
    broken = make_unit("BR", website=server + "/ok", reporting_url=server + "/missing")
    slow = make_unit("MX", website=server + "/slow", reporting_url="")
    nothing = make_unit("CL", website="", reporting_url="", link_ok=False)
    history_before = broken.history.count()
    out = io.StringIO()
    call_command("check_links", "--timeout", "0.5", stdout=out)
    for unit in (good, broken, slow, nothing):
        unit.refresh_from_db()
        assert unit.link_checked_at is not None
    assert good.link_ok is True and good.link_problem == ""
    assert broken.link_ok is False and broken.link_problem == "reporting page: HTTP 404"
    assert slow.link_ok is False and "no answer" in slow.link_problem
    assert nothing.link_ok is None
    assert broken.history.count() == history_before  # a check is not an edit
    text = out.getvalue()
    assert "BROKEN BR" in text and "BROKEN MX" in text and "BROKEN AR" not in text
    assert "2 unit(s) with broken links" in text

    page = as_persona("secretariat")[0].get(reverse("contacts:freshness_dashboard")).content.decode()
    assert "reporting page: HTTP 404" in page
    assert NationalUnit.objects.filter(link_ok=False).count() == 2


def test_command_for_one_country(server):
    ar = make_unit("AR", website=server + "/missing", reporting_url="")
    br = make_unit("BR", website=server + "/missing", reporting_url="")
    call_command("check_links", "--country", "ar", "--timeout", "1", stdout=io.StringIO())
    ar.refresh_from_db()
    br.refresh_from_db()
    assert ar.link_ok is False and br.link_checked_at is None
