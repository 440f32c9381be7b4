"""Builds the demo site from home/demo/content.py.

Idempotent by design: everything is looked up by its slug (or key) first and
only created when missing, so a second run adds nothing and never overwrites
a page an editor has changed since."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Site

from events.models import EventIndexPage, EventOrganiser, EventPage, EventSpeaker
from home.models import FormField, FormPage, HomePage, InformationPage, SiteContent
from intranet.demo import IntranetDemoLoader
from news.models import InterviewPage, NewsIndexPage, NewsPage
from people.models import ParticipantIndexPage, ParticipantPage, ParticipantPartner, Person
from taxonomy.models import Country, Topic

from . import content
from .french_loader import FrenchDemoLoader
from .information import INFORMATION_PAGES

INDEX_PAGES = [
    (NewsIndexPage, "news", "News"),
    (EventIndexPage, "events", "Events"),
    (ParticipantIndexPage, "participants", "Participants"),
]

# What the form's template says when a page has no text of its own, made the
# page's text so that translators get it too.
THANK_YOU = "Thank you: we have received your message and will answer you soon."

JOIN_FORM_FIELDS = [
    ("Name of the local or regional authority", "singleline", True, ""),
    ("Kind of authority", "dropdown", True, "City\nMunicipality\nRegion"),
    ("Country", "dropdown", True, "{countries}"),
    ("Population", "number", False, ""),
    ("Contact person", "singleline", True, ""),
    ("Role of the contact person", "singleline", True, ""),
    ("E-mail", "email", True, ""),
    ("Phone", "singleline", False, ""),
    ("Motivation", "multiline", True, ""),
    ("I agree that the Council of Europe stores these data to process this application", "checkbox", True, ""),
]
NGO_FORM_FIELDS = [
    ("Organisation", "singleline", True, ""),
    ("Country", "dropdown", True, "{countries}"),
    ("Fields of work", "multiline", True, ""),
    ("The cooperation you propose", "multiline", True, ""),
    ("Contact person", "singleline", True, ""),
    ("E-mail", "email", True, ""),
    ("I agree that the Council of Europe stores these data to process this proposal", "checkbox", True, ""),
]


class DemoLoader:
    def __init__(self, log=print, french=True):
        self.log = log
        # Tests that never look at the French site skip it: it is half of the load time.
        self.french = french
        self.created = 0
        self.locale = Locale.get_default()
        self.countries = {c.code: c for c in Country.objects.filter(locale=self.locale)}

    def run(self):
        with transaction.atomic():
            home = self.home_page()
            self.topics = self.step("topics", content.TOPICS, self.topic)
            self.people = self.step("people", content.PEOPLE, self.person)
            news_index, event_index, participant_index = (self.index_page(home, *spec) for spec in INDEX_PAGES)
            forms = self.forms(home)
            self.site_content(*forms)
            information = self.step("information pages", INFORMATION_PAGES, self.information_page, home)
            self.participants = self.step("participants", content.PARTICIPANTS, self.participant, participant_index)
            self.events = self.step("events", content.EVENTS, self.event, event_index)
            news = self.step("news items and interviews", content.NEWS, self.news_item, news_index)
            IntranetDemoLoader(self).run(home, self.participants, self.topics)
            self.log("  intranet: private to the Participants group")
            if self.french:
                self.created += FrenchDemoLoader(self.log).run(
                    home,
                    [news_index, event_index, participant_index],
                    information.values(),
                    forms,
                    self.participants,
                    self.events,
                    news,
                )
        return self.created

    def step(self, label, items, make, *args):
        before = self.created
        objects = dict(make(item, *args) for item in items)
        self.log(f"  {label}: {len(items)} in the dataset, {self.created - before} created")
        return objects

    # -- lookups --------------------------------------------------------------

    def country(self, code):
        if code is None:
            return None
        try:
            return self.countries[code]
        except KeyError:
            raise ValueError(f"Country {code!r} is not in the country list; add it in the admin first.") from None

    def home_page(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        root = site.root_page.specific if site else None
        if not isinstance(root, HomePage):
            raise RuntimeError("The default site's root page is not a HomePage: run `python manage.py migrate` first.")
        return root

    def child(self, parent, model, slug):
        return model.objects.child_of(parent).filter(slug=slug).first()

    def publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    # -- site-wide ------------------------------------------------------------

    def site_content(self, join_page, ngo_page):
        if not SiteContent.objects.filter(locale=self.locale).exists():
            SiteContent.objects.create(
                locale=self.locale, join_page=join_page, ngo_page=ngo_page, **content.SITE_CONTENT
            )
            self.created += 1
            self.log("  site-wide content: created")

    def topic(self, item):
        topic = Topic.objects.in_default_locale().filter(slug=item["slug"]).first()
        if topic is None:
            topic = Topic.objects.create(**item)
            self.created += 1
        return item["slug"], topic

    def person(self, item):
        fields = dict(item)
        key = fields.pop("key")
        person = Person.objects.filter(slug=key, locale=self.locale).first()
        if person is None:
            fields["country"] = self.country(fields.get("country"))
            fields["national_delegation"] = self.country(fields.get("national_delegation"))
            person = Person.objects.create(slug=key, locale=self.locale, **fields)
            self.created += 1
        return key, person

    def index_page(self, home, model, slug, title):
        page = self.child(home, model, slug)
        if page is None:
            page = self.publish(home, model(title=title, slug=slug, show_in_menus=True))
        return page

    def forms(self, home):
        country_choices = "\n".join(sorted(country.name for country in self.countries.values()))
        pages = []
        for slug, title, intro, fields in [
            (
                "join-the-alliance",
                content.SITE_CONTENT["join_heading"],
                content.SITE_CONTENT["join_text"],
                JOIN_FORM_FIELDS,
            ),
            (
                "cooperate-as-ngo",
                content.SITE_CONTENT["ngo_heading"],
                content.SITE_CONTENT["ngo_text"],
                NGO_FORM_FIELDS,
            ),
        ]:
            existing = self.child(home, FormPage, slug)
            if existing:
                pages.append(existing)
                continue
            page = FormPage(
                title=title,
                slug=slug,
                intro=f"<p>{intro}</p>" if intro else "",
                thank_you_text=f"<p>{THANK_YOU}</p>",
                # Empty unless FORM_NOTIFICATION_EMAIL is set: submissions then wait in the Forms menu.
                to_address=settings.FORM_NOTIFICATION_EMAIL,
                subject=f"New submission: {title}",
            )
            page.form_fields = [
                FormField(
                    label=label,
                    field_type=field_type,
                    required=required,
                    choices=choices.format(countries=country_choices),
                    sort_order=order,
                )
                for order, (label, field_type, required, choices) in enumerate(fields)
            ]
            pages.append(self.publish(home, page))
        return pages

    def information_page(self, item, home):
        page = self.child(home, InformationPage, item["slug"])
        if page is None:
            page = self.publish(home, InformationPage(**item))
        return item["slug"], page

    # -- pages ----------------------------------------------------------------

    def participant(self, item, parent):
        fields = dict(item)
        slug = fields.pop("slug")
        page = self.child(parent, ParticipantPage, slug)
        if page is not None:
            return slug, page
        partners = fields.pop("partners")
        topics = fields.pop("topics")
        fields["country"] = self.country(fields["country"])
        fields["mayor"] = self.people[fields["mayor"]] if fields.get("mayor") else None
        fields["date_joined"] = parse_date(fields.get("date_joined"))
        for coordinate in ("latitude", "longitude"):
            if fields.get(coordinate) is not None:
                fields[coordinate] = Decimal(fields[coordinate])
        page = ParticipantPage(slug=slug, **fields)
        page.partners = [ParticipantPartner(sort_order=i, **partner) for i, partner in enumerate(partners)]
        page.topics.add(*(self.topics[t] for t in topics))
        return slug, self.publish(parent, page)

    def event(self, item, parent):
        fields = dict(item)
        slug = fields.pop("slug")
        page = self.child(parent, EventPage, slug)
        if page is not None:
            return slug, page
        organisers = fields.pop("organisers")
        speakers = fields.pop("speakers")
        countries = fields.pop("countries")
        topics = fields.pop("topics")
        fields["country"] = self.country(fields.get("country"))
        fields["start_date"] = parse_date(fields.get("start_date"))
        fields["end_date"] = parse_date(fields.get("end_date"))
        page = EventPage(slug=slug, **fields)
        page.organisers = [
            EventOrganiser(
                sort_order=i,
                name=o["name"],
                role=o["role"],
                participant=self.participants[o["participant"]] if o.get("participant") else None,
            )
            for i, o in enumerate(organisers)
        ]
        page.speakers = [
            EventSpeaker(sort_order=i, person=self.people[s["person"]], role=s.get("role", ""))
            for i, s in enumerate(speakers)
        ]
        page.countries = [self.country(code) for code in countries]
        page.topics.add(*(self.topics[t] for t in topics))
        return slug, self.publish(parent, page)

    def news_item(self, item, parent):
        fields = dict(item)
        kind = fields.pop("type")
        slug = fields.pop("slug")
        model = InterviewPage if kind == "interview" else NewsPage
        page = self.child(parent, model, slug)
        if page is not None:
            return slug, page
        people = fields.pop("people")
        participants = fields.pop("participants")
        event = fields.pop("event")
        countries = fields.pop("countries")
        topics = fields.pop("topics")
        body = [self.block(block) for block in fields.pop("body")]
        if model is InterviewPage:
            fields["speaker"] = self.people[fields["speaker"]]
        fields["date"] = parse_date(fields["date"])
        page = model(slug=slug, body=body, related_event=self.events[event] if event else None, **fields)
        page.related_people = [self.people[key] for key in people]
        page.related_participants = [self.participants[key] for key in participants]
        page.countries = [self.country(code) for code in countries]
        page.topics.add(*(self.topics[t] for t in topics))
        return slug, self.publish(parent, page)

    def block(self, block):
        """A block in StreamField's stored (JSON) form, people keys turned into ids."""
        if block["type"] == "quote" and block["value"].get("person"):
            return {"type": "quote", "value": dict(block["value"], person=self.people[block["value"]["person"]].pk)}
        return block


def parse_date(value):
    return datetime.date.fromisoformat(value) if value else None
