"""Certificates of completion or participation: one A4 page per person.

The page shows, in Polish and in the person's language (Ukrainian or English): the centre, the
title, the name as in the document and in native script, the activity, its dates, the hours
attended, the place and date of issue, a signature line, and a QR code that carries the serial
number and the verification code (as text, or inside the address of the centre's verification
page), both also printed beneath it for people to type.

The page is drawn from ``CertificateData`` alone, which the services store with the certificate,
so a reprint draws the very same page. PDFs are written with ReportLab's invariant mode (no time
stamp, fixed document id): the same certificates give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from wic_desk.documents.pdf import (
    FONT,
    FONT_BOLD,
    GREY,
    LIGHT_GREY,
    binary_streams,
    colour,
    fit_font_size,
    fmt_date,
    fmt_hours,
    logo_path,
    register_fonts,
    words,
)

LANGUAGES = ("uk", "en")  # the second language beside Polish
QR_MASK = 0  # checkerboard: breaks up long runs of one colour best on average


@dataclass(frozen=True)
class CertificateData:
    """Everything printed on one certificate. Stored as the certificate's content (``to_content``)."""

    serial: str
    code: str
    language: str  # "uk" or "en": printed beneath the Polish
    completed: bool  # completion (the rule was met) or participation
    sex: str  # "F", "M" or "X": picks the verb's form
    name: str  # as in the document (Latin)
    native_name: str | None
    activity_title: str
    activity_kind: str
    first_date: dt.date
    last_date: dt.date
    hours: float
    sessions_attended: int
    sessions_total: int
    issued_on: dt.date
    place_of_issue: str
    centre: str
    project: str | None = None
    funding_pl: str | None = None
    funding_en: str | None = None
    # what the QR code carries; None (certificates issued before it was stored): the template's
    qr_text: str | None = None

    def to_content(self) -> dict[str, Any]:
        """Plain JSON: dates as ISO text."""
        data = asdict(self)
        for key in ("first_date", "last_date", "issued_on"):
            data[key] = data[key].isoformat()
        return data

    @classmethod
    def from_content(cls, content: dict[str, Any]) -> CertificateData:
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in content.items() if k in known}
        for key in ("first_date", "last_date", "issued_on"):
            data[key] = dt.date.fromisoformat(data[key])
        return cls(**data)


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's modules (True = dark), error correction M (a crumpled page still scans).

    The mask is fixed rather than chosen by ReportLab's scoring of all eight (every decoder reads
    every mask; the scoring only avoids rare unlucky patterns), which makes a code 6x faster to
    build: a batch of 500 certificates must take under 3 s.
    """
    from reportlab.graphics.barcode import qrencoder  # its package loads ReportLab's graphics: when used
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.version = qr.calculate_version()
    qr.makeImpl(False, QR_MASK)
    return [[bool(m) for m in row] for row in qr.modules]


def _draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code as one filled path in module units (one rectangle per run of dark modules),
    written as raw PDF operators: ReportLab's per-number formatting would cost more than the rest
    of the page."""
    modules = qr_matrix(text)
    count = len(modules)
    quiet = 2  # modules of white around it (the page around it is white too)
    box = size / (count + 2 * quiet)
    ops = []
    for r, row in enumerate(modules):
        top = count - r - 1 + quiet
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                ops.append(f"{start + quiet} {top} {c - start} 1 re")
            else:
                c += 1
    canvas.saveState()
    canvas.transform(box, 0, 0, box, x, y)
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()


def _ignore(*_args, **_kwargs) -> None:
    return None


class _NullCanvas:
    """Takes every drawing call and does nothing: a dry run measures the layout."""

    def __getattr__(self, _name: str):
        return _ignore


_NULL_CANVAS = _NullCanvas()
_ELASTIC = (11 + 9 + 3 + 5 + 3 + 10) * mm  # the sum of the gaps' elastic parts (see draw_top)


