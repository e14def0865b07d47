"""Where a case stands, in one line: what is owed and the next deadline.

For the portfolio view of a lawyer or legal-aid worker with dozens of cases. The figures
come from the ledger and the deadlines from the law package — never recomputed here — and a
case the ledger cannot compute (no obligation yet) says so instead of showing zero.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from supportcase.casefile.model import CaseFile


@dataclass(frozen=True)
class Standing:
    outstanding: str | None  # decimal string in `currency`, None when it cannot be computed
    currency: str | None
    assumed: bool  # the figure rests on assumed facts
    next_deadline: dt.date | None
    next_deadline_title: tuple[str, str] | None  # (en, zh)
    problem: tuple[str, str] | None  # (en, zh) why there is no figure

    def to_json(self) -> dict[str, object]:
        return {
            "outstanding": self.outstanding, "currency": self.currency,
            "assumed": self.assumed,
            "next_deadline": self.next_deadline.isoformat() if self.next_deadline else None,
            "next_deadline_title": list(self.next_deadline_title)
            if self.next_deadline_title else None,
            "problem": list(self.problem) if self.problem else None,
        }


def standing(casefile: CaseFile, today: dt.date) -> Standing:
    from supportcase.law.deadlines import compute
    from supportcase.ledger import build_statement

    if not casefile.obligations:
        return Standing(None, None, False, None, None,
                        ("no obligation recorded yet", "尚未录入给付义务"))
    # Only the headline is read: the rows are never spelled out (a portfolio of dozens of
    # cases is computed on every view of the case list).
    statement = build_statement(casefile, today)
    headline = statement.headline
    upcoming = [d for d in compute(casefile, today)
                if d.due is not None and d.due >= today and d.status in ("open", "not_started")]
    nxt = min(upcoming, key=lambda d: d.due or today, default=None)
    return Standing(
        outstanding=None if headline is None else str(headline.total_outstanding),
        currency=statement.currency if headline is None else headline.currency,
        assumed=bool(statement.assumptions),
        next_deadline=nxt.due if nxt else None,
        next_deadline_title=(nxt.title, nxt.title_zh) if nxt else None,
        problem=None)
