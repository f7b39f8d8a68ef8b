"""audit entries numbered per desk, so that they travel between desks

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08

``audit_log.seq``: the entry's running number on the desk that wrote it (``desk_id``), as the
change log numbers changes. Exchange files carry every audit entry the reader lacks, judged from
what it last said it holds (per desk, the highest number up to which it holds every entry), so
an administrator sees the centre's whole audit on any desk (``sync.auditlog``).
``ix_audit_log_desk_seq`` finds them by desk and number.

Entries written before this version are numbered here, per desk in the order they were written
(time, then id). The log stays append-only: the trigger that refuses UPDATE is lifted for this
one numbering, inside the migration's transaction, and put back exactly as migration 0006 made it.
Entries without a desk (none is written before a desk is set up) keep no number and stay local.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "the audit log is append-only"  # as in 0006


def _number_existing_entries() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, desk_id FROM audit_log WHERE desk_id IS NOT NULL "
                                "ORDER BY desk_id, at, id")).all()
    numbered, desk, seq = [], None, 0
    for entry, writer in rows:
        seq = seq + 1 if writer == desk else 1
        desk = writer
        numbered.append({"id": entry, "seq": seq})
    if not numbered:
        return
    postgres = bind.dialect.name == "postgresql"
    if postgres:
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")
    else:
        op.execute("DROP TRIGGER audit_log_no_update")
    bind.execute(sa.text("UPDATE audit_log SET seq = :seq WHERE id = :id"), numbered)
    if postgres:
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update")
    else:
        op.execute(f"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                   f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def upgrade() -> None:
    # a plain ALTER TABLE ADD COLUMN: recreating the table (batch mode) would drop its triggers
    op.add_column('audit_log', sa.Column('seq', sa.Integer(), nullable=True))
    op.create_index('ix_audit_log_desk_seq', 'audit_log', ['desk_id', 'seq'], unique=False)
    _number_existing_entries()


def downgrade() -> None:
    op.drop_index('ix_audit_log_desk_seq', table_name='audit_log')
    # SQLite 3.35+ drops a column in place, keeping the table and its triggers
    op.execute("ALTER TABLE audit_log DROP COLUMN seq")
