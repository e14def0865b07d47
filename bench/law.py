"""How fast the law area answers: citation check of a long draft, statute look-ups, deadlines
and the route plan for the demo case, and a full pass over the statute database.

Run: .venv/bin/python bench/law.py   (writes bench/results/law.md)
"""

from __future__ import annotations

import datetime as dt
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).parent / "results" / "law.md"
DEMO = Path(__file__).parents[1] / "src" / "supportcase" / "demo" / "demo_case.yaml"


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def main() -> None:
    from supportcase.casefile import parse_casefile
    from supportcase.law import statutes
    from supportcase.law.citations import check_text
    from supportcase.law.deadlines import compute
    from supportcase.law.route import plan

    paragraph = ("依照《中华人民共和国民事诉讼法》第二百五十条、第二百五十四条，民法典第1085条，"
                 "《婚姻法》第三十七条及 Fam. Code § 4055, CCP § 685.010, CPL art. 264。")
    draft = "\n".join([paragraph] * 200)  # ~20,000 characters, 1,400 citations
    case = parse_casefile(DEMO.read_text(encoding="utf-8"), source="demo")
    today = dt.date(2026, 11, 22)
    start = time.perf_counter()
    check_text(paragraph)  # first call builds the patterns and alias tables
    first = (time.perf_counter() - start) * 1000
    rows = [
        ("first citation check in a process (patterns + caches)", first, first, 1),
        ("check_text, 20,000-character draft", *timed(lambda: check_text(draft), 5), 5),
        ("check_text, one paragraph", *timed(lambda: check_text(paragraph), 50), 50),
        ("statutes.cite('CPL 250')", *timed(lambda: statutes.cite("CPL 250"), 200), 200),
        ("deadlines.compute(demo)", *timed(lambda: compute(case, today), 20), 20),
        ("route.plan(demo).to_json()", *timed(lambda: plan(case, today=today).to_json(), 20), 20),
        ("iter_articles(): all articles in force",
         *timed(lambda: sum(1 for _ in statutes.iter_articles()), 3), 3),
    ]
    lines = [
        "# law benchmark", "",
        "Command: `.venv/bin/python bench/law.py`  ",
        f"Date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}  ",
        f"Machine: {platform.machine()}, Python {platform.python_version()}", "",
        "| operation | median ms | max ms | runs |", "|---|---:|---:|---:|",
        *(f"| {name} | {median:.1f} | {worst:.1f} | {runs} |" for name, median, worst, runs in rows),
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
