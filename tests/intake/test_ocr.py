"""OCR path (slow: rapidocr on 2 CPUs). Few, small images.

- a photo of text is read, with a confidence;
- a scanned PDF page (no text layer) is OCR'd, a text page of the same PDF is not;
- the engine uses only the models inside the rapidocr wheel: it runs with no network at all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from supportcase.intake.document import IntakeError
from supportcase.intake.extract import extract_document
from supportcase.intake.readers import read_bytes
from tests.intake import builders

pytestmark = pytest.mark.slow


def test_iphone_photo_of_a_support_clause_is_read() -> None:
    import io

    import pillow_heif

    pillow_heif.register_heif_opener()
    image = builders.text_image("被告王强每月10日前支付原告李梅抚养费人民币2500元\n"
                                "Respondent shall pay $1,250.00 per month")
    heic = io.BytesIO()
    image.convert("RGB").save(heic, "HEIF", quality=90)  # type: ignore[attr-defined]
    [document] = read_bytes("IMG_0042.HEIC", heic.getvalue())
    assert document.media_type == "image/heic"
    page = document.pages[0]
    assert page.method == "ocr" and page.confidence is not None and page.confidence > 0.8
    assert "抚养费" in page.text and "1,250.00" in page.text
    assert extract_document(document).value("support.amount") == "2500"


def test_upside_down_scan_is_turned_and_read() -> None:
    image = builders.text_image("被告王强每月支付原告李梅抚养费人民币2500元", size=32)
    upside_down = image.rotate(180)  # type: ignore[attr-defined]
    [document] = read_bytes("scan.png", builders.png(upside_down))
    assert "抚养费" in document.pages[0].text and "2500" in document.pages[0].text


def test_multi_page_tiff_gives_one_page_per_frame() -> None:
    import io

    frames = [builders.text_image("第一页 抚养费", size=28), builders.text_image("第二页 2500元", size=28)]
    tiff = io.BytesIO()
    frames[0].save(tiff, "TIFF", save_all=True, append_images=frames[1:])  # type: ignore[attr-defined]
    [document] = read_bytes("scan.tif", tiff.getvalue())
    assert [p.number for p in document.pages] == [1, 2]
    assert "第一页" in document.pages[0].text and "2500" in document.pages[1].text


def test_only_the_page_without_text_is_ocrd() -> None:
    import pypdfium2 as pdfium

    text_pdf = pdfium.PdfDocument(builders.pdf([builders.JUDGMENT[:3]]))
    scan_pdf = pdfium.PdfDocument(builders.image_pdf("被告王强支付抚养费2500元"))
    text_pdf.import_pages(scan_pdf)
    import io

    buffer = io.BytesIO()
    text_pdf.save(buffer)
    [document] = read_bytes("mixed.pdf", buffer.getvalue())
    assert [p.method for p in document.pages] == ["text", "ocr"]
    assert "2500" in document.pages[1].text


def test_pdf_without_a_unicode_map_is_ocrd_instead_of_read_as_garbage() -> None:
    data = builders.without_tounicode(builders.pdf([builders.JUDGMENT[:5]]))
    [document] = read_bytes("judgment.pdf", data)
    assert document.pages[0].method == "ocr"
    assert "京0105民初12345号" in document.pages[0].text


def test_image_with_no_text_is_one_clear_message() -> None:
    from PIL import Image

    with pytest.raises(IntakeError, match="no readable text"):
        read_bytes("wall.png", builders.png(Image.new("L", (400, 300), 200)))


@pytest.mark.skipif(not shutil.which("unshare") or os.geteuid() != 0,
                    reason="needs unshare -n (root) to cut the network")
def test_ocr_runs_with_no_network(tmp_path: object) -> None:
    script = ("from tests.intake import builders\n"
              "from supportcase.intake.readers import read_bytes\n"
              "d = read_bytes('p.png', builders.png(builders.text_image('抚养费2500元')))[0]\n"
              "assert '2500' in d.text, d.text\n")
    env = {**os.environ, "HOME": str(tmp_path)}
    result = subprocess.run(["unshare", "-n", sys.executable, "-c", script], env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
