from allauth.account.models import EmailAddress
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from portal.accounts.forms import AccessRequestForm
from portal.accounts.models import ExpertProfile
from portal.accounts.services import expert_request_access
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
        expert_request_access(
            user=request.user,
            country=data["country"],
            institution=data["institution"],
            position=data["position"],
            official_email=data["official_email"],
            reason=data["reason"],
            request=request,
        )
        messages.success(request, _("Your request was sent. The secretariat will tell you by email when it decides."))
        return redirect("accounts:dashboard")
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/request_access.html", {"profile": profile, "form": form}, status=status)
