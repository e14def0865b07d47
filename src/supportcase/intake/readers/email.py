"""E-mail reader (.eml, standard library): the message text, then each attachment in turn.

A forwarded e-mail is a common way a parent sends a judgment: the body says what it is,
the PDF is attached. The message becomes one document (its From/To/Date/Subject lines
first, so a letter's date and sender can be quoted); every attachment is read by its own
reader as a document of its own, named `mail.eml/attachment.pdf`. An attachment that cannot
be read is a warning on the message, not a failure of the whole e-mail.
"""

from __future__ import annotations

from email import errors, policy
from email.message import EmailMessage
from email.parser import BytesParser

from supportcase.intake.document import IntakeError, Said, SourceDocument
from supportcase.intake.limits import Limits
from supportcase.intake.readers.ocr import OcrEngine

HEADERS = ("From", "To", "Cc", "Date", "Subject")
# The standard library parses headers lazily and a damaged one (a file cut off inside an
# address) raises these on first access, not when the message is parsed.
DAMAGED = (errors.MessageError, IndexError, ValueError, LookupError)


def header(message: EmailMessage, name: str) -> str:
    """A header as text; a damaged one is given as written rather than failing the mail."""
    try:
        return str(message[name] or "")
    except DAMAGED:
        raw = next((value for key, value in message.raw_items() if key.lower() == name.lower()),
                   "")
        # Unencoded 8-bit header bytes come back surrogate-escaped; most such mail is UTF-8.
        text = str(raw).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        return text.strip()


def message_text(message: EmailMessage) -> str:
    from supportcase.intake.readers.text import html_to_text

    lines = [f"{h}: {value}" for h in HEADERS if (value := header(message, h))]
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        try:
            content = body.get_content()
        except (LookupError, ValueError):  # unknown charset
            payload = body.get_payload(decode=True)
            content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
        if body.get_content_subtype() == "html":
            content = html_to_text(content)
        lines += ["", str(content)]
    return "\n".join(lines)


def read_attachments(name: str, parts: list[tuple[str, bytes]], *, password: str | None,
                     limits: Limits, ocr: OcrEngine | None, depth: int,
                     warnings: list[Said]) -> list[SourceDocument]:
    from supportcase.intake.readers import read_bytes

    out: list[SourceDocument] = []
    if parts and depth >= limits.max_depth:
        warnings.append(Said(f"attachments nested more than {limits.max_depth} deep were not "
                             "read", f"嵌套超过 {limits.max_depth} 层的附件未读取"))
        return out
    for filename, payload in parts:
        try:
            out += read_bytes(f"{name}/{filename}", payload, password=password, limits=limits,
                              ocr=ocr, depth=depth + 1)
        except IntakeError as exc:
            warnings.append(exc.said())
    return out


def read_eml(name: str, data: bytes, *, password: str | None = None,
             limits: Limits | None = None, ocr: OcrEngine | None = None,
             depth: int = 0) -> list[SourceDocument]:

    limits = limits or Limits()
    try:
        return _read_message(name, data, password=password, limits=limits, ocr=ocr,
                             depth=depth)
    except DAMAGED as exc:
        raise IntakeError(f"{name}: the e-mail is damaged and cannot be read ({exc})",
                          zh=f"{name}：电子邮件已损坏，无法读取（{exc}）") from None


def _read_message(name: str, data: bytes, *, password: str | None, limits: Limits,
                  ocr: OcrEngine | None, depth: int) -> list[SourceDocument]:
    from supportcase.intake.readers import single_page

    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage) or not (message.keys() or message.get_payload()):
        raise IntakeError(f"{name}: not a readable e-mail",
                          zh=f"{name}：不是可读取的电子邮件")
    parts: list[tuple[str, bytes]] = []
    unpacked = 0
    for index, attachment in enumerate(message.iter_attachments(), start=1):
        payload = attachment.get_payload(decode=True)
        if not isinstance(payload, bytes):
            inner = attachment.get_payload()
            if isinstance(inner, list) and inner and hasattr(inner[0], "as_bytes"):
                payload = inner[0].as_bytes()  # a forwarded message/rfc822
            else:
                continue
        unpacked += len(payload)
        if unpacked > limits.max_unpacked:
            raise IntakeError(f"{name}: attachments unpack to more than "
                              f"{limits.max_unpacked / 1024 / 1024:.0f} MB; refusing",
                              zh=f"{name}：附件解码后超过 "
                                 f"{limits.max_unpacked / 1024 / 1024:.0f} MB，拒绝读取")
        parts.append((attachment.get_filename() or f"attachment-{index}", payload))
    warnings: list[Said] = []
    attachments = read_attachments(name, parts, password=password, limits=limits, ocr=ocr,
                                   depth=depth, warnings=warnings)
    mail = single_page(name, data, "message/rfc822", message_text(message),
                       warnings=tuple(warnings))
    return [mail, *attachments]
