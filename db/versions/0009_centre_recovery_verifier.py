"""the recovery key's hash on the centre record

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

``centres.recovery_verifier``: the argon2id hash of the centre's recovery key (printed at set-up),
from which every desk wraps its own database key for it in the key file beside the database
(store.keyfile). It lives only inside the encrypted databases and the centre's exchange files.
Empty: the centre has no recovery key yet (a database converted from before encryption), and an
administrator is asked to print one.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('centres', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recovery_verifier', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('centres', schema=None) as batch_op:
        batch_op.drop_column('recovery_verifier')
