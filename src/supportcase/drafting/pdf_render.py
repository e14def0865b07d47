"""PDF output (reportlab): the copy to file, with the CJK font embedded and pages numbered.

Text is set in WenQuanYi Micro Hei (`supportcase.pdf_fonts`, embedded as a subset so a court
printer shows exactly what we saw), Chinese lines wrap per character without starting a line
with closing punctuation (`_CJKParagraph`), every page of the filing carries "第 X 页 共 Y 页"
(or "Page X of Y") and the internal review pages are numbered on their own, headings become
PDF bookmarks, and placeholders for missing facts are highlighted.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any
from unicodedata import category
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
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
from reportlab.platypus.paragraph import ParaLines, _handleBulletWidth, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

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


# Chinese line-breaking rules (禁则): closing punctuation may not begin a line and opening
# punctuation may not end one. reportlab's CJK wrap knows the Japanese list, which lacks the
# full-width ，：；！？, and hangs at most one mark, so "条）；" at a line's end still starts
# the next line with "；". The line breaker below extends the lists and handles any run.
NO_LINE_START = frozenset(ALL_CANNOT_START + "，。、；：！？）」』】〕〗〙〛］｝〉》”’．…‥％")
NO_LINE_END = frozenset(ALL_CANNOT_END + "（「『【〔〖〘〚［｛〈《“‘(")


def _is_space(ch: str) -> bool:
    return len(ch) == 1 and category(ch) == "Zs"


def _in_word(ch: str) -> bool:
    """Part of a run of Latin letters or figures, which breaks only at a space."""
    return len(ch) == 1 and ord(ch) < 0x3000 and not _is_space(ch)


def _may_break(chars: Sequence[str], b: int, *, words: bool = True) -> bool:
    """Whether a line may end before `chars[b]` (`words=False`: even inside a Latin word)."""
    before, after = chars[b - 1], chars[b]
    if _is_space(before) or _is_space(after):
        return True
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    return not (words and _in_word(before) and _in_word(after))


def _break_before(chars: Sequence[str], start: int, overflow: int) -> int:
    """Where the line that starts at `start` ends when `chars[overflow]` does not fit."""
    nxt = overflow + 1
    if chars[overflow] in NO_LINE_START and (nxt == len(chars) or _may_break(chars, nxt)):
        return nxt  # one closing mark hangs in the margin, as reportlab and Word set it
    # Else the characters before the overflow move down with it (推出), as few as needed;
    # a Latin word moves whole unless that would leave less than half a line.
    lowest = max(start + 1, (start + overflow + 1) // 2)
    for words in (True, False):
        for b in range(overflow, lowest - 1, -1):
            if _may_break(chars, b, words=words):
                return b
    return overflow


def _width(u: Any, max_width: float) -> float:
    w = u.width
    if hasattr(w, "normalizedValue"):  # a percentage width (an inline image)
        w._normalizer = max_width
        w = w.normalizedValue(max_width)
    return float(w)


def cjk_lines(frags: Sequence[Any], max_widths: Sequence[float], calc_bounds: bool) -> Any:
    """reportlab's `cjkFragSplit` (characters filled greedily into lines) with the rules above.

    A space where a line breaks is dropped, as in Latin text."""
    chars: list[Any] = []
    for f in frags:
        text = f.text.decode("utf8") if isinstance(f.text, bytes) else f.text
        chars.extend([cjkU(t, f, "utf8") for t in text] if text else [cjkU(text, f, "utf8")])
    lines: list[Any] = []
    start, n = 0, len(chars)
    while start < n:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used, i, forced = 0.0, start, False
        while i < n:
            w = _width(chars[i], max_width)
            if used + w > max_width + _FUZZ and i > start:
                break
            used += w
            i += 1
            if hasattr(chars[i - 1].frag, "lineBreak"):
                forced = True
                break
        end = i if forced or i == n else _break_before(chars, start, i)
        last = end
        while last > start + 1 and _is_space(chars[last - 1]):
            last -= 1
        width = sum(_width(u, max_width) for u in chars[start:last])
        lines.append(makeCJKParaLine(chars[start:last], max_width, width, max_width - width,
                                     forced, calc_bounds))
        start = end
        while not forced and 0 < start < n and _is_space(chars[start]):
            start += 1
    return ParaLines(kind=1, lines=lines)


class _CJKParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph whose Chinese lines break by `cjk_lines` (Latin text wraps as before)."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # reportlab's name
        widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara  # the first part of a split paragraph keeps its lines
        if not self.frags or self.style.endDots:
            return super().breakLinesCJK(widths)
        self.height = 0
        _handleBulletWidth(self.bulletText, self.style, widths)
        leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return cjk_lines(self.frags, widths, leading not in ("", "off"))


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
    data: list[list[_CJKParagraph]] = []
    for i, row in enumerate(block.rows):
        cells = []
        for j in range(width):
            text = row[j] if j < len(row) else ""
            style = styles["head"] if i == 0 else (styles["num"] if _is_number(text)
                                                    else styles["text"])
            cells.append(_CJKParagraph(_markup(text), style))
        data.append(cells)
    # `splitInRow`: a row taller than a page (a long entry, a pasted statement) runs on to
    # the next page; without it the draft cannot be laid out at all.
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER", splitInRow=1)
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


class _Heading(_CJKParagraph):
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
            story.append(_CJKParagraph(_markup(block.text), st["bullet"], bulletText="•"))
        elif block.kind == "right":
            story.append(KeepTogether(_CJKParagraph(_markup(block.text), st["right"])))
        else:
            story.append(_CJKParagraph(_markup(block.text), st[block.kind]))
    out = io.BytesIO()
    template = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_Y,
        bottomMargin=MARGIN_Y + 0.4 * cm, title=doc.title, author="supportcase",
        subject=doc.kind, lang="zh-CN" if doc.lang == "zh" else "en",
        initialFontName=font,
    )
    template.build(story, canvasmaker=numbered_canvas(font, doc.lang, numbers=page_numbers))
    return out.getvalue()
