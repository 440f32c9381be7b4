"""The controlled list of countries: the 46 member states of the Council of
Europe, in the default language. Editors add others through the admin."""

import uuid

from django.conf import settings
from django.db import migrations

MEMBER_STATES = [
    ("AL", "Albania"), ("AD", "Andorra"), ("AM", "Armenia"), ("AT", "Austria"),
    ("AZ", "Azerbaijan"), ("BE", "Belgium"), ("BA", "Bosnia and Herzegovina"),
    ("BG", "Bulgaria"), ("HR", "Croatia"), ("CY", "Cyprus"), ("CZ", "Czech Republic"),
    ("DK", "Denmark"), ("EE", "Estonia"), ("FI", "Finland"), ("FR", "France"),
    ("GE", "Georgia"), ("DE", "Germany"), ("GR", "Greece"), ("HU", "Hungary"),
    ("IS", "Iceland"), ("IE", "Ireland"), ("IT", "Italy"), ("LV", "Latvia"),
    ("LI", "Liechtenstein"), ("LT", "Lithuania"), ("LU", "Luxembourg"), ("MT", "Malta"),
    ("MD", "Republic of Moldova"), ("MC", "Monaco"), ("ME", "Montenegro"),
    ("NL", "Netherlands"), ("MK", "North Macedonia"), ("NO", "Norway"), ("PL", "Poland"),
    ("PT", "Portugal"), ("RO", "Romania"), ("SM", "San Marino"), ("RS", "Serbia"),
    ("SK", "Slovak Republic"), ("SI", "Slovenia"), ("ES", "Spain"), ("SE", "Sweden"),
    ("CH", "Switzerland"), ("TR", "Türkiye"), ("UA", "Ukraine"), ("GB", "United Kingdom"),
]  # fmt: skip


def add_member_states(apps, schema_editor):
    Country = apps.get_model("taxonomy", "Country")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for code, name in MEMBER_STATES:
        Country.objects.get_or_create(
            code=code,
            locale=locale,
            defaults={"name": name, "is_member_state": True, "translation_key": uuid.uuid4()},
        )


def remove_member_states(apps, schema_editor):
    apps.get_model("taxonomy", "Country").objects.filter(code__in=[code for code, _ in MEMBER_STATES]).delete()


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(add_member_states, remove_member_states)]
