"""Workers: take jobs from the queue and run the task each names.

A task is a function `task(store, queue, job) -> result` (JSON data), found by the job's
kind in `TASKS`. An exception a task does not handle fails its job with the error's words;
the worker goes on with the next job.
"""

from __future__ import annotations

import importlib
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from supportcase.jobs.queue import Job, JobQueue
from supportcase.store import Store

log = logging.getLogger("supportcase.jobs")

# kind -> "module:function", imported when a job of that kind first runs.
TASKS = {"read_upload": "supportcase.jobs.reading:run"}

Task = Callable[[Store, JobQueue, Job], Any]


def _task(kind: str) -> Task:
    target = TASKS.get(kind)
    if target is None:
        raise LookupError(f"no task for jobs of kind '{kind}'")
    module, name = target.split(":")
    task: Task = getattr(importlib.import_module(module), name)
    return task


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.current_thread().name}"


def run_job(store: Store, queue: JobQueue, job: Job) -> None:
    try:
        result = _task(job.kind)(store, queue, job)
    except Exception as exc:  # the job records it; the worker goes on
        log.exception("job %s (%s) failed", job.id, job.kind)
        queue.fail(job.id, f"{type(exc).__name__}: {exc}")
    else:
        queue.finish(job.id, result)


SWEEP_SECONDS = 600.0  # how often a worker removes staged uploads no job will read


def run_pending(store: Store, *, stop: threading.Event | None = None) -> int:
    """Run jobs until none is ready (or `stop` is set); returns how many ran."""
    queue = JobQueue(store)
    ran = 0
    while not (stop and stop.is_set()):
        job = queue.claim(worker_name())
        if job is None:
            break
        run_job(store, queue, job)
        ran += 1
    return ran


class Workers:
    """Worker threads inside a process (the web app's, or `supportcase worker`'s).

    They look for work when woken (a job was queued in this process) and every `poll`
    seconds (jobs queued by other processes, and jobs whose worker died)."""

    def __init__(self, store: Store, count: int = 1, *, poll: float = 1.0) -> None:
        self.store, self.count, self.poll = store, count, poll
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            if self._threads or self.count <= 0:
                return
            self._stop.clear()
            for n in range(self.count):
                thread = threading.Thread(target=self._loop, name=f"worker-{n + 1}",
                                          daemon=True)
                thread.start()
                self._threads.append(thread)

    def wake(self) -> None:
        """A job was queued: start the threads if they are not running, and look now."""
        self.start()
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        """Let the running jobs finish, then stop the threads."""
        with self._lock:
            threads, self._threads = self._threads, []
        self._stop.set()
        self._wake.set()
        for thread in threads:
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def _loop(self) -> None:
        from supportcase.jobs.reading import sweep

        queue = JobQueue(self.store)
        swept = 0.0
        while not self._stop.is_set():
            self._wake.clear()
            try:
                if time.monotonic() - swept > SWEEP_SECONDS:  # not on every look for work
                    sweep(self.store)
                    swept = time.monotonic()
                if queue.has_work():
                    run_pending(self.store, stop=self._stop)
            except Exception:  # the database went away: try again later
                log.exception("the job queue could not be read")
            self._wake.wait(self.poll)
