"""Every URL name a template writes exists, so a mistyped name fails here, not only on the one
page (or the one branch of a page) that renders it."""

import re
from pathlib import Path

from django.urls import URLResolver, get_resolver

ROOT = Path(__file__).resolve().parents[2]
URL_TAG = re.compile(r"""\{%\s*url\s+['"]([^'"]+)['"]""")


def _url_names(resolver: URLResolver, namespace: str = "") -> set[str]:
    names = set()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            names |= _url_names(pattern, f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace)
        elif pattern.name:
            names.add(namespace + pattern.name)
    return names


def test_every_url_name_in_the_templates_exists():
    known = _url_names(get_resolver())
    used = {
        (str(path.relative_to(ROOT)), name)
        for path in (ROOT / "templates").rglob("*.*")
        for name in URL_TAG.findall(path.read_text(encoding="utf-8"))
    }
    assert len(used) > 100  # the templates were read
    missing = sorted(f"{template}: {name}" for template, name in used if name not in known)
    assert missing == []


def test_a_mistyped_name_would_be_reported():
    known = _url_names(get_resolver())
    assert "legislation:law_list" in known and "admin:index" in known and "account_login" in known
    assert "legislation:laws_list" not in known
