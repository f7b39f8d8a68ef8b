"""The command line keeps DESIGN.md's contract: exit 0 on success; exit 1 with exactly one line on
stderr (never a traceback) on a user error, leaving the database as it was; script output is
tab-separated.

Most commands run in-process (``cli.main``); a few run as ``python -m wic_desk`` in a subprocess.
Every name here is invented.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests import rawdb
from tests.conftest import ADMIN_PASSWORD
from wic_desk import __version__, cli
from wic_desk.store import cipher, keyfile

PASSWORD = ADMIN_PASSWORD
REPO = Path(__file__).resolve().parents[2]


# -- helpers --------------------------------------------------------------------------------------

def run(capsys, *args):
    """cli.main in-process: (exit code, stdout, stderr)."""
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_process(*args, env=None, timeout=120):
    """``python -m wic_desk`` as a script would run it."""
    return subprocess.run([sys.executable, "-m", "wic_desk", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=REPO, env={**os.environ, **(env or {})},
                          timeout=timeout)


def assert_one_line_error(code, err, containing=""):
    assert code == 1, err
    assert "Traceback" not in err
    assert err.endswith("\n") and err.count("\n") == 1, repr(err)
    assert err.startswith("wic-desk: ")
    assert containing in err


def persons(db_path, key=None):
    conn = rawdb.connect(db_path, key, mode="ro")
    try:
        return conn.execute("SELECT count(*) FROM persons").fetchone()[0]
    finally:
        conn.close()


def state(db_path, key=None):
    """What must not change when a command fails: people, change log, audit log."""
    conn = rawdb.connect(db_path, key, mode="ro")
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("persons", "change_log", "audit_log"))
    finally:
        conn.close()


def write_csv(path, rows, delimiter=","):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


REGISTER = [
    ["Ім'я", "Прізвище", "Дата народження", "Стать", "Громадянство"],
    ["Марічка", "Вигаданенко", "1994-02-07", "жінка", "UA"],
    ["Тарас", "Несправжній", "07.08.1979", "чоловік", "Україна"],
    ["", "Безіменна", "", "", ""],
]


@pytest.fixture
def pin(cli_login):
    """init takes the administrator's password from WIC_DESK_PASSWORD; later commands log in as them."""
    return cli_login


@pytest.fixture
def desk(tmp_path, capsys, pin):
    """A set-up database file, made by ``wic-desk init``."""
    path = tmp_path / "desk.db"
    code, out, err = run(capsys, "init", "--centre", "Centrum Integracji Test", "--desk", "Recepcja 1",
                         "--admin", "admin", "--db", path)
    assert (code, err) == (0, "")
    return path


@pytest.fixture
def register_file(tmp_path):
    return write_csv(tmp_path / "rejestr.csv", REGISTER)


# -- version, init ---------------------------------------------------------------------------------

def test_version(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"wic-desk {__version__}"


def test_version_as_a_process():
    done = run_process("--version")
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, f"wic-desk {__version__}", "")


def test_init_prints_the_desk_id_and_database(tmp_path, capsys, pin):
    path = tmp_path / "new.db"
    code, out, err = run(capsys, "init", "--centre", "Centrum", "--desk", "Recepcja 2", "--admin", "kasia",
                         "--db", path)
    assert (code, err) == (0, "")
    first, second = out.rstrip("\n").split("\n")
    desk_id, url = first.split("\t")
    uuid.UUID(desk_id)
    assert url.endswith(str(path))
    # the centre's recovery key, once, for the deploying script to print and seal; it opens the key file
    label, recovery_key = second.split("\t")
    assert label == "recovery-key" and len(recovery_key.replace("-", "")) == 32
    key = keyfile.KeyFile.load(keyfile.key_file_path(path)).open_with_recovery(recovery_key)
    assert rawdb.key_of(path, "kasia") == key and not cipher.is_plain(path)


