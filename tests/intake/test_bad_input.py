"""Bad input: one clear message per file, never a traceback, never a partial result."""

from __future__ import annotations

import io

import pikepdf
import pytest

from supportcase.intake.document import IntakeError
from supportcase.intake.limits import Limits
from supportcase.intake.readers import read_bytes
from tests.intake import builders


def _encrypted(password: str) -> bytes:
    with pikepdf.open(io.BytesIO(builders.pdf([builders.JUDGMENT]))) as pdf:
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(owner=password, user=password, R=6))
        return out.getvalue()


def test_encrypted_pdf_asks_for_the_password_and_opens_with_it() -> None:
    data = _encrypted("secret")
    with pytest.raises(IntakeError, match=r"encrypted.*--password"):
        read_bytes("judgment.pdf", data)
    with pytest.raises(IntakeError, match="password does not open"):
        read_bytes("judgment.pdf", data, password="wrong")
    [document] = read_bytes("judgment.pdf", data, password="secret")
    assert "抚养" in document.text


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9])
def test_truncated_pdf(cut: float) -> None:
    data = builders.pdf([builders.JUDGMENT])
    try:
        documents = read_bytes("judgment.pdf", data[: int(len(data) * cut)])
    except IntakeError as exc:
        assert "judgment.pdf" in str(exc)
    else:  # PDFium can recover some truncated files; then the text must be real
        assert "抚养" in documents[0].text


def test_pdf_with_zero_pages() -> None:
    out = io.BytesIO()
    pikepdf.new().save(out)
    with pytest.raises(IntakeError, match="no pages"):
        read_bytes("empty.pdf", out.getvalue())


def test_empty_file_and_unknown_binary() -> None:
    with pytest.raises(IntakeError, match="empty"):
        read_bytes("nothing.pdf", b"")
    with pytest.raises(IntakeError, match="unknown file type"):
        read_bytes("program.exe", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 4)


def test_file_over_the_size_limit() -> None:
    data = builders.pdf([builders.JUDGMENT])
    with pytest.raises(IntakeError, match=r"over the upload limit.*SUPPORTCASE_MAX_UPLOAD_MB"):
        read_bytes("judgment.pdf", data, limits=Limits(max_bytes=len(data) - 1))


def test_docx_decompression_bomb_is_refused_before_unpacking() -> None:
    with pytest.raises(IntakeError, match="decompression bomb"):
        read_bytes("agreement.docx", builders.zip_bomb(), limits=Limits(max_bytes=2 * 1024 * 1024))


def test_zip_bomb_archive_is_refused() -> None:
    with pytest.raises(IntakeError, match="decompression bomb"):
        read_bytes("papers.zip", builders.zip_bomb("big.txt"),
                   limits=Limits(max_bytes=2 * 1024 * 1024))


def test_eml_with_a_bomb_attachment_keeps_the_message_and_says_why() -> None:
    data = builders.eml("Please see the attached papers.", [("papers.zip", builders.zip_bomb("a.txt"))])
    documents = read_bytes("mail.eml", data, limits=Limits(max_bytes=2 * 1024 * 1024))
    assert [d.file for d in documents] == ["mail.eml"]
    assert any("decompression bomb" in w.en and "解压炸弹" in w.zh for w in documents[0].warnings)


def test_image_claiming_a_gigapixel_canvas_is_refused() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("1", (30000, 30000)).save(buffer, "PNG")  # tiny file, 900 million pixels
    with pytest.raises(IntakeError, match="pixels"):
        read_bytes("photo.png", buffer.getvalue())


def test_corrupt_image_and_docx() -> None:
    with pytest.raises(IntakeError, match=r"photo\.jpg"):
        read_bytes("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00garbage" * 10)
    with pytest.raises(IntakeError, match="not a readable DOCX"):
        read_bytes("agreement.docx", builders.docx(["离婚协议书"])[:300])


def test_email_cut_off_inside_an_address_is_read_with_the_header_as_written() -> None:
    # The standard library parses headers lazily: a file cut inside "<limei@" used to raise
    # IndexError deep in email._header_value_parser when the From line was read.
    data = ("Subject: 抚养费\r\nDate: Mon, 2 Sep 2024 10:00:00 +0800\r\n"
            "To: 王丽 <wangli@example.cn>\r\nFrom: 李梅 <limei@").encode()
    docs = read_bytes("cut.eml", data)
    text = docs[0].pages[0].text
    assert "From: 李梅 <limei@" in text
    assert "Subject: 抚养费" in text
