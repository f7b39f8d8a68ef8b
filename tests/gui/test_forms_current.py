"""The committed forms (wic_desk/gui/forms/ui_*.py) are what pyside6-uic makes of ui/*.ui today:
a changed .ui without a regenerated form fails here (fix: python tools/compile_forms.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "wic_desk" / "gui" / "forms"


def test_generated_forms_are_current():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "compile_forms.py"), "--check"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_generated_form_has_its_designer_source():
    orphans = [f.name for f in FORMS.glob("ui_*.py") if not (ROOT / "ui" / f"{f.stem[3:]}.ui").exists()]
    assert not orphans, f"forms without a ui/*.ui (delete them or restore the source): {orphans}"


def test_generated_forms_carry_the_do_not_edit_header():
    missing = [f.name for f in FORMS.glob("ui_*.py")
               if not f.read_text(encoding="utf-8").startswith("# Generated from ui/")]
    assert not missing, missing
