from modeltranslation.translator import TranslationOptions, register

from portal.models import Country


@register(Country)
class CountryTranslationOptions(TranslationOptions):
    fields = ("name", "note")
    required_languages = {"en": ("name",), "es": ("name",), "pt": ("name",), "fr": ("name",)}
