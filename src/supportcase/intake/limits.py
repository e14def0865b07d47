"""Limits that protect intake from hostile or broken files.

A parent's upload is untrusted: a 40 KB DOCX can unpack to gigabytes (a "zip bomb"), an
e-mail can nest attachments without end, an image can claim billions of pixels. Every
reader checks these limits before it unpacks anything, and fails with one clear message.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass

from supportcase.intake.document import IntakeError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """`max_bytes` per file (SUPPORTCASE_MAX_UPLOAD_MB); unpacked content may be at most
    `max_unpacked_factor` × that, and no single member may compress better than
    `max_ratio` : 1 (real DOCX parts stay well under 100 : 1)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_unpacked_factor: int = 4
    max_ratio: int = 200
    max_members: int = 2000
    max_depth: int = 3
    max_pixels: int = 80_000_000
    max_pages: int = 2000

    @property
    def max_unpacked(self) -> int:
        return self.max_bytes * self.max_unpacked_factor


def check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_bytes:
        raise IntakeError(
            f"{name}: {size / 1024 / 1024:.1f} MB is over the upload limit of "
            f"{limits.max_bytes / 1024 / 1024:.0f} MB",
            hint="SUPPORTCASE_MAX_UPLOAD_MB raises it")


def check_zip(name: str, archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse an archive whose declared contents are a decompression bomb."""
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise IntakeError(f"{name}: {len(members)} parts inside the archive; refusing "
                          f"(more than {limits.max_members})")
    total = 0
    for member in members:
        total += member.file_size
        if member.compress_size and member.file_size / member.compress_size > limits.max_ratio \
                and member.file_size > 1024 * 1024:
            raise IntakeError(f"{name}: '{member.filename}' unpacks {member.file_size:,} bytes "
                              f"from {member.compress_size:,}; refusing a likely "
                              "decompression bomb")
    if total > limits.max_unpacked:
        raise IntakeError(f"{name}: unpacks to {total / 1024 / 1024:.0f} MB, over the "
                          f"limit of {limits.max_unpacked / 1024 / 1024:.0f} MB; refusing "
                          "a likely decompression bomb")


def read_member(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo,
                limits: Limits) -> bytes:
    """Read one archive member, stopping if it inflates past its declared size
    (a forged header must not get around `check_zip`)."""
    cap = min(member.file_size, limits.max_unpacked) + 1
    with archive.open(member) as handle:
        data = handle.read(cap)
    if len(data) > member.file_size:
        raise IntakeError(f"{name}: '{member.filename}' is larger than its header says; "
                          "refusing a likely decompression bomb")
    return data
