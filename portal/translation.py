from modeltranslation.translator import TranslationOptions, register

from portal.models import Country


@register(Country)
class CountryTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en", "es", "pt", "fr")
