"""The job queue on both databases: one worker per job, leases, failures, the worker threads."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from pathlib import Path
from typing import Any

import pytest

from supportcase.casefile.model import CaseFile, CaseInfo
from supportcase.config import Settings
from supportcase.jobs import Job, JobQueue, Workers, run_pending
from supportcase.jobs import worker as worker_module
from supportcase.jobs.queue import LEASE, MAX_ATTEMPTS
from supportcase.store import Store


def echo(store: Store, queue: JobQueue, job: Job) -> dict[str, Any]:
    """A task for these tests: reports once, then returns its payload."""
    queue.report(job.id, {"half": True})
    return {"echo": job.payload}


def boom(store: Store, queue: JobQueue, job: Job) -> None:
    raise RuntimeError("the disk is full")


@pytest.fixture
def tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(worker_module.TASKS, "echo", "tests.jobs.test_queue:echo")
    monkeypatch.setitem(worker_module.TASKS, "boom", "tests.jobs.test_queue:boom")


def _case(store: Store) -> str:
    return store.save_case(CaseFile(case=CaseInfo(title="Queue test")), actor="t")


def test_a_job_is_claimed_once_and_finished(store: Store):
    queue = JobQueue(store)
    case_id = _case(store)
    assert queue.claim("w1") is None and not queue.has_work()
    first = queue.enqueue("echo", case_id, {"n": 1}, actor="t")
    second = queue.enqueue("echo", case_id, {"n": 2}, actor="t")
    assert queue.has_work()
    claimed = queue.claim("w1")
    assert claimed is not None and claimed.id == first  # oldest first
    assert claimed.status == "running" and claimed.attempts == 1
    assert queue.claim("w2").id == second  # the running one is not handed out again
    assert queue.claim("w3") is None
    queue.report(first, ["one file read"])
    assert queue.get(first).result == ["one file read"] and queue.get(first).is_open
    queue.finish(first, {"ok": True})
    done = queue.get(first)
    assert done.status == "done" and done.result == {"ok": True} and done.finished_at
    queue.report(first, "late")  # a finished job keeps its result
    assert queue.get(first).result == {"ok": True}


def test_a_job_whose_worker_died_is_claimed_again_then_given_up(store: Store):
    queue = JobQueue(store)
    job_id = queue.enqueue("echo", _case(store), {}, actor="t")
    start = dt.datetime.now(dt.UTC)
    assert queue.claim("w1", now=start).attempts == 1
    assert queue.claim("w2", now=start + LEASE / 2) is None  # still within its lease
    later = start
    for attempt in range(2, MAX_ATTEMPTS + 1):
        later += LEASE + dt.timedelta(seconds=1)
        again = queue.claim(f"w{attempt}", now=later)
        assert again is not None and again.id == job_id and again.attempts == attempt
    later += LEASE + dt.timedelta(seconds=1)
    assert queue.claim("w9", now=later) is None
    given_up = queue.get(job_id)
    assert given_up.status == "failed" and f"{MAX_ATTEMPTS} workers stopped" in given_up.error


def test_a_failing_task_fails_its_job_and_the_next_job_still_runs(store: Store, tasks):
    queue = JobQueue(store)
    case_id = _case(store)
    bad = queue.enqueue("boom", case_id, {}, actor="t")
    unknown = queue.enqueue("no-such-kind", case_id, {}, actor="t")
    good = queue.enqueue("echo", case_id, {"n": 3}, actor="t")
    assert run_pending(store) == 3
    assert queue.get(bad).status == "failed"
    assert queue.get(bad).error == "RuntimeError: the disk is full"
    assert "no task for jobs of kind 'no-such-kind'" in queue.get(unknown).error
    assert queue.get(good).status == "done" and queue.get(good).result == {"echo": {"n": 3}}


def test_deleting_a_case_deletes_its_jobs(store: Store):
    queue = JobQueue(store)
    case_id = _case(store)
    job_id = queue.enqueue("echo", case_id, {}, actor="t")
    store.delete_case(case_id, actor="t")
    assert queue.get(job_id) is None
    queue.finish(job_id, {"ok": True})  # a worker finishing it afterwards changes nothing
    assert queue.get(job_id) is None


def test_worker_threads_run_jobs_queued_here_and_elsewhere(store: Store, tasks):
    queue = JobQueue(store)
    case_id = _case(store)
    workers = Workers(store, 2, poll=0.05)
    workers.start()
    try:
        woken = queue.enqueue("echo", case_id, {"n": 1}, actor="t")
        workers.wake()
        polled = queue.enqueue("echo", case_id, {"n": 2}, actor="t")  # as another process
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (queue.get(woken).is_open
                                               or queue.get(polled).is_open):
            time.sleep(0.02)
    finally:
        workers.stop()
    assert queue.get(woken).status == queue.get(polled).status == "done"
    assert not workers.running


def _claimer(url: str, home: str, ready: Any, out: Any) -> None:
    import os

    store = Store(Settings(home=Path(home), database_url=url, max_upload_bytes=1024))
    queue = JobQueue(store)
    ready.wait()  # both processes start claiming together
    claimed = []
    while (job := queue.claim(f"proc-{os.getpid()}")) is not None:
        claimed.append(job.id)
        time.sleep(0.01)  # as if working, so the two overlap
        queue.finish(job.id, {"by": os.getpid()})
    store.close()
    out.put(claimed)


def test_two_processes_claiming_at_once_take_each_job_exactly_once(store_settings: Settings):
    store = Store(store_settings)
    store.init()
    queue = JobQueue(store)
    case_id = _case(store)
    ids = [queue.enqueue("echo", case_id, {"n": n}, actor="t") for n in range(40)]
    ctx = multiprocessing.get_context("spawn")
    ready, out = ctx.Barrier(3), ctx.Queue()
    procs = [ctx.Process(target=_claimer, args=(store_settings.database_url,
                                                str(store_settings.home), ready, out))
             for _ in range(2)]
    for p in procs:
        p.start()
    ready.wait(timeout=120)
    claimed = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert all(claimed)  # both took part
    everything = claimed[0] + claimed[1]
    assert sorted(everything) == ids  # every job once, none twice
    assert all(queue.get(i).status == "done" for i in ids)
    store.close()


def test_staged_uploads_no_job_will_read_are_swept(store: Store):
    """A parent's documents do not linger on disk once their case is deleted."""
    import os

    from supportcase.jobs.reading import stage, sweep

    queue = JobQueue(store)
    kept_case, deleted_case = _case(store), _case(store)
    kept = stage(store.settings, [("a.txt", b"a", None)], limit=1024)
    gone = stage(store.settings, [("b.txt", b"b", None)], limit=1024)
    fresh = stage(store.settings, [("c.txt", b"c", None)], limit=1024)  # about to be queued
    queue.enqueue("read_upload", kept_case, kept, actor="t")
    queue.enqueue("read_upload", deleted_case, gone, actor="t")
    store.delete_case(deleted_case, actor="t")
    root = store.settings.home / "incoming"
    hour_ago = time.time() - 7200
    for payload in (kept, gone):
        os.utime(root / payload["token"], (hour_ago, hour_ago))
    assert sweep(store) == 1
    assert sorted(p.name for p in root.iterdir()) == sorted([kept["token"], fresh["token"]])


def test_reporting_progress_renews_the_lease(store: Store):
    """A long upload read file by file reports after each: it is not taken for dead."""
    queue = JobQueue(store)
    job_id = queue.enqueue("echo", _case(store), {}, actor="t")
    claimed_at = dt.datetime.now(dt.UTC) - LEASE  # claimed a lease ago
    assert queue.claim("w1", now=claimed_at) is not None
    queue.report(job_id, ["file 1 read"])  # just now
    assert queue.claim("w2") is None  # still within the renewed lease
    assert queue.get(job_id).attempts == 1
