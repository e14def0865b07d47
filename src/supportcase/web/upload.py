"""Documents a parent adds from the web: take the upload, show what was read, apply it.

Reading itself is a job (`supportcase.jobs.reading`): the request only takes the bytes —
refusing a file over the limit as soon as it passes it — and queues them. Applying adds the
proposals of stored documents to the case, as `supportcase review --case ID --apply` does.
"""

from __future__ import annotations

from typing import Any

from starlette.datastructures import UploadFile

from supportcase.errors import UserError
from supportcase.jobs import Job
from supportcase.store import Store

CHUNK = 1024 * 1024


async def read_upload(upload: UploadFile, limit: int) -> tuple[bytes, str | None]:
    """The upload's bytes, read in chunks and refused as soon as they pass `limit`, so a
    huge upload is never held in memory. Returns (data, problem: a `TEXT` key or None)."""
    parts: list[bytes] = []
    size = 0
    while chunk := await upload.read(CHUNK):
        size += len(chunk)
        if size > limit:
            return b"", "too_big"
        parts.append(chunk)
    if not size:
        return b"", "empty_file"
    return b"".join(parts), None


def apply_documents(store: Store, case_id: str, ids: list[str], *, actor: str, limit: int,
                    read: dict[str, dict[str, Any]] | None = None) -> int:
    """Apply the proposals of these stored documents to the case, one after another (as
    `review --apply`): a second copy of a judgment finds the first one's obligation and
    proposes nothing new. Returns how many proposals changed the case.

    `read` gives the review summary of documents a reading job read (kept on the server),
    so a scan is not read again; any other document is read again from its original."""
    from supportcase.intake.limits import Limits
    from supportcase.intake.propose import propose
    from supportcase.intake.review import review_file

    casefile = store.load_case(case_id)
    by_id = {d.id: d for d in casefile.documents}
    changed = 0
    for doc_id in dict.fromkeys(ids):
        document = by_id.get(doc_id)
        if document is None or not document.sha256:
            raise UserError(f"no document '{doc_id}' on this case",
                            zh=f"本案没有文件“{doc_id}”")
        known = (read or {}).get(doc_id)
        if known is not None and known.get("sha256") == document.sha256:
            summaries = [known]
        else:
            data = store.blobs.get(document.sha256)
            extractions = review_file(document.filename or document.title, data,
                                      limits=Limits(max_bytes=limit))
            # An e-mail's attachments are stored and proposed as documents of their own.
            summaries = [e.summary() for e in extractions
                         if e.document.sha256 == document.sha256] or \
                [e.summary() for e in extractions[:1]]
        for summary in summaries:
            proposal = propose(summary, casefile, document_id=doc_id)
            if not proposal.is_empty():
                casefile = proposal.apply(casefile)
                changed += 1
    if changed:
        store.update_case(case_id, casefile, actor=actor)
    return changed


def upload_state(job: Job) -> str:
    """How far a reading job got, as the case page lists it (`TEXT["upload_" + state]`):
    queued, running, failed, done — or `unread` when it ended with nothing stored, every
    file refused or unreadable."""
    if job.status == "done" and not any(r["documents"] for r in job.result or []):
        return "unread"
    return job.status


def read_summaries(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Document id → review summary, from a reading job's result."""
    return {d["document_id"]: d["summary"] for r in results for d in r["documents"]}
