"""Security-relevant account events go to the audit trail."""

from allauth.account.signals import password_changed, password_reset, user_logged_in
from allauth.mfa.signals import authenticator_added, authenticator_removed
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.auth.signals import user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from portal.accounts.models import User
from portal.accounts.services import audit_record


@receiver(user_logged_in)
def record_sign_in(sender, request, user, **kwargs):
    audit_record(action="auth.signed_in", actor=user, target=user.email)


@receiver(user_logged_out)
def record_sign_out(sender, request, user, **kwargs):
    if user is not None:
        audit_record(action="auth.signed_out", actor=user, target=user.email)


@receiver(user_login_failed)
def record_failed_sign_in(sender, credentials, request=None, **kwargs):
    # Only the identifier is kept, never the password.
    identifier = credentials.get("email") or credentials.get("username") or ""
    audit_record(action="auth.sign_in_failed", actor=None, target=identifier)


@receiver(password_changed)
@receiver(password_reset)
def record_password_change(sender, request, user, **kwargs):
    """A new password ends every other session of the account."""
    from allauth.usersessions.models import UserSession

    audit_record(action="auth.password_changed", actor=user, target=user.email)
    current = getattr(getattr(request, "session", None), "session_key", None)
    for session in UserSession.objects.filter(user=user).exclude(session_key=current):
        session.end()


@receiver(authenticator_added)
def record_mfa_added(sender, request, authenticator, **kwargs):
    user = authenticator.user
    audit_record(action="mfa.enrolled", actor=user, target=user.email, kind=authenticator.type)


@receiver(authenticator_removed)
def record_mfa_removed(sender, request, authenticator, **kwargs):
    user = authenticator.user
    audit_record(action="mfa.removed", actor=user, target=user.email, kind=authenticator.type)


@receiver(m2m_changed, sender=User.groups.through)
def record_roles_changed(sender, instance, action, pk_set, **kwargs):
    """A change of a user's roles (groups) made outside `user_set_roles` (which records its own,
    with who made it): still recorded, so no change goes unseen."""
    if action not in ("post_add", "post_remove", "post_clear") or not isinstance(instance, User):
        return
    instance.__dict__.pop("role_names", None)  # User.role_names must be read again
    if getattr(instance, "_roles_change_audited", False):
        return
    from django.contrib.auth.models import Group

    names = sorted(Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
    audit_record(
        action="auth.roles_changed", actor=None, target=instance.email,
        change=action.removeprefix("post_"), roles=names,
    )


@receiver(post_save, sender=LogEntry)
def record_admin_change(sender, instance, created, **kwargs):
    """Every addition, change or deletion made in the admin."""
    if not created:
        return
    action = {ADDITION: "added", CHANGE: "changed", DELETION: "deleted"}.get(instance.action_flag, "other")
    audit_record(
        action=f"admin.{action}",
        actor=instance.user,
        target=f"{instance.content_type.app_label}.{instance.content_type.model}:{instance.object_id}",
        object=instance.object_repr[:200],
        message=instance.get_change_message()[:500],
    )
