"""Members: the list, invitations, join requests, roles, leaving and notification settings."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from portal.gate import restricted
from portal.pagination import page_of
from workspaces import services
from workspaces.access import get_workspace_for_user
from workspaces.forms import InvitationForm, JoinDecisionForm, JoinRequestForm, NotificationForm, RoleForm
from workspaces.models import Invitation, JoinRequest, Membership, Role
from workspaces.views.common import _context, _refusal_as_message, _require, _valid_or_message


@restricted
@require_safe
def member_list(request, slug):
    """Members with their countries, institutions and roles; invitations and requests for moderators."""
    access = get_workspace_for_user(request.user, slug)
    workspace = access.workspace
    members = page_of(
        request,
        Membership.objects.filter(workspace=workspace).with_people().by_rank(),
        50,
    )
    context = _context(
        access,
        tab="members",
        members=members,
        notification_form=NotificationForm(initial={"notify": access.membership.notify}),
    )
    if access.can_moderate:
        context["invitations"] = Invitation.objects.pending().filter(workspace=workspace).select_related("invited_by")
        context["join_requests"] = JoinRequest.objects.filter(
            workspace=workspace, status=JoinRequest.Status.PENDING
        ).select_related("user", "user__expert_profile", "user__expert_profile__country")
        context["invitation_form"] = InvitationForm(roles=access.can_invite_roles)
    if access.can_manage:
        context["roles"] = Role.choices
    return render(request, "workspaces/member_list.html", context)


@restricted
@require_POST
def invitation_create(request, slug):
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_moderate)
    form = InvitationForm(request.POST, roles=access.can_invite_roles)
    if _valid_or_message(request, form, _("Please give a valid email address and role.")):
        with _refusal_as_message(request):
            services.invitation_create(workspace=access.workspace, by=request.user, **form.cleaned_data)
            messages.success(request, _("The invitation is sent to %(email)s.") % {"email": form.cleaned_data["email"]})
    return redirect("workspaces:member_list", slug)


def _managed_item(request, slug, queryset, pk, *, owners_only: bool = False):
    """One invitation, join request or membership of the workspace, for those who may act on it:
    its moderators (with `owners_only`, its owners); 403 to other members, 404 when there is none."""
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_manage if owners_only else access.can_moderate)
    return get_object_or_404(queryset, workspace=access.workspace, pk=pk)


def _owned_membership(request, slug, pk):
    """One membership of the workspace, for its owners (who alone change roles and remove members)."""
    return _managed_item(request, slug, Membership.objects.select_related("user", "workspace"), pk, owners_only=True)


@restricted
@require_POST
def invitation_revoke(request, slug, pk):
    invitation = _managed_item(request, slug, Invitation, pk)
    services.invitation_revoke(invitation=invitation, by=request.user)
    messages.success(request, _("The invitation is withdrawn."))
    return redirect("workspaces:member_list", slug)


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def invitation_accept(request, token):
    """An invitation link: explains itself when used, expired, withdrawn or for another account."""
    try:
        invitation = services.invitation_for_token(token)
    except services.InvitationProblem:
        raise Http404 from None
    problem = None
    try:
        services.invitation_check(invitation=invitation, user=request.user)
    except services.InvitationProblem as error:
        problem = error.code
    already_member = Membership.objects.for_user(request.user).filter(workspace=invitation.workspace).exists()
    if request.method == "POST" and problem is None:
        try:
            services.invitation_accept(token=token, user=request.user)
        except services.InvitationProblem as error:
            problem = error.code
        else:
            messages.success(request, _("Welcome to the workspace."))
            return redirect(invitation.workspace.get_absolute_url())
    status = 200 if problem is None else 410
    if problem == "other_account":
        status = 403
    # Someone else's invitation does not reveal the workspace's name.
    return render(
        request,
        "workspaces/invitation.html",
        {
            "invitation": invitation,
            "problem": problem,
            "already_member": already_member,
            "show_workspace": problem != "other_account",
        },
        status=status,
    )


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def join_request_create(request, slug):
    """Ask to join an open workspace (the only page of it a non-member can open)."""
    access = get_workspace_for_user(request.user, slug, allow_request=True)
    if access.is_member:
        return redirect(access.workspace.get_absolute_url())
    pending = JoinRequest.objects.filter(
        workspace=access.workspace, user=request.user, status=JoinRequest.Status.PENDING
    ).first()
    form = JoinRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with _refusal_as_message(request):
            services.join_request_create(
                workspace=access.workspace, user=request.user, message=form.cleaned_data["message"]
            )
            messages.success(request, _("Your request is sent; a moderator will answer by email."))
        return redirect("workspaces:workspace_list")
    return render(request, "workspaces/join_request.html", _context(access, form=form, pending=pending))


@restricted
@require_POST
def join_request_decide(request, slug, pk):
    join_request = _managed_item(request, slug, JoinRequest, pk)
    form = JoinDecisionForm(request.POST)
    if not _valid_or_message(request, form, _("Please choose to accept or decline.")):
        return redirect("workspaces:member_list", slug)
    accept = form.cleaned_data["decision"] == "accept"
    with _refusal_as_message(request):
        services.join_request_decide(
            join_request=join_request,
            accept=accept,
            by=request.user,
            role=form.cleaned_data["role"] or Role.MEMBER,
        )
        messages.success(request, _("The request is accepted.") if accept else _("The request is declined."))
    return redirect("workspaces:member_list", slug)


@restricted
@require_POST
def member_role(request, slug, pk):
    """Owners change a member's role."""
    membership = _owned_membership(request, slug, pk)
    form = RoleForm(request.POST)
    if _valid_or_message(request, form, _("Please choose a role.")):
        with _refusal_as_message(request):
            services.membership_change_role(membership=membership, role=form.cleaned_data["role"], by=request.user)
            messages.success(request, _("The role of %(name)s is changed.") % {"name": membership.user})
    return redirect("workspaces:member_list", slug)


@restricted
@require_POST
def member_remove(request, slug, pk):
    """Owners remove a member."""
    membership = _owned_membership(request, slug, pk)
    with _refusal_as_message(request):
        services.membership_remove(membership=membership, by=request.user)
        messages.success(request, _("%(name)s is no longer a member.") % {"name": membership.user})
    return redirect("workspaces:member_list", slug)


@restricted
@require_POST
def membership_leave(request, slug):
    access = get_workspace_for_user(request.user, slug)
    with _refusal_as_message(request):
        services.membership_leave(membership=access.membership)
        messages.success(request, _("You have left the workspace."))
        return redirect("workspaces:workspace_list")
    return redirect("workspaces:member_list", slug)


@restricted
@require_POST
def membership_notifications(request, slug):
    """Each member chooses immediate emails, a daily digest or none."""
    access = get_workspace_for_user(request.user, slug)
    form = NotificationForm(request.POST)
    if _valid_or_message(request, form, _("Please choose how to be told about new items.")):
        services.membership_set_notifications(membership=access.membership, notify=form.cleaned_data["notify"])
        messages.success(request, _("Your email notifications are saved."))
    return redirect("workspaces:workspace_detail", slug)
