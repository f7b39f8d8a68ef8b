"""`wic-desk sync ...` between two desks through the command line: no passphrase to give; a new
desk joins with the join file and the join code `sync export --full` prints; a desk set up before
centre keys gives the former sync passphrase once."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import delete

from tests import rawdb
from tests.conftest import ADMIN_PASSWORD
from wic_desk import cli
from wic_desk.domain.enums import Sex
from wic_desk.services import auth, people, setup
from wic_desk.services import sync as sync_service
from wic_desk.services.context import Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import LocalState
from wic_desk.sync import centrekey, fileformat

PHRASE = "invented passphrase for tests"  # a former sync passphrase (desks set up before centre keys)

pytestmark = pytest.mark.usefixtures("cli_login")


def _run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(code, err, text):
    assert code == 1 and "Traceback" not in err, err
    assert err.startswith("wic-desk: ") and err.endswith("\n") and err.count("\n") == 1, repr(err)
    assert text in err, err  # (in English here: WIC_DESK_LANG=en)


@pytest.fixture(autouse=True)
def no_secrets_given(monkeypatch):
    """Neither a passphrase nor a join code unless a test gives it; stdin no terminal (no prompt)."""
    monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
    monkeypatch.delenv(cli.JOIN_CODE_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO())


def _export_full(capsys, db_path, out):
    """`sync export --full`: its output, and the join code it prints (once)."""
    code, printed, err = _run(capsys, "sync", "export", "--out", out, "--full", "--db", db_path)
    assert (code, err) == (0, "") and out.exists()
    lines = dict(line.split("\t", 1) for line in printed.splitlines())
    assert list(lines) == ["changes", "bytes", "file", "join-code"]
    assert printed.count(lines["join-code"]) == 1
    return lines["join-code"]


def _join(capsys, monkeypatch, full, code, desk_file, name="Recepcja 2"):
    monkeypatch.setenv(cli.JOIN_CODE_ENV, code)
    try:
        return _run(capsys, "sync", "import", full, "--desk", name, "--db", desk_file)
    finally:
        monkeypatch.delenv(cli.JOIN_CODE_ENV)


def _files_named(folder, name):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(name))


def _forget_centre_key(db: Database) -> None:
    """As a desk set up before centre keys is: no `sync.centre_key` in its local state."""
    with UnitOfWork(db, auth.login(db, "admin", ADMIN_PASSWORD)) as uow:
        uow.session.execute(delete(LocalState).where(LocalState.key == sync_service.CENTRE_KEY))
    assert not sync_service.has_centre_key(db)


def test_a_new_desk_joins_then_both_converge(capsys, db, db_path, admin, consent, tmp_path, monkeypatch):
    people.register(db, admin, people.PersonInput(given_name="Halyna", family_name="Bondarenko", sex=Sex.FEMALE),
                    consent)
    full = tmp_path / "full.age"
    join_code = _export_full(capsys, db_path, full)
    desk_b = tmp_path / "b.db"
    code, out, err = _join(capsys, monkeypatch, full, join_code, desk_b)
    assert code == 0 and "centre\tCentrum Integracji Test" in out, err
    digests = [_run(capsys, "sync", "digest", "--db", p)[1] for p in (db_path, desk_b)]
    assert digests[0] != digests[1]  # desk B's own desk record has not travelled to A yet

    b = rawdb.open_as(desk_b)
    try:
        assert b.local(sync_service.CENTRE_KEY) == db.local(sync_service.CENTRE_KEY)
        people.register(b, admin, people.PersonInput(given_name="Giorgi", family_name="Tsiklauri", sex=Sex.MALE),
                        consent)
    finally:
        b.close()
    back = tmp_path / "back.age"
    code, out, err = _run(capsys, "sync", "export", "--out", back, "--for", "Recepcja 1", "--db", desk_b)
    assert code == 0 and "join-code" not in out, err  # an ordinary file: no join code
    code, out, err = _run(capsys, "sync", "import", back, "--db", db_path)
    assert code == 0 and "new\t" in out
    digests = [_run(capsys, "sync", "digest", "--db", p)[1] for p in (db_path, desk_b)]
    assert digests[0] == digests[1] and len(digests[0].splitlines()) == 1
    assert [h.latin_name for h in people.search(db, "Tsiklauri")] == ["Giorgi Tsiklauri"]
    code, out, err = _run(capsys, "sync", "conflicts", "--db", db_path)
    assert (code, out) == (0, "")


def test_other_centres_files_old_files_and_bad_files_are_one_line_and_change_nothing(
        capsys, db, db_path, admin, tmp_path):
    other_path = tmp_path / "other.db"  # another centre, set up the same way (same names, same password)
    other = Database.open(other_path)
    try:
        setup.initialise(other, "Centrum Integracji Test", "Recepcja 1", "admin", "Anna Admin", ADMIN_PASSWORD)
    finally:
        other.close()
    foreign, foreign_full = tmp_path / "foreign.age", tmp_path / "foreign-full.age"
    assert _run(capsys, "sync", "export", "--out", foreign, "--db", other_path)[0] == 0
    _export_full(capsys, other_path, foreign_full)
    old = tmp_path / "old.age"  # sealed with a sync passphrase, as earlier versions wrote
    old.write_bytes(fileformat.SealedPassphrase().encrypt(fileformat.MAGIC + b"written before", PHRASE))
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"\x00" * 100)
    before = _run(capsys, "sync", "digest", "--db", db_path)[1]
    for path, text in ((foreign, fileformat.E_OTHER_CENTRE), (foreign_full, fileformat.E_OTHER_CENTRE),
                       (old, fileformat.E_OLD_FILE), (junk, fileformat.E_NOT_EXCHANGE)):
        code, out, err = _run(capsys, "sync", "import", path, "--db", db_path)
        _one_line(code, err, text)
        assert out == ""
    assert _run(capsys, "sync", "digest", "--db", db_path)[1] == before


def test_a_join_with_a_wrong_code_or_an_ordinary_file_is_one_line_and_leaves_no_database(
        capsys, db_path, admin, tmp_path, monkeypatch):
    full = tmp_path / "full.age"
    join_code = _export_full(capsys, db_path, full)
    partial = tmp_path / "partial.age"
    assert _run(capsys, "sync", "export", "--out", partial, "--db", db_path)[0] == 0
    for path, code_given, text in ((full, "AAAA-BBBB-CCCC-DDDD", centrekey.E_WRONG_CODE),
                                   (partial, join_code, centrekey.E_NOT_JOIN)):
        code, out, err = _join(capsys, monkeypatch, path, code_given, tmp_path / "b.db")
        _one_line(code, err, text)
        assert out == "" and _files_named(tmp_path, "b.db") == []


def test_a_join_without_a_join_code_is_one_line_and_leaves_no_database(capsys, db_path, admin, tmp_path):
    full = tmp_path / "full.age"
    _export_full(capsys, db_path, full)
    code, out, err = _run(capsys, "sync", "import", full, "--desk", "Recepcja 2", "--db", tmp_path / "b.db")
    _one_line(code, err, cli.E_NO_JOIN_CODE)
    assert cli.JOIN_CODE_ENV in err
    assert out == "" and _files_named(tmp_path, "b.db") == []


def test_a_desk_without_centre_key_is_told_to_give_the_former_passphrase_once(
        capsys, db, db_path, admin, consent, tmp_path, monkeypatch):
    full = tmp_path / "full.age"
    join_code = _export_full(capsys, db_path, full)
    desk_b = tmp_path / "b.db"
    assert _join(capsys, monkeypatch, full, join_code, desk_b)[0] == 0
    for path in (db_path, desk_b):  # both, as desks from before centre keys are
        opened = rawdb.open_as(path)
        try:
            _forget_centre_key(opened)
        finally:
            opened.close()
    people.register(db, admin, people.PersonInput(given_name="Olha", family_name="Zmyslona", sex=Sex.FEMALE),
                    consent)

    # without the former passphrase: one line, no file written, nothing read, nothing changed
    before = [_run(capsys, "sync", "digest", "--db", p)[1] for p in (db_path, desk_b)]
    out_file = tmp_path / "a.age"
    for argv in (("export", "--out", out_file), ("export", "--out", out_file, "--full"), ("import", full)):
        code, out, err = _run(capsys, "sync", *argv, "--db", db_path)
        _one_line(code, err, cli.E_NO_CENTRE_KEY_CLI)
        assert out == "" and not out_file.exists()
    assert [_run(capsys, "sync", "digest", "--db", p)[1] for p in (db_path, desk_b)] == before
    assert not sync_service.has_centre_key(db)

    # given once (in WIC_DESK_PASSPHRASE on one desk, in --passphrase-file on the other) it is adopted ...
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PHRASE)
    code, out, err = _run(capsys, "sync", "export", "--out", out_file, "--db", db_path)
    assert code == 0 and out.startswith("changes\t") and out_file.exists(), err
    monkeypatch.delenv(cli.PASSPHRASE_ENV)
    phrase_file = tmp_path / "phrase.txt"
    phrase_file.write_text(PHRASE + "\n", encoding="utf-8")
    # ... and the two desks, which took the same key from the same former passphrase, read each other's files
    code, out, err = _run(capsys, "sync", "import", out_file, "--passphrase-file", phrase_file, "--db", desk_b)
    assert code == 0 and "new\t" in out, err
    b = rawdb.open_as(desk_b)
    try:
        assert people.search(b, "Zmyslona")
        assert b.local(sync_service.CENTRE_KEY) == db.local(sync_service.CENTRE_KEY) == \
            centrekey.from_passphrase(PHRASE, _centre_id(db))
    finally:
        b.close()
    # after that, no passphrase is needed, either way
    back = tmp_path / "back.age"
    code, out, err = _run(capsys, "sync", "export", "--out", back, "--for", "Recepcja 1", "--db", desk_b)
    assert code == 0, err
    code, out, err = _run(capsys, "sync", "import", back, "--db", db_path)
    assert code == 0 and "new\t" in out, err
    digests = [_run(capsys, "sync", "digest", "--db", p)[1] for p in (db_path, desk_b)]
    assert digests[0] == digests[1]


def _centre_id(db: Database) -> str:
    from sqlalchemy import select

    from wic_desk.store.models import Centre
    with db.read() as s:
        return str(s.execute(select(Centre.id)).scalars().one())


def test_unknown_desk_and_unset_database(capsys, db_path, admin, tmp_path):
    code, out, err = _run(capsys, "sync", "export", "--out", tmp_path / "x.age", "--for", "Nowhere",
                          "--db", db_path)
    assert code == 1 and "Nowhere" in err
    full = tmp_path / "full.age"
    _run(capsys, "sync", "export", "--out", full, "--full", "--db", db_path)
    code, out, err = _run(capsys, "sync", "import", full, "--db", tmp_path / "fresh.db")
    assert code == 1 and "--desk" in err


def test_a_failed_command_on_a_desk_without_centre_key_keeps_no_key(capsys, db, db_path, admin, tmp_path,
                                                                    monkeypatch):
    """The former passphrase given with a command that then fails (an unknown desk, a junk file, a
    file the derived key does not open) changes nothing: the key is kept only with a success."""
    from tests.unit.test_cli import state
    _forget_centre_key(db)
    before = state(db_path)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PHRASE)
    code, out, err = _run(capsys, "sync", "export", "--out", tmp_path / "x.age", "--for", "Nowhere", "--db", db_path)
    _one_line(code, err, "Nowhere")
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"not an exchange file at all")
    code, out, err = _run(capsys, "sync", "import", junk, "--db", db_path)
    _one_line(code, err, fileformat.E_NOT_EXCHANGE)
    assert state(db_path) == before and not sync_service.has_centre_key(db)
    # a file of this centre's other desks that the mistyped passphrase's key does not open
    other = tmp_path / "other.age"
    fileformat.write_file(other, b"x", centrekey.from_passphrase(PHRASE, _centre_id(db)))
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PHRASE + " (mistyped)")
    code, out, err = _run(capsys, "sync", "import", other, "--db", db_path)
    _one_line(code, err, sync_service.E_OTHER_CENTRE_OR_TYPO)
    assert state(db_path) == before and not sync_service.has_centre_key(db)
