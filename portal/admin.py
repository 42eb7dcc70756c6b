from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from portal.models import Country


@admin.register(Country)
class CountryAdmin(TranslationAdmin):
    list_display = ["iso2", "name", "subregion"]
    list_filter = ["subregion"]
    search_fields = ["iso2", "name_en", "name_es", "name_pt", "name_fr"]
    ordering = ["name_en"]

    def has_delete_permission(self, request, obj=None):
        return False  # the 35 member states are reference data