class _Page:
    """Draws one certificate on the canvas."""

    def __init__(self, canvas: Canvas, template: dict[str, Any]) -> None:
        self.c = canvas
        self.t = template
        self.accent = colour(template, "accent_color", "#1F4E79")
        self.margin = float(template.get("margin_mm") or 20) * mm
        self.width, self.height = A4
        self.inner = self.width - 2 * self.margin
        logo = logo_path(template)
        self.logo = ImageReader(str(logo)) if logo else None

    # -- helpers ---------------------------------------------------------------------------------

    def centred(self, text: str, y: float, size: float, bold: bool = False, colour=None,
                width: float | None = None) -> float:
        """Draw ``text`` centred at ``y`` (shrunk to fit); returns the size used."""
        font = FONT_BOLD if bold else FONT
        size = fit_font_size(text, font, size, width or self.inner)
        self.c.setFont(font, size)
        self.c.setFillColor(colour if colour is not None else (0, 0, 0))
        self.c.drawCentredString(self.width / 2, y, text)
        return size

    def centred_wrapped(self, text: str, y: float, size: float, bold: bool, max_lines: int = 2,
                        colour=None) -> float:
        """Centred over up to ``max_lines`` lines (smaller type when longer); returns the last baseline."""
        font = FONT_BOLD if bold else FONT
        lines = simpleSplit(text, font, size, self.inner)
        while len(lines) > max_lines and size > 8:
            size -= 0.5
            lines = simpleSplit(text, font, size, self.inner)
        for i, line in enumerate(lines[:max_lines]):
            self.centred(line, y - i * size * 1.22, size, bold, colour)
        return y - (min(len(lines), max_lines) - 1) * size * 1.22

    def pair(self, key_path: tuple[str, ...], lang: str) -> tuple[str, str]:
        texts = words(self.t, *key_path)
        return texts.get("pl", ""), texts.get(lang, "")

    # -- the page --------------------------------------------------------------------------------

    def draw(self, d: CertificateData) -> None:
        """Lay the page out once without drawing, to see whether the top part (longer with a logo,
        a native-script name, a two-line title) would run into the signature block; if so, tighten
        the elastic gaps just enough, then draw."""
        lang = d.language if d.language in LANGUAGES else "en"
        # the signature block does not depend on the top part: drawn once, for real, first (the
        # two parts never overlap, so the order on the page changes nothing); only the top part
        # has a dry run, and the QR code is encoded once
        bottom_top = self.draw_bottom(d, lang)
        canvas, self.c = self.c, _NULL_CANVAS
        try:
            lowest = self.draw_top(d, lang, 1.0)
        finally:
            self.c = canvas
        overlap = bottom_top + 7 * mm - lowest
        squeeze = 1.0 if overlap <= 0 else max(0.3, 1 - overlap / _ELASTIC)
        self.draw_top(d, lang, squeeze)

    def draw_top(self, d: CertificateData, lang: str, squeeze: float) -> float:
        """Everything above the signature block; returns the lowest point drawn."""
        c, t = self.c, self.t
        w, h, m = self.width, self.height, self.margin
        kind = "completion" if d.completed else "participation"
        sex = d.sex if d.sex in ("F", "M", "X") else "X"

        def gap(fixed: float, elastic: float) -> float:
            return (fixed + elastic * squeeze) * mm

        if t.get("border", True):
            c.setStrokeColor(self.accent)
            c.setLineWidth(1.6)
            c.rect(9 * mm, 9 * mm, w - 18 * mm, h - 18 * mm)
            c.setLineWidth(0.5)
            c.rect(11 * mm, 11 * mm, w - 22 * mm, h - 22 * mm)

        # the centre
        y = h - m - 8 * mm
        if self.logo is not None:
            logo_h = float(t.get("logo_height_mm") or 18) * mm
            iw, ih = self.logo.getSize()
            logo_w = logo_h * iw / ih
            c.drawImage(self.logo, (w - logo_w) / 2, y - logo_h + 8 * mm, logo_w, logo_h, mask="auto")
            y -= logo_h + 2 * mm
        self.centred(d.centre, y, 13, bold=True)
        if d.project:
            self.centred(d.project, y - 5.5 * mm, 8.5, colour=GREY)
        c.setStrokeColor(self.accent)
        c.setLineWidth(0.8)
        c.line(w / 2 - 25 * mm, y - 10 * mm, w / 2 + 25 * mm, y - 10 * mm)

        # the title
        y -= gap(19, 11)
        title_pl, title_2 = self.pair(("title", kind), lang)
        self.centred(title_pl.upper(), y, 24, bold=True, colour=self.accent)
        self.centred(title_2, y - 9 * mm, 13, colour=GREY)

        # the person
        y -= gap(18, 9)
        intro_pl, intro_2 = self.pair(("intro",), lang)
        self.centred(intro_pl, y, 12)
        self.centred(intro_2, y - 5 * mm, 9.5, colour=GREY)
        y -= gap(14, 3)
        self.centred(d.name, y, 26, bold=True)
        if d.native_name and d.native_name.strip() and d.native_name.strip() != d.name.strip():
            y -= 10 * mm
            self.centred(d.native_name, y, 17)

        # the activity
        y -= gap(11, 5)
        verb = words(t, "verb", kind)
        self.centred(verb.get("pl", {}).get(sex, ""), y, 12)
        self.centred(verb.get(lang, {}).get(sex, ""), y - 5 * mm, 9.5, colour=GREY)
        y -= gap(12, 3)
        last = self.centred_wrapped(f"„{d.activity_title}”", y, 17, bold=True, colour=self.accent)
        kinds = (t.get("kinds") or {}).get(d.activity_kind) or {}
        kind_text = " · ".join(kinds[k] for k in ("pl", lang) if kinds.get(k))
        if kind_text:
            last = self.centred_wrapped(kind_text, last - 7 * mm, 9.5, bold=False, colour=GREY)

        # the details: label (Polish, the other language beneath) on the left, value on the right
        y = last - gap(12, 10)
        unit = words(t, "hours_unit")
        of = words(t, "of")
        details = [
            (("labels", "dates"), f"{fmt_date(d.first_date)} – {fmt_date(d.last_date)}"
             if d.first_date != d.last_date else fmt_date(d.first_date)),
            (("labels", "hours"), f"{fmt_hours(d.hours)} {unit.get('pl', '')}"),
            (("labels", "sessions"), f"{d.sessions_attended} {of.get('pl', '')} {d.sessions_total}"),
        ]
        if d.sessions_total <= 1:
            details.pop()  # "1 of 1" says nothing a one-off meeting's certificate needs
        lowest = y
        for key, value in details:
            label_pl, label_2 = self.pair(key, lang)
            c.setFillColor((0, 0, 0))
            c.setFont(FONT_BOLD, 9.5)
            c.drawRightString(w / 2 - 4 * mm, y, label_pl)
            c.setFont(FONT, 7.5)
            c.setFillColor(GREY)
            c.drawRightString(w / 2 - 4 * mm, y - 3.6 * mm, label_2)
            c.setFillColor((0, 0, 0))
            c.setFont(FONT, 11)
            c.drawString(w / 2 + 4 * mm, y - 0.5 * mm, value)
            lowest = y - 3.6 * mm - 2 * mm
            y -= gap(9, 2)
        return lowest

    def draw_bottom(self, d: CertificateData, lang: str) -> float:
        """The signature block, the QR code and the foot of the page; returns the block's top."""
        c, t = self.c, self.t
        w, m = self.width, self.margin

        # the funding line and the note on verifying, at the foot of the page
        y = m - 4 * mm
        c.setFillColor(GREY)
        lines = []
        for text in (d.funding_en, d.funding_pl):
            if text:
                lines = simpleSplit(text, FONT, 6.8, self.inner) + lines
        for line in reversed(lines):
            c.setFont(FONT, 6.8)
            c.drawCentredString(w / 2, y, line)
            y += 8.2
        footer = words(t, "footer") if t.get("footer") else {}
        y += 3
        for key in (lang, "pl"):
            if footer.get(key):
                size = fit_font_size(footer[key], FONT, 7.5, self.inner)
                c.setFont(FONT, size)
                c.setFillColor(GREY if key != "pl" else (0.15, 0.15, 0.15))
                c.drawCentredString(w / 2, y, footer[key])
                y += 9.5
        c.setStrokeColor(LIGHT_GREY)
        c.setLineWidth(0.4)
        c.line(m, y + 1 * mm, w - m, y + 1 * mm)

        # QR code at the right, the serial and code beneath it
        qr_size = float(t.get("qr_size_mm") or 30) * mm
        base = y + 8 * mm
        right = w - m
        serial_pl, serial_2 = self.pair(("labels", "serial"), lang)
        code_pl, code_2 = self.pair(("labels", "code"), lang)
        c.setFillColor((0, 0, 0))
        c.setFont(FONT_BOLD, 10)
        c.drawRightString(right, base, d.code)
        c.setFont(FONT, 6.5)
        c.setFillColor(GREY)
        c.drawRightString(right, base + 4.2 * mm, f"{code_pl} · {code_2}")
        c.setFillColor((0, 0, 0))
        c.setFont(FONT, 9)
        c.drawRightString(right, base + 8.5 * mm, f"{serial_pl} {d.serial}")
        qr_text = d.qr_text or str(t.get("qr_text") or "{serial} {code}").format(serial=d.serial, code=d.code)
        qr_x = right - qr_size
        qr_y = base + 12 * mm
        c.setFillColor((0, 0, 0))
        _draw_qr(c, qr_text, qr_x, qr_y, qr_size)

        # place and date of issue, and the signature line, at the left
        left = m
        col_w = 78 * mm
        sig_y = base + 6 * mm
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.setDash(1, 2)
        c.line(left, sig_y, left + col_w, sig_y)
        c.setDash()
        sig_pl, sig_2 = self.pair(("labels", "signature"), lang)
        c.setFont(FONT, 8.5)
        c.setFillColor((0, 0, 0))
        c.drawCentredString(left + col_w / 2, sig_y - 4 * mm, sig_pl)
        c.setFont(FONT, 6.8)
        c.setFillColor(GREY)
        c.drawCentredString(left + col_w / 2, sig_y - 7.5 * mm, sig_2)

        place_y = qr_y + qr_size - 4 * mm
        pd_pl, pd_2 = self.pair(("labels", "place_date"), lang)
        c.setFont(FONT_BOLD, 9)
        c.setFillColor((0, 0, 0))
        c.drawString(left, place_y, pd_pl)
        c.setFont(FONT, 7)
        c.setFillColor(GREY)
        c.drawString(left, place_y - 3.6 * mm, pd_2)
        c.setFont(FONT, 11)
        c.setFillColor((0, 0, 0))
        c.drawString(left, place_y - 9.5 * mm, f"{d.place_of_issue}, {fmt_date(d.issued_on)}")
        return qr_y + qr_size


