"""The privacy notice and the contact form. Both public (tests/security/test_gate_walk.py lists them)."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from portal.content.forms import ContactForm
from portal.content.models import contact_message_retention_days
from portal.content.services import (
    CONFIRM_MAX_AGE,
    UNSUBSCRIBE_MAX_AGE,
    contact_form_token,
    contact_message_submit,
    contact_rate_limit,
    contact_rate_limited,
)
from portal.infra.client_ip import client_ip


def retention_facts() -> dict:
    """How long each kind of personal data is kept, read from the settings that decide it."""
    audit_days = settings.PORTAL["AUDIT_RETENTION_DAYS"]
    return {
        "session_days": max(1, settings.SESSION_COOKIE_AGE // 86400),
        "idle_minutes": max(1, settings.PORTAL["RESTRICTED_IDLE_SECONDS"] // 60),
        "confirm_days": CONFIRM_MAX_AGE // 86400,
        "unsubscribe_days": UNSUBSCRIBE_MAX_AGE // 86400,
        "contact_days": contact_message_retention_days(),
        "audit_days": int(audit_days) if audit_days else None,
        "log_days": int(settings.PORTAL["SERVER_LOG_RETENTION_DAYS"]),
        "email_days": int(settings.PORTAL["OUTGOING_EMAIL_RETENTION_DAYS"]),
    }


@require_safe
def privacy(request):
    """What the portal collects, why, for how long, and whom to ask."""
    return render(request, "content/privacy.html", retention_facts())


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def contact(request):
    """A message to the secretariat: stored, emailed to the secretariat, rate-limited, spam-checked."""
    if request.method != "POST":
        return _contact_page(request, ContactForm())
    if contact_rate_limited(ip=client_ip(request)):
        return _contact_page(request, ContactForm(), status=429, rate_limited=True, limit=contact_rate_limit())
    form = ContactForm(request.POST)
    if not form.is_valid():
        # Nothing is stored; the reader's text comes back with the reasons (a filled hidden field
        # is refused the same way, with the field's own message).
        return _contact_page(request, form, status=400)
    data = form.cleaned_data
    contact_message_submit(name=data["name"], email=data["email"], topic=data["topic"], message=data["message"],
                           language=(get_language() or "en")[:2])
    messages.success(request, _("Thank you. Your message has reached the secretariat, which answers by email."))
    return redirect("content:contact")


def _contact_page(request, form: ContactForm, *, status: int = 200, **context):
    context = {"form": form, "started_token": contact_form_token(), **context}
    return render(request, "content/contact.html", context, status=status)
