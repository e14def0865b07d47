"""PDF layout read back from the drafts: the filing is numbered without the internal review
pages."""

from __future__ import annotations

import re

import pytest

from supportcase.casefile import CaseFile
from supportcase.drafting import pdf_render
from supportcase.drafting.document import DraftDocument
from supportcase.drafting.kinds import KINDS
from supportcase.drafting.render import draft_bytes, render_draft
from tests.drafting.conftest import AS_OF

WRITTEN = sorted(KINDS)
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
