"""Printing for the CLI: JSON for scripts, Rich for people, one line for errors."""

from __future__ import annotations

import datetime as dt
import errno
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from supportcase.errors import UserError

# The language the running command was asked to speak (`--lang`); its errors follow it.
_reader = {"lang": "en"}


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_default)


def print_json(data: Any) -> None:
    sys.stdout.write(to_json(data) + "\n")


def console() -> Any:
    from rich.console import Console

    return Console()


def language(value: str, allowed: tuple[str, ...] = ("en", "zh")) -> str:
    """A checked `--lang` value; en or zh also becomes the language of the command's errors."""
    lang = value.strip().lower()
    if lang not in allowed:
        raise UserError(f"--lang '{value}': use {' or '.join(allowed)}",
                        zh=f"--lang“{value}”无效：请用 {' 或 '.join(allowed)}")
    if lang in ("en", "zh"):
        _reader["lang"] = lang
    return lang


def error_language() -> str:
    return _reader["lang"]


def reset_error_language() -> None:
    """English until a command's `--lang` says otherwise (one process may run many commands)."""
    _reader["lang"] = "en"


# The operating system's reasons a file cannot be used, for a Chinese reader; others stay as
# the system says them.
_OS_WHY_ZH = {
    errno.ENOENT: "文件或文件夹不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EISDIR: "这是一个文件夹",
    errno.ENOTDIR: "路径中有一项不是文件夹",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "只读的文件系统",
}


def os_error(path: Path, exc: OSError, what: str, what_zh: str) -> UserError:
    """A file the command cannot read or write, as one error in both languages."""
    why = exc.strerror or str(exc)
    why_zh = _OS_WHY_ZH.get(exc.errno or 0, why)
    return UserError(f"{path}: {what} ({why})", zh=f"{path}：{what_zh}（{why_zh}）")


def read_saved_text(path: Path, kind: str, kind_zh: str) -> str:
    """A case file or rate table as saved (see `supportcase.textfile`), or one clear error."""
    from supportcase.textfile import chinese_encoding, decode_saved_text

    try:
        data = path.read_bytes()
        return decode_saved_text(data)
    except UnicodeDecodeError:
        found = chinese_encoding(data)
        if found is None:
            raise UserError(f"{path}: not UTF-8 text; save the {kind} as UTF-8",
                            zh=f"{path}：不是 UTF-8 文本；请将{kind_zh}另存为 UTF-8") from None
        raise UserError(f"{path}: not UTF-8 text (it looks like {found}); save the {kind} as "
                        "UTF-8 (in Notepad: Save As, Encoding: UTF-8)",
                        zh=f"{path}：不是 UTF-8 文本（看起来是 {found} 编码）；请将{kind_zh}另存为 "
                        "UTF-8（记事本：另存为，编码选 UTF-8）") from None
    except OSError as exc:
        raise os_error(path, exc, f"cannot read the {kind}", f"无法读取{kind_zh}") from None


def write_file(path: Path, data: bytes | str) -> None:
    """Write an output file; a folder that is missing or read-only is one clear error."""
    try:
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    except OSError as exc:
        raise os_error(path, exc, "cannot write", "无法写入") from None


def fail(message: str, *, code: int = 1, lang: str = "en") -> NoReturn:
    """One clear line on stderr and a non-zero exit."""
    sys.stderr.write(("错误：" if lang == "zh" else "error: ") + message + "\n")
    sys.exit(code)
