"""PDF reader: the text layer through pypdfium2, OCR for pages without usable text.

Court PDFs come in three kinds: a clean text layer (read at over 1,000 pages/s), a scan with
no text layer, and a broken layer — CJK characters mapped to Kangxi radicals (repaired
one for one), or glyphs with no Unicode map at all (garbage or U+FFFD). A page whose text is
near-empty or garbled is rendered at 200 dpi and OCR'd instead; only that page.
"""

from __future__ import annotations

import re

from supportcase.intake.document import IntakeError, Page, Said, SourceDocument
from supportcase.intake.limits import Limits
from supportcase.intake.normalize import garbled_ratio, repair_radicals
from supportcase.intake.readers.ocr import OcrEngine, recognize_upright

OCR_DPI = 200
MIN_CHARS = 15  # fewer visible characters than this on a page: treat it as a scan
_WORDLIKE = re.compile(r"[\w\u3000-\u303f\uff00-\uffef.,;:()\-/$%]")


def usable(text: str) -> bool:
    """Is this page text worth keeping, or should the page be OCR'd?"""
    visible = [c for c in text if not c.isspace()]
    if len(visible) < MIN_CHARS:
        return False
    if garbled_ratio(text) > 0.05:
        return False
    wordlike = sum(1 for c in visible if _WORDLIKE.match(c))
    return wordlike / len(visible) >= 0.8


def read_pdf(name: str, data: bytes, *, password: str | None = None,
             limits: Limits | None = None, ocr: OcrEngine | None = None) -> SourceDocument:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from supportcase.intake.readers import sha256_of

    limits = limits or Limits()
    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD or "password" in str(exc).lower():
            if password:
                raise IntakeError(f"{name}: the password does not open this PDF",
                                  zh=f"{name}：该密码无法打开此 PDF") from None
            raise IntakeError(f"{name}: the PDF is encrypted",
                              hint="give its password with --password",
                              zh=f"{name}：PDF 文件已加密",
                              hint_zh="请用 --password 提供密码") from None
        if _page_count(data) == 0:
            raise IntakeError(f"{name}: the PDF has no pages",
                              zh=f"{name}：PDF 文件没有任何页面") from None
        raise IntakeError(f"{name}: not a readable PDF (corrupt or truncated)",
                          zh=f"{name}：不是可读取的 PDF 文件（已损坏或不完整）") from None
    try:
        count = len(pdf)
        if count == 0:
            raise IntakeError(f"{name}: the PDF has no pages",
                              zh=f"{name}：PDF 文件没有任何页面")
        if count > limits.max_pages:
            raise IntakeError(f"{name}: {count} pages, over the limit of {limits.max_pages}",
                              zh=f"{name}：共 {count} 页，超过 {limits.max_pages} 页的上限")
        pages: list[Page] = []
        warnings: list[Said] = []
        for index in range(count):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                warnings.append(Said(f"page {index + 1} could not be opened (damaged); skipped",
                                     f"第 {index + 1} 页已损坏，无法打开，已跳过"))
                pages.append(Page(index + 1, ""))
                continue
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_bounded()
                textpage.close()
                text = repair_radicals(text.replace("\r\n", "\n").replace("\r", "\n"))
                if usable(text):
                    pages.append(Page(index + 1, text))
                    continue
                if ocr is None:
                    from supportcase.intake.readers.ocr import default_engine

                    ocr = default_engine()
                image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil()
                result = recognize_upright(ocr, image)
                if result.text.strip():
                    pages.append(Page(index + 1, result.text, "ocr", result.confidence))
                else:
                    pages.append(Page(index + 1, text))
                    if text.strip():
                        warnings.append(Said(
                            f"page {index + 1}: text layer looks garbled and OCR read "
                            "nothing; kept the text layer",
                            f"第 {index + 1} 页：文字层疑似乱码，OCR 也未识别出内容，"
                            "保留原文字层"))
            finally:
                page.close()
    finally:
        pdf.close()
    if not any(p.text.strip() for p in pages):
        raise IntakeError(f"{name}: no readable text on any of its {count} page(s)",
                          zh=f"{name}：全部 {count} 页均没有可读取的文字")
    return SourceDocument(file=name, sha256=sha256_of(data), media_type="application/pdf",
                          pages=tuple(pages), data=data, warnings=tuple(warnings))


def _page_count(data: bytes) -> int | None:
    """Pages as a second parser (qpdf, via pikepdf) sees them; None if it cannot open it.
    PDFium refuses a page-less file as if it were corrupt; this tells the two apart."""
    import io

    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except Exception:  # any parser failure means: not a PDF we can describe better
        return None
