""""Everything we hold about this person" (GDPR art. 15): the printed record, in one language.

The caller hands in plain data only: a title, a few lines under it, and sections, each with a
heading and either label/value rows or tables (a header row and data rows). Every text arrives
already translated (the documents layer has no Qt); empty sections say ``empty_text``. Every page
says "page X of Y" with the caller's ``page_of`` pattern.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from wic_desk.documents.pdf import (
    FONT,
    FONT_BOLD,
    GREY,
    LIGHT_GREY,
    binary_streams,
    numbered_canvas,
    register_fonts,
)


@dataclass(frozen=True)
class RecordSection:
    heading: str
    rows: Sequence[tuple[str, str]] = ()  # label, value
    table_header: Sequence[str] = ()  # a table instead of rows, when given
    table_rows: Sequence[Sequence[str]] = ()


@dataclass(frozen=True)
class SubjectRecordData:
    title: str
    intro: Sequence[str] = ()  # lines under the title: centre, who asked, when
    sections: Sequence[RecordSection] = field(default_factory=list)
    empty_text: str = "-"
    page_of: str = "{page} / {pages}"


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def render(data: SubjectRecordData, fonts_dir: Path, out: BinaryIO | Path | str) -> None:
    register_fonts(fonts_dir)
    page_w, page_h = A4
    left = right = 18 * mm
    top, bottom = 18 * mm, 20 * mm
    frame_w = page_w - left - right
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10)
    title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=4)
    heading = ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=3)
    story: list = [_para(data.title, title)]
    story += [_para(line, small) for line in data.intro]
    grid = [("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, LIGHT_GREY), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for section in data.sections:
        story.append(_para(section.heading, heading))
        if section.table_header:
            if not section.table_rows:
                story.append(_para(data.empty_text, small))
                continue
            columns = len(section.table_header)
            rows = [[_para(h, head) for h in section.table_header]]
            rows += [[_para(str(cell), small) for cell in row] for row in section.table_rows]
            table = Table(rows, colWidths=[frame_w / columns] * columns, repeatRows=1)
            table.setStyle(TableStyle(grid + [("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY)]))
            story.append(table)
        elif section.rows:
            rows = [[_para(label, head), _para(value, base)] for label, value in section.rows]
            table = Table(rows, colWidths=[frame_w * 0.32, frame_w * 0.68])
            table.setStyle(TableStyle(grid))
            story.append(table)
        else:
            story.append(_para(data.empty_text, small))
        story.append(Spacer(1, 2 * mm))

    def footer(canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawRightString(page_w - right, bottom - 8 * mm, data.page_of.format(page=page, pages=pages))
        canvas.restoreState()

    doc = BaseDocTemplate(out if not isinstance(out, Path) else str(out), pagesize=A4, leftMargin=left,
                          rightMargin=right, topMargin=top, bottomMargin=bottom, title=data.title,
                          creator="WIC Desk", initialFontName=FONT, invariant=1)
    frame = Frame(left, bottom, frame_w, page_h - top - bottom, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="record", frames=[frame])])
    with binary_streams():
        doc.build(story, canvasmaker=numbered_canvas(footer))
