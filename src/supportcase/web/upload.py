"""Documents a parent adds from the web: read each upload, store it with its facts, propose.

The same steps as `supportcase review --case ID [--apply]`: intake reads and extracts, the
store keeps the original, its listing and its facts in one transaction, and `propose`
suggests the obligation, parties and children — assumed until checked against the document.
A file that cannot be read (corrupt, encrypted, unknown type, too big) gives one message in
the user's language and stores nothing; the other files are still processed.
"""

from __future__ import annotations

from typing import Any

from starlette.datastructures import UploadFile

from supportcase.errors import UserError
from supportcase.store import Store
from supportcase.web.text import TEXT

CHUNK = 1024 * 1024


async def read_upload(upload: UploadFile, limit: int, lang: str) -> tuple[bytes, str | None]:
    """The upload's bytes, read in chunks and refused as soon as they pass `limit`, so a
    huge upload is never held in memory. Returns (data, problem)."""
    parts: list[bytes] = []
    size = 0
    while chunk := await upload.read(CHUNK):
        size += len(chunk)
        if size > limit:
            return b"", TEXT[lang]["too_big"].format(mb=limit // (1024 * 1024))
        parts.append(chunk)
    if not size:
        return b"", TEXT[lang]["empty_file"]
    return b"".join(parts), None


def store_upload(store: Store, case_id: str, name: str, data: bytes, problem: str | None, *,
                 limit: int, lang: str, actor: str) -> dict[str, Any]:
    """Read one uploaded file and store what it holds; the result page's entry for it."""
    from supportcase.intake.document import IntakeError
    from supportcase.intake.limits import Limits
    from supportcase.intake.propose import propose
    from supportcase.intake.review import case_facts, review_file
    from supportcase.store import document_id

    result: dict[str, Any] = {"file": name, "error": problem, "detail": None, "documents": []}
    if problem:
        return result
    try:
        extractions = review_file(name, data, limits=Limits(max_bytes=limit))
    except IntakeError as exc:
        result.update(error=TEXT[lang]["unreadable"], detail=str(exc))
        return result
    except Exception as exc:  # a parser library failing on a strange file: report, go on
        result.update(error=TEXT[lang]["unreadable"], detail=type(exc).__name__)
        return result
    for extraction in extractions:
        doc = extraction.document
        try:
            stored = store.add_document(
                case_id, doc.data, title=_base(doc.file), actor=actor, filename=doc.file,
                media_type=doc.media_type, doc_type=extraction.value("doc_type"),
                language=extraction.language, pages=len(doc.pages),
                facts=case_facts(extraction, document_id(doc.data)))
        except UserError as exc:
            result.update(error=TEXT[lang]["not_stored"], detail=str(exc))
            continue
        summary = extraction.summary()
        proposal = propose(summary, store.load_case(case_id), document_id=stored.id)
        result["documents"].append({"document_id": stored.id, "summary": summary,
                                    "proposal": proposal.to_json(),
                                    "end": _end_words(proposal, lang),
                                    "has_proposal": not proposal.is_empty()})
    return result


def apply_documents(store: Store, case_id: str, ids: list[str], *, actor: str,
                    limit: int) -> int:
    """Apply the proposals of these stored documents to the case, one after another (as
    `review --apply`): a second copy of a judgment finds the first one's obligation and
    proposes nothing new. Returns how many proposals changed the case."""
    from supportcase.intake.limits import Limits
    from supportcase.intake.propose import propose
    from supportcase.intake.review import review_file

    casefile = store.load_case(case_id)
    by_id = {d.id: d for d in casefile.documents}
    changed = 0
    for doc_id in dict.fromkeys(ids):
        document = by_id.get(doc_id)
        if document is None or not document.sha256:
            raise UserError(f"no document '{doc_id}' on this case")
        data = store.blobs.get(document.sha256)
        extractions = review_file(document.filename or document.title, data,
                                  limits=Limits(max_bytes=limit))
        # An e-mail's attachments are stored and proposed as documents of their own.
        for extraction in [e for e in extractions if e.document.sha256 == document.sha256] \
                or extractions[:1]:
            proposal = propose(extraction.summary(), casefile, document_id=doc_id)
            if not proposal.is_empty():
                casefile = proposal.apply(casefile)
                changed += 1
    if changed:
        store.update_case(case_id, casefile, actor=actor)
    return changed


def _base(file: str) -> str:
    return file.replace("\\", "/").rsplit("/", 1)[-1]


def _end_words(proposal: Any, lang: str) -> str | None:
    """When the proposed obligation ends, in words (the JSON form drops default ages)."""
    from supportcase.casefile.model import EndAtChildAge, EndAtEducation

    end = proposal.obligation.end if proposal.obligation else None
    if end is None:
        return None
    if isinstance(end, EndAtChildAge | EndAtEducation):
        children = list(proposal.children)
        child = children[end.child].name if end.child < len(children) else f"#{end.child + 1}"
        if isinstance(end, EndAtChildAge):
            return (f"{child}年满{end.child_age}周岁" if lang == "zh"
                    else f"{child} turns {end.child_age}")
        return f"{child}完成学业" if lang == "zh" else f"{child} finishes education"
    return str(end)
