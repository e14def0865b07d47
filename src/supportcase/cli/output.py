"""Printing for the CLI: JSON for scripts, Rich for people, one line for errors."""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from typing import Any, NoReturn


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


def fail(message: str, *, code: int = 1) -> NoReturn:
    """One clear line on stderr and a non-zero exit."""
    sys.stderr.write(f"error: {message}\n")
    sys.exit(code)
