"""How long drafts and the evidence bundle take on the demo case: what a person waits for.

Run: .venv/bin/python bench/drafting.py   (writes bench/results/drafting.md)

Times each draft kind (render = ledger + route + template; then DOCX and PDF), the checklist,
and an evidence bundle of 3 exhibits / 60 pages. Median of RUNS runs, in one warm process.
"""

from __future__ import annotations

import datetime as dt
import io
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).parent / "results" / "drafting.md"
DEMO = Path(__file__).parents[1] / "src" / "supportcase" / "demo" / "demo_case.yaml"
AS_OF = dt.date(2026, 11, 1)
RUNS = 5


def median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    from reportlab.pdfgen.canvas import Canvas

    from supportcase.advice.checklist import build_checklist
    from supportcase.casefile import parse_casefile
    from supportcase.drafting.bundle import build_bundle
    from supportcase.drafting.kinds import KINDS
    from supportcase.drafting.render import draft_bytes, render_draft
    from supportcase.drafting.sources import gather

    case = parse_casefile(DEMO.read_text(encoding="utf-8"), source=str(DEMO))
    render_draft("arrears_statement", case, as_of=AS_OF)  # warm: rules, statutes, font
    sources = gather(case, AS_OF)
    lines = ["# Drafting benchmark", "",
             "Command: `.venv/bin/python bench/drafting.py`  ",
             f"Date: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}  ",
             f"Machine: {platform.machine()}, Python {sys.version.split()[0]}; demo case, "
             f"as of {AS_OF}; median of {RUNS} runs, warm process", "",
             "| step | ms |", "|---|---:|",
             f"| gather ledger + route + deadlines | {median_ms(lambda: gather(case, AS_OF)):.1f} |",
             f"| checklist (given sources) | "
             f"{median_ms(lambda: build_checklist(case, sources)):.1f} |"]
    for kind in KINDS:
        doc = render_draft(kind, case, as_of=AS_OF, sources=sources)
        render = median_ms(lambda k=kind: render_draft(k, case, as_of=AS_OF, sources=sources))
        docx = median_ms(lambda d=doc: draft_bytes(d, "docx"))
        pdf = median_ms(lambda d=doc: draft_bytes(d, "pdf"))
        lines.append(f"| {kind}: render {render:.1f} / DOCX {docx:.1f} / PDF {pdf:.1f} | "
                     f"{render + pdf:.1f} |")

    def pdf_of(pages: int) -> bytes:
        out = io.BytesIO()
        canvas = Canvas(out)
        for i in range(pages):
            canvas.drawString(72, 700, f"page {i + 1}")
            canvas.showPage()
        canvas.save()
        return out.getvalue()

    originals = [(d, pdf_of(20)) for d in case.documents]
    bundle_ms = median_ms(lambda: build_bundle(case, originals, lang="zh"), runs=3)
    lines.append(f"| evidence bundle, 3 exhibits × 20 pages | {bundle_ms:.1f} |")
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
