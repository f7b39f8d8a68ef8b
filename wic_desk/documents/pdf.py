"""What every WIC Desk PDF shares: the embedded fonts, the layout templates, dates and numbers
written the Polish way, and a canvas that can print "page X of Y".

Documents take plain data, a template dict and the fonts folder; they never look anything up
themselves (the services find the asset folders through ``wic_desk.paths``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T

# Our own font names, so nothing else registered under "DejaVuSans" can be picked up by mistake.
FONT = "WicDesk-DejaVuSans"
FONT_BOLD = "WicDesk-DejaVuSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

GREY = Color(0.38, 0.38, 0.38)
LIGHT_GREY = Color(0.55, 0.55, 0.55)

_lock = threading.Lock()
_registered: set[str] = set()


def register_fonts(fonts_dir: Path) -> None:
    """Register DejaVu Sans (regular and bold) once per process.

    ReportLab's built-in fonts cannot draw Polish or Cyrillic letters; a TrueType font is embedded
    (subset) in every PDF instead, with a ToUnicode map, so the text can be copied and searched.
    """
    with _lock:
        for name, file_name in FONT_FILES.items():
            if name in _registered:
                continue
            path = Path(fonts_dir) / file_name
            if not path.is_file():
                raise UserError(T("Errors", "The font file {file} is missing: reinstall WIC Desk."), file=file_name)
            pdfmetrics.registerFont(TTFont(name, str(path)))
            _registered.add(name)
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write compressed streams as binary, not ASCII85: without ReportLab's C accelerator, the
    pure-Python ASCII85 encoder is the slowest step of a 500-page batch. (ReportLab reads this
    setting when it writes the file, so it is set around the whole rendering.)"""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def load_template(path: Path) -> dict[str, Any]:
    """A layout template (JSON) as a dict; ``_dir`` records its folder, for a relative logo path."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise UserError(T("Errors", "The layout template {file} is missing."), file=Path(path).name) from None
    except (OSError, ValueError):
        raise UserError(T("Errors", "The layout template {file} cannot be read: check that it is valid JSON."),
                        file=Path(path).name) from None
    if not isinstance(data, dict):
        raise UserError(T("Errors", "The layout template {file} cannot be read: check that it is valid JSON."),
                        file=Path(path).name)
    data["_dir"] = str(Path(path).resolve().parent)
    return data


def temp_beside(path: Path) -> Path:
    """A temporary file name in the same folder as ``path``, so that ``publish`` is one rename."""
    path = Path(path)
    return path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def publish(temp: Path, path: Path) -> Path:
    """Move a finished file into place in one step: readers see the old file or the new one,
    never half of one."""
    os.replace(temp, path)
    return Path(path)


def discard(temp: Path) -> None:
    try:
        Path(temp).unlink()
    except FileNotFoundError:
        pass


def words(template: dict[str, Any], *keys: str) -> dict[str, str]:
    """The entry at ``keys`` (a dict of language -> text); a missing entry is a template error."""
    node: Any = template
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            raise UserError(T("Errors", "The layout template lacks the entry {entry}."), entry=".".join(keys))
        node = node[key]
    if isinstance(node, str):
        return {"pl": node, "uk": node, "en": node}
    return node


def logo_path(template: dict[str, Any]) -> Path | None:
    """The logo file named by the template (relative to the template's folder), if it exists."""
    name = template.get("logo")
    if not name:
        return None
    path = Path(name)
    if not path.is_absolute():
        path = Path(template.get("_dir", ".")) / path
    return path if path.is_file() else None


def colour(template: dict[str, Any], key: str, default: str) -> Color:
    try:
        return HexColor(template.get(key) or default)
    except (ValueError, TypeError):
        return HexColor(default)


def fmt_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def fmt_hours(hours: float) -> str:
    """1.5 -> "1,5", 16.0 -> "16" (a decimal comma, as in Polish and Ukrainian)."""
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def fmt_time_range(start: dt.time | None, hours: float) -> str:
    if start is None:
        return ""
    begin = dt.datetime.combine(dt.date(2000, 1, 1), start)
    end = begin + dt.timedelta(minutes=round(hours * 60))
    return f"{begin:%H:%M}–{end:%H:%M}"


def fit_font_size(text: str, font: str, size: float, width: float, minimum: float = 6) -> float:
    """The largest size up to ``size`` at which ``text`` fits in ``width`` points."""
    text_width = pdfmetrics.stringWidth(text, font, size)
    if text_width <= width:
        return size
    return max(minimum, size * width / text_width)


class NumberedCanvas(rl_canvas.Canvas):
    """Keeps every page until the end, so each can be stamped "page X of Y" once Y is known.

    ``page_footer(canvas, page, pages)`` is set on the class made by ``numbered_canvas``.
    """

    page_footer = None

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initialFontName", FONT)  # else Helvetica, which has no Polish or Cyrillic
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []

    def showPage(self):  # noqa: N802 - ReportLab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        pages = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, 1):
            self.__dict__.update(state)
            if self.page_footer is not None:
                type(self).page_footer(self, number, pages)
            super().showPage()
        super().save()


def numbered_canvas(footer) -> type[NumberedCanvas]:
    """A canvas class whose pages get ``footer(canvas, page, pages)`` drawn on them."""
    return type("WicNumberedCanvas", (NumberedCanvas,), {"page_footer": staticmethod(footer)})
