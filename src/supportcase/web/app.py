"""The web app: log in, see your cases, open one.

Pages are rendered on the server from Jinja2 templates in English or Simplified Chinese
(`?lang=zh` or the user's setting). A signed cookie carries the user id; each case is
visible only to its members.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from supportcase.config import settings
from supportcase.dates import parse_date
from supportcase.errors import NotFound, UserError
from supportcase.jobs import JobQueue, Workers
from supportcase.store import LastOwner, Store, TooManyAttempts
from supportcase.web import forms
from supportcase.web.text import FACT_WORDS, TERMS, TEXT

COOKIE = "supportcase_session"
MAX_FILES = 20  # files in one upload form
# Where an order is made, as the new-case form offers it (casefile `order_jurisdiction`).
JURISDICTIONS = ("CN", "HK", "MO", "TW", "US-CA")
_FORMATS = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def _as_of(request: Request) -> dt.date:
    """The statement date: `?as_of=YYYY-MM-DD`, else (or when it is not a usable date)
    today."""
    try:
        return parse_date(request.query_params.get("as_of"), "as_of") or dt.date.today()
    except UserError:
        return dt.date.today()
SESSION_SECONDS = 12 * 3600


def _stamp(password_hash: str) -> str:
    """Binds a session to the password it was opened with."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:16]


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite gives back the UTC times it keeps without their zone."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _shown(results: list[dict[str, Any]], lang: str, limit: int) -> list[dict[str, Any]]:
    """A reading job's results (error codes, both languages) as the page shows them."""
    words = TEXT[lang]
    shown = []
    for r in results:
        error = r["error"] and words[r["error"]].format(mb=limit // (1024 * 1024))
        documents = [{**d, "end": d["end"][lang]} for d in r["documents"]]
        shown.append({**r, "error": error, "documents": documents})
    return shown


def _secret(home: Path) -> str:
    """A per-installation secret for signing session cookies, created on first use."""
    env = os.environ.get("SUPPORTCASE_SECRET_KEY")
    if env:
        return env
    path = home / "secret_key"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(32))
        path.chmod(0o600)
    return path.read_text().strip()


