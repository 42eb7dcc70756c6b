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


class EnglishRequired(TranslationOptions):
    """Content in four languages whose English text is required (the fallback of the others)."""

    required_languages = ("en",)


@register(GuidanceTopic)
class GuidanceTopicTranslationOptions(EnglishRequired):
    fields = ("title", "summary", "avoid", "recognise", "evidence", "report")


@register(Resource)
class ResourceTranslationOptions(EnglishRequired):
    fields = ("title", "summary", "body")


@register(BulletinIssue)
class BulletinIssueTranslationOptions(EnglishRequired):
    fields = ("title", "introduction")


@register(BulletinSection)
class BulletinSectionTranslationOptions(EnglishRequired):
    fields = ("title",)


@register(BulletinItem)
class BulletinItemTranslationOptions(EnglishRequired):
    fields = ("title", "body")


@register(Event)
class EventTranslationOptions(EnglishRequired):
    fields = ("title", "summary", "description", "location")


@register(EventDocument)
class EventDocumentTranslationOptions(EnglishRequired):
    fields = ("title",)


@register(Partner)
class PartnerTranslationOptions(EnglishRequired):
    fields = ("name", "description")
