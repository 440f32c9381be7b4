from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Workflow, WorkflowPage

from events.models import EventIndexPage
from news.models import NewsIndexPage

from .roles import MODERATION_WORKFLOW


@receiver(post_save, sender=NewsIndexPage)
@receiver(post_save, sender=EventIndexPage)
def moderate_new_index(sender, instance, created, raw=False, **kwargs):
    """A new news or events index (and so everything under it) is moderated
    from the start; a workflow an administrator set on it since is kept."""
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=MODERATION_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})
