from wagtail import hooks
from wagtail.images import get_image_model

from .privacy import refile_misfiled_images


@hooks.register("after_bulk_action")
def refile_images_added_to_a_collection(request, action_type, objects, action_class_instance):
    # Wagtail's bulk "Add to collection" updates the rows without saving each image.
    image_model = get_image_model()
    if action_type == "add_to_collection" and image_model in action_class_instance.models:
        refile_misfiled_images(image_model.objects.filter(pk__in=[image.pk for image in objects]))
