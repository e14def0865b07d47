"""PDF output (reportlab): the copy to file, with the CJK font embedded and pages numbered.

Text is set in WenQuanYi Micro Hei (`supportcase.pdf_fonts`, embedded as a subset so a court
printer shows exactly what we saw), Chinese lines wrap per character, every page of the
filing carries "第 X 页 共 Y 页" (or "Page X of Y") and the internal review pages are numbered
on their own, headings become PDF bookmarks, and placeholders for
missing facts are highlighted.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from supportcase.drafting.document import Block, DraftDocument
from supportcase.drafting.placeholders import PLACEHOLDER
from supportcase.pdf_fonts import register_cjk_font
from supportcase.pdf_pages import numbered_canvas as shared_numbered_canvas

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 2.4 * cm
MARGIN_Y = 2.2 * cm


def _markup(text: str) -> str:
    """Reportlab paragraph markup: escaped text, placeholders highlighted."""
    out: list[str] = []
    pos = 0
    for m in PLACEHOLDER.finditer(text):
        out.append(escape(text[pos:m.start()]))
        out.append(f'<font backColor="#FFF2A8" color="#B00000">{escape(m.group(0))}</font>')
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def _styles(font: str, lang: str) -> dict[str, ParagraphStyle]:
    wrap = "CJK" if lang == "zh" else None
    base = ParagraphStyle("base", fontName=font, bulletFontName=font, fontSize=11.5, leading=19,
                          wordWrap=wrap,
                          alignment=TA_JUSTIFY)
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=19, leading=28,
                                alignment=TA_CENTER, spaceAfter=12),
        "heading": ParagraphStyle("heading", parent=base, fontSize=13.5, leading=22,
                                  spaceBefore=8, spaceAfter=4, alignment=TA_LEFT,
                                  keepWithNext=1),
        "subheading": ParagraphStyle("subheading", parent=base, fontSize=12, leading=20,
                                     spaceBefore=4, spaceAfter=2, alignment=TA_LEFT,
                                     keepWithNext=1),
        # Chinese body text is justified with a two-character indent; English is set ragged
        # right, so a long placeholder cannot stretch the spaces of its line.
        "para": ParagraphStyle("para", parent=base,
                               firstLineIndent=23 if lang == "zh" else 0, spaceAfter=4,
                               alignment=TA_JUSTIFY if lang == "zh" else TA_LEFT),
        "plain": ParagraphStyle("plain", parent=base, alignment=TA_LEFT, spaceAfter=2),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "bullet": ParagraphStyle("bullet", parent=base, alignment=TA_LEFT, leftIndent=14,
                                 bulletIndent=3, spaceAfter=2),
        "note": ParagraphStyle("note", parent=base, fontSize=9.5, leading=14,
                               alignment=TA_LEFT, backColor=colors.HexColor("#F2F2F2"),
                               borderColor=colors.HexColor("#808080"), borderWidth=0.5,
                               borderPadding=5, spaceBefore=6, spaceAfter=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5,
                               alignment=TA_LEFT),
        "cell_num": ParagraphStyle("cell_num", parent=base, fontSize=8.5, leading=11.5,
                                   alignment=TA_RIGHT),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontSize=8.5, leading=11.5,
                                    alignment=TA_CENTER),
    }


_NUMBER = re.compile(r"^-?\d[\d,]*(\.\d+)?$")


def _is_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip()))


def _col_widths(rows: tuple[tuple[str, ...], ...], total: float, font: str,
                size: float) -> list[float]:
    """Column widths that keep numbers, dates and words whole and let long text wrap.

    Each column gets at least the width of its longest unbreakable token (a figure, a date);
    what is left goes to the columns whose text is longest.
    """
    pad = 13.0  # the table's left and right cell padding, plus a point of slack
    width = max(len(r) for r in rows)

    def w(text: str) -> float:
        return float(stringWidth(text, font, size))

    minimum: list[float] = []
    desired: list[float] = []
    for j in range(width):
        cells = [r[j] for r in rows if j < len(r)]
        tokens = [t for c in cells[1:] for t in re.split(r"[\s；;]+", c) if t]
        # Chinese text breaks between characters: two characters is its unbreakable unit.
        head = cells[0] if cells else ""
        head_min = w(head[:4]) if any(ord(ch) >= 0x2E80 for ch in head) else max(
            (w(t) for t in head.split()), default=0.0)
        # Short labels such as "证据1" stay whole; longer Chinese text may wrap anywhere.
        minimum.append(max([head_min, *(w(t) for t in tokens
                                        if not _is_cjk(t) or len(t) <= 5)], default=0.0) + pad)
        desired.append(max([w(head) / 2, *(w(c) for c in cells[1:])], default=0.0) + pad)
    if sum(minimum) > total:
        raise _TooWide
    if sum(desired) <= total:
        scale = total / sum(desired)
        return [d * scale for d in desired]
    spare = max(total - sum(minimum), 0.0)
    extra = [max(d - m, 0.0) for d, m in zip(desired, minimum, strict=True)]
    share = sum(extra) or 1.0
    return [m + spare * e / share for m, e in zip(minimum, extra, strict=True)]


class _TooWide(Exception):
    """The table's figures do not fit on one line each at this font size."""


def _is_cjk(token: str) -> bool:
    return any(ord(ch) >= 0x2E80 for ch in token)


