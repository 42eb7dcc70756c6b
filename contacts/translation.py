"""Unit descriptions in the four languages (django-modeltranslation, English fallback)."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from contacts.models import NationalUnit


@register(NationalUnit)
class NationalUnitTranslationOptions(TranslationOptions):
    fields = ("description",)


# History is registered here, after the translated columns exist, so that the historical
# model keeps description_en/es/pt/fr (simple-history's documented way with modeltranslation).
register_history(NationalUnit)
