from django.urls import path

from contacts.views import directory, freshness, manage, public

app_name = "contacts"

urlpatterns = [
    # Public
    path("units/", public.unit_list, name="unit_list"),
    path("units/<int:pk>/", public.unit_detail, name="unit_detail"),
    path("report/", public.how_to_report, name="how_to_report"),
    path("report/<str:iso2>/", public.how_to_report_country, name="how_to_report_country"),
    # Restricted: the directory of points of contact and its exports
    path("contacts/", directory.contact_list, name="contact_list"),
    path("contacts/export.csv", directory.export_csv, name="contact_export_csv"),
    path("contacts/export.vcf", directory.export_vcard, name="contact_export_vcard"),
    path("contacts/<int:pk>/vcard.vcf", directory.contact_vcard, name="contact_vcard"),
    path("contacts/<int:pk>/outdated/", directory.contact_flag, name="contact_flag"),
    # Restricted: focal points and the secretariat keep entries current
    path("contacts/manage/", manage.manage_index, name="manage_index"),
    path("contacts/manage/units/<int:pk>/", manage.unit_edit, name="unit_edit"),
    path("contacts/manage/units/<int:pk>/confirm/", manage.unit_confirm, name="unit_confirm"),
    path("contacts/manage/contacts/<int:pk>/", manage.contact_edit, name="contact_edit"),
    path("contacts/manage/contacts/<int:pk>/confirm/", manage.contact_confirm, name="contact_confirm"),
    path("contacts/manage/contacts/<int:pk>/retire/", manage.contact_retire, name="contact_retire"),
    path("contacts/manage/<str:iso2>/", manage.manage_country, name="manage_country"),
    path("contacts/manage/<str:iso2>/units/new/", manage.unit_create, name="unit_create"),
    path("contacts/manage/<str:iso2>/contacts/new/", manage.contact_create, name="contact_create"),
    path("contacts/update-requests/<str:token>/", manage.update_request, name="update_request"),
    # Restricted: the secretariat's freshness dashboard
    path("contacts/freshness/", freshness.dashboard, name="freshness_dashboard"),
]