def test_recover_sets_a_forgotten_administrator_password_with_the_recovery_key(tmp_path, capsys, pin,
                                                                              monkeypatch):
    path = tmp_path / "new.db"
    code, out, _err = run(capsys, "init", "--centre", "Centrum", "--desk", "Recepcja 2", "--admin", "kasia",
                          "--db", path)
    recovery_key = out.splitlines()[1].split("\t")[1]
    monkeypatch.setenv("WIC_DESK_PASSWORD", "nowe haslo po zapomnieniu")
    before = path.read_bytes()
    monkeypatch.setenv("WIC_DESK_RECOVERY_KEY", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    code, out, err = run(capsys, "recover", "--admin", "kasia", "--db", path)
    assert_one_line_error(code, err, "recovery key")
    assert path.read_bytes() == before
    monkeypatch.delenv("WIC_DESK_RECOVERY_KEY")
    code, out, err = run(capsys, "recover", "--admin", "kasia", "--db", path)
    assert_one_line_error(code, err, "WIC_DESK_RECOVERY_KEY")
    monkeypatch.setenv("WIC_DESK_RECOVERY_KEY", recovery_key.lower())
    code, out, err = run(capsys, "recover", "--admin", "kasia", "--db", path)
    assert (code, err) == (0, "") and out.startswith("kasia has a new password.")
    monkeypatch.setenv("WIC_DESK_USER", "kasia")
    code, out, err = run(capsys, "people", "search", "Nikt", "--db", path)  # the new password opens it
    assert (code, err) == (0, "")


def test_init_without_a_password_is_one_line_and_makes_no_database(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("WIC_DESK_PASSWORD", raising=False)
    path = tmp_path / "new.db"
    code, out, err = run(capsys, "init", "--centre", "C", "--desk", "D", "--admin", "a", "--db", path)
    assert_one_line_error(code, err, "WIC_DESK_PASSWORD")
    assert out == ""
    assert not path.exists()


def test_init_twice_is_refused(desk, capsys):
    before = desk.read_bytes()
    code, out, err = run(capsys, "init", "--centre", "C", "--desk", "D", "--admin", "other", "--db", desk)
    assert_one_line_error(code, err, "already set up")
    assert desk.read_bytes() == before


@pytest.mark.parametrize("password, why", [("12", "at least 10"), ("password123", "common passwords")])
def test_init_with_a_weak_password_is_refused_and_makes_no_database(tmp_path, capsys, monkeypatch, password, why):
    monkeypatch.setenv("WIC_DESK_PASSWORD", password)
    code, _out, err = run(capsys, "init", "--centre", "C", "--desk", "D", "--admin", "a", "--db", tmp_path / "x.db")
    assert_one_line_error(code, err, why)
    assert password not in err.replace("wic-desk", "")
    assert not (tmp_path / "x.db").exists()


# -- who runs a command ------------------------------------------------------------------------------

@pytest.mark.parametrize("argv", [["people", "search", "Tar"], ["activities", "list"], ["sync", "digest"],
                                  ["backup"], ["report", "monthly", "--month", "2024-01", "--out", "r.xlsx"]])
def test_no_command_runs_without_a_login(desk, capsys, monkeypatch, argv, tmp_path):
    """Not even on the desk's own machine, not even a search: no implicit administrator."""
    monkeypatch.delenv("WIC_DESK_USER")
    monkeypatch.delenv("WIC_DESK_PASSWORD")
    before = state(desk)
    code, out, err = run(capsys, *argv, "--db", desk)
    assert_one_line_error(code, err, "WIC_DESK_USER")
    assert out == "" and state(desk) == before and not (tmp_path / "r.xlsx").exists()
    monkeypatch.setenv("WIC_DESK_USER", "admin")  # a login without its password will not do either
    code, out, err = run(capsys, *argv, "--db", desk)
    assert_one_line_error(code, err, "WIC_DESK_PASSWORD")


def test_a_wrong_password_is_one_line_and_an_unknown_login_the_same(desk, capsys, monkeypatch, register_file):
    before = state(desk)
    monkeypatch.setenv("WIC_DESK_PASSWORD", "zla-lipa-nad-odra")
    code, out, err = run(capsys, "import", "people", register_file, "--db", desk)
    assert_one_line_error(code, err, "The login or the password is wrong.")
    monkeypatch.setenv("WIC_DESK_USER", "nikt")
    code2, out2, err2 = run(capsys, "import", "people", register_file, "--db", desk)
    assert (code2, out2, err2) == (code, out, err)
    assert persons(desk) == 0 and state(desk)[:2] == before[:2]  # only the audit log took the failures


def test_the_password_may_come_from_a_file(desk, capsys, monkeypatch, tmp_path, register_file):
    monkeypatch.delenv("WIC_DESK_PASSWORD")
    secret = tmp_path / "haslo.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    code, out, err = run(capsys, "--password-file", secret, "import", "people", register_file, "--db", desk)
    assert (code, err) == (0, "") and persons(desk) == 2
    code, out, err = run(capsys, "people", "search", "Tar", "--db", desk, "--password-file", secret)
    assert code == 0 and "Несправжній" in out
    code, out, err = run(capsys, "people", "search", "Tar", "--db", desk, "--password-file", tmp_path / "brak.txt")
    assert_one_line_error(code, err, "Cannot read the password file")


def test_five_failures_lock_the_login_out_of_every_command(desk, tmp_path, monkeypatch):
    from wic_desk.services import auth
    """Real processes, one after another, as a script guessing would run them."""
    env = {"WIC_DESK_USER": "admin", "WIC_DESK_PASSWORD": "zla-lipa-nad-odra"}
    for attempt in range(1, 6):
        done = run_process("people", "search", "Tar", "--db", desk, env=env)
        assert done.returncode == 1 and done.stdout == "" and "Traceback" not in done.stderr
        assert done.stderr.count("\n") == 1
        expected = "locked after too many failed attempts; try again in 30 s" if attempt == 5 else "is wrong"
        assert expected in done.stderr, (attempt, done.stderr)
    done = run_process("people", "search", "Tar", "--db", desk, env={**env, "WIC_DESK_PASSWORD": PASSWORD})
    assert done.returncode == 1 and "locked after too many failed attempts; try again in" in done.stderr
    # The attempts were counted before the database could be opened (a wrong password cannot open
    # it); they reach the audit log with the first login after the wait.
    later = auth.clock() + dt.timedelta(seconds=31)
    monkeypatch.setattr(auth, "clock", lambda: later)
    rawdb.open_as(desk).close()
    conn = rawdb.connect(desk, mode="ro")
    try:
        audited = conn.execute("SELECT action, detail FROM audit_log WHERE action LIKE 'auth.%' "
                               "ORDER BY action").fetchall()
    finally:
        conn.close()
    assert sum(a == "auth.failure" and d.startswith("command line; at ") for a, d in audited) == 5
    assert sum(a == "auth.lockout" and d.startswith("command line; 30 s; at ") for a, d in audited) == 1
    assert not any("zla-lipa" in (detail or "") for _action, detail in audited)


# -- usage mistakes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["--frobnicate"],
    ["people", "search"],
    ["people", "delete", "x"],
    ["import", "people"],
    ["import", "visits", "x.csv"],
    ["init", "--centre", "C"],
    ["people", "search", "x", "--limit", "many"],
])
def test_usage_mistakes_are_one_line(capsys, args):
    code, out, err = run(capsys, *args)
    assert_one_line_error(code, err, "Wrong command")
    assert out == ""


