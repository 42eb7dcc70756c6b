"""Restricted questionnaire pages (behind the expert gate): the list, a questionnaire's overview,
a state's answer (focal points of that state, and the secretariat), the secretariat's review,
answer files, and the comparison of answers across states."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import storages
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from portal.gate import restricted
from portal.infra.uploads import accepts_documents
from portal.models import Country, Subregion
from recommendations.forms import ResponseForm, ReviewForm
from recommendations.models import Answer, Question, Questionnaire, Response, Status
from recommendations.services import (
    can_answer,
    countries_answered_by,
    missing_answers,
    response_accept,
    response_return,
    response_save,
)
from recommendations.views.public import bad_request


def _questionnaire_or_404(user, pk) -> Questionnaire:
    return get_object_or_404(Questionnaire.objects.visible_to(user), pk=pk)


def _response_or_404(user, pk, iso2) -> Response:
    """The state's answer, for its focal points and the secretariat; 404 for anyone else."""
    questionnaire = _questionnaire_or_404(user, pk)
    country = Country.objects.by_code(iso2).first() if len(iso2) == 2 else None
    if country is None or questionnaire.sent_at is None or not can_answer(user, country):
        raise Http404
    response = Response.objects.filter(questionnaire=questionnaire, country=country).select_related(
        "questionnaire", "country", "submitted_by", "reviewed_by"
    ).first()
    if response is None:
        raise Http404
    return response


@restricted
@require_safe
def questionnaire_list(request):
    """The questionnaires this user may see, with their own country's answer where they answer one."""
    user = request.user
    questionnaires = list(
        Questionnaire.objects.visible_to(user).annotate(
            targets=Count("countries", distinct=True),
            answered=Count("responses", filter=Q(responses__status__in=[Response.State.SUBMITTED, Response.State.ACCEPTED]),
                           distinct=True),
        ).order_by("-created_at")
    )
    countries = countries_answered_by(user)
    own = {}
    if countries:
        own = {(r.questionnaire_id, r.country_id): r
               for r in Response.objects.filter(country__in=countries, questionnaire__in=questionnaires)}
    rows = [(q, [(country, own.get((q.pk, country.pk))) for country in countries]) for q in questionnaires]
    return render(request, "recommendations/questionnaire_list.html", {"rows": rows, "own_countries": countries})


@restricted
@require_safe
def questionnaire_detail(request, pk: int):
    """A questionnaire's overview: who has answered (count and per state)."""
    questionnaire = _questionnaire_or_404(request.user, pk)
    responses = list(questionnaire.responses.select_related("country").order_by("country__name"))
    answered = sum(1 for r in responses if r.status in (Response.State.SUBMITTED, Response.State.ACCEPTED))
    editable = {r.country_id for r in responses if can_answer(request.user, r.country_id)}
    return render(request, "recommendations/questionnaire_detail.html", {
        "questionnaire": questionnaire, "responses": responses, "answered": answered, "editable": editable,
        "can_compare": questionnaire.comparison_open_to(request.user),
    })


def _sections_with_fields(form, questions, answers):
    by_section = {}
    for question in questions:
        answer = answers.get(question.pk)
        by_section.setdefault(question.section, []).append(
            (question, form[f"q{question.pk}"], form[f"c{question.pk}"], answer, _display(question, answer))
        )
    return list(by_section.items())


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
@accepts_documents
def response_edit(request, pk: int, iso2: str):
    """A state's answer: save a draft, attach files, submit; then read-only (with the review for the secretariat)."""
    response = _response_or_404(request.user, pk, iso2)
    questions = list(Question.objects.filter(section__questionnaire_id=pk).select_related("section"))
    answers = {a.question_id: a for a in response.answers.all()}
    data = request.POST if request.method == "POST" else None
    form = ResponseForm(data, request.FILES or None, questions=questions, answers=answers,
                        initial={"language": response.language or request.LANGUAGE_CODE})
    status = 200
    problems = []
    if request.method == "POST":
        if not response.is_editable:
            return bad_request(request, _("This answer has been submitted and can no longer be changed."))
        if form.is_valid():
            values, comments, files = form.raw_values()
            submit = "submit" in request.POST
            try:
                response_save(response=response, by=request.user, values=values, comments=comments, files=files,
                              language=form.cleaned_data["language"], submit=submit)
            except PermissionDenied:
                raise Http404 from None
            except ValidationError as error:
                if hasattr(error, "error_dict"):
                    for question_pk, errors in error.error_dict.items():
                        form.add_error(f"q{question_pk}", errors[0].messages[0])
                else:
                    problems = error.messages
                status = 400
            else:
                messages.success(request, _("Your answers have been submitted.") if submit else _("Draft saved."))
                return redirect("recommendations:response_edit", pk, response.country.code)
        else:
            status = 400
    missing = missing_answers(response) if response.is_editable else []
    context = {
        "response": response, "questionnaire": response.questionnaire, "form": form,
        "sections": _sections_with_fields(form, questions, answers), "answers": answers, "problems": problems,
        "missing": missing, "review_form": ReviewForm() if request.user.is_secretariat else None,
    }
    return render(request, "recommendations/response_edit.html", context, status=status)