def create_app(store: Store | None = None) -> FastAPI:
    config = settings()
    store = store or Store(config)
    store.init()
    signer = URLSafeTimedSerializer(_secret(config.home), salt="session")
    templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
    templates.env.globals["fingerprint"] = forms.fingerprint
    queue = JobQueue(store)
    workers = Workers(store, config.workers)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        workers.start()  # also picks up what was queued before a restart
        yield
        await run_in_threadpool(workers.stop)

    app = FastAPI(title="supportcase", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.workers = workers

    def lang_of(request: Request) -> str:
        lang = request.query_params.get("lang") or request.cookies.get("lang") or "en"
        return lang if lang in TEXT else "en"

    def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        lang = lang_of(request)
        response = templates.TemplateResponse(
            request, name, {"t": TEXT[lang], "term": TERMS[lang],
                            "fact_words": FACT_WORDS[lang], "lang": lang, **context},
            status_code=status)
        if request.query_params.get("lang") in TEXT:
            response.set_cookie("lang", lang, samesite="lax")
        return response

    def current_user(request: Request) -> int | None:
        token = request.cookies.get(COOKIE)
        if not token:
            return None
        try:
            user_id, stamp = signer.loads(token, max_age=SESSION_SECONDS)
            user = store.user(int(user_id))
        except (BadSignature, ValueError, TypeError):
            return None
        # A changed password ends every session signed in with the old one.
        return user.id if user is not None and stamp == _stamp(user.password_hash) else None

    def member(request: Request, case_id: str, *, edit: bool = False,
               known: bool = True) -> int | Response:
        """The signed-in user's id when they may open the case (with `edit`: change it);
        otherwise the response to send — the login page, 404 (not a member, or `known` is
        False for an unknown format or kind), or 403 for a viewer asked to change it."""
        user_id = current_user(request)
        if user_id is None:
            return RedirectResponse("/login", status_code=303)
        lang = lang_of(request)
        if not known or not store.is_member(case_id, user_id):
            return render(request, "error.html", status=404, message=TEXT[lang]["no_case"])
        if edit and not store.can_edit(case_id, user_id):
            return render(request, "error.html", status=403, message=TEXT[lang]["read_only"])
        return user_id

    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request) -> Response:
        return render(request, "login.html")

    @app.post("/login")
    def login(request: Request, email: str = Form(...), password: str = Form(...)) -> Response:
        try:
            user = store.sign_in(email, password)
        except TooManyAttempts:
            return render(request, "login.html", status=429,
                          error=TEXT[lang_of(request)]["too_many_logins"])
        if user is None:
            return render(request, "login.html", status=401, error=TEXT[lang_of(request)]["bad_login"])
        response = RedirectResponse(f"/?lang={user.language}", status_code=303)
        sign_in(response, user.id, user.password_hash)
        return response

    def sign_in(response: Response, user_id: int, password_hash: str) -> None:
        response.set_cookie(COOKIE, signer.dumps([user_id, _stamp(password_hash)]),
                            httponly=True, samesite="lax", max_age=SESSION_SECONDS)

    @app.get("/account", response_class=HTMLResponse)
    def account_page(request: Request) -> Response:
        user_id = current_user(request)
        if user_id is None:
            return RedirectResponse("/login", status_code=303)
        return render(request, "account.html", me=store.user(user_id),
                      changed=request.query_params.get("changed"))

    @app.post("/account/password")
    def change_password(request: Request, current: str = Form(""), new: str = Form(""),
                        again: str = Form("")) -> Response:
        """The signed-in user changes their password; other sessions end, this one goes on."""
        user_id = current_user(request)
        if user_id is None:
            return RedirectResponse("/login", status_code=303)
        lang = lang_of(request)
        me = store.user(user_id)
        assert me is not None
        problem = None
        if store.authenticate(me.email, current) is None:
            problem = TEXT[lang]["wrong_current"]
        elif new != again:
            problem = TEXT[lang]["passwords_differ"]
        elif len(new) < 8:
            problem = TEXT[lang]["password_short"]
        if problem:
            return render(request, "account.html", status=422, me=me, error=problem)
        store.set_password(user_id, new, actor=f"web:{user_id}")
        changed = store.user(user_id)
        assert changed is not None
        response = RedirectResponse(f"/account?lang={lang}&changed=password", status_code=303)
        sign_in(response, user_id, changed.password_hash)
        return response

    @app.post("/account/language")
    def change_language(request: Request, language: str = Form("en")) -> Response:
        user_id = current_user(request)
        if user_id is None:
            return RedirectResponse("/login", status_code=303)
        chosen = language if language in TEXT else "en"
        store.set_language(user_id, chosen)
        response = RedirectResponse(f"/account?lang={chosen}&changed=language", status_code=303)
        response.set_cookie("lang", chosen, samesite="lax")
        return response

    @app.post("/logout")
    def logout() -> Response:
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    @app.get("/", response_class=HTMLResponse)
    def case_list(request: Request) -> Response:
        user_id = current_user(request)
        if user_id is None:
            return RedirectResponse("/login", status_code=303)
        from supportcase.advice.standing import standing

        today = dt.date.today()
        cases = store.list_cases(user_id=user_id)
        # The portfolio: what each case is owed and its next deadline, from the ledger and law.
        standings = {c.id: standing(store.load_case(c.id), today) for c in cases}
        return render(request, "cases.html", cases=cases, standings=standings,
                      jurisdictions=JURISDICTIONS)

    @app.post("/cases")
    def new_case(request: Request, title: str = Form(""),
                 jurisdiction: str = Form("")) -> Response:
        """A parent starts a case: a title and where the order was made; they own it."""
        from supportcase.casefile.model import CaseFile, CaseInfo

        user_id = current_user(request)
        if user_id is None:
            return RedirectResponse("/login", status_code=303)
        lang = lang_of(request)
        title = " ".join(title.split())
        if not title or len(title) > 200:
            return render(request, "error.html", status=422, message=TEXT[lang]["bad_title"])
        place = jurisdiction if jurisdiction in JURISDICTIONS else None
        casefile = CaseFile(case=CaseInfo(title=title, order_jurisdiction=place,
                                          language="zh" if lang == "zh" else "en"))
        actor = f"web:{user_id}"
        case_id = store.save_case(casefile, actor=actor)
        store.add_member(case_id, user_id, "owner", actor=actor)
        return RedirectResponse(f"/cases/{case_id}?lang={lang}", status_code=303)

    @app.get("/cases/{case_id}", response_class=HTMLResponse)
    def case_page(request: Request, case_id: str) -> Response:
        user_id = member(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        try:
            casefile = store.load_case(case_id)
        except NotFound:
            return render(request, "error.html", status=404,
                          message=TEXT[lang_of(request)]["no_case"])
        as_of = _as_of(request)
        from supportcase.drafting.kinds import KINDS
        from supportcase.law import deadlines, route
        from supportcase.ledger import build_statement

        # A new case has no obligation yet (its first document is still to be added): the
        # page then says what is missing instead of failing.
        problem = None
        statement: dict[str, Any] | None = None
        plan: dict[str, Any] | None = None
        found: list[Any] = []
        if not casefile.obligations:  # nothing is due yet: say what to add, in their words
            problem = TEXT[lang_of(request)]["no_obligation_yet"]
        else:
            try:
                statement = build_statement(casefile, as_of).to_json()
                found = deadlines.compute(casefile, as_of)
                plan = route.plan(casefile, today=as_of).to_json()
            except UserError as exc:
                problem = str(exc)
        # When each document was added: the store's audit log records every addition.
        added: dict[str, dt.date] = {}
        for entry in store.audit_log(case_id):
            if entry.action == "document.add":
                added.setdefault(str(entry.detail.get("sha256")), entry.at.date())
        currencies = list(dict.fromkeys([*(ob.currency for ob in casefile.obligations),
                                         "CNY", "USD", "HKD"]))
        return render(request, "case.html", case_id=case_id, c=casefile, arrears=statement,
                      currencies=currencies, today=dt.date.today(),
                      doc_titles={d.id: d.title for d in casefile.documents},
                      channels=forms.CHANNELS, message_kinds=forms.MESSAGE_KINDS,
                      event_kinds=forms.EVENT_KINDS, basis_types=forms.BASIS_TYPES,
                      frequencies=forms.FREQUENCIES,
                      as_of=as_of, deadlines=found, plan=plan, kinds=KINDS.values(),
                      problem=problem, added=added,
                      uploads=queue.recent(case_id, "read_upload"),
                      members=store.members(case_id), me=store.user(user_id),
                      role=store.role(case_id, user_id),
                      can_edit=store.can_edit(case_id, user_id))

    @app.get("/cases/{case_id}/drafts/{kind}.{fmt}")
    def draft_file(request: Request, case_id: str, kind: str, fmt: str) -> Response:
        """A draft to download: DOCX to edit, PDF to file (missing facts are placeholders)."""
        from supportcase.drafting.kinds import KINDS
        from supportcase.drafting.render import draft_bytes, render_draft

        allowed = member(request, case_id, known=kind in KINDS and fmt in ("docx", "pdf"))
        if isinstance(allowed, Response):
            return allowed
        lang = request.query_params.get("draft_lang")
        doc = render_draft(kind, store.load_case(case_id), as_of=_as_of(request),
                           lang=lang if lang in ("zh", "en") else None)
        media = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-"
                 "officedocument.wordprocessingml.document"}[fmt]
        name = f"{kind}-{case_id}-{doc.lang}.{fmt}"
        return Response(draft_bytes(doc, fmt), media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.get("/cases/{case_id}/arrears.{fmt}")
    def arrears_file(request: Request, case_id: str, fmt: str) -> Response:
        """The arrears statement to download: PDF (to file), XLSX or CSV (to check)."""
        allowed = member(request, case_id, known=fmt in _FORMATS)
        if isinstance(allowed, Response):
            return allowed
        from supportcase.ledger import build_statement
        from supportcase.ledger.render_csv import statement_csv
        from supportcase.ledger.render_pdf import statement_pdf
        from supportcase.ledger.render_xlsx import statement_xlsx

        as_of = _as_of(request)
        lang = lang_of(request)
        try:
            statement = build_statement(store.load_case(case_id), as_of)
        except UserError as exc:  # as the case page does: say what stops it
            return render(request, "error.html", status=422, message=str(exc))
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

    @app.post("/cases/{case_id}/documents", response_class=HTMLResponse)
    async def upload_documents(request: Request, case_id: str) -> Response:
        """A parent adds documents: the files are taken and queued to be read (OCR of a scan
        takes a while); the browser goes to a page that shows them once they are read."""
        from supportcase.jobs.reading import stage
        from supportcase.web.upload import read_upload

        user_id = member(request, case_id, edit=True)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        limit = settings().max_upload_bytes
        # A request larger than every allowed file together is refused before it is parsed
        # (Starlette would otherwise spool all of it to a temporary file first).
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit * MAX_FILES + 1024 * 1024:
            return render(request, "error.html", status=413,
                          message=TEXT[lang]["too_big"].format(mb=limit // (1024 * 1024)))
        try:
            form = await request.form(max_files=MAX_FILES)
        except HTTPException:
            return render(request, "error.html", status=400,
                          message=TEXT[lang]["too_many"].format(n=MAX_FILES))
        files = []
        for item in form.getlist("files"):
            if isinstance(item, UploadFile) and item.filename:
                data, problem = await read_upload(item, limit)
                files.append((item.filename, data, problem))
        if not files:
            return render(request, "error.html", status=400, message=TEXT[lang]["no_files"])
        payload = await run_in_threadpool(stage, store.settings, files, limit=limit)
        job_id = queue.enqueue("read_upload", case_id, payload, actor=f"web:{user_id}")
        workers.wake()
        return RedirectResponse(f"/cases/{case_id}/uploads/{job_id}?lang={lang}",
                                status_code=303)

    @app.get("/cases/{case_id}/uploads/{job_id}", response_class=HTMLResponse)
    def upload_page(request: Request, case_id: str, job_id: int) -> Response:
        """While the files are read: how far it got (the page refreshes itself). Then what
        was read from each, its facts with their source and what it proposes for the case."""
        user_id = member(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        job = queue.get(job_id)
        if job is None or job.case_id != case_id or job.kind != "read_upload":
            return render(request, "error.html", status=404, message=TEXT[lang]["no_upload"])
        files = job.payload["files"]
        results = _shown(job.result or [], lang, job.payload["limit"])
        if job.is_open:
            age = dt.datetime.now(dt.UTC) - _aware(job.created_at)
            return render(request, "upload_wait.html", case_id=case_id, job_id=job_id,
                          files=files, done=len(results),
                          waiting_long=job.status == "queued" and age.total_seconds() > 60
                          and not workers.running)
        stored = [d["document_id"] for r in results for d in r["documents"]]
        failure = None
        if job.status == "failed":
            failure = TEXT[lang]["reading_failed"].format(error=job.error)
        status = 500 if failure else 200 if stored else 422
        return render(request, "upload_result.html", status=status, case_id=case_id,
                      job_id=job_id, results=results, stored=stored, failure=failure)

    @app.post("/cases/{case_id}/proposals/apply")
    async def apply_proposals(request: Request, case_id: str) -> Response:
        """Add the proposals of stored documents to the case, as `review --apply` does.

        Only document ids (and the upload they came from) come from the form; each proposal
        is made again against the stored case from what the server read — the upload's
        stored result, else the stored original read again — so nothing else is trusted."""
        from supportcase.web.upload import apply_documents, read_summaries

        user_id = member(request, case_id, edit=True)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        form = await request.form()
        ids = [str(v) for v in form.getlist("document")]
        read = None
        upload = str(form.get("upload") or "")
        job = queue.get(int(upload)) if upload.isdigit() else None
        if job is not None and job.case_id == case_id and job.status == "done":
            read = read_summaries(job.result or [])
        try:  # reading an original again (OCR for scans) runs off the event loop
            await run_in_threadpool(apply_documents, store, case_id, ids,
                                    actor=f"web:{user_id}", limit=settings().max_upload_bytes,
                                    read=read)
        except UserError as exc:
            return render(request, "error.html", status=422, message=str(exc))
        return RedirectResponse(f"/cases/{case_id}?lang={lang}", status_code=303)

    def owner(request: Request, case_id: str) -> int | Response:
        """The signed-in owner's id, or the response to send to anyone else."""
        user_id = member(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        if store.role(case_id, user_id) != "owner":
            return render(request, "error.html", status=403,
                          message=TEXT[lang_of(request)]["only_owner"])
        return user_id

    @app.post("/cases/{case_id}/members")
    def share(request: Request, case_id: str, email: str = Form(...),
              role: str = Form("viewer")) -> Response:
        """The owner lets an account open the case (or changes its role)."""
        user_id = owner(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        try:
            account = store.user_by_email(email)
            store.add_member(case_id, account.id, role, actor=f"web:{user_id}")
        except LastOwner:
            return render(request, "error.html", status=422, message=TEXT[lang]["last_owner"],
                          back=f"/cases/{case_id}?lang={lang}")
        except NotFound:
            return render(request, "error.html", status=422,
                          message=TEXT[lang]["no_account"].format(email=email.strip()),
                          back=f"/cases/{case_id}?lang={lang}")
        except UserError as exc:
            return render(request, "error.html", status=422, message=str(exc),
                          back=f"/cases/{case_id}?lang={lang}")
        return RedirectResponse(f"/cases/{case_id}?lang={lang}#members", status_code=303)

    @app.post("/cases/{case_id}/members/remove")
    def unshare(request: Request, case_id: str, email: str = Form(...)) -> Response:
        """The owner takes an account off the case."""
        user_id = owner(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        try:
            store.remove_member(case_id, store.user_by_email(email).id, actor=f"web:{user_id}")
        except LastOwner:
            return render(request, "error.html", status=422, message=TEXT[lang]["last_owner"],
                          back=f"/cases/{case_id}?lang={lang}")
        except UserError as exc:
            return render(request, "error.html", status=422, message=str(exc),
                          back=f"/cases/{case_id}?lang={lang}")
        return RedirectResponse(f"/cases/{case_id}?lang={lang}#members", status_code=303)

    @app.post("/cases/{case_id}/obligations")
    async def add_obligation(request: Request, case_id: str) -> Response:
        """Support terms typed by hand from the document (when reading it could not find
        them all): assumed until checked, like a proposal from a document."""
        user_id = member(request, case_id, edit=True)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        form = {k: str(v) for k, v in (await request.form()).items()}
        try:
            updated = forms.obligation(form, TEXT[lang], store.load_case(case_id))
        except UserError as exc:
            return render(request, "error.html", status=422, message=str(exc),
                          back=f"/cases/{case_id}?lang={lang}")
        store.update_case(case_id, updated, actor=f"web:{user_id}")
        return RedirectResponse(f"/cases/{case_id}?lang={lang}", status_code=303)

    @app.post("/cases/{case_id}/parties")
    async def edit_parties(request: Request, case_id: str) -> Response:
        """The parents' names and where they live, typed by the parent."""
        user_id = member(request, case_id, edit=True)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        form = {k: str(v) for k, v in (await request.form()).items()}
        try:
            updated = forms.parties(form, TEXT[lang], store.load_case(case_id))
        except UserError as exc:
            return render(request, "error.html", status=422, message=str(exc),
                          back=f"/cases/{case_id}?lang={lang}")
        store.update_case(case_id, updated, actor=f"web:{user_id}")
        return RedirectResponse(f"/cases/{case_id}?lang={lang}", status_code=303)

    # After the routes above: `{section}` would otherwise take their paths.
    @app.post("/cases/{case_id}/{section}")
    async def add_entry(request: Request, case_id: str, section: str) -> Response:
        """The parent records a payment received, a message sent or received, or a court
        event — their own record (assumed) until a document backs it; the ledger and the
        deadlines are worked out again from it."""
        readers = {"payments": forms.payment, "communications": forms.communication,
                   "events": forms.event}
        user_id = member(request, case_id, edit=True, known=section in readers)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        form = {k: str(v) for k, v in (await request.form()).items()}
        try:
            entry = readers[section](form, TEXT[lang])
        except UserError as exc:
            return render(request, "error.html", status=422, message=str(exc),
                          back=f"/cases/{case_id}?lang={lang}")
        casefile = store.load_case(case_id)
        listed = [*getattr(casefile, section), entry]
        store.update_case(case_id, casefile.model_copy(update={section: listed}),
                          actor=f"web:{user_id}")
        return RedirectResponse(f"/cases/{case_id}?lang={lang}#{forms.SECTIONS[section]}",
                                status_code=303)

    @app.post("/cases/{case_id}/{section}/remove")
    def remove_entry(request: Request, case_id: str, section: str, index: int = Form(...),
                     entry: str = Form(...)) -> Response:
        """Take an entry made by mistake off the case. The form names it by its place and
        its exact content, so a list changed meanwhile loses nothing else."""
        user_id = member(request, case_id, edit=True, known=section in forms.SECTIONS)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        casefile = store.load_case(case_id)
        listed = list(getattr(casefile, section))
        if not (0 <= index < len(listed) and forms.fingerprint(listed[index]) == entry):
            return render(request, "error.html", status=409,
                          message=TEXT[lang]["entry_changed"],
                          back=f"/cases/{case_id}?lang={lang}")
        del listed[index]
        store.update_case(case_id, casefile.model_copy(update={section: listed}),
                          actor=f"web:{user_id}")
        return RedirectResponse(f"/cases/{case_id}?lang={lang}#{forms.SECTIONS[section]}",
                                status_code=303)

    @app.post("/cases/{case_id}/{section}/proof")
    def link_proof(request: Request, case_id: str, section: str, index: int = Form(...),
                   entry: str = Form(...), document: str = Form(...)) -> Response:
        """Link a document of the case (a bank statement, a screenshot, a court notice) to
        the entry it proves."""
        user_id = member(request, case_id, edit=True, known=section in forms.SECTIONS)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        casefile = store.load_case(case_id)
        listed = list(getattr(casefile, section))
        if not (0 <= index < len(listed) and forms.fingerprint(listed[index]) == entry):
            return render(request, "error.html", status=409,
                          message=TEXT[lang]["entry_changed"],
                          back=f"/cases/{case_id}?lang={lang}")
        if document not in {d.id for d in casefile.documents}:
            return render(request, "error.html", status=422,
                          message=TEXT[lang]["no_such_document"],
                          back=f"/cases/{case_id}?lang={lang}")
        listed[index] = forms.backed_by(listed[index], section, document)
        store.update_case(case_id, casefile.model_copy(update={section: listed}),
                          actor=f"web:{user_id}")
        return RedirectResponse(f"/cases/{case_id}?lang={lang}#{forms.SECTIONS[section]}",
                                status_code=303)

    @app.get("/healthz")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