def test_an_unknown_command_as_a_process():
    done = run_process("frobnicate")
    assert_one_line_error(done.returncode, done.stderr, "Wrong command")


# -- people search, import ----------------------------------------------------------------------------

def test_import_then_search_prints_tab_separated_records(desk, register_file, capsys):
    code, out, err = run(capsys, "import", "people", register_file, "--db", desk)
    assert (code, err) == (0, "")
    rejects = register_file.with_name("rejestr-rejects.csv")
    assert out.splitlines() == ["imported\t2", "rejected\t1", f"rejects\t{rejects}"]
    assert rejects.exists()

    code, out, err = run(capsys, "people", "search", "Vyhadanenko", "--db", desk)
    assert (code, err) == (0, "")
    [line] = out.splitlines()
    person_id, latin, native, born = line.split("\t")
    uuid.UUID(person_id)
    assert (latin, native, born) == ("Marichka Vyhadanenko", "Марічка Вигаданенко", "1994-02-07")

    code, out, _ = run(capsys, "--db", desk, "people", "search", "Szewczenko")  # --db before the command
    assert (code, out) == (0, "")


def test_import_and_search_as_processes(tmp_path, register_file):
    path = tmp_path / "proc.db"
    env = {"WIC_DESK_USER": "admin", "WIC_DESK_PASSWORD": PASSWORD}
    done = run_process("init", "--centre", "C", "--desk", "D", "--admin", "admin", "--db", path, env=env)
    assert (done.returncode, done.stderr) == (0, "")
    done = run_process("import", "people", register_file, "--db", path, env=env)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[:2] == ["imported\t2", "rejected\t1"]
    done = run_process("people", "search", "несправжн", "--db", path, env=env)
    assert done.returncode == 0
    assert [line.split("\t")[1:] for line in done.stdout.splitlines()] == [
        ["Taras Nespravzhnii", "Тарас Несправжній", "1979-08-07"]]


