"""CLI for advice and drafting: the next-step checklist, drafts and the evidence bundle."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from supportcase.cli.options import date_or_today
from supportcase.errors import UserError

if TYPE_CHECKING:
    from supportcase.drafting.document import DraftDocument


def _as_of(value: str | None) -> dt.date:
    return date_or_today(value, "--as-of")


def _find_original(folder: Path, document: object) -> bytes | None:
    """The original of a case document in `folder`: by file name, then by id (any extension)."""
    names = [getattr(document, "filename", None)]
    candidates = [folder / n for n in names if n]
    doc_id = str(getattr(document, "id", ""))
    candidates += sorted(p for p in folder.glob(f"{doc_id}.*") if p.is_file()) if doc_id else []
    for path in candidates:
        if path.is_file():
            data: bytes = path.read_bytes()
            return data
    return None


def _summary(doc: DraftDocument, output: Path) -> dict[str, object]:
    return {"kind": doc.kind, "language": doc.lang, "filing_copy": doc.filing_copy,
            "output": str(output), "placeholders": doc.placeholders(),
            "refused_clues": len(doc.refused)}


def register(app: typer.Typer) -> None:
    """Add this area's commands to the app."""

    @app.command("checklist")
    def checklist(
        case: str = typer.Argument(..., metavar="CASEFILE|CASE_ID",
                                   help="A case file (.yaml) or a stored case id."),
        lang: str = typer.Option("both", "--lang", help="en, zh or both."),
        as_of: str | None = typer.Option(None, "--as-of", help="Date of the checklist "
                                         "(default today)."),
        json_out: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
    ) -> None:
        """Next-step checklist and questions for counsel, in English and Chinese.

        Example: supportcase checklist demo_case.yaml --lang both
        """
        from supportcase.advice.checklist import build_checklist
        from supportcase.advice.questions import questions_for_counsel, questions_to_text
        from supportcase.cli.loading import load_case
        from supportcase.cli.output import language, print_json
        from supportcase.drafting.sources import gather

        lang = language(lang, ("en", "zh", "both"))
        casefile, _ = load_case(case)
        sources = gather(casefile, _as_of(as_of))
        result = build_checklist(casefile, sources)
        questions = questions_for_counsel(casefile, sources)
        if json_out:
            data = result.to_json()
            data["questions"] = [q.to_json() for q in questions]
            print_json(data)
            return
        typer.echo(result.to_text(lang))  # type: ignore[arg-type]
        typer.echo(questions_to_text(questions, lang))  # type: ignore[arg-type]

    @app.command("draft")
    def draft(
        kind: str = typer.Argument(..., help="Draft kind (see --list)."),
        case: str = typer.Argument(None, metavar="CASEFILE|CASE_ID",
                                   help="A case file (.yaml) or a stored case id."),
        lang: str | None = typer.Option(None, "--lang", help="zh or en (default: the "
                                        "filing language for this kind)."),
        output: Path = typer.Option(None, "-o", "--output",
                                    help="FILE.docx or FILE.pdf (a folder for 'all')."),
        as_of: str | None = typer.Option(None, "--as-of", help="Date of the figures "
                                         "(default today)."),
        json_out: bool = typer.Option(False, "--json", help="Print a JSON summary."),
    ) -> None:
        """Render a draft (application for enforcement, arrears statement, ...) to DOCX or PDF.

        Kinds: enforcement_application, recognition_application, arrears_statement, asset_memo,
        demand_letter, counsel_email, service_sheet, evidence_list, dispute_letter, hague_sheet;
        `all` writes every kind (filing copy and translation, DOCX and PDF) into the folder
        given by -o.

        Example: supportcase draft enforcement_application demo_case.yaml --lang zh -o app.pdf
        """
        from supportcase.cli.loading import load_case
        from supportcase.cli.output import os_error, print_json, write_file
        from supportcase.drafting.kinds import KINDS, kind_spec
        from supportcase.drafting.render import draft_bytes, render_draft

        if kind == "list" or case is None:
            for k in KINDS.values():
                typer.echo(f"{k.id:26} {k.title_en} / {k.title_zh} (files in {k.filing_lang})")
            return
        if output is None:
            raise UserError("give -o FILE.docx or -o FILE.pdf (for 'all': -o FOLDER)")
        casefile, _ = load_case(case)
        when = _as_of(as_of)
        if kind == "all":
            from supportcase.drafting.sources import gather

            # Every kind: the filing copy and its translation, each as DOCX and PDF.
            try:
                output.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise os_error(output, exc, "cannot make the folder", "无法创建文件夹") from None
            sources = gather(casefile, when)
            summaries = []
            for spec_id in KINDS:
                for code in ("zh", "en"):
                    doc = render_draft(spec_id, casefile, lang=code, as_of=when,
                                       sources=sources)
                    for suffix in (".pdf", ".docx"):
                        write_file(output / f"{spec_id}.{code}{suffix}",
                                   draft_bytes(doc, suffix))
                    summaries.append(_summary(doc, output / f"{spec_id}.{code}.pdf"))
            if json_out:
                print_json(summaries)
                return
            typer.echo(f"wrote {len(summaries) * 2} files to {output}/ "
                       f"({len(KINDS)} kinds; filing copy and translation, DOCX and PDF)")
            return
        spec = kind_spec(kind)
        if output.suffix.lower() not in {".docx", ".pdf"}:
            raise UserError(f"{output}: choose a .docx or .pdf file name")
        doc = render_draft(spec.id, casefile, lang=lang, as_of=when)
        write_file(output, draft_bytes(doc, output.suffix))
        if json_out:
            print_json(_summary(doc, output))
            return
        role = "filing copy" if doc.filing_copy else "translation (companion, not for filing)"
        typer.echo(f"wrote {output} — {spec.title_en} ({doc.lang}, {role}); "
                   f"{len(doc.placeholders())} placeholder(s) to fill")
        if doc.refused:
            from supportcase.advice.checklist import UNLAWFUL_REASON

            typer.echo(f"left out {len(doc.refused)} clue(s) obtained unlawfully: "
                       + "; ".join(doc.refused))
            typer.echo(UNLAWFUL_REASON.en)
            typer.echo(UNLAWFUL_REASON.zh)

    @app.command("bundle")
    def bundle(
        case: str = typer.Argument(..., metavar="CASEFILE|CASE_ID",
                                   help="A case file (.yaml) or a stored case id."),
        output: Path = typer.Option(..., "-o", "--output", help="FILE.pdf"),
        originals: Path | None = typer.Option(
            None, "--originals", help="Folder holding the original files (matched by the "
            "document's filename or id); stored cases use the store's originals."),
        lang: str = typer.Option("zh", "--lang", help="Language of the index page (zh or en)."),
        with_arrears: bool = typer.Option(
            True, "--with-arrears/--no-arrears",
            help="Add the arrears statement (from the ledger) as the last exhibit, as the "
            "evidence list numbers it."),
        as_of: str | None = typer.Option(None, "--as-of", help="Date of the arrears figures "
                                         "(default today)."),
        json_out: bool = typer.Option(False, "--json", help="Print a JSON summary."),
    ) -> None:
        """Evidence bundle: originals merged in order, stamped with exhibit and page, bookmarked.

        Originals are found in --originals (default: the case file's folder) by the document's
        filename or id (judgment.pdf, bank-2023.jpg, ...); stored cases use the store.

        Example: supportcase bundle demo_case.yaml --originals ./docs -o bundle.pdf
        """
        from supportcase.cli.loading import load_case
        from supportcase.cli.output import print_json, write_file
        from supportcase.drafting.bundle import build_bundle, with_arrears_statement

        if lang not in {"zh", "en"}:
            raise UserError(f"--lang {lang!r}: choose zh or en")
        casefile, case_id = load_case(case)
        if originals is not None and not originals.is_dir():
            raise UserError(f"--originals {originals}: not a folder")
        if case_id is not None and originals is None:
            from supportcase.store import open_store

            with open_store() as store:
                files = [(d, store.blobs.get(d.sha256) if d.sha256 and store.blobs.has(d.sha256)
                          else None) for d in casefile.documents]
        else:
            folder = originals or Path(case).parent
            files = [(d, _find_original(folder, d)) for d in casefile.documents]
        if with_arrears:
            files = with_arrears_statement(casefile, files, lang=lang, as_of=_as_of(as_of))
        result = build_bundle(casefile, files, lang=lang)
        write_file(output, result.pdf)
        if json_out:
            print_json(result.summary())
            return
        typer.echo(f"wrote {output} — {len(result.exhibits)} exhibit(s), {result.pages} page(s)")
        for skipped in result.skipped:
            typer.echo(f"  not included: {skipped}")
