"""Content the secretariat writes in the four languages (django-modeltranslation, English fallback)."""

from modeltranslation.translator import TranslationOptions, translator

from portal.content import models


class EnglishRequired(TranslationOptions):
    """Content in four languages whose English text is required (the fallback of the others)."""

    required_languages = ("en",)


# Each model's fields written in four languages; every one registered with EnglishRequired.
TRANSLATED_FIELDS = {
    models.GuidanceTopic: ("title", "summary", "avoid", "recognise", "evidence", "report"),
    models.Resource: ("title", "summary", "body"),
    models.BulletinIssue: ("title", "introduction"),
    models.BulletinSection: ("title",),
    models.BulletinItem: ("title", "body"),
    models.Event: ("title", "summary", "description", "location"),
    models.EventDocument: ("title",),
    models.Partner: ("name", "description"),
}

for model, fields in TRANSLATED_FIELDS.items():
    translator.register(model, EnglishRequired, fields=fields)
