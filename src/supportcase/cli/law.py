"""CLI for the law area: rules, statute text, citation checks, deadlines and the route.

`supportcase law list|show|cite|check`, and the top-level `supportcase deadlines` and
`supportcase route` commands. Heavy imports stay inside the commands.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import typer

from supportcase.cli.options import parse_date
from supportcase.errors import UserError

law_app = typer.Typer(name="law", help="Legal rules, statute text and citation checks.\n\n"
                      "Example: supportcase law cite \"民事诉讼法 250\"",
                      no_args_is_help=True)


def _date(value: str | None, what: str) -> dt.date | None:
    return parse_date(value, what)


@law_app.command("list")
def list_rules(
    topic: str | None = typer.Option(None, "--topic", help="Only rules of this topic or id "
                                     "prefix (e.g. remedies, deadlines, cn.enforcement)."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
    lang: str = typer.Option("en", "--lang", help="en or zh."),
) -> None:
    """List the legal rules (id, status, title, citation).

    Example: supportcase law list --topic remedies
    """
    from supportcase.cli.output import console, language, print_json
    from supportcase.law.rules import default_rulebook

    lang = language(lang)
    book = default_rulebook()
    rules = book.by_topic(topic) if topic else list(book)
    if topic and not rules:
        raise UserError(f"no rules with topic '{topic}' (topics: "
                        f"{', '.join(sorted({r.topic for r in book}))})")
    if json_out:
        print_json([{"id": r.id, "topic": r.topic, "jurisdiction": r.jurisdiction,
                     "status": r.status, "title": r.title.model_dump(),
                     "citation": r.citation.label(), "effective_from": r.effective_from,
                     "effective_until": r.effective_until} for r in rules])
        return
    from rich.table import Table

    table = Table("id", "status", "title", "citation", show_lines=False)
    for r in rules:
        table.add_row(r.id, r.status, r.title.zh if lang == "zh" else r.title.en,
                      r.citation.label())
    console().print(table)


@law_app.command("show")
def show_rule(
    rule_id: str = typer.Argument(..., metavar="RULE_ID"),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
    on: str | None = typer.Option(None, "--on", help="Show the parameters in force on this "
                                  "date (default: today)."),
) -> None:
    """Show one rule: summary in both languages, citation, sources, versions, caveats.

    Example: supportcase law show cn.enforcement.application_period
    """
    from supportcase.cli.output import console, print_json
    from supportcase.law.rules import default_rulebook

    rule = default_rulebook().get(rule_id)
    day = _date(on, "--on") or dt.date.today()
    if json_out:
        data = rule.model_dump(mode="json", by_alias=True)
        version = rule.version_on(day)
        data["in_force_on"] = {"date": day, "parameters": version.parameters if version else None}
        print_json(data)
        return
    con = console()
    con.print(f"[bold]{rule.id}[/bold]  ({rule.jurisdiction}, {rule.topic}, {rule.status})")
    con.print(f"[bold]{rule.title.en}[/bold] / {rule.title.zh}")
    con.print(rule.summary.en, markup=False)
    con.print(rule.summary.zh, markup=False)
    con.print(f"Citation: {rule.citation_on(day).label()}", markup=False)
    for extra in rule.also_cites:
        con.print(f"  also: {extra.label()}", markup=False)
    for source in rule.sources:
        con.print(f"Source: {source.title}" + (f" <{source.url}>" if source.url else ""),
                  markup=False)
        if source.quote:
            con.print(f"  「{source.quote}」", markup=False)
    for reading in rule.readings:
        con.print(f"Reading: {reading.en} / {reading.zh}", markup=False)
    for caveat in rule.caveats:
        con.print(f"Caveat: {caveat.en} / {caveat.zh}", markup=False)
    for version in rule.versions:
        until = version.until.isoformat() if version.until else "…"
        con.print(f"Version {version.from_date.isoformat()} – {until}: {version.parameters}"
                  + (f" ({version.citation.label()})" if version.citation else ""), markup=False)


@law_app.command("cite")
def cite(
    reference: str = typer.Argument(..., metavar="REFERENCE",
                                    help='e.g. "民事诉讼法 250", "CPL 250", "第二百五十条".'),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Print an article of PRC law from the statute database.

    Example: supportcase law cite "Civil Procedure Law art. 250"
    """
    from supportcase.cli.output import console, print_json
    from supportcase.law import statutes

    art = statutes.cite(reference)
    if json_out:
        print_json({"law": art.law.name, "law_en": art.law.name_en, "article": art.number,
                    "label": art.label, "version": art.law.version,
                    "in_force_from": art.law.in_force_from, "chapter": art.chapter,
                    "section": art.section, "text": art.text, "citation": art.citation("zh")})
        return
    con = console()
    since = art.law.in_force_from.isoformat() if art.law.in_force_from else "date unknown"
    con.print(f"[bold]{art.citation('zh')}[/bold]  ({art.law.version}, in force from {since})")
    if art.chapter:
        con.print(" ".join(filter(None, [art.chapter, art.section])), markup=False)
    con.print(art.text, markup=False)


