"""Security-relevant account events go to the audit trail."""

from allauth.account.signals import password_changed, password_reset, user_logged_in
from allauth.mfa.signals import authenticator_added, authenticator_removed
from django.contrib.auth.signals import user_logged_out, user_login_failed
from django.dispatch import receiver

from portal.accounts.services import audit_record


@receiver(user_logged_in)
def record_sign_in(sender, request, user, **kwargs):
    audit_record(action="auth.signed_in", request=request, actor=user, target=user.email)


@receiver(user_logged_out)
def record_sign_out(sender, request, user, **kwargs):
    if user is not None:
        audit_record(action="auth.signed_out", request=request, actor=user, target=user.email)


@receiver(user_login_failed)
def record_failed_sign_in(sender, credentials, request=None, **kwargs):
    # Only the identifier is kept, never the password.
    identifier = credentials.get("email") or credentials.get("username") or ""
    audit_record(action="auth.sign_in_failed", request=request, actor=None, target=identifier)


@receiver(password_changed)
@receiver(password_reset)
def record_password_change(sender, request, user, **kwargs):
    """A new password ends every other session of the account."""
    from allauth.usersessions.models import UserSession

    audit_record(action="auth.password_changed", request=request, actor=user, target=user.email)
    current = getattr(getattr(request, "session", None), "session_key", None)
    for session in UserSession.objects.filter(user=user).exclude(session_key=current):
        session.end()


@receiver(authenticator_added)
def record_mfa_added(sender, request, authenticator, **kwargs):
    user = authenticator.user
    audit_record(action="mfa.enrolled", request=request, actor=user, target=user.email, kind=authenticator.type)


@receiver(authenticator_removed)
def record_mfa_removed(sender, request, authenticator, **kwargs):
    user = authenticator.user
    audit_record(action="mfa.removed", request=request, actor=user, target=user.email, kind=authenticator.type)
