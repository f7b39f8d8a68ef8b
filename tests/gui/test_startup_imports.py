"""What the desk loads before anyone asks for a document: the screens of a login, not the writers.

The workbook writer (openpyxl) and ReportLab's layout and graphics (platypus, the QR encoder's
package) take about 0.3 s to load; a login must not wait for them. They load when a report,
a certificate, an attendance sheet or a subject's record is written.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("openpyxl", "reportlab.platypus", "reportlab.graphics")


def test_the_main_window_and_its_pages_load_without_the_document_writers():
    probe = ("import sys\n"
             "import wic_desk.gui.main_window\n"
             "from wic_desk.gui.pages import desk, dashboard, person, activities, activity_detail, sync, staff\n"
             f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_writing_a_document_still_finds_its_writer():
    """The other side: the writers load on demand (a name mistyped in a lazy import would only
    show when a coordinator prints)."""
    probe = ("import sys\n"
             "from wic_desk.services import reports, sheets, subject_export, certificates\n"
             "from wic_desk.documents import certificate\n"
             "certificate.qr_matrix('WIC-1 CODE')\n"
             "from wic_desk.reports.workbook import write_workbook\n"
             "from wic_desk.documents import attendance_sheet, subject_record\n"
             f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(sorted(HEAVY))


def test_the_pages_loaded_ahead_are_the_pages_the_window_builds():
    """``main_window.PAGE_MODULES`` (loaded while the login window waits) names every page module
    the window's ``_build_pages`` and ``_make_desk_page`` import, and only those."""
    import ast
    import inspect

    from wic_desk.gui import main_window
    built = set()
    for method in (main_window.MainWindow._build_pages, main_window.MainWindow._make_desk_page):
        tree = ast.parse(inspect.cleandoc("\n" + inspect.getsource(method)))
        built |= {node.module for node in ast.walk(tree)
                  if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("wic_desk.gui.pages.")}
    assert built == set(main_window.PAGE_MODULES)


def test_loading_ahead_loads_the_pages_in_its_own_thread():
    probe = ("import sys\n"
             "from wic_desk import app\n"
             "app.preload_desk()\n"
             "app._preloaded()\n"
             "from wic_desk.gui import main_window\n"
             "print(all(m in sys.modules for m in main_window.PAGE_MODULES))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True" and "failed" not in done.stderr
