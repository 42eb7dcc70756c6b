"""The secretariat's screens for public content: drafts, publishing dates, preview, search, filters."""

import hashlib

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline, TranslationTabularInline

from portal.admin_shared import ReadOnlyAdminMixin
from portal.content.models import (
    BulletinIssue,
    BulletinItem,
    BulletinSection,
    ContactMessage,
    Delivery,
    Event,
    EventDocument,
    GoodPracticeReview,
    GuidanceTopic,
    Partner,
    Resource,
    Subscriber,
)
from portal.content.personal_data import Finding
from portal.content.services import (
    bulletin_send,
    contact_messages_mark_answered,
    content_make_draft,
    content_publish_now,
    delivery_release_uncertain,
    resource_good_practice_publish,
    resource_mark_not_personal,
)


class PublishableAdmin(TranslationAdmin):
    """Drafts and publishing dates; "View on site" previews a draft (staff only)."""

    list_filter = ["status", "is_sample", ("publish_at", admin.DateFieldListFilter)]
    date_hierarchy = "publish_at"
    actions = ["publish_now", "make_draft"]
    readonly_fields = ["created_at", "updated_at"]

    @admin.action(description=_("Publish the selected records now"))
    def publish_now(self, request, queryset):
        count = content_publish_now(records=queryset, by=request.user)
        self.message_user(request, ngettext("%(n)d record published.", "%(n)d records published.", count) % {"n": count},
                          messages.SUCCESS)

    @admin.action(description=_("Turn the selected records back into drafts"))
    def make_draft(self, request, queryset):
        count = content_make_draft(records=queryset, by=request.user)
        self.message_user(request, ngettext("%(n)d record is a draft again.", "%(n)d records are drafts again.", count)
                          % {"n": count}, messages.SUCCESS)

    @admin.display(boolean=True, description=_("on the site"))
    def on_site(self, obj):
        return obj.is_public


@admin.register(GuidanceTopic)
class GuidanceTopicAdmin(PublishableAdmin):
    list_display = ["title", "slug", "status", "publish_at", "on_site", "order"]
    list_editable = ["order"]
    search_fields = ["title_en", "title_es", "title_pt", "title_fr", "slug", "summary_en"]
    prepopulated_fields = {"slug": ["title_en"]}


def _finding_value(finding: Finding) -> str:
    return hashlib.sha256("\x1f".join(finding.key).encode()).hexdigest()[:20]


def _finding_label(finding: Finding) -> str:
    return _("%(field)s, characters %(start)d–%(end)d, %(kind)s: “%(text)s”") % {
        "field": finding.field, "start": finding.start, "end": finding.end, "kind": finding.kind_label,
        "text": finding.text,
    }


