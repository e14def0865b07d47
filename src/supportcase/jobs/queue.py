"""The job queue: enqueue, claim, report progress, finish or fail — each one transaction.

A job is claimed by one worker at a time: on PostgreSQL the claiming `SELECT` locks the row
and skips rows other workers hold (`FOR UPDATE SKIP LOCKED`); on SQLite every write
transaction starts with `BEGIN IMMEDIATE` (see `supportcase.store`), so claims happen one
after another. A job left `running` longer than its lease — its worker was killed — is
claimed again, at most `MAX_ATTEMPTS` times in all; a job renews its lease each time it
reports progress.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from supportcase.store import Store
from supportcase.store import tables as t

MAX_JOB_ID = 2**31 - 1  # the largest INTEGER PostgreSQL (and so every store) holds

LEASE = dt.timedelta(minutes=15)  # longer than reading the largest file allowed
MAX_ATTEMPTS = 3
OPEN = ("queued", "running")


@dataclass(frozen=True)
class Job:
    """A job as read from the queue (a plain copy: changing it changes nothing stored)."""

    id: int
    kind: str
    case_id: str
    actor: str
    status: str  # queued | running | done | failed
    payload: dict[str, Any]
    result: Any
    error: str | None
    attempts: int
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN


def _view(row: t.Job) -> Job:
    return Job(row.id, row.kind, row.case_id, row.actor, row.status, row.payload, row.result,
               row.error, row.attempts, row.created_at, row.started_at, row.finished_at)


class JobQueue:
    def __init__(self, store: Store) -> None:
        self._sessions = sessionmaker(store.engine, expire_on_commit=False)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def enqueue(self, kind: str, case_id: str, payload: dict[str, Any], *, actor: str) -> int:
        with self._write() as session:
            row = t.Job(kind=kind, case_id=case_id, actor=actor, status="queued",
                        payload=payload, attempts=0, created_at=t.utc_now())
            session.add(row)
            session.flush()
            return row.id

    def get(self, job_id: int) -> Job | None:
        """The job, or None — also for a number no job can have (the id column is an
        INTEGER: a number past 2^31 − 1, typed into an address, is refused by PostgreSQL and
        overflows SQLite instead of finding nothing)."""
        if not 0 < job_id <= MAX_JOB_ID:
            return None
        with self._sessions() as session:
            row = session.get(t.Job, job_id)
            return None if row is None else _view(row)

    def recent(self, case_id: str, kind: str, limit: int = 5) -> list[Job]:
        """A case's latest jobs of one kind, newest first."""
        with self._sessions() as session:
            rows = session.scalars(select(t.Job).where(
                t.Job.case_id == case_id, t.Job.kind == kind).order_by(
                t.Job.id.desc()).limit(limit))
            return [_view(row) for row in rows]

    def has_work(self) -> bool:
        """Whether any job is queued or running (a cheap read, before a claim's write)."""
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(t.Job).where(
                t.Job.status.in_(OPEN))) != 0

    def open_payloads(self, kind: str) -> list[dict[str, Any]]:
        """The payloads of the queued and running jobs of one kind."""
        with self._sessions() as session:
            return list(session.scalars(select(t.Job.payload).where(
                t.Job.kind == kind, t.Job.status.in_(OPEN))))

    def claim(self, worker: str, *, now: dt.datetime | None = None) -> Job | None:
        """The oldest job ready to run, now marked running for `worker`; None if none is."""
        now = now or t.utc_now()
        with self._write() as session:
            while True:
                row = session.scalar(
                    select(t.Job).where(or_(
                        t.Job.status == "queued",
                        and_(t.Job.status == "running", t.Job.started_at < now - LEASE)))
                    .order_by(t.Job.id).limit(1).with_for_update(skip_locked=True))
                if row is None:
                    return None
                if row.attempts >= MAX_ATTEMPTS:  # its workers died each time: give up
                    row.status, row.finished_at = "failed", now
                    row.error = (f"stopped: {row.attempts} workers stopped before finishing "
                                 "this job")
                    continue
                row.status, row.worker, row.started_at = "running", worker, now
                row.attempts += 1
                return _view(row)

    def report(self, job_id: int, partial: Any) -> None:
        """What a running job has done so far (shown while it goes on). Reporting also
        renews the job's lease: a long upload read file by file is not taken for dead."""
        with self._write() as session:
            row = session.get(t.Job, job_id)
            if row is not None and row.status == "running":
                row.result, row.started_at = partial, t.utc_now()

    def finish(self, job_id: int, result: Any) -> None:
        self._close(job_id, "done", result=result)

    def fail(self, job_id: int, error: str) -> None:
        self._close(job_id, "failed", error=error)

    def _close(self, job_id: int, status: str, *, result: Any = None,
               error: str | None = None) -> None:
        with self._write() as session:
            row = session.get(t.Job, job_id)
            if row is None:  # its case was deleted meanwhile
                return
            row.status, row.finished_at, row.error = status, t.utc_now(), error
            if result is not None:
                row.result = result
