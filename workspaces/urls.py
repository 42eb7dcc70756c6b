from django.urls import path

from workspaces.views import documents, members, practices, threads, workspace

app_name = "workspaces"

urlpatterns = [
    path("", workspace.workspace_list, name="workspace_list"),
    path("invitations/<str:token>/", members.invitation_accept, name="invitation_accept"),
    path("<slug:slug>/", workspace.workspace_detail, name="workspace_detail"),
    path("<slug:slug>/join/", members.join_request_create, name="join_request_create"),
    path("<slug:slug>/search/", workspace.workspace_search_view, name="workspace_search"),
    path("<slug:slug>/archive/", workspace.workspace_archive, name="workspace_archive"),
    path("<slug:slug>/threads/new/", threads.thread_create, name="thread_create"),
    path("<slug:slug>/threads/<int:pk>/", threads.thread_detail, name="thread_detail"),
    path("<slug:slug>/posts/<int:pk>/edit/", threads.post_edit, name="post_edit"),
    path("<slug:slug>/posts/<int:pk>/remove/", threads.post_remove, name="post_remove"),
    path("<slug:slug>/practices/", practices.practice_list, name="practice_list"),
    path("<slug:slug>/practices/new/", practices.practice_create, name="practice_create"),
    path("<slug:slug>/practices/<int:pk>/", practices.practice_detail, name="practice_detail"),
    path("<slug:slug>/practices/<int:pk>/edit/", practices.practice_edit, name="practice_edit"),
    path("<slug:slug>/practices/<int:pk>/propose/", practices.practice_propose, name="practice_propose"),
    path("<slug:slug>/documents/", documents.document_list, name="document_list"),
    path("<slug:slug>/documents/<int:pk>/", documents.document_detail, name="document_detail"),
    path("<slug:slug>/documents/<int:pk>/download/", documents.document_download, name="document_download"),
    path("<slug:slug>/documents/<int:pk>/withdraw/", documents.document_withdraw, name="document_withdraw"),
    path(
        "<slug:slug>/documents/<int:pk>/versions/<int:number>/withdraw/",
        documents.version_withdraw,
        name="version_withdraw",
    ),
    path(
        "<slug:slug>/documents/<int:pk>/versions/<int:number>/download/",
        documents.version_download,
        name="version_download",
    ),
    path("<slug:slug>/members/", members.member_list, name="member_list"),
    path("<slug:slug>/members/invite/", members.invitation_create, name="invitation_create"),
    path("<slug:slug>/members/invitations/<int:pk>/revoke/", members.invitation_revoke, name="invitation_revoke"),
    path("<slug:slug>/members/requests/<int:pk>/", members.join_request_decide, name="join_request_decide"),
    path("<slug:slug>/members/<int:pk>/role/", members.member_role, name="member_role"),
    path("<slug:slug>/members/<int:pk>/remove/", members.member_remove, name="member_remove"),
    path("<slug:slug>/leave/", members.membership_leave, name="membership_leave"),
    path("<slug:slug>/notifications/", members.membership_notifications, name="membership_notifications"),
]
