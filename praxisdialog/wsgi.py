import os

from django.core.wsgi import get_wsgi_application

from praxisdialog import var_dir
from praxisdialog.warmup import warm_up

var_dir.prepare()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "praxisdialog.settings")
application = get_wsgi_application()
warm_up()
