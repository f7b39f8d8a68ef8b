"""Keep the translations in step with the code: Qt Linguist's lupdate and lrelease, and a check.

    python tools/translations.py update    # code and forms -> resources/translations/wic_desk_*.ts
    python tools/translations.py release   # *.ts -> *.qm (only finished translations go in)
    python tools/translations.py check     # exit 1, saying why, if anything is stale or missing
    python tools/translations.py stats     # per language: messages, finished, still to do
    python tools/translations.py fill F.json  # translations written elsewhere -> the .ts files

The source language is English. wic_desk_pl.ts and wic_desk_uk.ts hold every message and must be
fully translated (no "unfinished" entry) before a release. wic_desk_en.ts holds only the messages
with plural forms (lupdate -pluralonly, as Qt advises for the source language): an English
"%n person(s)" still needs its singular and plural written out; every other English text is
shown as written in the code.

Strings are marked for lupdate with ``self.tr("...")`` in a QObject, with
``QCoreApplication.translate("Context", "...")`` (or wic_desk.gui.i18n's ``tr("Context", "...")``),
or, outside Qt, with wic_desk.domain.i18n's ``QT_TRANSLATE_NOOP("Context", "...")`` under any name
it is imported as (``as T`` included). lupdate reads the source without running it and silently
drops a call whose context is a variable, and it reads ``tr(a, b)`` as text ``a``; so lupdate is
given a copy of the sources in which contexts and texts held in string constants of the same
module or class (``_CTX = "PeopleModel"``) are written out, and ``tr`` is spelled
``QCoreApplication.translate``. A context that is known only at run time (a function's
parameter, another module's constant) cannot be collected: ``check`` names those calls.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wic_desk"
UI_DIR = ROOT / "ui"
TS_DIR = ROOT / "resources" / "translations"
GENERATED_FORMS = PACKAGE / "gui" / "forms"  # scanned through ui/*.ui, their source
SOURCE_LANGUAGE = "en"
LANGUAGES = ("pl", "uk", "en")
NOOP = "QT_TRANSLATE_NOOP"
NOOP_MODULE = "wic_desk.domain.i18n"


def ts_path(language: str) -> Path:
    return TS_DIR / f"wic_desk_{language}.ts"


def qm_path(language: str) -> Path:
    return TS_DIR / f"wic_desk_{language}.qm"


def _tool(name: str) -> str:
    exe = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(exe).exists():
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return exe


# --- what lupdate reads -------------------------------------------------------------------------

def python_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if GENERATED_FORMS not in p.parents and "__pycache__" not in p.parts)


def ui_sources() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def noop_aliases(files: Iterable[Path]) -> set[str]:
    """Every name QT_TRANSLATE_NOOP goes by in our code (``import ... as T``, ``T = QT_TRANSLATE_NOOP``)."""
    names = {NOOP}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == NOOP_MODULE:
                names.update(a.asname or a.name for a in node.names if a.name == NOOP)
            elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Name)
                  and node.value.id in names):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def lupdate(ts_files: Iterable[tuple[Path, str]], silent: bool = False) -> None:
    """Merge the code's messages into each (ts file, language); obsolete messages are dropped.

    lupdate reads a copy of the sources in which every context or text held in a constant of
    the same module or class (``_CTX = "PeopleModel"``, ``CONTEXT = ...``) is written out, and
    ``tr(context, text)`` from wic_desk.gui.i18n is spelled ``QCoreApplication.translate``.
    The copy keeps every line where it was, so the locations in the .ts files are the real ones.
    """
    py = python_sources()
    aliases = sorted(noop_aliases(py) - {NOOP})
    with tempfile.TemporaryDirectory() as tmp:
        shadow = Path(tmp)
        sources = write_shadow_tree(shadow, py)
        listing = shadow / "sources.lst"
        listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
        for ts, language in ts_files:
            copy = shadow / ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else shadow / TS_DIR.relative_to(ROOT) / ts.name
            copy.parent.mkdir(parents=True, exist_ok=True)
            if ts.exists():
                shutil.copy2(ts, copy)
            cmd = [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative",
                   "-source-language", SOURCE_LANGUAGE, "-target-language", language]
            if aliases:
                cmd += ["-tr-function-alias", ",".join(f"{NOOP}+={a}" for a in aliases)]
            if language == SOURCE_LANGUAGE:
                cmd.append("-pluralonly")
            if silent:
                cmd.append("-silent")
            cmd += [f"@{listing}", "-ts", str(copy.relative_to(shadow))]
            subprocess.run(cmd, cwd=shadow, check=True, capture_output=silent)
            shutil.copy2(copy, ts)


def write_shadow_tree(shadow: Path, py: list[Path]) -> list[str]:
    """Copy the sources lupdate reads into ``shadow`` (same relative paths), Python files
    spelled out (see ``spelled_out``); returns the relative paths."""
    marks: dict[Path, list[Marked]] = {}
    for mark in marked_strings(py):
        marks.setdefault(mark.path, []).append(mark)
    rel_paths = []
    for path in [*py, *ui_sources()]:
        rel = path.relative_to(ROOT)
        target = shadow / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(spelled_out(path, marks.get(path, [])))
        rel_paths.append(rel.as_posix())
    return rel_paths


def spelled_out(path: Path, marks: Iterable[Marked]) -> bytes:
    """The file with the marks' edits made: constants written out as literals, line for line."""
    edits = sorted({e for m in marks for e in m.edits}, reverse=True)
    data = path.read_bytes()
    if not edits:
        return data
    lines = data.splitlines(keepends=True)
    # ast's columns are UTF-8 byte offsets; editing from the end keeps the earlier ones valid
    for lineno, col, end_col, text in edits:
        line = lines[lineno - 1]
        lines[lineno - 1] = line[:col] + text.encode("utf-8") + line[end_col:]
    return b"".join(lines)