@law_app.command("check")
def check(
    source: str = typer.Argument(..., metavar="FILE|TEXT",
                                 help="A text file (UTF-8) or the text itself."),
    on: str | None = typer.Option(None, "--on", help="Date of the document the text comes "
                                  "from (e.g. a judgment's date)."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any citation is not "
                                "valid or valid for its date."),
) -> None:
    """Check every citation in a text: valid, valid as of its date, outdated, not found.

    FILE may be plain text, a PDF, a Word file, a scan or an e-mail (read as intake reads it).

    Example: supportcase law check judgment.pdf --on 2018-05-02
    """
    from supportcase.cli.output import console, print_json
    from supportcase.law.citations import check_text

    path = Path(source)
    text = source
    if _meant_as_file(source) and not path.is_file():
        # Checked as text it would find "no citations": misleading for a mistyped file name.
        raise UserError(f"{source}: no such file (to check a text, give the text itself)")
    if len(source) < 1024 and "\n" not in source and path.is_file():
        if path.suffix.lower() in (".txt", ".md", ".text", ""):
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise UserError(f"{path}: not UTF-8 text", zh=f"{path}：不是 UTF-8 文本") from None
        else:  # a PDF, Word file, scan or e-mail: read it the way intake does (OCR if needed)
            from supportcase.intake.readers import read_bytes

            documents = read_bytes(path.name, path.read_bytes())
            text = "\n".join(doc.text for doc in documents)
    checks = check_text(text, on=_date(on, "--on"))
    if json_out:
        print_json([c.to_dict() for c in checks])
    else:
        con = console()
        if not checks:
            con.print("No citations found.")
        colours = {"valid": "green", "valid_as_of_its_date": "yellow", "outdated": "red",
                   "not_found": "red", "unverifiable": "magenta"}
        for c in checks:
            con.print(f"[{colours[c.status]}]{c.status:<21}[/] {c.text}", highlight=False)
            con.print(f"    {c.note}", markup=False)
            if c.replaced_by:
                con.print(f"    → {c.replaced_by}", markup=False)
    if strict and any(not c.ok for c in checks):
        raise typer.Exit(1)


