"""Alembic environment: migrates the project's own tables, never Rasa's `events` table."""
from alembic import context

from bot.records import staff_models  # noqa: F401  (registers the staff tables on the shared metadata)
from bot.records.models import metadata

OUR_TABLES = set(metadata.tables)


def include_object(obj, name, type_, reflected, compare_to):
    return type_ != "table" or name in OUR_TABLES


def run_migrations_online() -> None:
    connectable = context.config.attributes["connection"]
    context.configure(connection=connectable, target_metadata=metadata, include_object=include_object,
                      render_as_batch=connectable.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
