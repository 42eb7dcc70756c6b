app_name = "legislation"

urlpatterns = []
