"""Sending the portal's emails from templates, in the recipient's language."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation


def absolute_url(location: str) -> str:
    """An absolute link to the portal: SITE_URL and the location's path, never the request's Host.

    An absolute `location` (built by a library from the request) keeps only its path, query and
    fragment.
    """
    parts = urlsplit(str(location))
    path = "/" + parts.path.lstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return f"{settings.SITE_URL}{path}{query}{fragment}"


@dataclass(frozen=True)
class SiteIdentity:
    """What email templates read from a `current_site`: its name and domain (from SITE_URL)."""

    name: str
    domain: str

    def __str__(self) -> str:
        return self.domain


def site_identity(name: str) -> SiteIdentity:
    return SiteIdentity(name=name, domain=urlsplit(settings.SITE_URL).netloc)


def send_templated_email(
    *, template: str, to: list[str], context: dict, language: str | None = None, headers: dict | None = None
) -> None:
    """Render `<template>_subject.txt`, `<template>.txt` (and `.html` if present) and send it.

    The templates are rendered in `language` (the recipient's), falling back to the active one.
    """
    context = {"site_url": settings.SITE_URL, **context}
    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
        try:
            html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            html = None
    message = EmailMultiAlternatives(subject=subject, body=body, to=to, headers=headers or {})
    if html:
        message.attach_alternative(html, "text/html")
    message.send()
