"""The secretariat's freshness dashboard (others get 404)."""

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe
from modeltranslation.utils import build_localized_fieldname, get_language

from contacts.access import require_secretariat
from contacts.freshness import due_days, overdue_days
from contacts.models import NationalUnit, UpdateRequest
from contacts.queries import freshness_report
from contacts.update_sections import sections
from portal.gate import restricted
from portal.models import Country


@restricted
@require_safe
def dashboard(request):
    """Per country: entries (units, contact points, other apps' update sections), oldest verification,
    entries due and overdue, open requests and their age, broken links."""
    require_secretariat(request.user)
    now = timezone.now()
    countries = Country.objects.order_by(build_localized_fieldname("name", get_language()))
    report = freshness_report(now=now, countries=countries)
    attention_only = request.GET.get("show") == "attention"
    context = {
        "sections": sections(),
        "rows": [row for row in report if row.needs_attention] if attention_only else report,
        "attention_only": attention_only,
        "totals": {
            "entries": sum(row.entries for row in report),
            "due": sum(row.due for row in report),
            "overdue": sum(row.overdue for row in report),
            "open_requests": sum(row.open_requests for row in report),
            "overdue_requests": sum(row.overdue_requests for row in report),
            "broken_links": sum(row.broken_links for row in report),
            # Units and other sections' entries do not make up for a missing point of contact.
            "countries_without_contact_points": sum(1 for row in report if row.has_no_contact_point),
        },
        "without_contact_points": [row.country for row in report if row.has_no_contact_point],
        "broken_units": NationalUnit.objects.filter(link_ok=False).select_related("country").order_by("country_id", "name"),
        "open_requests": UpdateRequest.objects.open().select_related("country", "created_by").order_by("created_at"),
        "now": now,
        "due_days": due_days(),
        "overdue_days": overdue_days(),
    }
    return render(request, "contacts/freshness_dashboard.html", context)
