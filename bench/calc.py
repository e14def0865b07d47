"""How fast the support calculators answer: in-process per call, and the CLI as a person runs it.

Run: .venv/bin/python bench/calc.py   (writes bench/results/calc.md)
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

OUT = Path(__file__).parent / "results" / "calc.md"
CALLS = 2000
CLI_RUNS = 5
CLI_ARGS = ["calc", "california", "--parent-a-net", "8000", "--parent-b-net", "3000",
            "--parent-a-time", "20", "--children", "2", "--on", "2025-01-01", "--json"]


def main() -> None:
    from supportcase.calc import (
        CaliforniaInput,
        ParentIncome,
        PrcInput,
        guideline_support,
        support_standard,
    )

    inputs = [CaliforniaInput(on=dt.date(2025, 1, 1) if i % 2 else dt.date(2023, 1, 1),
                              parent_a=ParentIncome(net=Decimal(1000 + 13 * i)),
                              parent_b=ParentIncome(net=Decimal(500 + 7 * i)),
                              children=1 + i % 10, parent_a_time=(Decimal(i % 101),))
              for i in range(CALLS)]
    guideline_support(inputs[0])  # load the rules once, as a long-running process would
    start = time.perf_counter()
    for inp in inputs:
        guideline_support(inp)
    ca_per_call = (time.perf_counter() - start) / CALLS
    start = time.perf_counter()
    for i in range(CALLS):
        support_standard(PrcInput(on=dt.date(2025, 1, 1), children=1 + i % 3,
                                  monthly_income=Decimal(1000 + i)))
    prc_per_call = (time.perf_counter() - start) / CALLS

    exe = Path(sys.executable).with_name("supportcase")
    subprocess.run([exe, *CLI_ARGS], capture_output=True, check=True)  # warm the file cache
    timings = []
    for _ in range(CLI_RUNS):
        start = time.perf_counter()
        subprocess.run([exe, *CLI_ARGS], capture_output=True, check=True)
        timings.append(time.perf_counter() - start)
    cli = statistics.median(timings)

    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(
        "# Support calculators\n\n"
        f"- date: {dt.date.today().isoformat()}\n"
        "- command: `.venv/bin/python bench/calc.py`\n"
        f"- California guideline, in process: {ca_per_call * 1e6:.0f} µs per call "
        f"({CALLS} calls, both K tables, 1–10 children)\n"
        f"- PRC standard, in process: {prc_per_call * 1e6:.0f} µs per call ({CALLS} calls)\n"
        f"- `supportcase {' '.join(CLI_ARGS)}`: median {cli * 1000:.0f} ms wall "
        f"({CLI_RUNS} runs after one warm-up)\n"
        f"- machine: {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}"
        " cores (shared)\n",
        encoding="utf-8",
    )
    print(OUT.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
