from django.urls import path, re_path

from legislation.views import countries, coverage, exports, laws, treaties

app_name = "legislation"

EXPORT = r"export\.(?P<fmt>csv|json)$"

urlpatterns = [
    path("countries/", countries.country_list, name="country_list"),
    path("countries/<str:code>/", countries.country_detail, name="country_detail"),
    path("laws/", laws.law_list, name="law_list"),
    re_path(r"^laws/" + EXPORT, exports.laws_export, name="laws_export"),
    path("laws/<int:pk>/", laws.law_detail, name="law_detail"),
    path("laws/<int:pk>/full-text/", laws.law_full_text, name="law_full_text"),
    path("laws/provisions/", laws.provision_list, name="provision_list"),
    re_path(r"^laws/provisions/" + EXPORT, exports.provisions_export, name="provisions_export"),
    path("laws/matrix/", coverage.matrix, name="matrix"),
    re_path(r"^laws/matrix/" + EXPORT, exports.matrix_export, name="matrix_export"),
    path("laws/compare/", coverage.compare, name="compare"),
    path("treaties/", treaties.treaties, name="treaties"),
    re_path(r"^treaties/" + EXPORT, exports.treaties_export, name="treaties_export"),
]
