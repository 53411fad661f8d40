"""Adapters that run inside the Rasa server: the emergency guard NLU component and the tracker store."""
