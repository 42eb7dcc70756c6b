from django.urls import path

from cooperation.drafting import views

urlpatterns = [
    path("requests/", views.request_list, name="requests"),
    path("requests/new/", views.request_new, name="request_new"),
    path("requests/<uuid:draft_id>/", views.request_review, name="request_review"),
    path("requests/<uuid:draft_id>/request.docx", views.request_download, {"fmt": "docx"}, name="request_docx"),
    path("requests/<uuid:draft_id>/request.pdf", views.request_download, {"fmt": "pdf"}, name="request_pdf"),
    path("requests/<uuid:draft_id>/delete/", views.request_delete, name="request_delete"),
    path("requests/<uuid:draft_id>/<slug:step>/", views.request_step, name="request_step"),
]
