"""CLI: `supportcase arrears` — the arrears statement of a case file or a stored case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from supportcase.cli.options import date_or_today


def _as_of(value: str) -> Any:
    return date_or_today(value, "--as-of")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the app."""

    @app.command("arrears")
    def arrears(
        case_ref: str = typer.Argument(..., metavar="CASEFILE|CASE_ID",
                                       help="A case file (.yaml) or a stored case id."),
        as_of: str = typer.Option(..., "--as-of", help="Compute the arrears as of this date "
                                  "(YYYY-MM-DD)."),
        json_out: bool = typer.Option(False, "--json", help="Print the statement as JSON."),
        csv_path: Path | None = typer.Option(None, "--csv", help="Write the rows as CSV."),
        xlsx_path: Path | None = typer.Option(None, "--xlsx", help="Write a formatted XLSX."),
        pdf_path: Path | None = typer.Option(None, "--pdf", help="Write a bilingual PDF."),
        md_path: Path | None = typer.Option(None, "--md", help="Write Markdown."),
        lang: str = typer.Option("en", "--lang", help="Language of the output: en or zh."),
        rates: Path | None = typer.Option(None, "--rates", help="CSV rate table "
                                          "date,pair,rate,source (e.g. PBOC central parity); "
                                          "overrides the case file's and the ECB rates."),
        currency: str | None = typer.Option(None, "--currency",
                                            help="Report currency for the totals."),
    ) -> None:
        """Arrears statement: every installment, payment, conversion and interest figure.

        Example: supportcase arrears case.yaml --as-of 2026-11-01 --pdf arrears.pdf --lang zh
        """
        from supportcase.casefile.reasons_zh import message_zh
        from supportcase.cli.loading import load_case
        from supportcase.cli.output import (
            console,
            language,
            print_json,
            read_saved_text,
            write_file,
        )
        from supportcase.errors import UserError
        from supportcase.fx import parse_rate_csv
        from supportcase.ledger import build_statement
        from supportcase.money import check_currency

        lang = language(lang)
        day = _as_of(as_of)
        case, case_id = load_case(case_ref)
        table = None
        if rates is not None:
            text = read_saved_text(rates, "rate table", "汇率表")
            table = parse_rate_csv(text, source=str(rates))
        report = None
        if currency:
            try:
                report = check_currency(currency)
            except ValueError as exc:
                raise UserError(str(exc), zh=message_zh(str(exc))) from None
        statement = build_statement(case, day, rate_table=table, report_currency=report)
        if csv_path:
            from supportcase.ledger.render_csv import statement_csv

            write_file(csv_path, statement_csv(statement, lang))
        if xlsx_path:
            from supportcase.ledger.render_xlsx import statement_xlsx

            write_file(xlsx_path, statement_xlsx(statement, lang))
        if md_path:
            from supportcase.ledger.render_markdown import statement_markdown

            write_file(md_path, statement_markdown(statement, lang))
        if pdf_path:
            from supportcase.ledger.render_pdf import statement_pdf

            write_file(pdf_path, statement_pdf(statement, lang))
        if json_out:
            print_json(statement.to_json())
            return
        unknown = [n.ref for n in statement.questions if n.code == "unknown_kind" and n.ref]
        _print_summary(console(), statement, lang,
                       _how_to_answer(unknown[0], case_id, lang) if unknown else None)
        for path in (csv_path, xlsx_path, md_path, pdf_path):
            if path:
                console().print(f"已写入 {path}" if lang == "zh" else f"wrote {path}")


def _how_to_answer(ref: str, case_id: str | None, lang: str) -> str:
    """How to say what a payment of unknown kind was meant as, from where the case lives."""
    if case_id is None:
        return ("回答方式：在案件文件中把该付款的 kind 改为 performance、gift 或 loan。"
                if lang == "zh" else "To answer: set the payment's kind in the case file to "
                "performance, gift or loan.")
    command = f'supportcase case mark-payment {case_id} "{ref}" performance|gift|loan'
    return f"回答方式：{command}" if lang == "zh" else f"To answer: {command}"


def _print_summary(con: Any, st: Any, lang: str, answer: str | None) -> None:
    from rich.table import Table

    from supportcase.ledger.labels import label

    zh = lang == "zh"
    con.print(f"[bold]{label('title', lang)}[/bold] — {st.title}")
    con.print(f"{label('as_of', lang)}: {st.as_of.isoformat()}")
    table = Table(show_header=True)
    for key in ("period", "due_date", "amount_due", "paid", "shortfall", "days_late",
                "interest"):
        if key == "period":
            table.add_column(label(key, lang), max_width=14, overflow="fold")
        else:
            table.add_column(label(key, lang), justify="right", no_wrap=True)
    for r in st.rows:
        if r.shortfall == 0 and r.interest == 0:
            continue
        table.add_row(r.installment.label_in(lang), r.installment.due_date.isoformat(),
                      str(r.installment.amount), str(r.principal_paid), str(r.shortfall),
                      str(r.days_late), str(r.interest))
    con.print(table)
    paid_rows = sum(1 for r in st.rows if r.shortfall == 0 and r.interest == 0)
    if paid_rows:
        con.print(label("paid_on_time_hidden", lang).format(n=paid_rows))
    for t in st.by_currency:
        con.print(f"[bold]{t.currency}[/bold] {label('total_due', lang)} {t.total_due} · "
                  f"{label('total_paid', lang)} {t.total_paid} · "
                  f"{label('principal_outstanding', lang)} {t.principal_outstanding} · "
                  f"{label('interest_outstanding', lang)} {t.interest_outstanding} · "
                  f"[bold]{label('total_outstanding', lang)} {t.total_outstanding}[/bold]")
    if st.total is not None and (len(st.by_currency) > 1 or
                                 st.by_currency[0].currency != st.total.currency):
        con.print(f"[bold]{label('total_outstanding', lang)} ({st.total.currency}): "
                  f"{st.total.total_outstanding}[/bold]")
    if st.if_unknown_counted is not None:
        con.print(label("if_unknown", lang) + f": {st.if_unknown_counted.total_outstanding} "
                  f"{st.if_unknown_counted.currency}")
    for heading, notes in st.note_sections():
        con.print(f"[bold]{label(heading, lang)}[/bold]")
        for n in notes:
            con.print(f"  • {n.zh if zh else n.en}", markup=False)
        if heading == "questions" and answer:
            con.print(f"  {answer}", markup=False)
    for rc in st.reconciliation:
        mark = "✓" if rc.matches else "✗"
        con.print(f"{mark} {rc.source} {rc.date.isoformat()}: {rc.asserted} {rc.currency} "
                  f"({label('ledger', lang)} {rc.ledger})")
        for e in rc.explanations:
            con.print(f"    – {e.zh if zh else e.en}", markup=False)
    con.print(f"[bold]{label('rules', lang)}[/bold]")
    for rule in st.rules:
        con.print(f"  {rule.id}: {'; '.join(rule.cited(lang))}", markup=False)
