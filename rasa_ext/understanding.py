"""NLU component: each message is understood once, here, and the understanding travels with it.

The whole of Rasa's NLU pipeline (config.yml) is a tokenizer and this component. It reads the
message with bot.intake.understanding (what the message does, by the turn model trained on
data/nlu/; the emergency screening; the incident type; the question topic; the time and place;
the rule floor for advertised commands), puts the result into the parse data under
"understanding" for the action server, and sets Rasa's intent from it. Rules have the last word
only where they are clearly safer than the model:
- an emergency is decided by bot/safety alone: when it says so the intent becomes `emergency`
  (so the rules send 911 advice even inside a form); when it does not, the turn model's own
  `emergency` reading is replaced by its next-best one (bot/intake/understanding.py);
- the commands the assistant advertises ("quit report", "start over", "officer") always work.
"""
from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.intake.understanding import understand, warm_up
from rasa_ext import action_results  # noqa: F401  (validates the action server's replies without re-checking the schema)

EMERGENCY = "emergency"
UNDERSTANDING = "understanding"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class UnderstandMessage(GraphComponent):
    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "UnderstandMessage":
        warm_up()  # read the trained models and the gazetteer now, not on a resident's first message
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith("/"):
                continue  # a button payload names its intent
            understanding = understand(text)
            message.set(UNDERSTANDING, understanding.as_dict(), add_to_output=True)
            turn = understanding.turn
            ranking = [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: p} for name, p in turn.ranking]
            if understanding.emergency.is_emergency:
                intent, confidence = EMERGENCY, 1.0
            elif understanding.command:
                intent, confidence = understanding.command, 1.0
            else:  # the turn model's emergency reading, when the detector ruled it out, is already dropped
                intent, confidence = turn.intent, turn.confidence
            _set_intent(message, intent, confidence, ranking)
        return messages


def _set_intent(message: Message, name: str, confidence: float, ranking: list[dict]) -> None:
    intent = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}
    ranking = [r for r in ranking if r.get(INTENT_NAME_KEY) != name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
