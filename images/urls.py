from django.urls import path

from .views import serve_private_image_file

urlpatterns = [
    path("<path:name>", serve_private_image_file, name="private_image_file"),
]
