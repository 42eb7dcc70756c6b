"""Interface text of recommendations and questionnaires in the four languages (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from recommendations.models import Meeting, MeetingDocument, Question, Questionnaire, Recommendation, Section


@register(Meeting)
class MeetingTranslationOptions(TranslationOptions):
    fields = ("name", "place")


@register(MeetingDocument)
class MeetingDocumentTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Recommendation)
class RecommendationTranslationOptions(TranslationOptions):
    fields = ("short_title",)


@register(Questionnaire)
class QuestionnaireTranslationOptions(TranslationOptions):
    fields = ("title", "introduction")


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("text", "help_text", "options")
