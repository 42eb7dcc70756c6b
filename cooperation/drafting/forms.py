"""The steps of a request draft, each a form validated before the draft moves on.

A step's form is bound to the draft's stored values to decide whether the draft is complete
(`draft_problems`): a document is generated only when every step validates.
"""

import dataclasses
import ipaddress
import re
import zoneinfo
from dataclasses import dataclass
from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import DomainNameValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cooperation.drafting.measures import MeasureRules, rules_for
from cooperation.models import Answer, LegalBasis

DOCUMENT_LANGUAGES = [("en", _("English")), ("es", _("Spanish")), ("pt", _("Portuguese")), ("fr", _("French"))]
CATEGORIES = [("subscriber", _("Subscriber information")), ("traffic", _("Traffic data")), ("content", _("Content data"))]
RECIPROCITY = "reciprocity"
MAX_LINES = 50
SEPARATORS = re.compile(r"[\s,;]+")


class DifferentFields:
    """A form that refuses the same value in two fields: `different = (field, other, message)`, the
    message going on `field` when it is filled in with the value of `other`."""

    different: tuple[str, str, str]

    def clean(self):
        data = super().clean()
        field, other, message = self.different
        if data.get(field) and data.get(field) == data.get(other):
            self.add_error(field, message)
        return data


@dataclass
class DraftContext:
    """What the steps need to know about the pair of states: the finder's answer, and the requesting
    state's published substantive provisions (the offences' national provisions), articles prefetched."""

    answer: object  # cooperation.finder.FinderAnswer
    provisions: list = dataclasses.field(default_factory=list)  # legislation.Provision, law and articles loaded

    @property
    def fiche(self):
        return self.answer.fiche

    @property
    def measure(self):
        return self.answer.measure

    @property
    def rules(self) -> MeasureRules:
        return rules_for(self.measure.slug)

    def provision_choices(self) -> list[tuple[str, str]]:
        """Each provision with its law and the Convention articles it implements."""
        return [(str(p.pk), provision_label(p)) for p in self.provisions]

    def languages(self) -> list[tuple[str, str]]:
        """The document languages the requested state accepts (all four when its fiche does not say)."""
        accepted = set(self.fiche.languages) if self.fiche else set()
        known = [(code, label) for code, label in DOCUMENT_LANGUAGES if code in accepted]
        return known or DOCUMENT_LANGUAGES

    def legal_bases(self) -> list[tuple[str, str]]:
        """The instruments in force between the two states for the measure; reciprocity when none is
        and the requested state's fiche accepts it."""
        choices = [(link.instrument, link.label) for link in self.answer.instruments_in_force]
        if not choices and self.reciprocity_allowed():
            choices.append((RECIPROCITY, str(_("Reciprocity (no instrument in force between the two states)"))))
        return choices

    def reciprocity_allowed(self) -> bool:
        return bool(self.fiche and self.fiche.legal_basis in (LegalBasis.RECIPROCITY, LegalBasis.NONE))

    def dual_criminality_required(self) -> bool:
        return bool(self.fiche and self.fiche.dual_criminality == Answer.YES)

    def signature_required(self) -> bool:
        return bool(self.fiche and self.fiche.signature_required == Answer.YES)


def article_refs(provision) -> str:
    """“Budapest art. 2, 3 · UN art. 7”: the Convention articles a provision implements (prefetched)."""
    from legislation.models import INSTRUMENT_SHORT

    by_instrument: dict[str, list[int]] = {}
    for article in sorted(provision.articles.all(), key=lambda a: (a.instrument, a.number)):
        by_instrument.setdefault(article.instrument, []).append(article.number)
    return " · ".join(f"{INSTRUMENT_SHORT.get(instrument, instrument)} art. {', '.join(map(str, numbers))}"
                      for instrument, numbers in by_instrument.items())


def provision_label(provision) -> str:
    heading = f" {provision.heading}" if provision.heading else ""
    refs = article_refs(provision)
    return f"{provision.law.number}, {provision.number}{heading}" + (f" ({refs})" if refs else "")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _too_many(lines: list[str]) -> None:
    if len(lines) > MAX_LINES:
        raise ValidationError(_("At most %(count)d lines, one identifier per line.") % {"count": MAX_LINES})


