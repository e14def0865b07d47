"""The statement as CSV: one line per installment, then the totals, for spreadsheets, and
the notes and rules a reader needs with them."""

from __future__ import annotations

import csv
import io

from supportcase.casefile.words import ref_zh
from supportcase.fx import Conversion
from supportcase.ledger.entries import Application, Row
from supportcase.ledger.labels import STATUS, label
from supportcase.ledger.statement import Statement


def conversion_text(conv: Conversion, lang: str = "en") -> str:
    """'500 USD @ USD/CNY 6.47 of 2021-01-22 (CFETS central parity; no rate for 2021-01-23:
    the previous available day's)' — every converted amount with its rate, date and source."""
    source = conv.quote.source_in(lang)
    if conv.fallback:
        source += "; " + label("previous_day", lang).format(
            day=conv.requested_date.isoformat())
    return (f"{conv.original} {conv.from_currency} @ {conv.quote.pair} {conv.quote.rate} "
            f"{conv.quote.rate_date.isoformat()} ({source})")


def ref_text(ref: str, lang: str) -> str:
    """A payment or expense as the reader's language names it ("payment #3" / "第3笔付款")."""
    return ref_zh(ref) if lang == "zh" else ref


def payments_text(apps: tuple[Application, ...], lang: str = "en") -> str:
    """'2021-01-20 payment #8 1000.00 (principal) [500 USD @ USD/CNY 6.47 2021-01-20 (…)]'"""
    parts = []
    for a in apps:
        ref = ref_text(a.payment, lang)
        text = f"{a.date.isoformat()} {ref} {a.amount} ({label('bucket.' + a.bucket, lang)})"
        if a.conversion is not None:
            text += f" [{conversion_text(a.conversion, lang)}]"
        parts.append(text)
    return "; ".join(parts)


def interest_text(row: Row, lang: str = "en") -> str:
    """The arithmetic of a row's interest: '2000.00 × 24 d × 0.000175 + 1000.00 × 170 d × …'"""
    parts = []
    d = label("days", lang)
    for seg in row.segments:
        if not seg.computed:
            parts.append(f"{seg.principal} × {seg.days} {d} ({label('before_rule', lang)})")
        elif seg.per == 1:
            parts.append(f"{seg.principal} × {seg.days} {d} × {seg.rate}")
        else:
            parts.append(f"{seg.principal} × {seg.days} {d} × {seg.rate} / {seg.per}")
    text = " + ".join(parts)
    if row.interest_fx is not None:
        text = (f"({text}) × {row.interest_fx.rate} {row.interest_fx.pair} "
                f"{row.interest_fx.rate_date.isoformat()}")
    return f"{text} = {row.interest} {row.interest_currency}" if parts else ""


def statement_csv(statement: Statement, lang: str = "en") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    keys = ("period", "due_date", "amount_due", "currency", "payments", "paid", "shortfall",
            "days_late", "interest", "interest_paid", "status")
    writer.writerow(["id", *(label(k, lang) for k in keys), label("arithmetic", lang),
                     label("source", lang)])
    for r in statement.rows:
        inst = r.installment
        writer.writerow([inst.id, inst.label_in(lang), inst.due_date.isoformat(), inst.amount,
                         inst.currency, payments_text(r.applications, lang), r.principal_paid,
                         r.shortfall, r.days_late, r.interest, r.interest_paid,
                         label(STATUS[r.status], lang), interest_text(r, lang),
                         inst.source_in(lang)])
    for t in statement.by_currency:
        writer.writerow([])
        writer.writerow([label("total", lang), t.currency])
        for key, value in (("total_due", t.total_due), ("total_paid", t.total_paid),
                           ("principal_outstanding", t.principal_outstanding),
                           ("interest_outstanding", t.interest_outstanding),
                           ("total_outstanding", t.total_outstanding), ("credit", t.credit)):
            writer.writerow([label(key, lang), value])
    if statement.total is not None and statement.total_conversions:
        # Several currencies: the total in the report currency, with each conversion.
        writer.writerow([])
        writer.writerow([f"{label('total_outstanding', lang)} ({label('converted', lang)})",
                         statement.total.total_outstanding, statement.total.currency])
        writer.writerows([c.explain(lang)] for c in statement.total_conversions)
    if statement.if_unknown_counted is not None:
        writer.writerow([])
        writer.writerow([label("if_unknown", lang), statement.if_unknown_counted.total_outstanding,
                         statement.if_unknown_counted.currency])
    # After the totals, what a lawyer must read with them, as the other formats give it:
    # problems (a figure may be wrong or missing), questions, exclusions, figures resting on
    # assumed facts, reconciliations and the rules applied with their citations.
    for heading, notes in statement.note_sections():
        writer.writerow([])
        writer.writerow([label(heading, lang)])
        writer.writerows([n.text(lang)] for n in notes)
    for rc in statement.reconciliation:
        writer.writerow([])
        writer.writerow([label("reconciliation", lang), rc.date.isoformat(), rc.source,
                         rc.asserted, rc.currency, label("ledger", lang), rc.ledger,
                         label("matches" if rc.matches else "differs", lang)])
        writer.writerows([e.text(lang)] for e in rc.explanations)
    writer.writerow([])
    writer.writerow([label(k, lang) for k in ("rules", "rule_title", "status", "citations",
                                               "parameters")])
    for rule in statement.rules:
        writer.writerow(rule.cells(lang))
    return out.getvalue()
