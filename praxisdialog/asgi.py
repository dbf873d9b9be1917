import os

from django.core.asgi import get_asgi_application

from praxisdialog import var_dir
from praxisdialog.warmup import warm_up

var_dir.prepare()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "praxisdialog.settings")
application = get_asgi_application()
warm_up()
