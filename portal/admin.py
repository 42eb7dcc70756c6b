from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin

from portal.admin_shared import QuerysetListFilter, ReadOnlyAdminMixin
from portal.emails import email_retry
from portal.models import Country, OutgoingEmail, ScheduledRun


@admin.register(Country)
class CountryAdmin(TranslationAdmin):
    list_display = ["iso2", "name", "subregion"]
    list_filter = ["subregion"]
    search_fields = ["iso2", "name_en", "name_es", "name_pt", "name_fr"]
    ordering = ["name_en"]

    def has_delete_permission(self, request, obj=None):
        return False  # the 35 member states are reference data


class NeedsAttentionFilter(QuerysetListFilter):
    """Failed emails and emails left "sending" by a worker that died: what the secretariat retries."""

    title = _("needs attention")
    parameter_name = "attention"
    narrow_by = {"yes": (_("Failed or of unknown outcome"), lambda emails: emails.failed())}


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The email queue: what the worker sent, what it is still trying, what it gave up on. A
    read-only record; the "retry" action is the one change allowed."""

    list_display = ["subject", "recipients", "status", "attempts", "last_error", "created_at", "next_attempt_at",
                    "sent_at"]
    list_filter = [NeedsAttentionFilter, "status", "template"]
    search_fields = ["subject", "to"]
    date_hierarchy = "created_at"
    actions = ["retry"]
    readonly_fields = [field.name for field in OutgoingEmail._meta.fields]
    list_per_page = 50

    @admin.display(description=_("to"))
    def recipients(self, obj) -> str:
        return ", ".join(obj.to)

    def has_retry_permission(self, request):
        return request.user.has_perm("portal.change_outgoingemail")

    @admin.action(description=_("Retry the selected failed emails"), permissions=["retry"])
    def retry(self, request, queryset):
        count = email_retry(emails=list(queryset), actor=request.user)
        self.message_user(request, ngettext("%(n)d email queued again.", "%(n)d emails queued again.", count)
                          % {"n": count})


@admin.register(ScheduledRun)
class ScheduledRunAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """What the scheduler ran (portal/schedule.py), when, and what it printed."""

    list_display = ["job", "slot", "status", "started_at", "finished_at"]
    list_filter = ["status", "job"]
    readonly_fields = [field.name for field in ScheduledRun._meta.fields]
