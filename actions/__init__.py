"""Custom actions: thin adapters between Rasa's tracker and the domain core in bot/.

rasa_sdk imports every module of this package; one module per flow.
"""
