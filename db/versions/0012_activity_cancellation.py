"""activities and sessions cancelled with a reason

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

``activity_sessions.cancelled`` and ``cancel_reason``, ``activities.cancel_reason``: a coordinator
cancels a session or a whole activity that did not take place (services.activities); it is then
counted nowhere (held sessions, hours, first service, new or returning, completion).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('activity_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancelled', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('cancel_reason', sa.String(length=300), nullable=True))
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancel_reason', sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_column('cancel_reason')
    with op.batch_alter_table('activity_sessions', schema=None) as batch_op:
        batch_op.drop_column('cancel_reason')
        batch_op.drop_column('cancelled')
