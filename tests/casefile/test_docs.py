"""docs/casefile.md documents every field of the case file (documentation checked like code)."""

from __future__ import annotations

import types
import typing
from pathlib import Path

from pydantic import BaseModel

from supportcase.casefile.model import CaseFile

DOC = Path(__file__).resolve().parents[2] / "docs" / "casefile.md"


def _fields(model: type[BaseModel], seen: set[type]) -> set[str]:
    if model in seen:
        return set()
    seen.add(model)
    names: set[str] = set()
    for name, field in model.model_fields.items():
        names.add(field.alias or name)
        stack = [field.annotation]
        while stack:
            tp = stack.pop()
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                names |= _fields(tp, seen)
            elif isinstance(tp, types.UnionType) or typing.get_origin(tp) is not None:
                stack.extend(typing.get_args(tp))
    return names


def test_every_case_file_field_is_documented():
    text = DOC.read_text(encoding="utf-8")
    missing = sorted(name for name in _fields(CaseFile, set()) if f"`{name}`" not in text
                     and f"{name}:" not in text)
    assert missing == [], f"fields not described in docs/casefile.md: {missing}"
