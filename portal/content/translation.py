"""Content the secretariat writes in the four languages (django-modeltranslation, English fallback)."""

from modeltranslation.translator import TranslationOptions, register

from portal.content.models import (
    BulletinIssue,
    BulletinItem,
    BulletinSection,
    Event,
    EventDocument,
    GuidanceTopic,
    Partner,
    Resource,
)


@register(GuidanceTopic)
class GuidanceTopicTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "avoid", "recognise", "evidence", "report")
    required_languages = ("en",)


@register(Resource)
class ResourceTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ("en",)


@register(BulletinIssue)
class BulletinIssueTranslationOptions(TranslationOptions):
    fields = ("title", "introduction")
    required_languages = ("en",)


@register(BulletinSection)
class BulletinSectionTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)


@register(BulletinItem)
class BulletinItemTranslationOptions(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("en",)


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "location")
    required_languages = ("en",)


@register(EventDocument)
class EventDocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)
