"""The app as people get it: a wheel installed into a fresh virtual environment, and the
PyInstaller one-folder build. Both must find their assets (migrations, fonts, translations)
without the source tree, and make a demo database from a folder outside the repository.

Slow (a build each, and the wheel's dependencies installed into a new venv): run by default and
in CI; skip them while iterating with ``pytest -m "not slow"``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import wic_desk

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
PERSONS = 50
# Qt modules the app does not use; their libraries must stay out of the desktop build.
UNWANTED_QT = ("WebEngine", "Quick", "Qml", "3D", "Multimedia", "Pdf", "Charts", "Bluetooth",
               "Positioning", "Sensors", "SerialPort", "Nfc", "Designer", "Sql", "Test")


def run(cmd: list, cwd: Path, env: dict[str, str], timeout: float = 900) -> subprocess.CompletedProcess:
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, (
        f"{' '.join(map(str, cmd))} exited {result.returncode}\n"
        f"--- stdout\n{result.stdout[-4000:]}\n--- stderr\n{result.stderr[-4000:]}")
    return result


def clean_env(home: Path) -> dict[str, str]:
    """The environment of someone who just installed the app: no source tree on the path, a
    data folder of their own, no screen."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "WIC_DESK_DATABASE_URL", "WIC_DESK_USER")}
    env.update(WIC_DESK_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    return env


def count_persons(db: Path) -> int:
    """Read through SQLCipher with the key the demo's password unwraps: the built app wrote an
    encrypted file (its SQLCipher library is in the build), not a plain SQLite one."""
    from tests.rawdb import connect
    from wic_desk.store import cipher
    assert not cipher.is_plain(db)
    conn = connect(db, mode="ro")
    try:
        return conn.execute("SELECT count(*) FROM persons").fetchone()[0]
    finally:
        conn.close()


def check_demo(exe: Path, workdir: Path, env: dict[str, str]) -> None:
    version = run([exe, "--version"], workdir, env)
    assert version.stdout.strip() == f"wic-desk {wic_desk.__version__}"
    db = workdir / "demo.db"
    run([exe, "demo", "--no-gui", "--persons", PERSONS, "--db", db], workdir, env)
    assert count_persons(db) == PERSONS
    env = {**env, "WIC_DESK_USER": "admin", "WIC_DESK_PASSWORD": "demo-szkolenie-2024"}  # the demo's, as documented
    # what loads its parts late: the workbook and its chart, an attendance sheet's fonts
    report = workdir / "donor.xlsx"
    run([exe, "report", "donor", "--from", "2023-07-01", "--to", "2024-06-15", "--out", report, "--db", db],
        workdir, env)
    assert report.stat().st_size > 0
    first_activity = run([exe, "activities", "list", "--db", db], workdir, env).stdout.splitlines()[0].split("\t")[0]
    sheet = workdir / "sheet.pdf"
    run([exe, "attendance-sheet", "--activity", first_activity, "--out", sheet, "--db", db], workdir, env)
    assert sheet.read_bytes().startswith(b"%PDF")
    # a join file: age for the centre key (pyrage), its join code sealed by argon2 and AES-GCM
    # (compiled parts of pyrage, argon2-cffi and cryptography); no passphrase, and a new desk joins
    exchange = workdir / "full.wicsync"
    env = {k: v for k, v in env.items() if k not in ("WIC_DESK_PASSPHRASE", "WIC_DESK_JOIN_CODE")}
    written = run([exe, "sync", "export", "--full", "--out", exchange, "--db", db], workdir, env)
    assert "changes\t" in written.stdout and exchange.stat().st_size > 0
    join_code = written.stdout.split("join-code\t")[1].split()[0]
    joined = workdir / "joined.db"
    done = run([exe, "sync", "import", exchange, "--desk", "Recepcja 2", "--db", joined], workdir,
               {**env, "WIC_DESK_JOIN_CODE": join_code})
    assert done.stdout.startswith("desk\t") and count_persons(joined) == PERSONS


def check_window_opens(exe: Path, workdir: Path, env: dict[str, str], seconds: float = 8) -> None:
    """The app itself (not a command) starts and stays up showing its login window: Qt, its
    platform plugin and the forms load. It is stopped after a few seconds."""
    proc = subprocess.Popen([str(exe), "--db", str(workdir / "demo.db")], cwd=workdir, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.terminate()
        try:
            proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
        return
    pytest.fail(f"the app exited at once ({proc.returncode})\n--- stdout\n{out[-3000:]}\n--- stderr\n{err[-3000:]}")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel as a release makes it: sdist first (MANIFEST.in), then the wheel from the sdist."""
    out = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    run([sys.executable, "-m", "build", "--outdir", out, ROOT], ROOT, dict(os.environ))
    print(f"build sdist+wheel: {time.monotonic() - started:.0f} s")
    wheels = list(out.glob("wic_desk-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_ships_the_assets(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assets = "wic_desk/_assets/"
    for folder in ("ui", "resources", "db", "exports"):
        assert f"{assets}{folder}/.wic-assets" in names, folder
    assert any(n.startswith(f"{assets}db/versions/") and n.endswith(".py") for n in names)
    assert f"{assets}db/env.py" in names
    assert any(n.startswith(f"{assets}resources/fonts/") and n.endswith(".ttf") for n in names)
    for lang in ("pl", "uk", "en"):
        assert f"{assets}resources/translations/wic_desk_{lang}.qm" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in names if n.startswith(("tests/", "tools/", "ui/", "db/"))]


def test_wheel_installs_and_runs_outside_the_repo(wheel, tmp_path):
    venv = tmp_path / "venv"
    workdir = tmp_path / "work"
    workdir.mkdir()
    env = clean_env(tmp_path / "home")
    started = time.monotonic()
    run([sys.executable, "-m", "venv", venv], tmp_path, env)
    python = venv / "bin" / "python"
    run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel], tmp_path, env)
    print(f"venv + install: {time.monotonic() - started:.0f} s")

    # The installed package, not the checkout, and its assets from the wheel's _assets folder.
    where = run([python, "-c", "import wic_desk, wic_desk.paths as p; print(wic_desk.__file__); "
                 "print(p.migrations_dir()); print(p.translations_dir())"], workdir, env).stdout.split()
    site = (venv / "lib").resolve()
    assert all(Path(w).resolve().is_relative_to(site) for w in where), where
    assert all("_assets" in w for w in where[1:]), where

    check_demo(venv / "bin" / "wic-desk", workdir, env)
    check_window_opens(venv / "bin" / "wic-desk", workdir, env)


def test_pyinstaller_build_runs(tmp_path):
    pytest.importorskip("PyInstaller", reason="pyinstaller is in the test extra: pip install -e '.[test]'")
    env = clean_env(tmp_path / "home")
    started = time.monotonic()
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", tmp_path / "dist", "--workpath", tmp_path / "build", ROOT / "build.spec"],
        ROOT, env, timeout=1500)
    print(f"pyinstaller: {time.monotonic() - started:.0f} s")
    app = tmp_path / "dist" / "wic-desk"
    exe = app / "wic-desk"
    assert exe.is_file()

    internal = app / "_internal"
    for folder in ("ui", "resources", "db", "exports"):
        assert (internal / folder / ".wic-assets").is_file(), folder
    assert list((internal / "db" / "versions").glob("*.py"))
    assert list((internal / "resources" / "translations").glob("*.qm"))
    qt_libs = [p.name for p in internal.rglob("libQt6*")]
    assert any(n.startswith("libQt6Widgets") for n in qt_libs), qt_libs
    unwanted = [n for n in qt_libs if any(n.startswith(f"libQt6{m}") for m in UNWANTED_QT)]
    assert not unwanted, unwanted

    # Run it from elsewhere, with the build's own folder the only place to find anything.
    workdir = tmp_path / "work"
    workdir.mkdir()
    moved = tmp_path / "moved"
    shutil.move(app, moved)
    check_demo(moved / "wic-desk", workdir, env)
    check_window_opens(moved / "wic-desk", workdir, env)
