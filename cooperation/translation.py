"""Measures and the free-text parts of fiches in four languages (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from cooperation.models import Fiche, Measure


@register(Measure)
class MeasureTranslationOptions(TranslationOptions):
    fields = ("name", "description", "first_step")


@register(Fiche)
class FicheTranslationOptions(TranslationOptions):
    fields = ("urgent_procedure", "notes")


# After the translated columns exist, so the history keeps every language (as contacts does).
register_history(Fiche, m2m_fields=["provisions"])
