"""gunicorn settings for the front door, from the project's one settings module."""
from bot.config import settings

bind = f"{settings().front_door_host}:{settings().front_door_port}"
# One process, several threads: the in-memory rate limits stay exact. For several processes,
# point RATE_LIMIT_STORAGE at Redis.
workers = 1
threads = 8
timeout = 30  # above the assistant timeout, below nothing Twilio waits for (15 s)
accesslog = None  # request lines would carry nothing personal, but there is no need for them
