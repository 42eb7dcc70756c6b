"""`{% load alerts_tags %}{% followed_subjects user %}`: what a signed-in user follows, with a "Stop"
button each, for their account page (portal.accounts renders it without importing alerts)."""

from django import template

from alerts.models import Subscription
from alerts.subjects import parse_many

register = template.Library()


@register.inclusion_tag("alerts/_followed.html", takes_context=True)
def followed_subjects(context, user):
    subscriptions = list(Subscription.objects.of_user(user)) if user.is_authenticated else []
    # Named whatever the gate says now (a suspended or idle expert still sees what they follow, to stop it).
    parsed = parse_many([subscription.subject for subscription in subscriptions], user, naming_only=True)
    rows = [(subscription, parsed[subscription.subject].label if subscription.subject in parsed
             else subscription.subject, parsed.get(subscription.subject)) for subscription in subscriptions]
    return {"mine": rows, "request": context.get("request"), "csrf_token": context.get("csrf_token")}
