"""`wic-desk sync ...` between two desks through the command line."""

from __future__ import annotations

import pytest

from tests import rawdb
from wic_desk import cli
from wic_desk.domain.enums import Sex
from wic_desk.services import people

PHRASE = "invented passphrase for tests"

pytestmark = pytest.mark.usefixtures("cli_login")


def _run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("WIC_DESK_PASSPHRASE", PHRASE)


def test_a_new_desk_joins_then_both_converge(capsys, db, db_path, admin, consent, tmp_path):
    people.register(db, admin, people.PersonInput(given_name="Halyna", family_name="Bondarenko", sex=Sex.FEMALE),
                    consent)
    full = tmp_path / "full.age"
    code, out, err = _run(capsys, "sync", "export", "--out", full, "--full", "--db", db_path)
    assert (code, err) == (0, "") and full.exists()
    desk_b = tmp_path / "b.db"
    code, out, err = _run(capsys, "sync", "import", full, "--desk", "Recepcja 2", "--db", desk_b)
    assert code == 0 and "centre\tCentrum Integracji Test" in out
    digests = [_run(capsys, "sync", "digest", "--db", p)[1] for p in (db_path, desk_b)]
    assert digests[0] != digests[1]  # desk B's own desk record has not travelled to A yet

    b = rawdb.open_as(desk_b)
    try:
        people.register(b, admin, people.PersonInput(given_name="Giorgi", family_name="Tsiklauri", sex=Sex.MALE),
                        consent)
    finally:
        b.close()
    back = tmp_path / "back.age"
    code, out, err = _run(capsys, "sync", "export", "--out", back, "--for", "Recepcja 1", "--db", desk_b)
    assert code == 0, err
    code, out, err = _run(capsys, "sync", "import", back, "--db", db_path)
    assert code == 0 and "new\t" in out
    digests = [_run(capsys, "sync", "digest", "--db", p)[1] for p in (db_path, desk_b)]
    assert digests[0] == digests[1] and len(digests[0].splitlines()) == 1
    assert [h.latin_name for h in people.search(db, "Tsiklauri")] == ["Giorgi Tsiklauri"]
    code, out, err = _run(capsys, "sync", "conflicts", "--db", db_path)
    assert (code, out) == (0, "")


def test_wrong_passphrase_and_bad_files_are_one_line_and_change_nothing(capsys, db, db_path, admin, tmp_path,
                                                                          monkeypatch):
    full = tmp_path / "full.age"
    assert _run(capsys, "sync", "export", "--out", full, "--full", "--db", db_path)[0] == 0
    before = _run(capsys, "sync", "digest", "--db", db_path)[1]
    monkeypatch.setenv("WIC_DESK_PASSPHRASE", "not the passphrase")
    code, out, err = _run(capsys, "sync", "import", full, "--db", db_path)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    monkeypatch.setenv("WIC_DESK_PASSPHRASE", PHRASE)
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"\x00" * 100)
    code, out, err = _run(capsys, "sync", "import", junk, "--db", db_path)
    assert code == 1 and len(err.strip().splitlines()) == 1
    monkeypatch.delenv("WIC_DESK_PASSPHRASE")
    code, out, err = _run(capsys, "sync", "export", "--out", tmp_path / "x.age", "--db", db_path)
    assert code == 1 and "passphrase" in err.lower()
    assert _run(capsys, "sync", "digest", "--db", db_path)[1] == before


def test_unknown_desk_and_unset_database(capsys, db_path, admin, tmp_path):
    code, out, err = _run(capsys, "sync", "export", "--out", tmp_path / "x.age", "--for", "Nowhere",
                          "--db", db_path)
    assert code == 1 and "Nowhere" in err
    full = tmp_path / "full.age"
    _run(capsys, "sync", "export", "--out", full, "--full", "--db", db_path)
    code, out, err = _run(capsys, "sync", "import", full, "--db", tmp_path / "fresh.db")
    assert code == 1 and "--desk" in err
