from django.contrib import admin
from django.urls import include, path

from madoguchi.web.views.auth import admin_login

urlpatterns = [
    path("admin/login/", admin_login),  # one sign-in path, throttled (issue 16)
    path("admin/", admin.site.urls),
    path("", include("madoguchi.web.urls")),
]
