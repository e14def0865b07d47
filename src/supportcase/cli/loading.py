"""Resolve a `CASEFILE|CASE_ID` argument to a case file, from a YAML file or the store."""

from __future__ import annotations

from pathlib import Path

from supportcase.casefile import CaseFile, parse_casefile
from supportcase.cli.output import os_error
from supportcase.errors import UserError


def read_casefile(path: Path) -> CaseFile:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UserError(f"{path}: not UTF-8 text; save the case file as UTF-8",
                        zh=f"{path}：不是 UTF-8 文本；请将案件文件另存为 UTF-8") from None
    except OSError as exc:
        raise os_error(path, exc, "cannot read", "无法读取") from None
    return parse_casefile(text, source=str(path))


def load_case(ref: str) -> tuple[CaseFile, str | None]:
    """A case file path (.yaml/.yml) or a stored case id → (case file, case id or None)."""
    path = Path(ref)
    if path.suffix in {".yaml", ".yml"} or path.is_file():
        if not path.exists():
            raise UserError(f"{ref}: no such file", zh=f"{ref}：文件不存在")
        return read_casefile(path), None
    from supportcase.store import open_store

    with open_store() as store:
        return store.load_case(ref), ref
