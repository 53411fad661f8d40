"""staff review: accounts, sessions, audit, edits, notifications, case numbers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

REVIEW_COLUMNS = (
    ('eligibility', sa.JSON()),
    ('review_status', sa.String(length=16)),
    ('case_number', sa.String(length=32)),
    ('decided_at', sa.DateTime(timezone=True)),
    ('decided_by', sa.String(length=64)),
    ('decision_note', sa.Text()),
    ('follow_up_status', sa.String(length=16)),
    ('follow_up_note', sa.Text()),
    ('follow_up_closed_by', sa.String(length=64)),
    ('follow_up_closed_at', sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    with op.batch_alter_table('intake_outcomes', schema=None) as batch_op:
        for name, type_ in REVIEW_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_intake_outcomes_case_number'), ['case_number'])
        batch_op.create_index(batch_op.f('ix_intake_outcomes_review_status'), ['review_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_outcomes_follow_up_status'), ['follow_up_status'], unique=False)
    # Drafts filed before review existed wait for review; call-back requests wait for an officer.
    op.execute("UPDATE intake_outcomes SET review_status = 'pending' WHERE outcome = 'filed'")
    op.execute("UPDATE intake_outcomes SET follow_up_status = 'open' WHERE callback_requested")

    op.create_table('staff_users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_sign_in_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_users')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_users_username'))
    )
    op.create_table('staff_sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['staff_users.id'], name=op.f('fk_staff_sessions_user_id_staff_users')),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_staff_sessions'))
    )
    op.create_index(op.f('ix_staff_sessions_user_id'), 'staff_sessions', ['user_id'], unique=False)
    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('target', sa.String(length=64), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    op.create_index(op.f('ix_audit_events_at'), 'audit_events', ['at'], unique=False)
    op.create_table('report_edits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outcome_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=48), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('edited_by', sa.String(length=64), nullable=False),
    sa.Column('edited_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['outcome_id'], ['intake_outcomes.id'], name=op.f('fk_report_edits_outcome_id_intake_outcomes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_edits'))
    )
    op.create_index(op.f('ix_report_edits_outcome_id'), 'report_edits', ['outcome_id'], unique=False)
    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outcome_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('recipient', sa.String(length=320), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['outcome_id'], ['intake_outcomes.id'], name=op.f('fk_notifications_outcome_id_intake_outcomes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    op.create_index(op.f('ix_notifications_outcome_id'), 'notifications', ['outcome_id'], unique=False)
    op.create_table('case_number_counters',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_case_number_counters'))
    )


def downgrade() -> None:
    for table in ('case_number_counters', 'notifications', 'report_edits', 'audit_events', 'staff_sessions',
                  'staff_users'):
        op.drop_table(table)
    with op.batch_alter_table('intake_outcomes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_outcomes_follow_up_status'))
        batch_op.drop_index(batch_op.f('ix_intake_outcomes_review_status'))
        batch_op.drop_constraint(batch_op.f('uq_intake_outcomes_case_number'), type_='unique')
        for name, _ in reversed(REVIEW_COLUMNS):
            batch_op.drop_column(name)
