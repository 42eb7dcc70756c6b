from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

# The composing apps are named here only: their API viewsets register on portal.api.router
# before the API's URLs are built, and their sitemaps join the site's.
import cooperation.api  # noqa: F401
import recommendations.api  # noqa: F401
from cooperation.sitemaps import sitemaps as cooperation_sitemaps
from portal import views
from portal.content import views as content_views
from portal.sitemaps import sitemaps as app_sitemaps
from recommendations.sitemaps import sitemaps as recommendations_sitemaps

# No app imports the composing apps: their sitemaps are added here.
sitemaps = {**app_sitemaps, **cooperation_sitemaps, **recommendations_sitemaps}

# The admin signs in through allauth: same rate limits, same MFA, no second door.
admin.autodiscover()
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = _("OAS Cyber-Crime Portal")
admin.site.site_title = _("OAS Cyber-Crime Portal")
admin.site.index_title = _("Administration")

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("ping", views.ping, name="ping"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("api/v1/", include("portal.api_urls")),
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", content_views.home, name="home"),
    path("accounts/", include("allauth.urls")),
    path("me/", include("portal.accounts.urls")),
    path("", include("portal.content.urls")),
    path("", include("legislation.urls")),
    path("", include("contacts.urls")),
    path("workspaces/", include("workspaces.urls")),
    path("", include("cooperation.urls")),
    path("", include("recommendations.urls")),
    path("", include("alerts.urls")),
    prefix_default_language=True,
)

# Public uploads (resource and event files) in development; in production the reverse proxy
# serves MEDIA_ROOT (docs/deploy.md). Private documents never live there.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
