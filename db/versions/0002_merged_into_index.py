"""index persons.merged_into

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

A person's history gathers the records of everyone merged into them
(``services.merge.person_ids_for``: ``WHERE merged_into IN (...)``). Without an index that is a
scan of every person, 20 ms on 100,000 people for each history page; merged persons are few, so a
partial index holds only them.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_persons_merged_into', 'persons', ['merged_into'], unique=False,
                    sqlite_where=sa.text('merged_into IS NOT NULL'),
                    postgresql_where=sa.text('merged_into IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_persons_merged_into', table_name='persons')
