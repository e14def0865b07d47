"""The evidence bundle: the original documents merged in order into one PDF for the court.

Each document of the case file is one exhibit (证据1, 证据2, ...), in the case file's order.
The bundle opens with an index page (exhibit, title, date, pages in the bundle); every page
of every exhibit is stamped in its top-right corner with its exhibit and page number
("证据2 第3页/共5页") and carries the bundle's running page number at the foot; the PDF's
bookmarks lead to the index and to the first page of each exhibit.

PDF originals are merged as they are (pikepdf); photos and scans (JPEG, PNG, HEIC, ...) are
placed on an A4 page each; a Word file, e-mail or text file is printed as pages of its text,
marked as such (the original is produced separately). A document with no original, or one
that cannot be read, is listed in the index as not attached, with the reason — never
silently dropped.

>>> bundle = build_bundle(casefile, [(doc, pdf_bytes), ...], lang="zh")  # doctest: +SKIP
>>> Path("bundle.pdf").write_bytes(bundle.pdf)  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pikepdf

from supportcase.casefile import CaseFile
from supportcase.casefile.model import Document
from supportcase.drafting.document import Block, DraftDocument

IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*", b"RIFF", b"BM")


@dataclass(frozen=True)
class Exhibit:
    number: int
    document: Document
    first_page: int  # 1-based page of the bundle, 0 when not attached
    pages: int
    note: str = ""  # why it is not attached

    @property
    def attached(self) -> bool:
        return self.pages > 0


@dataclass(frozen=True)
class Bundle:
    pdf: bytes
    exhibits: tuple[Exhibit, ...]
    pages: int
    index_pages: int
    skipped: tuple[str, ...] = field(default=())

    def summary(self) -> dict[str, Any]:
        return {
            "pages": self.pages, "index_pages": self.index_pages,
            "exhibits": [{"number": e.number, "id": e.document.id, "title": e.document.title,
                          "first_page": e.first_page or None, "pages": e.pages,
                          "note": e.note or None} for e in self.exhibits],
            "not_attached": list(self.skipped),
        }


def exhibit_label(n: int, lang: str) -> str:
    return f"证据{n}" if lang == "zh" else f"Exhibit {n}"


def _image_to_pdf(data: bytes) -> bytes:
    """One A4 page with the image fitted inside the margins, upright."""
    from PIL import Image, ImageOps
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # HEIC support is optional
        pass
    image = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    width, height = A4
    margin = 40.0
    top = 50.0  # room for the exhibit stamp
    scale = min((width - 2 * margin) / image.width, (height - margin - top) / image.height)
    w, h = image.width * scale, image.height * scale
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.drawImage(ImageReader(image), (width - w) / 2, height - top - h, w, h)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


REASONS = {
    "none": ("no original on file", "无原件"),
    "damaged": ("damaged PDF: cannot be read", "PDF 文件损坏，无法读取"),
    "image": ("unreadable image", "图片无法读取"),
    "format": ("not a PDF or an image: print it to PDF and add it again",
               "非 PDF 或图片：请打印为 PDF 后重新添加"),
    "text": ("electronic file: its text is printed here; produce the original file as well",
             "电子文件：此处为其文字内容的打印版，原件另行提交"),
}


def _text_rendering(data: bytes, title: str, lang: str) -> pikepdf.Pdf | None:
    """A Word file, e-mail or text file printed as pages of its text (not the original)."""
    from supportcase.drafting.document import Block, DraftDocument
    from supportcase.drafting.pdf_render import to_pdf
    from supportcase.intake.document import IntakeError
    from supportcase.intake.readers import read_bytes

    try:
        documents = read_bytes(title, data)
    except IntakeError:
        return None
    if not documents or not documents[0].text.strip():
        return None
    source = documents[0]
    head = REASONS["text"][1 if lang == "zh" else 0]
    blocks = [Block("heading", title),
              Block("note", f"{head} ({source.media_type}; sha256 {source.sha256[:16]}…)")]
    blocks += [Block("plain", line) for line in source.text.splitlines() if line.strip()]
    return pikepdf.open(io.BytesIO(to_pdf(DraftDocument(
        kind="exhibit_text", lang=lang, title=title, blocks=tuple(blocks), filing_copy=True),
        page_numbers=False)))


def _as_pdf(data: bytes) -> tuple[pikepdf.Pdf | None, str]:
    """The original as a PDF, or None and the reason (a key of REASONS) it cannot be one."""
    head = data[:8]
    if head.startswith(b"%PDF") or b"%PDF" in data[:1024]:
        try:
            return pikepdf.open(io.BytesIO(data)), ""
        except pikepdf.PdfError:
            return None, "damaged"
    if head.startswith(IMAGE_MAGIC) or data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        try:
            return pikepdf.open(io.BytesIO(_image_to_pdf(data))), ""
        except Exception:  # any unreadable image is reported, not fatal
            return None, "image"
    return None, "format"


def _index_document(casefile: CaseFile, exhibits: Sequence[Exhibit], lang: str) -> DraftDocument:
    zh = lang == "zh"
    rows: list[tuple[str, ...]] = [
        ("编号", "证据名称", "日期", "页码", "页数", "备注") if zh else
        ("Exhibit", "Document", "Date", "Pages in bundle", "Pages", "Note")]
    for e in exhibits:
        d = e.document
        where = f"{e.first_page}–{e.first_page + e.pages - 1}" if e.attached else "—"
        note = e.note or ("" if d.language in (None, lang) else
                          ("外文材料，须附中文译本" if zh else "not in English: translation needed"))
        rows.append((exhibit_label(e.number, lang), d.title, d.date.isoformat() if d.date else "",
                     where, str(e.pages) if e.attached else ("未附" if zh else "not attached"),
                     note))
    title = "证据材料汇编" if zh else "Evidence Bundle"
    blocks = [
        Block("title", title),
        Block("plain", casefile.case.title),
        Block("heading", "证据目录" if zh else "Index"),
        Block("table", rows=tuple(rows)),
    ]
    return DraftDocument(kind="evidence_bundle_index", lang=lang, title=title,
                         blocks=tuple(blocks), filing_copy=True)


def _index_pdf(casefile: CaseFile, exhibits: Sequence[Exhibit], lang: str) -> pikepdf.Pdf:
    from supportcase.drafting.pdf_render import to_pdf

    return pikepdf.open(io.BytesIO(to_pdf(_index_document(casefile, exhibits, lang),
                                          page_numbers=False)))


def _stamps(sizes: Sequence[tuple[float, float]], labels: Sequence[str | None],
            total: int, lang: str) -> pikepdf.Pdf:
    """One overlay page per bundle page: the exhibit stamp and the running page number."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    from supportcase.pdf_fonts import register_cjk_font

    font = register_cjk_font()
    out = io.BytesIO()
    canvas = Canvas(out, initialFontName=font)
    for n, ((width, height), label) in enumerate(zip(sizes, labels, strict=True), start=1):
        canvas.setPageSize((width, height))
        if label:
            canvas.setFont(font, 10)
            text_w = canvas.stringWidth(label, font, 10)
            x, y = width - text_w - 28, height - 30
            canvas.setFillColor(colors.white)
            canvas.setStrokeColor(colors.HexColor("#B00000"))
            canvas.setLineWidth(1)
            canvas.rect(x - 5, y - 5, text_w + 10, 18, stroke=1, fill=1)
            canvas.setFillColor(colors.HexColor("#B00000"))
            canvas.drawString(x, y, label)
        canvas.setFont(font, 9)
        canvas.setFillColor(colors.HexColor("#404040"))
        foot = f"第 {n} 页 共 {total} 页" if lang == "zh" else f"Page {n} of {total}"
        canvas.drawCentredString(width / 2, 14, foot)
        canvas.showPage()
    canvas.save()
    return pikepdf.open(io.BytesIO(out.getvalue()))


