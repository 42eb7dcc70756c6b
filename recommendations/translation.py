"""Interface text of recommendations and questionnaires in the four languages (modeltranslation)."""

from modeltranslation.translator import translator

from recommendations import models

# Each model's fields written in four languages.
TRANSLATED_FIELDS = {
    models.Meeting: ("name", "place"),
    models.MeetingDocument: ("title",),
    models.Recommendation: ("short_title",),
    models.Questionnaire: ("title", "introduction"),
    models.Section: ("title",),
    models.Question: ("text", "help_text", "options"),
}

for model, fields in TRANSLATED_FIELDS.items():
    translator.register(model, fields=fields)
