"""The statement as Markdown: readable in an e-mail, a wiki or a pull request."""

from __future__ import annotations

from supportcase.law.rules import rule_status_word
from supportcase.ledger.labels import STATUS, label
from supportcase.ledger.render_csv import interest_text, payments_text, ref_text
from supportcase.ledger.statement import Statement


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def statement_markdown(statement: Statement, lang: str = "en") -> str:
    zh = lang == "zh"
    lines = [f"# {label('title', lang)} — {_cell(statement.title)}", "",
             f"**{label('as_of', lang)}:** {statement.as_of.isoformat()}", ""]
    lines.append(f"## {label('total', lang)}")
    lines.append("")
    for t in statement.by_currency:
        lines.append(f"| {label('currency', lang)} | {t.currency} |")
        lines.append("|---|---:|")
        for key, value in (("total_due", t.total_due), ("total_paid", t.total_paid),
                           ("principal_outstanding", t.principal_outstanding),
                           ("interest_outstanding", t.interest_outstanding),
                           ("total_outstanding", t.total_outstanding), ("credit", t.credit)):
            if key != "credit" or value:
                lines.append(f"| {label(key, lang)} | {value} |")
        lines.append("")
    if statement.total is not None and statement.total_conversions:
        lines.append(f"**{label('total_outstanding', lang)} ({statement.total.currency}):** "
                     f"{statement.total.total_outstanding}")
        for c in statement.total_conversions:
            lines.append(f"- {_cell(c.explain(lang))}")
        lines.append("")
    if statement.if_unknown_counted is not None:
        lines.append(f"{label('if_unknown', lang)}: {statement.if_unknown_counted.total_outstanding}"
                     f" {statement.if_unknown_counted.currency}")
        lines.append("")
    keys = ("period", "due_date", "amount_due", "payments", "paid", "shortfall", "days_late",
            "interest", "status")
    lines.append("## " + ("明细" if zh else "Installments"))
    lines.append("")
    lines.append("| " + " | ".join(label(k, lang) for k in keys) + " |")
    lines.append("|" + "|".join("---" if k in ("period", "payments", "status") else "---:"
                               for k in keys) + "|")
    for r in statement.rows:
        i = r.installment
        lines.append("| " + " | ".join(_cell(v) for v in (
            i.label_in(lang), i.due_date.isoformat(), f"{i.amount} {i.currency}",
            payments_text(r.applications, lang), r.principal_paid, r.shortfall, r.days_late,
            f"{r.interest} ({interest_text(r, lang)})" if r.interest else r.interest,
            label(STATUS[r.status], lang))) + " |")
    lines.append("")
    if statement.payments:
        lines.append(f"## {label('payments_counted', lang)}")
        lines.append("")
        lines.append("| " + " | ".join(label(k, lang) for k in (
            "date", "payer", "amount", "counted_as", "proof")) + " |")
        lines.append("|---|---|---:|---|---|")
        for b in statement.payments:
            counted = f"{b.amount} {b.currency}"
            if b.conversion is not None:
                counted += (f" ({b.conversion.quote.pair} {b.conversion.quote.rate}, "
                            f"{b.conversion.quote.rate_date.isoformat()}, "
                            f"{b.conversion.quote.source_in(lang)})")
            lines.append("| " + " | ".join(_cell(v) for v in (
                b.date.isoformat(), f"{ref_text(b.ref, lang)} · {label('payer.' + b.payer, lang)}",
                f"{b.original_amount} {b.original_currency}", counted, b.proof or "—")) + " |")
        lines.append("")
    for heading, notes in statement.note_sections():
        lines.append(f"## {label(heading, lang)}")
        lines.append("")
        lines.extend(f"- {_cell(n.text(lang))}" for n in notes)
        lines.append("")
    if statement.reconciliation:
        lines.append(f"## {label('reconciliation', lang)}")
        lines.append("")
        for rc in statement.reconciliation:
            verdict = label("matches" if rc.matches else "differs", lang)
            lines.append(f"- {rc.date.isoformat()} {_cell(rc.source)}: {rc.asserted} "
                         f"{rc.currency} — {label('ledger', lang)} {rc.ledger} ({verdict})")
            lines.extend(f"  - {_cell(e.text(lang))}" for e in rc.explanations)
        lines.append("")
    lines.append(f"## {label('rules', lang)}")
    lines.append("")
    for rule in statement.rules:
        title = rule.title_zh if zh else rule.title_en
        lines.append(f"- **{rule.id}** — {_cell(title)} ({rule_status_word(rule.status, lang)}): "
                     + "; ".join(_cell(c) for c in rule.cited(lang)))
        lines.extend(f"  - {_cell(x.text(lang))}" for x in rule.parameters)
    lines.append("")
    lines.append(f"_{label('disclaimer', lang)}_")
    return "\n".join(lines) + "\n"
