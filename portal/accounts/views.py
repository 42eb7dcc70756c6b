from allauth.account.models import EmailAddress
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from portal.accounts.forms import AccessRequestForm
from portal.accounts.models import ExpertProfile
from portal.accounts.services import (
    VerificationError,
    expert_request_access,
    official_email_profile_for,
    official_email_send_link,
    official_email_verify,
)
from portal.gate import missing_step


@login_required
def dashboard(request):
    """The user's own page: where they stand on each step to restricted pages."""
    user = request.user
    profile = ExpertProfile.objects.filter(user=user).select_related("country").first()
    context = {
        "profile": profile,
        "email_verified": EmailAddress.objects.filter(user=user, verified=True, primary=True).exists(),
        "mfa_enabled": is_mfa_enabled(user),
        "missing_step": missing_step(user),
    }
    return render(request, "accounts/dashboard.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def request_access(request):
    """Ask the secretariat for expert access."""
    profile = ExpertProfile.objects.filter(user=request.user).select_related("country").first()
    locked = profile is not None and profile.status in (ExpertProfile.Status.APPROVED, ExpertProfile.Status.SUSPENDED)
    pending = profile is not None and profile.status == ExpertProfile.Status.REQUESTED
    if locked:
        return render(request, "accounts/request_access.html", {"profile": profile, "form": None})
    form = AccessRequestForm(request.POST or None, instance=profile if pending else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        profile = expert_request_access(
            user=request.user,
            country=data["country"],
            institution=data["institution"],
            position=data["position"],
            official_email=data["official_email"],
            reason=data["reason"],
        )
        messages.success(request, _("Your request was sent. The secretariat will tell you by email when it decides."))
        if not profile.official_email_verified:
            messages.info(
                request,
                _("We sent a link to %(email)s: open it to confirm that the address is yours.")
                % {"email": profile.official_email},
            )
        return redirect("accounts:dashboard")
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/request_access.html", {"profile": profile, "form": form}, status=status)


@require_http_methods(["GET", "POST"])
def verify_official_email(request, token):
    """The link sent to an official address: shows the address, confirms it on POST.

    Open without signing in (the token proves the mailbox); a GET changes nothing, so mail
    scanners that fetch links do not confirm for the user.
    """
    context = {"error": None, "verified": False, "profile": None}
    try:
        if request.method == "POST":
            context["profile"] = official_email_verify(token=token)
        else:
            context["profile"] = official_email_profile_for(token)
        context["verified"] = context["profile"].official_email_verified
    except VerificationError as error:
        context["error"] = str(error)
    return render(request, "accounts/verify_official_email.html", context, status=400 if context["error"] else 200)


@login_required
@require_POST
def resend_official_email(request):
    """Send the verification link to the user's official address again."""
    profile = ExpertProfile.objects.filter(user=request.user).first()
    if profile is None:
        return redirect("accounts:request_access")
    try:
        official_email_send_link(profile=profile)
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("We sent a new link to %(email)s.") % {"email": profile.official_email}
        )
    return redirect("accounts:dashboard")
