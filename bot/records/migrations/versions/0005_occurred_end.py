"""incident time windows: occurred_end, the end of a window the resident gave; a day alone stored as a date

Until now a day without a time was stored as that day's midnight ("2026-11-20T00:00-05:00"),
which reads as "at midnight". From this revision a day alone is the date ("2026-11-20"); the
existing midnight values are turned into dates, since nearly all of them were a day alone.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('intake_outcomes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('occurred_end', sa.String(length=40), nullable=True))
    op.execute("UPDATE intake_outcomes SET occurred_at = substr(occurred_at, 1, 10) "
               "WHERE occurred_at LIKE '____-__-__T00:00%'")


def downgrade() -> None:
    # Dates stay dates: the code before this revision reads "2026-11-20" as that day.
    with op.batch_alter_table('intake_outcomes', schema=None) as batch_op:
        batch_op.drop_column('occurred_end')
