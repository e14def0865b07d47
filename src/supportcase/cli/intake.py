"""`supportcase review`: read a parent's documents and show what they prove.

The front door of the product: give it the judgment PDF, the photo of the mediation
statement, the forwarded e-mail, and it prints what each document is, the parties and who
pays whom, the money, the dates and time limits, and which facts are proven by the text and
which are still to check. With `--case` the originals and the facts are stored on the case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

LABELS = {
    "en": {"documents": "Documents", "file": "File", "type": "Type", "court": "Court",
           "case_number": "Case number", "parties": "Parties", "pays": "pays",
           "receives": "receives", "money": "Money", "support": "Support", "arrears":
           "Arrears claimed", "dates": "Dates and time limits", "proven": "Proven by the text",
           "check": "Still to check", "conflicts": "Documents disagree", "warnings":
           "Could not read", "children": "Children", "stored": "Stored on case",
           "none": "nothing recognised", "pages": "pages", "ocr": "OCR",
           "evidence": "Documents read", "unknown_service": "(service date not in the text)",
           "days_from_service": "days from service", "days_as_stated": "days (start as stated)",
           "appeal_period_days": "appeal period",
           "appeal_period_no_domicile_days": "appeal period, no domicile in the PRC",
           "time_limit_days": "time limit", "colon": ": ", "page": "p.{n}",
           "due_day": "day {n}"},
    "zh": {"documents": "文书", "file": "文件", "type": "类型", "court": "法院",
           "case_number": "案号", "parties": "当事人", "pays": "付款方", "receives": "收款方",
           "money": "金额", "support": "抚养费", "arrears": "主张欠款", "dates": "日期与期限",
           "proven": "文书已证明", "check": "尚需核实", "conflicts": "文书之间不一致",
           "warnings": "无法读取", "children": "子女", "stored": "已存入案件",
           "none": "未识别到内容", "pages": "页", "ocr": "OCR识别",
           "evidence": "已读取文书", "unknown_service": "（文书未载明送达日期）",
           "days_from_service": "日，自送达起算；送达日期", "days_as_stated": "日（起算点见原文）",
           "appeal_period_days": "上诉期", "appeal_period_no_domicile_days": "境内无住所当事人上诉期",
           "time_limit_days": "期限", "colon": "：", "page": "第{n}页", "due_day": "{n}日前"},
}


def register(app: typer.Typer) -> None:
    """Add this area's commands to the app."""

    @app.command("review")
    def review(
        files: list[Path] = typer.Argument(..., help="Documents: PDF, image, DOCX, EML, MSG, "
                                           "TXT, HTML, ZIP.", show_default=False,
                                           metavar="FILE"),
        case: str | None = typer.Option(None, "--case", help="Store originals and facts on "
                                        "this case."),
        json_out: bool = typer.Option(False, "--json", help="Print the review as JSON."),
        lang: str = typer.Option("en", "--lang", help="Language of the summary: en or zh."),
        password: str | None = typer.Option(None, "--password",
                                            help="Password for encrypted PDFs."),
        apply: bool = typer.Option(False, "--apply", help="With --case: add the proposed "
                                   "parties, children and obligation to the case (marked "
                                   "assumed until you check them)."),
    ) -> None:
        """Review documents: what each is, who pays whom, the money, dates, proven facts.

        Example: supportcase review judgment.pdf mediation.jpg mail.eml --case 1a2b3c4d
        """
        from supportcase.cli.output import console, language
        from supportcase.config import settings
        from supportcase.errors import UserError
        from supportcase.intake.limits import Limits
        from supportcase.intake.review import Review, review_files

        lang = language(lang, tuple(LABELS))
        if apply and not case:
            raise UserError("--apply needs --case: the proposals go onto a stored case",
                            zh="--apply 需要同时给出 --case：建议要写入一个已保存的案件")
        limits = Limits(max_bytes=settings().max_upload_bytes)
        if case:
            from supportcase.store import open_store

            with open_store() as store:
                store.load_case(case)  # fail before reading anything if the case is unknown
        result = Review()
        loaded: list[tuple[str, bytes]] = []
        for path in files:
            message = _check_path(path, limits.max_bytes)
            if message:
                result.errors.append((str(path), message))
            else:
                loaded.append((str(path), path.read_bytes()))
        progress = _progress(len(loaded))
        try:
            found = review_files(loaded, password=password, limits=limits,
                                 on_file=progress.advance if progress else None)
        finally:
            if progress:
                progress.stop()
        result.extractions += found.extractions
        result.errors += found.errors
        data = result.as_json(lang)
        checklist = None
        if case:
            from supportcase.intake.review import case_conflicts
            from supportcase.store import open_store

            with open_store() as store:
                data["conflicts"] += case_conflicts(result, store.load_case(case))
            data["stored"] = _store(case, result)
            data["proposals"] = _propose(case, data["documents"], apply=apply)
            checklist = _checklist(case)
            if checklist is not None:
                data["next_steps"] = checklist.to_json()
        if json_out:
            from supportcase.cli.output import print_json

            print_json(data)
        else:
            _print(data, LABELS[lang])
            if data.get("proposals"):
                _print_proposals(data["proposals"], lang, applied=apply)
            if checklist is not None:
                console().print("\n" + checklist.to_text(lang), highlight=False, markup=False)
        if not result.extractions:
            raise typer.Exit(1)


