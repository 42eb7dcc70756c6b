from django.urls import path

from workspaces import views

app_name = "workspaces"

urlpatterns = [
    path("", views.workspace_list, name="workspace_list"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("<slug:slug>/", views.workspace_detail, name="workspace_detail"),
    path("<slug:slug>/join/", views.join_request_create, name="join_request_create"),
    path("<slug:slug>/search/", views.workspace_search_view, name="workspace_search"),
    path("<slug:slug>/archive/", views.workspace_archive, name="workspace_archive"),
    path("<slug:slug>/threads/new/", views.thread_create, name="thread_create"),
    path("<slug:slug>/threads/<int:pk>/", views.thread_detail, name="thread_detail"),
    path("<slug:slug>/posts/<int:pk>/edit/", views.post_edit, name="post_edit"),
    path("<slug:slug>/posts/<int:pk>/remove/", views.post_remove, name="post_remove"),
    path("<slug:slug>/practices/", views.practice_list, name="practice_list"),
    path("<slug:slug>/practices/new/", views.practice_create, name="practice_create"),
    path("<slug:slug>/practices/<int:pk>/", views.practice_detail, name="practice_detail"),
    path("<slug:slug>/practices/<int:pk>/edit/", views.practice_edit, name="practice_edit"),
    path("<slug:slug>/practices/<int:pk>/propose/", views.practice_propose, name="practice_propose"),
    path("<slug:slug>/documents/", views.document_list, name="document_list"),
    path("<slug:slug>/documents/<int:pk>/", views.document_detail, name="document_detail"),
    path("<slug:slug>/documents/<int:pk>/download/", views.document_download, name="document_download"),
    path("<slug:slug>/documents/<int:pk>/withdraw/", views.document_withdraw, name="document_withdraw"),
    path(
        "<slug:slug>/documents/<int:pk>/versions/<int:number>/withdraw/",
        views.version_withdraw,
        name="version_withdraw",
    ),
    path(
        "<slug:slug>/documents/<int:pk>/versions/<int:number>/download/",
        views.version_download,
        name="version_download",
    ),
    path("<slug:slug>/members/", views.member_list, name="member_list"),
    path("<slug:slug>/members/invite/", views.invitation_create, name="invitation_create"),
    path("<slug:slug>/members/invitations/<int:pk>/revoke/", views.invitation_revoke, name="invitation_revoke"),
    path("<slug:slug>/members/requests/<int:pk>/", views.join_request_decide, name="join_request_decide"),
    path("<slug:slug>/members/<int:pk>/role/", views.member_role, name="member_role"),
    path("<slug:slug>/members/<int:pk>/remove/", views.member_remove, name="member_remove"),
    path("<slug:slug>/leave/", views.membership_leave, name="membership_leave"),
    path("<slug:slug>/notifications/", views.membership_notifications, name="membership_notifications"),
]