def _page_size(page: pikepdf.Page) -> tuple[float, float]:
    box = [float(v) for v in page.mediabox]
    width, height = box[2] - box[0], box[3] - box[1]
    if int(page.obj.get("/Rotate", 0)) % 180:
        width, height = height, width
    return width, height


def with_arrears_statement(casefile: CaseFile,
                           originals: Sequence[tuple[Document, bytes | None]], *,
                           lang: str, as_of: dt.date) -> list[tuple[Document, bytes | None]]:
    """The originals and, as the last exhibit (where the evidence list numbers it), the
    arrears statement as of `as_of` — when the case has an obligation to compute it from."""
    files = list(originals)
    if casefile.obligations:
        from supportcase.drafting.pdf_render import to_pdf
        from supportcase.drafting.render import render_draft

        statement = render_draft("arrears_statement", casefile, lang=lang, as_of=as_of)
        title = "欠款明细表" if lang == "zh" else "Arrears statement"
        files.append((Document(id="arrears-statement", title=title, date=as_of,
                               doc_type="arrears_statement", language=lang),
                      to_pdf(statement, page_numbers=False)))  # the bundle numbers its pages
    return files


def build_bundle(casefile: CaseFile, originals: Sequence[tuple[Document, bytes | None]],
                 *, lang: str = "zh") -> Bundle:
    """Merge `originals` (each case document with its bytes, or None) into the bundle."""
    lang = "zh" if lang == "zh" else "en"
    opened: list[tuple[Document, pikepdf.Pdf | None, str]] = []
    for doc, data in originals:
        pdf, why = _as_pdf(data) if data is not None else (None, "none")
        if why == "format" and data is not None:
            pdf = _text_rendering(data, doc.title, lang)
            why = "text" if pdf is not None else why
        opened.append((doc, pdf, REASONS[why][1 if lang == "zh" else 0] if why else ""))

    # The index's length decides where each exhibit starts: lay it out until it is stable.
    index_pages = 1
    while True:
        exhibits: list[Exhibit] = []
        page = index_pages + 1
        for n, (doc, pdf, why) in enumerate(opened, start=1):
            count = len(pdf.pages) if pdf is not None else 0
            exhibits.append(Exhibit(n, doc, page if count else 0, count, why))
            page += count
        index = _index_pdf(casefile, exhibits, lang)
        if len(index.pages) == index_pages:
            break
        index_pages = len(index.pages)

    bundle = pikepdf.new()
    bundle.pages.extend(index.pages)
    labels: list[str | None] = [None] * index_pages
    for exhibit, (_, pdf, _) in zip(exhibits, opened, strict=True):
        if pdf is None:
            continue
        bundle.pages.extend(pdf.pages)
        for k in range(exhibit.pages):
            labels.append(f"{exhibit_label(exhibit.number, lang)} "
                          + (f"第{k + 1}页/共{exhibit.pages}页" if lang == "zh" else
                             f"p. {k + 1}/{exhibit.pages}"))
    total = len(bundle.pages)
    stamps = _stamps([_page_size(p) for p in bundle.pages], labels, total, lang)
    for bundle_page, stamp in zip(bundle.pages, stamps.pages, strict=True):
        bundle_page.add_overlay(stamp, None)

    with bundle.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("证据目录" if lang == "zh" else "Index", 0))
        for e in exhibits:
            if e.attached:
                outline.root.append(pikepdf.OutlineItem(
                    f"{exhibit_label(e.number, lang)} {e.document.title}", e.first_page - 1))
    with bundle.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = "证据材料汇编" if lang == "zh" else "Evidence bundle"
    bundle.docinfo["/Title"] = "证据材料汇编" if lang == "zh" else "Evidence bundle"
    out = io.BytesIO()
    bundle.save(out)
    skipped = tuple(f"{exhibit_label(e.number, lang)} {e.document.title}: {e.note}"
                    for e in exhibits if not e.attached)
    return Bundle(pdf=out.getvalue(), exhibits=tuple(exhibits), pages=total,
                  index_pages=index_pages, skipped=skipped)
