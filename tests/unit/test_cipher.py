"""SQLCipher at rest (store/cipher.py): encrypted files, a plain file converted, a wrong key refused."""

from __future__ import annotations

import sqlite3

from wic_desk.store import cipher, keyfile

MARKERS = (b"Mykhailo-Marker", "Михайло-Маркер".encode(), b"author-only note marker")


def test_an_encrypted_database_its_wal_and_its_backup_hold_no_marker(tmp_path):
    key = keyfile.new_key()
    path = tmp_path / "desk.db"
    conn = cipher.connect(path, key, mode="rwc", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE notes (who TEXT, native TEXT, note TEXT)")
    conn.execute("INSERT INTO notes VALUES (?, ?, ?)", tuple(m.decode() for m in MARKERS))
    backup = tmp_path / "copy.db"
    dst = cipher.connect(backup, key, mode="rwc")
    conn.backup(dst)
    dst.close()
    assert (tmp_path / "desk.db-wal").exists()  # still open: the -wal holds the write
    for file in (path, tmp_path / "desk.db-wal", backup):
        data = file.read_bytes()
        assert not any(marker in data for marker in MARKERS), file.name
    conn.close()
    assert not cipher.is_plain(path) and cipher.opens_with(path, key)
    assert not cipher.opens_with(path, keyfile.new_key()) and not cipher.opens_with(path, None)
    plain_reader = sqlite3.connect(path)
    try:
        plain_reader.execute("SELECT * FROM notes")
        raise AssertionError("the standard sqlite3 read an encrypted file")
    except sqlite3.DatabaseError:
        pass
    finally:
        plain_reader.close()
    again = cipher.connect(backup, key, mode="ro")
    assert again.execute("SELECT who FROM notes").fetchone()[0] == MARKERS[0].decode()
    again.close()


def test_a_plain_database_is_exported_encrypted_whole(tmp_path):
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE persons (name TEXT)")
    conn.executemany("INSERT INTO persons VALUES (?)", [(MARKERS[0].decode(),), (MARKERS[1].decode(),)])
    conn.execute("CREATE VIRTUAL TABLE search USING fts5(key, tokenize='trigram')")
    conn.execute("INSERT INTO search VALUES ('szewczenko')")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    key = keyfile.new_key()
    target = tmp_path / "encrypted.db"
    cipher.export_encrypted(plain, target, key)
    data = target.read_bytes()
    assert not any(marker in data for marker in MARKERS)
    conn = cipher.connect(target, key, mode="ro")
    assert sorted(r[0] for r in conn.execute("SELECT name FROM persons")) == sorted(m.decode() for m in MARKERS[:2])
    assert conn.execute("SELECT key FROM search WHERE search MATCH 'ewc'").fetchone() == ("szewczenko",)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    conn.close()
    assert not (tmp_path / "encrypted.db-wal").exists()


def test_a_wrong_key_prints_nothing_to_stderr(tmp_path, capfd):
    path = tmp_path / "d.db"
    conn = cipher.connect(path, keyfile.new_key(), mode="rwc")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert not cipher.opens_with(path, keyfile.new_key())
    assert capfd.readouterr().err == ""