def render(certificates: Iterable[CertificateData], template: dict[str, Any], fonts_dir: Path,
           out: BinaryIO | Path | str, on_page: Callable[[int], None] | None = None) -> int:
    """Write one page per certificate to ``out`` (a path or a binary file); returns the page count.

    ``on_page(n)`` is called after each page (for progress)."""
    register_fonts(fonts_dir)
    target = str(out) if isinstance(out, Path) else out
    with binary_streams():
        return _render(certificates, template, target, on_page)


def _render(certificates, template, target, on_page) -> int:
    canvas = Canvas(target, pagesize=A4, invariant=1, pageCompression=1, initialFontName=FONT)
    canvas.setCreator("WIC Desk")
    canvas.setAuthor("WIC Desk")
    page = _Page(canvas, template)
    count = 0
    for data in certificates:
        if count == 0:
            canvas.setTitle(f"{data.serial} — {data.activity_title}")
        page.draw(data)
        canvas.showPage()
        count += 1
        if on_page is not None:
            on_page(count)
    if count == 0:
        canvas.showPage()
    canvas.save()
    return count


def render_bytes(certificates: Iterable[CertificateData], template: dict[str, Any], fonts_dir: Path) -> bytes:
    buffer = io.BytesIO()
    render(certificates, template, fonts_dir, buffer)
    return buffer.getvalue()

