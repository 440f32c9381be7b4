from django.core.management.base import BaseCommand

from images.privacy import refile_misfiled_images


class Command(BaseCommand):
    help = (
        "Store every image's original and renditions as its collection says: privately for restricted "
        "collections, in the public media otherwise. `migrate` does the same; every later change moves "
        "the files itself."
    )

    def handle(self, *args, **options):
        moved = refile_misfiled_images()
        self.stdout.write(f"{moved} image(s) moved.")
