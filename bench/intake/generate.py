"""Write the intake evaluation corpus: each labelled document in a real format.

    .venv/bin/python bench/intake/generate.py        # → bench/intake/corpus/

Chinese judgments, mediation statements, notarised instruments and enforcement papers
become PDFs laid out like the real ones (A4, 16 pt WenQuanYi Micro Hei, 26 characters a
line, so sentences wrap mid-clause as they do in court PDFs); divorce agreements become
DOCX (one with the parties in a table) and plain text in GB18030 and Big5 (Taiwan,
Traditional characters); US orders become Letter-size PDFs; a DCSS statement becomes HTML;
e-mails become .eml with the agreement or order attached. `labels.json` holds the labels
and, for every PDF page, the exact text laid out on it (the truth for OCR error rates).
The scans are not stored here: `run.py` renders them from these PDFs with skew, blur and
noise each time it runs, which keeps the repository light.
"""

from __future__ import annotations

import io
import json
import sys
import textwrap
from email.message import EmailMessage
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CORPUS = HERE / "corpus"

import documents_en  # noqa: E402
import documents_holdout  # noqa: E402
import documents_zh  # noqa: E402

FORMATS = {  # document id → format; everything else is a PDF
    "zh-divorce-01": "docx", "zh-divorce-02": "docx", "zh-divorce-03": "txt",
    "zh-divorce-04-tw": "txt", "zh-email-01": "eml", "en-email-01": "eml",
    "en-email-02": "eml", "en-dcss-statement-02": "html", "en-letter-01": "docx",
    "en-stipulation-02": "docx", "hold-zh-divorce-01": "docx", "hold-zh-divorce-02": "txt",
    "hold-en-letter-01": "docx", "hold-en-dcss-01": "html", "hold2-zh-mother-pays": "txt",
    "hold3-zh-agreement-wechat": "docx", "hold3-en-email-zh": "eml", "hold3-en-uk-order": "html",
    "hold5-zh-email-vague": "eml", "hold6-zh-divorce-hubei": "docx", "hold6-en-wa-table": "docx",
    "hold6-en-email": "eml", "hold7-zh-agreement-tw": "txt", "hold7-zh-email": "eml",
    "hold8-zh-agreement-tianjin": "docx", "hold8-en-attorney-letter": "docx",
}


def all_documents() -> list[dict[str, Any]]:
    held_out = documents_holdout.documents()
    for doc in held_out:
        doc["held_out"] = True
    return documents_zh.documents() + documents_en.documents() + held_out


def wrap_zh(paragraph: str, width: int = 26) -> list[str]:
    if len(paragraph) <= width or paragraph.startswith(" "):
        return [paragraph]
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)]


def _style(doc: dict[str, Any], index: int, paragraph: str) -> str:
    """Chinese court papers: court and title centred, case number and signatures right."""
    if doc["lang"] != "zh" or len(paragraph) > 24:
        return "left"
    last = len(doc["paragraphs"]) - 1
    if index < 2 and not paragraph.startswith(("男方", "申请人")):
        return "center"
    if (index == 2 and paragraph.startswith("（")) or index >= last - 2:
        return "right"
    return "left"


def layout(doc: dict[str, Any]) -> list[list[tuple[str, str]]]:
    """Paragraphs → pages of (style, line), as printed."""
    zh = doc["lang"] == "zh"
    lines: list[tuple[str, str]] = []
    for index, paragraph in enumerate(doc["paragraphs"]):
        style = _style(doc, index, paragraph)
        wrapped = wrap_zh(paragraph) if zh else textwrap.wrap(paragraph, 82) or [""]
        lines += [(style, line) for line in wrapped]
        if not zh:
            lines.append(("left", ""))
    per_page = 24 if zh else 46
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)]


def write_pdf(doc: dict[str, Any]) -> tuple[bytes, list[str]]:
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfgen import canvas

    from supportcase.pdf_fonts import register_cjk_font

    zh = doc["lang"] == "zh"
    font = register_cjk_font() if zh else "Times-Roman"
    size, leading = (16, 28) if zh else (11, 14.5)
    pagesize = A4 if zh else LETTER
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=pagesize, invariant=True)
    pdf.setTitle(doc["id"])
    truth = []
    for page in layout(doc):
        y = pagesize[1] - 80
        for style, line in page:
            pdf.setFont(font, 20 if style == "center" else size)
            if style == "center":
                pdf.drawCentredString(pagesize[0] / 2, y, line.strip())
            elif style == "right":
                pdf.drawRightString(pagesize[0] - 72, y, line.strip())
            else:
                pdf.drawString(72, y, line)
            y -= leading
        pdf.showPage()
        truth.append("\n".join(line.strip() for _, line in page if line.strip()))
    pdf.save()
    return buffer.getvalue(), truth


def write_docx(doc: dict[str, Any]) -> bytes:
    import docx

    document = docx.Document()
    paragraphs = doc["paragraphs"]
    document.add_paragraph(paragraphs[0])
    if doc.get("table"):
        table = document.add_table(rows=0, cols=len(doc["table"][0]))
        for row in doc["table"]:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_html(doc: dict[str, Any]) -> bytes:
    rows = "".join(f"<p>{p}</p>" for p in doc["paragraphs"])
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{doc['id']}</title>"
            f"<style>p{{margin:0}}</style><script>var x=1;</script></head>"
            f"<body><div class='statement'>{rows}</div></body></html>").encode()


def write_eml(doc: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> bytes:
    meta = doc["email"]
    message = EmailMessage()
    message["From"] = meta["from"]
    message["To"] = meta["to"]
    message["Subject"] = meta["subject"]
    message["Date"] = meta["date"]
    message.set_content("\n\n".join(doc["paragraphs"]))
    if meta.get("attach"):
        name, data = files[meta["attach"]]
        maintype, subtype = {"pdf": ("application", "pdf"), "docx": (
            "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}[
            name.rsplit(".", 1)[1]]
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(message)


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    docs = all_documents()
    files: dict[str, tuple[str, bytes]] = {}
    labels: list[dict[str, Any]] = []
    for doc in sorted(docs, key=lambda d: FORMATS.get(d["id"]) == "eml"):
        fmt = FORMATS.get(doc["id"], "pdf")
        truth: list[str] | None = None
        if fmt == "pdf":
            data, truth = write_pdf(doc)
        elif fmt == "docx":
            data = write_docx(doc)
        elif fmt == "txt":
            data = "\n".join(doc["paragraphs"]).encode(doc.get("encoding", "utf-8"))
        elif fmt == "html":
            data = write_html(doc)
        else:
            data = write_eml(doc, files)
        name = f"{doc['id']}.{fmt}"
        files[doc["id"]] = (name, data)
        (CORPUS / name).write_bytes(data)
        labels.append({"file": name, "id": doc["id"], "lang": doc["lang"], "format": fmt,
                       "kind": doc["kind"], "labels": doc["labels"], "page_truth": truth,
                       "held_out": doc.get("held_out", False)})
        if fmt == "eml" and doc["email"].get("attach"):
            inner = next(d for d in docs if d["id"] == doc["email"]["attach"])
            labels.append({"file": f"{name}/{files[inner['id']][0]}", "id": inner["id"],
                           "lang": inner["lang"], "format": "attachment", "kind": inner["kind"],
                           "labels": inner["labels"], "page_truth": None,
                           "held_out": False})
    (CORPUS / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    total = sum(p.stat().st_size for p in CORPUS.iterdir())
    print(f"{len(docs)} documents ({len(labels)} labelled, attachments included) "
          f"in {CORPUS}, {total / 1024:.0f} KB")


if __name__ == "__main__":
    main()