@restricted
@require_POST
def response_review(request, pk: int, iso2: str):
    """The secretariat accepts a submitted answer or returns it with a note."""
    if not request.user.is_secretariat:
        raise Http404
    response = _response_or_404(request.user, pk, iso2)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return bad_request(request, _("Choose to accept or return the answer."))
    try:
        if form.cleaned_data["decision"] == "accept":
            response_accept(response=response, by=request.user, note=form.cleaned_data["note"])
            messages.success(request, _("Answer accepted; the linked statuses have been updated."))
        else:
            response_return(response=response, by=request.user, note=form.cleaned_data["note"])
            messages.success(request, _("Answer returned to the state."))
    except ValidationError as error:
        return bad_request(request, " ".join(error.messages))
    return redirect("recommendations:questionnaire_detail", pk)


@restricted
@require_safe
def answer_file(request, pk: int, iso2: str, question_pk: int):
    """A file attached to an answer: served after the permission check, as an attachment."""
    response = _response_or_404(request.user, pk, iso2)
    answer = get_object_or_404(Answer, response=response, question_id=question_pk)
    if not answer.file:
        raise Http404
    with storages["private"].open(answer.file, "rb") as handle:
        reply = HttpResponse(handle.read(), content_type=answer.file_type or "application/octet-stream")
    reply["Content-Disposition"] = f'attachment; filename="{answer.file_name or "answer"}"'
    reply["X-Content-Type-Options"] = "nosniff"
    return reply


def _display(question, answer) -> str:
    if answer is None:
        return ""
    if question.kind == Question.Kind.CHOICES:
        return "; ".join(answer.choices)
    if question.kind == Question.Kind.FILE:
        return answer.file_name
    if question.kind == Question.Kind.YES_NO:
        return {"yes": _("Yes"), "no": _("No")}.get(answer.value, answer.value)
    if question.kind == Question.Kind.STATUS and answer.value in Status.values:
        return str(Status(answer.value).label)
    return answer.value


@restricted
@require_safe
def comparison(request, pk: int):
    """Every state's answers side by side, per question; filters question, sub-region, status; CSV."""
    questionnaire = _questionnaire_or_404(request.user, pk)
    if not questionnaire.comparison_open_to(request.user):
        raise Http404
    questions = list(Question.objects.filter(section__questionnaire=questionnaire).select_related("section"))
    question_param = (request.GET.get("question") or "").strip()
    subregion = (request.GET.get("subregion") or "").strip()
    state = (request.GET.get("status") or "").strip()
    if (question_param and not question_param.isdigit()) or (subregion and subregion not in Subregion.values) or (
        state and state not in Response.State.values
    ):
        return bad_request(request, _("Unknown filter value."))
    if question_param:
        questions = [q for q in questions if q.pk == int(question_param)]
        if not questions:
            return bad_request(request, _("Unknown question."))
    responses = questionnaire.responses.select_related("country").prefetch_related(
        Prefetch("answers", queryset=Answer.objects.all())
    ).order_by("country__name")
    if not request.user.is_secretariat:
        # Experts compare what the secretariat has accepted, not drafts or answers under review.
        responses = responses.filter(status=Response.State.ACCEPTED)
    if subregion:
        responses = responses.filter(country__subregion=subregion)
    if state:
        responses = responses.filter(status=state)
    responses = list(responses)
    total = questionnaire.countries.count()
    answered = sum(1 for r in responses if r.status in (Response.State.SUBMITTED, Response.State.ACCEPTED))
    table = []
    for question in questions:
        rows = []
        for response in responses:
            answer = next((a for a in response.answers.all() if a.question_id == question.pk), None)
            rows.append((response, _display(question, answer), answer.comment if answer else ""))
        table.append((question, rows))
    if (request.GET.get("format") or "") == "csv":
        reply = HttpResponse(content_type="text/csv; charset=utf-8")
        reply["Content-Disposition"] = f'attachment; filename="questionnaire-{questionnaire.pk}-answers.csv"'
        writer = csv.writer(reply)
        writer.writerow(["question", "country", "status", "late", "answer", "comment"])
        for question, rows in table:
            for response, value, comment in rows:
                writer.writerow([question.text, response.country_id.lower(), response.status,
                                 "yes" if response.is_late else "", value, comment])
        return reply
    all_questions = Question.objects.filter(section__questionnaire=questionnaire)
    return render(request, "recommendations/comparison.html", {
        "questionnaire": questionnaire, "table": table, "answered": answered, "total": total,
        "all_questions": all_questions, "subregions": Subregion.choices, "states": Response.State.choices,
        "selected": {"question": question_param, "subregion": subregion, "status": state},
    })


