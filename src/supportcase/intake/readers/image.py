"""Image reader: photos and scans (JPEG, PNG, multi-page TIFF, HEIC from iPhones) via OCR.

Each frame of a TIFF is a page. Pillow's decompression-bomb warning is turned into an error
and every frame is held to `Limits.max_pixels` (without changing Pillow's process-wide
setting), so a tiny file claiming a gigapixel canvas is refused before it is decoded. Phone photos carry their rotation in EXIF; it is applied before OCR.
"""

from __future__ import annotations

import io
import warnings as pywarnings

from supportcase.intake.document import IntakeError, Page, SourceDocument
from supportcase.intake.limits import Limits
from supportcase.intake.readers.ocr import OcrEngine, recognize_upright

_MEDIA = {"JPEG": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff",
          "HEIF": "image/heic", "GIF": "image/gif", "BMP": "image/bmp", "WEBP": "image/webp"}


def read_image(name: str, data: bytes, *, limits: Limits | None = None,
               ocr: OcrEngine | None = None) -> SourceDocument:
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    from supportcase.intake.readers import sha256_of

    limits = limits or Limits()
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # HEIC support is optional
        pass
    pages: list[Page] = []
    try:
        with pywarnings.catch_warnings():
            pywarnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            media = _MEDIA.get(image.format or "", "image/" + (image.format or "unknown").lower())
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                if number > limits.max_pages:
                    raise IntakeError(f"{name}: more than {limits.max_pages} pages",
                                      zh=f"{name}：超过 {limits.max_pages} 页")
                if frame.width * frame.height > limits.max_pixels:
                    raise IntakeError(f"{name}: page {number} is {frame.width}×{frame.height} "
                                      "pixels; refusing an image that large",
                                      zh=f"{name}：第 {number} 页为 {frame.width}×"
                                         f"{frame.height} 像素，图片过大，拒绝读取")
                upright = ImageOps.exif_transpose(frame.copy()) if number == 1 else frame.copy()
                if ocr is None:  # load the models only once an image has decoded
                    from supportcase.intake.readers.ocr import default_engine

                    ocr = default_engine()
                result = recognize_upright(ocr, upright)
                pages.append(Page(number, result.text, "ocr", result.confidence))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise IntakeError(f"{name}: the image claims too many pixels; refusing a likely "
                          "decompression bomb",
                          zh=f"{name}：图片声明的像素过多，疑似解压炸弹，拒绝读取") from None
    except UnidentifiedImageError:
        raise IntakeError(f"{name}: not a readable image (unknown format, corrupt or "
                          "truncated)",
                          zh=f"{name}：不是可读取的图片（格式无法识别、已损坏或不完整）") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise IntakeError(f"{name}: the image is damaged or truncated ({exc})",
                          zh=f"{name}：图片已损坏或不完整（{exc}）") from None
    if not pages or not any(p.text.strip() for p in pages):
        raise IntakeError(f"{name}: no readable text found in the image (OCR)",
                          hint="a sharper, straight photo of the page may help",
                          zh=f"{name}：图片中未识别出可读取的文字（OCR）",
                          hint_zh="正对页面拍一张更清晰的照片可能会有帮助")
    return SourceDocument(file=name, sha256=sha256_of(data), media_type=media,
                          pages=tuple(pages), data=data)
