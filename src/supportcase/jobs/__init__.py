"""Slow work off the request path: a queue in the case database, and the workers that run it.

Reading an upload (OCR of a scanned judgment takes seconds a page) must not hold a web
request open, so the web app stages the files and queues a job; a worker reads them and
keeps the result, which the page shows when it is ready.

The queue is a table in the store's own database (`jobs`), so there is nothing more to run:
one person's SQLite file, or a team's PostgreSQL, where workers claim jobs with
`SELECT … FOR UPDATE SKIP LOCKED` and several can run side by side on several hosts.
`supportcase serve` runs one worker thread in the web process by default
(`SUPPORTCASE_WORKERS`); a team can set it to 0 and run `supportcase worker` processes.
"""

from supportcase.jobs.queue import Job, JobQueue
from supportcase.jobs.worker import Workers, run_pending

__all__ = ["Job", "JobQueue", "Workers", "run_pending"]