def _shown(file: str) -> str:
    """A document's name for people: the file's name, and inside it the attachment's
    (mail.eml/order.pdf), without the folders on the user's disk."""
    path = Path(file)
    for index in range(len(path.parts)):
        if Path(*path.parts[:index + 1]).is_file():
            return "/".join(path.parts[index:])
    return path.name


def _check_path(path: Path, max_bytes: int) -> Any:
    """Why `path` cannot be read (a `Said`), or None."""
    from supportcase.intake.document import Said

    if not path.exists():
        return Said("no such file", "文件不存在")
    if not path.is_file():
        return Said("not a file", "不是文件")
    size = path.stat().st_size
    if size > max_bytes:
        mb, cap = size / 1024 / 1024, max_bytes / 1024 / 1024
        return Said(f"{mb:.1f} MB is over the upload limit of {cap:.0f} MB "
                    "(SUPPORTCASE_MAX_UPLOAD_MB raises it)",
                    f"文件大小 {mb:.1f} MB，超过 {cap:.0f} MB 的上传上限"
                    "（可通过 SUPPORTCASE_MAX_UPLOAD_MB 调高上限）")
    return None


class _Bar:
    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.progress = Progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.description}"),
                                 console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task("", total=total)
        self.progress.start()

    def advance(self, name: str) -> None:
        self.progress.update(self.task, advance=1, description=Path(name).name)

    def stop(self) -> None:
        self.progress.stop()


def _progress(total: int) -> _Bar | None:
    """A bar on stderr for batches (stdout stays clean for --json), only on a terminal."""
    import sys

    if total < 2 or not sys.stderr.isatty():
        return None
    return _Bar(total)


def _checklist(case_id: str) -> Any:
    """The case's next-step checklist (advice), now that the new facts are on it."""
    import datetime as dt

    from supportcase.advice.checklist import build_checklist
    from supportcase.drafting.sources import gather
    from supportcase.store import open_store

    with open_store() as store:
        casefile = store.load_case(case_id)
    return build_checklist(casefile, gather(casefile, dt.date.today()))


def _propose(case_id: str, documents: list[dict[str, Any]], *,
             apply: bool) -> list[dict[str, Any]]:
    """What each document suggests adding to the case (intake.propose); with `apply`, add it.

    Proposals are applied one after another, so a second copy of the same judgment finds
    the first one's obligation and proposes nothing new."""
    from supportcase.intake.propose import propose
    from supportcase.store import open_store

    out: list[dict[str, Any]] = []
    with open_store() as store:
        casefile = store.load_case(case_id)
        changed = False
        for summary in documents:
            proposal = propose(summary, casefile, document_id=str(summary["sha256"])[:12])
            if apply and not proposal.is_empty():
                casefile = proposal.apply(casefile)
                changed = True
            out.append({"file": summary["file"], "applied": apply and not proposal.is_empty(),
                        **proposal.to_json()})
        if changed:
            store.update_case(case_id, casefile, actor="cli")
    return [p for p in out if p["obligation"] or p["obligee"] or p["obligor"] or p["children"]
            or p["interest_regime"] or p["conflicts"] or p["skipped"] or p["notes"]]


