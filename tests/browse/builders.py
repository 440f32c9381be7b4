"""Pages filed under topics and countries, and hidden from visitors in each way Wagtail hides them."""

import datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction

from taxonomy.models import Country
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    InterviewPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
)


def country(code):
    return Country.objects.get(code=code)


def filed(page, topics=(), countries=()):
    """File a page under topics and countries, as the editor's Taxonomy tab does."""
    page.topics.add(*topics)
    if countries:
        page.countries.add(*countries)
    page.save()
    return page


class Site:
    """The three sections of a site to browse, and a way to add pages to each."""

    def __init__(self, home_page):
        self.news_index = NewsIndexPageFactory(parent=home_page)
        self.event_index = EventIndexPageFactory(parent=home_page)
        self.participant_index = ParticipantIndexPageFactory(parent=home_page)

    def news(self, topics=(), countries=(), **fields):
        return filed(NewsPageFactory(parent=self.news_index, **fields), topics, countries)

    def interview(self, topics=(), countries=(), **fields):
        return filed(InterviewPageFactory(parent=self.news_index, **fields), topics, countries)

    def event(self, topics=(), countries=(), **fields):
        return filed(EventPageFactory(parent=self.event_index, **fields), topics, countries)

    def participant(self, topics=(), **fields):
        return filed(ParticipantPageFactory(parent=self.participant_index, **fields), topics)


def hide(page, how):
    """Make a page one a visitor must not see, the way it happens in Wagtail."""
    now = timezone.now()
    if how == "draft":
        page.unpublish()
    elif how == "private":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    elif how == "scheduled":
        page.unpublish()
        page.go_live_at = now + datetime.timedelta(days=7)
        page.save_revision().publish()
        assert not page.live
    elif how == "expired":
        # past its expiry date, still live until publish_scheduled runs
        page.expire_at = now - datetime.timedelta(hours=1)
        page.save()
    return page


HIDDEN = ["draft", "private", "scheduled", "expired"]
