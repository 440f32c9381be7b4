from django.urls import path

from . import views

urlpatterns = [
    path("data/participants.geojson", views.participants_geojson, name="participants-geojson"),
]
