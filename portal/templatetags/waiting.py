"""`{% waiting_counts as items %}`: what waits for the secretariat (portal/dashboard.py)."""

from django import template

from portal.dashboard import waiting_counts as dashboard_counts

register = template.Library()


@register.simple_tag(takes_context=True)
def waiting_counts(context):
    """The registered items with their counts, for the secretariat only (nothing for anyone else)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None:
        return []
    return dashboard_counts(user)
