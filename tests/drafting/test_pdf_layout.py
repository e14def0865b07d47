"""PDF layout read back from the drafts: the filing is numbered without the internal review
pages, and Chinese lines never start with closing punctuation (禁则)."""

from __future__ import annotations

import re

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from supportcase.casefile import CaseFile
from supportcase.drafting import pdf_render
from supportcase.drafting.document import DraftDocument
from supportcase.drafting.kinds import KINDS
from supportcase.drafting.render import draft_bytes, render_draft
from supportcase.pdf_fonts import register_cjk_font
from tests.drafting.conftest import AS_OF

WRITTEN = sorted(KINDS)
CLOSING = "，。；：、）」』！？"
FOOTER = re.compile(r"^(?:(?P<review>核对页 |Review page )|Page |)(?:第 )?(?P<n>\d+)"
                    r"(?: 页 共 | of )(?P<total>\d+)(?: 页)?$")


def _case(demo_case: CaseFile) -> CaseFile:
    # An enforcement office's figure on file, so the dispute letter has text to wrap.
    data = demo_case.model_dump(mode="json", by_alias=True)
    data["assertions"] = [{"date": "2026-06-30", "amount": "120000.00", "currency": "CNY",
                           "source": "北京市朝阳区人民法院执行局"}]
    return CaseFile.model_validate(data)


def _pages(data: bytes) -> list[list[str]]:
    """Each page's text lines, as pdfium extracts them."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [[ln.strip() for ln in page.get_textpage().get_text_range().replace("\r", "")
                 .split("\n") if ln.strip()] for page in pdf]
    finally:
        pdf.close()


def _visual_lines(data: bytes) -> list[str]:
    """The lines as set on the page: a line (or a table cell's line) starts at every
    character that does not sit right after the one before it on the same baseline."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    lines: list[str] = []
    try:
        for page in pdf:
            text = page.get_textpage()
            line: list[str] = []
            prev: tuple[float, float, float, float] | None = None
            for i in range(text.count_chars()):
                ch = text.get_text_range(i, 1)
                if not ch.strip():
                    continue
                box = text.get_charbox(i, loose=True)
                left, bottom, _, top = box
                height = top - bottom
                if prev is not None and not (abs(bottom - prev[1]) < 0.3 * height
                                             and -0.1 * height <= left - prev[2] < 0.9 * height):
                    lines.append("".join(line))
                    line = []
                line.append(ch)
                prev = box
            if line:
                lines.append("".join(line))
    finally:
        pdf.close()
    return lines


def _has_review(doc: DraftDocument) -> bool:
    return any(b.kind == "heading" and b.text.startswith(pdf_render.REVIEW_HEADINGS)
               for b in doc.blocks)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", WRITTEN)
def test_filing_pages_are_numbered_without_the_review_pages(demo_case: CaseFile, kind: str,
                                                           lang: str) -> None:
    doc = render_draft(kind, _case(demo_case), lang=lang, as_of=AS_OF)
    pages = _pages(draft_bytes(doc, "pdf"))
    heading = "提交前核对页" if lang == "zh" else "Review page (internal"
    starts = [i for i, lines in enumerate(pages) if any(ln.startswith(heading) for ln in lines)]
    filing = starts[0] if starts else len(pages)
    assert len(starts) <= 1 and bool(starts) is _has_review(doc)
    footers = [FOOTER.match(lines[-1]) for lines in pages]
    assert all(footers), [lines[-1] for lines in pages]
    got = [(bool(m["review"]), int(m["n"]), int(m["total"])) for m in footers if m]
    review = len(pages) - filing
    want = ([(False, i + 1, filing) for i in range(filing)]
            + [(True, i + 1, review) for i in range(review)])
    assert got == want
    if starts:  # the review footer says which part it counts
        assert pages[filing][-1].startswith("核对页 第 1 页" if lang == "zh"
                                            else "Review page 1 of")


def test_the_drafts_with_a_review_page_are_the_expected_ones(demo_case: CaseFile) -> None:
    reviewed = {k for k in WRITTEN
                if _has_review(render_draft(k, _case(demo_case), lang="zh", as_of=AS_OF))}
    assert {"enforcement_application", "asset_memo", "service_sheet",
            "hague_sheet"} <= reviewed


def _text(data: bytes) -> str:
    """The PDF's text without footers and whitespace (line breaks fall anywhere)."""
    return re.sub(r"\s+", "", "".join(ln for lines in _pages(data) for ln in lines
                                      if not FOOTER.match(ln)))


@pytest.mark.parametrize("kind", WRITTEN)
def test_chinese_lines_never_start_with_closing_punctuation(
        demo_case: CaseFile, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = render_draft(kind, _case(demo_case), lang="zh", as_of=AS_OF)
    data = draft_bytes(doc, "pdf")
    lines = _visual_lines(data)
    assert lines
    assert [ln for ln in lines if ln[0] in CLOSING] == []
    # The same text as reportlab's own CJK wrap sets: only the line breaks moved.
    monkeypatch.setattr(pdf_render._CJKParagraph, "breakLinesCJK", Paragraph.breakLinesCJK)
    assert _text(draft_bytes(doc, "pdf")) == _text(data)


def _wrapped(markup: str, chars_wide: float) -> list[str]:
    font = register_cjk_font()
    style = ParagraphStyle("t", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    para = pdf_render._CJKParagraph(markup, style)
    para.wrap(10 * chars_wide + 0.01, 10_000)
    return ["".join(w.text for w in line.words) for line in para.blPara.lines]


@pytest.mark.parametrize("markup", [
    "{}（《中华人民共和国民法典》第一百九十五条）；本函不构成对任何权利的放弃。",
    "{}（据我了解此问题法律尚无定论。）（见“附件一”、<font color='red'>附件二</font>）。",
    "{}被执行人张伟（ZHANG Wei），现住1200 Example Ave, Apt 4B, San Jose：CA 95112。",
])
def test_line_breaker_keeps_closing_marks_off_line_starts_at_every_position(
        markup: str) -> None:
    text = re.sub(r"<[^>]+>", "", markup.format(""))
    for pad in range(12):  # every character of the sentence lands at a line's end once
        body = "甲" * pad + text
        lines = _wrapped(markup.format("甲" * pad), 12)
        assert "".join(lines).replace(" ", "") == body.replace(" ", ""), (pad, lines)
        assert len(lines) > 1
        for line in lines:
            assert line and line[0] not in pdf_render.NO_LINE_START, (pad, lines)
            assert line[-1] not in pdf_render.NO_LINE_END, (pad, lines)
            if all(ord(c) >= 0x3000 for c in line):  # full-width: 12 fit the measure
                # one closing mark may hang past it, nothing else may
                assert len(line) <= 12 or (len(line) == 13
                                           and line[-1] in pdf_render.NO_LINE_START), lines


def test_latin_words_inside_chinese_move_down_whole() -> None:
    for pad in range(12):
        lines = _wrapped("甲" * pad + "被执行人现住1200 Example Avenue，Apt 4B，San Jose。", 12)
        for word in ("1200", "Example", "Avenue", "Apt", "4B", "San", "Jose"):
            assert any(word in line for line in lines), (word, lines)
        assert not any(line.startswith(" ") or line.endswith(" ") for line in lines), lines
