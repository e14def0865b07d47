"""The statement as a formatted XLSX workbook: rows, totals, notes and rules on their own sheets.

Amounts are written as numbers with two decimals (converted from Decimal through their exact
string, so Excel shows the same cents), totals are bold, the header row is frozen.
"""

from __future__ import annotations

import io
from decimal import Decimal

from supportcase.ledger.labels import STATUS, label
from supportcase.ledger.render_csv import interest_text, payments_text
from supportcase.ledger.statement import Statement

MONEY = "#,##0.00"


def statement_xlsx(statement: Statement, lang: str = "en") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDE6F0")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "明细" if lang == "zh" else "Installments"
    sheet.append([f"{label('title', lang)} — {statement.title}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([label("as_of", lang), statement.as_of.isoformat()])
    sheet.append([])
    keys = ("period", "due_date", "amount_due", "currency", "paid", "shortfall", "days_late",
            "interest", "interest_paid", "status", "payments", "arithmetic")
    sheet.append([label(k, lang) for k in keys])
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = bold
        cell.fill = head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    first = header_row + 1

    def num(value: Decimal) -> float | int:
        # openpyxl stores numbers as floats; the string round-trip keeps the exact cents.
        return float(str(value))

    for r in statement.rows:
        i = r.installment
        sheet.append([i.label_in(lang), i.due_date, num(i.amount), i.currency, num(r.principal_paid),
                      num(r.shortfall), r.days_late, num(r.interest), num(r.interest_paid),
                      label(STATUS[r.status], lang), payments_text(r.applications, lang),
                      interest_text(r, lang)])
        sheet.cell(sheet.max_row, 2).number_format = "yyyy-mm-dd"
    last = sheet.max_row
    sheet.append([])
    if statement.rows and len(statement.by_currency) == 1:
        sheet.append([label("total", lang), None, f"=SUM(C{first}:C{last})", None,
                      f"=SUM(E{first}:E{last})", f"=SUM(F{first}:F{last})", None,
                      f"=SUM(H{first}:H{last})", f"=SUM(I{first}:I{last})"])
        for cell in sheet[sheet.max_row]:
            cell.font = bold
    for row in sheet.iter_rows(min_row=first, max_row=sheet.max_row):
        for idx in (2, 4, 5, 7, 8):
            row[idx].number_format = MONEY
    widths = (12, 12, 14, 8, 14, 14, 10, 12, 12, 12, 70, 70)
    for n, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    sheet.freeze_panes = sheet.cell(first, 1)

    totals = book.create_sheet("合计" if lang == "zh" else "Totals")
    totals.append([label("currency", lang), label("total_due", lang), label("total_paid", lang),
                   label("principal_outstanding", lang), label("interest_outstanding", lang),
                   label("total_outstanding", lang), label("credit", lang)])
    for t in statement.by_currency:
        totals.append([t.currency, *(num(v) for v in (
            t.total_due, t.total_paid, t.principal_outstanding, t.interest_outstanding,
            t.total_outstanding, t.credit))])
    if statement.total is not None and statement.total_conversions:
        t = statement.total
        totals.append([f"{t.currency} ({label('converted', lang)})", *(num(v) for v in (
            t.total_due, t.total_paid, t.principal_outstanding, t.interest_outstanding,
            t.total_outstanding, t.credit))])
        for c in statement.total_conversions:
            totals.append([c.explain(lang)])
    if statement.if_unknown_counted is not None:
        totals.append([label("if_unknown", lang),
                       num(statement.if_unknown_counted.total_outstanding)])
    for cell in totals[1]:
        cell.font = bold
        cell.fill = head_fill
    for row in totals.iter_rows(min_row=2, max_row=1 + len(statement.by_currency) + 1):
        for cell in row[1:]:
            cell.number_format = MONEY
    for n in range(1, 8):
        totals.column_dimensions[get_column_letter(n)].width = 20

    notes = book.create_sheet("说明" if lang == "zh" else "Notes")
    for heading, items in statement.note_sections():
        notes.append([label(heading, lang)])
        notes.cell(notes.max_row, 1).font = bold
        for n_ in items:
            notes.append([n_.text(lang)])
        notes.append([])
    for rc in statement.reconciliation:
        notes.append([f"{label('reconciliation', lang)}: {rc.source} {rc.date.isoformat()} "
                      f"{rc.asserted} {rc.currency} / {label('ledger', lang)} {rc.ledger}"])
        notes.cell(notes.max_row, 1).font = bold
        for e in rc.explanations:
            notes.append([e.text(lang)])
    notes.column_dimensions["A"].width = 140

    rules = book.create_sheet("规则" if lang == "zh" else "Rules")
    rules.append([label(k, lang) for k in ("rule_id", "rule_title", "status", "citations",
                                            "parameters")])
    for cell in rules[1]:
        cell.font = bold
    for rule in statement.rules:
        rules.append(rule.cells(lang))
    for col, width in zip("ABCDE", (36, 40, 10, 80, 80), strict=True):
        rules.column_dimensions[col].width = width

    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
