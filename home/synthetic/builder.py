"""Builds a site of a given size for measuring (docs/performance.md): news items,
interviews and statements, events, participants and intranet projects and policies in
the proportions of the real site, a share of them translated into French, filed under
topics and countries with the skew real content has, illustrated by a handful of
images reused throughout, and live. The index pages, forms, information pages, site-wide
content and the French home page are made the ordinary way (through the demo loader's steps
where it has them); the thousands of pages below them go in by batches (tree.py)."""

import datetime
import io
import random
import uuid

from PIL import Image

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail.search.backends import get_search_backends

from events.models import EventPage, EventType
from headless import content_version, documents
from images.models import CreditedImage
from intranet.models import (
    EuropeanFundsPage,
    IntranetIndexPage,
    IntranetPolicyPage,
    IntranetProjectPage,
    PartnerFinderPage,
    ProjectStatus,
)
from news.models import InterviewKind, InterviewPage, NewsPage
from people.models import ParticipantKind, ParticipantPage, Person
from taxonomy.models import Country, Topic

from ..demo.information import INFORMATION_PAGES
from ..demo.loader import INDEX_PAGES, DemoLoader
from . import words
from .tree import TreeWriter

PREFIX = "synthetic"
# Originals of each kind per hundred, as on the real site: mostly news.
MIX = {"news": 50, "interview": 15, "event": 20, "participant": 10, "project": 3, "policy": 2}
MODELS = {
    "news": NewsPage,
    "interview": InterviewPage,
    "event": EventPage,
    "participant": ParticipantPage,
    "project": IntranetProjectPage,
    "policy": IntranetPolicyPage,
}
# The intranet is the participants' own and stays in English.
TRANSLATED = {"news", "interview", "event", "participant"}
IMAGES = 5
BATCH = 500
FIRST_DAY = datetime.date(2010, 1, 1)


