"""`user.has_perm("workspaces.<codename>", workspace)` answered from the member's role.

`Membership.role` is the one stored fact about a member's rights (docs/decisions.md); this backend
lets Django's permission API agree with `workspaces.access` without a second copy of the roles.
"""

from workspaces.access import role_permissions
from workspaces.models import Membership, Workspace


class WorkspaceRoleBackend:
    """Object permissions on a Workspace, derived from the user's membership role. Authenticates nobody."""

    def authenticate(self, request, **credentials):
        return None

    def has_perm(self, user_obj, perm: str, obj=None) -> bool:
        if not isinstance(obj, Workspace) or not user_obj.is_active or not user_obj.is_authenticated:
            return False
        app_label, _dot, codename = perm.rpartition(".")
        if app_label not in ("", Workspace._meta.app_label):
            return False
        role = Membership.objects.for_user(user_obj).filter(workspace=obj).values_list("role", flat=True).first()
        return codename in role_permissions(role)
