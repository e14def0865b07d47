"""ZIP archive reader: every member read in turn, after a decompression-bomb check.

Parents often send "all the papers" as one ZIP. Each member is its own document,
named `papers.zip/judgment.pdf`; a member that cannot be read is reported with its name
and the rest are still read.
"""

from __future__ import annotations

import io
import zipfile

from supportcase.intake.document import IntakeError, Said, SourceDocument
from supportcase.intake.limits import Limits, check_zip, read_member
from supportcase.intake.readers.ocr import OcrEngine


def read_zip(name: str, data: bytes, *, password: str | None = None,
             limits: Limits | None = None, ocr: OcrEngine | None = None,
             depth: int = 0) -> list[SourceDocument]:
    from supportcase.intake.readers import read_bytes

    limits = limits or Limits()
    if depth >= limits.max_depth:
        raise IntakeError(f"{name}: archives nested more than {limits.max_depth} deep",
                          zh=f"{name}：压缩包嵌套超过 {limits.max_depth} 层")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise IntakeError(f"{name}: not a readable ZIP archive (corrupt or truncated)",
                          zh=f"{name}：不是可读取的 ZIP 压缩包（已损坏或不完整）") from None
    out: list[SourceDocument] = []
    errors: list[Said] = []
    with archive:
        check_zip(name, archive, limits)
        for member in archive.infolist():
            if member.is_dir() or member.filename.startswith("__MACOSX/"):
                continue
            try:
                payload = read_member(name, archive, member, limits)
                out += read_bytes(f"{name}/{member.filename}", payload, password=password,
                                  limits=limits, ocr=ocr, depth=depth + 1)
            except IntakeError as exc:
                errors.append(exc.said())
            except (zipfile.BadZipFile, RuntimeError, EOFError, OSError) as exc:
                errors.append(Said(f"{name}/{member.filename}: cannot be unpacked ({exc})",
                                   f"{name}/{member.filename}：无法解压（{exc}）"))
    if not out:
        raise IntakeError(f"{name}: nothing readable in the archive"
                          + (f" ({'; '.join(e.en for e in errors)})" if errors else ""),
                          zh=f"{name}：压缩包中没有可读取的内容"
                             + (f"（{'；'.join(e.zh for e in errors)}）" if errors else ""))
    first = out[0]
    out[0] = SourceDocument(first.file, first.sha256, first.media_type, first.pages,
                            first.data, (*first.warnings, *errors))
    return out
