"""Real files for the intake tests, built in memory with the libraries a court or a parent
would use (reportlab PDFs with the embedded CJK font, python-docx, the e-mail package)."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage


def pdf(pages: list[list[str]], *, cjk: bool = True) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from supportcase.pdf_fonts import register_cjk_font

    font = register_cjk_font() if cjk else "Helvetica"
    buffer = io.BytesIO()
    page_canvas = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    for lines in pages:
        y = A4[1] - 72
        for line in lines:
            page_canvas.setFont(font, 14)
            page_canvas.drawString(60, y, line)
            y -= 24
        page_canvas.showPage()
    page_canvas.save()
    return buffer.getvalue()


def with_radical_tounicode(data: bytes) -> bytes:
    """The same PDF with a broken ToUnicode map: 人 → ⼈ (U+2F08), 民 → ⺠ (U+2EA0), the
    way some court PDF producers write it. The page looks the same; its text layer lies."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                if "/ToUnicode" not in font:
                    continue
                cmap = font.ToUnicode.read_bytes()
                cmap = cmap.replace(b"<4eba>", b"<2f08>").replace(b"<4EBA>", b"<2F08>")
                cmap = cmap.replace(b"<6c11>", b"<2ea0>").replace(b"<6C11>", b"<2EA0>")
                font.ToUnicode.write(cmap)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def without_tounicode(data: bytes) -> bytes:
    """The same PDF with no ToUnicode maps: the text layer becomes glyph-id garbage."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                if "/ToUnicode" in font:
                    del font["/ToUnicode"]
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def image_pdf(text: str) -> bytes:
    """A 'scanned' PDF: one page that is only a picture of `text`, no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = text_image(text)
    buffer = io.BytesIO()
    page_canvas = canvas.Canvas(buffer, pagesize=A4)
    width = A4[0] - 120
    height = width * picture.height / picture.width
    page_canvas.drawImage(ImageReader(picture), 60, A4[1] - 80 - height, width, height)
    page_canvas.showPage()
    page_canvas.save()
    return buffer.getvalue()


def text_image(text: str, *, size: int = 36) -> object:
    from PIL import Image, ImageDraw, ImageFont

    from supportcase.pdf_fonts import cjk_font_path

    font = ImageFont.truetype(str(cjk_font_path()), size)
    lines = text.split("\n")
    width = max(int(font.getlength(line)) for line in lines) + 80
    image = Image.new("L", (width, (size + 20) * len(lines) + 60), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((40, 30 + i * (size + 20)), line, font=font, fill=0)
    return image


def png(image: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")  # type: ignore[attr-defined]
    return buffer.getvalue()


def docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph(paragraphs[0])
    if table:
        grid = document.add_table(rows=0, cols=len(table[0]))
        for row in table:
            for cell, text in zip(grid.add_row().cells, row, strict=True):
                cell.text = text
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def eml(body: str, attachments: list[tuple[str, bytes]] = (), *,  # type: ignore[assignment]
        subject: str = "judgment") -> bytes:
    message = EmailMessage()
    message["From"] = "Li Mei <limei@example.cn>"
    message["To"] = "help@example.org"
    message["Subject"] = subject
    message["Date"] = "Mon, 06 Feb 2023 09:15:00 +0800"
    message.set_content(body)
    for name, data in attachments:
        message.add_attachment(data, maintype="application", subtype="octet-stream",
                               filename=name)
    return bytes(message)


def zip_bomb(member: str = "word/document.xml", size: int = 20 * 1024 * 1024) -> bytes:
    """A small archive whose one member inflates to `size` bytes of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(member, b"\0" * size)
    return buffer.getvalue()


JUDGMENT = [
    "北京市朝阳区人民法院",
    "民事判决书",
    "（2021）京0105民初12345号",
    "原告：李梅，女，1988年5月3日出生，住北京市朝阳区。",
    "被告：王强，男，1986年2月1日出生，现住美国加利福尼亚州。",
    "双方婚生子王小明，2015年3月1日出生。",
    "判决如下：",
    "一、被告王强自2021年7月起于每月10日前支付原告李梅抚养",
    "费人民币贰仟伍佰元整，至王小明年满十八周岁止；",
    "二〇二一年六月十五日",
]
