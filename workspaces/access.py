"""The one place that decides what a user may do in a workspace."""

from dataclasses import dataclass

from django.http import Http404
from django.utils import timezone

from workspaces.models import EDIT_WINDOW, ROLE_ORDER, ROLE_PERMISSIONS, Membership, Role, Workspace


@dataclass(frozen=True)
class WorkspaceAccess:
    """A workspace as one user sees it: their membership and what they may do there."""

    workspace: Workspace
    membership: Membership | None
    perms: frozenset[str]

    @property
    def role(self) -> str | None:
        return self.membership.role if self.membership else None

    @property
    def is_member(self) -> bool:
        return "view_workspace" in self.perms and self.membership is not None

    @property
    def can_read(self) -> bool:
        return self.is_member

    @property
    def writable(self) -> bool:
        return not self.workspace.is_archived

    @property
    def can_post(self) -> bool:
        return self.is_member and self.writable and "contribute_workspace" in self.perms

    @property
    def can_moderate(self) -> bool:
        return self.is_member and self.writable and "moderate_workspace" in self.perms

    @property
    def can_manage(self) -> bool:
        return self.is_member and self.writable and "manage_workspace" in self.perms

    @property
    def can_invite_roles(self) -> list[str]:
        """Roles this user may give by invitation or when accepting a request."""
        if self.can_manage:
            return [Role.READER, Role.MEMBER, Role.MODERATOR]
        if self.can_moderate:
            return [Role.READER, Role.MEMBER]
        return []

    def outranks(self, role: str) -> bool:
        return self.role is not None and ROLE_ORDER.index(self.role) > ROLE_ORDER.index(role)


def role_permissions(role: str | None) -> frozenset[str]:
    """The rights a workspace role carries (Workspace's permission codenames); none without a role."""
    return frozenset(ROLE_PERMISSIONS.get(role, ())) if role else frozenset()


def get_workspace_for_user(user, slug: str, *, allow_request: bool = False) -> WorkspaceAccess:
    """The workspace with `slug` as `user` may see it; 404 unless they belong to it.

    With `allow_request`, a non-member also gets an open (not archived) workspace, to ask to
    join; every other page of it stays 404 to them.
    """
    if user is None or not user.is_authenticated or not user.is_active:
        raise Http404
    # A member's page costs one query: the membership (its role is the member's rights) and its workspace.
    membership = Membership.objects.for_user(user).filter(workspace__slug=slug).select_related("workspace").first()
    if membership is not None:
        access = WorkspaceAccess(workspace=membership.workspace, membership=membership,
                                 perms=role_permissions(membership.role))
        if access.is_member:
            return access
        workspace = membership.workspace
    else:
        workspace = Workspace.objects.filter(slug=slug).first()
    if workspace is not None and allow_request and workspace.is_open and not workspace.is_archived:
        return WorkspaceAccess(workspace=workspace, membership=None, perms=frozenset())
    raise Http404


def may_edit_post(access: WorkspaceAccess, post, user, now=None) -> bool:
    """Authors edit their own posts for EDIT_WINDOW; moderators edit any post, always."""
    if post.is_removed or not access.writable:
        return False
    if access.can_moderate:
        return True
    now = now or timezone.now()
    return access.can_post and post.author_id == user.pk and now - post.created_at <= EDIT_WINDOW


def may_edit_practice(access: WorkspaceAccess, practice, user) -> bool:
    """Authors and moderators change a good practice while the workspace is open."""
    return access.can_moderate or (access.can_post and practice.author_id == user.pk)


def may_withdraw_document(access: WorkspaceAccess, document, user) -> bool:
    """Its uploader (still a member) or a moderator withdraws a document while the workspace is open."""
    if not (access.is_member and access.writable):
        return False
    return access.can_moderate or (user.pk is not None and document.created_by_id == user.pk)


def may_withdraw_version(access: WorkspaceAccess, version, user) -> bool:
    """The version's uploader (still a member) or a moderator withdraws one version."""
    if not (access.is_member and access.writable):
        return False
    return access.can_moderate or (user.pk is not None and version.uploaded_by_id == user.pk)
