"""OCR: a page image → lines of text with a confidence, through one small interface.

The default engine is rapidocr 3.x on onnxruntime with the PP-OCRv6 small detection and
recognition models that ship inside the rapidocr wheel. The model paths are pinned to those
files, so the engine never tries to download anything (other engine or model choices
would). The text-line orientation classifier is switched off: on this project's
measurements it flipped long English lines (16 % character error rate with it, 0 % without)
and gained nothing on Chinese (shared/research/perf-baselines.md; figures for these
settings in bench/results/intake.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PIL.Image import Image


@dataclass(frozen=True)
class OcrResult:
    text: str
    confidence: float | None  # mean line score, 0–1; None when nothing was read


class OcrEngine(Protocol):
    def recognize(self, image: Image) -> OcrResult: ...


def _bundled_model(name: str) -> str:
    import rapidocr

    path = Path(rapidocr.__file__).parent / "models" / name
    if not path.is_file():
        raise RuntimeError(f"rapidocr's bundled model {path} is missing; reinstall rapidocr")
    return str(path)


@lru_cache(maxsize=1)
def _rapidocr(threads: int) -> Any:
    from rapidocr import RapidOCR

    params = {
        "Global.use_cls": False,
        "Global.log_level": "error",
        "Det.model_path": _bundled_model("PP-OCRv6_det_small.onnx"),
        "Rec.model_path": _bundled_model("PP-OCRv6_rec_small.onnx"),
        "Cls.model_path": _bundled_model("ch_ppocr_mobile_v2.0_cls_mobile.onnx"),
        # Detection at most 1280 px on the long side: text lines on a 200 dpi page stay
        # 15–40 px high, and recognition still reads the crops at full resolution.
        "Det.limit_type": "max",
        "Det.limit_side_len": 1280,
        # one line per recognition batch: less padding, measured slightly faster here
        "Rec.rec_batch_num": 1,
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        # rapidocr turns onnxruntime's memory arena off; on, one line after another reuses
        # its buffers (about 8 % less CPU per page here)
        "EngineConfig.onnxruntime.enable_cpu_mem_arena": True,
    }
    return RapidOCR(params=params)


class RapidOcr:
    """rapidocr with the bundled models, no orientation classifier, `threads` CPU threads."""

    def __init__(self, threads: int = 2) -> None:
        self.threads = threads

    def recognize(self, image: Image) -> OcrResult:
        engine = _rapidocr(self.threads)
        output = engine(image.convert("RGB"))
        boxes = getattr(output, "boxes", None)
        texts = getattr(output, "txts", None)
        scores = getattr(output, "scores", None)
        if boxes is None or not texts:
            return OcrResult("", None)
        lines = _reading_order([(float(b[0][0]), float(b[0][1]), float(b[2][1]), str(t))
                                for b, t in zip(boxes, texts, strict=False)])
        confidence = float(sum(scores) / len(scores)) if scores else None
        return OcrResult("\n".join(lines), confidence)


def _reading_order(boxes: list[tuple[float, float, float, str]]) -> list[str]:
    """Boxes (left, top, bottom, text) → lines: boxes whose vertical middles fall within
    each other's height are one line, read left to right."""
    rows: list[list[tuple[float, float, float, str]]] = []
    for box in sorted(boxes, key=lambda b: (b[1] + b[2]) / 2):
        middle = (box[1] + box[2]) / 2
        if rows:
            last = rows[-1]
            top = min(b[1] for b in last)
            bottom = max(b[2] for b in last)
            if top <= middle <= bottom:
                last.append(box)
                continue
        rows.append([box])
    lines = []
    for row in rows:
        parts = [b[3] for b in sorted(row, key=lambda b: b[0])]
        line = parts[0]
        for part in parts[1:]:
            joiner = "" if _cjk(line[-1:]) and _cjk(part[:1]) else " "
            line += joiner + part
        lines.append(line)
    return lines


def _cjk(ch: str) -> bool:
    return bool(ch) and ("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")


def _score(result: OcrResult) -> float:
    return len("".join(result.text.split())) * (result.confidence or 0.0)


def recognize_upright(engine: OcrEngine, image: Image) -> OcrResult:
    """OCR a page that may lie sideways or upside down (a scanner fed the wrong way round,
    a photo without EXIF rotation). The orientation classifier is off (it garbles English),
    so when the page reads poorly the three other quarter turns are tried and the reading
    with the most confident text wins. A page that reads well costs one pass."""
    from PIL.Image import Transpose

    first = engine.recognize(image)
    if first.confidence is not None and first.confidence >= 0.85 and \
            len("".join(first.text.split())) >= 20:
        return first
    best = first
    for turn in (Transpose.ROTATE_180, Transpose.ROTATE_90, Transpose.ROTATE_270):
        result = engine.recognize(image.transpose(turn))
        if _score(result) > _score(best) * 1.3:
            best = result
    return best


@lru_cache(maxsize=1)
def default_engine() -> OcrEngine:
    return RapidOcr()
