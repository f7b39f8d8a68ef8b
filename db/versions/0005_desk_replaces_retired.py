"""desks: which desk id a renewed desk replaces, and when a desk was retired

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

A database that had to take a new desk id (a restored backup, a copy) says which id it replaces,
so the other desks stop waiting for the old one; an administrator can retire a desk for good.
Both travel as fields of the synced desk record; existing desks have neither.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('desks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('replaces', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('retired_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('desks', schema=None) as batch_op:
        batch_op.drop_column('retired_at')
        batch_op.drop_column('replaces')
