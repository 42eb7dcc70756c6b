"""System checks of the portal's own settings (`manage.py check --deploy`)."""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register

LOCAL_NAMES = {"localhost", "localhost.localdomain", "testserver"}


def _is_local(host: str) -> bool:
    host = host.lower().rstrip(".")
    if host in LOCAL_NAMES or host.endswith((".localhost", ".local")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified or address.is_link_local


@register(Tags.security, deploy=True)
def site_url_check(app_configs, **kwargs):
    """With DEBUG off, SITE_URL must be the public address: every link in every email uses it."""
    if settings.DEBUG:
        return []
    parts = urlsplit(settings.SITE_URL)
    host = parts.hostname or ""
    if parts.scheme in ("http", "https") and host and not _is_local(host):
        return []
    return [
        Error(
            f"SITE_URL is {settings.SITE_URL!r}: unset (the development default), a local address or not "
            "an http(s) address. "
            "Every link in the portal's emails (password reset, email verification, invitations, "
            "bulletin) is built from it, so recipients could not open them.",
            hint="Set SITE_URL to the portal's public address, e.g. SITE_URL=https://portal.example.org",
            id="portal.E001",
        )
    ]
