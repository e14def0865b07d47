"""`supportcase worker`: reads what the web app queued, once or until stopped."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from supportcase.casefile.model import CaseFile, CaseInfo
from supportcase.config import settings
from supportcase.jobs import JobQueue
from supportcase.jobs.reading import stage
from supportcase.store import Store
from tests.cli.test_case_commands import run
from tests.intake.test_propose import JUDGMENT


def _queued_upload(home: Path) -> tuple[Store, str, int]:
    """A case with an upload queued, as the web app leaves it."""
    os.environ["SUPPORTCASE_HOME"] = str(home)  # the autouse fixture restores it
    store = Store(settings())
    store.init()
    case_id = store.save_case(CaseFile(case=CaseInfo(title="Worker test")), actor="t")
    payload = stage(store.settings, [("judgment.txt", JUDGMENT.encode(), None),
                                     ("empty.txt", b"", "empty_file")], limit=1024 * 1024)
    job_id = JobQueue(store).enqueue("read_upload", case_id, payload, actor="web:1")
    return store, case_id, job_id


def test_worker_once_reads_the_queued_upload(tmp_path: Path):
    home = tmp_path / "h"
    store, case_id, job_id = _queued_upload(home)
    assert json.loads(run("worker", "--once", "--json", home=home).stdout) == {"jobs_run": 1}
    job = JobQueue(store).get(job_id)
    assert job.status == "done"
    read, empty = job.result
    assert read["documents"][0]["summary"]["case_number"] == "（2021）京0105民初12345号"
    assert empty == {"file": "empty.txt", "error": "empty_file", "detail": None,
                     "detail_zh": None, "documents": []}
    assert [d.filename for d in store.load_case(case_id).documents] == ["judgment.txt"]
    assert "0 job(s) run" in run("worker", "--once", home=home).stdout  # nothing left
    store.close()


def test_worker_runs_until_stopped_and_finishes_cleanly(tmp_path: Path):
    home = tmp_path / "h"
    store, _, job_id = _queued_upload(home)
    env = {**os.environ, "SUPPORTCASE_HOME": str(home)}
    env.pop("SUPPORTCASE_DATABASE_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "supportcase", "worker", "--poll", "0.2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 120
        while JobQueue(store).get(job_id).is_open and time.monotonic() < deadline:
            time.sleep(0.1)
        assert JobQueue(store).get(job_id).status == "done"
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Worker running" in out and "Stopping" in out and "Traceback" not in err
    store.close()


def test_a_bad_worker_count_is_one_clear_line(tmp_path: Path):
    env = {**os.environ, "SUPPORTCASE_HOME": str(tmp_path / "h"), "SUPPORTCASE_WORKERS": "two"}
    result = subprocess.run([sys.executable, "-m", "supportcase", "worker", "--once"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1
    assert "SUPPORTCASE_WORKERS must be a whole number, not 'two'" in result.stderr
    assert "Traceback" not in result.stderr
