"""Writes with side effects for accounts and expert access: one function each, shared by
views, admin actions and commands."""

from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from guardian.shortcuts import assign_perm, remove_perm

from portal.accounts.models import AuditEvent, ExpertProfile, Role, SecretariatSummary, User
from portal.accounts.roles import is_staff_role
from portal.dashboard import waiting_counts
from portal.emails import absolute_url, send_templated_email
from portal.infra.current_actor import current_actor
from portal.models import KEEP_COUNTRY_CURRENT, Country, CountryUserObjectPermission
from portal.scope import forget_editable_countries


def audit_record(*, action: str, actor=None, target="", **details) -> AuditEvent:
    """Append one event to the audit trail.

    The actor is `actor` when given, else the current actor (portal/infra/current_actor.py: the signed-in
    user of the request, or whom `acting_as` names; nobody in a command); the address is always
    the current one (the request's client, through the trusted proxies).
    """
    acting = current_actor()
    if actor is None:
        actor = acting.user
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        actor_label=(actor.email if actor is not None else ""),
        ip_address=acting.ip,
        target=str(target)[:300],
        details=details,
    )


def user_set_preferred_language(*, user: User, language: str) -> bool:
    """Remember the language a signed-in user last chose (emails and sign-in follow it); True if it changed.

    A preference, not a security event: no audit line. One UPDATE, no signals (the user's row is
    not public data).
    """
    if language not in dict(settings.LANGUAGES) or user.preferred_language == language:
        return False
    User.objects.filter(pk=user.pk).update(preferred_language=language)
    user.preferred_language = language
    return True


def end_all_sessions(user: User) -> int:
    """Sign the user out everywhere (every tracked session)."""
    from allauth.usersessions.models import UserSession

    sessions = list(UserSession.objects.filter(user=user))
    for session in sessions:
        session.end()
    return len(sessions)


@transaction.atomic
def user_set_roles(*, user: User, roles: Iterable[str], by: User | None) -> tuple[list[str], list[str]]:
    """Give the user exactly these portal roles; the one way roles change, audited with who changed them.

    Returns the roles added and removed. Roles outside `Role.ALL` are refused. Staff status follows
    the roles (`portal.accounts.roles.is_staff_role`: the Secretariat and Focal point roles work in the
    admin, with their group's permissions); a superuser's is left as it is.
    """
    wanted = set(roles)
    unknown = wanted - set(Role.ALL)
    if unknown:
        raise ValueError(_("Unknown role: %(roles)s.") % {"roles": ", ".join(sorted(unknown))})
    if not user.is_superuser and user.is_staff != is_staff_role(wanted):
        user.is_staff = is_staff_role(wanted)
        user.save(update_fields=["is_staff"])
    current = set(user.groups.filter(name__in=Role.ALL).values_list("name", flat=True))
    added, removed = sorted(wanted - current), sorted(current - wanted)
    if not added and not removed:
        return added, removed
    # The m2m signal's catch-all record (portal/accounts/signals.py) would only repeat this one.
    user._roles_change_audited = True
    try:
        if removed:
            user.groups.remove(*Group.objects.filter(name__in=removed))
        if added:
            user.groups.add(*(Group.objects.get_or_create(name=name)[0] for name in added))
    finally:
        del user._roles_change_audited
    audit_record(
        action="auth.roles_changed", actor=by, target=user.email, added=added, removed=removed
    )
    user.__dict__.pop("role_names", None)
    forget_editable_countries(user)
    if Role.FOCAL_POINT in added:
        _grant_own_country(user, by=by)
    if Role.FOCAL_POINT in removed:
        focal_countries_set(user=user, countries=[], by=by)
    return added, removed


# Focal points' countries ------------------------------------------------------------------
# The right to keep a country current is a django-guardian object permission on the Country
# (`portal.keep_country_current`); `Country.objects.editable_by(user)` is the rule that reads it.
# Granted on the profile's country when a user both is a focal point and has an approved (or
# suspended) expert profile; every grant withdrawn when the Focal point role is removed; deputies
# and extra countries are given by the secretariat (`focal_countries_set`, the user's admin page).
# Suspension keeps the grants, as it keeps the roles: the rule only counts an approved profile.

