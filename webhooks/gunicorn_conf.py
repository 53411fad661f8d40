"""gunicorn settings for the front door, from the project's one settings module."""
import ctypes
import signal
import sys

from bot.without_tensorflow import keep_out

keep_out()  # before the application is imported: the front door runs no neural network (bot/without_tensorflow.py)

from bot.config import settings  # noqa: E402

bind = f"{settings().front_door_host}:{settings().front_door_port}"
# One process by default, so the in-memory rate limits stay exact. Several processes
# (FRONT_DOOR_WORKERS) share their rate limits only through RATE_LIMIT_STORAGE in Redis, and keep a
# conversation's turns in order through Rasa's lock store (README, "Several Rasa servers").
workers = settings().front_door_workers
threads = settings().front_door_threads
if workers > 1 and settings().rate_limit_storage.startswith("memory"):
    print("warning: FRONT_DOOR_WORKERS > 1 with in-memory rate limits: each process counts on its own; "
          "set RATE_LIMIT_STORAGE=redis://...", file=sys.stderr)
timeout = 30  # above the assistant timeout, below nothing Twilio waits for (15 s)
accesslog = None  # request lines would carry nothing personal, but there is no need for them


def post_worker_init(worker):
    """Each worker loads the emergency model before its first request (the fallback reply must not
    wait for it), then replays messages spooled during a database outage and sweeps unsettled ones."""
    from bot.messaging import recovery
    from webhooks.replies import reads_as_emergency
    reads_as_emergency("warm-up")  # never fails: a missing model is logged and replies go out without it
    door = worker.wsgi.extensions["front_door"]
    recovery.run_in_background(door.sessions, door.settings.spool_dir)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def post_fork(server, worker):
    """A worker ends with its master. Killed outright (SIGKILL, the OOM killer), the master cannot stop its
    worker, which would keep the listening socket open, block the restarted master's bind and reset the
    connections queued to it when it finally noticed. SIGTERM makes it finish its requests and go."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
