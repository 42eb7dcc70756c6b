"""The one gate in front of every restricted page.

Signed in, email verified, approved expert (or secretariat), MFA enrolled. A user missing a
step is sent to that step with a message saying what is missing. Restricted sessions that sit
idle longer than PORTAL["RESTRICTED_IDLE_SECONDS"] are ended.
"""

import time
from enum import Enum
from functools import lru_cache, wraps

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.models import Group
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import connections, router
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from portal.accounts.models import ExpertProfile
from portal.views import page_not_found, permission_denied

IDLE_KEY = "restricted_last_seen"


class Step(Enum):
    SIGN_IN = "sign_in"
    VERIFY_EMAIL = "verify_email"
    EXPERT_ACCESS = "expert_access"
    SUSPENDED = "suspended"
    MFA = "mfa"


GATE_SQL = """
SELECT EXISTS (SELECT 1 FROM {email} WHERE user_id = %(user)s AND verified AND "primary"),
       EXISTS (SELECT 1 FROM {authenticator} WHERE user_id = %(user)s),
       (SELECT status FROM {profile} WHERE user_id = %(user)s),
       ARRAY(SELECT g.name FROM {group} g JOIN {user_groups} ug ON ug.group_id = g.id WHERE ug.user_id = %(user)s)
"""


@lru_cache(maxsize=1)
def _gate_sql() -> str:
    user_model = get_user_model()
    return GATE_SQL.format(
        email=EmailAddress._meta.db_table,
        authenticator=Authenticator._meta.db_table,
        profile=ExpertProfile._meta.db_table,
        group=Group._meta.db_table,
        user_groups=user_model.groups.through._meta.db_table,
    )


def gate_facts(user) -> dict:
    """What the gate checks about a signed-in user, in one statement: a verified primary email,
    an MFA authenticator (allauth's own test: any authenticator), the expert profile's status.
    The user's roles (group names) come in the same statement and are kept on the instance.

    Plain SQL: the gate runs before every restricted page, and building the same query with the
    ORM cost several times what PostgreSQL takes to answer it.
    """
    with connections[router.db_for_read(EmailAddress)].cursor() as cursor:
        cursor.execute(_gate_sql(), {"user": user.pk})
        email_verified, mfa_enabled, profile_status, group_names = cursor.fetchone()
    user.remember_roles(group_names)
    return {"email_verified": email_verified, "mfa_enabled": mfa_enabled, "profile_status": profile_status}


def missing_step(user) -> Step | None:
    """The first step of the gate this user has not completed, or None when they pass."""
    if not user.is_authenticated or not user.is_active:
        return Step.SIGN_IN
    facts = gate_facts(user)
    if not facts["email_verified"]:
        return Step.VERIFY_EMAIL
    if not user.is_secretariat:
        status = facts["profile_status"]
        if status == ExpertProfile.Status.SUSPENDED:
            return Step.SUSPENDED
        if status != ExpertProfile.Status.APPROVED:
            return Step.EXPERT_ACCESS
    if not facts["mfa_enabled"]:
        return Step.MFA
    return None


def passes_gate(user) -> bool:
    """Whether this user passes the gate. On a request the gate has already answered for
    (`restricted`, `restricted_reader`: the idle rule included), that answer, without asking again."""
    verdict = getattr(user, "_passed_gate", None)
    if verdict is not None:
        return verdict
    return missing_step(user) is None


def send_to_step(request, step: Step):
    if step is Step.SIGN_IN:
        messages.info(request, _("Please sign in to continue. This page is for approved experts."))
        return redirect_to_login(request.get_full_path())
    if step is Step.VERIFY_EMAIL:
        messages.warning(request, _("Please verify your email address first; we have sent you a link."))
        return redirect("account_email")
    if step is Step.SUSPENDED:
        messages.error(request, _("Your expert access is suspended. Contact the secretariat if you think this is wrong."))
        return redirect("accounts:dashboard")
    if step is Step.EXPERT_ACCESS:
        messages.warning(
            request, _("This page is for approved experts. Ask for expert access, or wait for the secretariat's decision.")
        )
        return redirect("accounts:request_access")
    messages.warning(request, _("Restricted pages need two-factor authentication. Please set up an authenticator app."))
    return redirect("mfa_index")


# The last-seen time is rewritten at most this often, so a busy expert does not cost a session
# write per request.
IDLE_RESOLUTION_SECONDS = 60


def _idle_expired(request) -> bool:
    """True when this session's restricted use has sat idle longer than
    PORTAL["RESTRICTED_IDLE_SECONDS"] (the last-seen time is then left as it is); else False, and
    the last-seen time is brought up to date: seeing restricted data is activity."""
    now = int(time.time())
    last_seen = request.session.get(IDLE_KEY)
    if last_seen is not None and now - int(last_seen) > settings.PORTAL["RESTRICTED_IDLE_SECONDS"]:
        return True
    if last_seen is None or now - int(last_seen) >= IDLE_RESOLUTION_SECONDS:
        request.session[IDLE_KEY] = now
    return False


def check_gate(request):
    """None when the request may see restricted pages; else the redirect to the missing step."""
    step = missing_step(request.user)
    if step is not None:
        return send_to_step(request, step)
    if _idle_expired(request):
        logout(request)
        messages.info(request, _("You were signed out after a period of inactivity. Please sign in again."))
        return redirect_to_login(request.get_full_path())
    return None


def restricted_reader(request):
    """The user to read restricted data for on a PUBLIC page that shows restricted parts (contact
    points, unpublished units, a link to a restricted page), or None: the public's view. Pass it to
    `visible_to(...)`, which treats None as the public.

    The same gate as `restricted`, idle rule included: a user missing a step, or whose restricted
    session has sat idle too long, reads the page as the public does. A public page does not sign
    anyone out nor send them anywhere, and an idle session is not refreshed by it (the next
    restricted page still ends it); an active one is, like on a restricted page. One gate statement.
    """
    user = request.user
    if missing_step(user) is not None or _idle_expired(request):
        # This request reads as the public's: `visible_to(request.user)` must not ask (or answer) again.
        user._passed_gate = False
        return None
    user._passed_gate = True
    return user


def restricted(view_func):
    """THE decorator of every restricted view: the gate first, then the view; every answer,
    403 and 404 included, is never cached (`Cache-Control: private, no-store`).

    A 404 or 403 raised by the view is rendered here (the site's own pages), so it carries the
    same headers as the page it stands for and tells an outsider nothing more.
    """

    @wraps(view_func)
    def answer(request, *args, **kwargs):
        response = check_gate(request)
        if response is not None:
            return response
        # The gate has just let this user through: `ContactPoint.objects.visible_to` need not ask again.
        request.user._passed_gate = True
        try:
            return view_func(request, *args, **kwargs)
        except Http404:
            return page_not_found(request)
        except PermissionDenied:
            return permission_denied(request)

    gated = never_cache(answer)
    gated.behind_expert_gate = True
    return gated