@law_app.command("country")
def show_country(
    code: str = typer.Argument(..., metavar="CODE", help="ISO code (DE, AU), HK, MO, TW or US-CA."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Treaty facts for one country: Hague 2007 (and with the US), FRC, PRC arrangement, Apostille.

    Example: supportcase law country DE
    """
    from supportcase.cli.output import console, print_json
    from supportcase.law.countries import country

    entry = country(code)
    if json_out:
        data = entry.to_dict()
        data["convention_with_us_today"] = entry.convention_with_us(dt.date.today())
        print_json(data)
        return

    def yes(value: bool | None) -> str:
        return "unknown" if value is None else ("yes" if value else "no")

    con = console()
    con.print(f"[bold]{entry.name}[/bold] / {entry.name_zh} ({entry.code}), as of "
              f"{entry.as_of.isoformat()}", highlight=False)
    since = f" from {entry.hague_with_us_from.isoformat()}" if entry.hague_with_us_from else ""
    con.print(f"Hague 2007 party: {yes(entry.hague_party)}"
              + (f" (in force {entry.hague_in_force.isoformat()})" if entry.hague_in_force else "")
              + f"; in force with the US: {yes(entry.hague_with_us)}{since}"
              + (" — the US objected" if entry.hague_us_objection else "")
              + f" [{entry.hague_status}]", markup=False)
    if entry.hague_note:
        con.print(f"  {entry.hague_note}", markup=False)
    con.print(f"US foreign reciprocating country: {yes(entry.us_frc)}"
              + (f" ({entry.us_frc_note})" if entry.us_frc_note else ""), markup=False)
    if entry.prc_arrangement:
        con.print(f"PRC arrangement: {entry.prc_arrangement} — {entry.prc_scope}", markup=False)
    con.print(f"Apostille: {yes(entry.apostille)}"
              + (f" [{entry.apostille_status}]" if entry.apostille_status else ""), markup=False)
    if entry.notes:
        con.print(entry.notes, markup=False)
    con.print(f"Sources: {entry.hague_source}; {entry.us_frc_source}", markup=False)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the app."""
    app.add_typer(law_app, name="law")

    @app.command("deadlines")
    def deadlines(
        case_ref: str = typer.Argument(..., metavar="CASEFILE|CASE_ID"),
        # --as-of as the other dated commands write it; --today as it was first named.
        today: str | None = typer.Option(None, "--as-of", "--today", help="Compute as of this "
                                         "date (default: today)."),
        ics: Path | None = typer.Option(None, "--ics", help="Also write an iCalendar file "
                                        "with reminders 30, 7 and 1 day before."),
        json_out: bool = typer.Option(False, "--json", help="Print JSON."),
        lang: str = typer.Option("en", "--lang", help="en or zh."),
    ) -> None:
        """Every running deadline of a case, with its rule, dates used and what stops it.

        Example: supportcase deadlines case.yaml --ics deadlines.ics
        """
        from supportcase.cli.loading import load_case
        from supportcase.cli.output import console, language, print_json, write_file
        from supportcase.law.deadlines import STATUS_WORDS, compute, to_ics

        lang = language(lang)
        case, _ = load_case(case_ref)
        day = _date(today, "--as-of") or dt.date.today()
        results = compute(case, day)
        if ics is not None:
            write_file(ics, to_ics(results, case_title=case.case.title))
        if json_out:
            print_json({"as_of": day, "deadlines": [d.to_dict() for d in results]})
            return
        con = console()
        zh = lang == "zh"
        if not results:
            con.print("无法根据本案件文件计算任何期限。" if zh else
                      "No deadlines could be computed from this case file.")
        for d in results:
            due = d.due.isoformat() if d.due else "—"
            status = STATUS_WORDS[d.status][1 if zh else 0]
            con.print(f"[bold]{due}[/bold]  {d.title_zh if zh else d.title} — {status}",
                      highlight=False)
            # An entered deadline without a rule id (or whose rule is its citation) gives
            # only its citation.
            con.print(f"    {d.rule_and_citation(lang)}", markup=False)
            con.print(f"    {d.computation_zh if zh and d.computation_zh else d.computation}",
                      markup=False)
            note = d.note_zh if lang == "zh" and d.note_zh else d.note
            if note:
                con.print(f"    {note}", markup=False)
            for stop in d.stops_or_restarts_zh if zh else d.stops_or_restarts:
                con.print(f"    - {stop}", markup=False)
        if ics is not None:
            con.print(f"Calendar written to {ics}")

    @app.command("route")
    def route(
        case_ref: str = typer.Argument(..., metavar="CASEFILE|CASE_ID"),
        json_out: bool = typer.Option(False, "--json", help="Print JSON."),
        lang: str = typer.Option("en", "--lang", help="en or zh."),
        today: str | None = typer.Option(None, "--as-of", "--today",
                                         help="Plan as of this date (default: today)."),
    ) -> None:
        """Ranked enforcement routes: authority, steps, documents, deadlines, remedies, risks.

        Example: supportcase route case.yaml --lang zh
        """
        from supportcase.cli.loading import load_case
        from supportcase.cli.output import console, language, print_json
        from supportcase.law.route import plan

        lang = language(lang)
        case, _ = load_case(case_ref)
        result = plan(case, today=_date(today, "--as-of")).to_json(lang)
        if json_out:
            print_json(result)
            return
        _print_plan(console(), result, lang)


def _print_plan(con: Any, data: dict[str, Any], lang: str) -> None:
    from supportcase.law.deadlines import STATUS_WORDS

    zh = lang == "zh"
    colon = "：" if zh else ": "  # a Chinese line takes the full-width colon
    inst = data["instrument"]
    con.print(f"[bold]{'文书' if zh else 'Instrument'}{colon}[/bold]{inst['title_local']} "
              f"({inst['origin']})", highlight=False)
    for item in inst["missing_zh" if zh else "missing"]:
        con.print(f"  ! {item}", markup=False)
    for warning in data["warnings"]:
        con.print(f"[yellow]! {warning['text']}[/yellow]", highlight=False)
    for n, r in enumerate(data["routes"], start=1):
        con.print(f"\n[bold]{n}. {r['title']}[/bold] — {r['certainty_text']}", highlight=False)
        con.print(f"   {'机关' if zh else 'Authority'}{colon}{r['authority']}", markup=False)
        for s, step in enumerate(r["steps"], start=1):
            cites = "; ".join(step["citations"])
            con.print(f"   {s}. {step['text']}" + (f"  [{cites}]" if cites else ""), markup=False)
        if r["documents"]:
            con.print(f"   {'材料' if zh else 'Documents'}{colon.strip()}", markup=False)
            for doc in r["documents"]:
                con.print(f"    - {doc['text']}", markup=False)
        for d in r["deadlines"]:
            con.print(f"   {'期限' if zh else 'Deadline'}{colon}{d.get('due') or '—'} "
                      f"{d['title_zh'] if zh else d['title']} — "
                      f"{STATUS_WORDS[d['status']][1 if zh else 0]}", markup=False)
        available = [m["title_local"] for m in r["remedies"] if m["available"]]
        if available:
            con.print(f"   {'可用措施' if zh else 'Remedies'}{colon}{('、' if zh else ', ').join(available)}",
                      markup=False)
        for risk in r["risks"]:
            con.print(f"   {'风险' if zh else 'Risk'}{colon}{risk['text']}", markup=False)
    con.print(f"\n[bold]{'另行处理的事项' if zh else 'Separate matters'}{colon.strip()}[/bold]")
    for matter in data["separate_matters"]:
        con.print(f" - {matter['text']}", markup=False)
    con.print(data["never_promises_collection"]["text"], markup=False)


_DOCUMENT_SUFFIXES = (".txt", ".md", ".text", ".pdf", ".docx", ".doc", ".eml", ".msg",
                      ".html", ".htm", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic",
                      ".zip")


def _meant_as_file(source: str) -> bool:
    """A single word that names a document or a path, not a text with a citation in it."""
    word = source.strip()
    return bool(word) and not any(ch.isspace() for ch in word) and (
        word.lower().endswith(_DOCUMENT_SUFFIXES) or word.startswith(("/", "./", "../", "~")))