def _table(block: Block, st: dict[str, ParagraphStyle]) -> Table:
    width = max(len(r) for r in block.rows)
    font = st["cell"].fontName
    size = float(st["cell"].fontSize)
    # A wide table (the arrears table) gets a smaller font rather than figures split in two.
    while True:
        try:
            widths = _col_widths(block.rows, PAGE_WIDTH - 2 * MARGIN_X, font, size)
            break
        except _TooWide:
            if size <= 6.5:
                widths = [(PAGE_WIDTH - 2 * MARGIN_X) / width] * width
                break
            size -= 0.5
    cell = ParagraphStyle("c", parent=st["cell"], fontSize=size, leading=size * 1.35)
    styles = {"head": ParagraphStyle("h", parent=cell, alignment=TA_CENTER),
              "num": ParagraphStyle("n", parent=cell, alignment=TA_RIGHT), "text": cell}
    data: list[list[Paragraph]] = []
    for i, row in enumerate(block.rows):
        cells = []
        for j in range(width):
            text = row[j] if j < len(row) else ""
            style = styles["head"] if i == 0 else (styles["num"] if _is_number(text)
                                                    else styles["text"])
            cells.append(Paragraph(_markup(text), style))
        data.append(cells)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),  # else the table references Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in block.bold_rows:
        commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2")))
        commands.append(("LINEABOVE", (0, i), (-1, i), 1.2, colors.black))
    table.setStyle(TableStyle(commands))
    return table


class _Heading(Paragraph):  # type: ignore[misc]
    """A heading paragraph that also adds a PDF bookmark (outline entry) where it lands."""

    def __init__(self, text: str, style: ParagraphStyle, title: str, level: int) -> None:
        super().__init__(text, style)
        self.outline_title = title
        self.outline_level = level
        self.outline_key = f"h{id(self)}"

    def draw(self) -> None:
        self.canv.bookmarkPage(self.outline_key)
        self.canv.addOutlineEntry(self.outline_title, self.outline_key,
                                  level=self.outline_level, closed=False)
        super().draw()


# The review page (templates/_review.*.j2) follows a page break under this heading. It is
# removed before filing, so it is numbered on its own: the filing's "第 1 页 共 2 页" must
# stay true once it is gone.
REVIEW = "review"
REVIEW_HEADINGS = ("提交前核对页", "Review page")


class _PartStart(Flowable):  # type: ignore[misc]
    """Takes no room; where it is drawn, the page starts a separately numbered part."""

    def __init__(self, part: str) -> None:
        super().__init__()
        self.part = part
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        begin = getattr(self.canv, "begin_part", None)
        if begin is not None:
            begin(self.part)


def _starts_review(blocks: Sequence[Block], i: int) -> bool:
    """Whether the page break `blocks[i]` opens the review page."""
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    return (blocks[i].kind == "pagebreak" and following is not None
            and following.kind == "heading" and following.text.startswith(REVIEW_HEADINGS))


def numbered_canvas(font: str, lang: str, *, numbers: bool = True) -> type[Canvas]:
    """A canvas class that writes "第 X 页 共 Y 页" once the page count is known; the review
    pages say "核对页 第 X 页 共 Y 页" ("Review page X of Y"), counted among themselves."""

    def stamp(canvas: Any, label: str) -> None:
        canvas.setFont(font, 9)
        canvas.setFillColor(colors.HexColor("#404040"))
        canvas.drawCentredString(PAGE_WIDTH / 2, 1.2 * cm, label)

    def footer(canvas: Any, n: int, total: int) -> None:
        stamp(canvas, f"第 {n} 页 共 {total} 页" if lang == "zh" else f"Page {n} of {total}")

    def review_footer(canvas: Any, n: int, total: int) -> None:
        stamp(canvas, f"核对页 第 {n} 页 共 {total} 页" if lang == "zh"
              else f"Review page {n} of {total}")

    if not numbers:
        return shared_numbered_canvas(font, None)
    return shared_numbered_canvas(font, footer, part_footers={REVIEW: review_footer})


def to_pdf(doc: DraftDocument, *, page_numbers: bool = True) -> bytes:
    """The draft as PDF bytes, CJK font embedded; `page_numbers=False` when a bundle numbers
    the pages itself."""
    font = register_cjk_font()
    st = _styles(font, doc.lang)
    story: list[Flowable] = []
    level_of = {"title": 0, "heading": 1, "subheading": 2}
    has_title = any(b.kind == "title" for b in doc.blocks)
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind in level_of:
            level = level_of[block.kind] - (0 if has_title else 1)
            style = st[block.kind]
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if following is not None and following.kind == "table" and len(following.rows) > 8:
                # A long table splits across pages: keeping the heading with all of it would
                # push both to a new page and leave this one empty. Keep a few rows' room.
                story.append(CondPageBreak(4 * cm))
                style = ParagraphStyle(f"{style.name}-free", parent=style, keepWithNext=0)
            story.append(_Heading(_markup(block.text), style, block.text, max(level, 0)))
        elif block.kind == "table":
            story.append(_table(block, st))
            story.append(Spacer(1, 8))
        elif block.kind == "pagebreak":
            story.append(PageBreak())
            if _starts_review(blocks, i):
                story.append(_PartStart(REVIEW))
        elif block.kind == "bullet":
            story.append(Paragraph(_markup(block.text), st["bullet"], bulletText="•"))
        elif block.kind == "right":
            story.append(KeepTogether(Paragraph(_markup(block.text), st["right"])))
        else:
            story.append(Paragraph(_markup(block.text), st[block.kind]))
    out = io.BytesIO()
    template = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_Y,
        bottomMargin=MARGIN_Y + 0.4 * cm, title=doc.title, author="supportcase",
        subject=doc.kind, lang="zh-CN" if doc.lang == "zh" else "en",
        initialFontName=font,
    )
    template.build(story, canvasmaker=numbered_canvas(font, doc.lang, numbers=page_numbers))
    return out.getvalue()
