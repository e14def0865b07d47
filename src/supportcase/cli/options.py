"""Option values every command reads the same way."""

from __future__ import annotations

import datetime as dt
import re

from supportcase.errors import UserError

# Year first is never ambiguous: 2026-11-01, 2026/11/1, 2026.11.01, 2026年11月1日.
# Day/month orders (01/11/2026) are refused: a parent and a US court read them differently.
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(value: str | None, option: str) -> dt.date | None:
    """`--as-of 2026-11-01` → a date; None when not given; a one-line error otherwise."""
    if value is None or value == "":
        return None
    match = _YEAR_FIRST.match(value.strip())
    try:
        if match is None:
            raise ValueError(value)
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise UserError(f"{option} '{value}' is not a date; write it as YYYY-MM-DD, "
                        "e.g. 2026-11-01") from None


def date_or_today(value: str | None, option: str) -> dt.date:
    return parse_date(value, option) or dt.date.today()
