"""The statement as a bilingual PDF (English / Simplified Chinese) for a court or an agency.

Every heading is in both languages; notes are in the chosen language first, then the other.
The CJK font is embedded (`supportcase.pdf_fonts`), pages are numbered "Page n of N".
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from supportcase.law.rules import rule_status_word
from supportcase.ledger.labels import LABELS, STATUS, both, label
from supportcase.ledger.render_csv import (
    conversion_text,
    interest_text,
    payments_text,
    ref_text,
)
from supportcase.ledger.statement import Statement, Totals
from supportcase.pdf_pages import numbered_canvas


def _numbered_canvas(font: str) -> Any:
    def footer(canvas: Any, n: int, total: int) -> None:
        en, zh = LABELS["page_of"]
        canvas.setFont(font, 8)
        canvas.drawRightString(canvas._pagesize[0] - 28, 18,
                               f"{en.format(n=n, total=total)} · {zh.format(n=n, total=total)}")

    # The ledger starts pages in reportlab's default font, as it always has; every text it
    # draws sets the embedded font itself.
    return numbered_canvas(font, footer, initial_font=False)


def statement_pdf(statement: Statement, lang: str = "en") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        LongTable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from supportcase.pdf_fonts import register_cjk_font

    font = register_cjk_font()
    other = "en" if lang == "zh" else "zh"
    base = ParagraphStyle("base", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    small = ParagraphStyle("small", parent=base, fontSize=7, leading=8.6)
    # A period label ("medical 2024-09-15 × 0.5") wraps between words, never inside a date.
    label_style = ParagraphStyle("label", parent=small, wordWrap=None, splitLongWords=0)
    h1 = ParagraphStyle("h1", parent=base, fontSize=14, leading=18, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontSize=10.5, leading=14, spaceBefore=8,
                        spaceAfter=3, keepWithNext=1)

    def p(text: str, style: ParagraphStyle = base) -> Paragraph:
        return Paragraph(escape(text), style)

    story: list[Any] = [
        p(both("title"), h1), p(statement.title, base),
        p(f"{both('as_of')}: {statement.as_of.isoformat()}", base),
        p(both("disclaimer"), small), Spacer(1, 4 * mm),
    ]

    # Totals first: what a judge or caseworker reads before the rows.
    story.append(p(both("total"), h2))
    show_credit = any(t.credit for t in statement.by_currency)
    columns = ("currency", "total_due", "total_paid", "principal_outstanding",
               "interest_outstanding", "total_outstanding") + (("credit",) if show_credit else ())
    data: list[list[Any]] = [[p(both(k), small) for k in columns]]

    def figures(t: Totals, name: str) -> list[Any]:
        values = [name, str(t.total_due), str(t.total_paid), str(t.principal_outstanding),
                  str(t.interest_outstanding), str(t.total_outstanding)]
        return values + ([str(t.credit)] if show_credit else [])

    for t in statement.by_currency:
        data.append(figures(t, t.currency))
    if statement.total is not None and statement.total_conversions:
        data.append(figures(statement.total, f"{statement.total.currency} *"))
    totals = Table(data, hAlign="LEFT",
                   colWidths=[22 * mm] + [38 * mm] * (len(columns) - 1))
    totals.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONT", (5, 1), (5, -1), font, 9.5),
    ]))
    story.append(totals)
    for c in statement.total_conversions:
        story.append(p(f"* {c.explain(lang)}", small))
    if statement.if_unknown_counted is not None:
        u = statement.if_unknown_counted
        story.append(p(f"{both('if_unknown')}: {u.total_outstanding} {u.currency}", base))

    # A table longer than a page cannot be kept with its heading (reportlab would push both
    # to the next page and leave page 1 blank): keep a few rows' room instead, and let the
    # table split with its header row repeated.
    story.append(CondPageBreak(35 * mm))
    story.append(p(("Installments / 分期明细"),
                   ParagraphStyle("h2_table", parent=h2, keepWithNext=0)))
    keys = ("period", "due_date", "amount_due", "payments", "paid", "shortfall", "days_late",
            "interest", "status")
    rows: list[list[Any]] = [[p(both(k) + (f" ‖ {both('arithmetic')}" if k == "payments" else ""),
                                small) for k in keys]]
    for r in statement.rows:
        i = r.installment
        rows.append([p(i.label_in(lang), label_style), i.due_date.isoformat(),
                     f"{i.amount} {i.currency}",
                     p("\n".join(t for t in (payments_text(r.applications, lang),
                                             interest_text(r, lang) if r.interest else "") if t)
                       .replace("\n", " ‖ "), small), str(r.principal_paid),
                     str(r.shortfall), str(r.days_late), str(r.interest),
                     p(label(STATUS[r.status], lang), small)])
    widths = [22, 20, 26, 90, 21, 21, 18, 20, 22]
    table = LongTable(rows, repeatRows=1, colWidths=[w * mm for w in widths])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (4, 1), (7, -1), "RIGHT"),
        ("ALIGN", (2, 1), (2, -1), "RIGHT"),
    ]))
    for n, r in enumerate(statement.rows, start=1):
        if r.shortfall:
            table.setStyle(TableStyle([("BACKGROUND", (5, n), (5, n),
                                        colors.HexColor("#FCE8E6"))]))
    story.append(table)

    if statement.payments:
        story.append(p(both("payments_counted"), h2))
        pay_rows: list[list[Any]] = [[p(both(k), small) for k in (
            "date", "payer", "amount", "counted_as", "proof")]]
        for b in statement.payments:
            counted = f"{b.amount} {b.currency}"
            if b.conversion is not None:
                counted += f" ({conversion_text(b.conversion, lang)})"
            who = f"{ref_text(b.ref, lang)} · {label('payer.' + b.payer, lang)}"
            pay_rows.append([b.date.isoformat(), p(who, small),
                             f"{b.original_amount} {b.original_currency}", p(counted, small),
                             p(b.proof or "—", small)])
        pay_table = LongTable(pay_rows, repeatRows=1, hAlign="LEFT",
                              colWidths=[w * mm for w in (24, 50, 32, 80, 60)])
        pay_table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), font, 7.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (2, 1), (2, -1), "RIGHT"),
        ]))
        story.append(pay_table)

    for heading, notes in statement.note_sections():
        story.append(p(both(heading), h2))
        for n_ in notes:
            story.append(KeepTogether([p(f"• {n_.text(lang)}", base),
                                       p(f"  {n_.text(other)}", small)]))
    if statement.reconciliation:
        story.append(p(both("reconciliation"), h2))
        for rc in statement.reconciliation:
            verdict = both("matches" if rc.matches else "differs")
            story.append(p(f"• {rc.date.isoformat()} {rc.source}: {rc.asserted} {rc.currency}"
                           f" — {both('ledger')} {rc.ledger} ({verdict})", base))
            for e in rc.explanations:
                story.append(p(f"    – {e.text(lang)}", small))
    story.append(p(both("rules"), h2))
    for rule in statement.rules:
        block = [p(f"• {rule.id} — {rule.title_en} / {rule.title_zh} "
                   f"({rule_status_word(rule.status, lang)} / {rule_status_word(rule.status, other)})", base),
                 p("  " + "; ".join(rule.cited(lang)), small)]
        if rule.cited(other) != rule.cited(lang):
            block.append(p("  " + "; ".join(rule.cited(other)), small))
        for in_lang in (lang, other) if rule.parameters else ():
            block.append(p("  " + rule.parameters_text(in_lang), small))
        for caveat in rule.caveats:
            block.append(p(f"  {both('caveat')}: {caveat.text(lang)} / {caveat.text(other)}",
                           small))
        story.append(KeepTogether(block))

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=14 * mm,
                            title=f"{LABELS['title'][0]} — {statement.title}",
                            author="supportcase")
    doc.build(story, canvasmaker=_numbered_canvas(font))
    return out.getvalue()
