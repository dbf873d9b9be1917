"""The production settings plus one trivial view, for `make bench` only.

The hello view answers through the same middleware as every page, so each route can be
measured next to it on the same server in the same run (bench/pages.py)."""

from praxisdialog.settings import *  # noqa: F403 - the benchmark measures these very settings

ROOT_URLCONF = "bench.urls"
