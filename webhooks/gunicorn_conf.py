"""gunicorn settings for the front door, from the project's one settings module."""
from bot.config import settings

bind = f"{settings().front_door_host}:{settings().front_door_port}"
# One process, several threads: the in-memory rate limits stay exact. For several processes,
# point RATE_LIMIT_STORAGE at Redis.
workers = 1
threads = 8
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
