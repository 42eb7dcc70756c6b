"""Good practices: written in the workspace, proposed for publication."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from portal.gate import restricted
from portal.pagination import page_of
from workspaces import services
from workspaces.access import get_workspace_for_user, may_edit_practice
from workspaces.forms import GoodPracticeForm
from workspaces.models import GoodPractice
from workspaces.views.common import (
    ITEMS_PER_PAGE,
    _context,
    _form_page,
    _refusal_as_message,
    _refusal_on_form,
    _require,
)


@restricted
@require_safe
def practice_list(request, slug):
    access = get_workspace_for_user(request.user, slug)
    practices = page_of(
        request,
        GoodPractice.objects.filter(workspace=access.workspace).select_related("country", "contact"),
        ITEMS_PER_PAGE,
    )
    return render(request, "workspaces/practice_list.html", _context(access, tab="practices", practices=practices))


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def practice_create(request, slug):
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_post)
    form = GoodPracticeForm(request.POST or None, workspace=access.workspace)
    if request.method == "POST" and form.is_valid():
        with _refusal_on_form(form):
            practice = services.good_practice_create(
                workspace=access.workspace, author=request.user, **form.cleaned_data
            )
            messages.success(request, _("The good practice is recorded."))
            return redirect(practice.get_absolute_url())
    return _form_page(request, "workspaces/practice_form.html", _context(access, tab="practices", form=form))


def _practice_for(request, slug, pk):
    """The workspace as `get_workspace_for_user` answers for this user, and one of its good practices
    (404 otherwise)."""
    access = get_workspace_for_user(request.user, slug)
    practices = GoodPractice.objects.select_related(
        "workspace", "country", "contact", "contact__expert_profile", "author"
    )
    return access, get_object_or_404(practices, workspace=access.workspace, pk=pk)


@restricted
@require_safe
def practice_detail(request, slug, pk):
    access, practice = _practice_for(request, slug, pk)
    return render(
        request,
        "workspaces/practice_detail.html",
        _context(
            access,
            tab="practices",
            practice=practice,
            may_edit=may_edit_practice(access, practice, request.user),
        ),
    )


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def practice_edit(request, slug, pk):
    access, practice = _practice_for(request, slug, pk)
    _require(may_edit_practice(access, practice, request.user))
    form = GoodPracticeForm(request.POST or None, instance=practice, workspace=access.workspace)
    if request.method == "POST" and form.is_valid():
        with _refusal_on_form(form):
            services.good_practice_update(practice=practice, by=request.user, **form.cleaned_data)
            messages.success(request, _("The good practice is changed."))
            return redirect(practice.get_absolute_url())
    return _form_page(
        request, "workspaces/practice_form.html", _context(access, tab="practices", form=form, practice=practice)
    )


@restricted
@require_POST
def practice_propose(request, slug, pk):
    """A moderator proposes a good practice for publication by the secretariat."""
    access, practice = _practice_for(request, slug, pk)
    _require(access.can_moderate)
    with _refusal_as_message(request):
        services.good_practice_propose(practice=practice, by=request.user)
        messages.success(request, _("Proposed for publication. The secretariat will publish an anonymised copy."))
    return redirect(practice.get_absolute_url())
