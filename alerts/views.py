"""Following a subject: the form (anyone), the emailed links, the account's list, the Atom feeds."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from alerts import subjects
from alerts.feeds import SubjectFeed
from alerts.forms import FollowForm
from alerts.models import Subscription
from alerts.services import (
    LinkError,
    subscription_confirm,
    subscription_from_token,
    subscription_request,
    subscription_stop,
)
from portal.gate import restricted_reader


def _user(request):
    return request.user if request.user.is_authenticated else None


def _signed_in_reader(request):
    """The signed-in user, with the gate's verdict for this request set on it (`restricted_reader`:
    the idle rule included), so the restricted subjects and the workspaces are offered only to an
    expert whose restricted session is active; None for a visitor."""
    user = _user(request)
    if user is not None:
        restricted_reader(request)
    return user


@require_http_methods(["GET", "HEAD", "POST"])
def index(request):
    """Follow a subject by email (double opt-in) or by its Atom feed; a signed-in user's list."""
    user = _signed_in_reader(request)
    if request.method == "POST":
        form = FollowForm(request.POST, user=user)
        if form.is_valid():
            subject = form.cleaned_data["subject"]
            subscription_request(email=form.cleaned_data["email"], subject=subject, language=get_language(),
                                 user=user)
            return render(request, "alerts/sent.html", {
                "subject": subject, "email": form.cleaned_data["email"],
                "at_once": user is not None and user.email.lower() == form.cleaned_data["email"].strip().lower(),
            })
        status = 400
    else:
        chosen = subjects.parse(request.GET.get("subject", ""), user)
        form = FollowForm(user=user, initial={"subject": chosen.value if chosen else "",
                                              "email": user.email if user else ""})
        status = 200
    chosen = subjects.parse(form.data.get("subject") if form.is_bound else form.initial.get("subject", ""), user)
    return render(request, "alerts/index.html", {"form": form, "chosen": chosen}, status=status)


@login_required
@require_POST
def stop(request, pk: int):
    """Stop one of the signed-in user's subscriptions (from the list)."""
    subscription = get_object_or_404(Subscription.objects.of_user(request.user), pk=pk)
    subscription_stop(subscription=subscription, by=request.user)
    messages.success(request, _("You no longer follow this subject."))
    return redirect("alerts:index")


def _link(request, value: str, purpose: str):
    """GET shows a button (mail scanners follow links); POST carries it out."""
    try:
        subscription = subscription_from_token(value, purpose=purpose)
        if request.method == "POST":
            if purpose == "confirm":
                subscription, changed = subscription_confirm(value=value)
            else:
                changed = subscription_stop(subscription=subscription)
            return render(request, "alerts/link.html", {"done": True, "changed": changed, "purpose": purpose,
                                                        "subscription": subscription,
                                                        "label": _label(subscription)})
    except LinkError:
        return render(request, "alerts/link.html", {"problem": True, "purpose": purpose}, status=400)
    return render(request, "alerts/link.html", {"purpose": purpose, "subscription": subscription,
                                                "label": _label(subscription)})


def _label(subscription) -> str:
    parsed = subjects.parse(subscription.subject, subscription.user)
    return parsed.label if parsed else subscription.subject


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token: str):
    return _link(request, token, "confirm")


# One-click unsubscribe (RFC 8058), as the bulletin's: the signed token is the proof, and the only
# change it can make is to stop the alerts to that address.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token: str):
    return _link(request, token, "unsubscribe")


@require_safe
def feed(request, subject: str):
    """The Atom feed of a public subject (a function, so the gate walk sees a public view)."""
    return SubjectFeed()(request, subject=subject)
