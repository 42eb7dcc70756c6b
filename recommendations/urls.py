from django.urls import path

from recommendations.views import public, questionnaires

app_name = "recommendations"

urlpatterns = [
    # Public
    path("recommendations/", public.tracker, name="tracker"),
    path("recommendations/export.<str:fmt>", public.export, name="export"),
    path("recommendations/report/", public.report, name="report"),
    path("recommendations/report/<str:iso2>/", public.report, name="report_state"),
    path("recommendations/<str:iso2>/", public.state, name="state"),
]

urlpatterns += [
    # Restricted (behind the expert gate)
    path("questionnaires/", questionnaires.questionnaire_list, name="questionnaire_list"),
    path("questionnaires/<int:pk>/", questionnaires.questionnaire_detail, name="questionnaire_detail"),
    path("questionnaires/<int:pk>/answers/", questionnaires.comparison, name="comparison"),
    path("questionnaires/<int:pk>/<str:iso2>/", questionnaires.response_edit, name="response_edit"),
    path("questionnaires/<int:pk>/<str:iso2>/review/", questionnaires.response_review, name="response_review"),
    path("questionnaires/<int:pk>/<str:iso2>/files/<int:question_pk>/", questionnaires.answer_file, name="answer_file"),
]
