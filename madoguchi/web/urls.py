from django.urls import path

from madoguchi.web import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
]
