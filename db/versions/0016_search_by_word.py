"""search by whole word and word start from a word index; erased names leave the search indexes

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08

Search while typing asks first for whole words and word starts, then for matches anywhere. The
trigram index ``person_fts`` answered all three, and for a word or its start it intersects the
long lists of common trigrams ("ko", "ov "): two thirds of a search's time. ``person_fts_words``
indexes the same keys (``person_search``, external content, kept in step by triggers) word by
word, with the starts of two and three letters indexed too: a whole word is one short list, a
word start a prefix of them. The trigram index stays for matches inside a word.

Both indexes delete for good (FTS5 ``secure-delete``): when a person is erased (their key
emptied), their name words leave the index at once instead of staying in older index segments
until those are merged. The trigram index is merged once here, so that names erased before
this revision leave it too.
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = ("person_search_words_ai", "person_search_words_ad", "person_search_words_au")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # the key's letters are kept as they are (already folded: Latin, Georgian, schwa; digits)
    op.execute("CREATE VIRTUAL TABLE person_fts_words USING fts5(key, content='person_search', "
               "content_rowid='no', tokenize='unicode61 remove_diacritics 0', prefix='2 3')")
    for table in ("person_fts", "person_fts_words"):
        op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")
    # the words of persons erased before today may still sit in the trigram index's older segments
    op.execute("INSERT INTO person_fts(person_fts) VALUES ('optimize')")
    op.execute("INSERT INTO person_fts_words(person_fts_words) VALUES ('rebuild')")
    op.execute("CREATE TRIGGER person_search_words_ai AFTER INSERT ON person_search BEGIN "
               "INSERT INTO person_fts_words(rowid, key) VALUES (new.no, new.key); END")
    op.execute("CREATE TRIGGER person_search_words_ad AFTER DELETE ON person_search BEGIN "
               "INSERT INTO person_fts_words(person_fts_words, rowid, key) VALUES ('delete', old.no, old.key); END")
    op.execute("CREATE TRIGGER person_search_words_au AFTER UPDATE ON person_search BEGIN "
               "INSERT INTO person_fts_words(person_fts_words, rowid, key) VALUES ('delete', old.no, old.key); "
               "INSERT INTO person_fts_words(rowid, key) VALUES (new.no, new.key); END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS person_fts_words")
    op.execute("INSERT INTO person_fts(person_fts, rank) VALUES ('secure-delete', 0)")
