"""Reading uploaded documents as a job: what `supportcase review --case ID` does, per file.

The web app stages the uploaded bytes under `SUPPORTCASE_HOME/incoming/<token>/` (a folder
every worker sees: a team shares SUPPORTCASE_HOME) and queues a `read_upload` job. The task
reads each file, stores it with its facts in one transaction, proposes the obligation,
parties and children (assumed until checked), and reports after every file, so the page
shows each file as soon as it is read. A file that cannot be read gives an error code and
stores nothing; the other files are still read. The staged copies are removed at the end.

Results are language-neutral (error codes, both languages where words are made here), so
the page shows them in whatever language the reader has chosen.
"""

from __future__ import annotations

import secrets
import shutil
import time
from pathlib import Path
from typing import Any

from supportcase.config import Settings
from supportcase.errors import UserError
from supportcase.jobs.queue import Job, JobQueue
from supportcase.store import Store


def incoming_dir(settings: Settings, token: str) -> Path:
    if not token.isalnum():
        raise ValueError(f"'{token}' is not a staging token")
    return settings.home / "incoming" / token


def stage(settings: Settings, files: list[tuple[str, bytes, str | None]],
          *, limit: int) -> dict[str, Any]:
    """Write the uploaded files (name, bytes, problem code or None) where workers read them;
    the `read_upload` payload. A file with a problem is not written, only listed."""
    token = secrets.token_hex(8)
    folder = incoming_dir(settings, token)
    folder.mkdir(parents=True)
    listed = []
    for n, (name, data, problem) in enumerate(files):
        entry: dict[str, Any] = {"name": name, "problem": problem, "staged": None}
        if problem is None:
            (folder / str(n)).write_bytes(data)
            entry["staged"] = str(n)
        listed.append(entry)
    return {"token": token, "files": listed, "limit": limit}


def sweep(store: Store, *, older_than: float = 3600.0) -> int:
    """Remove staged uploads no open job will read — their case was deleted, or the web
    process stopped between staging and queueing — so no copy of a parent's documents
    lingers. Folders younger than `older_than` seconds are left (one may be queued now).
    Returns how many were removed."""
    root = store.settings.home / "incoming"
    if not root.is_dir():
        return 0
    wanted = {p.get("token") for p in JobQueue(store).open_payloads("read_upload")}
    removed = 0
    for folder in root.iterdir():
        if folder.name not in wanted and time.time() - folder.stat().st_mtime > older_than:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def run(store: Store, queue: JobQueue, job: Job) -> list[dict[str, Any]]:
    """The `read_upload` task: one result entry per file, in the order uploaded."""
    payload = job.payload
    folder = incoming_dir(store.settings, payload["token"])
    results: list[dict[str, Any]] = []
    try:
        for entry in payload["files"]:
            if entry["problem"] is not None:
                results.append(_entry(entry["name"], error=entry["problem"]))
            elif not (folder / entry["staged"]).exists():
                results.append(_entry(entry["name"], error="lost"))
            else:
                data = (folder / entry["staged"]).read_bytes()
                results.append(read_one(store, job.case_id, entry["name"], data,
                                        limit=payload["limit"], actor=job.actor))
            queue.report(job.id, results)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results


def _entry(name: str, *, error: str | None = None, detail: str | None = None,
           detail_zh: str | None = None) -> dict[str, Any]:
    """`detail` is the English, `detail_zh` the Chinese (results stored before it was kept
    have only `detail`)."""
    return {"file": name, "error": error, "detail": detail,
            "detail_zh": detail_zh if detail_zh is not None else detail, "documents": []}


def read_one(store: Store, case_id: str, name: str, data: bytes, *, limit: int,
             actor: str) -> dict[str, Any]:
    """Read one file and store what it holds; its result entry."""
    from supportcase.intake.document import IntakeError
    from supportcase.intake.limits import Limits
    from supportcase.intake.propose import propose
    from supportcase.intake.review import case_facts, review_file
    from supportcase.store import document_id

    result = _entry(name)
    try:
        extractions = review_file(name, data, limits=Limits(max_bytes=limit))
    except IntakeError as exc:
        return _entry(name, error="unreadable", detail=exc.say("en"), detail_zh=exc.say("zh"))
    except Exception as exc:  # a parser library failing on a strange file
        return _entry(name, error="unreadable", detail=type(exc).__name__)
    for extraction in extractions:
        doc = extraction.document
        try:
            stored = store.add_document(
                case_id, doc.data, title=_base(doc.file), actor=actor, filename=doc.file,
                media_type=doc.media_type, doc_type=extraction.value("doc_type"),
                language=extraction.language, pages=len(doc.pages),
                facts=case_facts(extraction, document_id(doc.data)))
        except UserError as exc:
            result.update(error="not_stored", detail=exc.say("en"), detail_zh=exc.say("zh"))
            continue
        summary = extraction.summary()
        proposal = propose(summary, store.load_case(case_id), document_id=stored.id)
        result["documents"].append({"document_id": stored.id, "summary": summary,
                                    "proposal": proposal.to_json(),
                                    "end": {lang: _end_words(proposal, lang)
                                            for lang in ("en", "zh")},
                                    "has_proposal": not proposal.is_empty()})
    return result


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
