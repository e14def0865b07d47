"""Visible placeholders for facts a draft needs but the case file lacks.

A filing must never invent a fact: where the ID number, an address or a figure is unknown
the draft shows 【待补充：被执行人身份证号 / TO FILL: obligor ID number】 so a person sees the
gap and fills it. Renderers highlight every placeholder.

>>> missing("被执行人身份证号", "obligor ID number")
'【待补充：被执行人身份证号 / TO FILL: obligor ID number】'
"""

from __future__ import annotations

import re

OPEN = "【"
CLOSE = "】"
# Matches any placeholder this module writes, whatever its language order.
PLACEHOLDER = re.compile(r"【(?:待补充|TO FILL)[：:][^】]*】")


def missing(zh: str, en: str) -> str:
    """A bilingual placeholder for a missing fact."""
    return f"{OPEN}待补充：{zh} / TO FILL: {en}{CLOSE}"


def or_missing(value: object, zh: str, en: str) -> str:
    """`value` as text, or the placeholder when it is empty."""
    if value is None:
        return missing(zh, en)
    text = str(value).strip()
    return text if text else missing(zh, en)


def find_placeholders(text: str) -> list[str]:
    """Every placeholder in `text`, in order."""
    return PLACEHOLDER.findall(text)
