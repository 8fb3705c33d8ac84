import gc
import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()

# What a worker builds at start-up (Django, Wagtail, the models, the URL configuration
# and the views it imports) lives as long as the worker. Frozen, it is left out of the
# garbage collector's full collections, which otherwise walk all of it again and again
# under load.
import_module(settings.ROOT_URLCONF)
gc.freeze()