KEEP_COUNTRY_PERMISSION = f"portal.{KEEP_COUNTRY_CURRENT}"


def focal_country_codes(user: User) -> set[str]:
    """The countries on which `user` holds the focal point's permission, whatever their status."""
    return set(
        CountryUserObjectPermission.objects.filter(user=user, permission__codename=KEEP_COUNTRY_CURRENT)
        .values_list("content_object_id", flat=True)
    )


@transaction.atomic
def focal_countries_set(*, user: User, countries: Iterable, by: User | None) -> tuple[list[str], list[str]]:
    """Give `user` the focal point's permission on exactly these countries; audited.

    Returns the ISO codes granted and withdrawn. The permission counts only while the user is an
    active focal point with approved expert access (`Country.objects.editable_by`).
    """
    wanted = {country.iso2 for country in countries}
    current = focal_country_codes(user)
    granted, withdrawn = sorted(wanted - current), sorted(current - wanted)
    if granted:
        assign_perm(KEEP_COUNTRY_PERMISSION, user, Country.objects.filter(iso2__in=granted))
    if withdrawn:
        remove_perm(KEEP_COUNTRY_PERMISSION, user, Country.objects.filter(iso2__in=withdrawn))
    if granted or withdrawn:
        audit_record(action="focal.countries_changed", actor=by, target=user.email, granted=granted,
                     withdrawn=withdrawn)
    forget_editable_countries(user)
    return granted, withdrawn


def _grant_own_country(user: User, *, by: User | None, replacing=None) -> None:
    """A focal point with a decided expert profile holds the permission on the profile's country
    (`replacing`: the profile's previous country, whose permission moves with it)."""
    profile = ExpertProfile.objects.filter(user=user).select_related("country").first()
    if (profile is None or not user.in_role(Role.FOCAL_POINT)
            or profile.status not in (ExpertProfile.Status.APPROVED, ExpertProfile.Status.SUSPENDED)):
        return
    current = focal_country_codes(user)
    wanted = (current - {getattr(replacing, "iso2", None)}) | {profile.country_id}
    if wanted != current:
        focal_countries_set(user=user, countries=Country.objects.filter(iso2__in=wanted), by=by)


@transaction.atomic
def expert_profile_country_changed(*, profile: ExpertProfile, previous_country, by: User | None) -> None:
    """After the secretariat changes an expert's country: a focal point's permission moves with it."""
    if previous_country is not None and previous_country.pk != profile.country_id:
        _grant_own_country(profile.user, by=by, replacing=previous_country)


OFFICIAL_EMAIL_SALT = "accounts.official-email"
# How long a verification link works, and how soon the user may ask for another one.
OFFICIAL_EMAIL_LINK_MAX_AGE = 3 * 24 * 3600
OFFICIAL_EMAIL_RESEND_SECONDS = 120


class VerificationError(ValueError):
    """A verification link that is expired, altered, or for an address no longer on the request."""


def official_email_token(profile: ExpertProfile) -> str:
    """A signed, timestamped token naming the profile and the address it proves."""
    return signing.dumps({"p": profile.pk, "e": profile.official_email.lower()}, salt=OFFICIAL_EMAIL_SALT)


def official_email_link(profile: ExpertProfile, language: str | None = None) -> str:
    """The verification link, built from SITE_URL (never from the request's Host)."""
    with translation.override(language or profile.user.preferred_language or settings.LANGUAGE_CODE):
        path = reverse("accounts:verify_official_email", kwargs={"token": official_email_token(profile)})
    return settings.SITE_URL + path