def _print_proposals(proposals: list[dict[str, Any]], lang: str, *, applied: bool) -> None:
    from supportcase.casefile.words import fact_word, frequency_word, regime_word
    from supportcase.cli.output import console
    from supportcase.intake.document import Said

    zh = lang == "zh"
    colon = "：" if zh else ": "
    out = console()
    out.print("\n" + ("拟补入案卷的内容（核对原文前均为待核实）" if zh else
                      "Proposed for the case file (assumed until you check them)"),
              style="bold", highlight=False)
    for p in proposals:
        out.print(f"  {_shown(p['file'])}", highlight=False)
        ob = p["obligation"]
        if ob:
            end = ob.get("end")
            frequency = ob.get("frequency", "monthly")
            if zh:
                until = f"，至 {_end_zh(end)}" if end else ""
                out.print(f"    给付义务：{ob['amount']} {ob['currency']}，"
                          f"{frequency_word(frequency, 'zh')}{ob.get('due_day', 1)}日"
                          f"{'前' if ob.get('due_rule') == 'by' else ''}支付，"
                          f"自 {ob['start']} 起{until}", highlight=False, markup=False)
            else:
                out.print(f"    obligation: {ob['amount']} {ob['currency']} {frequency}, "
                          f"{ob.get('due_rule', 'on')} day {ob.get('due_day', 1)}, "
                          f"from {ob['start']}" + (f", until {end}" if end else ""),
                          highlight=False, markup=False)
        for role in ("obligee", "obligor"):
            if p[role]:
                out.print(f"    {fact_word(role, lang) if zh else role}{colon}{p[role]['name']}",
                          highlight=False, markup=False)
        for child in p["children"]:
            out.print(f"    {'子女' if zh else 'child'}{colon}{child['name']} "
                      f"{child.get('birth_date') or ''}", highlight=False, markup=False)
        if p["interest_regime"]:
            regime = regime_word(p["interest_regime"], lang) if zh else p["interest_regime"]
            law = "《中华人民共和国民事诉讼法》第264条" if zh else "CPL 2023 art. 264"
            out.print(f"    {'利息' if zh else 'interest'}{colon}{regime} "
                      + (f"（{law}）" if zh else f"({law})"),
                      highlight=False, markup=False)
        for note in [*p["conflicts"], *p["notes"], *p["skipped"]]:
            out.print(f"    ! {Said.shown(note, lang)}", highlight=False, markup=False)
    if not applied and any(p["obligation"] or p["children"] or p["obligee"] or p["obligor"]
                           for p in proposals):
        out.print("    " + ("加 --apply 写入案卷。" if zh else
                            "Add --apply to put them on the case."), highlight=False)


def _end_zh(end: Any) -> str:
    """A proposed obligation's end for a Chinese reader: a date, or the child's age."""
    if isinstance(end, dict) and "child_age" in end:
        return f"子女年满{end['child_age']}周岁"
    return str(end)


def _store(case_id: str, result: Any) -> list[dict[str, Any]]:
    """Store each read document, then its facts. Everything was read and extracted before
    this runs, so a file that cannot be read leaves nothing behind; a fact already on the
    case (same name, value and document) is not added twice."""
    from supportcase.errors import UserError
    from supportcase.intake.document import Said
    from supportcase.intake.review import case_facts
    from supportcase.store import document_id, open_store

    stored: list[dict[str, Any]] = []
    with open_store() as store:
        for extraction in result.extractions:
            doc = extraction.document
            try:
                before = len(store.load_case(case_id).facts)
                # One transaction: the original, its listing and its facts, or nothing.
                document = store.add_document(
                    case_id, doc.data, title=Path(doc.file).name, actor="cli",
                    filename=_shown(doc.file), media_type=doc.media_type,
                    doc_type=extraction.value("doc_type"), language=extraction.language,
                    pages=len(doc.pages),
                    facts=case_facts(extraction, document_id(doc.data)))
                added = len(store.load_case(case_id).facts) - before
                stored.append({"file": doc.file, "document_id": document.id,
                               "facts": added})
            except UserError as exc:
                result.errors.append((doc.file, Said(exc.say("en"), exc.say("zh"))))
    return stored


def _lang_of(t: dict[str, str]) -> str:
    return "zh" if t is LABELS["zh"] else "en"


def _fact_shown(name: str, value: str, lang: str) -> tuple[str, str]:
    """A fact's name and value as a Chinese reader reads them (文书类型 = 判决书); the
    English keeps the extractor's own names, which a lawyer or a script can look up."""
    if lang != "zh":
        return name, value
    from supportcase.casefile.words import doc_type_word, fact_word, frequency_word

    if name == "doc_type":
        value = doc_type_word(value, "zh")
    elif name == "support.period":
        value = frequency_word(value, "zh")
    elif name == "support.end_condition" and value.startswith("age:"):
        value = "子女年满" + "周岁；高中在读至".join(
            part.split(":")[1] for part in value.split("/")) + "周岁"
    return fact_word(name, "zh"), value


def _overview(out: Any, data: dict[str, Any], t: dict[str, str]) -> None:
    """What a lawyer reads first: the money, the time limits, the evidence in hand."""
    from rich.markup import escape

    docs = data["documents"]
    money = []
    for doc in docs:
        support = doc["support"]
        if support["amount"]:
            period = _fact_shown("support.period", support["period"] or "", _lang_of(t))[1]
            money.append(f"{t['support']} {support['amount']} {support['currency'] or '?'} "
                         f"{period} ({_shown(doc['file'])})")
        if doc["arrears_claimed"]:
            money.append(f"{t['arrears']} {doc['arrears_claimed']} "
                         f"{doc.get('arrears_currency') or ''} ({_shown(doc['file'])})")
    limits = []
    for doc in docs:
        for name, days in doc["time_limits"].items():
            if name.startswith("appeal"):
                served = doc["service_date"] or t["unknown_service"]
                limits.append(f"{t.get(name, name)}{t['colon']}{days} {t['days_from_service']} "
                              f"{served} ({_shown(doc['file'])})")
            else:
                limits.append(f"{t.get(name, name)}{t['colon']}{days} {t['days_as_stated']} "
                              f"({_shown(doc['file'])})")
    kinds = sorted({_fact_shown("doc_type", doc["doc_type"], _lang_of(t))[1]
                    if doc["doc_type"] else "?" for doc in docs})
    out.print(f"\n[bold]{t['money']}[/bold]{t['colon']}"
              + (escape("; ".join(money)) if money else "—"))
    out.print(f"[bold]{t['dates']}[/bold]{t['colon']}"
              + (escape("; ".join(limits)) if limits else "—"))
    out.print(f"[bold]{t['evidence']}[/bold]{t['colon']}{len(docs)} ({escape(', '.join(kinds))})")