def lrelease(ts: Path, qm: Path, silent: bool = False) -> None:
    cmd = [_tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)]
    if silent:
        cmd.insert(1, "-silent")
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=silent)


# --- reading .ts files --------------------------------------------------------------------------

@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...] = field(compare=False)
    state: str = field(compare=False)  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    @property
    def done(self) -> bool:
        return self.state == "" and bool(self.forms) and all(f.strip() for f in self.forms)


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The file's language and its current (not obsolete) messages."""
    root = ET.parse(path).getroot()
    messages = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            state = tr.get("type", "") if tr is not None else "unfinished"
            if state in ("vanished", "obsolete"):
                continue
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in tr.iter("numerusform"))
            else:
                forms = (tr.text or "",)
            messages.append(Message(name, msg.findtext("source") or "", msg.findtext("comment") or "",
                                    numerus, forms, state))
    return root.get("language", ""), messages


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*\}|%[1-9]|%n|&\w")


def placeholders(text: str) -> set[str]:
    """{name} fields filled in by the code, %1..%9 and %n arguments; a Qt "&" mnemonic counts as one."""
    found = set(_PLACEHOLDER.findall(text))
    return {"&" if p.startswith("&") else p for p in found}


# --- what the code marks (to catch what lupdate silently skips) --------------------------------

@dataclass(frozen=True)
class Marked:
    path: Path
    where: str
    context: str | None
    text: str | None
    problem: str = ""
    # (line, start column, end column, replacement) that spell the call out for lupdate
    edits: tuple[tuple[int, int, int, str], ...] = ()


def _string_constants(body: list[ast.stmt]) -> dict[str, str]:
    consts = {}
    for stmt in body:
        if (isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant)
                and isinstance(stmt.value.value, str)):
            consts.update({t.id: stmt.value.value for t in stmt.targets if isinstance(t, ast.Name)})
        elif (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
              and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)):
            consts[stmt.target.id] = stmt.value.value
    return consts


class _Arg:
    """One argument of a marking call: its value if the source fixes it, and how to write it out."""

    def __init__(self, node: ast.AST | None, consts: dict[str, str]) -> None:
        self.node = node
        self.literal = isinstance(node, ast.Constant) and isinstance(node.value, str)
        self.value: str | None = node.value if self.literal else None
        if isinstance(node, ast.Name):
            self.value = consts.get(node.id)
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
              and node.value.id in ("self", "cls")):
            self.value = consts.get(node.attr)

    @property
    def known(self) -> bool:
        return self.value is not None

    def edits(self) -> tuple[tuple[int, int, int, str], ...]:
        if self.literal or self.value is None or self.node is None:
            return ()
        return _replace(self.node, json.dumps(self.value, ensure_ascii=False))


def _replace(node: ast.AST, text: str) -> tuple[tuple[int, int, int, str], ...]:
    if node.end_lineno != node.lineno:  # a name never spans lines; give up quietly otherwise
        return ()
    return ((node.lineno, node.col_offset, node.end_col_offset, text),)


