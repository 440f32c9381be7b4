from django.urls import path

from . import views

urlpatterns = [
    path("api/preview/", views.preview, name="headless-preview"),
]