class ResourceAdminForm(forms.ModelForm):
    """The resource form; a good practice in review also lists the detector's open findings to mark."""

    not_personal = forms.MultipleChoiceField(
        label=_("mark as not personal"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick only what is surely not personal data; each mark is recorded in the audit trail with "
                    "your name. Anything else: edit the text above, then save to check again."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        review = getattr(self.instance, "review", None) if self.instance.pk else None
        # Findings of the text as it was shown: a mark holds for that text, kind and field only.
        self.open_findings = {}
        if review is not None:
            self.open_findings = {_finding_value(f): f for f in review.open_findings() if f.acceptable}
        if "not_personal" in self.fields:
            self.fields["not_personal"].choices = [(value, _finding_label(f)) for value, f in self.open_findings.items()]

    def _post_clean(self):
        super()._post_clean()
        review = getattr(self.instance, "review", None) if self.instance.pk else None
        if review is None or self.instance.review_pending:
            return
        # A checked and published good practice: an edit may not bring personal data back on the site.
        remaining = review.open_findings(self.instance)
        if remaining:
            self.add_error(None, _(
                "The changed text holds suspected personal data (%(items)s). Edit it away, or turn the record "
                "back into a draft to check it again before publishing."
            ) % {"items": "; ".join(_finding_label(f) for f in remaining)})


@admin.register(Resource)
class ResourceAdmin(PublishableAdmin):
    """Good practices drafted from a workspace (personal data check pending) are published only
    through `resource_good_practice_publish`: the status field and the bulk action cannot."""

    form = ResourceAdminForm
    list_display = ["title", "kind", "country", "language", "year", "status", "publish_at", "on_site", "in_review"]
    list_filter = ["kind", "language", "year", "country", "review_pending", *PublishableAdmin.list_filter]
    search_fields = ["title_en", "title_es", "title_pt", "title_fr", "summary_en", "slug", "symbol"]
    list_select_related = ["country"]
    prepopulated_fields = {"slug": ["title_en"]}
    actions = [*PublishableAdmin.actions, "publish_checked_good_practices"]

    @admin.display(boolean=True, description=_("personal data check pending"), ordering="review_pending")
    def in_review(self, obj):
        return obj.review_pending

    def _has_review(self, obj) -> bool:
        return obj is not None and GoodPracticeReview.objects.filter(resource=obj).exists()

    def get_fields(self, request, obj=None):
        fields = [name for name in super().get_fields(request, obj) if name not in ("not_personal", "personal_data")]
        if self._has_review(obj):
            fields = ["personal_data", *(["not_personal"] if obj.review_pending else []), *fields]
        return fields

    def get_readonly_fields(self, request, obj=None):
        readonly = [*super().get_readonly_fields(request, obj)]
        if self._has_review(obj):
            readonly.append("personal_data")
        if obj is not None and obj.review_pending:
            readonly.append("status")
        return readonly

    @admin.display(description=_("personal data check"))
    def personal_data(self, obj):
        review = obj.review
        findings = review.findings()
        accepted = {(a.field, a.kind, a.text): a for a in review.accepted.select_related("accepted_by")}
        if not findings:
            return _("The detector finds no suspected personal data.")
        rows = []
        for finding in findings:
            mark = accepted.get(finding.key) if finding.acceptable else None
            state = (
                _("marked not personal by %(who)s on %(when)s") % {
                    "who": mark.accepted_by.email if mark.accepted_by else "—",
                    "when": date_format(timezone.localtime(mark.accepted_at), "DATETIME_FORMAT")}
                if mark else _("open")
            )
            rows.append((finding.field, finding.start, finding.end, finding.kind_label, finding.text, state))
        return format_html(
            '<table class="personal-data"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>'
            "</thead><tbody>{}</tbody></table>",
            _("field"), _("characters"), _("kind"), _("text"), _("state"),
            format_html_join("", "<tr><td>{}</td><td>{}–{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", rows),
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        findings = getattr(form, "open_findings", {})
        for value in form.cleaned_data.get("not_personal") or []:
            finding = findings.get(value)
            if finding is None:
                continue
            try:
                resource_mark_not_personal(resource=obj, field=finding.field, kind=finding.kind, text=finding.text,
                                           by=request.user)
            except ValidationError as error:
                self.message_user(request, f"{finding.text}: {' '.join(error.messages)}", messages.WARNING)

    def response_change(self, request, obj):
        if "_publish_good_practice" in request.POST:
            try:
                resource_good_practice_publish(resource=obj, by=request.user)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
                return HttpResponseRedirect(request.path)
            self.message_user(request, _("The good practice is published."), messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:content_resource_changelist"))
        return super().response_change(request, obj)

    @admin.action(description=_("Publish the selected records now"))
    def publish_now(self, request, queryset):
        """Only resources with a document file, an official link or (good practices) their text, and
        never a good practice whose personal data check is pending."""
        missing = queryset.without_document()
        if count := missing.count():
            self.message_user(request, ngettext(
                "%(n)d resource has no document file, no link to its official page and no text: it cannot be published.",
                "%(n)d resources have no document file, no link to their official page and no text: they cannot be "
                "published.", count) % {"n": count}, messages.WARNING)
        pending = queryset.exclude(pk__in=missing.values("pk")).filter(review_pending=True).count()
        if pending:
            self.message_user(
                request,
                ngettext(
                    "%(n)d good practice awaits its personal data check: publish it from its page.",
                    "%(n)d good practices await their personal data check: publish them from their pages.",
                    pending,
                ) % {"n": pending},
                messages.WARNING,
            )
        super().publish_now(request, queryset)  # content_publish_now leaves both kinds as drafts

    @admin.action(description=_("Publish the selected good practices whose personal data check is complete"))
    def publish_checked_good_practices(self, request, queryset):
        for resource in queryset.filter(review_pending=True):
            try:
                resource_good_practice_publish(resource=resource, by=request.user)
            except ValidationError as error:
                self.message_user(request, f"{resource}: {' '.join(error.messages)}", messages.ERROR)
            else:
                self.message_user(request, _("%(title)s is published.") % {"title": resource}, messages.SUCCESS)


class BulletinSectionInline(TranslationTabularInline):
    model = BulletinSection
    extra = 0
    fields = ["title", "order"]
    show_change_link = True


@admin.register(BulletinIssue)
class BulletinIssueAdmin(PublishableAdmin):
    list_display = ["number", "title", "issue_date", "status", "publish_at", "on_site", "sent_count"]
    search_fields = ["title_en", "title_es", "title_pt", "title_fr", "=number"]
    inlines = [BulletinSectionInline]
    actions = [*PublishableAdmin.actions, "send_to_subscribers", "release_uncertain"]

    def get_queryset(self, request):
        from django.db.models import Count, Q

        return super().get_queryset(request).annotate(
            sent=Count("deliveries", filter=Q(deliveries__state=Delivery.State.SENT))
        )

    @admin.display(description=_("sent to"), ordering="sent")
    def sent_count(self, obj):
        return obj.sent

    @admin.action(description=_("Email the selected issues to subscribers (never twice to an address)"))
    def send_to_subscribers(self, request, queryset):
        for issue in queryset.order_by("number"):
            try:
                report = bulletin_send(issue=issue)
            except ValidationError as error:
                self.message_user(request, f"{issue}: {' '.join(error.messages)}", messages.ERROR)
                continue
            level = messages.WARNING if report.uncertain else messages.SUCCESS
            self.message_user(
                request,
                _("%(issue)s: %(queued)d queued for sending now, %(already)d already sent before, %(uncertain)d of "
                  "unknown outcome (check the mail log). Failed emails are listed under Outgoing emails.") % {
                    "issue": issue, "queued": report.queued, "already": report.already_sent,
                    "uncertain": report.uncertain},
                level,
            )

    @admin.action(description=_("Allow deliveries of unknown outcome to be retried (after checking the mail log)"))
    def release_uncertain(self, request, queryset):
        total = sum(delivery_release_uncertain(issue=issue, by=request.user) for issue in queryset)
        self.message_user(request, _("%(n)d deliveries can be retried.") % {"n": total}, messages.SUCCESS)


class BulletinItemInline(TranslationStackedInline):
    model = BulletinItem
    extra = 0
    fields = ["title", "body", "link", "order"]


@admin.register(BulletinSection)
class BulletinSectionAdmin(TranslationAdmin):
    list_display = ["title", "issue", "order"]
    list_filter = ["issue"]
    list_select_related = ["issue"]
    search_fields = ["title_en", "title_es", "items__title_en"]
    inlines = [BulletinItemInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Inline saves can skip save() on unchanged rows; keep every item's vector current.
        BulletinItem.objects.filter(section=form.instance).refresh_search_vector()


class EventDocumentInline(TranslationTabularInline):
    model = EventDocument
    extra = 0
    fields = ["title", "file", "url", "order"]


@admin.register(Event)
class EventAdmin(PublishableAdmin):
    list_display = ["title", "kind", "starts_at", "location", "status", "publish_at", "on_site"]
    list_filter = ["kind", ("starts_at", admin.DateFieldListFilter), *PublishableAdmin.list_filter]
    search_fields = ["title_en", "title_es", "title_pt", "title_fr", "location_en", "slug"]
    prepopulated_fields = {"slug": ["title_en"]}
    inlines = [EventDocumentInline]


@admin.register(Partner)
class PartnerAdmin(PublishableAdmin):
    list_display = ["name", "acronym", "kind", "website", "status", "on_site", "order"]
    list_filter = ["kind", *PublishableAdmin.list_filter]
    list_editable = ["order"]
    search_fields = ["name_en", "name_es", "acronym", "website"]
    date_hierarchy = None


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "state", "language", "created_at", "confirmed_at", "unsubscribed_at"]
    list_filter = ["state", "language"]
    search_fields = ["email"]
    readonly_fields = ["state", "created_at", "confirmed_at", "unsubscribed_at"]
    fields = ["email", "language", "state", "created_at", "confirmed_at", "unsubscribed_at"]

    def has_add_permission(self, request):
        # Addresses join only through double opt-in, never typed in by someone else.
        return False


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["issue", "subscriber", "state", "claimed_at", "sent_at", "error"]
    list_filter = ["state", "issue"]
    search_fields = ["subscriber__email"]
    list_select_related = ["issue", "subscriber"]
    readonly_fields = ["issue", "subscriber", "state", "claimed_at", "sent_at", "error"]


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    """Messages from the contact form: read, answered by email, marked as answered."""

    list_display = ["created_at", "name", "email", "topic", "language", "handled_at"]
    list_filter = ["topic", "language", ("handled_at", admin.EmptyFieldListFilter), "created_at"]
    search_fields = ["name", "email", "message"]
    date_hierarchy = "created_at"
    readonly_fields = ["name", "email", "topic", "message", "language", "created_at", "handled_at", "handled_by"]
    actions = ["mark_answered"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Mark the selected messages as answered"))
    def mark_answered(self, request, queryset):
        count = contact_messages_mark_answered(contact_messages=queryset, by=request.user)
        self.message_user(request, ngettext("%(n)d message marked as answered.", "%(n)d messages marked as answered.",
                                            count) % {"n": count}, messages.SUCCESS)
