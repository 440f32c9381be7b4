from wagtail import hooks

from .views import ConsumerKeyViewSet


@hooks.register("register_admin_viewset")
def register_consumer_key_viewset():
    return ConsumerKeyViewSet("api_consumer_keys", url_prefix="api-consumer-keys")
