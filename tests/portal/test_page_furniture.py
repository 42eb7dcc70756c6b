"""What every page carries for paper, phones, keyboards and screen readers: the print stylesheet and
the printed page's address, the main navigation's current section, a results count that is not a
live heading, allauth's extra body (the passkey form), and valid markup for form help."""

import re

import pytest
from django.conf import settings

from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db


def test_every_page_links_the_print_stylesheet_last_and_prints_its_address(client):
    html = client.get("/en/laws/?q=acceso").content.decode()
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"( media="print")?>', html)
    assert stylesheets[-1][0].endswith("css/print.css") and stylesheets[-1][1]
    # The address comes from SITE_URL, never from the request's Host (a forged Host must not reach paper).
    assert f'class="print-only print-source">Printed from {settings.SITE_URL}/en/laws/?q=acceso, page as of' in html


@pytest.mark.parametrize(("path", "section", "value"), [
    ("/en/laws/", "Laws", "page"),
    ("/en/laws/matrix/", "Coverage", "page"),
    ("/en/laws/compare/", "Coverage", "true"),
    ("/en/laws/provisions/", "Laws", "true"),
    ("/en/countries/", "Countries", "page"),
    ("/en/treaties/", "Treaties", "page"),
])
def test_the_main_navigation_marks_the_current_section_only(client, path, section, value):
    html = client.get(path).content.decode()
    nav = html[html.index('<nav class="main-nav"'):html.index("</nav>", html.index('<nav class="main-nav"'))]
    current = re.findall(r'<a href="[^"]+" aria-current="(\w+)">([^<]+)</a>', nav)
    assert current == [(value, section)]


def test_the_home_page_marks_no_section(client):
    html = client.get("/en/").content.decode()
    nav = html[html.index('<nav class="main-nav"'):]
    assert "aria-current" not in nav[:nav.index("</nav>")]


def test_the_law_list_count_is_a_plain_heading_with_a_separate_status_region(client):
    html = client.get("/en/laws/").content.decode()
    heading = re.search(r'<h2 id="results-heading" class="results-count"([^>]*)>([^<]+)</h2>', html)
    assert heading and "role" not in heading.group(1)
    assert f'<p class="visually-hidden" role="status">{heading.group(2)}</p>' in html


def test_the_sign_in_page_has_the_passkey_buttons_form_and_script(client):
    html = client.get("/en/accounts/login/").content.decode()
    assert 'form="mfa_login"' in html
    assert '<form id="mfa_login"' in html
    assert 'data-allauth-onload="allauth.webauthn.forms.loginForm"' in html


def test_sign_up_password_help_is_not_a_list_inside_a_paragraph(client):
    html = client.get("/en/accounts/signup/").content.decode()
    assert '<div class="helptext" id="id_password1_helptext"><ul>' in html
    assert not re.search(r"<p>(?:(?!</p>).)*<ul>", html, re.S)


def test_time_elements_carry_no_microseconds(client):
    law = make_law("AR", title="Ley 26.388", number="Ley 26.388",
                   provisions=[("Art. 153 bis", "Acceso ilegítimo", "substantive", ["2"])])
    html = client.get(law.get_absolute_url()).content.decode()
    values = re.findall(r'<time datetime="([^"]+)"', html)
    assert values
    for value in values:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{4})?", value), value
