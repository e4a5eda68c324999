"""gunicorn's settings for Overlap (docs/deploy.md), read by scripts/serve with
`gunicorn --config config/gunicorn.conf.py`. The numbers come from the environment where a
deployment may want others; command-line options given after --config override them."""

import gc
import os

wsgi_app = "config.wsgi"

# Workers: about 2 x CPUs + 1 (docs/deploy.md). Threads serve while a worker waits on
# PostgreSQL, and keep a long download (an export streams for seconds) from holding the
# whole worker: gthread also answers the master's heartbeat meanwhile.
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"

# The application is imported once, in the master, before the workers are forked: they
# start at once and share its memory pages copy-on-write.
preload_app = True

# A worker silent this long is killed and replaced; PostgreSQL's statement timeout (15 s)
# stays below it. A reload or a stop lets a worker finish what it holds for this long.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Longer than the proxy keeps idle upstream connections (docs/deploy.md).
keepalive = int(os.environ.get("GUNICORN_KEEP_ALIVE", "5"))

# Each worker is replaced after about this many requests (the jitter spreads the restarts),
# so memory a long life might gather is given back. 0 turns recycling off.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "100"))

accesslog = "-"

# No collection in the master while the application loads: its objects are then frozen
# (moved out of the collector's sight) before the first fork, so a worker's collections
# never touch, and so never copy, the pages it shares with the master.
gc.disable()


def when_ready(server: object) -> None:
    """In the master, once the preloaded application is imported, before any worker."""
    gc.freeze()


def post_fork(server: object, worker: object) -> None:
    """In each new worker: collect as usual, over the worker's own objects only."""
    gc.enable()
