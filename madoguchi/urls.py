from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from madoguchi.web.views.auth import admin_login

urlpatterns = [
    # Browsers ask for /favicon.ico whatever the page links (walk 12, F-22: a 404 on every page).
    path("favicon.ico", RedirectView.as_view(url=static("madoguchi/favicon.svg"), permanent=True)),
    path("admin/login/", admin_login),  # one sign-in path, throttled (issue 16)
    path("admin/", admin.site.urls),
    path("", include("madoguchi.web.urls")),
]
