"""Emergency detection: every message is screened here before anything else reads it."""
