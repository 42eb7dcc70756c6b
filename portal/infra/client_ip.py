"""The client's address, the one rule for rate limits, user sessions and the audit trail."""

import ipaddress

from django.conf import settings


def _valid_ip(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request) -> str | None:
    """The address of the client, read through the trusted reverse proxies only.

    `ALLAUTH_TRUSTED_CLIENT_IP_HEADER` (e.g. X-Real-IP) when the proxy sets one; otherwise the
    `ALLAUTH_TRUSTED_PROXY_COUNT`-th address from the right of X-Forwarded-For (each trusted proxy
    appends the address it received the request from, so what a client writes further left is
    ignored); otherwise, or when the header is missing or malformed, REMOTE_ADDR.
    """
    if request is None:
        return None
    remote = _valid_ip(request.META.get("REMOTE_ADDR"))
    header = getattr(settings, "ALLAUTH_TRUSTED_CLIENT_IP_HEADER", None)
    if header:
        return _valid_ip(request.headers.get(header)) or remote
    count = getattr(settings, "ALLAUTH_TRUSTED_PROXY_COUNT", 0)
    forwarded = request.headers.get("X-Forwarded-For", "")
    if count > 0 and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            # Fewer hops than proxies: the request skipped the outer ones; the left-most is the client.
            return _valid_ip(hops[-min(count, len(hops))]) or remote
    return remote
