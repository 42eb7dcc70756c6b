"""Every view is either behind the expert gate or on the explicit list of public views."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

# Views anyone may open (by dotted path of the view function or class). Adding a view here
# is a decision: it must show only public data.
PUBLIC_VIEWS = {
    "portal.views.healthz",
    "portal.views.ping",
    # Public uploads (resource and event files) in development only; never private documents.
    "django.views.static.serve",
    "portal.views.robots_txt",
    "django.contrib.sitemaps.views.sitemap",
    "portal.content.views.home",
    # The privacy notice and the contact form (a message to the secretariat; nothing is shown back).
    "portal.content.pages.privacy",
    "portal.content.pages.contact",
    # Signed-in users' own account pages (login_required, not the expert gate).
    "portal.accounts.views.dashboard",
    "portal.accounts.views.request_access",
    "portal.accounts.views.resend_official_email",
    # The link sent to an official address: the signed token proves the mailbox, shows only that address.
    "portal.accounts.views.verify_official_email",
    # The open-data API and its schema.
    "drf_spectacular.views.SpectacularAPIView",
    "rest_framework.routers.APIRootView",
}

# The admin site guards every route under it (staff only, signing in through allauth).
ADMIN_PREFIX = "admin/"

# Whole modules whose views guard themselves: allauth's account pages (sign-in, MFA,
# sessions) and Django's admin (staff only, signing in through allauth).
PUBLIC_MODULE_PREFIXES = (
    "allauth.",
    "django.contrib.admin.",
    "django.views.i18n",
    "django.contrib.auth.views",
)

# Apps add their public views here as they grow (see docs/architecture.md).
PUBLIC_VIEW_PREFIXES = (
    "legislation.views.",
    "legislation.api.",
    "contacts.views.public.",
    "contacts.api.",
    "portal.content.views.",
    # Public pages; contact points appear on them only through ContactPoint.objects.visible_to(user).
    "cooperation.views.",
    "cooperation.api.",
    "recommendations.views.public.",
    "recommendations.api.",
    # Following a subject: public subjects for anyone; restricted ones only through the gate's own
    # predicate (alerts/subjects.py), and their alerts carry no restricted content.
    "alerts.views.",
)


def _walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.callback, (namespace + entry.name) if entry.name else None


def _dotted(callback) -> str:
    target = getattr(callback, "view_class", None) or getattr(callback, "cls", None) or callback
    return f"{target.__module__}.{target.__qualname__}"


def _is_gated(callback) -> bool:
    if getattr(callback, "behind_expert_gate", False):
        return True
    view_class = getattr(callback, "view_class", None) or getattr(callback, "cls", None)
    return bool(view_class is not None and getattr(view_class, "behind_expert_gate", False))


def all_views():
    return list(_walk(get_resolver().url_patterns))


def test_every_view_is_gated_or_explicitly_public():
    ungated = []
    for route, callback, _name in all_views():
        if _is_gated(callback) or route.startswith(ADMIN_PREFIX):
            continue
        dotted = _dotted(callback)
        if dotted in PUBLIC_VIEWS or dotted.startswith(PUBLIC_MODULE_PREFIXES + PUBLIC_VIEW_PREFIXES):
            continue
        ungated.append(f"{route} -> {dotted}")
    assert ungated == [], "Views neither behind the expert gate nor listed as public:\n" + "\n".join(ungated)


def test_the_walk_sees_the_whole_site():
    dotted = {_dotted(callback) for _route, callback, _name in all_views()}
    assert "portal.views.healthz" in dotted
    assert any(d.startswith("allauth.account.views") for d in dotted)


@pytest.mark.django_db
def test_gated_pages_send_visitors_to_sign_in(client):
    """Each gated page without path arguments redirects an anonymous visitor to sign in."""
    for route, callback, name in all_views():
        if not _is_gated(callback) or "<" in route or name is None:
            continue
        url = reverse(name)
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/accounts/login/" in response["Location"], url


# Views that must stay behind the gate (a refactor that drops the decorator fails here).
GATED_VIEWS = {
    "cooperation.drafting.views.request_list",
    "cooperation.drafting.views.request_new",
    "cooperation.drafting.views.request_review",
    "cooperation.drafting.views.request_download",
    "cooperation.drafting.views.request_delete",
    "cooperation.drafting.views.request_step",
}


def test_the_request_drafting_views_are_behind_the_gate():
    seen = {_dotted(callback): _is_gated(callback) for _route, callback, _name in all_views()
            if _dotted(callback) in GATED_VIEWS}
    assert set(seen) == GATED_VIEWS
    assert all(seen.values()), seen
