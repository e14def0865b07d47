"""CLI for `ask`: grounded answers about the law and the case, every citation checked."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import typer

from supportcase.cli.options import date_or_today
from supportcase.errors import UserError


def _status(message: str) -> Any:
    """A spinner on stderr while something slow runs (stdout stays clean for --json)."""
    from rich.console import Console

    return Console(stderr=True).status(message)


def _document_pages(casefile: Any, case_ref: str, case_id: str | None) -> tuple[list[Any],
                                                                                 list[str]]:
    """Page texts of the case's documents: stored originals (by case id) or files next to
    the YAML case file. Read once with intake's readers and cached by content hash."""
    from supportcase.advice.ask import DocumentPage
    from supportcase.config import settings

    cache = settings().cache_dir / "ask-pages"
    pages: list[DocumentPage] = []
    warnings: list[str] = []
    store_ctx = None
    if case_id is not None:
        from supportcase.store import open_store

        store_ctx = open_store()
    store = store_ctx.__enter__() if store_ctx is not None else None
    try:
        for document in casefile.documents:
            data: bytes | None = None
            name = document.filename or document.title
            if store is not None and document.sha256 and store.blobs.has(document.sha256):
                data = store.blobs.get(document.sha256)
            elif document.filename and case_id is None:
                path = Path(case_ref).parent / document.filename
                if path.is_file():
                    data = path.read_bytes()
            if data is None:
                continue
            for number, text in _read_pages(name, data, cache, warnings):
                pages.append(DocumentPage(document=document.id, title=document.title,
                                          page=number, text=text))
    finally:
        if store_ctx is not None:
            store_ctx.__exit__(None, None, None)
    return pages, warnings


def _read_pages(name: str, data: bytes, cache: Path, warnings: list[str]) -> list[tuple[int,
                                                                                     str]]:
    import hashlib

    digest = hashlib.sha256(data).hexdigest()
    cached = cache / f"{digest}.json"
    if cached.exists():
        return [(int(n), str(t)) for n, t in json.loads(cached.read_text("utf-8"))]
    try:
        from supportcase.intake.readers import read_bytes

        with _status(f"Reading {name} …"):
            documents = read_bytes(name, data)
    except UserError as exc:
        warnings.append(f"{name}: {exc}")
        return []
    pages = [(p.number, p.text) for d in documents[:1] for p in d.pages if p.text.strip()]
    cache.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(pages, ensure_ascii=False), "utf-8")
    return pages


def _as_of(value: str | None) -> dt.date:
    return date_or_today(value, "--as-of")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the app."""

    @app.command("ask")
    def ask(
        question: str = typer.Argument(..., help="Your question, in English or Chinese."),
        case: str | None = typer.Option(None, "--case", metavar="CASEFILE|CASE_ID",
                                        help="Answer for this case (a .yaml file or a stored "
                                        "case id): its facts, deadlines and documents."),
        as_of: str | None = typer.Option(None, "--as-of", help="Date the answer is for "
                                         "(default today)."),
        no_llm: bool = typer.Option(False, "--no-llm", help="Do not use the language model "
                                    "even when SUPPORTCASE_LLM_URL is set."),
        json_out: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
    ) -> None:
        """Answer a question about the law and your case from rules, statutes and documents.

        Every citation is checked against the statute database. Set SUPPORTCASE_LLM_URL,
        SUPPORTCASE_LLM_MODEL (and SUPPORTCASE_LLM_KEY) to have an OpenAI-compatible model
        word the answer; its citations are checked too and unverifiable ones removed.

        Example: supportcase ask "他拖欠的抚养费能不能要利息？" --case demo_case.yaml
        """
        from supportcase.advice.ask import ask as ask_question
        from supportcase.advice.ask.index import is_cached, load_index
        from supportcase.advice.ask.llm import config_from_env
        from supportcase.cli.output import print_json

        casefile = None
        pages: list[Any] = []
        warnings: list[str] = []
        if case:
            from supportcase.cli.loading import load_case

            casefile, case_id = load_case(case)
            pages, warnings = _document_pages(casefile, case, case_id)
        llm = None if no_llm else config_from_env()
        if not is_cached():
            with _status("Building the search index over rules and statutes (once, ~15 s) …"):
                load_index()
        if llm is not None:
            with _status(f"Asking {llm.model} …"):
                answer = ask_question(question, case=casefile, pages=pages,
                                      today=_as_of(as_of), llm=llm)
        else:
            answer = ask_question(question, case=casefile, pages=pages, today=_as_of(as_of))
        answer.uncertain.extend(warnings)
        if json_out:
            print_json(answer.to_dict())
            return
        typer.echo(answer.text)
        if answer.removed_citations:
            sys.stderr.write(f"{len(answer.removed_citations)} unverifiable citation(s) "
                             "removed from the model's reply\n")

    @app.command("ask-index")
    def ask_index(
        rebuild: bool = typer.Option(False, "--rebuild", help="Build it again even if cached."),
        json_out: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
    ) -> None:
        """Build (or show) the cached search index that `ask` uses.

        It is rebuilt by itself whenever the statute database, a rule file or the glossary
        changes; run this after installing to avoid the wait on the first question.

        Example: supportcase ask-index --rebuild
        """
        import time
        from collections import Counter

        from supportcase.advice.ask.index import default_cache_dir, fingerprint, load_index
        from supportcase.cli.output import print_json

        started = time.perf_counter()
        with _status("Building the search index …"):
            index = load_index(rebuild=rebuild)
        kinds = Counter(p.kind for p in index.passages)
        data = {"fingerprint": fingerprint(), "cache": str(default_cache_dir() / fingerprint()),
                "passages": dict(kinds), "seconds": round(time.perf_counter() - started, 2)}
        if json_out:
            print_json(data)
            return
        typer.echo(f"index {data['fingerprint']}: {kinds['statute']} statute articles, "
                   f"{kinds['rule']} rules ({data['seconds']} s) in {data['cache']}")
