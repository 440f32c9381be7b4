from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import GroupPagePermission, PageViewRestriction

from editorial.roles import PARTICIPANTS

from .models import IntranetIndexPage


@receiver(post_save, sender=IntranetIndexPage)
def restrict_new_intranet(sender, instance, created, raw=False, **kwargs):
    """An intranet is private to the Participants group from the moment it
    exists, before anything is written in it; participants may add pages in
    it and so edit the pages they own (their authority's)."""
    if not created or raw:
        return
    participants, _ = Group.objects.get_or_create(name=PARTICIPANTS)
    if not PageViewRestriction.objects.filter(page=instance).exists():
        restriction = PageViewRestriction.objects.create(page=instance, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.set([participants])
    GroupPagePermission.objects.get_or_create(
        group=participants,
        page=instance,
        permission=Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page"),
    )
