from django.urls import path

from . import views

urlpatterns = [
    path("feeds/events.ics", views.events_feed, name="events-feed"),
]
