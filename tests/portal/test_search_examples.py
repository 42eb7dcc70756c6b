"""Every example query a search box shows finds something with the demo data, in every language,
on the page that shows it (an example that finds nothing teaches that the search is broken)."""

import re
from html import unescape
from urllib.parse import unquote_plus

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.management import call_command

from portal.accounts.models import User

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

LANGUAGES = ["en", "es", "pt", "fr"]
PAGES = {
    "home": "/{lang}/",
    "site-wide search": "/{lang}/search/",
    "laws": "/{lang}/laws/",
    "provisions": "/{lang}/laws/provisions/",
    "resources": "/{lang}/resources/",
    "contacts": "/{lang}/contacts/",
    "workspace": "/{lang}/workspaces/electronic-evidence/search/",
}
EXAMPLES = re.compile(r'<p class="help search-examples">(.*?)</p>', re.S)
LINK = re.compile(r'<a href="([^"]+)"')


def result_count(response) -> int:
    context = response.context
    for key in ("laws", "provisions", "resources", "points", "hits"):
        if key in context:
            return len(list(context[key]))
    return context["total"]


def test_every_example_query_of_every_search_box_finds_something_in_every_language(client):
    call_command("seed_demo", verbosity=0)
    expert = User.objects.get(email="expert-br@example.org")
    TOTP.activate(expert, generate_totp_secret())  # the demo leaves MFA to the user; the gate asks for it
    client.force_login(expert)
    failures, tried = [], 0
    for path in PAGES.values():
        for lang in LANGUAGES:
            url = path.format(lang=lang)
            response = client.get(url)
            assert response.status_code == 200, url
            found = EXAMPLES.search(response.content.decode())
            assert found, f"{url} shows no example queries"
            for link in LINK.findall(found.group(1)):
                target = unescape(link)
                answer = client.get(target if target.startswith("/") else url + target)
                assert answer.status_code == 200, target
                tried += 1
                if result_count(answer) == 0:
                    failures.append(f"{url}: {target}")
    assert tried >= len(PAGES) * len(LANGUAGES) * 2
    assert failures == [], "examples that find nothing:\n" + "\n".join(unquote_plus(f) for f in failures)
