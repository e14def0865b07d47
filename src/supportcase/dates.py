"""Dates as people type them (the command line's options, the web's `?as_of=`).

Year first is never ambiguous: 2026-11-01, 2026/11/1, 2026.11.01, 2026年11月1日. Day/month
orders (01/11/2026) are refused: a parent and a US court read them differently. A year
outside 1900–2199 is taken for a typo: no support case runs then, and the law's periods
counted from such a day would run past the last date the calendar can hold.
"""

from __future__ import annotations

import datetime as dt
import re

from supportcase.errors import UserError

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(value: str | None, option: str) -> dt.date | None:
    """`2026-11-01` → a date; None when not given; a one-line error otherwise (`option`
    names where it was written)."""
    if value is None or value == "":
        return None
    match = _YEAR_FIRST.match(value.strip())
    try:
        if match is None:
            raise ValueError(value)
        day = dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise UserError(f"{option} '{value}' is not a date; write it as YYYY-MM-DD, "
                        "e.g. 2026-11-01",
                        zh=f"{option}“{value}”不是日期，请按“年-月-日”填写，如2026-11-01") from None
    if not EARLIEST <= day <= LATEST:
        raise UserError(f"{option} '{value}' is outside {EARLIEST.year}–{LATEST.year}; "
                        "check the year",
                        zh=f"{option}“{value}”不在{EARLIEST.year}–{LATEST.year}年之间，请检查年份")
    return day