def test_a_search_from_a_script_does_not_load_qt(desk):
    """Credentials from the environment, nothing to ask: the translations (and Qt under them) are
    loaded only for a prompt or a message, so a script's command starts sooner."""
    probe = ("import sys, runpy; sys.argv = ['wic-desk', 'people', 'search', 'Tar', '--db', sys.argv[1]]\n"
             "try:\n    runpy.run_module('wic_desk', run_name='__main__')\n"
             "except SystemExit as done:\n    assert done.code == 0, done.code\n"
             "print('qt loaded' if 'PySide6' in sys.modules else 'no qt', file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe, str(desk)], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "WIC_DESK_USER": "admin", "WIC_DESK_PASSWORD": PASSWORD}, timeout=120)
    assert done.stderr.strip().splitlines()[-1] == "no qt", done.stderr


@pytest.mark.parametrize("content", [b"", b"\x00\x01garbage\xff" * 50, b"Kolor,Liczba\nzielony,3\n"])
def test_importing_a_bad_file_is_one_line_and_changes_nothing(desk, tmp_path, capsys, content):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    before = state(desk)
    code, out, err = run(capsys, "import", "people", bad, "--db", desk)
    assert_one_line_error(code, err, "bad.csv")
    assert out == ""
    assert state(desk) == before


def test_importing_a_corrupt_workbook_as_a_process(desk, tmp_path):
    bad = tmp_path / "register.xlsx"
    bad.write_bytes(b"PK\x03\x04" + os.urandom(2000))
    before = state(desk)
    done = run_process("import", "people", bad, "--db", desk)
    assert_one_line_error(done.returncode, done.stderr, "register.xlsx")
    assert state(desk) == before


def test_import_into_a_database_not_set_up(tmp_path, register_file, capsys):
    code, _out, err = run(capsys, "import", "people", register_file, "--db", tmp_path / "empty.db")
    assert_one_line_error(code, err, "init")


# -- backup, restore --------------------------------------------------------------------------------

def test_backup_makes_a_file_in_the_backups_folder(desk, capsys):
    code, out, err = run(capsys, "backup", "--db", desk)
    assert (code, err) == (0, "")
    copy = Path(out.strip())
    assert copy.parent == desk.parent / "backups" and copy.is_file()
    assert state(copy, rawdb.key_of(desk)) == state(desk)


def test_restore_of_a_backup_gives_the_data_back(desk, tmp_path, register_file, capsys):
    run(capsys, "import", "people", register_file, "--db", desk)
    _code, out, _err = run(capsys, "backup", "--db", desk)
    copy = Path(out.strip())
    later = write_csv(tmp_path / "later.csv", [["Imię", "Nazwisko"], ["Ola", "Późniejsza"]])
    run(capsys, "import", "people", later, "--db", desk)
    assert persons(desk) == 3

    code, out, err = run(capsys, "restore", copy, "--db", desk)

    assert (code, err) == (0, "")
    lines = dict(line.split("\t") for line in out.splitlines())
    assert Path(lines["previous"]).is_file() and persons(Path(lines["previous"]), rawdb.key_of(desk)) == 3
    assert persons(desk) == 2
    _code, out, _err = run(capsys, "people", "search", "Pozniejsza", "--db", desk)
    assert out == ""
    _code, out, _err = run(capsys, "people", "search", "Vyhadanenko", "--db", desk)
    assert len(out.splitlines()) == 1


@pytest.mark.parametrize("content", [b"not a database at all", os.urandom(10_000),
                                     b"SQLite format 3\x00" + os.urandom(10_000)])
def test_restore_of_a_file_that_is_no_backup_changes_nothing(desk, tmp_path, register_file, capsys, content):
    run(capsys, "import", "people", register_file, "--db", desk)
    bad = tmp_path / "backup.db"
    bad.write_bytes(content)
    before = state(desk)
    code, out, err = run(capsys, "restore", bad, "--db", desk)
    assert_one_line_error(code, err)
    assert out == ""
    assert state(desk) == before


def test_restore_of_a_missing_file(desk, tmp_path, capsys):
    code, _out, err = run(capsys, "restore", tmp_path / "nowhere.db", "--db", desk)
    assert_one_line_error(code, err, "nowhere.db")


# -- a database that is not one, or is busy -----------------------------------------------------------

@pytest.mark.parametrize("content", [os.urandom(20_000), b"SQLite format 3\x00" + os.urandom(20_000),
                                     "Imię;Nazwisko\n".encode()])
@pytest.mark.parametrize("command", [["people", "search", "Ola"], ["backup"], ["init", "--centre", "C",
                                                                             "--desk", "D", "--admin", "a"]])
def test_a_database_file_that_is_not_sqlite(tmp_path, capsys, pin, content, command):
    path = tmp_path / "photo.db"
    path.write_bytes(content)
    code, out, err = run(capsys, *command, "--db", path)
    assert_one_line_error(code, err, "not a WIC Desk database")
    assert out == ""
    assert path.read_bytes() == content


def test_a_database_file_that_is_not_sqlite_as_a_process(tmp_path):
    path = tmp_path / "random.db"
    content = os.urandom(8192)
    path.write_bytes(content)
    done = run_process("people", "search", "Ola", "--db", path)
    assert_one_line_error(done.returncode, done.stderr, "not a WIC Desk database")
    assert path.read_bytes() == content


def _hold_write_lock(path, key=None):
    holder = rawdb.connect(path, key, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_a_locked_database_is_busy_not_a_crash(desk, register_file, capsys, monkeypatch):
    monkeypatch.setenv("WIC_DESK_BUSY_TIMEOUT_MS", "200")
    _code, out, _err = run(capsys, "backup", "--db", desk)
    copy = Path(out.strip())
    before = state(desk)
    holder = _hold_write_lock(desk)
    try:
        code, out, err = run(capsys, "import", "people", register_file, "--db", desk)
        assert_one_line_error(code, err, "busy")
        assert out == ""
        code, out, err = run(capsys, "restore", copy, "--db", desk)
        assert_one_line_error(code, err, "busy")
        code, out, err = run(capsys, "backup", "--db", desk)  # reading while another writes is fine
        assert (code, err) == (0, "")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert state(desk) == before
    assert not register_file.with_name("rejestr-rejects.csv").exists()


def test_a_write_to_a_locked_database_is_busy(desk, tmp_path, capsys, monkeypatch):
    """Any command's database error the user can act on is one line, even from a service that
    does not translate it itself (here the unit of work's BEGIN IMMEDIATE, writing the new desk
    that a join file names)."""
    monkeypatch.setenv("WIC_DESK_BUSY_TIMEOUT_MS", "200")
    monkeypatch.delenv("WIC_DESK_PASSPHRASE", raising=False)  # none needed: the desk has the centre key
    out_file = tmp_path / "dolacz.wicsync"
    before = state(desk)
    holder = _hold_write_lock(desk)
    try:
        code, out, err = run(capsys, "sync", "export", "--new-desk", "Recepcja 2", "--out", out_file, "--db", desk)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_line_error(code, err, "busy")
    assert state(desk) == before and not out_file.exists()
    code, out, err = run(capsys, "sync", "export", "--new-desk", "Recepcja 2", "--out", out_file, "--db", desk)
    assert (code, err) == (0, "")  # nothing was half-done
    assert "new-desk\t" in out and "join-code\t" in out


def test_a_locked_database_as_a_process(desk, register_file):
    holder = _hold_write_lock(desk)
    try:
        done = run_process("import", "people", register_file, "--db", desk, env={"WIC_DESK_BUSY_TIMEOUT_MS": "200"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_line_error(done.returncode, done.stderr, "busy")


def test_an_unexpected_error_is_logged_not_shown(desk, capsys, monkeypatch, _isolated_home):
    from wic_desk.services import people

    def broken(*_args, **_kw):
        raise ZeroDivisionError("a bug")
    monkeypatch.setattr(people, "search", broken)
    code, out, err = run(capsys, "people", "search", "Ola", "--db", desk)
    assert code == 2
    assert "Traceback" not in err and err.count("\n") == 1
    log = (_isolated_home / "wic-desk.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log


def test_database_file_is_unchanged_by_a_failed_command(desk, tmp_path, capsys):
    digest = hashlib.sha256(desk.read_bytes()).hexdigest()
    run(capsys, "import", "people", tmp_path / "nowhere.csv", "--db", desk)
    assert hashlib.sha256(desk.read_bytes()).hexdigest() == digest


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal")
def test_on_a_terminal_the_login_and_password_are_asked_for(desk):
    """stdin a terminal (a pseudo-terminal here, in a session of its own so that nothing reads the
    runner's terminal): the command asks for the login, then the password without echoing it."""
    import pty
    import select

    main_fd, child_fd = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("WIC_DESK_USER", "WIC_DESK_PASSWORD")}
    child = subprocess.Popen([sys.executable, "-m", "wic_desk", "people", "search", "Tar", "--db", str(desk)],
                             stdin=child_fd, stdout=subprocess.PIPE, stderr=child_fd, cwd=REPO, env=env,
                             start_new_session=True)
    os.close(child_fd)
    seen = b""

    def read_until(marker: bytes) -> None:
        nonlocal seen
        while marker not in seen:
            ready, _w, _x = select.select([main_fd], [], [], 60)
            assert ready, seen
            seen += os.read(main_fd, 1024)

    try:
        read_until(b"Login: ")
        os.write(main_fd, b"admin\n")
        read_until(b"Password: ")
        os.write(main_fd, PASSWORD.encode() + b"\n")
        out, _err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
        os.close(main_fd)
    assert child.returncode == 0, seen
    assert PASSWORD.encode() not in seen  # not echoed
    assert out == b""  # the test desk holds no one yet; the search ran as the administrator


def test_notes_let_in_seals_the_keys_for_a_reset_reader_with_the_recovery_key(tmp_path, capsys, pin, monkeypatch):
    from tests.conftest import STAFF_PASSWORD
    from wic_desk.domain.enums import Confidentiality, ConsultationKind, Role, Sex
    from wic_desk.services import auth, consultations, people
    path = tmp_path / "new.db"
    code, out, _err = run(capsys, "init", "--centre", "Centrum", "--desk", "Recepcja 2", "--admin", "kasia",
                          "--db", path)
    recovery_key = out.splitlines()[1].split("\t")[1]
    db = rawdb.open_as(path, "kasia", PASSWORD)
    try:
        admin = auth.login(db, "kasia", PASSWORD)
        staff_id = auth.add_staff(db, admin, "psy", "Piotr Psycholog", Role.SPECIALIST, STAFF_PASSWORD,
                                  ConsultationKind.PSYCHOLOGIST)
        pid = people.register(db, admin, people.PersonInput(given_name="Ola", family_name="Nowak", sex=Sex.FEMALE),
                              people.ConsentInput(people.ConsentKind.WRITTEN, dt.date.today(), "Usługi"))
        consultations.record(db, auth.login(db, "psy", STAFF_PASSWORD), pid, consultations.ConsultationInput(
            kind=ConsultationKind.PSYCHOLOGIST, held_on=dt.date.today(), note="Tylko autor",
            confidentiality=Confidentiality.AUTHOR_ONLY))
        auth.reset_password(db, admin, staff_id, "hasło po resecie notatek")
        auth.login(db, "psy", "hasło po resecie notatek")
    finally:
        db.close()
    monkeypatch.setenv("WIC_DESK_USER", "kasia")
    code, out, err = run(capsys, "notes", "pending", "--db", path)
    assert (code, err) == (0, "") and out == f"{staff_id}\tPiotr Psycholog\tauthor:{staff_id}\n"
    monkeypatch.setenv("WIC_DESK_RECOVERY_KEY", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    code, out, err = run(capsys, "notes", "let-in", "--db", path)
    assert_one_line_error(code, err, "recovery key")
    monkeypatch.setenv("WIC_DESK_RECOVERY_KEY", recovery_key)
    code, out, err = run(capsys, "notes", "let-in", "--db", path)
    assert (code, err, out) == (0, "", "granted\t1\n")
    code, out, err = run(capsys, "notes", "pending", "--db", path)
    assert (code, out) == (0, "")
    db = rawdb.open_as(path, "kasia", PASSWORD)
    try:
        reader = auth.login(db, "psy", "hasło po resecie notatek")
        assert [r.note for r in consultations.for_person(db, reader, pid)] == ["Tylko autor"]
    finally:
        db.close()
