"""The production configuration: transcripts (Rasa's tracker store) and outcomes in one PostgreSQL database."""
from __future__ import annotations

import asyncio


from bot.records import schema


from bot.records import outcomes
from bot.records.db import make_engine, make_sessionmaker
from bot.records.transcripts import form_state, transcript

def test_transcripts_and_outcomes_share_the_postgresql_database(postgres_url):
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from rasa_ext.tracker_store import ProjectSQLTrackerStore

    domain = Domain.from_path("domain.yml")
    tracker_store = ProjectSQLTrackerStore(domain=domain)
    tracker = DialogueStateTracker.from_events("sms:+12035550123", [
        UserUttered("my bike was stolen at compo beach", {"name": "report_incident", "confidence": 1.0}),
        ActionExecuted("intake_form"), SlotSet("requested_slot", "occurred_at"),
        BotUttered("When did it happen?"),
    ], slots=domain.slots)
    asyncio.run(tracker_store.save(tracker))

    engine = make_engine(postgres_url)
    schema.upgrade(engine)  # our tables beside Rasa's `events`
    with make_sessionmaker(engine).begin() as session:
        outcomes.file_report(session, "sms:+12035550123", "sms", {"incident_type": "theft", "location": "Compo Beach"})
    with make_sessionmaker(engine)() as session:
        lines = transcript(session, "sms:+12035550123")
        assert [(line.speaker, line.text) for line in lines] == [
            ("resident", "my bike was stolen at compo beach"), ("assistant", "When did it happen?")]
        assert form_state(session, "sms:+12035550123").requested_slot == "occurred_at"
        assert [o.outcome for o in outcomes.all_outcomes(session)] == ["filed"]
    engine.dispose()
