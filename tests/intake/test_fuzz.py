"""Fuzzing the readers: whatever bytes arrive, intake either reads them or raises one
`IntakeError` — never another exception, never a hang.

OCR is replaced by `NothingReadable`, an engine (the `OcrEngine` plug-in interface) that
reads no text: the fuzz targets are the parsers, and running rapidocr on hundreds of
garbage pages would only make the run slow.
"""

from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supportcase.intake.document import IntakeError
from supportcase.intake.extract import extract_document
from supportcase.intake.limits import Limits
from supportcase.intake.readers import read_bytes
from supportcase.intake.readers.ocr import OcrResult
from tests.intake import builders

LIMITS = Limits(max_bytes=2 * 1024 * 1024, max_pixels=4_000_000)


class NothingReadable:
    def recognize(self, image: object) -> OcrResult:
        return OcrResult("", None)


@lru_cache(maxsize=1)
def seeds() -> dict[str, bytes]:
    return {
        "judgment.pdf": builders.pdf([builders.JUDGMENT]),
        "agreement.docx": builders.docx(["离婚协议书", "男方每月支付女方抚养费2000元。"]),
        "mail.eml": builders.eml("see attached", [("note.txt", "抚养费2000元".encode())]),
        "page.png": builders.png(builders.text_image("抚养费", size=12)),
        "note.html": b"<p>Respondent shall pay child support of $500.00 per month.</p>",
    }


def _read(name: str, data: bytes) -> None:
    try:
        for document in read_bytes(name, data, limits=LIMITS, ocr=NothingReadable()):
            extract_document(document)
    except IntakeError as exc:
        assert str(exc).strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=4096),
       name=st.sampled_from(["a.pdf", "a.docx", "a.eml", "a.png", "a.tif", "a.heic", "a.txt",
                             "a.html", "a.msg", "a.zip", "a"]))
def test_random_bytes(data: bytes, name: str) -> None:
    _read(name, data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.sampled_from(sorted(seeds())), data=st.data())
def test_damaged_real_files(seed: str, data: st.DataObject) -> None:
    original = bytearray(seeds()[seed])
    cut = data.draw(st.integers(1, len(original)))
    damaged = original[:cut]
    for _ in range(data.draw(st.integers(0, 8))):
        if damaged:
            at = data.draw(st.integers(0, len(damaged) - 1))
            damaged[at] = data.draw(st.integers(0, 255))
    _read(seed, bytes(damaged))


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400))
def test_any_text_extracts_without_crashing(text: str) -> None:
    _read("note.txt", text.encode("utf-8"))
