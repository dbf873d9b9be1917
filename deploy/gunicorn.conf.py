"""gunicorn's settings for one application server instance, used by the systemd unit
(deploy/systemd/praxisdialog-web@.service) and by `make bench-pg` alike.

The address comes from BIND (default 127.0.0.1:8000), the number of sync workers from
WEB_CONCURRENCY (gunicorn's own variable, default 3 here)."""

import os

wsgi_app = "praxisdialog.wsgi"
bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY") or 3)
worker_class = "sync"
# Connections waiting for a free worker; the proxy in front holds the rest.
backlog = 512
# A request that takes longer is killed and its worker replaced (the proxy then answers
# 502 and tries the next instance only for requests that never reached this one).
timeout = 60
# On stop (SIGTERM) and reload (SIGHUP), workers finish the requests they are serving.
graceful_timeout = 30
# Replace each worker after some thousand requests, so that no slow leak adds up.
max_requests = 5000
max_requests_jitter = 500
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
