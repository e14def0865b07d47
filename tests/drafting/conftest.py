"""Shared helpers for reading generated drafts back."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from supportcase.casefile import CaseFile, parse_casefile
from tests.conftest import DEMO_CASE

AS_OF = dt.date(2026, 11, 1)


@pytest.fixture(scope="session")
def demo_case() -> CaseFile:
    return parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def pdf_fonts(data: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font the PDF's pages use."""
    import pikepdf

    out: list[tuple[str, bool]] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            for _, font in fonts.items():
                desc = font.get("/FontDescriptor")
                if desc is None and "/DescendantFonts" in font:
                    desc = font["/DescendantFonts"][0].get("/FontDescriptor")
                embedded = desc is not None and any(
                    k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                out.append((str(font.get("/BaseFont")), embedded))
    return out


def pdf_outline(data: bytes) -> list[str]:
    import pikepdf

    titles: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf, pdf.open_outline() as outline:
        stack = list(outline.root)
        while stack:
            item = stack.pop(0)
            titles.append(str(item.title))
            stack[0:0] = list(item.children)
    return titles


def docx_read(data: bytes) -> tuple[str, list[list[list[str]]], list[tuple[str, str]]]:
    """(all paragraph text, tables as rows of cell text, [(style, text)] of headings)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in document.paragraphs)
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    headings = [(p.style.name, p.text) for p in document.paragraphs
                if p.style is not None and p.style.name.startswith(("Heading", "Title"))]
    return text, tables, headings
