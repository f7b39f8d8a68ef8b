"""The command line keeps its contract in the hard cases (issue 9): output cut short by a closed
pipe, a demo that must not touch a real database or be left half-made, a file that is no register,
a new desk's join killed half-way. Each case: exit 0 on success, else exit 1 with one line on
stderr and the database as it was.

These run ``python -m wic_desk`` in real processes where the behaviour is about the process
(pipes, kills). Every name here is invented.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import rawdb
from tests.unit.test_cli import assert_one_line_error, run, run_process, state, write_csv
from tests.unit.test_sync_helpers import fast_cipher  # noqa: F401 - a fixture

REPO = Path(__file__).resolve().parents[2]
SIGPIPE_EXIT = 141  # 128 + SIGPIPE, as a shell reports a tool a closed pipe stopped

pytestmark = pytest.mark.usefixtures("cli_login")


def wic_desk(*args) -> list[str]:
    return [sys.executable, "-m", "wic_desk", *map(str, args)]


def no_bug_logged(home: Path) -> None:
    log = home / "wic-desk.log"
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    assert "Traceback" not in text and "unexpected error" not in text, text[-2000:]


@pytest.fixture
def pin(cli_login):
    return cli_login


@pytest.fixture
def desk(tmp_path, capsys, pin):
    """A set-up database file, made by ``wic-desk init``."""
    path = tmp_path / "desk.db"
    code, _out, err = run(capsys, "init", "--centre", "Centrum Integracji Test", "--desk", "Recepcja 1",
                          "--admin", "admin", "--db", path)
    assert (code, err) == (0, "")
    return path


# -- 1. output piped into a reader that stops early ---------------------------------------------------

MANY = 2500  # about 150 kB of search results: more than a pipe holds, so the writer must meet the closed end


@pytest.fixture
def crowded_desk(desk, tmp_path, capsys):
    """The desk with MANY invented people of one family name."""
    rows = [["Imię", "Nazwisko", "Data urodzenia"]]
    rows += [[f"Olena{i}", "Wymyślona", f"19{50 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}"] for i in range(MANY)]
    code, out, err = run(capsys, "import", "people", write_csv(tmp_path / "many.csv", rows), "--db", desk)
    assert (code, err) == (0, "") and f"imported\t{MANY}" in out
    return desk


def test_search_piped_into_head_ends_quietly(crowded_desk, _isolated_home):
    writer = subprocess.Popen(wic_desk("people", "search", "Wymyślona", "--limit", MANY, "--db", crowded_desk),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    head = subprocess.Popen(["head", "-1"], stdin=writer.stdout, stdout=subprocess.PIPE, cwd=REPO)
    writer.stdout.close()  # as a shell does: only head holds the reading end
    first, _ = head.communicate(timeout=120)
    err = writer.stderr.read().decode("utf-8")
    code = writer.wait(timeout=120)
    writer.stderr.close()
    assert first.count(b"\n") == 1 and "Olena" in first.decode("utf-8")
    assert code in (0, SIGPIPE_EXIT), err
    assert err == ""
    no_bug_logged(_isolated_home)


@pytest.mark.parametrize("command", [("people", "search", "Olena"), ("sync", "digest")])
def test_a_reader_gone_before_the_first_line(crowded_desk, _isolated_home, command):
    """The reader closes the pipe before anything is written: every write meets a closed pipe."""
    writer = subprocess.Popen(wic_desk(*command, "--db", crowded_desk), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, cwd=REPO)
    writer.stdout.close()
    err = writer.stderr.read().decode("utf-8")
    code = writer.wait(timeout=120)
    writer.stderr.close()
    assert code in (0, SIGPIPE_EXIT), err
    assert err == ""
    no_bug_logged(_isolated_home)



def test_conflicts_piped_into_a_reader_gone_end_quietly(tmp_path, fast_cipher, _isolated_home):  # noqa: F811
    import datetime as dt

    from tests.unit.test_sync_helpers import centre, close_all, exchange_all
    from wic_desk.domain.enums import ConsentKind, Sex
    from wic_desk.services import people

    consent = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")
    a, b = desks = centre(tmp_path / "centre", 2)
    try:
        ids = [people.register(a.db, a.admin, people.PersonInput(given_name=f"Nino{i}", family_name="Zmyślona",
                                                                 sex=Sex.FEMALE), consent) for i in range(40)]
        exchange_all(desks)
        for desk, town in ((a, "Oława"), (b, "Oleśnica")):
            for pid in ids:
                data = people.get_person(desk.db, desk.admin, pid).data
                data.city = town
                people.update_person(desk.db, desk.admin, pid, data)
        exchange_all(desks)
        assert len(a.conflicts()) == 40
    finally:
        close_all(desks)
    writer = subprocess.Popen(wic_desk("sync", "conflicts", "--db", a.db.path), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, cwd=REPO)
    writer.stdout.close()
    err = writer.stderr.read().decode("utf-8")
    code = writer.wait(timeout=120)
    writer.stderr.close()
    assert code in (0, SIGPIPE_EXIT), err
    assert err == ""
    no_bug_logged(_isolated_home)

# -- 3. a file that is no register is refused from its first rows --------------------------------------

WORDS = ("alfa", "bravo", "kot", "pies", "dom", "okno", "las", "rzeka", "słońce", "miasto", "drzewo", "jabłko")


def random_words_file(path: Path, size: int) -> Path:
    import random
    rnd = random.Random(9)
    block = "\n".join(" ".join(rnd.choices(WORDS, k=12)) for _ in range(5000)).encode("utf-8") + b"\n"
    with open(path, "wb") as fh:
        for _ in range(size // len(block) + 1):
            fh.write(block)
    return path


def no_reading_of_the_whole(monkeypatch, path: Path) -> None:
    """Reading the whole of ``path`` fails the command (as an unexpected error, exit 2)."""
    whole = Path.read_bytes

    def read_bytes(self):
        if self.resolve() == path.resolve():
            raise AssertionError("the whole file was read")
        return whole(self)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)


def test_fifty_megabytes_of_words_are_refused_from_the_head(desk, tmp_path, capsys, monkeypatch):
    words = random_words_file(tmp_path / "notatki.txt", 50 * 1000 * 1000)
    assert words.stat().st_size >= 50 * 1000 * 1000
    before = state(desk)
    no_reading_of_the_whole(monkeypatch, words)
    code, out, err = run(capsys, "import", "people", words, "--db", desk)
    assert_one_line_error(code, err, "notatki.txt")
    assert "No first-name and last-name columns" in err
    assert out == "" and state(desk) == before
    assert not list(tmp_path.glob("*rejects*"))


def test_a_workbook_without_a_header_is_refused_without_loading_it(desk, tmp_path, capsys, monkeypatch):
    import random

    import openpyxl
    rnd = random.Random(4)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Arkusz1")
    for i in range(20_000):
        sheet.append([f"{rnd.choice(WORDS)}{i}", rnd.choice(WORDS), i])
    book = tmp_path / "lista.xlsx"
    workbook.save(book)
    before = state(desk)

    def load_workbook(*_args, **_kw):
        raise AssertionError("the whole workbook was loaded")
    monkeypatch.setattr(openpyxl, "load_workbook", load_workbook)
    code, out, err = run(capsys, "import", "people", book, "--db", desk)
    assert_one_line_error(code, err, "lista.xlsx")
    assert "No first-name and last-name columns" in err
    assert state(desk) == before and not list(tmp_path.glob("*rejects*"))


def test_a_long_register_still_imports_after_its_head_is_checked(desk, tmp_path, capsys):
    rows = [["Rejestr osób 2023", "", "", ""], [], ["Imię", "Nazwisko", "Data urodzenia", "Uwagi"]]
    rows += [[f"Iryna{i}", "Zmyślona", f"19{60 + i % 40}-0{1 + i % 9}-1{i % 10}", "x" * 300] for i in range(1200)]
    register = write_csv(tmp_path / "dlugi.csv", rows, delimiter=";")
    assert register.stat().st_size > 256 * 1024  # more than the head the header is looked for in
    code, out, err = run(capsys, "import", "people", register, "--db", desk)
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == ["imported\t1200", "rejected\t0"]


# -- 2. a demo: never over real work, never half-made ----------------------------------------------------

def counts(db_path: Path) -> dict[str, int]:
    conn = rawdb.connect(db_path, mode="ro")
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("persons", "visits", "staff", "change_log", "audit_log", "local_state")}
    finally:
        conn.close()


def leftovers(target: Path) -> list[Path]:
    return sorted(target.parent.glob(f"{target.name}.demo-building*"))


def test_a_demo_over_a_database_set_up_for_real_work_is_refused(crowded_desk, capsys):
    before = counts(crowded_desk)
    code, out, err = run(capsys, "demo", "--no-gui", "--persons", 10, "--db", crowded_desk)
    assert_one_line_error(code, err, "real work")
    assert out == "" and counts(crowded_desk) == before and not leftovers(crowded_desk)


def test_a_second_demo_over_a_demo_is_refused(tmp_path, capsys):
    target = tmp_path / "szkolenie.db"
    code, out, err = run(capsys, "demo", "--no-gui", "--persons", 20, "--db", target)
    assert (code, err) == (0, "")
    before = counts(target)
    assert before["persons"] == 20
    code, out, err = run(capsys, "demo", "--no-gui", "--persons", 10, "--db", target)
    assert_one_line_error(code, err, "already holds a demo")
    assert counts(target) == before and not leftovers(target)


@pytest.mark.parametrize("args", [("--persons", -1), ("--visits", -5), ("--persons", "many")])
def test_bad_demo_numbers_are_one_line(tmp_path, capsys, args):
    target = tmp_path / "nic.db"
    code, out, err = run(capsys, "demo", "--no-gui", *args, "--db", target)
    assert_one_line_error(code, err)
    assert not target.exists() and not leftovers(target)


def _kill_a_demo_build(target: Path, persons: int) -> None:
    """Start ``wic-desk demo`` and kill it (SIGKILL) once it has been writing for a while."""
    proc = subprocess.Popen(wic_desk("demo", "--no-gui", "--persons", persons, "--db", target),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
    building = target.with_name(target.name + ".demo-building")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if building.exists() and building.stat().st_size > 4 * 1024 * 1024:  # some thousands of people in
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the build ended before it could be killed: give it more persons"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_demo_build_leaves_no_database_and_a_second_run_completes(tmp_path, _isolated_home):
    target = tmp_path / "demo.db"
    _kill_a_demo_build(target, 30_000)
    assert not target.exists()
    # (the lock file the killed build held may stay: it is empty of data and freed with the process)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("demo.db") and "building" not in p.name
                and not p.name.endswith(".lock")]
    done = run_process("demo", "--no-gui", "--persons", 300, "--db", target)
    assert (done.returncode, done.stderr) == (0, "")
    assert counts(target)["persons"] == 300 and counts(target)["visits"] == 3000
    assert not leftovers(target)
    no_bug_logged(_isolated_home)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_demo_over_an_empty_database_leaves_it_as_it_was(tmp_path, _isolated_home):
    """A database opened (so migrated) but never set up, as the app leaves it when the set-up
    wizard is closed: the demo may fill it, or leave it as it was."""
    from wic_desk.services import demo, keys
    from wic_desk.services.context import Database
    from wic_desk.store import keyfile

    target = tmp_path / "wic-desk.db"
    Database.open(target).close()
    # encrypted under a key nobody holds (the set-up never wrapped it): nothing in it yet
    assert keyfile.KeyFile.load(keyfile.key_file_path(target)).pending_setup
    _kill_a_demo_build(target, 30_000)
    # still a database nobody set up (opening it makes it anew: it held nothing)
    assert keyfile.KeyFile.load(keyfile.key_file_path(target)).pending_setup
    assert not keys.is_encrypted(target)
    done = run_process("demo", "--no-gui", "--persons", 300, "--db", target)
    assert (done.returncode, done.stderr) == (0, "")
    assert counts(target)["persons"] == 300 and not leftovers(target)
    db = rawdb.open_demo(target)
    try:
        assert demo.is_demo(db)
    finally:
        db.close()
    # the finished demo is registered under its own name: it writes as itself, not as a copy
    register = write_csv(tmp_path / "jeden.csv", [["Imię", "Nazwisko"], ["Daryna", "Niewymyślna"]])
    done = run_process("import", "people", register, "--db", target, env={"WIC_DESK_PASSWORD": demo.DEMO_PASSWORD})
    assert (done.returncode, done.stderr) == (0, "")
    db = rawdb.open_demo(target)
    try:
        assert db.local("previous_desk_ids") is None
    finally:
        db.close()
    no_bug_logged(_isolated_home)


# -- 4. a new desk's join killed half-way, then run again -----------------------------------------------

@pytest.fixture
def no_passphrase(monkeypatch):
    """Desks with the centre key: no sync passphrase is given (nor needed)."""
    monkeypatch.delenv("WIC_DESK_PASSPHRASE", raising=False)


def _kill_at(args, percent: int) -> bytes:
    """Run ``wic-desk args`` with its stderr on a terminal (so it shows its progress) and kill it
    (SIGKILL) once the progress reaches ``percent``. Returns what it showed."""
    import pty
    import re
    import select

    master, slave = pty.openpty()
    proc = subprocess.Popen(wic_desk(*args), stdout=subprocess.DEVNULL, stderr=slave, cwd=REPO)
    os.close(slave)
    shown = b""
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 120)
            if not ready:
                break
            try:
                chunk = os.read(master, 1024)
            except OSError:  # the child closed the terminal: it ended
                break
            if not chunk:
                break
            shown += chunk
            percents = [int(p) for p in re.findall(rb"(\d+)%", shown)]
            if percents and percents[-1] >= percent:
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        os.close(master)
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL, shown[-1000:]
    return shown


JOINERS = 2000  # persons of the centre a new desk joins: its join takes a few seconds


@pytest.fixture
def centre_file(tmp_path, capsys, no_passphrase, monkeypatch):
    """A demo centre's database (desk "Recepcja 1 (demo)") and a full exchange file of it (a join
    file); commands run as its administrator (the demo's training password), here and on the desks
    that join, and the join code printed with the file is in WIC_DESK_JOIN_CODE (the processes
    started here inherit it)."""
    from wic_desk.services import demo
    from wic_desk.services.context import Database

    monkeypatch.setenv("WIC_DESK_PASSWORD", demo.DEMO_PASSWORD)

    source = tmp_path / "a.db"
    db = Database.open(source)
    try:
        demo.build_demo(db, persons=JOINERS, visits=2 * JOINERS, seed=5)
    finally:
        db.close()
    full = tmp_path / "full.wicsync"
    code, out, err = run(capsys, "sync", "export", "--full", "--out", full, "--db", source)
    assert (code, err) == (0, "")
    join_code = out.split("join-code\t")[1].split()[0]
    monkeypatch.setenv("WIC_DESK_JOIN_CODE", join_code)
    return source, full


def holds_what_the_centre_holds(capsys, source: Path, new: Path) -> None:
    """Once the source has the new desk's one new record (the desk itself), both hold the same:
    the new desk took the centre key from the join file, and writes files the centre reads."""
    from wic_desk.services import demo

    back = new.with_name("back.wicsync")
    code, out, err = run(capsys, "sync", "export", "--out", back, "--for", demo.DEMO_DESK, "--db", new)
    assert (code, err) == (0, "") and "join-code" not in out
    code, out, err = run(capsys, "sync", "import", back, "--db", source)
    assert (code, err) == (0, "") and "new\t1\n" in out
    digests = [run(capsys, "sync", "digest", "--db", p)[1] for p in (source, new)]
    assert digests[0] == digests[1]


@pytest.mark.skipif(sys.platform == "win32", reason="a terminal and SIGKILL")
@pytest.mark.parametrize("percent", [50, 80])  # storing the changes; writing the records
def test_a_join_killed_half_way_can_be_run_again(tmp_path, capsys, centre_file, percent, _isolated_home):
    from sqlalchemy import text

    from wic_desk.services.context import Database

    source, full = centre_file

    new = tmp_path / "b.db"
    join = ("sync", "import", full, "--desk", "Recepcja 2", "--db", new)
    _kill_at(join, percent)
    db = Database.open(new)
    try:
        assert not db.is_set_up()
        with db.read() as session:
            assert session.execute(text("SELECT count(*) FROM persons")).scalar_one() == 0
    finally:
        db.close()

    done = run_process(*join)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("desk\t") and "staff\t10" in done.stdout
    assert counts(new)["persons"] == counts(source)["persons"] == JOINERS
    holds_what_the_centre_holds(capsys, source, new)
    no_bug_logged(_isolated_home)


def test_a_join_run_again_after_it_finished_reports_the_desk(tmp_path, capsys, fast_cipher, centre_file):  # noqa: F811
    """Killed after its commit, before it could print: the same command again succeeds, takes
    nothing twice and reports the same desk; under another name it is refused."""
    source, full = centre_file
    new = tmp_path / "b.db"
    join = ("sync", "import", full, "--desk", "Recepcja 2", "--db", new)
    code, first, err = run(capsys, *join)
    assert (code, err) == (0, "")
    before = counts(new)
    code, again, err = run(capsys, *join)
    assert (code, err) == (0, "")
    assert again.splitlines()[:3] == first.splitlines()[:3]  # desk, centre, staff
    assert again.splitlines()[3] == "changes\t0"
    assert {k: v for k, v in counts(new).items() if k != "audit_log"} == \
        {k: v for k, v in before.items() if k != "audit_log"}
    before = state(new)
    code, out, err = run(capsys, "sync", "import", full, "--desk", "Recepcja 3", "--db", new)
    assert_one_line_error(code, err, "already set up")
    assert out == "" and state(new) == before
    holds_what_the_centre_holds(capsys, source, new)


def test_a_join_into_a_file_left_by_a_killed_first_open(tmp_path, capsys, fast_cipher, centre_file):  # noqa: F811
    """A process killed while it created the database leaves an SQLite file with no tables (the
    header written when WAL was turned on): the join must still take it."""
    _source, full = centre_file
    new = tmp_path / "b.db"
    conn = sqlite3.connect(new)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    assert new.stat().st_size > 0
    code, out, err = run(capsys, "sync", "import", full, "--desk", "Recepcja 2", "--db", new)
    assert (code, err) == (0, "") and out.startswith("desk\t")
    assert counts(new)["persons"] == JOINERS


# -- 5. bad input: one line, in the user's language, nothing changed ------------------------------------

def test_a_join_from_a_file_that_is_not_full_changes_nothing(tmp_path, capsys, fast_cipher, centre_file):  # noqa: F811
    source, _full = centre_file
    partial = tmp_path / "partial.wicsync"
    code, _out, err = run(capsys, "sync", "export", "--out", partial, "--db", source)
    assert (code, err) == (0, "")
    new = tmp_path / "b.db"
    code, out, err = run(capsys, "sync", "import", partial, "--desk", "Recepcja 2", "--db", new)
    assert_one_line_error(code, err, "not a join file")
    # a join that failed leaves no empty database (nor its journal or lock) where there was none
    assert out == "" and sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("b.db")) == []


@pytest.mark.parametrize("join_code", [None, "AAAA-BBBB-CCCC-DDDD"])
def test_a_join_without_its_join_code_changes_nothing(tmp_path, centre_file, join_code, _isolated_home):
    """A script's join (no terminal to ask on) with no join code, or a wrong one: exit 1, one line,
    and no database where there was none."""
    from wic_desk import cli
    from wic_desk.sync import centrekey

    _source, full = centre_file
    env = dict(os.environ)
    env.pop("WIC_DESK_JOIN_CODE")
    if join_code:
        env["WIC_DESK_JOIN_CODE"] = join_code
    new = tmp_path / "b.db"
    done = subprocess.run(wic_desk("sync", "import", full, "--desk", "Recepcja 2", "--db", new),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8", cwd=REPO,
                          env=env, timeout=120)
    assert_one_line_error(done.returncode, done.stderr, cli.E_NO_JOIN_CODE if join_code is None
                          else centrekey.E_WRONG_CODE)
    assert done.stdout == "" and sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("b.db")) == []
    no_bug_logged(_isolated_home)


def test_a_command_on_a_missing_database_makes_none(tmp_path, capsys):
    for args in (["people", "search", "Kowal"], ["activities", "list"], ["sync", "digest"], ["backup"]):
        missing = tmp_path / "literowka.db"
        code, out, err = run(capsys, *args, "--db", missing)
        assert_one_line_error(code, err, "There is no database at")
        assert out == "" and list(tmp_path.iterdir()) == []


def test_a_demo_into_a_file_that_is_no_database_or_a_missing_folder(tmp_path, capsys):
    notes = tmp_path / "notatki.db"
    notes.write_text("lista zakupów\n", encoding="utf-8")
    code, out, err = run(capsys, "demo", "--no-gui", "--persons", 5, "--db", notes)
    assert_one_line_error(code, err, "not a WIC Desk database")
    assert notes.read_text(encoding="utf-8") == "lista zakupów\n" and not leftovers(notes)
    missing = tmp_path / "nie-ma" / "demo.db"
    code, out, err = run(capsys, "demo", "--no-gui", "--persons", 5, "--db", missing)
    assert_one_line_error(code, err, "folder")
    assert not missing.parent.exists()


@pytest.mark.parametrize(("language", "words"), [("pl", "prawdziwej pracy"), ("uk", "справжньої роботи")])
def test_a_refused_demo_speaks_the_users_language(desk, language, words):
    before = counts(desk)
    done = run_process("demo", "--no-gui", "--persons", 5, "--db", desk, env={"WIC_DESK_LANG": language})
    assert_one_line_error(done.returncode, done.stderr, words)
    assert counts(desk) == before


@pytest.mark.parametrize(("language", "words"), [("pl", "nie znaleziono kolumn"), ("uk", "не знайдено стовпців")])
def test_a_file_that_is_no_register_is_refused_in_the_users_language(desk, tmp_path, language, words):
    words_file = random_words_file(tmp_path / "slowa.txt", 2 * 1000 * 1000)
    before = state(desk)
    done = run_process("import", "people", words_file, "--db", desk, env={"WIC_DESK_LANG": language})
    assert_one_line_error(done.returncode, done.stderr, "slowa.txt")
    assert words in done.stderr and state(desk) == before
