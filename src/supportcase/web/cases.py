"""The case list (with a form to start a case), a case's page and its downloads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from supportcase.casefile import CaseFile
from supportcase.casefile.meant_as import MEANT_AS
from supportcase.errors import NotFound, UserError
from supportcase.store import EDITING_ROLES
from supportcase.textfile import chinese_encoding, decode_saved_text
from supportcase.web import forms
from supportcase.web.site import Site, as_of_of
from supportcase.web.text import TEXT
from supportcase.web.upload import upload_state

MAX_CASEFILE = 5 * 1024 * 1024  # bytes of YAML: a long case file is well under 1 MB
# Where an order is made, as the new-case form offers it (casefile `order_jurisdiction`).
JURISDICTIONS = ("CN", "HK", "MO", "TW", "US-CA")
_FORMATS = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def routes(site: Site) -> APIRouter:
    router = APIRouter()
    store, render, lang_of = site.store, site.render, site.lang_of
    current_user, member = site.current_user, site.member

    def show_cases(request: Request, user_id: int, refused: str | None = None,
                   sent: str = "import", typed: dict[str, str] | None = None) -> Response:
        """The case list of `user_id`; with `refused`, given back (422) for what the form
        `sent` ("import", "new") could not use, why next to that form, the new-case form
        filled with what was `typed`, and its language link to the list."""
        from supportcase.advice.standing import standing

        today = dt.date.today()
        cases = store.list_cases(user_id=user_id)
        # The portfolio: what each case is owed and its next deadline, from the ledger and law.
        standings = {c.id: standing(store.load_case(c.id), today) for c in cases}
        return render(request, "cases.html", status=200 if refused is None else 422,
                      here=None if refused is None else "/", refused=refused,
                      sent=None if refused is None else sent, typed=typed or {}, cases=cases,
                      standings=standings, jurisdictions=JURISDICTIONS)

    @router.get("/", response_class=HTMLResponse)
    def case_list(request: Request) -> Response:
        user_id = current_user(request)
        if user_id is None:
            return site.to_login(request)
        return show_cases(request, user_id)

    @router.post("/cases")
    def new_case(request: Request, title: str = Form(""),
                 jurisdiction: str = Form("")) -> Response:
        """A parent starts a case: a title and where the order was made; they own it."""
        from supportcase.casefile.model import CaseFile, CaseInfo

        user_id = current_user(request)
        if user_id is None:
            return site.to_login(request)
        lang = lang_of(request)
        title = " ".join(forms.as_typed(title).split())
        if not title or len(title) > 200:  # the list back, what was typed in its form
            return show_cases(request, user_id, refused=TEXT[lang]["bad_title"], sent="new",
                              typed={"title": title, "jurisdiction": jurisdiction})
        place = jurisdiction if jurisdiction in JURISDICTIONS else None
        casefile = CaseFile(case=CaseInfo(title=title, order_jurisdiction=place,
                                          language="zh" if lang == "zh" else "en"))
        actor = f"web:{user_id}"
        case_id = store.save_case(casefile, actor=actor)
        store.add_member(case_id, user_id, "owner", actor=actor)
        return RedirectResponse(f"/cases/{case_id}?lang={lang}", status_code=303)

    async def read_casefile(request: Request) -> CaseFile | str:
        """The case file uploaded in the form (field `casefile`), or what is wrong with it
        in the reader's language (the file's own line and field, as the CLI names them)."""
        from supportcase.casefile import parse_casefile

        words = TEXT[lang_of(request)]
        form = await request.form()
        upload = form.get("casefile")
        if not isinstance(upload, UploadFile) or not upload.filename:
            return words["no_files"]
        data = await upload.read(MAX_CASEFILE + 1)
        if len(data) > MAX_CASEFILE:
            return words["too_big"].format(mb=MAX_CASEFILE // (1024 * 1024))
        try:
            text = decode_saved_text(data)
        except UnicodeDecodeError:
            found = chinese_encoding(data)
            return (words["casefile_chinese_encoding"].format(encoding=found) if found
                    else words["casefile_not_utf8"])
        try:
            return parse_casefile(text, source=upload.filename)
        except UserError as exc:  # a CaseFileError says its reason in Chinese too
            return words["casefile_wrong"].format(detail=exc.say(lang_of(request)))

    @router.post("/cases/import")
    async def import_case(request: Request) -> Response:
        """A case file from elsewhere (a colleague, the command line, an earlier export)
        becomes a new case the user owns. A file that cannot be used gives the case list
        back (422) with why at the import form; no case is made."""
        user_id = current_user(request)
        if user_id is None:
            return site.to_login(request)
        lang = lang_of(request)
        found = await read_casefile(request)
        if isinstance(found, str):
            return show_cases(request, user_id, refused=found)
        actor = f"web:{user_id}"
        case_id = store.save_case(found, actor=actor)
        store.add_member(case_id, user_id, "owner", actor=actor)
        return RedirectResponse(f"/cases/{case_id}?lang={lang}", status_code=303)

    @router.post("/cases/{case_id}/replace")
    async def replace_case(request: Request, case_id: str) -> Response:
        """The case replaced by an edited copy of its case file (its YAML downloaded from
        this page): how steps, suspensions or shared costs are changed. The audit log keeps
        what it was. A file that cannot be used gives the case page back (422) with why at
        the replace form, the stored case as it was."""
        user_id = member(request, case_id, edit=True)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        found = await read_casefile(request)
        if isinstance(found, str):  # the case page back, why at the replace form's card
            return show_case(site, request, case_id, user_id, refused=found, sent="replace")
        store.update_case(case_id, found, actor=f"web:{user_id}")
        return RedirectResponse(f"/cases/{case_id}?lang={lang}", status_code=303)

    @router.get("/cases/{case_id}", response_class=HTMLResponse)
    def case_page(request: Request, case_id: str) -> Response:
        user_id = member(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        return show_case(site, request, case_id, user_id)

    @router.get("/cases/{case_id}/drafts/{kind}.{fmt}")
    def draft_file(request: Request, case_id: str, kind: str, fmt: str) -> Response:
        """A draft to download: DOCX to edit, PDF to file (missing facts are placeholders)."""
        from supportcase.drafting.kinds import KINDS
        from supportcase.drafting.render import draft_bytes, render_draft

        allowed = member(request, case_id, known=kind in KINDS and fmt in ("docx", "pdf"))
        if isinstance(allowed, Response):
            return allowed
        lang = request.query_params.get("draft_lang")
        doc = render_draft(kind, store.load_case(case_id), as_of=as_of_of(request),
                           lang=lang if lang in ("zh", "en") else None)
        media = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-"
                 "officedocument.wordprocessingml.document"}[fmt]
        name = f"{kind}-{case_id}-{doc.lang}.{fmt}"
        return Response(draft_bytes(doc, fmt), media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @router.get("/cases/{case_id}/arrears.{fmt}")
    def arrears_file(request: Request, case_id: str, fmt: str) -> Response:
        """The arrears statement to download: PDF (to file), XLSX or CSV (to check)."""
        allowed = member(request, case_id, known=fmt in _FORMATS)
        if isinstance(allowed, Response):
            return allowed
        from supportcase.ledger import build_statement
        from supportcase.ledger.render_csv import statement_csv
        from supportcase.ledger.render_pdf import statement_pdf
        from supportcase.ledger.render_xlsx import statement_xlsx

        as_of = as_of_of(request)
        lang = lang_of(request)
        try:
            statement = build_statement(store.load_case(case_id), as_of)
        except UserError as exc:  # as the case page does: say what stops it
            return site.refuse(request, case_id, exc.say(lang))
        body: bytes
        if fmt == "pdf":
            body = statement_pdf(statement, lang)
        elif fmt == "xlsx":
            body = statement_xlsx(statement, lang)
        else:
            body = statement_csv(statement, lang).encode("utf-8-sig")
        name = f"arrears-{case_id}-{as_of.isoformat()}.{fmt}"
        return Response(body, media_type=_FORMATS[fmt],
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @router.get("/cases/{case_id}/checklist", response_class=HTMLResponse)
    def checklist_page(request: Request, case_id: str) -> Response:
        """The next-step checklist and the questions for counsel, in the reader's language,
        each item with why it matters, the evidence that settles it and its citations."""
        from supportcase.advice.checklist import STATUS_LABEL, build_checklist
        from supportcase.advice.questions import questions_for_counsel
        from supportcase.drafting.sources import gather

        allowed = member(request, case_id)
        if isinstance(allowed, Response):
            return allowed
        casefile = store.load_case(case_id)
        as_of = as_of_of(request)
        sources = gather(casefile, as_of)
        listed = build_checklist(casefile, sources).to_json()
        questions = [q.to_json() for q in questions_for_counsel(casefile, sources)]
        from supportcase.drafting.kinds import KINDS

        lang = lang_of(request)
        drafts = {k.id: k.title_zh if lang == "zh" else k.title_en for k in KINDS.values()}
        return render(request, "checklist.html", case_id=case_id, c=casefile, as_of=as_of,
                      checklist=listed, questions=questions, drafts=drafts,
                      status_words={k: dict(zip(("en", "zh"), v, strict=True))
                                    for k, v in STATUS_LABEL.items()})

    @router.get("/cases/{case_id}/bundle.pdf")
    def bundle_file(request: Request, case_id: str) -> Response:
        """The evidence bundle to file: the case's originals in order, stamped with exhibit
        and page, bookmarked, the arrears statement last (as `supportcase bundle`)."""
        from supportcase.drafting.bundle import build_bundle, with_arrears_statement

        allowed = member(request, case_id)
        if isinstance(allowed, Response):
            return allowed
        lang = "zh" if request.query_params.get("bundle_lang", "zh") == "zh" else "en"
        casefile = store.load_case(case_id)
        originals = [(d, store.blobs.get(d.sha256) if d.sha256 and store.blobs.has(d.sha256)
                      else None) for d in casefile.documents]
        files = with_arrears_statement(casefile, originals, lang=lang,
                                       as_of=as_of_of(request))
        result = build_bundle(casefile, files, lang=lang)
        name = f"evidence-{case_id}-{lang}.pdf"
        return Response(result.pdf, media_type="application/pdf",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @router.get("/cases/{case_id}/casefile.yaml")
    def casefile_file(request: Request, case_id: str) -> Response:
        """The whole case as its portable YAML file (docs/casefile.md): for a lawyer, for
        the command line, or to keep."""
        from supportcase.casefile import dump_casefile

        allowed = member(request, case_id)
        if isinstance(allowed, Response):
            return allowed
        return Response(dump_casefile(store.load_case(case_id)).encode("utf-8"),
                        media_type="application/yaml; charset=utf-8",
                        headers={"Content-Disposition":
                                 f'attachment; filename="case-{case_id}.yaml"'})

    return router


def show_case(site: Site, request: Request, case_id: str, user_id: int, *,
              refused: str | None = None, sent: str | None = None,
              typed: Mapping[str, str] | None = None) -> Response:
    """The case page for `user_id`, a member of the case. The one place its context is built:
    for the page asked for (GET) and for a form of it refused for what was typed (422,
    `refused`: the message) — then the page says why at the top of the card of the form
    `sent` ("payments", "parties", …: the last part of its address), that form open and
    filled with what was `typed` (nothing of it stored), and its language link leads to the
    case page, not to the address that only takes the form."""
    store, render, lang_of, queue = site.store, site.render, site.lang_of, site.queue
    try:
        casefile = store.load_case(case_id)
    except NotFound:
        return render(request, "error.html", status=404,
                      message=TEXT[lang_of(request)]["no_case"])
    role = store.role(case_id, user_id)
    as_of = as_of_of(request)
    from supportcase.advice.checklist import build_checklist
    from supportcase.drafting.kinds import KINDS
    from supportcase.drafting.render import filing_language
    from supportcase.drafting.sources import gather
    from supportcase.law import route

    # The ledger and the deadlines once, for this page and its checklist summary alike.
    sources = gather(casefile, as_of)
    # A new case has no obligation yet (its first document is still to be added): the
    # page then says what is missing instead of failing.
    problem = None
    statement: dict[str, Any] | None = None
    plan: dict[str, Any] | None = None
    found: list[Any] = []
    if not casefile.obligations:  # nothing is due yet: say what to add, in their words
        problem = TEXT[lang_of(request)]["no_obligation_yet"]
    elif sources.statement is None:
        problem = sources.problem("statement", lang_of(request))
    else:
        statement = sources.statement
        if sources.deadlines is None:
            problem = sources.problem("deadlines", lang_of(request))
        else:
            found = sources.deadlines
            try:
                plan = route.plan(casefile, today=as_of).to_json(lang_of(request))
            except UserError as exc:
                problem = exc.say(lang_of(request))
    # When each document was added: the store's audit log records every addition.
    added: dict[str, dt.date] = {}
    for entry in store.audit_log(case_id):
        if entry.action == "document.add":
            added.setdefault(str(entry.detail.get("sha256")), entry.at.date())
    steps = build_checklist(casefile, sources)
    next_steps = [i for i in steps.items if i.status == "missing"][:3]
    uploads = queue.recent(case_id, "read_upload")
    currencies = list(dict.fromkeys([*(ob.currency for ob in casefile.obligations),
                                     "CNY", "USD", "HKD"]))
    return render(request, "case.html", status=200 if refused is None else 422,
                  here=None if refused is None else f"/cases/{case_id}",
                  refused=refused, sent=sent, typed=typed or {}, kept_typing=typed is not None,
                  case_id=case_id, c=casefile, arrears=statement, currencies=currencies, today=dt.date.today(),
                  step_counts=steps.counts(), next_steps=next_steps,
                  doc_titles={d.id: d.title for d in casefile.documents},
                  channels=forms.CHANNELS, message_kinds=forms.MESSAGE_KINDS,
                  event_kinds=forms.EVENT_KINDS, basis_types=forms.BASIS_TYPES,
                  frequencies=forms.FREQUENCIES, asset_kinds=forms.ASSET_KINDS,
                  meant_as=MEANT_AS, cards=forms.SECTIONS,
                  obtained_how=forms.OBTAINED_HOW,
                  expense_categories=forms.EXPENSE_CATEGORIES,
                  as_of=as_of, deadlines=found, plan=plan, kinds=KINDS.values(),
                  filed_in={k.id: filing_language(k, casefile) for k in KINDS.values()},
                  problem=problem, added=added,
                  uploads=uploads,
                  upload_states={u.id: upload_state(u) for u in uploads},
                  members=store.members(case_id), me=store.user(user_id),
                  role=role, can_edit=role in EDITING_ROLES)
