"""The secretariat's admin: meetings, documents, recommendations, statuses (with history),
strategies, and questionnaires (built here, sent with an action)."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from recommendations.models import (
    CybersecurityStrategy,
    ImplementationStatus,
    Meeting,
    MeetingDocument,
    Question,
    Questionnaire,
    Recommendation,
    Response,
    Section,
    Source,
)
from recommendations.services import implementation_set, questionnaire_send


@admin.register(Meeting)
class MeetingAdmin(TranslationAdmin):
    list_display = ["name", "kind", "number", "held_on", "place"]
    list_filter = ["kind"]


@admin.register(MeetingDocument)
class MeetingDocumentAdmin(TranslationAdmin):
    list_display = ["symbol", "title", "meeting", "issued_on", "language"]
    search_fields = ["symbol", "title"]


@admin.register(Recommendation)
class RecommendationAdmin(TranslationAdmin):
    list_display = ["__str__", "short_title", "topic", "addressee", "derivation"]
    list_filter = ["document", "topic", "addressee", "derivation"]
    search_fields = ["number", "short_title", "text"]
    list_select_related = ["document"]


class RecommendationListFilter(admin.RelatedFieldListFilter):
    """The recommendations, named by their document's symbol, read with their documents in one query
    (Django's own filter reads each recommendation's document apart)."""

    def field_choices(self, field, request, model_admin):
        recommendations = Recommendation.objects.select_related("document")
        if ordering := self.field_admin_ordering(field, request, model_admin):
            recommendations = recommendations.order_by(*ordering)
        return [(recommendation.pk, str(recommendation)) for recommendation in recommendations]


@admin.register(ImplementationStatus)
class ImplementationStatusAdmin(SimpleHistoryAdmin):
    list_display = ["country", "recommendation", "status", "source", "as_of"]
    list_filter = ["status", "source", ("recommendation", RecommendationListFilter)]
    list_select_related = ["country", "recommendation", "recommendation__document"]
    fields = ["recommendation", "country", "status", "evidence", "as_of"]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.base_fields["recommendation"].queryset = Recommendation.objects.tracked().select_related("document")
        return form

    def save_model(self, request, obj, form, change):
        saved = implementation_set(
            recommendation=obj.recommendation, country=obj.country, status=obj.status, evidence=obj.evidence,
            as_of=obj.as_of, by=request.user, source=Source.SECRETARIAT,
        )
        obj.pk = saved.pk


@admin.register(CybersecurityStrategy)
class CybersecurityStrategyAdmin(SimpleHistoryAdmin):
    list_display = ["country", "title", "year", "url"]
    search_fields = ["title"]


class SectionInline(TranslationTabularInline):
    model = Section
    extra = 1
    fields = ["position", "title"]
    show_change_link = True


class QuestionInline(TranslationStackedInline):
    model = Question
    extra = 1
    fields = ["position", "text", "help_text", "kind", "options", "required", "recommendation", "profile_field"]
    autocomplete_fields = ["recommendation"]


@admin.register(Questionnaire)
class QuestionnaireAdmin(TranslationAdmin):
    list_display = ["__str__", "deadline", "sent_at", "comparison_audience"]
    filter_horizontal = ["countries"]
    inlines = [SectionInline]
    readonly_fields = ["sent_at"]
    actions = ["send"]

    @admin.action(description=_("Send to the focal points of the chosen states"))
    def send(self, request, queryset):
        sent = 0
        for questionnaire in queryset:
            if questionnaire.sent_at is None:
                questionnaire_send(questionnaire=questionnaire, by=request.user)
                sent += 1
        self.message_user(request, ngettext("%(n)d questionnaire sent.", "%(n)d questionnaires sent.", sent) % {"n": sent},
                          messages.SUCCESS)


@admin.register(Section)
class SectionAdmin(TranslationAdmin):
    list_display = ["title", "questionnaire", "position"]
    inlines = [QuestionInline]


@admin.register(Response)
class ResponseAdmin(SimpleHistoryAdmin):
    list_display = ["questionnaire", "country", "status", "submitted_at", "is_late"]
    list_filter = ["status", "questionnaire"]
    readonly_fields = ["questionnaire", "country", "status", "language", "submitted_at", "submitted_by", "is_late",
                       "reviewed_at", "reviewed_by", "review_note"]

    def has_add_permission(self, request):
        return False
