"""indicator scope, activity tags, the archive of reports sent

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

``indicators.scope`` (JSON): what an indicator is limited to (chosen activities, a tag, activity
or consultation kinds, visit reasons). ``activities.tag``: the event or series an activity belongs
to ("Skovoroda Fest 2023"). ``archived_reports``: every donor or monthly report written, the file
itself with its period, author, time and checksum, so what was sent can be reopened identical.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.add_column(sa.Column('scope', sa.JSON(), nullable=True))
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tag', sa.String(length=100), nullable=True))
    op.create_table(
        'archived_reports',
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('project_id', sa.Uuid(), nullable=True),
        sa.Column('period_from', sa.Date(), nullable=False),
        sa.Column('period_to', sa.Date(), nullable=False),
        sa.Column('language', sa.String(length=8), nullable=False),
        sa.Column('made_by', sa.Uuid(), nullable=True),
        sa.Column('made_at', sa.DateTime(), nullable=False),
        sa.Column('file_name', sa.String(length=255), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_archived_reports')),
    )


def downgrade() -> None:
    op.drop_table('archived_reports')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_column('tag')
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.drop_column('scope')
