"""``manage.py rebuild_search``: write the public search index again from scratch.

Needed after restoring a database, after switching backends (database to
Elasticsearch), or after a change to how text is folded. Publishing keeps the index up
to date otherwise.
"""

import time

from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the public search index (legal documents and content pages)."

    def handle(self, *args, **options):
        started = time.monotonic()
        done = 0

        def progress(count):
            nonlocal done
            done += count
            if options["verbosity"] > 1:
                self.stderr.write(f"{done} indexed")

        rebuild(progress=progress)
        self.stdout.write(
            self.style.SUCCESS(f"Indexed {done} items in {time.monotonic() - started:.1f} s.")
        )
