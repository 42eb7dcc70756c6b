"""`{% load workspaces_alerts %}{% workspace_notifications user %}`: the signed-in expert's workspaces with
each one's email-notification setting and a link to change it, for the alerts page (a workspace is
"followed" through its membership; `alerts` renders this without importing workspaces)."""

from django import template

from portal.gate import passes_gate
from workspaces.models import Membership

register = template.Library()


@register.inclusion_tag("workspaces/_alerts_notifications.html")
def workspace_notifications(user):
    if not (user is not None and user.is_authenticated and passes_gate(user)):
        return {"memberships": []}
    memberships = (Membership.objects.for_user(user).select_related("workspace")
                   .order_by("workspace__name"))
    return {"memberships": list(memberships), "shown": True}
