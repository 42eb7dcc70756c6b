"""Writes with side effects in recommendations: keyword-only, atomic, audited; shared by the
admin, the questionnaire pages and the management commands."""

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import storages
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from portal.accounts.models import User
from portal.accounts.services import audit_record
from portal.models import Country
from portal.scope import can_edit_country, editable_country_codes
from recommendations.models import (
    Answer,
    CybersecurityStrategy,
    ImplementationStatus,
    Question,
    Questionnaire,
    Recommendation,
    Reminder,
    Response,
    Source,
    Status,
)
from workspaces.files import check_upload


@transaction.atomic
def implementation_set(
    *,
    recommendation: Recommendation,
    country: Country,
    status: str,
    by: User | None,
    evidence: str = "",
    source: str = Source.SECRETARIAT,
    source_note: str = "",
    as_of: date | None = None,
) -> ImplementationStatus:
    """Record a state's status on a recommendation; every change is kept in its history."""
    if source == Source.SECRETARIAT and not (by is not None and by.is_secretariat):
        raise PermissionDenied(_("Only the secretariat sets a status directly."))
    if status not in Status.values:
        raise ValidationError(_("Unknown status."))
    if not recommendation.is_tracked:
        raise ValidationError(_("This recommendation does not ask anything of states."))
    entry = ImplementationStatus.objects.select_for_update().filter(
        recommendation=recommendation, country=country
    ).first() or ImplementationStatus(recommendation=recommendation, country=country)
    entry.status = status
    entry.evidence = evidence
    entry.source = source
    entry.source_note = source_note[:300]
    entry.as_of = as_of or timezone.localdate()
    entry._history_user = by
    entry.full_clean()
    entry.save()
    audit_record(
        action="recommendation.status", actor=by, target=f"{country.iso2} {recommendation}",
        status=status, source=source,
    )
    return entry


# Questionnaires -------------------------------------------------------------------------------


def _require_secretariat(by: User | None) -> None:
    if not (by is not None and by.is_secretariat):
        raise PermissionDenied(_("Only the secretariat may do this."))


@transaction.atomic
def questionnaire_send(*, questionnaire: Questionnaire, by: User, now: datetime | None = None) -> int:
    """Send a questionnaire: each target state's focal points get an email with a link (task queue).

    Returns the number of states it goes to. Sending twice is refused.
    """
    from recommendations.tasks import email_questionnaire

    _require_secretariat(by)
    given = questionnaire
    questionnaire = Questionnaire.objects.select_for_update().get(pk=given.pk)
    if questionnaire.sent_at is not None:
        raise ValidationError(_("This questionnaire has already been sent."))
    codes = list(questionnaire.countries.values_list("iso2", flat=True))
    if not codes:
        raise ValidationError(_("Choose the states the questionnaire goes to."))
    if not Question.objects.filter(section__questionnaire=questionnaire).exists():
        raise ValidationError(_("Add at least one question before sending."))
    questionnaire.sent_at = now or timezone.now()
    questionnaire.save(update_fields=["sent_at"])
    given.sent_at = questionnaire.sent_at
    for code in codes:
        Response.objects.get_or_create(questionnaire=questionnaire, country_id=code)
        transaction.on_commit(lambda code=code: email_questionnaire.enqueue(questionnaire.pk, code, 0))
    audit_record(action="questionnaire.send", actor=by, target=str(questionnaire), states=len(codes))
    return len(codes)


def questionnaire_reminders_due(*, today: date | None = None):
    """(questionnaire, country code, days before) for every reminder due and not yet sent."""
    today = today or timezone.localdate()
    answered = {
        (qid, code)
        for qid, code in Response.objects.answered().values_list("questionnaire_id", "country_id")
    }
    sent = set(Reminder.objects.values_list("questionnaire_id", "country_id", "days_before"))
    due = []
    for questionnaire in Questionnaire.objects.sent().filter(deadline__gte=today).prefetch_related("countries"):
        # Only the latest reminder due (closest to the deadline): a state for which an earlier
        # one was missed gets one email, not two.
        days = [d for d in set(questionnaire.reminder_days) if questionnaire.deadline - timedelta(days=d) <= today]
        if not days:
            continue
        latest = min(days)
        for country in questionnaire.countries.all():
            if (questionnaire.pk, country.iso2) in answered or (questionnaire.pk, country.iso2, latest) in sent:
                continue
            due.append((questionnaire, country.iso2, latest))
    return due


