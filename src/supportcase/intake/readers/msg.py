"""Outlook .msg reader (extract-msg): the message text, then its attachments in turn."""

from __future__ import annotations

from supportcase.intake.document import IntakeError, Said, SourceDocument
from supportcase.intake.limits import Limits
from supportcase.intake.readers.ocr import OcrEngine


def read_msg(name: str, data: bytes, *, password: str | None = None,
             limits: Limits | None = None, ocr: OcrEngine | None = None,
             depth: int = 0) -> list[SourceDocument]:
    import extract_msg

    from supportcase.intake.readers import single_page
    from supportcase.intake.readers.email import read_attachments

    limits = limits or Limits()
    try:
        message = extract_msg.openMsg(data)
    except Exception as exc:  # extract-msg raises many kinds for a damaged OLE file
        raise IntakeError(f"{name}: not a readable Outlook message ({type(exc).__name__})",
                          zh=f"{name}：不是可读取的 Outlook 邮件（{type(exc).__name__}）"
                          ) from None
    try:
        lines = [f"{label}: {value}" for label, value in (
            ("From", getattr(message, "sender", None)), ("To", getattr(message, "to", None)),
            ("Date", getattr(message, "date", None)), ("Subject", getattr(message, "subject", None)))
            if value]
        lines += ["", str(getattr(message, "body", "") or "")]
        parts: list[tuple[str, bytes]] = []
        unpacked = 0
        for index, attachment in enumerate(getattr(message, "attachments", []), start=1):
            payload = getattr(attachment, "data", None)
            if not isinstance(payload, bytes):
                continue
            unpacked += len(payload)
            if unpacked > limits.max_unpacked:
                raise IntakeError(f"{name}: attachments are larger than "
                                  f"{limits.max_unpacked / 1024 / 1024:.0f} MB; refusing",
                                  zh=f"{name}：附件总大小超过 "
                                     f"{limits.max_unpacked / 1024 / 1024:.0f} MB，拒绝读取")
            filename = getattr(attachment, "longFilename", None) or f"attachment-{index}"
            parts.append((str(filename), payload))
    finally:
        message.close()
    warnings: list[Said] = []
    attachments = read_attachments(name, parts, password=password, limits=limits, ocr=ocr,
                                   depth=depth, warnings=warnings)
    return [single_page(name, data, "application/vnd.ms-outlook", "\n".join(lines),
                        warnings=tuple(warnings)), *attachments]
