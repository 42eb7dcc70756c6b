app_name = "workspaces"

urlpatterns = []
