"""intake outcomes

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 03:53:03.972639
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('intake_outcomes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.String(length=128), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=True),
    sa.Column('emergency_category', sa.String(length=32), nullable=True),
    sa.Column('incident_type', sa.String(length=48), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('location_status', sa.String(length=16), nullable=True),
    sa.Column('excluded_area', sa.String(length=64), nullable=True),
    sa.Column('occurred_at', sa.String(length=40), nullable=True),
    sa.Column('occurred_text', sa.Text(), nullable=True),
    sa.Column('narrative', sa.Text(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('reference', sa.String(length=32), nullable=True),
    sa.Column('reporter_name', sa.String(length=200), nullable=True),
    sa.Column('reporter_email', sa.String(length=320), nullable=True),
    sa.Column('reporter_phone', sa.String(length=32), nullable=True),
    sa.Column('callback_requested', sa.Boolean(), nullable=False),
    sa.Column('callback_requested_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_outcomes')),
    sa.UniqueConstraint('reference', name=op.f('uq_intake_outcomes_reference'))
    )
    with op.batch_alter_table('intake_outcomes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_outcomes_conversation_id'), ['conversation_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('intake_outcomes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_outcomes_conversation_id'))

    op.drop_table('intake_outcomes')
