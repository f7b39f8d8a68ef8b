"""audit_log: append-only in the database itself

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

The services never change an audit entry; now the database refuses it too (UPDATE and DELETE on
audit_log abort), so no command, script or bug can rewrite who did what. A restore keeps the
entries made after the backup by inserting them again (inserting is allowed).
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "the audit log is append-only"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""
            CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$""")
        op.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()")
        return
    op.execute(f"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
               f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
    op.execute(f"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
               f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_no_update ON audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
        return
    op.execute("DROP TRIGGER audit_log_no_delete")
    op.execute("DROP TRIGGER audit_log_no_update")