def _print(data: dict[str, Any], t: dict[str, str]) -> None:
    import re

    from rich.markup import escape
    from rich.table import Table

    from supportcase.casefile.words import doc_type_word
    from supportcase.cli.output import console

    out = console()
    table = Table(title=t["documents"], show_lines=False)
    for column in ("file", "type", "court", "case_number", "parties", "support"):
        table.add_column(t.get(column, column), overflow="fold")
    for doc in data["documents"]:
        support = doc["support"]
        period = _fact_shown("support.period", support["period"] or "", _lang_of(t))[1]
        money = " ".join(v for v in (support["amount"], support["currency"], period) if v)
        if support["due_day"]:
            money += ", " + t["due_day"].format(n=support["due_day"])
        parties = ""
        if doc["obligor"] or doc["obligee"]:
            parties = f"{doc['obligor'] or '?'} → {doc['obligee'] or '?'}"
        pages = f"{t['pages']}{t['colon']}{doc['pages']}" + (f", {t['ocr']} {doc['ocr_pages']}"
                                                   if doc["ocr_pages"] else "")
        kind = doc_type_word(doc["doc_type"], "zh" if t is LABELS["zh"] else "en") \
            if doc["doc_type"] else "?"
        table.add_row(f"{_shown(doc['file'])}\n[dim]{pages}[/dim]", kind,
                      doc["court"] or "", doc["case_number"] or "", parties, money)
    out.print(table)
    _overview(out, data, t)
    for doc in data["documents"]:
        facts = doc["facts"]
        out.print(f"\n[bold]{_shown(doc['file'])}[/bold]"
                  + ("" if facts else f"  [yellow]{t['none']}[/yellow]"))
        if doc["children"]:
            kids = ", ".join(f"{c['name']} ({c['birth_date'] or '?'})" for c in doc["children"])
            out.print(f"  {t['children']}{t['colon']}{kids}")
        if doc["arrears_claimed"]:
            out.print(f"  {t['arrears']}{t['colon']}{doc['arrears_claimed']}")
        dates = {k: doc[k] for k in ("document_date", "effective_date", "service_date")
                 if doc[k]} | doc["time_limits"]
        if dates:
            out.print(f"  {t['dates']}{t['colon']}" + "; ".join(
                f"{_fact_shown(k, str(v), _lang_of(t))[0]} {v}" for k, v in dates.items()))
        for status, label in (("proven", t["proven"]), ("assumed", t["check"])):
            chosen = [f for f in facts if f["status"] == status]
            if chosen:
                out.print(f"  [green]{label}[/green]" if status == "proven"
                          else f"  [yellow]{label}[/yellow]")
                for f in chosen:
                    quote = re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])",
                                   "", " ".join(f["quote"].split()))
                    quote = quote if len(quote) <= 60 else quote[:59] + "…"
                    name, value = _fact_shown(f["name"], f["value"], _lang_of(t))
                    page = t["page"].format(n=f["page"])
                    out.print(f"    {escape(name)} = {escape(value)}  "
                              f"[dim]{page} «{escape(quote)}»[/dim]", highlight=False)
    if data["conflicts"]:
        out.print(f"\n[bold red]{t['conflicts']}[/bold red]")
        for conflict in data["conflicts"]:
            values = "; ".join(f"{v['value']} ({_shown(v['file'])} "
                               f"{t['page'].format(n=v['page'])})" for v in conflict["values"])
            field = _fact_shown(conflict["field"], "", _lang_of(t))[0]
            out.print(f"  {field}{t['colon']}{values}", highlight=False)
    if data["warnings"]:
        out.print(f"\n[bold yellow]{t['warnings']}[/bold yellow]")
        for warning in data["warnings"]:
            out.print(f"  {warning}", highlight=False, markup=False)
    if data.get("stored"):
        out.print(f"\n{t['stored']}{t['colon']}" + ", ".join(
            f"{Path(s['file']).name} ({s['facts']})" for s in data["stored"]))
