"""How long `supportcase --help` takes, wall time, as a person waits for it.

Run: .venv/bin/python bench/cli_startup.py   (writes bench/results/cli_startup.md)
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 15
OUT = Path(__file__).parent / "results" / "cli_startup.md"


def main() -> None:
    exe = Path(sys.executable).with_name("supportcase")
    timings = []
    subprocess.run([exe, "--help"], capture_output=True, check=True)  # warm the file cache
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([exe, "--help"], capture_output=True, check=True)
        timings.append(time.perf_counter() - start)
    median = statistics.median(timings)
    worst = max(timings)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(
        "# `supportcase --help` wall time\n\n"
        f"- date: {dt.date.today().isoformat()}\n"
        f"- command: `.venv/bin/python bench/cli_startup.py` ({RUNS} runs after one warm-up)\n"
        f"- median: {median * 1000:.0f} ms; slowest: {worst * 1000:.0f} ms\n"
        f"- machine: {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores\n",
        encoding="utf-8",
    )
    print(f"supportcase --help: median {median * 1000:.0f} ms, slowest {worst * 1000:.0f} ms")


if __name__ == "__main__":
    main()
