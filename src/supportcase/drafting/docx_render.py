"""DOCX output (python-docx): an editable Word file a lawyer can correct before filing.

Real heading styles (so the navigation pane works), real tables with a repeating header row,
A4 pages with "第 X 页 共 Y 页 / Page X of Y" page-number fields, Chinese text set in SimSun
(宋体) and Latin text in Times New Roman. Placeholders for missing facts are highlighted so
no gap is filed by mistake.
"""

from __future__ import annotations

import io
import re

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from supportcase.drafting.document import Block, DraftDocument
from supportcase.drafting.placeholders import PLACEHOLDER

LATIN_FONT = "Times New Roman"
CJK_FONT = "SimSun"
HEADING_CJK_FONT = "SimHei"
_NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?$")
# What XML 1.0 cannot hold (a NUL byte, other control characters, a lone surrogate): a
# case's text may carry one from a case file or an old entry, and lxml refuses it.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """`text` without the characters a Word file cannot hold."""
    return _NOT_XML.sub("", text)


def _set_fonts(run_or_style: object, cjk: str = CJK_FONT) -> None:
    element = run_or_style.element  # type: ignore[attr-defined]
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), cjk)
    # Word prefers theme fonts over named ones: drop them so the court fonts apply.
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)


def _add_text(paragraph: Paragraph, text: str, *, bold: bool = False, size: float | None = None,
              cjk: str = CJK_FONT) -> None:
    """Add `text`, highlighting every placeholder."""
    text = _xml_text(text)
    pos = 0
    pieces: list[tuple[str, bool]] = []
    for m in PLACEHOLDER.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], False))
        pieces.append((m.group(0), True))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], False))
    for piece, is_gap in pieces:
        run = paragraph.add_run(piece)
        # The Normal style carries SimSun / Times New Roman; only headings differ. Setting
        # properties per run only when they differ keeps a 100-row table fast to build.
        if cjk != CJK_FONT:
            _set_fonts(run, cjk)
        if bold or is_gap:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        if is_gap:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            run.font.color.rgb = RGBColor(0xB0, 0x00, 0x00)


def _field(paragraph: Paragraph, code: str) -> None:
    run = paragraph.add_run()
    _set_fonts(run)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, txt, end):
        run._r.append(el)


def _page_footer(document: object, lang: str) -> None:
    section = document.sections[0]  # type: ignore[attr-defined]
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, middle, after = ("第 ", " 页 共 ", " 页") if lang == "zh" else ("Page ", " of ", "")
    _add_text(p, before, size=9)
    _field(p, "PAGE")
    _add_text(p, middle, size=9)
    _field(p, "NUMPAGES")
    if after:
        _add_text(p, after, size=9)


def _shade(paragraph: Paragraph, fill: str = "F2F2F2") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "4")
        b.set(qn("w:color"), "808080")
        borders.append(b)
    ppr.append(borders)
    ppr.append(shd)


def _repeat_header(row: object) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _table(document: object, block: Block) -> None:
    style_id = document.styles["Table Text"].style_id  # type: ignore[attr-defined]
    rows = block.rows
    width = max(len(r) for r in rows)
    table = document.add_table(rows=0, cols=width)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, values in enumerate(rows):
        row = table.add_row()
        if i == 0:
            _repeat_header(row)
        cells = row.cells  # python-docx rebuilds this list on every access
        for j in range(width):
            text = values[j] if j < len(values) else ""
            cell = cells[j]
            p = cell.paragraphs[0]
            p._p.style = style_id  # set by id: assigning the style object scans every style
            if i > 0 and _NUMBER.match(text):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif i == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_text(p, text, bold=i == 0 or i in block.bold_rows)
            if i == 0:
                tcpr = cell._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:fill"), "E7E6E6")
                tcpr.append(shd)
    document.add_paragraph()  # type: ignore[attr-defined]


def to_docx(doc: DraftDocument) -> bytes:
    """The draft as DOCX bytes."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.6)
    normal = document.styles["Normal"]
    normal.font.size = Pt(12)
    _set_fonts(normal)
    table_text = document.styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = normal
    table_text.font.size = Pt(9)
    table_text.paragraph_format.space_after = Pt(0)
    for name in ("Heading 1", "Heading 2", "Title"):
        style = document.styles[name]
        style.font.color.rgb = RGBColor(0, 0, 0)
        _set_fonts(style, HEADING_CJK_FONT)
        ppr = style.element.pPr
        if ppr is not None:  # the default Title has a blue rule under it; a filing does not
            for border in ppr.findall(qn("w:pBdr")):
                ppr.remove(border)
    document.core_properties.title = _xml_text(doc.title)
    document.core_properties.language = "zh-CN" if doc.lang == "zh" else "en"
    indent = Pt(24) if doc.lang == "zh" else None
    for block in doc.blocks:
        if block.kind == "title":
            p = document.add_paragraph(style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_text(p, block.text, bold=True, size=20, cjk=HEADING_CJK_FONT)
        elif block.kind in {"heading", "subheading"}:
            h = document.add_heading(level=1 if block.kind == "heading" else 2)
            _add_text(h, block.text, bold=True, size=14 if block.kind == "heading" else 12,
                      cjk=HEADING_CJK_FONT)
            for run in h.runs:
                run.font.color.rgb = RGBColor(0, 0, 0)
        elif block.kind == "table":
            _table(document, block)
        elif block.kind == "pagebreak":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif block.kind == "bullet":
            _add_text(document.add_paragraph(style="List Bullet"), block.text)
        else:
            p = document.add_paragraph()
            if block.kind == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif block.kind == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif block.kind == "para":
                p.alignment = (WD_ALIGN_PARAGRAPH.JUSTIFY if doc.lang == "zh"
                               else WD_ALIGN_PARAGRAPH.LEFT)
                if indent is not None:
                    p.paragraph_format.first_line_indent = indent
            p.paragraph_format.line_spacing = 1.3
            if block.kind == "note":
                _shade(p)
                _add_text(p, block.text, size=10)
            else:
                _add_text(p, block.text)
    _page_footer(document, doc.lang)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
