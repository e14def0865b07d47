"""Resolve a `CASEFILE|CASE_ID` argument to a case file, from a YAML file or the store."""

from __future__ import annotations

from pathlib import Path

from supportcase.casefile import CaseFile, parse_casefile
from supportcase.cli.output import read_saved_text
from supportcase.errors import UserError


def read_casefile(path: Path) -> CaseFile:
    text = read_saved_text(path, "case file", "案件文件")
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
