"""The command line keeps its contract in the hard cases (issue 9): output cut short by a closed
pipe, a demo that must not touch a real database or be left half-made, a file that is no register,
a new desk's join killed half-way. Each case: exit 0 on success, else exit 1 with one line on
stderr and the database as it was.

These run ``python -m wic_desk`` in real processes where the behaviour is about the process
(pipes, kills). Every name here is invented.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.test_cli import PIN, run, write_csv

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "invented passphrase for tests"
SIGPIPE_EXIT = 141  # 128 + SIGPIPE, as a shell reports a tool a closed pipe stopped


def wic_desk(*args) -> list[str]:
    return [sys.executable, "-m", "wic_desk", *map(str, args)]


def no_bug_logged(home: Path) -> None:
    log = home / "wic-desk.log"
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    assert "Traceback" not in text and "unexpected error" not in text, text[-2000:]


@pytest.fixture
def pin(monkeypatch):
    monkeypatch.setenv("WIC_DESK_PIN", PIN)
    return PIN


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
