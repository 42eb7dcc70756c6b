"""Writes with side effects for accounts and expert access: one function each, shared by
views, admin actions and commands."""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.accounts.models import AuditEvent, ExpertProfile, Role, User
from portal.client_ip import client_ip
from portal.emails import send_templated_email


def audit_record(*, action: str, request=None, actor=None, target="", **details) -> AuditEvent:
    """Append one event to the audit trail."""
    if actor is None and request is not None and getattr(request, "user", None) is not None:
        actor = request.user if request.user.is_authenticated else None
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        actor_label=(actor.email if actor is not None else ""),
        ip_address=client_ip(request),
        target=str(target)[:300],
        details=details,
    )


def end_all_sessions(user: User) -> int:
    """Sign the user out everywhere (every tracked session)."""
    from allauth.usersessions.models import UserSession

    sessions = list(UserSession.objects.filter(user=user))
    for session in sessions:
        session.end()
    return len(sessions)


@transaction.atomic
def expert_request_access(
    *, user: User, country, institution: str, position: str, official_email: str, reason: str, request=None
) -> ExpertProfile:
    """Create or renew a user's request for expert access."""
    profile = ExpertProfile.objects.filter(user=user).first()
    if profile is not None and profile.status in (ExpertProfile.Status.APPROVED, ExpertProfile.Status.SUSPENDED):
        raise ValueError(_("This account already has a decision on expert access."))
    if profile is None:
        profile = ExpertProfile(user=user)
    profile.country = country
    profile.institution = institution
    profile.position = position
    profile.official_email = official_email
    profile.reason = reason
    profile.status = ExpertProfile.Status.REQUESTED
    profile.decided_at = None
    profile.decided_by = None
    profile.decision_note = ""
    profile.save()
    audit_record(action="expert.requested", request=request, actor=user, target=user.email, country=country.iso2)
    return profile


def _notify_decision(profile: ExpertProfile) -> None:
    user = profile.user
    transaction.on_commit(
        lambda: send_templated_email(
            template="accounts/email/expert_decision",
            to=[user.email],
            context={"profile": profile, "user": user},
            language=user.preferred_language or None,
        )
    )


@transaction.atomic
def expert_approve(*, profile: ExpertProfile, by: User, request=None) -> ExpertProfile:
    """Approve an expert: they gain the Expert role and are told by email."""
    profile.status = ExpertProfile.Status.APPROVED
    profile.decided_at = timezone.now()
    profile.decided_by = by
    profile.save(update_fields=["status", "decided_at", "decided_by"])
    profile.user.groups.add(Group.objects.get_or_create(name=Role.EXPERT)[0])
    audit_record(action="expert.approved", request=request, actor=by, target=profile.user.email)
    _notify_decision(profile)
    return profile


@transaction.atomic
def expert_decline(*, profile: ExpertProfile, by: User, note: str = "", request=None) -> ExpertProfile:
    """Decline a request for expert access and tell the user."""
    profile.status = ExpertProfile.Status.DECLINED
    profile.decided_at = timezone.now()
    profile.decided_by = by
    profile.decision_note = note
    profile.save(update_fields=["status", "decided_at", "decided_by", "decision_note"])
    audit_record(action="expert.declined", request=request, actor=by, target=profile.user.email)
    _notify_decision(profile)
    return profile


@transaction.atomic
def expert_suspend(*, profile: ExpertProfile, by: User, note: str = "", request=None) -> ExpertProfile:
    """Suspend an approved expert: roles withdrawn, every session ended, user told by email."""
    profile.status = ExpertProfile.Status.SUSPENDED
    profile.decided_at = timezone.now()
    profile.decided_by = by
    profile.decision_note = note
    profile.save(update_fields=["status", "decided_at", "decided_by", "decision_note"])
    user = profile.user
    user.groups.remove(*Group.objects.filter(name__in=[Role.EXPERT, Role.FOCAL_POINT]))
    end_all_sessions(user)
    audit_record(action="expert.suspended", request=request, actor=by, target=user.email)
    _notify_decision(profile)
    return profile
