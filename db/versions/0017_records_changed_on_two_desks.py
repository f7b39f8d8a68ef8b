"""the records changed on two or more desks, kept by a trigger: where conflicts can be

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-08

A conflict can only be in a record that two desks changed. The sync page at every login and
every exchange file read looked for them by grouping the whole change log by record and desk:
on the full demo (1.24 million changes) that read the log's rows in index order, one lookup each,
and took 36 s. ``sync_shared_records`` holds those records (id, table), put there by a trigger in
the same transaction as the change that makes a record shared, whoever writes (a unit of work,
an exchange file): looking for conflicts reads a few rows. A record stays in it when its log is
later thinned; looking for its conflicts then finds none. It holds ids only (no name, no value).
Only SQLite has it (the PostgreSQL server groups the log itself).
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE sync_shared_records (record_id CHAR(32) NOT NULL PRIMARY KEY, "
               "table_name VARCHAR(40) NOT NULL) WITHOUT ROWID")
    # once, in the table's own order (a full read, not a lookup per change): about 4 s on the full demo
    op.execute("INSERT INTO sync_shared_records (record_id, table_name) "
               "SELECT record_id, MIN(table_name) FROM change_log NOT INDEXED GROUP BY record_id "
               "HAVING MIN(desk_id) <> MAX(desk_id)")
    op.execute("CREATE TRIGGER sync_shared_records_ai AFTER INSERT ON change_log "
               "WHEN EXISTS (SELECT 1 FROM change_log c WHERE c.record_id = NEW.record_id "
               "AND c.desk_id <> NEW.desk_id) "
               "BEGIN INSERT OR IGNORE INTO sync_shared_records (record_id, table_name) "
               "VALUES (NEW.record_id, NEW.table_name); END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS sync_shared_records_ai")
    op.execute("DROP TABLE IF EXISTS sync_shared_records")