class SyntheticSite:
    def __init__(self, size, *, seed=1, french_share=0.3, progress_every=1000, search_index=True, log=print):
        self.size = size
        self.random = random.Random(seed)
        self.french_share = french_share
        self.progress_every = progress_every
        self.search_index = search_index
        self.log = log
        self.today = timezone.localdate()
        self.objects = {}

    def build(self):
        present = Page.objects.filter(depth__gt=1).count()
        if present >= self.size:
            self.log(f"The site already has {present} pages, at least the {self.size} asked for: nothing to add.")
            return 0
        with transaction.atomic():
            self.scaffold()
            self.taxonomy()
            self.people()
            self.images()
        wanted = self.size - Page.objects.filter(depth__gt=1).count()
        self.log(f"Adding {wanted} pages to the {self.size - wanted} there are.")
        created = self.pages(wanted)
        # Written past the signals: whatever was cached or stored before is stale. The new pages
        # are stored by `manage.py store_documents`.
        content_version.bump()
        documents.invalidate_all()
        return created

    # -- what the pages hang from ----------------------------------------------------

    def scaffold(self):
        loader = DemoLoader(log=lambda message: None)
        home = loader.home_page()
        news, events, participants = (loader.index_page(home, *spec) for spec in INDEX_PAGES)
        loader.site_content(*loader.forms(home))
        information = [loader.information_page(item, home)[1] for item in INFORMATION_PAGES]
        intranet = IntranetIndexPage.objects.child_of(home).first()
        if intranet is None:
            intranet = loader.publish(home, IntranetIndexPage(title="Intranet", slug="intranet"))
        for model, slug, title in [
            (EuropeanFundsPage, "european-funds", "European funds"),
            (PartnerFinderPage, "partner-finder", "Find partners"),
        ]:
            if not model.objects.child_of(intranet).exists():
                loader.publish(intranet, model(title=title, slug=slug))
        english = {"news": news, "interview": news, "event": events, "participant": participants}
        self.parents = {"en": {**english, "project": intranet, "policy": intranet}}
        self.default_locale = Locale.get_default()
        self.french = Locale.objects.filter(language_code="fr").first()
        if self.french is not None:
            self.translated(home)
            for page in information:
                self.translated(page)
            self.parents["fr"] = {kind: self.translated(page) for kind, page in english.items()}

    def translated(self, page):
        """The page's live French copy, made and published the ordinary way if missing."""
        copy = page.get_translation_or_none(self.french)
        if copy is None:
            copy = page.copy_for_translation(self.french)
            copy.save_revision().publish()
        elif not copy.live:
            copy.save_revision().publish()
        return Page.objects.get(pk=copy.pk)

    def taxonomy(self):
        for name in words.TOPICS:
            if not Topic.objects.filter(name__iexact=name).exists():
                Topic.objects.create(name=name)
        topics = list(Topic.objects.order_by("name").values_list("pk", flat=True))
        self.random.shuffle(topics)
        self.topics = words.Zipf(self.random, topics)
        countries = list(Country.objects.filter(locale=self.default_locale).order_by("code"))
        self.random.shuffle(countries)
        self.countries = words.Zipf(self.random, [country.pk for country in countries])
        french = Country.objects.filter(locale=self.french) if self.french else Country.objects.none()
        by_code = {country.code: country.pk for country in french}
        self.french_country = {country.pk: by_code.get(country.code, country.pk) for country in countries}

    def people(self):
        wanted = max(30, self.size // 150)
        present = Person.objects.filter(slug__startswith=f"{PREFIX}-").count()
        Person.objects.bulk_create(
            Person(
                given_name=self.random.choice(words.GIVEN_NAMES),
                family_name=self.random.choice(words.FAMILY_NAMES),
                slug=f"{PREFIX}-person-{number}",
                role=self.random.choice(["Mayor", "Roma mediator", "Congress member", "Social worker"]),
                locale=self.default_locale,
            )
            for number in range(present + 1, wanted + 1)
        )
        self.speakers = words.Zipf(self.random, Person.objects.order_by("pk").values_list("pk", flat=True))

    def images(self):
        present = CreditedImage.objects.filter(title__startswith="Synthetic image").count()
        for number in range(present + 1, IMAGES + 1):
            buffer = io.BytesIO()
            colour = tuple(self.random.randrange(256) for _ in range(3))
            Image.new("RGB", (1200, 800), colour).save(buffer, "PNG")
            CreditedImage.objects.create(
                title=f"Synthetic image {number}",
                credit="© CoE",
                file=ImageFile(buffer, name=f"{PREFIX}-{number}.png"),
            )
        self.image_ids = list(
            CreditedImage.objects.filter(title__startswith="Synthetic image").values_list("pk", flat=True)
        )

    # -- the pages ---------------------------------------------------------------------

    def pages(self, wanted):
        writer = TreeWriter()
        numbers = {kind: self.last_number(kind) for kind in MIX}
        participants = list(ParticipantPage.objects.filter(locale=self.default_locale).values_list("pk", flat=True))
        events = list(EventPage.objects.filter(locale=self.default_locale).values_list("pk", flat=True))
        kinds, weights = list(MIX), list(MIX.values())
        created, reported = 0, 0
        batch = min(BATCH, self.progress_every)
        while created < wanted:
            while len(writer.pending) < batch and created + len(writer.pending) < wanted:
                kind = self.random.choices(kinds, weights)[0]
                if kind in ("project", "policy") and not participants:
                    kind = "participant"
                numbers[kind] += 1
                original = self.page(kind, "en", numbers[kind], participants, events)
                writer.place(self.parents["en"][kind], original)
                room = created + len(writer.pending) < wanted
                if room and "fr" in self.parents and kind in TRANSLATED and self.random.random() < self.french_share:
                    writer.place(self.parents["fr"][kind], self.french_copy(original))
            with transaction.atomic():
                pages = writer.flush()
                self.relations(pages)
                if self.search_index:
                    self.index(pages)
            english = [page for page in pages if page.locale_id == self.default_locale.pk]
            participants += [page.pk for page in english if isinstance(page, ParticipantPage)]
            events += [page.pk for page in english if isinstance(page, EventPage)]
            created += len(pages)
            if created - reported >= self.progress_every or created == wanted:
                self.log(f"  {created} of {wanted} pages")
                reported = created
        return created

    def last_number(self, kind):
        prefix = f"{PREFIX}-{kind}-"
        slugs = Page.objects.filter(slug__startswith=prefix, locale=self.default_locale).values_list("slug", flat=True)
        return max((int(slug[len(prefix) :]) for slug in slugs if slug[len(prefix) :].isdigit()), default=0)

    def page(self, kind, language, number, participants, events):
        model = MODELS[kind]
        place = self.random.choice(words.PLACES)
        day = self.day()
        fields = {
            "slug": f"{PREFIX}-{kind}-{number}",
            "locale": self.default_locale,
            "first_published_at": self.moment(day),
        }
        relations = {"topics": self.topics.some(3)}
        if kind in ("news", "interview"):
            fields.update(
                title=self.news_title(place, language),
                date=day,
                teaser=self.text(language, 2),
                lead_image_id=self.random.choice(self.image_ids) if self.random.random() < 0.8 else None,
                body=self.body(language),
            )
            relations["countries"] = self.countries.some(2)
            relations["related_people"] = [self.speakers.one()] if self.random.random() < 0.4 else []
            if participants and self.random.random() < 0.3:
                relations["related_participants"] = [self.random.choice(participants)]
            if events and self.random.random() < 0.1:
                fields["related_event_id"] = self.random.choice(events)
            if kind == "interview":
                fields.update(
                    speaker_id=self.speakers.one(),
                    kind=self.random.choice(list(InterviewKind)),
                    pull_quote=self.text(language, 1),
                )
        elif kind == "event":
            start = None if self.random.random() < 0.05 else self.day(until=self.today + datetime.timedelta(400))
            fields.update(
                title=f"{self.random.choice(words.EVENTS[language])} {place}",
                event_type=self.random.choice(list(EventType)),
                start_date=start,
                end_date=start + datetime.timedelta(days=self.random.randint(0, 2)) if start else None,
                city=place,
                country_id=self.countries.one(),
                teaser=self.text(language, 1),
                description=f"<p>{self.text(language, 3)}</p>",
                lead_image_id=self.random.choice(self.image_ids),
            )
            relations["countries"] = self.countries.some(2)
        elif kind == "participant":
            fields.update(
                title=place,
                kind=self.random.choice(list(ParticipantKind)),
                country_id=self.countries.one(),
                date_joined=day,
                population=self.random.randint(2_000, 900_000),
                roma_population=self.random.randint(100, 40_000),
                latitude=round(self.random.uniform(36, 60), 6),
                longitude=round(self.random.uniform(-9, 40), 6),
                teaser=self.text(language, 1),
                body=f"<p>{self.text(language, 4)}</p>",
                lead_image_id=self.random.choice(self.image_ids),
            )
        else:
            fields.update(
                title=f"{place}: {self.random.choice(words.THINGS['en'])}",
                participant_id=self.random.choice(participants),
                summary=self.text(language, 2),
            )
            if kind == "project":
                fields.update(status=self.random.choice(list(ProjectStatus)), year_started=day.year)
            else:
                fields.update(year_adopted=day.year)
        page = model(**fields)
        page.synthetic_relations = relations
        return page

    def french_copy(self, original):
        model = type(original)
        names = [field.attname for field in model._meta.concrete_fields if not field.primary_key]
        copy = model(**{name: getattr(original, name) for name in names if name not in ("path", "depth", "numchild")})
        copy.locale = self.french
        if isinstance(original, EventPage):
            copy.title = f"{self.random.choice(words.EVENTS['fr'])} {original.city}"
        elif not isinstance(original, ParticipantPage):
            copy.title = self.news_title(original.title.split(" ")[0], "fr")
        copy.first_published_at = original.first_published_at + datetime.timedelta(days=self.random.randint(1, 20))
        if hasattr(original, "teaser"):
            copy.teaser = self.text("fr", 2)
        if isinstance(original, NewsPage | InterviewPage):
            copy.body = self.body("fr")
        if getattr(original, "country_id", None):
            copy.country_id = self.french_country.get(original.country_id, original.country_id)
        relations = dict(original.synthetic_relations)
        if "countries" in relations:
            relations["countries"] = [self.french_country.get(pk, pk) for pk in relations["countries"]]
        copy.synthetic_relations = relations
        return copy

    def relations(self, pages):
        """The pages' topics and many-to-many links, in one insert per table."""
        rows = {}
        for page in pages:
            for name, targets in page.synthetic_relations.items():
                field = type(page)._meta.get_field(name)
                through = field.remote_field.through
                if name == "topics":
                    new = [through(content_object_id=page.pk, tag_id=target) for target in targets]
                else:
                    source, target_column = field.m2m_column_name(), field.m2m_reverse_name()
                    new = [through(**{source: page.pk, target_column: target}) for target in targets]
                rows.setdefault(through, []).extend(new)
        for through, objects in rows.items():
            through.objects.bulk_create(objects)

    def index(self, pages):
        """Indexes the pages as they are in memory, their related objects filled in from
        what is already loaded: read back from the database, each page would cost a query
        per related field and per indexed text (modelcluster's relations ignore prefetching)."""
        by_model = {}
        for page in pages:
            self.fill_related(page)
            by_model.setdefault(type(page), []).append(page)
        for backend in get_search_backends():
            for model, objects in by_model.items():
                backend.add_bulk(model, objects)

    def fill_related(self, page):
        model = type(page)
        for search_field in model.get_search_fields():
            if not isinstance(search_field, index.RelatedFields):
                continue
            field = model._meta.get_field(search_field.field_name)
            targets = page.synthetic_relations.get(field.name, [])
            if field.many_to_one:
                setattr(page, field.name, self.loaded(field.related_model, getattr(page, field.attname)))
            elif field.name == "topics":
                page.topic_items = [field.remote_field.through(tag=self.loaded(Topic, pk)) for pk in targets]
            else:
                setattr(page, field.name, [self.loaded(field.related_model, pk) for pk in targets])

    def loaded(self, model, pk):
        if pk is None:
            return None
        if model not in self.objects:
            self.objects[model] = model._base_manager.in_bulk()
        return self.objects[model][pk]

    # -- words, dates ----------------------------------------------------------------

    def day(self, until=None):
        until = until or self.today
        return FIRST_DAY + datetime.timedelta(days=self.random.randrange((until - FIRST_DAY).days))

    def moment(self, day):
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9 + self.random.randrange(9))))

    def news_title(self, place, language):
        verbs, shape = words.NEWS[language]
        topic = self.random.choice(words.TOPICS).lower()
        thing = self.random.choice(words.THINGS[language])
        return f"{place} {self.random.choice(verbs)} {shape.format(topic=topic, thing=thing)}"

    def text(self, language, sentences):
        return " ".join(self.random.choice(words.SENTENCES[language]) for _ in range(sentences))

    def body(self, language):
        return [
            {"type": "paragraph", "value": f"<p>{self.text(language, 3)}</p>", "id": str(uuid.uuid4())}
            for _ in range(self.random.randint(2, 4))
        ]