def questionnaire_reminders_send(*, today: date | None = None) -> int:
    """Send every reminder that is due, each once (a Reminder row is kept per state and step)."""
    from recommendations.tasks import email_questionnaire

    count = 0
    for questionnaire, code, days in questionnaire_reminders_due(today=today):
        with transaction.atomic():
            _reminder, created = Reminder.objects.get_or_create(
                questionnaire=questionnaire, country_id=code, days_before=days
            )
            if created:
                transaction.on_commit(lambda q=questionnaire.pk, c=code, d=days: email_questionnaire.enqueue(q, c, d))
                count += 1
    return count


def can_answer(user, country) -> bool:
    """Who answers a questionnaire for a state: its focal points (`Country.objects.editable_by`),
    and the secretariat on the state's behalf; nobody else. Views and `response_save` ask this."""
    return can_edit_country(user, country)


def countries_answered_by(user) -> list[Country]:
    """The states a focal point answers for as their own, in name order: the questionnaire list's
    answer columns. The secretariat, which `can_answer` lets answer for any state, gets none there
    (a column per member state); it opens a state's answer from the questionnaire's page."""
    codes = editable_country_codes(user)
    return list(Country.objects.filter(iso2__in=codes)) if codes else []


def _clean_value(question: Question, raw) -> tuple[str, list[str]]:
    """(value, choices) from the submitted raw value; ValidationError with the reason."""
    kind = question.kind
    if kind == Question.Kind.CHOICES:
        options = question.option_list()
        chosen = [item for item in (raw or []) if item]
        unknown = [item for item in chosen if item not in options]
        if unknown:
            raise ValidationError(_("Choose among the choices offered."))
        return "", chosen
    value = ("" if raw is None else str(raw)).strip()
    if not value:
        return "", []
    if kind == Question.Kind.YES_NO and value not in ("yes", "no"):
        raise ValidationError(_("Answer yes or no."))
    if kind == Question.Kind.CHOICE and value not in question.option_list():
        raise ValidationError(_("Choose among the choices offered."))
    if kind == Question.Kind.STATUS and value not in Status.values:
        raise ValidationError(_("Choose one of the statuses."))
    if kind == Question.Kind.NUMBER:
        try:
            number = Decimal(value.replace(",", "."))
        except InvalidOperation:
            raise ValidationError(_("Enter a number.")) from None
        if not number.is_finite() or abs(number) >= Decimal("1e12"):
            raise ValidationError(_("Enter a number."))
        value = str(number)
    if kind == Question.Kind.DATE:
        try:
            value = date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            raise ValidationError(_("Enter a date as YYYY-MM-DD.")) from None
    return value, []


def missing_answers(response: Response) -> list[Question]:
    """The required questions this response leaves empty."""
    answers = {answer.question_id: answer for answer in response.answers.all()}
    questions = Question.objects.filter(section__questionnaire_id=response.questionnaire_id, required=True)
    return [q for q in questions.select_related("section") if q.pk not in answers or answers[q.pk].is_empty()]


@transaction.atomic
def response_save(
    *, response: Response, by: User, values: dict, comments: dict | None = None, files: dict | None = None,
    language: str | None = None, submit: bool = False, now: datetime | None = None,
) -> Response:
    """Save a state's answers as a draft, or submit them (every required question answered).

    `values` maps question pk to the raw value (a list for several choices); `files` to an
    uploaded file. Raises ValidationError({question pk: message}) for bad values, and
    ValidationError listing the missing questions when a submission is incomplete.
    """
    response = Response.objects.select_for_update(of=("self",)).select_related("questionnaire").get(pk=response.pk)
    if not can_answer(by, response.country_id):
        raise PermissionDenied(_("You can only answer for your own country."))
    if not response.is_editable:
        raise ValidationError(_("This answer has been submitted and can no longer be changed."))
    questions = {q.pk: q for q in Question.objects.filter(section__questionnaire_id=response.questionnaire_id)}
    existing = {answer.question_id: answer for answer in response.answers.all()}
    comments = comments or {}
    files = files or {}
    errors = {}
    for pk, question in questions.items():
        answer = existing.get(pk) or Answer(response=response, question=question)
        try:
            if question.kind == Question.Kind.FILE:
                upload = files.get(pk)
                if upload is not None:
                    checked = check_upload(upload, upload.name)
                    stored = storages["private"].save(f"questionnaires/{uuid.uuid4().hex}", upload)
                    answer.file = stored
                    answer.file_name, answer.file_type = checked.name, checked.content_type
            elif pk in values:
                answer.value, answer.choices = _clean_value(question, values[pk])
        except ValidationError as error:
            errors[pk] = error.messages[0]
            continue
        if pk in comments:
            answer.comment = str(comments[pk] or "").strip()[:4000]
        if answer.pk is None and answer.is_empty() and not answer.comment:
            continue
        answer.save()
    if errors:
        transaction.set_rollback(True)
        raise ValidationError(errors)
    if language in ("en", "es", "pt", "fr"):
        response.language = language
    if submit:
        missing = missing_answers(response)
        if missing:
            transaction.set_rollback(True)
            raise ValidationError(
                _("Answer every required question before submitting. Missing: %(questions)s")
                % {"questions": "; ".join(q.text[:120] for q in missing)},
                code="incomplete",
            )
        now = now or timezone.now()
        response.status = Response.State.SUBMITTED
        response.submitted_at = now
        response.submitted_by = by
        response.is_late = timezone.localdate(now) > response.questionnaire.deadline
    response._history_user = by
    response.save()
    audit_record(action="questionnaire.submit" if submit else "questionnaire.save", actor=by,
                 target=str(response))
    return response


