from django.core.management.base import BaseCommand, CommandError

from home.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Build the demo site from the curated dataset in home/demo/content.py. Safe to run again: it only adds what is missing."

    def handle(self, *args, **options):
        self.stdout.write("Loading the demo content ...")
        try:
            created = DemoLoader(log=self.stdout.write).run()
        except (RuntimeError, ValueError) as error:
            raise CommandError(str(error)) from error
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {created} items created."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content already present: nothing to add."))
