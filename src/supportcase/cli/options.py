"""Option values every command reads the same way."""

from __future__ import annotations

import datetime as dt

from supportcase.dates import parse_date

__all__ = ["date_or_today", "parse_date"]


def date_or_today(value: str | None, option: str) -> dt.date:
    return parse_date(value, option) or dt.date.today()
