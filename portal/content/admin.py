"""The secretariat's screens for public content: drafts, publishing dates, preview, search, filters."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline, TranslationTabularInline

from portal.cache import bump_public_data_version
from portal.content.models import (
    BulletinIssue,
    BulletinItem,
    BulletinSection,
    ContactMessage,
    Delivery,
    Event,
    EventDocument,
    GuidanceTopic,
    Partner,
    Resource,
    Status,
    Subscriber,
)
from portal.content.services import bulletin_send, delivery_release_uncertain


class PublishableAdmin(TranslationAdmin):
    """Drafts and publishing dates; "View on site" previews a draft (staff only)."""

    list_filter = ["status", "is_sample", ("publish_at", admin.DateFieldListFilter)]
    date_hierarchy = "publish_at"
    actions = ["publish_now", "make_draft"]
    readonly_fields = ["created_at", "updated_at"]

    @admin.action(description=_("Publish the selected records now"))
    def publish_now(self, request, queryset):
        count = queryset.update(status=Status.PUBLISHED, publish_at=timezone.now())
        bump_public_data_version()  # update() sends no signals
        self.message_user(request, ngettext("%(n)d record published.", "%(n)d records published.", count) % {"n": count},
                          messages.SUCCESS)

    @admin.action(description=_("Turn the selected records back into drafts"))
    def make_draft(self, request, queryset):
        count = queryset.update(status=Status.DRAFT)
        bump_public_data_version()  # update() sends no signals
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


@admin.register(Resource)
class ResourceAdmin(PublishableAdmin):
    list_display = ["title", "kind", "country", "language", "year", "status", "publish_at", "on_site"]
    list_filter = ["kind", "language", "year", "country", *PublishableAdmin.list_filter]
    search_fields = ["title_en", "title_es", "title_pt", "title_fr", "summary_en", "slug", "symbol"]
    list_select_related = ["country"]
    prepopulated_fields = {"slug": ["title_en"]}

    @admin.action(description=_("Publish the selected records now"))
    def publish_now(self, request, queryset):
        """Only resources with a document file, an official link or (good practices) their text."""
        missing = queryset.without_document()
        if count := missing.count():
            self.message_user(request, ngettext(
                "%(n)d resource has no document file, no link to its official page and no text: it cannot be published.",
                "%(n)d resources have no document file, no link to their official page and no text: they cannot be "
                "published.", count) % {"n": count}, messages.WARNING)
        super().publish_now(request, queryset.exclude(pk__in=missing.values("pk")))


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
            level = messages.WARNING if (report.failed or report.uncertain) else messages.SUCCESS
            self.message_user(
                request,
                _("%(issue)s: %(sent)d sent now, %(already)d already sent before, %(failed)d failed (run again to "
                  "retry), %(uncertain)d of unknown outcome (check the mail log).") % {
                    "issue": issue, "sent": report.sent, "already": report.already_sent, "failed": report.failed,
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
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["issue", "subscriber", "state", "claimed_at", "sent_at", "error"]
    list_filter = ["state", "issue"]
    search_fields = ["subscriber__email"]
    list_select_related = ["issue", "subscriber"]
    readonly_fields = ["issue", "subscriber", "state", "claimed_at", "sent_at", "error"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


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
        count = queryset.filter(handled_at__isnull=True).update(handled_at=timezone.now(), handled_by=request.user)
        self.message_user(request, ngettext("%(n)d message marked as answered.", "%(n)d messages marked as answered.",
                                            count) % {"n": count}, messages.SUCCESS)