class StepForm(forms.Form):
    """A step: its title, and the draft context it validates against."""

    title = ""

    def __init__(self, *args, context: DraftContext, **kwargs):
        self.context = context
        super().__init__(*args, **kwargs)

    def stored(self) -> dict:
        """The values to keep in the draft: the raw strings, so the step can be validated again."""
        values = {}
        for name, field in self.fields.items():
            value = self.data.getlist(name) if hasattr(self.data, "getlist") and isinstance(
                field, forms.MultipleChoiceField) else self.data.get(name, "")
            values[name] = value if value is not None else ""
        return values


class PartiesForm(DifferentFields, StepForm):
    title = _("States and authorities")
    different = ("second_language", "language", _("Choose a second language different from the request's language."))

    requesting_authority = forms.CharField(label=_("Requesting authority"), max_length=300)
    requesting_address = forms.CharField(label=_("Its address"), max_length=500, required=False,
                                         widget=forms.Textarea(attrs={"rows": 2}))
    requested_authority = forms.CharField(label=_("Requested authority"), max_length=300)
    requested_address = forms.CharField(label=_("Its address"), max_length=500, required=False,
                                        widget=forms.Textarea(attrs={"rows": 2}))
    requesting_network_point = forms.CharField(
        label=_("Your state's 24/7 point"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("From the directory: who answers out of hours for your state (24/7 network)."),
    )
    requested_network_point = forms.CharField(
        label=_("The requested state's 24/7 point"), max_length=500, required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    contact_name = forms.CharField(label=_("Contact for follow-up: name and position"), max_length=200)
    contact_email = forms.EmailField(label=_("Contact email"), max_length=254)
    contact_phone = forms.CharField(label=_("Contact phone (with country code)"), max_length=40, required=False)
    language = forms.ChoiceField(label=_("Language of the request"), choices=DOCUMENT_LANGUAGES)
    second_language = forms.ChoiceField(
        label=_("Bilingual: the requesting authority's language beside it"), required=False,
        choices=[("", _("No, one language"))] + DOCUMENT_LANGUAGES,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = self.context.languages()
        if self.context.rules.to_provider:
            # The order goes to the provider (data step); the authority of its state is notified.
            self.fields["requested_authority"].label = _("Authority of the provider's state (to be notified)")
            self.fields["requested_authority"].required = False

    def clean_contact_phone(self):
        phone = self.cleaned_data["contact_phone"].strip()
        if phone and not re.fullmatch(r"\+?[0-9 ()./-]{6,40}", phone):
            raise ValidationError(_("Write the phone number with digits, spaces and an optional leading +."))
        return phone


class CaseForm(StepForm):
    title = _("The case")

    reference = forms.CharField(label=_("Case reference"), max_length=100)
    offences = forms.CharField(
        label=_("Offences"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line, as your law names them, e.g. “Illegal access to a computer system”."),
    )
    provisions = forms.MultipleChoiceField(
        label=_("National provisions (and the matching Convention articles)"), required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"data-filter-label": _("Filter the provisions")}),
        help_text=_("Your state's provisions in the portal's law database, with the Convention articles they "
                    "implement. Choose those that make the conduct an offence."),
    )
    facts = forms.CharField(label=_("Summary of the facts"), max_length=5000, min_length=40,
                            widget=forms.Textarea(attrs={"rows": 8}),
                            help_text=_("Who, what, when, where, and how the data sought relates to the offence."))
    urgent = forms.BooleanField(label=_("Urgent"), required=False)
    urgency_reason = forms.CharField(label=_("Why it is urgent (or why the data must be preserved)"), max_length=1000,
                                     required=False, widget=forms.Textarea(attrs={"rows": 3}))
    confidential = forms.BooleanField(label=_("Ask that the request be kept confidential"), required=False)
    confidentiality_note = forms.CharField(label=_("Confidentiality: what must not be disclosed"), max_length=1000,
                                           required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["provisions"].choices = self.context.provision_choices()
        if not self.fields["provisions"].choices:
            self.fields["provisions"].help_text = _("The portal has no provisions of your state yet: name the "
                                                    "provisions with the offences above.")

    def clean(self):
        data = super().clean()
        rules = self.context.rules
        reason = data.get("urgency_reason", "").strip()
        if not data.get("offences", "").strip() and not data.get("provisions") and "provisions" not in self.errors:
            self.add_error("offences", _("Name the offences: describe them, or choose the national provisions."))
        if rules.urgent_required and not data.get("urgent"):
            self.add_error("urgent", _("This measure is for emergencies: mark the request as urgent."))
        if data.get("urgent") and not reason and not rules.reason_message:
            self.add_error("urgency_reason", _("An urgent request says why it is urgent."))
        if rules.reason_message and not reason:
            self.add_error("urgency_reason", rules.reason_message)
        return data


def parse_ip_line(line: str) -> dict:
    """“address timestamp time-zone” → a dict, or a ValidationError naming what is missing."""
    parts = SEPARATORS.split(line.strip())
    try:
        address = ipaddress.ip_address(parts[0])
    except ValueError:
        raise ValidationError(_("“%(value)s” is not an IPv4 or IPv6 address.") % {"value": parts[0][:60]}) from None
    if len(parts) < 3:
        raise ValidationError(_("The IP address %(ip)s needs a timestamp and a time zone, "
                                "e.g. “%(ip)s 2026-03-01T14:05:00 America/Sao_Paulo”: providers assign addresses "
                                "for a time.") % {"ip": address})
    if len(parts) > 3:
        raise ValidationError(_("Write one IP address per line: address, timestamp, time zone."))
    try:
        moment = datetime.fromisoformat(parts[1])
    except ValueError:
        raise ValidationError(_("“%(value)s” is not a timestamp: write it as 2026-03-01T14:05:00.")
                              % {"value": parts[1][:40]}) from None
    try:
        zone = zoneinfo.ZoneInfo(parts[2])
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(_("“%(value)s” is not a time zone: write it as UTC or as a region, "
                                "e.g. America/Mexico_City.") % {"value": parts[2][:60]}) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    if moment > timezone.now():
        raise ValidationError(_("The timestamp of %(ip)s is in the future.") % {"ip": address})
    return {"ip": str(address), "timestamp": moment.replace(tzinfo=None).isoformat(), "zone": parts[2]}


class DataForm(StepForm):
    title = _("Data sought")

    accounts = forms.CharField(label=_("Accounts (user names, email addresses, telephone numbers)"), required=False,
                               max_length=4000, widget=forms.Textarea(attrs={"rows": 3}), help_text=_("One per line."))
    ip_addresses = forms.CharField(
        label=_("IP addresses, each with its timestamp and time zone"), required=False, max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line: address, timestamp, time zone, e.g. “203.0.113.7 2026-03-01T14:05:00 UTC”."),
    )
    domains = forms.CharField(label=_("Domain names"), required=False, max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 2}), help_text=_("One per line."))
    provider = forms.CharField(label=_("Service provider"), max_length=200)
    provider_location = forms.CharField(label=_("Where the provider is established"), max_length=200)
    period_from = forms.DateField(label=_("Period: from"), required=False, help_text=_("YYYY-MM-DD"))
    period_to = forms.DateField(label=_("Period: to"), required=False, help_text=_("YYYY-MM-DD"))
    categories = forms.MultipleChoiceField(label=_("Categories of data"), choices=CATEGORIES,
                                           widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        rules = self.context.rules
        self.fields["categories"].choices = [(c, label) for c, label in CATEGORIES if c in rules.categories]
        if len(rules.categories) == 1:
            self.fields["categories"].initial = list(rules.categories)
        if rules.period_ahead:
            self.fields["period_from"].label = _("Period of collection: from")
            self.fields["period_to"].label = _("Period of collection: to")

    def clean_accounts(self):
        lines = _lines(self.cleaned_data["accounts"])
        _too_many(lines)
        for line in lines:
            if len(line) > 200:
                raise ValidationError(_("An account identifier is at most 200 characters."))
        return "\n".join(lines)

    def clean_ip_addresses(self):
        lines = _lines(self.cleaned_data["ip_addresses"])
        _too_many(lines)
        errors = []
        for number, line in enumerate(lines, start=1):
            try:
                parse_ip_line(line)
            except ValidationError as error:
                errors.append(ValidationError(_("Line %(number)d: %(error)s") % {
                    "number": number, "error": " ".join(error.messages)}))
        if errors:
            raise ValidationError(errors)
        return "\n".join(lines)

    def clean_domains(self):
        lines = _lines(self.cleaned_data["domains"])
        _too_many(lines)
        validator = DomainNameValidator(accept_idna=True)
        for line in lines:
            try:
                validator(line.rstrip("."))
            except ValidationError:
                raise ValidationError(_("“%(value)s” is not a domain name (e.g. example.com).")
                                      % {"value": line[:80]}) from None
        return "\n".join(lines)

    def clean(self):
        data = super().clean()
        if not any(data.get(name) for name in ("accounts", "ip_addresses", "domains")) and not self.errors:
            raise ValidationError(_("Name at least one identifier: an account, an IP address or a domain."))
        rules = self.context.rules
        start, end = data.get("period_from"), data.get("period_to")
        missing_period = "period_from" not in self.errors and "period_to" not in self.errors and (not start or not end)
        if rules.period_required and missing_period:
            if rules.period_ahead:
                self.add_error("period_from", _("State the period of the collection (from and to)."))
            elif self.context.measure.slug == "preservation":
                self.add_error("period_from", _("A preservation request states the period of the data to preserve "
                                                "(from and to)."))
            else:
                self.add_error("period_from", _("State the period of the data sought (from and to)."))
        if start and end and start > end:
            self.add_error("period_to", _("The end of the period comes after its start."))
        if rules.period_ahead:
            if end and end < timezone.localdate():
                self.add_error("period_to", _("A collection period cannot end in the past."))
        elif start and start > timezone.localdate():
            self.add_error("period_from", _("The period cannot start in the future."))
        chosen = data.get("categories") or []
        if rules.required_category and chosen and rules.required_category not in chosen:
            self.add_error("categories", rules.category_message)
        return data


class BasisForm(StepForm):
    title = _("Legal basis and requirements")

    legal_basis = forms.ChoiceField(label=_("Legal basis"), widget=forms.RadioSelect, required=False)
    dual_criminality = forms.CharField(
        label=_("Dual criminality statement"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Why the conduct is also an offence in the requested state, when it requires it."),
    )
    signed_by = forms.CharField(label=_("Who signs: name and position"), max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_basis"].choices = self.context.legal_bases()

    def clean(self):
        data = super().clean()
        choices = self.fields["legal_basis"].choices
        if not data.get("legal_basis") and "legal_basis" not in self.errors:
            if not choices:
                self.add_error("legal_basis", _("No instrument is in force between the two states for this measure "
                                                "and the requested state's fiche does not say it accepts reciprocity: "
                                                "ask its central authority which legal basis it accepts."))
            elif self.context.measure.slug == "stored-content":
                self.add_error("legal_basis", _("A request for stored content names the legal basis the requested "
                                                "state requires: choose the instrument in force."))
            else:
                self.add_error("legal_basis", _("Choose the legal basis of the request."))
        if self.context.dual_criminality_required() and not data.get("dual_criminality", "").strip():
            self.add_error("dual_criminality", _("The requested state requires dual criminality: say why the conduct "
                                                 "is an offence under its law too."))
        return data


STEPS = {"parties": PartiesForm, "case": CaseForm, "data": DataForm, "basis": BasisForm}
STEP_ORDER = list(STEPS)


def bound_step(step: str, values: dict, context: DraftContext) -> StepForm:
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for key, value in values.items():
        if isinstance(value, list):
            data.setlist(key, value)
        elif isinstance(value, bool):
            if value:
                data[key] = "on"
        else:
            data[key] = value
    return STEPS[step](data, context=context)


def draft_problems(draft, context: DraftContext) -> dict[str, list[str]]:
    """Step → the messages that keep the draft from being complete (empty: complete)."""
    problems = {}
    for step in STEP_ORDER:
        form = bound_step(step, draft.data.get(step, {}), context)
        if not form.is_valid():
            problems[step] = [f"{form.fields[name].label if name in form.fields else form.title}: {message}"
                              for name, messages in form.errors.items() for message in messages]
    return problems
