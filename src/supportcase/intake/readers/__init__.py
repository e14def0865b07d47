"""Readers: the bytes of one file → `SourceDocument`s with text per page.

`read_bytes` recognises the format from the content (magic bytes first, the file name only
as a tie-breaker), checks the size and unpacking limits, and hands the bytes to the reader
for that format. An e-mail or a ZIP archive yields one document for itself and one for
each attachment or member, read in turn. Anything a user can cause — an encrypted PDF, a
truncated file, an unknown type — raises `IntakeError` with one clear sentence.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from supportcase.intake.document import IntakeError, Said, SourceDocument
from supportcase.intake.limits import Limits, check_size
from supportcase.intake.readers.ocr import OcrEngine

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".heif", ".bmp", ".gif",
                  ".webp"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ".csv"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sniff(name: str, data: bytes) -> str:
    """The format of `data`: pdf, docx, zip, msg, image, eml, html, text — or 'unknown'."""
    suffix = PurePath(name).suffix.lower()
    head = data[:64]
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if suffix == ".docx" or b"word/" in data[:4096] or b"[Content_Types].xml" in data[:4096]:
            return "docx" if suffix != ".zip" else "zip"
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "msg" if suffix == ".msg" or b"_\x00_\x00s\x00u\x00b" in data else "ole"
    if (head.startswith((b"\xff\xd8\xff", b"\x89PNG", b"II*\x00", b"MM\x00*", b"GIF8", b"BM"))
            or head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc", b"ftypmsf1")
            or (head.startswith(b"RIFF") and head[8:12] == b"WEBP")):
        return "image"
    if suffix in IMAGE_SUFFIXES:
        return "image"  # claims to be an image; the image reader will say if it is not
    if suffix == ".eml" or _looks_like_mail(head):
        return "eml"
    if suffix in HTML_SUFFIXES or head.lstrip()[:15].lower().startswith((b"<!doctype html",
                                                                         b"<html")):
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in {".pdf", ".docx", ".msg", ".zip"}:
        return suffix[1:]
    if b"\x00" not in data[:4096]:
        return "text"
    return "unknown"


def _looks_like_mail(head: bytes) -> bool:
    first = head.split(b"\n", 1)[0]
    return first.startswith((b"From:", b"Received:", b"Return-Path:", b"MIME-Version:",
                             b"Delivered-To:", b"Message-ID:", b"Date:", b"Subject:"))


def read_bytes(name: str, data: bytes, *, password: str | None = None,
               limits: Limits | None = None, ocr: OcrEngine | None = None,
               depth: int = 0) -> list[SourceDocument]:
    """Read one file. Returns the document and, for e-mails and archives, its attachments."""
    limits = limits or Limits()
    check_size(name, len(data), limits)
    if not data:
        raise IntakeError(f"{name}: the file is empty", zh=f"{name}：文件是空的")
    kind = sniff(name, data)
    if kind == "pdf":
        from supportcase.intake.readers.pdf import read_pdf

        return [read_pdf(name, data, password=password, limits=limits, ocr=ocr)]
    if kind == "docx":
        from supportcase.intake.readers.docx import read_docx

        return [read_docx(name, data, limits=limits)]
    if kind == "image":
        from supportcase.intake.readers.image import read_image

        return [read_image(name, data, limits=limits, ocr=ocr)]
    if kind == "eml":
        from supportcase.intake.readers.email import read_eml

        return read_eml(name, data, password=password, limits=limits, ocr=ocr, depth=depth)
    if kind == "msg":
        from supportcase.intake.readers.msg import read_msg

        return read_msg(name, data, password=password, limits=limits, ocr=ocr, depth=depth)
    if kind == "zip":
        from supportcase.intake.readers.archive import read_zip

        return read_zip(name, data, password=password, limits=limits, ocr=ocr, depth=depth)
    if kind in ("text", "html"):
        from supportcase.intake.readers.text import read_text

        return [read_text(name, data, html=kind == "html")]
    if kind == "ole":
        raise IntakeError(f"{name}: an old Office (.doc/.xls) file; save it as DOCX or PDF "
                          "and add it again",
                          zh=f"{name}：这是旧版 Office（.doc/.xls）文件，请另存为 DOCX 或 PDF "
                             "后重新添加")
    raise IntakeError(f"{name}: unknown file type; intake reads PDF, images (JPEG, PNG, TIFF, "
                      "HEIC), DOCX, EML, MSG, TXT, HTML and ZIP",
                      zh=f"{name}：无法识别的文件类型；可读取 PDF、图片（JPEG、PNG、TIFF、HEIC）、"
                         "DOCX、EML、MSG、TXT、HTML 和 ZIP")


def single_page(name: str, data: bytes, media_type: str, text: str,
                warnings: tuple[Said, ...] = ()) -> SourceDocument:
    """A document whose text has no pages of its own (DOCX, e-mail, plain text)."""
    from supportcase.intake.document import Page

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IntakeError(f"{name}: no text in the file", zh=f"{name}：文件中没有文字")
    return SourceDocument(file=name, sha256=sha256_of(data), media_type=media_type,
                          pages=(Page(1, text),), data=data, warnings=warnings)
