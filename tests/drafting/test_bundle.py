"""The evidence bundle read back: order, stamps, running page numbers, bookmarks, index."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw
from reportlab.pdfgen.canvas import Canvas
from typer.testing import CliRunner

from supportcase.casefile import CaseFile
from supportcase.cli import app
from supportcase.drafting.bundle import build_bundle
from tests.conftest import DEMO_CASE
from tests.drafting.conftest import pdf_fonts


def _pdf(pages: int, marker: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for i in range(pages):
        canvas.drawString(72, 700, f"{marker} original page {i + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _jpeg() -> bytes:
    image = Image.new("RGB", (600, 900), "white")
    ImageDraw.Draw(image).rectangle([20, 20, 580, 880], outline="black", width=4)
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def _page_texts(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def test_bundle_merges_in_order_stamps_and_bookmarks(demo_case: CaseFile) -> None:
    docs = demo_case.documents  # judgment, bank-2023, wechat-2024
    originals = [(docs[0], _pdf(3, "JUDGMENT")), (docs[1], _jpeg()), (docs[2], None)]
    bundle = build_bundle(demo_case, originals, lang="zh")
    assert bundle.index_pages == 1
    assert bundle.pages == 1 + 3 + 1
    texts = _page_texts(bundle.pdf)
    assert len(texts) == bundle.pages
    assert "证据目录" in texts[0] and "未附" in texts[0]
    for k in range(3):  # the judgment's pages, in order, each stamped
        assert f"JUDGMENT original page {k + 1}" in texts[1 + k]
        assert f"证据1 第{k + 1}页/共3页" in texts[1 + k]
    assert "证据2 第1页/共1页" in texts[4]
    for n, text in enumerate(texts, start=1):
        assert f"第 {n} 页 共 {bundle.pages} 页" in text
    assert all(embedded for _, embedded in pdf_fonts(bundle.pdf) if "WenQuanYi" in _)
    with pikepdf.open(io.BytesIO(bundle.pdf)) as pdf, pdf.open_outline() as outline:
        items = list(outline.root)
        titles = [str(i.title) for i in items]
        assert titles[0] == "证据目录"
        assert titles[1].startswith("证据1 ") and titles[2].startswith("证据2 ")
        # Each bookmark points at its exhibit's first page.
        pages = {p.objgen: n for n, p in enumerate(pdf.pages)}
        targets = [pages[i.destination[0].objgen] for i in items]
        assert targets == [0, 1, 4]
    assert [e.first_page for e in bundle.exhibits] == [2, 5, 0]
    assert "证据3" in bundle.skipped[0]


def test_bundle_cli_finds_originals_by_document_id(tmp_path: Path) -> None:
    (tmp_path / "judgment.pdf").write_bytes(_pdf(2, "J"))
    (tmp_path / "bank-2023.jpg").write_bytes(_jpeg())
    out = tmp_path / "bundle.pdf"
    result = CliRunner().invoke(app, ["bundle", str(DEMO_CASE), "--originals", str(tmp_path),
                                      "-o", str(out), "--lang", "en", "--json",
                                      "--as-of", "2026-11-01"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    pages = [e["pages"] for e in summary["exhibits"]]
    assert pages[:3] == [2, 1, 0]
    # The arrears statement is the last exhibit, as the evidence list numbers it.
    assert summary["exhibits"][3]["title"] == "Arrears statement" and pages[3] >= 1
    assert summary["pages"] == 1 + 2 + 1 + pages[3]
    texts = _page_texts(out.read_bytes())
    assert "Exhibit 1 p. 2/2" in texts[2]
    assert f"Page 4 of {summary['pages']}" in texts[3]
    assert "Exhibit 4 p. 1/" in texts[4] and "Arrears Statement" in texts[4]


def test_bundle_and_checklist_for_a_stored_case(tmp_path: Path) -> None:
    from supportcase.casefile import parse_casefile
    from supportcase.store import open_store

    casefile = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source="demo")
    with open_store() as store:
        case_id = store.save_case(casefile, actor="test")
        store.add_document(case_id, _pdf(2, "STORED"), title="Scanned receipt",
                           actor="test", filename="receipt.pdf", doc_type="receipt")
    out = tmp_path / "bundle.pdf"
    result = CliRunner().invoke(app, ["bundle", case_id, "-o", str(out), "--json",
                                      "--no-arrears"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    # The three demo documents have no original in the store; the added one does.
    assert [e["pages"] for e in summary["exhibits"]] == [0, 0, 0, 2]
    assert "STORED original page 2" in _page_texts(out.read_bytes())[-1]
    result = CliRunner().invoke(app, ["checklist", case_id, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["case"] == casefile.case.title


def test_word_file_is_printed_as_its_text_and_marked(demo_case: CaseFile) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("张伟：我知道欠钱，新工作开始后就付。")
    out = io.BytesIO()
    document.save(out)
    bundle = build_bundle(demo_case, [(demo_case.documents[2], out.getvalue())], lang="zh")
    exhibit = bundle.exhibits[0]
    assert exhibit.attached and "打印版" in exhibit.note
    page = _page_texts(bundle.pdf)[1]
    assert "新工作开始后就付" in page and "证据1 第1页" in page


def test_unreadable_original_is_listed_not_dropped(demo_case: CaseFile) -> None:
    bundle = build_bundle(demo_case, [(demo_case.documents[0], b"\x00\x01 not a document")],
                          lang="en")
    assert not bundle.exhibits[0].attached
    index = " ".join(_page_texts(bundle.pdf)[0].split())  # the cell may wrap
    assert "not attached" in index
    assert bundle.skipped and "Exhibit 1" in bundle.skipped[0]
