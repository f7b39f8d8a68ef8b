"""The printed attendance (sign-in) sheet that donors require, one session of one activity.

A4 portrait: the centre, the project and its funding line, the activity and the session, then a
numbered table of the enrolled participants (name as in the document and in native script) with an
empty signature column and blank rows for walk-ins. Polish headings with Ukrainian and English
beneath; the table header repeats on every page; every page says "page X of Y".
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wic_desk.documents.pdf import (
    FONT,
    FONT_BOLD,
    GREY,
    LIGHT_GREY,
    binary_streams,
    colour,
    fmt_date,
    fmt_time_range,
    logo_path,
    numbered_canvas,
    register_fonts,
    words,
)


@dataclass(frozen=True)
class SheetParticipant:
    name: str
    native_name: str | None = None


@dataclass(frozen=True)
class SheetData:
    """Everything printed on one sheet: plain values, no database objects."""

    centre: str
    activity_title: str
    activity_kind: str  # an ActivityKind code, looked up in the template's "kinds"
    held_on: dt.date
    session_number: int
    session_count: int
    participants: Sequence[SheetParticipant] = field(default_factory=list)
    project: str | None = None
    funding_pl: str | None = None
    funding_en: str | None = None
    start_time: dt.time | None = None
    hours: float = 0.0
    place: str | None = None
    facilitator: str | None = None
    blank_rows: int = 5


def _trilingual(texts: dict[str, str], size: float, bold: bool = True, small: float | None = None,
                sep: str = "<br/>") -> str:
    """Polish in ``size``, Ukrainian and English beneath it in smaller grey type (Paragraph markup)."""
    small = small or max(5.5, size * 0.72)
    pl = escape(texts.get("pl", ""))
    others = " · ".join(escape(texts[k]) for k in ("uk", "en") if texts.get(k))
    head = f'<font name="{FONT_BOLD if bold else FONT}" size="{size}">{pl}</font>'
    if not others:
        return head
    return f'{head}{sep}<font name="{FONT}" size="{small}" color="#606060">{others}</font>'


def render(data: SheetData, template: dict[str, Any], fonts_dir: Path, out: BinaryIO | Path | str) -> None:
    """Write the sheet as a PDF to ``out`` (a path or a binary file object)."""
    register_fonts(fonts_dir)
    accent = colour(template, "accent_color", "#1F4E79")
    margins = {"left": 14, "right": 14, "top": 14, "bottom": 22} | dict(template.get("margins_mm") or {})
    page_w, page_h = A4
    left, right = margins["left"] * mm, margins["right"] * mm
    top, bottom = margins["top"] * mm, margins["bottom"] * mm
    frame_w = page_w - left - right

    base = ParagraphStyle("sheet", fontName=FONT, fontSize=9, leading=11)
    cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=11)
    head_style = ParagraphStyle("head", parent=base, fontSize=8, leading=9.5, textColor=GREY)

    story: list = []

    # -- the heading: centre, project, title (logo at the right when the template names one) ------
    centre_lines = [Paragraph(escape(data.centre), ParagraphStyle("centre", parent=base, fontName=FONT_BOLD,
                                                                  fontSize=12, leading=15))]
    if data.project:
        centre_lines.append(Paragraph(escape(data.project), ParagraphStyle("project", parent=base, fontSize=8.5,
                                                                           leading=10.5, textColor=GREY)))
    logo = logo_path(template)
    if logo is not None:
        logo_h = float(template.get("logo_height_mm") or 14) * mm
        image = Image(str(logo))
        image.drawWidth = logo_h * image.imageWidth / image.imageHeight
        image.drawHeight = logo_h
        head_table = Table([[centre_lines, image]], colWidths=[frame_w - image.drawWidth - 4 * mm,
                                                                image.drawWidth + 4 * mm])
    else:
        head_table = Table([[centre_lines]], colWidths=[frame_w])
    head_table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (-1, 0), (-1, 0), "RIGHT"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story.append(head_table)
    story.append(Spacer(1, 4 * mm))
    title = words(template, "title")
    title_style = ParagraphStyle("title", parent=base, leading=22, textColor=accent)
    story.append(Paragraph(f'<font name="{FONT_BOLD}" size="18">{escape(title["pl"])}</font>', title_style))
    subtitle = " · ".join(title[k] for k in ("uk", "en") if title.get(k))
    story.append(Paragraph(f'<font size="10.5" color="#606060">{escape(subtitle)}</font>',
                           ParagraphStyle("subtitle", parent=base, leading=13)))
    story.append(Spacer(1, 4 * mm))

    # -- the session ------------------------------------------------------------------------------
    labels = template.get("labels") or {}

    def label(key: str) -> Paragraph:
        return Paragraph(_trilingual(words(labels, key), 8.5, small=6.5), ParagraphStyle(
            "label", parent=base, leading=9))

    def value(text: str, bold: bool = False, extra: str | None = None) -> Paragraph:
        markup = f'<font name="{FONT_BOLD if bold else FONT}" size="10">{escape(text)}</font>'
        if extra:
            markup += f'<br/><font size="8" color="#606060">{escape(extra)}</font>'
        return Paragraph(markup, ParagraphStyle("value", parent=base, leading=12))

    kind = (template.get("kinds") or {}).get(data.activity_kind) or {}
    kind_text = " · ".join(kind[k] for k in ("pl", "uk", "en") if kind.get(k))
    session_of = words(labels, "session_of")["pl"].format(number=data.session_number, count=data.session_count)
    info_rows = [[label("activity"), value(data.activity_title, bold=True, extra=kind_text or None)]]
    info_rows.append([label("date"), value(fmt_date(data.held_on))])
    time_text = fmt_time_range(data.start_time, data.hours)
    info_rows[-1] += [label("time"), value(time_text)]
    info_rows.append([label("place"), value(data.place or ""), label("session"), value(session_of)])
    info_rows.append([label("facilitator"), value(data.facilitator or "")])
    label_w = 30 * mm
    second_label_w = 26 * mm
    value_w = (frame_w - label_w - second_label_w) / 2
    for row in info_rows:
        if len(row) == 2:
            row += ["", ""]
    info = Table(info_rows, colWidths=[label_w, value_w, second_label_w, value_w])
    info.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (1, 0), (3, 0)), ("SPAN", (1, 3), (3, 3)),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT_GREY),
    ]))
    story.append(info)
    story.append(Spacer(1, 5 * mm))

    # -- the participants -------------------------------------------------------------------------
    columns = words(template, "columns")
    wanted = {"number": 10, "name": 55, "native_name": 52, "signature": 65} | dict(template.get("column_widths") or {})
    order = ("number", "name", "native_name", "signature")
    scale = frame_w / sum(float(wanted[k]) * mm for k in order)
    widths = [float(wanted[k]) * mm * scale for k in order]
    header = [Paragraph(_trilingual(words(columns, k), 8.5 if k != "number" else 8, small=6.5), head_style)
              for k in order]
    rows: list[list[Any]] = [header]
    pad = 4
    for number, person in enumerate(data.participants, 1):
        rows.append([str(number), _cell(person.name, widths[1] - 2 * pad, cell),
                     _cell(person.native_name or "", widths[2] - 2 * pad, cell), ""])
    enrolled = len(data.participants)
    for extra in range(max(0, data.blank_rows)):
        rows.append([str(enrolled + extra + 1), "", "", ""])
    row_h = float(template.get("row_height_mm") or 10) * mm
    table = Table(rows, colWidths=widths, repeatRows=1, rowHeights=[None] + [row_h] * (len(rows) - 1))
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 9.5),
        ("FONT", (0, 1), (0, -1), FONT, 8.5),
        ("TEXTCOLOR", (0, 1), (0, -1), GREY),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, 0), 3), ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
        ("BACKGROUND", (0, 0), (-1, 0), _tint(accent)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, accent),
        ("GRID", (0, 0), (-1, -1), 0.4, LIGHT_GREY),
        ("BOX", (0, 0), (-1, -1), 0.8, GREY),
    ]
    if data.blank_rows > 0 and enrolled >= 0:
        style.append(("LINEABOVE", (0, enrolled + 1), (-1, enrolled + 1), 0.9, GREY))
    table.setStyle(TableStyle(style))
    story.append(table)
    if data.blank_rows > 0 and template.get("walk_in_note"):
        story.append(Spacer(1, 1.5 * mm))
        story.append(Paragraph(_trilingual(words(template, "walk_in_note"), 7.5, bold=False, small=6.5),
                               ParagraphStyle("note", parent=base, leading=9)))
    if template.get("facilitator_signature"):
        sig = words(template, "facilitator_signature")
        sig_table = Table([["", Paragraph(_trilingual(sig, 8, bold=False, small=6.5), ParagraphStyle(
            "sig", parent=base, leading=9, alignment=1))]], colWidths=[frame_w - 70 * mm, 70 * mm])
        sig_table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("LINEABOVE", (1, 0), (1, 0), 0.5, GREY),
                                       ("TOPPADDING", (0, 0), (-1, -1), 2)]))
        story.append(Spacer(1, 14 * mm))
        story.append(sig_table)

    # -- every page: a running header after the first, the funding line and "page X of Y" ---------
    page_of = words(template, "page_of")
    running = f"{title['pl']} · {data.activity_title} · {fmt_date(data.held_on)} · {session_of}"

    def footer(canvas, page: int, pages: int) -> None:
        canvas.saveState()
        y = bottom - 7 * mm
        canvas.setStrokeColor(LIGHT_GREY)
        canvas.setLineWidth(0.4)
        canvas.line(left, y + 3.6 * mm, page_w - right, y + 3.6 * mm)
        canvas.setFillColor(GREY)
        text_w = frame_w - 48 * mm
        line_y = y
        for line in (data.funding_pl, data.funding_en):
            if not line:
                continue
            for part in _wrap(line, FONT, 6.5, text_w):
                canvas.setFont(FONT, 6.5)
                canvas.drawString(left, line_y, part)
                line_y -= 7.6
        numbers = {k: page_of[k].format(page=page, pages=pages) for k in ("pl", "uk", "en") if page_of.get(k)}
        canvas.setFont(FONT_BOLD, 8)
        canvas.drawRightString(page_w - right, y, numbers.get("pl", ""))
        canvas.setFont(FONT, 6.5)
        others = [numbers[k] for k in ("uk", "en") if k in numbers]
        for i, text in enumerate(others):
            canvas.drawRightString(page_w - right, y - 7.6 * (i + 1), text)
        if page > 1:
            canvas.setFont(FONT, 7.5)
            canvas.drawString(left, page_h - top + 4 * mm, _clip(running, FONT, 7.5, frame_w))
        canvas.restoreState()

    doc = BaseDocTemplate(
        out if not isinstance(out, Path) else str(out), pagesize=A4, leftMargin=left, rightMargin=right,
        topMargin=top, bottomMargin=bottom, title=f"{title['pl']} — {data.activity_title}",
        author=data.centre, subject=fmt_date(data.held_on), creator="WIC Desk", initialFontName=FONT,
    )
    # A frame without ReportLab's default 6 pt padding, so the tables fill exactly the margins.
    frame = Frame(left, bottom, frame_w, page_h - top - bottom, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
    with binary_streams():
        doc.build(story, canvasmaker=numbered_canvas(footer))


def render_bytes(data: SheetData, template: dict[str, Any], fonts_dir: Path) -> bytes:
    buffer = io.BytesIO()
    render(data, template, fonts_dir, buffer)
    return buffer.getvalue()


def _cell(text: str, width: float, style: ParagraphStyle) -> str | Paragraph:
    """Plain text when it fits (fast), a wrapping Paragraph when it does not (long names)."""
    text_width = stringWidth(text, FONT, style.fontSize)
    if text_width <= width:
        return text
    if text_width * 0.85 <= width:  # a little smaller still reads well and stays on one line
        return Paragraph(escape(text), ParagraphStyle("fit", parent=style, fontSize=style.fontSize * 0.85))
    # Break long double-barrelled names after a space or a hyphen, never inside a word, on at most
    # two lines (smaller type if need be), so the row keeps its height.
    pieces = re.split(r"(?<=[\s-])", text)
    for factor in (0.9, 0.8, 0.7, 0.62):
        size = style.fontSize * factor
        lines: list[str] = []
        for piece in pieces:
            if lines and stringWidth(lines[-1] + piece, FONT, size) <= width:
                lines[-1] += piece
            else:
                lines.append(piece)
        if len(lines) <= 2 and all(stringWidth(line, FONT, size) <= width for line in lines):
            break
    small = ParagraphStyle("fit2", parent=style, fontSize=size, leading=size * 1.15)
    return Paragraph("<br/>".join(escape(line.strip()) for line in lines if line.strip()), small)


def _tint(colour_value, amount: float = 0.88):
    from reportlab.lib.colors import Color
    return Color(colour_value.red + (1 - colour_value.red) * amount,
                 colour_value.green + (1 - colour_value.green) * amount,
                 colour_value.blue + (1 - colour_value.blue) * amount)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit
    return simpleSplit(text, font, size, width)


def _clip(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
