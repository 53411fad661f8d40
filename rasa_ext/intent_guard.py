"""NLU component: deterministic checks have the last word on the intents that steer a conversation.

Runs after the trained classifier. Whether a message is an emergency is decided in
one place, bot.safety.detector (rules plus its own statistical model): when it says so the
intent becomes `emergency` with confidence 1.0, whatever the intent model thought, so
the rules send 911 advice even inside a form; when it does not, an `emergency` guess
by the intent model is replaced by its next-best intent. (Measured on the held-out
labelled messages, the intent model's guesses added false alarms and no recall.)
Then explicit requests for an officer, "cancel" and "start over" (bot.commands).
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.intake import commands
from bot.safety import model as emergency_model
from bot.safety.detector import assess

EMERGENCY = "emergency"
# In priority order: the first check that holds decides the intent.
CHECKS: list[tuple[str, Callable[[str], bool]]] = [
    ("request_officer", commands.asks_for_officer),
    ("cancel", commands.is_cancel),
    ("start_over", commands.is_restart),
]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class IntentGuard(GraphComponent):
    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "IntentGuard":
        emergency_model.warm_up()  # read the detector's model now, not on a resident's first message
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            if assess(text).is_emergency:
                _set_intent(message, EMERGENCY)
                continue
            if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == EMERGENCY:
                _demote_emergency(message)
            intent = next((name for name, check in CHECKS if check(text)), None)
            if intent:
                _set_intent(message, intent, confidence=1.0)
        return messages


def _demote_emergency(message: Message) -> None:
    """Use the intent model's next-best intent instead of an emergency the detector ruled out."""
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != EMERGENCY]
    fallback = ranking[0] if ranking else {INTENT_NAME_KEY: "inform", PREDICTED_CONFIDENCE_KEY: 0.0}
    message.set(INTENT, {INTENT_NAME_KEY: fallback[INTENT_NAME_KEY],
                         PREDICTED_CONFIDENCE_KEY: fallback[PREDICTED_CONFIDENCE_KEY]}, add_to_output=True)


def _set_intent(message: Message, name: str, confidence: float = 1.0) -> None:
    intent = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
