"""Case files and rate tables as editors save them: UTF-8 with or without a byte-order mark,
UTF-16 or UTF-32 with one (Windows Notepad's "Unicode"). Never guessed: anything else is refused."""

from __future__ import annotations

import pytest

from supportcase.textfile import chinese_encoding, decode_saved_text

TEXT = "version: 1\ncase: {title: 王丽诉张伟 — Müller}\n"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                   "utf-32", "utf-32-le", "utf-32-be"])
def test_text_saved_in_a_unicode_encoding_it_names_reads_the_same(codec: str) -> None:
    data = TEXT.encode(codec)
    if codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        data = "\ufeff".encode(codec) + data  # what an editor writes: the mark, then the text
    assert decode_saved_text(data) == TEXT


@pytest.mark.parametrize("data", [
    TEXT.encode("gb18030"),  # GBK/ANSI: no mark says so; a guess could misread a figure
    TEXT.encode("utf-16-le"),  # UTF-16 without its mark
    "Müller".encode("latin-1"),
])
def test_text_in_an_encoding_it_does_not_name_is_refused(data: bytes) -> None:
    with pytest.raises(UnicodeDecodeError):
        decode_saved_text(data)


@pytest.mark.parametrize(("data", "named"), [
    ("version: 1\ncase: {title: 王丽诉张伟抚养费纠纷执行案}\n".encode("gbk"), "GBK"),
    (TEXT.encode("gb18030"), "GBK"),
    ("version: 1\ncase: {title: 陳大文訴李小華贍養費案}\n".encode("big5"), "Big5"),
    ("version: 1\ncase: {title: Müller Straße, notes: Café}\n".encode("cp1252"), None),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8", None),
])
def test_a_refused_file_in_a_chinese_encoding_is_named_for_the_user(data: bytes,
                                                                   named: str | None) -> None:
    # Only named in the refusal ("it looks like GBK"), so the user knows what to change.
    assert chinese_encoding(data) == named