def marked_strings(files: Iterable[Path]) -> Iterator[Marked]:
    """Every (context, text) the code marks for translation: QT_TRANSLATE_NOOP (any alias),
    QCoreApplication.translate with a literal text, and wic_desk.gui.i18n's tr(context, text);
    with a problem when lupdate cannot be given the values."""
    files = list(files)
    aliases = noop_aliases(files)
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        yield from _visit(tree, _string_constants(tree.body), path, rel, aliases)


def _visit(node: ast.AST, consts: dict[str, str], path: Path, rel: Path, aliases: set[str]) -> Iterator[Marked]:
    if isinstance(node, ast.ClassDef):
        consts = {**consts, **_string_constants(node.body)}
    if isinstance(node, ast.Call):
        mark = _check_call(node, consts, path, f"{rel}:{node.lineno}", aliases)
        if mark is not None:
            yield mark
    for child in ast.iter_child_nodes(node):
        yield from _visit(child, consts, path, rel, aliases)


NOT_FIXED = ("context and text must be string literals, or names of string constants set in the "
             "same module or class, for lupdate to find them")


def _check_call(call: ast.Call, consts: dict[str, str], path: Path, where: str,
                aliases: set[str]) -> Marked | None:
    func, args = call.func, call.args
    ctx = _Arg(args[0] if args else None, consts)
    text = _Arg(args[1] if len(args) > 1 else None, consts)
    if isinstance(func, ast.Name) and func.id in aliases:
        if ctx.known and text.known:
            return Marked(path, where, ctx.value, text.value, edits=ctx.edits() + text.edits())
        return Marked(path, where, ctx.value, text.value, f"{func.id}(): {NOT_FIXED}")

    app_names = ("QCoreApplication", "QApplication", "QGuiApplication")
    is_translate = (isinstance(func, ast.Attribute) and func.attr == "translate"
                    and (isinstance(func.value, ast.Name) and func.value.id in app_names
                         or isinstance(func.value, ast.Attribute) and func.value.attr in app_names))
    free_tr = (isinstance(func, ast.Name) and func.id == "tr"
               or isinstance(func, ast.Attribute) and func.attr == "tr"
               and not (isinstance(func.value, ast.Name) and func.value.id in ("self", "cls", "super")))
    if not (is_translate or free_tr) or len(args) < 2:
        return None
    if not text.literal:
        return None  # a run-time lookup of a text marked elsewhere (QT_TRANSLATE_NOOP): fine
    if not ctx.known:
        return Marked(path, where, None, text.value, f"translate(): {NOT_FIXED}")
    spell = _replace(func, "QCoreApplication.translate") if free_tr else ()
    if free_tr and not spell:
        return Marked(path, where, ctx.value, text.value, f"tr(): {NOT_FIXED}")
    return Marked(path, where, ctx.value, text.value, edits=spell + ctx.edits())


# --- the commands -------------------------------------------------------------------------------

def cmd_update() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    lupdate([(ts_path(lang), lang) for lang in LANGUAGES])
    return cmd_stats()


def cmd_release() -> int:
    for lang in LANGUAGES:
        lrelease(ts_path(lang), qm_path(lang))
    return 0


def cmd_stats() -> int:
    for lang in LANGUAGES:
        if not ts_path(lang).exists():
            print(f"{lang}\tmissing")
            continue
        _, messages = read_ts(ts_path(lang))
        done = sum(m.done for m in messages)
        print(f"{lang}\t{len(messages)} messages\t{done} finished\t{len(messages) - done} to translate")
    return 0


