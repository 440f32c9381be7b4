"""The French demo site: the English demo content translated through
wagtail-localize, stored exactly as a translator's work is (a translation
source, its segments, one string translation per segment), so that the
translation editor, sync with the English and PO export work on it.

Idempotent like the English loader: what already has its French version is
left alone, except a page whose latest revision is still the one this loader
made, which takes the French texts added here since. A page a translator or
editor has touched is never overwritten."""

import unicodedata

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from home.models import SiteContent
from languages.slugs import slug_from_title
from people.models import Person
from taxonomy.models import Country, Topic

from .french import CHOICES, EVENT_SLUGS, FRENCH, NEWS_SLUGS

LANGUAGE = "fr"
LINE_BREAK = "<br/>"  # how wagtail-localize stores a new line of plain text


class FrenchDemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.locale = Locale.objects.filter(language_code=LANGUAGE).first()
        self.created = 0

    def run(self, home, index_pages, information_pages, form_pages, participants, events, news):
        if self.locale is None:
            self.log(f"  French: skipped, {LANGUAGE!r} is not one of the content languages (LANGUAGES)")
            return 0
        default = Locale.get_default()
        # Countries and people first: the pages' own translations then point to them.
        # Topics need not come first (pages keep the English ones) but are alike.
        self.step("topics", Topic.objects.filter(locale=default))
        self.step("countries", Country.objects.filter(locale=default))
        self.step("people", Person.objects.filter(locale=default))
        pages = [
            home,
            *index_pages,
            *information_pages,
            *form_pages,
            *participants.values(),
            *(events[slug] for slug in EVENT_SLUGS),
            *(news[slug] for slug in NEWS_SLUGS),
        ]
        self.step("pages", pages)
        self.step("site-wide content", SiteContent.objects.filter(locale=default))
        return self.created

    def step(self, label, objects):
        counts = {"translated": 0, "updated": 0, "already there": 0}
        for instance in objects:
            counts[self.translate(instance)] += 1
        self.created += counts["translated"]
        self.log(
            f"  French: {counts['translated']} {label} translated, {counts['updated']} brought up to date, "
            f"{counts['already there']} already there"
        )

    def translate(self, instance):
        if isinstance(instance, Page):
            instance = instance.specific
        target = instance.get_translation_or_none(self.locale)
        if target is not None and not self.made_by_loader(target):
            return "already there"
        # The source as it was first taken: bringing it in step with later English
        # edits is the translator's call ("Sync translated pages"), not the loader's.
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=self.locale)
        added = self.add_string_translations(source)
        if isinstance(instance, Page):
            # A title translated before slugs followed titles: the French slug comes now.
            added += slug_from_title(source, self.locale)
        if isinstance(instance, SiteContent):
            self.point_to_french_forms(source, instance)
        if target is not None and not added:
            return "already there"
        if isinstance(instance, Page):
            # Saved as a draft and published here, on purpose: the demo's French pages are live
            # from the start, and wagtail-localize would publish only once the transaction commits.
            translation.save_target(publish=False)
            instance.get_translation(self.locale).get_latest_revision().publish()
        else:
            translation.save_target()
        return "translated" if target is None else "updated"

    def made_by_loader(self, page):
        """Whether the French page is still as this loader left it: its latest
        revision is the one wagtail-localize logged for the loader's last
        translation, and no one has signed a revision since."""
        if not isinstance(page, Page):
            return False
        last = (
            TranslationLog.objects.filter(source__object_id=page.translation_key, locale=self.locale)
            .order_by("-pk")
            .first()
        )
        latest = page.get_latest_revision()
        return last is not None and latest is not None and last.revision_id == latest.pk and latest.user_id is None

    def add_string_translations(self, source):
        added = 0
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            french = self.french_text(segment.string.data)
            if french is None:
                continue
            _, created = StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=self.locale,
                context=segment.context,
                defaults={"data": french},
            )
            added += created
        return added

    def french_text(self, text):
        if text in FRENCH:
            return FRENCH[text]
        # A drop-down's choices, one per line: translated item by item, and
        # kept in alphabetical order if they were (the list of countries).
        items = text.split(LINE_BREAK)
        if len(items) > 1 and all(item in FRENCH or item in CHOICES for item in items):
            french = [FRENCH.get(item) or CHOICES[item] for item in items]
            if items == sorted(items):
                french.sort(key=collation_key)
            return LINE_BREAK.join(french)
        return None

    def point_to_french_forms(self, source, content):
        """The French site-wide content links the French forms: the override a
        translator would choose in the translation editor."""
        for field in ("join_page", "ngo_page"):
            page = getattr(content, field)
            french = page.get_translation_or_none(self.locale) if page else None
            segment = source.overridablesegment_set.filter(context__path=field).first()
            if french is None or segment is None:
                continue
            SegmentOverride.objects.get_or_create(
                locale=self.locale, context=segment.context, defaults={"data_json": str(french.pk)}
            )


def collation_key(text):
    """French alphabetical order without ICU: accents sort with their letter."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
