"""Adding documents: the upload is queued to be read, the reading page shows it, and what
was read is applied to the case."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from supportcase.config import settings
from supportcase.errors import UserError
from supportcase.web.site import Site, aware
from supportcase.web.text import TEXT

MAX_FILES = 20  # files in one upload form


def _shown(results: list[dict[str, Any]], lang: str, limit: int) -> list[dict[str, Any]]:
    """A reading job's results (error codes, both languages) as the page shows them.

    Results stored before the messages were bilingual (a `detail` without `detail_zh`,
    warnings and proposal notes as plain strings) are shown as they were written."""
    from supportcase.intake.document import Said

    words = TEXT[lang]

    def said(items: list[Any] | None) -> list[str]:
        return [Said.shown(item, lang) for item in items or []]

    shown = []
    for r in results:
        error = r["error"] and words[r["error"]].format(mb=limit // (1024 * 1024))
        detail = (r.get("detail_zh") if lang == "zh" else None) or r.get("detail")
        documents = []
        for d in r["documents"]:
            summary = {**d["summary"], "warnings": said(d["summary"].get("warnings"))}
            proposal = {**d["proposal"], **{k: said(d["proposal"].get(k))
                                            for k in ("conflicts", "skipped", "notes")}}
            documents.append({**d, "end": d["end"][lang], "summary": summary,
                              "proposal": proposal})
        shown.append({**r, "error": error, "detail": detail, "documents": documents})
    return shown


def routes(site: Site) -> APIRouter:
    router = APIRouter()
    store, render, lang_of = site.store, site.render, site.lang_of
    member, queue, workers = site.member, site.queue, site.workers

    @router.post("/cases/{case_id}/documents", response_class=HTMLResponse)
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
        if length.isdecimal() and int(length) > limit * MAX_FILES + 1024 * 1024:
            return site.refuse(request, case_id,
                               TEXT[lang]["too_big"].format(mb=limit // (1024 * 1024)), 413)
        try:
            form = await request.form(max_files=MAX_FILES)
        except HTTPException as exc:  # too many files, or a body that is no form at all
            too_many = str(exc.detail).startswith("Too many files")
            message = (TEXT[lang]["too_many"].format(n=MAX_FILES) if too_many
                       else TEXT[lang]["form_unreadable"])
            return site.refuse(request, case_id, message, 400)
        files = []
        for item in form.getlist("files"):
            if isinstance(item, UploadFile) and item.filename:
                data, problem = await read_upload(item, limit)
                files.append((item.filename, data, problem))
        if not files:
            return site.refuse(request, case_id, TEXT[lang]["no_files"], 400)
        payload = await run_in_threadpool(stage, store.settings, files, limit=limit)
        job_id = queue.enqueue("read_upload", case_id, payload, actor=f"web:{user_id}")
        workers.wake()
        return RedirectResponse(f"/cases/{case_id}/uploads/{job_id}?lang={lang}",
                                status_code=303)

    @router.get("/cases/{case_id}/uploads/{job_id}", response_class=HTMLResponse)
    def upload_page(request: Request, case_id: str, job_id: int) -> Response:
        """While the files are read: how far it got (the page refreshes itself). Then what
        was read from each, its facts with their source and what it proposes for the case."""
        user_id = member(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        job = queue.get(job_id)
        if job is None or job.case_id != case_id or job.kind != "read_upload":
            return site.refuse(request, case_id, TEXT[lang]["no_upload"], 404)
        files = job.payload["files"]
        results = _shown(job.result or [], lang, job.payload["limit"])
        if job.is_open:
            age = dt.datetime.now(dt.UTC) - aware(job.created_at)
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

    @router.post("/cases/{case_id}/proposals/apply")
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
        job = queue.get(int(upload)) if upload.isdecimal() else None
        if job is not None and job.case_id == case_id and job.status == "done":
            read = read_summaries(job.result or [])
        try:  # reading an original again (OCR for scans) runs off the event loop
            await run_in_threadpool(apply_documents, store, case_id, ids,
                                    actor=f"web:{user_id}", limit=settings().max_upload_bytes,
                                    read=read)
        except UserError as exc:
            return site.refuse(request, case_id, exc.say(lang))
        return RedirectResponse(f"/cases/{case_id}?lang={lang}", status_code=303)

    return router
