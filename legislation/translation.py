from modeltranslation.translator import TranslationOptions, register

from legislation.models import ConventionArticle


@register(ConventionArticle)
class ConventionArticleTranslationOptions(TranslationOptions):
    fields = ("title", "section")
    required_languages = ("en",)