@transaction.atomic
def official_email_send_link(*, profile: ExpertProfile, force: bool = False) -> ExpertProfile:
    """Send a verification link to the request's official address (after the commit).

    A user asking again within OFFICIAL_EMAIL_RESEND_SECONDS is refused, unless `force`.
    """
    profile = ExpertProfile.objects.select_for_update(of=("self",)).select_related("user").get(pk=profile.pk)
    if profile.official_email_verified:
        raise ValueError(_("Your official email address is already verified."))
    now = timezone.now()
    sent = profile.official_email_link_sent_at
    if not force and sent is not None and (now - sent).total_seconds() < OFFICIAL_EMAIL_RESEND_SECONDS:
        raise ValueError(_("A link was sent a moment ago. Please wait a few minutes before asking for another one."))
    profile.official_email_link_sent_at = now
    profile.save(update_fields=["official_email_link_sent_at"])
    user = profile.user
    language = user.preferred_language or None
    context = {"user": user, "profile": profile, "link": official_email_link(profile, language),
               "days": OFFICIAL_EMAIL_LINK_MAX_AGE // (24 * 3600)}
    to = [profile.official_email]
    transaction.on_commit(
        lambda: send_templated_email(
            template="accounts/email/official_email_verification", to=to, context=context, language=language
        )
    )
    audit_record(action="expert.official_email_link_sent", actor=user, target=user.email,
                 official_email=profile.official_email)
    return profile


def official_email_profile_for(token: str, *, for_update: bool = False) -> ExpertProfile:
    """The request a verification link is for; VerificationError if expired, altered or outdated."""
    try:
        data = signing.loads(token, salt=OFFICIAL_EMAIL_SALT, max_age=OFFICIAL_EMAIL_LINK_MAX_AGE)
    except signing.SignatureExpired as error:
        raise VerificationError(_("This link has expired. Ask for a new one on your account page.")) from error
    except signing.BadSignature as error:
        raise VerificationError(_("This link is not valid. Ask for a new one on your account page.")) from error
    profiles = ExpertProfile.objects.select_related("user")
    if for_update:
        profiles = profiles.select_for_update(of=("self",))
    profile = profiles.filter(pk=data.get("p")).first() if isinstance(data, dict) else None
    if profile is None or profile.official_email.lower() != data.get("e"):
        raise VerificationError(
            _("This link is for an address that is no longer on your request. Ask for a new one on your account page.")
        )
    return profile


@transaction.atomic
def official_email_verify(*, token: str) -> ExpertProfile:
    """Mark the official address named by a verification link as verified."""
    profile = official_email_profile_for(token, for_update=True)
    if not profile.official_email_verified:
        profile.official_email_verified_at = timezone.now()
        profile.save(update_fields=["official_email_verified_at"])
        audit_record(action="expert.official_email_verified", actor=profile.user,
                     target=profile.user.email, official_email=profile.official_email)
    return profile


@transaction.atomic
def expert_request_access(
    *, user: User, country, institution: str, position: str, official_email: str, reason: str
) -> ExpertProfile:
    """Create or renew a user's request for expert access."""
    profile = ExpertProfile.objects.filter(user=user).first()
    if profile is not None and profile.status in (ExpertProfile.Status.APPROVED, ExpertProfile.Status.SUSPENDED):
        raise ValueError(_("This account already has a decision on expert access."))
    if profile is None:
        profile = ExpertProfile(user=user)
    new_address = profile.official_email.lower() != official_email.lower()
    if new_address:
        profile.official_email_verified_at = None
        profile.official_email_link_sent_at = None
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
    audit_record(action="expert.requested", actor=user, target=user.email, country=country.iso2)
    _notify_secretariat_of_request(profile)
    if not profile.official_email_verified and (new_address or profile.official_email_link_sent_at is None):
        official_email_send_link(profile=profile, force=True)
        profile.refresh_from_db()
    return profile


def secretariat_recipients() -> list[User]:
    """The active members of the secretariat with an address: who is told what waits for them, who
    receives the contact form's messages and the experts' "outdated" flags."""
    return list(
        User.objects.filter(is_active=True, groups__name=Role.SECRETARIAT).exclude(email="").distinct()
        .order_by("email")
    )


def _notify_secretariat_of_request(profile: ExpertProfile) -> None:
    """Tell the secretariat at once (after the commit) that a request for expert access arrived."""
    user = profile.user
    link = absolute_url(reverse("admin:accounts_expertprofile_change", args=[profile.pk]))

    def notify():
        for member in secretariat_recipients():
            send_templated_email(
                template="accounts/email/access_request_waiting",
                to=[member.email],
                language=member.preferred_language or None,
                context={"profile": profile, "user": user, "recipient": member, "link": link},
            )

    transaction.on_commit(notify)


def secretariat_summary_send(*, today=None) -> SecretariatSummary | None:
    """Email the secretariat what waits for them, once a day.

    Returns the day's record when this call sent it (or found nothing waiting), None when the day
    was already handled: a second run the same day, even at the same moment, sends nothing.
    """
    today = today or timezone.localdate()
    items = waiting_counts()
    counts = {item.key: item.count for item in items}
    with transaction.atomic():
        summary, created = SecretariatSummary.objects.get_or_create(day=today, defaults={"counts": counts})
        if not created:
            return None
        recipients = secretariat_recipients() if any(counts.values()) else []
        summary.recipients = len(recipients)
        summary.save(update_fields=["recipients"])
        waiting = [{"label": item.label, "count": item.count, "link": absolute_url(item.url)}
                   for item in items if item.count]

        def send():
            for member in recipients:
                send_templated_email(
                    template="accounts/email/secretariat_summary",
                    to=[member.email],
                    language=member.preferred_language or None,
                    context={"recipient": member, "items": waiting, "day": today},
                )

        transaction.on_commit(send)
    return summary


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
def expert_approve(*, profile: ExpertProfile, by: User) -> ExpertProfile:
    """Approve an expert: they gain the Expert role (other roles, such as Focal point, are kept)
    and are told by email. Refused while the request's official address is not verified."""
    if not profile.official_email_verified:
        raise ValueError(
            _("%(user)s: the official email address %(email)s is not verified yet.")
            % {"user": profile.user, "email": profile.official_email}
        )
    profile.status = ExpertProfile.Status.APPROVED
    profile.decided_at = timezone.now()
    profile.decided_by = by
    profile.save(update_fields=["status", "decided_at", "decided_by"])
    user = profile.user
    user_set_roles(user=user, roles={*user.role_names, Role.EXPERT} & set(Role.ALL), by=by)
    _grant_own_country(user, by=by)
    forget_editable_countries(user)
    audit_record(action="expert.approved", actor=by, target=profile.user.email)
    _notify_decision(profile)
    return profile


@transaction.atomic
def expert_decline(*, profile: ExpertProfile, by: User, note: str = "") -> ExpertProfile:
    """Decline a request for expert access and tell the user."""
    profile.status = ExpertProfile.Status.DECLINED
    profile.decided_at = timezone.now()
    profile.decided_by = by
    profile.decision_note = note
    profile.save(update_fields=["status", "decided_at", "decided_by", "decision_note"])
    audit_record(action="expert.declined", actor=by, target=profile.user.email)
    _notify_decision(profile)
    return profile


@transaction.atomic
def expert_suspend(*, profile: ExpertProfile, by: User, note: str = "") -> ExpertProfile:
    """Suspend an approved expert: every session ended, user told by email.

    Roles and focal points' country permissions are kept: the gate and `Country.objects.editable_by`
    refuse a suspended profile, so a focal point
    re-approved later is a focal point again. Only `user_set_roles` changes roles.
    """
    profile.status = ExpertProfile.Status.SUSPENDED
    profile.decided_at = timezone.now()
    profile.decided_by = by
    profile.decision_note = note
    profile.save(update_fields=["status", "decided_at", "decided_by", "decision_note"])
    user = profile.user
    forget_editable_countries(user)
    end_all_sessions(user)
    audit_record(
        action="expert.suspended", actor=by, target=user.email, roles_kept=sorted(user.role_names)
    )
    _notify_decision(profile)
    return profile
