"""Request drafts (/requests/): approved experts only, each draft visible to its author alone.

No JavaScript and no session state: every step posts to the saved draft. Nothing is sent.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from contacts.models import NationalUnit, UnitKind
from cooperation.drafting import documents
from cooperation.drafting.forms import (
    STEP_ORDER,
    STEPS,
    DifferentFields,
    DraftContext,
    bound_step,
    draft_problems,
    provision_label,
)
from cooperation.drafting.models import DRAFTABLE_MEASURES, RequestDraft
from cooperation.drafting.services import draft_create, draft_delete, draft_downloaded, draft_save
from cooperation.finder import find_channels
from cooperation.models import Measure
from legislation.models import Aspect, Provision
from portal.accounts.models import ExpertProfile
from portal.gate import restricted
from portal.models import Country


class StartForm(DifferentFields, forms.Form):
    measure = forms.ChoiceField(label=gettext_lazy("Measure"))
    requesting = forms.ChoiceField(label=gettext_lazy("Requesting state (yours)"))
    requested = forms.ChoiceField(label=gettext_lazy("Requested state (where the data is)"))
    different = (
        "requested",
        "requesting",
        gettext_lazy("Choose two different states: a request goes to another state."),
    )

    def __init__(self, *args, measures, countries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["measure"].choices = [(m.slug, m.name) for m in measures]
        states = [(c.iso2.lower(), c.name) for c in countries]
        self.fields["requesting"].choices = states
        self.fields["requested"].choices = [("", "—")] + states


def _profile(user):
    return ExpertProfile.objects.filter(user=user).first()


def _measures():
    return list(Measure.objects.filter(slug__in=DRAFTABLE_MEASURES).prefetch_related("articles"))


def _draft_or_404(request, draft_id) -> RequestDraft:
    draft = (RequestDraft.objects.of_author(request.user).filter(pk=draft_id)
             .select_related("requesting", "requested", "measure").first())
    if draft is None:
        raise Http404(_("There is no such draft among yours."))
    return draft


def _provisions(country):
    """A state's published substantive provisions with their law and Convention articles (two queries)."""
    return list(Provision.objects.published().with_law().filter(law__country=country, aspect=Aspect.SUBSTANTIVE)
                .prefetch_related("articles").order_by("law__number", "position", "id"))


def _context(request, draft) -> DraftContext:
    measure = Measure.objects.prefetch_related("articles").get(pk=draft.measure_id)
    draft.measure = measure
    answer = find_channels(requesting=draft.requesting, requested=draft.requested, measure=measure, user=request.user)
    return DraftContext(answer=answer, provisions=_provisions(draft.requesting))


def _matching_provisions(draft, context: DraftContext) -> list:
    """The requested state's provisions implementing the Convention articles of the chosen provisions
    (what a dual-criminality statement can point to)."""
    chosen = set(draft.data.get("case", {}).get("provisions") or [])
    articles = {a.pk for p in context.provisions if str(p.pk) in chosen for a in p.articles.all()}
    if not articles:
        return []
    return list(Provision.objects.published().with_law().filter(law__country=draft.requested, articles__in=articles)
                .distinct().prefetch_related("articles").order_by("law__number", "position", "id"))


def _start_form(request, data=None):
    countries = list(Country.objects.all())
    profile = _profile(request.user)
    initial = {"requesting": (request.GET.get("from") or (profile.country_id if profile else "")).lower()[:2],
               "requested": (request.GET.get("to") or "").lower()[:2],
               "measure": (request.GET.get("measure") or "preservation")[:40]}
    return StartForm(data, measures=_measures(), countries=countries, initial=initial)


def _list(request, form, status=200):
    drafts = list(RequestDraft.objects.of_author(request.user).select_related("measure", "requesting", "requested"))
    return render(request, "cooperation/requests/list.html", {
        "drafts": drafts, "form": form, "retention_days": settings.PORTAL["REQUEST_DRAFT_RETENTION_DAYS"],
    }, status=status)


@restricted
@require_safe
def request_list(request):
    """The author's drafts and the form to start one (pre-filled from the channel finder's link)."""
    return _list(request, _start_form(request))


def point_line(point) -> str:
    """A contact point on one line, for a document: name, position (unit) · email · phones · hours."""
    who = point.name + (f", {point.position}" if point.position else "") + f" ({point.unit.display_name})"
    return " · ".join(part for part in (who, point.email, *point.phones, point.hours) if part)


def _requesting_unit(units, profile, requesting):
    """The author's unit among `units` (those the author may see): the one their institution names, or (no
    institution given) their state's first unit. None when the institution is not in the directory."""
    units = list(units.filter(country=requesting).in_display_order())
    if profile and profile.institution:
        wanted = profile.institution.strip().casefold()
        return next((u for u in units if wanted in (u.name.casefold(), u.acronym.casefold(),
                                                    u.display_name.casefold())), None)
    return units[0] if units else None


def _requested_unit(units, context: DraftContext):
    """The requested state's competent authority (its fiche, as the author may see it); else, for a measure
    sent through the 24/7 network, its 24/7 point's unit; else its central authority among `units`."""
    if context.fiche and context.fiche.shown_authority:
        return context.fiche.shown_authority
    if context.rules.through_network and context.answer.network_points:
        return context.answer.network_points[0].unit
    return units.filter(country=context.answer.requested, kind=UnitKind.CENTRAL_AUTHORITY).in_display_order().first()


