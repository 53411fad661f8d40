"""Custom actions: thin adapters between Rasa's tracker and the domain core in bot/.

rasa_sdk imports every module of this package; one module per flow.
"""

from bot.safety import model as emergency_model

# The action server starts by importing this package: read the emergency detector's
# statistical model from disk then, not while a resident waits.
emergency_model.warm_up()
