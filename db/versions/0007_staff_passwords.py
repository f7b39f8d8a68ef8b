"""staff: a password (argon2id) to log in, an optional PIN for the idle lock, and lock-out counters

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

Staff log in with a password from now on. ``password_hash`` is new and empty on existing accounts;
their ``pin_hash`` (the old login PIN, scrypt) stays and is accepted once at the next login, only
to choose a password (the app asks for one at once); the column may now be empty (no PIN for the
idle lock). ``login_failures`` is this desk's own count of failed logins and unlocks per login,
with the time until which it must wait; it is never exchanged.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('password_hash', sa.String(length=200), nullable=True))
        batch_op.alter_column('pin_hash', existing_type=sa.String(length=200), nullable=True)
    op.create_table(
        'login_failures',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('locked_until', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_login_failures')),
    )


def downgrade() -> None:
    op.drop_table('login_failures')
    # The older version knows only scrypt login PINs: an account that has a password instead gets
    # a value that matches no PIN (an administrator sets it a PIN there).
    op.execute("UPDATE staff SET pin_hash = '!' WHERE pin_hash IS NULL")
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.alter_column('pin_hash', existing_type=sa.String(length=200), nullable=False)
        batch_op.drop_column('password_hash')
