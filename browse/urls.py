from django.urls import path

from . import views

urlpatterns = [
    path("topics/", views.topic_index, name="topic-index"),
    path("topics/<str:slug>/", views.topic_detail, name="topic-detail"),
    path("countries/", views.country_index, name="country-index"),
    path("countries/<str:code>/", views.country_detail, name="country-detail"),
]
