"""Intake says what went wrong in the reader's language: every `IntakeError` has a Chinese
text (and a Chinese hint where it has a hint), and the reader's warnings are pairs."""

from __future__ import annotations

import ast
import io
import zipfile
from pathlib import Path

import pytest

import supportcase.intake
from supportcase.intake.document import IntakeError, Said
from supportcase.intake.limits import Limits
from supportcase.intake.readers import read_bytes
from tests.intake import builders
from tests.intake.test_bad_input import _encrypted

INTAKE = Path(supportcase.intake.__file__).parent


def _raises() -> list[tuple[str, int, ast.Call]]:
    found = []
    for path in sorted(INTAKE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "IntakeError"):
                found.append((path.name, node.lineno, node))
    return found


def test_every_intake_error_raised_in_intake_has_a_chinese_text() -> None:
    raises = _raises()
    assert len(raises) >= 30  # the readers and the limits
    for file, line, call in raises:
        words = {k.arg for k in call.keywords}
        assert "zh" in words, f"{file}:{line}: IntakeError without zh="
        if "hint" in words:
            assert "hint_zh" in words, f"{file}:{line}: a hint without hint_zh="


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _broken_zip() -> bytes:
    # A fixed timestamp: the bytes end up in the test's parameters, and pytest-xdist
    # workers must collect exactly the same ones.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("a.txt", date_time=(2024, 1, 1, 0, 0, 0)), "hello")
    return b"PK\x03\x04" + out.getvalue()[4:40]  # cut off: no central directory


UNREADABLE = [
    ("empty.pdf", b"", "empty.pdf：文件是空的"),
    ("blob.bin", b"\x00\x01\x02" * 100, "blob.bin：无法识别的文件类型"),
    ("broken.pdf", b"%PDF-1.7\n\x00garbage, not a PDF",
     "broken.pdf：不是可读取的 PDF 文件（已损坏或不完整）"),
    ("papers.zip", _broken_zip(), "papers.zip：不是可读取的 ZIP 压缩包（已损坏或不完整）"),
    ("notes.txt", b"ab\x00\x00cd" * 50, "notes.txt：看起来是二进制文件而不是文字"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old.doc：这是旧版 Office"),
    ("blank.txt", b"   \n\n ", "blank.txt：文件中没有文字"),
]


@pytest.mark.parametrize("name, data, zh", UNREADABLE, ids=[name for name, _, _ in UNREADABLE])
def test_unreadable_files_are_explained_in_chinese(name: str, data: bytes, zh: str) -> None:
    with pytest.raises(IntakeError) as caught:
        read_bytes(name, data)
    error = caught.value
    assert error.say("zh").startswith(zh)
    assert error.say("zh") != error.say("en") == str(error)
    assert error.say("en").startswith(f"{name}: ")
    assert _cjk(error.say("zh"))


def test_a_hint_is_given_in_chinese_too() -> None:
    with pytest.raises(IntakeError) as caught:
        read_bytes("locked.pdf", _encrypted("secret"))
    assert caught.value.say("zh") == "locked.pdf：PDF 文件已加密（请用 --password 提供密码）"
    assert "give its password with --password" in caught.value.say("en")


def test_the_numbers_are_the_same_in_both_languages() -> None:
    with pytest.raises(IntakeError) as caught:
        read_bytes("big.txt", b"x" * (3 * 1024 * 1024), limits=Limits(max_bytes=1024 * 1024))
    assert "3.0 MB" in caught.value.say("en") and "1 MB" in caught.value.say("en")
    assert caught.value.say("zh").startswith("big.txt：文件大小 3.0 MB，超过 1 MB 的上传上限")


def test_an_unreadable_attachment_is_a_warning_in_both_languages() -> None:
    data = builders.eml("See the attached.", [("scan.pdf", b"%PDF-1.7\n\x00not a PDF")])
    mail, *attachments = read_bytes("mail.eml", data)
    assert attachments == []
    (warning,) = mail.warnings
    assert warning.en == "mail.eml/scan.pdf: not a readable PDF (corrupt or truncated)"
    assert warning.zh == "mail.eml/scan.pdf：不是可读取的 PDF 文件（已损坏或不完整）"


def test_stored_messages_are_shown_in_the_readers_language_or_as_written() -> None:
    pair = Said("a letter is not a legal basis", "信函不能作为法律依据")
    assert Said.shown(pair.to_json(), "zh") == pair.in_("zh") == "信函不能作为法律依据"
    assert Said.shown(pair.to_json(), "en") == str(pair) == "a letter is not a legal basis"
    # stored before messages were bilingual: a plain string, shown as it is
    assert Said.shown("old English note", "zh") == "old English note"
    assert Said.shown({"en": "only English"}, "zh") == "only English"