@transaction.atomic
def response_return(*, response: Response, by: User, note: str, now: datetime | None = None) -> Response:
    """Send a submitted answer back to the state with a note saying what to change."""
    _require_secretariat(by)
    response = Response.objects.select_for_update().get(pk=response.pk)
    if response.status != Response.State.SUBMITTED:
        raise ValidationError(_("Only a submitted answer can be returned."))
    if not note.strip():
        raise ValidationError(_("Say what the state should change."))
    response.status = Response.State.RETURNED
    response.review_note = note.strip()[:4000]
    response.reviewed_at, response.reviewed_by = now or timezone.now(), by
    response._history_user = by
    response.save()
    audit_record(action="questionnaire.return", actor=by, target=str(response))
    return response


ANSWER_STATUSES = {"yes": Status.IMPLEMENTED, "no": Status.NOT_STARTED}


@transaction.atomic
def response_accept(*, response: Response, by: User, note: str = "", now: datetime | None = None) -> Response:
    """Accept a submitted answer; answers linked to a recommendation or a profile field update them."""
    _require_secretariat(by)
    response = Response.objects.select_for_update(of=("self",)).select_related(
        "questionnaire", "country", "submitted_by"
    ).get(pk=response.pk)
    if response.status != Response.State.SUBMITTED:
        raise ValidationError(_("Only a submitted answer can be accepted."))
    now = now or timezone.now()
    response.status = Response.State.ACCEPTED
    response.review_note = note.strip()[:4000]
    response.reviewed_at, response.reviewed_by = now, by
    response._history_user = by
    response.save()
    answered_on = timezone.localdate(response.submitted_at or now)
    with override("en"):
        # Stored once, in English: the state's focal point, not the person, is named on public pages.
        source_note = (
            f"questionnaire {response.questionnaire_id}, answered by the focal point of "
            f"{response.country.name_en} on {answered_on.isoformat()}"
        )
    strategy_fields = {}
    for answer in response.answers.select_related("question", "question__recommendation"):
        question = answer.question
        if question.recommendation_id and question.recommendation.is_tracked:
            status = answer.value if question.kind == Question.Kind.STATUS else ANSWER_STATUSES.get(answer.value)
            if status in Status.values:
                implementation_set(
                    recommendation=question.recommendation, country=response.country, status=status, by=by,
                    evidence=answer.comment, source=Source.QUESTIONNAIRE, source_note=source_note, as_of=answered_on,
                )
        if question.profile_field and (answer.value or "").strip():
            strategy_fields[question.profile_field.split(".", 1)[1]] = answer.value.strip()
    if strategy_fields:
        strategy_update(country=response.country, by=by, **strategy_fields)
    audit_record(action="questionnaire.accept", actor=by, target=str(response))
    return response


@transaction.atomic
def strategy_update(*, country: Country, by: User | None, title: str = "", year=None, url: str = "") -> CybersecurityStrategy:
    """Create or update a state's national cybersecurity strategy (history kept)."""
    strategy = CybersecurityStrategy.objects.filter(country=country).first() or CybersecurityStrategy(country=country)
    if title:
        strategy.title = title[:300]
    if year:
        try:
            strategy.year = int(Decimal(str(year)))
        except (InvalidOperation, ValueError):
            raise ValidationError(_("The year must be a number.")) from None
    if url:
        strategy.url = url[:500]
    if not strategy.title:
        strategy.title = _("National cybersecurity strategy")
    strategy.is_sample = False
    strategy._history_user = by
    strategy.full_clean()
    strategy.save()
    return strategy
