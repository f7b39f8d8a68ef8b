"""consultation notes encrypted for their readers

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

``staff.note_identity``: each reader's age X25519 identity (its secret sealed under their password);
``note_keys`` and ``note_grants``: the reader groups' keys and each key sealed for each member and for
the centre's recovery recipient (``centres.recovery_recipient``). Notes written before this version
stay as they were until someone who reads them logs in, who then seals them (services.notes).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('centres', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recovery_recipient', sa.String(length=100), nullable=True))
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note_identity', sa.Text(), nullable=True))
    op.create_table(
        'note_keys',
        sa.Column('reader_group', sa.String(length=80), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('retired', sa.Boolean(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'note_grants',
        sa.Column('key_id', sa.Uuid(), nullable=False),
        sa.Column('staff_id', sa.Uuid(), nullable=True),
        sa.Column('recipient', sa.String(length=100), nullable=False),
        sa.Column('sealed', sa.Text(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_note_grants_key_id', 'note_grants', ['key_id'])


def downgrade() -> None:
    op.drop_index('ix_note_grants_key_id', table_name='note_grants')
    op.drop_table('note_grants')
    op.drop_table('note_keys')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_column('note_identity')
    with op.batch_alter_table('centres', schema=None) as batch_op:
        batch_op.drop_column('recovery_recipient')
