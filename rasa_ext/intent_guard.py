"""NLU component: deterministic checks have the last word on the intents that steer a conversation.

Runs after the trained classifier. The emergency detector (bot.emergency) comes
first: a danger signal makes the intent `emergency` with confidence 1.0, whatever
the model thought, so the rules send 911 advice even inside a form. The model's
own `emergency` predictions are a second net for phrasings the detector has no
words for; they stand unless the detector saw the danger words and judged them
past, denied or hypothetical ("he had a gun when he robbed me last month"), or the
model is unsure. Then explicit requests for an officer, "cancel" and "start over".
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

from bot import commands
from bot.emergency import assess

EMERGENCY = "emergency"
# Below this, a model-only emergency (no danger words the detector knows) is not trusted.
MODEL_EMERGENCY_FLOOR = 0.5
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
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            finding = assess(text)
            if finding.is_emergency:
                _set_intent(message, EMERGENCY)
                continue
            predicted = message.get(INTENT) or {}
            if predicted.get(INTENT_NAME_KEY) == EMERGENCY:
                if finding.closed or (predicted.get(PREDICTED_CONFIDENCE_KEY) or 0) < MODEL_EMERGENCY_FLOOR:
                    _demote_emergency(message)
                else:
                    continue
            intent = next((name for name, check in CHECKS if check(text)), None)
            if intent:
                _set_intent(message, intent, confidence=1.0)
        return messages


def _demote_emergency(message: Message) -> None:
    """Use the model's next-best intent instead of a model-only emergency the detector ruled out."""
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != EMERGENCY]
    fallback = ranking[0] if ranking else {INTENT_NAME_KEY: "inform", PREDICTED_CONFIDENCE_KEY: 0.0}
    message.set(INTENT, {INTENT_NAME_KEY: fallback[INTENT_NAME_KEY],
                         PREDICTED_CONFIDENCE_KEY: fallback[PREDICTED_CONFIDENCE_KEY]}, add_to_output=True)


def _set_intent(message: Message, name: str, confidence: float = 1.0) -> None:
    intent = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