def _prefill(request, context: DraftContext, requesting) -> dict:
    """The first step's values from the directory: the author's unit (name and postal address) or
    institution, the requested state's competent authority and its address, both states' 24/7 points,
    the author as the follow-up contact."""
    profile = _profile(request.user)
    # The units the author may see, as on the finder and the directory: experts (the only authors) see
    # unpublished ones too, which are not advertised, not hidden from them.
    units = NationalUnit.objects.visible_to(request.user)
    unit = _requesting_unit(units, profile, requesting)
    authority = _requested_unit(units, context)
    user = request.user
    name = " ".join(part for part in (user.first_name, user.last_name) if part)
    own, theirs = context.answer.own_network_points, context.answer.network_points
    return {"parties": {
        "requesting_authority": unit.display_name if unit else (profile.institution if profile else ""),
        "requesting_address": unit.postal_address if unit else "",
        "requested_authority": authority.display_name if authority else "",
        "requested_address": authority.postal_address if authority else "",
        "requesting_network_point": point_line(own[0]) if own else "",
        "requested_network_point": point_line(theirs[0]) if theirs else "",
        "contact_name": f"{name}, {profile.position}" if profile and profile.position else name,
        "contact_email": (profile.official_email if profile and profile.official_email else user.email),
        "language": context.languages()[0][0],
    }}


@restricted
@require_POST
def request_new(request):
    form = _start_form(request, request.POST)
    if not form.is_valid():
        return _list(request, form, status=400)
    countries = {c.iso2: c for c in Country.objects.filter(
        iso2__in=[form.cleaned_data["requesting"].upper(), form.cleaned_data["requested"].upper()])}
    measure = Measure.objects.prefetch_related("articles").get(slug=form.cleaned_data["measure"])
    requesting = countries[form.cleaned_data["requesting"].upper()]
    requested = countries[form.cleaned_data["requested"].upper()]
    answer = find_channels(requesting=requesting, requested=requested, measure=measure, user=request.user)
    context = DraftContext(answer=answer, provisions=[])
    draft = draft_create(author=request.user, measure=measure, requesting=requesting, requested=requested,
                         data=_prefill(request, context, requesting))
    if not context.legal_bases():
        messages.warning(request, _("No instrument is in force between the two states for this measure, and the "
                                    "requested state's fiche does not say it accepts reciprocity."))
    return redirect("cooperation:request_step", draft_id=draft.pk, step=STEP_ORDER[0])


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def request_step(request, draft_id, step: str):
    """One step: GET shows it with the saved values; POST saves them and moves on when they are complete."""
    if step not in STEPS:
        raise Http404(_("There is no such step."))
    draft = _draft_or_404(request, draft_id)
    context = _context(request, draft)
    status = 200
    if request.method == "POST":
        form = STEPS[step](request.POST, context=context)
        draft_save(draft=draft, values={step: form.stored()})
        if form.is_valid():
            index = STEP_ORDER.index(step)
            if request.POST.get("save_only") or index + 1 == len(STEP_ORDER):
                messages.success(request, _("Draft saved."))
                if index + 1 == len(STEP_ORDER):
                    return redirect("cooperation:request_review", draft_id=draft.pk)
                return redirect("cooperation:request_step", draft_id=draft.pk, step=step)
            return redirect("cooperation:request_step", draft_id=draft.pk, step=STEP_ORDER[index + 1])
        messages.error(request, _("Saved, but this step is not complete yet: see the messages by the fields."))
        status = 400
    else:
        stored = draft.data.get(step)
        form = bound_step(step, stored, context) if stored else STEPS[step](context=context)
        if stored:
            form.is_valid()  # show what is still missing
    return render(request, "cooperation/requests/step.html", {
        "draft": draft, "dctx": context, "answer": context.answer, "form": form, "step": step,
        "matching": [provision_label(p) for p in _matching_provisions(draft, context)] if step == "basis" else [],
        "steps": [(name, STEPS[name].title) for name in STEP_ORDER], "is_last": step == STEP_ORDER[-1],
    }, status=status)


def _review(request, draft, context, status=200):
    problems = draft_problems(draft, context)
    parties = draft.data.get("parties", {})
    return render(request, "cooperation/requests/review.html", {
        "draft": draft, "dctx": context, "answer": context.answer, "problems": problems,
        "steps": [(name, STEPS[name].title) for name in STEP_ORDER],
        "step_problems": [(name, STEPS[name].title, problems.get(name, [])) for name in STEP_ORDER],
        "language": parties.get("language", ""), "second_language": parties.get("second_language", ""),
    }, status=status)


@restricted
@require_safe
def request_review(request, draft_id):
    """The draft's state, the requested state's requirements, how to send it, the checklist, the downloads."""
    draft = _draft_or_404(request, draft_id)
    return _review(request, draft, _context(request, draft))


@restricted
@require_safe
def request_download(request, draft_id, fmt: str):
    draft = _draft_or_404(request, draft_id)
    context = _context(request, draft)
    if draft_problems(draft, context):
        messages.error(request, _("The draft is not complete yet: complete the steps named below, then download."))
        return _review(request, draft, context, status=400)
    parties = draft.data["parties"]
    language, second = parties["language"], parties.get("second_language") or None
    if request.GET.get("bilingual") == "0":
        second = None
    render_document = documents.render_docx if fmt == "docx" else documents.render_pdf
    body = render_document(draft, context, language, second)
    draft_downloaded(draft=draft, fmt=fmt, language=language + (f"+{second}" if second else ""))
    response = HttpResponse(body, content_type=documents.DOCX_TYPE if fmt == "docx" else "application/pdf")
    name = f"request-{draft.measure.slug}-{draft.requested_id.lower()}-{language}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def request_delete(request, draft_id):
    draft = _draft_or_404(request, draft_id)
    if request.method == "POST":
        draft_delete(draft=draft)
        messages.success(request, _("Draft deleted."))
        return redirect("cooperation:requests")
    return render(request, "cooperation/requests/delete.html", {"draft": draft})
