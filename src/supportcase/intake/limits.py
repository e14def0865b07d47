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
        mb, cap = size / 1024 / 1024, limits.max_bytes / 1024 / 1024
        raise IntakeError(
            f"{name}: {mb:.1f} MB is over the upload limit of {cap:.0f} MB",
            hint="SUPPORTCASE_MAX_UPLOAD_MB raises it",
            zh=f"{name}：文件大小 {mb:.1f} MB，超过 {cap:.0f} MB 的上传上限",
            hint_zh="可通过 SUPPORTCASE_MAX_UPLOAD_MB 调高上限")


def check_zip(name: str, archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse an archive whose declared contents are a decompression bomb."""
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise IntakeError(f"{name}: {len(members)} parts inside the archive; refusing "
                          f"(more than {limits.max_members})",
                          zh=f"{name}：压缩包内有 {len(members)} 个部分，超过 "
                             f"{limits.max_members} 个的上限，拒绝读取")
    total = 0
    for member in members:
        total += member.file_size
        if member.compress_size and member.file_size / member.compress_size > limits.max_ratio \
                and member.file_size > 1024 * 1024:
            raise IntakeError(f"{name}: '{member.filename}' unpacks {member.file_size:,} bytes "
                              f"from {member.compress_size:,}; refusing a likely "
                              "decompression bomb",
                              zh=f"{name}：“{member.filename}”由 {member.compress_size:,} "
                                 f"字节解压后达 {member.file_size:,} 字节，疑似解压炸弹，"
                                 "拒绝读取")
    if total > limits.max_unpacked:
        raise IntakeError(f"{name}: unpacks to {total / 1024 / 1024:.0f} MB, over the "
                          f"limit of {limits.max_unpacked / 1024 / 1024:.0f} MB; refusing "
                          "a likely decompression bomb",
                          zh=f"{name}：解压后达 {total / 1024 / 1024:.0f} MB，超过 "
                             f"{limits.max_unpacked / 1024 / 1024:.0f} MB 的上限，"
                             "疑似解压炸弹，拒绝读取")


def read_member(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo,
                limits: Limits) -> bytes:
    """Read one archive member, stopping if it inflates past its declared size
    (a forged header must not get around `check_zip`)."""
    cap = min(member.file_size, limits.max_unpacked) + 1
    with archive.open(member) as handle:
        data = handle.read(cap)
    if len(data) > member.file_size:
        raise IntakeError(f"{name}: '{member.filename}' is larger than its header says; "
                          "refusing a likely decompression bomb",
                          zh=f"{name}：“{member.filename}”的实际大小超过其文件头声明的大小，"
                             "疑似解压炸弹，拒绝读取")
    return data
