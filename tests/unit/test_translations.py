"""Translations stay in step with the code (tools/translations.py check): every marked string
reaches the catalogues, Polish and Ukrainian are complete, placeholders survive translation,
and the committed .qm files are what lrelease makes of the .ts files."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool():
    spec = importlib.util.spec_from_file_location("wic_translations_tool", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


# --- the project's own catalogues ---------------------------------------------------------------

def test_lupdate_can_read_every_marked_string():
    problems = tool.unreadable_marks()
    assert not problems, "\n".join(problems)


def test_catalogues_match_the_code_are_complete_and_released():
    problems = tool.catalogue_problems()
    assert not problems, "\n".join(problems) + "\n(fix: python tools/translations.py update, translate, release)"


def test_aliased_markers_reach_the_catalogue():
    """cli.py and the services import QT_TRANSLATE_NOOP as T; lupdate must still see those."""
    _, messages = tool.read_ts(tool.ts_path("pl"))
    keys = {(m.context, m.source) for m in messages}
    assert ("Errors", "Wrong command: {detail}. See wic-desk --help.") in keys
    assert ("Enum", "Temporary protection (PESEL UKR)") in keys
    assert ("Country", "Ukraine") in keys


def test_the_command_line_speaks_polish_and_ukrainian(tmp_path):
    """The released catalogue is loaded and used: a user error in the chosen language."""
    text = "Give the first administrator's password in WIC_DESK_PASSWORD or --password-file FILE."
    expected = {}
    for lang in ("pl", "uk"):
        _, messages = tool.read_ts(tool.ts_path(lang))
        expected[lang] = next(m.forms[0] for m in messages if (m.context, m.source) == ("Errors", text))
    for lang in ("pl", "uk", "en"):
        env = {k: v for k, v in os.environ.items() if k != "WIC_DESK_PASSWORD"}
        env.update(WIC_DESK_LANG=lang, WIC_DESK_HOME=str(tmp_path / lang), QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([sys.executable, "-m", "wic_desk", "init", "--centre", "C", "--desk", "D",
                                 "--admin", "a", "--db", str(tmp_path / "x.db")],
                                capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip() == f"wic-desk: {expected.get(lang, text)}"


# --- the check's own logic, on made-up files ----------------------------------------------------

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Row {row}: bad date.</source>
        <translation>Wiersz {row}: zła data.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed</source>
        <translation type="unfinished">Zgadnięte</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Znikło</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_read_ts_tells_finished_from_unfinished(tmp_path):
    path = tmp_path / "x.ts"
    path.write_text(TS, encoding="utf-8")
    language, messages = tool.read_ts(path)
    assert language == "pl"
    done = {m.source: m.done for m in messages}
    # vanished messages are not current; a guess lupdate pre-filled is not finished, nor is a
    # plural with one form missing
    assert done == {"Row {row}: bad date.": True, "Not yet": False, "Guessed": False, "%n person(s)": False}


def test_placeholders_must_survive_translation():
    assert tool.placeholders("Row {row}: bad date in {column}.") == {"{row}", "{column}"}
    assert tool.placeholders("&Save %1") == {"&", "%1"}
    assert tool.placeholders("&Зберегти %1") == {"&", "%1"}
    assert tool.placeholders("{row}") != tool.placeholders("{wiersz}")


SAMPLE = '''
from PySide6.QtCore import QCoreApplication
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.gui.i18n import tr

_CTX = "People"
GOOD = T("Errors", "Fine")
HELD = {"łódź": T(_CTX, "Zażółć")}


class Model:
    CONTEXT = "Model"
    HEADERS = [T(CONTEXT, "Name")]

    def data(self, i, other):
        ok = QCoreApplication.translate("Model", "Literal")
        lookup = QCoreApplication.translate(self.CONTEXT, self.HEADERS[i])
        held = QCoreApplication.translate(self.CONTEXT, "Written out")
        unknown = QCoreApplication.translate(other.CONTEXT, "Run time only")
        return tr("Model", "Free tr"), self.tr("Own"), ok, lookup, held, unknown


def label(context):
    return T(context, "Parameter")
'''


def test_marks_are_collected_and_spelled_out_for_lupdate(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(SAMPLE, encoding="utf-8")
    marks = list(tool.marked_strings([source]))
    good = {(m.context, m.text) for m in marks if not m.problem}
    bad = {(m.context, m.text) for m in marks if m.problem}
    assert good == {("Errors", "Fine"), ("People", "Zażółć"), ("Model", "Name"), ("Model", "Literal"),
                    ("Model", "Written out"), ("Model", "Free tr")}
    assert bad == {(None, "Run time only"), (None, "Parameter")}

    spelled = tool.spelled_out(source, marks).decode("utf-8")
    assert spelled.count("\n") == SAMPLE.count("\n")  # line for line: locations stay true
    assert 'HELD = {"łódź": T("People", "Zażółć")}' in spelled
    assert 'HEADERS = [T("Model", "Name")]' in spelled
    assert 'QCoreApplication.translate("Model", "Written out")' in spelled
    assert 'QCoreApplication.translate("Model", "Free tr")' in spelled
    assert "QCoreApplication.translate(self.CONTEXT, self.HEADERS[i])" in spelled  # a lookup stays


def test_noop_aliases_are_found(tmp_path):
    source = tmp_path / "a.py"
    source.write_text("from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as N\nM = N\n", encoding="utf-8")
    assert tool.noop_aliases([source]) == {"QT_TRANSLATE_NOOP", "N", "M"}


@pytest.mark.parametrize("lang", ["pl", "uk", "en"])
def test_catalogue_languages(lang):
    language, _ = tool.read_ts(tool.ts_path(lang))
    assert language == lang