def cmd_fill(files: list[Path]) -> int:
    """Write translations kept in JSON files into the catalogues, then let lupdate tidy them.

    Each file is a list of ``{"context": C, "source": S, "pl": T, "uk": T}``; a message with plural
    forms gives a list of forms for each language (``"en"`` too). Messages the code no longer has
    are reported and skipped, so a file can be filled again after the code moved on."""
    import json as _json
    wanted: dict[tuple[str, str], dict[str, object]] = {}
    for file in files:
        for entry in _json.loads(Path(file).read_text(encoding="utf-8")):
            wanted[(entry["context"], entry["source"])] = entry
    lupdate([(ts_path(lang), lang) for lang in LANGUAGES], silent=True)
    used: set[tuple[str, str]] = set()
    for lang in LANGUAGES:
        tree = ET.parse(ts_path(lang))
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                key = (name, msg.findtext("source") or "")
                text = wanted.get(key, {}).get(lang)
                if text is None:
                    continue
                used.add(key)
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                for child in list(tr):
                    tr.remove(child)
                tr.attrib.pop("type", None)
                if msg.get("numerus") == "yes":
                    tr.text = None
                    for form in (text if isinstance(text, list) else [text]):
                        ET.SubElement(tr, "numerusform").text = str(form)
                else:
                    tr.text = text if isinstance(text, str) else str(text[0])
        tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    for key in sorted(set(wanted) - used):
        print(f"not in the code (skipped): {key[0]}/{key[1]!r}")
    lupdate([(ts_path(lang), lang) for lang in LANGUAGES], silent=True)
    cmd_release()
    return cmd_stats()


def unreadable_marks() -> list[str]:
    """Marked strings that lupdate would skip or misread (they would never be translated)."""
    return [f"{m.where}: {m.problem}" for m in marked_strings(python_sources()) if m.problem]


def catalogue_problems() -> list[str]:
    """What keeps the .ts/.qm files from matching the code and being complete, one line each."""
    found: list[str] = []
    missing = [str(ts_path(lang).relative_to(ROOT)) for lang in LANGUAGES if not ts_path(lang).exists()]
    if missing:
        return [f"missing {', '.join(missing)}: run python tools/translations.py update"]

    with tempfile.TemporaryDirectory() as tmp:
        fresh_paths = {lang: Path(tmp) / ts_path(lang).name for lang in LANGUAGES}
        for lang, fresh in fresh_paths.items():
            shutil.copy2(ts_path(lang), fresh)
        lupdate([(fresh_paths[lang], lang) for lang in LANGUAGES], silent=True)

        fresh_pl = {m.key for m in read_ts(fresh_paths["pl"])[1]}
        for m in marked_strings(python_sources()):
            if not m.problem and (m.context, m.text, "", False) not in fresh_pl:
                found.append(f"{m.where}: lupdate does not find {m.context!r}/{m.text!r}")

        for lang in LANGUAGES:
            name = ts_path(lang).name
            language, messages = read_ts(ts_path(lang))
            if language != lang:
                found.append(f"{name}: language is {language!r}, not {lang!r}")
            old = {m.key for m in messages}
            new = {m.key for m in read_ts(fresh_paths[lang])[1]}
            if new - old:
                found.append(f"{name}: {len(new - old)} new message(s) in the code, e.g. "
                             f"{sorted(new - old)[0][:2]}: run python tools/translations.py update")
            if old - new:
                found.append(f"{name}: {len(old - new)} message(s) no longer in the code, e.g. "
                             f"{sorted(old - new)[0][:2]}: run python tools/translations.py update")
            todo = [m for m in messages if not m.done]
            if todo:
                found.append(f"{name}: {len(todo)} message(s) not translated, e.g. "
                             f"{todo[0].context}/{todo[0].source!r}")
            for m in messages:
                expected = placeholders(m.source) - {"%n"}  # a plural form may spell the number out
                if m.done and any(placeholders(f) - {"%n"} != expected for f in m.forms):
                    found.append(f"{name}: {m.context}/{m.source!r}: the translation's "
                                 f"{{fields}}, %1 or & differ from the source's")

            qm = qm_path(lang)
            built = Path(tmp) / qm.name
            lrelease(ts_path(lang), built, silent=True)
            if not qm.exists():
                found.append(f"{qm.name} missing: run python tools/translations.py release")
            elif qm.read_bytes() != built.read_bytes():
                found.append(f"{qm.name} is not what lrelease makes of {name}: "
                             "run python tools/translations.py release")
    return found


def problems() -> list[str]:
    """Everything that keeps the translations from being releasable, one line each."""
    return unreadable_marks() + catalogue_problems()


def cmd_check() -> int:
    found = problems()
    for line in found:
        print(line)
    if not found:
        print("translations: up to date")
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["update", "release", "check", "stats", "fill"])
    parser.add_argument("files", nargs="*", type=Path, help="fill: JSON files of translations")
    args = parser.parse_args(argv)
    if args.command == "fill":
        return cmd_fill(args.files)
    return {"update": cmd_update, "release": cmd_release, "check": cmd_check, "stats": cmd_stats}[args.command]()


if __name__ == "__main__":
    raise SystemExit(main())
