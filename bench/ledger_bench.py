"""Arrears ledger throughput: cases per second on one core.

The case (issue 3): 18 years of monthly installments (216), 300 payments on random dates
(partial, some late, a few in USD converted from the case file's rate table), PRC
double-portion interest and the SPC 2014 art. 4 allocation.

Two figures:
- `build_statement` end to end (schedule, booking, conversion, engine, totals, notes, rules)
  from an already parsed `CaseFile`;
- the booking engine alone (`run_ledger`) on the same installments and payments.
Beside them, where the time goes per case, including two floors no ledger can go below: merely
reading the payments' fields out of the parsed case file, and indexing its rate table.

Run: .venv/bin/python bench/ledger_bench.py [--cases 10000] [--distinct 200] [--out FILE]
(writes bench/results/ledger.md)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sys
import time
import timeit
from decimal import Decimal
from pathlib import Path

from supportcase.casefile.model import CaseFile
from supportcase.fx import default_rates
from supportcase.law.rules import default_rulebook
from supportcase.ledger import build_statement
from supportcase.ledger.allocation import CN_POLICY, load_policy
from supportcase.ledger.engine import run_ledger
from supportcase.ledger.interest import interest_plan
from supportcase.ledger.payments import book_payments
from supportcase.ledger.schedule import build_schedule

OUT = Path(__file__).parent / "results" / "ledger.md"
START = dt.date(2008, 1, 1)
AS_OF = dt.date(2026, 1, 1)
TARGET = 2_000  # cases per second on one core (issue 3)


def make_case(seed: int) -> CaseFile:
    rnd = random.Random(seed)
    span = (AS_OF - START).days
    payments = []
    for _ in range(300):
        day = START + dt.timedelta(days=rnd.randrange(span))
        if rnd.random() < 0.05:
            payments.append({"date": day.isoformat(), "amount": f"{rnd.randint(50, 400)}.00",
                             "currency": "USD"})
        else:
            payments.append({"date": day.isoformat(),
                             "amount": str(Decimal(rnd.randint(10_000, 300_000)).scaleb(-2)),
                             "currency": "CNY"})
    rates = [{"date": (START + dt.timedelta(days=d)).isoformat(), "pair": "USD/CNY",
              "rate": "6.9000", "source": "bench table"} for d in range(0, span + 1, 7)]
    return CaseFile.model_validate({
        "case": {"title": f"bench {seed}", "order_jurisdiction": "CN"},
        "children": [{"name": "child", "birth_date": "1990-01-01"}],
        # The judgment is linked, so the terms are proven (as every earlier run's were).
        "obligations": [{"id": "main", "basis": {"type": "judgment", "document": "judgment"},
                         "amount": "2000.00",
                         "currency": "CNY", "due_day": 10, "start": START.isoformat(),
                         "end": "2025-12-31"}],
        "payments": payments,
        "fx_rates": rates,
        "interest": {"regime": "cn-delayed-performance"},
    })


def _timed(step: object, cases: list[CaseFile]) -> float:
    start = time.process_time()
    for case in cases:
        step(case)  # type: ignore[operator]
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--distinct", type=int, default=200)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    out = args.out
    load_start = os.getloadavg()[0]
    # How fast this machine runs plain CPython, to compare figures taken on other machines.
    reference = min(timeit.repeat("sum(range(10**6))", number=5, repeat=5)) / 5 * 1000
    cases = [make_case(seed) for seed in range(args.distinct)]
    n_inst = len(build_statement(cases[0], AS_OF).rows)

    build_statement(cases[0], AS_OF)  # warm the rule book
    start, cpu_start = time.perf_counter(), time.process_time()
    for i in range(args.cases):
        build_statement(cases[i % len(cases)], AS_OF)
    full = time.perf_counter() - start
    full_cpu = time.process_time() - cpu_start

    book = default_rulebook()
    policy = load_policy(CN_POLICY, book)
    prepared = []
    for case in cases:
        sched = build_schedule(case, AS_OF)
        booking = book_payments(case, AS_OF, default_rates(case_records=case.fx_rates))
        plans = {ob.id: interest_plan(case, ob, book) for ob in case.obligations}
        prepared.append((sched.dues, booking.counted, plans))
    start, cpu_start = time.perf_counter(), time.process_time()
    for i in range(args.cases):
        dues, paid, plans = prepared[i % len(prepared)]
        run_ledger(dues, range(len(dues)), paid, range(len(paid)), plans, policy, AS_OF, "CNY")
    engine = time.perf_counter() - start
    engine_cpu = time.process_time() - cpu_start

    # Where the time goes, per case (best of three passes over the distinct cases).
    stages = {}
    for name, step in (
        ("schedule", lambda c: build_schedule(c, AS_OF)),
        ("booking + conversion", lambda c: book_payments(c, AS_OF, default_rates(
            case_records=c.fx_rates))),
        ("build_statement + to_json()", lambda c: build_statement(c, AS_OF).to_json()),
        ("floor: reading the payments (date, amount, currency of each)", lambda c: [
            (p.date.toordinal(), p.amount, p.currency) for p in c.payments]),
        ("floor: indexing the rate table", lambda c: default_rates(
            case_records=c.fx_rates).quote("USD", "CNY", AS_OF)),
    ):
        best = min(_timed(step, cases) for _ in range(3))
        stages[name] = best / len(cases) * 1000
    stages["engine (run_ledger)"] = engine_cpu / args.cases * 1000
    stages["build_statement"] = full_cpu / args.cases * 1000

    out.parent.mkdir(exist_ok=True)
    # Earlier runs kept by hand below a "## History" heading survive a new run.
    history = ""
    if out.exists():
        old = out.read_text(encoding="utf-8")
        if "\n## History" in old:
            history = old[old.index("\n## History"):]
    rate = args.cases / full_cpu
    verdict = ("met" if rate >= TARGET else
               f"not met: {TARGET / rate:.1f}× short end to end; the engine alone is "
               f"{'above' if args.cases / engine_cpu >= TARGET else 'below'} it")
    out.write_text(
        "# Arrears ledger throughput\n\n"
        f"- date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC\n"
        f"- command: `.venv/bin/python bench/ledger_bench.py --cases {args.cases} "
        f"--distinct {args.distinct}`\n"
        f"- case: {n_inst} monthly installments (18 years), 300 payments (≈5 % in USD, "
        "converted from the case file's rate table), PRC double-portion interest, SPC 2014 "
        "art. 4 allocation\n"
        f"- `build_statement` end to end: {args.cases} cases in {full:.2f} s wall, "
        f"{full_cpu:.2f} s CPU = **{rate:,.0f} cases per CPU-second** "
        f"({args.cases / full:,.0f}/s wall) on one core\n"
        f"- booking engine alone (`run_ledger`): {engine:.2f} s wall, {engine_cpu:.2f} s CPU = "
        f"**{args.cases / engine_cpu:,.0f} cases per CPU-second** "
        f"({args.cases / engine:,.0f}/s wall)\n"
        f"- with the JSON as well (`build_statement(...).to_json()`): "
        f"**{1000 / stages['build_statement + to_json()']:,.0f} cases per CPU-second**\n"
        f"- target (issue 3): ≥ {TARGET:,} cases/s on one core — **{verdict}**\n"
        "- CPU ms per case: " + ", ".join(f"{k} {v:.3f}" for k, v in stages.items()) + "\n"
        f"- machine: {os.cpu_count()} cores, shared with other work (load average "
        f"{load_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end; figures are CPU "
        f"time of this process), Python {platform.python_version()}, {sys.platform}; "
        f"reference: CPython runs `sum(range(10**6))` here in {reference:.1f} ms\n"
        + history,
        encoding="utf-8")
    print(out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
