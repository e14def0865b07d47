"""Option values every command reads the same way."""

from __future__ import annotations

import datetime as dt

from supportcase.errors import UserError


def parse_date(value: str | None, option: str) -> dt.date | None:
    """`--as-of 2026-11-01` → a date; None when not given; a one-line error otherwise."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UserError(f"{option} '{value}' is not a date; write it as YYYY-MM-DD, "
                        "e.g. 2026-11-01") from None


def date_or_today(value: str | None, option: str) -> dt.date:
    return parse_date(value, option) or dt.date.today()
