"""certificates genuine on every desk

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

Certificate serials carry the issuing desk's own code (WIC/2026/K7QD/000123), kept on the synced
desk record, so desks issuing offline never hand out the same serial. The centre's verification
address (printed in the QR codes) is a synced centre setting. Serials get room for the
"~<id>" mark that a sync puts on the loser of a clash of old-format serials.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('desks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=8), nullable=True))
    with op.batch_alter_table('centres', schema=None) as batch_op:
        batch_op.add_column(sa.Column('verification_url', sa.String(length=300), nullable=True))
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.alter_column('serial', existing_type=sa.String(length=20), type_=sa.String(length=40),
                              existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.alter_column('serial', existing_type=sa.String(length=40), type_=sa.String(length=20),
                              existing_nullable=False)
    with op.batch_alter_table('centres', schema=None) as batch_op:
        batch_op.drop_column('verification_url')
    with op.batch_alter_table('desks', schema=None) as batch_op:
        batch_op.drop_column('code')
