"""The action server's entry point: `python -m actions.server --actions actions --port 5055`.

rasa_sdk's own server, started without TensorFlow (bot/without_tensorflow.py): the actions never
run a neural network, and it would cost the process about 350 MB.
"""
from bot.without_tensorflow import keep_out

keep_out()

from rasa_sdk.__main__ import main  # noqa: E402  (after keep_out: rasa_sdk imports the actions, and they spaCy)

if __name__ == "__main__":
    main()
