"""The explanation a calculator returns: numbered steps, the rules used, and notices.

A step is one line of arithmetic a reader can redo by hand: what it is, the figure, how it
was obtained, and the rule it rests on. A `RuleUse` records which rule (and which dated
version of it) a result applied, with the citation in force on the date asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from supportcase.bilingual import has_han
from supportcase.calc.labels_zh import zh_label
from supportcase.law.rules import RuleBook

CENT = Decimal("0.01")

NOT_ADVICE = {
    "en": "Information, not legal advice. A court or a lawyer decides the amount in your case.",
    "zh": "本结果仅供参考，不构成法律意见。具体金额由法院或律师确定。",
}


def cents(amount: Decimal) -> Decimal:
    """Round once to the cent, half-up (the rounding stated on every result)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def show(amount: Decimal, places: int = 2) -> str:
    """A figure for display only (results keep the exact Decimal)."""
    return f"{amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):,}"


def display(value: object) -> str:
    """A step's value as the working tables show it (CLI and web page alike): an exact
    quotient to six places with an ellipsis, other figures in full with thousands
    separators, a missing value as a dash."""
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -6:
            return show(value, 6) + "…"
        return f"{value:,f}"
    return str(value)


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the calculation, reproducible by hand."""

    key: str  # short stable name, e.g. "TN", "K", "CS_one_child"
    label: str  # what it is, in words
    value: Decimal | str | None
    working: str = ""  # the arithmetic, e.g. "8,000.00 + 3,000.00"
    rule: str | None = None  # rule id it rests on
    note: str | None = None  # an interpretation, a caveat, a missing value
    # The same in Chinese where they have words ("" / None: as the English, e.g. pure figures).
    working_zh: str = ""
    note_zh: str | None = None
    value_zh: str = ""  # a value in words ("does not apply"), in Chinese

    def value_in(self, lang: str) -> Decimal | str | None:
        return self.value_zh or self.value if lang == "zh" else self.value

    def working_in(self, lang: str) -> str:
        return self.working_zh or self.working if lang == "zh" else self.working

    def note_in(self, lang: str) -> str | None:
        return self.note_zh or self.note if lang == "zh" else self.note

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "label_zh": zh_label(self.key),
            "value": self.value,
            "value_zh": self.value_in("zh"),
            "working": self.working,
            "working_zh": self.working_in("zh"),
            "rule": self.rule,
            "note": self.note,
            "note_zh": self.note_in("zh"),
        }


@dataclass(frozen=True, slots=True)
class RuleUse:
    """A rule a result applied, with the version and citation in force on the date."""

    id: str
    title: str
    status: str
    citation: str
    version_from: dt.date
    version_until: dt.date | None
    citation_original: str = ""  # in the instrument's own language: 《…》第49条
    title_zh: str = ""

    @classmethod
    def of(cls, book: RuleBook, rule_id: str, on: dt.date) -> RuleUse:
        rule = book.get(rule_id)
        version = rule.version_on(on)
        if version is None:  # callers look the parameters up first, which raises for users
            raise LookupError(f"rule {rule_id} not in force on {on}")
        citation = rule.citation_on(on)
        article = citation.article or ""
        # A PRC instrument in its own words (…第49条); a law outside the PRC as Chinese text
        # cites it: its Chinese name with its own name and sections kept.
        original = (f"{citation.law}第{article}条" if article.isdigit() and has_han(citation.law)
                    else f"{citation.law} {article}".strip() if has_han(citation.law)
                    else citation.label_zh())
        return cls(
            id=rule.id,
            title=rule.title.en,
            status=rule.status,
            citation=citation.label(),
            version_from=version.from_date,
            version_until=version.until,
            citation_original=original,
            title_zh=rule.title.zh,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "title_zh": self.title_zh or self.title,
            "status": self.status,
            "citation": self.citation,
            "citation_original": self.citation_original,
            "version_from": self.version_from,
            "version_until": self.version_until,
        }
