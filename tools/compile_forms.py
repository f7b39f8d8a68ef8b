"""Compile Qt Designer forms: ui/X.ui -> wic_desk/gui/forms/ui_X.py, with a do-not-edit header.

    python tools/compile_forms.py          # regenerate every form
    python tools/compile_forms.py --check  # exit 1 if any committed form is stale (tests use it)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "wic_desk" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by tools/compile_forms.py (pyside6-uic); do not edit.\n"


def uic() -> list[str]:
    exe = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return [exe]


def compile_one(ui_file: Path) -> str:
    out = subprocess.run([*uic(), "--from-imports", "-g", "python", str(ui_file)], check=True,
                         capture_output=True, text=True).stdout
    # pyside6-uic stamps its own version in a comment; drop comment lines so output is stable
    body = "\n".join(line for line in out.splitlines() if not line.startswith("##")).lstrip("\n")
    return HEADER.format(name=ui_file.name) + body + "\n"


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        text = compile_one(ui_file)
        target = target_for(ui_file)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
        else:
            target.write_text(text, encoding="utf-8")
    if stale:
        print("stale forms (run python tools/compile_forms.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
