import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create an administrator if the site has none, with a random password printed once "
        "(or ADMIN_USERNAME / ADMIN_PASSWORD / ADMIN_EMAIL from the environment)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/", help="Where the editor is served.")

    def handle(self, *args, **options):
        User = get_user_model()
        url = options["url"]
        if User.objects.filter(is_superuser=True, is_active=True).exists():
            self.stdout.write(
                f"Editor: {url} (log in as an existing administrator; "
                "forgotten the password? run `.venv/bin/python manage.py changepassword <username>`)"
            )
            return
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(username, os.environ.get("ADMIN_EMAIL", ""), password)
        self.stdout.write(self.style.SUCCESS("Created an administrator for the editor:"))
        self.stdout.write(f"  URL:      {url}\n  username: {username}\n  password: {password}")
        self.stdout.write("Write the password down: it is shown only this once.")
