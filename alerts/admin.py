from django.contrib import admin

from alerts.models import AlertDigest, AlertEvent, Subscription
from portal.admin_shared import ReadOnlyAdminMixin


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["email", "subject", "state", "language", "confirmed_at", "sent_until"]
    list_filter = ["state", "language"]
    search_fields = ["email", "subject"]
    readonly_fields = ["email", "user", "subject", "language", "state", "created_at", "confirmed_at", "sent_until"]

    def has_add_permission(self, request):
        return False  # people follow subjects themselves (double opt-in)


@admin.register(AlertEvent)
class AlertEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["at", "subject", "verb", "label", "restricted"]
    list_filter = ["verb", "restricted"]
    search_fields = ["subject", "label"]
    readonly_fields = ["subject", "verb", "label", "path", "restricted", "at"]


@admin.register(AlertDigest)
class AlertDigestAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["day", "email", "items", "sent_at"]
    date_hierarchy = "day"
    search_fields = ["email"]
