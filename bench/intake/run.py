"""Intake benchmark: field-level precision/recall/F1, text-PDF speed, OCR speed and CER.

    .venv/bin/python bench/intake/generate.py      # once, or after editing the documents
    .venv/bin/python bench/intake/run.py           # → bench/results/intake.md
    .venv/bin/python bench/intake/run.py --no-ocr  # text and speed only, printed, not written

Scans are made here, not stored: each page of the selected PDFs is rendered at 200 dpi,
turned by up to ±1.2°, blurred, given grain and saved as a JPEG at quality 60 (multi-page
documents as one multi-page TIFF, the way a copier scans them). Clean 200 dpi renders of a
few pages give the clean-scan CER.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import platform
import random
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
RESULTS = HERE.parent / "results" / "intake.md"
KEY_FIELDS = ["doc_type", "case_number", "court", "obligor", "obligee", "amount", "currency",
              "period", "due_day", "start_date"]
OTHER_FIELDS = ["end_condition", "arrears_claimed", "document_date", "child_name",
                "child_birth_date"]


def normal(value: Any) -> str | None:
    if value is None:
        return None
    import opencc

    text = unicodedata.normalize("NFKC", str(value))
    text = "".join(text.split()).casefold()
    return str(opencc.OpenCC("t2s").convert(text))


def predictions(summary: dict[str, Any]) -> dict[str, Any]:
    support = summary["support"]
    child = summary["children"][0] if summary["children"] else {}
    return {"doc_type": summary["doc_type"], "court": summary["court"],
            "case_number": summary["case_number"], "obligor": summary["obligor"],
            "obligee": summary["obligee"], "amount": support["amount"],
            "currency": support["currency"], "period": support["period"],
            "due_day": support["due_day"], "start_date": support["start_date"],
            "end_condition": support["end_condition"],
            "arrears_claimed": summary["arrears_claimed"],
            "document_date": summary["document_date"], "child_name": child.get("name"),
            "child_birth_date": child.get("birth_date")}


class Score:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
        self.misses: list[str] = []

    def add(self, doc: str, labels: dict[str, Any], predicted: dict[str, Any]) -> None:
        for field in KEY_FIELDS + OTHER_FIELDS:
            truth, guess = normal(labels.get(field)), normal(predicted.get(field))
            c = self.counts[field]
            if truth is not None and guess == truth:
                c[0] += 1
                continue
            if guess is not None:
                c[1] += 1
            if truth is not None:
                c[2] += 1
            if truth != guess:
                self.misses.append(f"{doc}: {field} expected {labels.get(field)!r}, "
                                   f"got {predicted.get(field)!r}")

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def total(self, fields: list[str]) -> tuple[float, float, float]:
        tp = sum(self.counts[f][0] for f in fields)
        fp = sum(self.counts[f][1] for f in fields)
        fn = sum(self.counts[f][2] for f in fields)
        return self.prf(tp, fp, fn)

    def table(self) -> list[str]:
        rows = ["| field | precision | recall | F1 | tp / fp / fn |", "|---|---|---|---|---|"]
        for field in KEY_FIELDS + OTHER_FIELDS:
            tp, fp, fn = self.counts[field]
            p, r, f = self.prf(tp, fp, fn)
            key = " (key)" if field in KEY_FIELDS else ""
            rows.append(f"| {field}{key} | {p:.3f} | {r:.3f} | {f:.3f} | {tp} / {fp} / {fn} |")
        for label, fields in (("**key fields**", KEY_FIELDS),
                              ("**all fields**", KEY_FIELDS + OTHER_FIELDS)):
            p, r, f = self.total(fields)
            rows.append(f"| {label} | {p:.3f} | {r:.3f} | **{f:.3f}** | |")
        return rows


def load_labels() -> list[dict[str, Any]]:
    return list(json.loads((CORPUS / "labels.json").read_text(encoding="utf-8")))


def evaluate_text(entries: list[dict[str, Any]], *, held_out: bool = False,
                  ) -> tuple[Score, Score, Score]:
    from supportcase.intake.review import review_file

    by_file = {e["file"]: e for e in entries}
    overall, zh, en = Score(), Score(), Score()
    for entry in entries:
        if entry["format"] == "attachment" or entry.get("held_out", False) != held_out:
            continue
        extractions = review_file(entry["file"], (CORPUS / entry["file"]).read_bytes())
        for extraction in extractions:
            labelled = by_file.get(extraction.document.file)
            if labelled is None:
                continue
            predicted = predictions(extraction.summary())
            for score in (overall, zh if labelled["lang"] == "zh" else en):
                score.add(extraction.document.file, labelled["labels"], predicted)
    return overall, zh, en


def pdf_speed(entries: list[dict[str, Any]], rounds: int = 5) -> dict[str, float]:
    import pypdfium2 as pdfium

    from supportcase.intake.extract import extract_document
    from supportcase.intake.readers import read_bytes

    pdfs = [(e["file"], (CORPUS / e["file"]).read_bytes()) for e in entries
            if e["format"] == "pdf"]
    bundle = _bundle([d for _, d in pdfs if True], 100)
    out: dict[str, float] = {}
    for label, docs in (("corpus", pdfs), ("bundle100", [("bundle.pdf", bundle)])):
        pages = sum(len(pdfium.PdfDocument(d)) for _, d in docs)
        best_read = best_all = best_raw = best_cpu = float("inf")
        for _ in range(rounds):
            t0 = time.perf_counter()
            for _name, data in docs:
                pdf = pdfium.PdfDocument(data)
                for page in pdf:
                    page.get_textpage().get_text_bounded()
            t1, c1 = time.perf_counter(), time.process_time()
            read = [read_bytes(n, d)[0] for n, d in docs]
            t2 = time.perf_counter()
            for document in read:
                extract_document(document)
            t3, c3 = time.perf_counter(), time.process_time()
            best_cpu = min(best_cpu, c3 - c1)
            best_raw = min(best_raw, t1 - t0)
            best_read = min(best_read, t2 - t1)
            best_all = min(best_all, t3 - t1)
        out[f"{label}_pages"] = pages
        out[f"{label}_raw_pps"] = pages / best_raw
        out[f"{label}_read_pps"] = pages / best_read
        out[f"{label}_pipeline_pps"] = pages / best_all
        out[f"{label}_pipeline_cpu_pps"] = pages / best_cpu
    return out


def _bundle(datas: list[bytes], pages: int) -> bytes:
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    i = 0
    while len(out) < pages:
        src = pdfium.PdfDocument(datas[i % len(datas)])
        out.import_pages(src)
        i += 1
    while len(out) > pages:
        out.del_page(len(out) - 1)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def degrade(image: Any, rng: random.Random) -> Any:
    """A copier-like scan: slight rotation, blur, grain, JPEG compression."""
    import numpy as np
    from PIL import Image, ImageFilter

    angle = rng.uniform(-1.2, 1.2)
    image = image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True,
                                      fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(0.7))
    pixels = np.asarray(image, dtype=np.int16)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 12, pixels.shape)
    image = Image.fromarray(np.clip(pixels + noise, 0, 255).astype("uint8"))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=60)
    return Image.open(io.BytesIO(buffer.getvalue()))


def photograph(image: Any, rng: random.Random) -> Any:
    """A phone photo of a page: taken at an angle (perspective), lit from one side, at
    about 130 dpi, saved as JPEG."""
    import numpy as np
    from PIL import Image

    page = image.convert("L")
    w, h = page.size
    d = 0.08
    # the page lies on a dark table as an uneven quadrilateral: the camera was not square
    quad = [-rng.uniform(0.02, d) * w, -rng.uniform(0.02, d) * h,
            -rng.uniform(0.02, d) * w, h + rng.uniform(0.02, d) * h,
            w + rng.uniform(0.02, d) * w, h + rng.uniform(0.02, d) * h,
            w + rng.uniform(0.02, d) * w, -rng.uniform(0.02, d) * h]
    page = page.transform((w, h), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC,
                          fillcolor=70)
    shade = np.linspace(0.75, 1.0, w)[None, :] * np.ones((h, 1))
    pixels = np.asarray(page, dtype=np.float64) * shade
    photo = Image.fromarray(np.clip(pixels, 0, 255).astype("uint8"))
    photo = photo.resize((int(w * 0.65), int(h * 0.65)), Image.Resampling.BILINEAR)
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=70)
    return Image.open(io.BytesIO(buffer.getvalue()))


def render(data: bytes, *, scanned: bool, rng: random.Random,
           photo: bool = False) -> list[Any]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    images = []
    for page in pdf:
        image = page.render(scale=200 / 72, grayscale=True).to_pil()
        if photo:
            images.append(photograph(image, rng))
        else:
            images.append(degrade(image, rng) if scanned else image)
    return images


def as_file(images: list[Any]) -> tuple[str, bytes]:
    buffer = io.BytesIO()
    if len(images) == 1:
        images[0].save(buffer, "JPEG", quality=85)
        return "jpg", buffer.getvalue()
    images[0].save(buffer, "TIFF", save_all=True, append_images=images[1:],
                   compression="tiff_deflate")
    return "tif", buffer.getvalue()


def cer(truth: str, seen: str) -> tuple[int, int]:
    """Edit distance and truth length, after NFKC and with all whitespace removed."""
    a = "".join(unicodedata.normalize("NFKC", truth).split())
    b = "".join(unicodedata.normalize("NFKC", seen).split())
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1], len(a)


def evaluate_scans(entries: list[dict[str, Any]], limit_zh: int, limit_en: int,
                   ) -> dict[str, Any]:
    from supportcase.intake.extract import extract_document
    from supportcase.intake.readers import read_bytes

    rng = random.Random(8)
    pdfs = [e for e in entries if e["format"] == "pdf" and not e.get("held_out")]
    zh_docs = _spread([e for e in pdfs if e["lang"] == "zh"], limit_zh)
    en_docs = _spread([e for e in pdfs if e["lang"] == "en"], limit_en)
    overall, zh, en = Score(), Score(), Score()
    errors: dict[str, list[int]] = {"zh": [0, 0], "en": [0, 0]}
    seconds, cpu, pages = 0.0, 0.0, 0
    for entry in zh_docs + en_docs:
        images = render((CORPUS / entry["file"]).read_bytes(), scanned=True, rng=rng)
        ext, data = as_file(images)
        started, cpu_started = time.perf_counter(), time.process_time()
        document = read_bytes(f"{entry['id']}-scan.{ext}", data)[0]
        seconds += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        pages += len(document.pages)
        for page, truth in zip(document.pages, entry["page_truth"], strict=False):
            dist, length = cer(truth, page.text)
            errors[entry["lang"]][0] += dist
            errors[entry["lang"]][1] += length
        predicted = predictions(extract_document(document).summary())
        for score in (overall, zh if entry["lang"] == "zh" else en):
            score.add(document.file, entry["labels"], predicted)
    return {"overall": overall, "zh": zh, "en": en, "seconds": seconds, "cpu": cpu,
            "pages": pages,
            "cer": {k: (v[0] / v[1] if v[1] else 0.0) for k, v in errors.items()},
            "docs": len(zh_docs) + len(en_docs)}


def evaluate_photos(entries: list[dict[str, Any]], count: int) -> dict[str, Any]:
    """Phone photos (one JPEG per page) of a few documents: the hardest input we make."""
    from supportcase.intake.extract import extract_document
    from supportcase.intake.readers import read_bytes

    rng = random.Random(80)
    pdfs = [e for e in entries if e["format"] == "pdf" and not e.get("held_out")
            and len(e["page_truth"]) == 1]
    chosen = _spread([e for e in pdfs if e["lang"] == "zh"], count // 2) + _spread(
        [e for e in pdfs if e["lang"] == "en"], count - count // 2)
    score = Score()
    errors = {"zh": [0, 0], "en": [0, 0]}
    seconds, pages = 0.0, 0
    for entry in chosen:
        [image] = render((CORPUS / entry["file"]).read_bytes(), scanned=True, rng=rng,
                         photo=True)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=85)
        started = time.perf_counter()
        document = read_bytes(f"{entry['id']}-photo.jpg", buffer.getvalue())[0]
        seconds += time.perf_counter() - started
        pages += 1
        dist, length = cer(entry["page_truth"][0], document.pages[0].text)
        errors[entry["lang"]][0] += dist
        errors[entry["lang"]][1] += length
        score.add(document.file, entry["labels"], predictions(extract_document(document).summary()))
    return {"score": score, "pages": pages, "seconds": seconds, "docs": len(chosen),
            "cer": {k: (v[0] / v[1] if v[1] else 0.0) for k, v in errors.items()}}


def compare_settings(entries: list[dict[str, Any]]) -> list[tuple[str, float, float]]:
    """Our OCR settings against rapidocr's defaults (classifier off in both, since with it
    English comes out garbled) on the same degraded pages."""
    from rapidocr import RapidOCR

    from supportcase.intake.readers.ocr import RapidOcr

    pdfs = [e for e in entries if e["format"] == "pdf" and not e.get("held_out")]
    chosen = _spread([e for e in pdfs if e["lang"] == "zh"], 3) + _spread(
        [e for e in pdfs if e["lang"] == "en"], 3)
    rng = random.Random(5)
    pages = [render((CORPUS / e["file"]).read_bytes(), scanned=True, rng=rng)[0].convert("RGB")
             for e in chosen]
    defaults = RapidOCR(params={"Global.use_cls": False, "Global.log_level": "error"})
    ours = RapidOcr()
    out = []
    for label, recognize in (
            ("supportcase: classifier off, detection ≤ 1280 px, recognition batch 1, "
             "memory arena on, 2 threads", ours.recognize),
            ("rapidocr defaults with the classifier off", defaults)):
        recognize(pages[0])  # warm-up
        wall = cpu = 0.0
        for page in pages:
            started, cpu_started = time.perf_counter(), time.process_time()
            recognize(page)
            wall += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
        out.append((label, wall / len(pages), cpu / len(pages)))
    return out


def _spread(items: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """`count` items taken evenly across the list (judgments, mediations, notaries, ...)."""
    if count >= len(items):
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def clean_cer(entries: list[dict[str, Any]], per_lang: int) -> dict[str, Any]:
    from supportcase.intake.readers.ocr import default_engine

    engine = default_engine()
    out: dict[str, Any] = {}
    for lang in ("zh", "en"):
        chosen = [e for e in entries if e["format"] == "pdf" and e["lang"] == lang][:per_lang]
        dist = length = 0
        seconds, cpu, pages = 0.0, 0.0, 0
        for entry in chosen:
            images = render((CORPUS / entry["file"]).read_bytes(), scanned=False,
                            rng=random.Random(0))
            image, truth = images[0], entry["page_truth"][0]
            started, cpu_started = time.perf_counter(), time.process_time()
            result = engine.recognize(image)
            seconds += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
            pages += 1
            d, n = cer(truth, result.text)
            dist, length = dist + d, length + n
        out[lang] = {"cer": dist / length if length else 0.0, "pages": pages,
                     "s_per_page": seconds / pages if pages else 0.0,
                     "cpu_per_page": cpu / pages if pages else 0.0}
    return out


def batch_of(entry: dict[str, Any]) -> str:
    """hold-… is batch 1, hold2-… batch 2, and so on."""
    prefix = entry["id"].split("-", 1)[0]
    return prefix[4:] or "1"


# Key fields of each held-out batch on its first run, before any rule was changed for it
# (precision, recall, F1, Chinese F1, English F1), from heldout_first_run.md.
FIRST_RUN = {"1": (0.984, 0.882, 0.930, 1.000, 0.824), "2": (1.000, 0.719, 0.837, 1.000, 0.619),
             "3": (1.000, 0.571, 0.727, 0.833, 0.444), "4": (1.000, 0.657, 0.793, 0.824, 0.750),
             "5": (1.000, 0.590, 0.742, 0.788, 0.690), "6": (0.988, 0.929, 0.958, 1.000, 0.904),
             "7": (0.944, 0.810, 0.872, 0.959, 0.727), "8": (0.943, 0.909, 0.926, 0.967, 0.875)}


def batch_table(entries: list[dict[str, Any]]) -> list[str]:
    """Key-field precision / recall / F1 of each held-out batch: first run, and now."""
    held = [e for e in entries if e.get("held_out")]
    rows = ["| batch | docs | first run: precision / recall / **F1** (zh / en) | "
            "now: precision / recall / **F1** (zh / en) |", "|---|---|---|---|"]
    for batch in sorted({batch_of(e) for e in held}, key=int):
        subset = [e for e in held if batch_of(e) == batch]
        overall, zh, en = evaluate_text(subset, held_out=True)
        p, r, f = overall.total(KEY_FIELDS)
        then = FIRST_RUN.get(batch)
        first = (f"{then[0]:.3f} / {then[1]:.3f} / **{then[2]:.3f}** ({then[3]:.3f} / "
                 f"{then[4]:.3f})" if then else "not recorded")
        rows.append(f"| {batch} | {len(subset)} | {first} | {p:.3f} / {r:.3f} / **{f:.3f}** "
                    f"({zh.total(KEY_FIELDS)[2]:.3f} / {en.total(KEY_FIELDS)[2]:.3f}) |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--scan-zh", type=int, default=10)
    parser.add_argument("--scan-en", type=int, default=6)
    parser.add_argument("--clean", type=int, default=3)
    parser.add_argument("--photos", type=int, default=6)
    parser.add_argument("--misses", action="store_true", help="print every wrong field")
    args = parser.parse_args()
    entries = load_labels()
    started = time.time()
    overall, zh, en = evaluate_text(entries)
    held = evaluate_text(entries, held_out=True)
    batches = batch_table(entries)
    speed = pdf_speed(entries)
    scans = clean = None
    if not args.no_ocr:
        from PIL import Image

        from supportcase.intake.readers.ocr import default_engine

        default_engine().recognize(Image.new("L", (200, 60), 255))  # warm-up (model load)
        clean = clean_cer(entries, args.clean)
        scans = evaluate_scans(entries, args.scan_zh, args.scan_en)
        scans["photos"] = evaluate_photos(entries, args.photos)
        scans["settings"] = compare_settings(entries)
    if args.misses:
        for miss in overall.misses + held[0].misses + (scans["overall"].misses if scans else []):
            print(miss)
    write(entries, overall, zh, en, held, batches, speed, scans, clean,
          time.time() - started, sys.argv[1:])


def write(entries: list[dict[str, Any]], overall: Score, zh: Score, en: Score,
          held: tuple[Score, Score, Score], batches: list[str], speed: dict[str, float], scans: dict[str, Any] | None, clean: dict[str, Any] | None,
          elapsed: float, argv: list[str]) -> None:
    formats: dict[str, int] = defaultdict(int)
    for e in entries:
        formats[e["format"]] += 1
    lines = [
        "# Intake benchmark",
        "",
        f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; machine: {platform.machine()}, "
        f"Python {platform.python_version()}, {_cpus()} CPUs; run took {elapsed:.0f} s; "
        f"load average at the end {_load()} (the machine is shared: other work running at "
        "the same time slows every timing here).",
        f"- Command: `.venv/bin/python bench/intake/run.py {' '.join(argv)}`".rstrip() + "",
        f"- Corpus: `bench/intake/corpus/` ({len(entries)} labelled documents: "
        + ", ".join(f"{n} {k}" for k, n in sorted(formats.items()))
        + "), generated by `bench/intake/generate.py` from the texts and labels in "
        "`bench/intake/documents_zh.py` and `documents_en.py`.",
        "- Scoring: a field counts as a true positive when the extracted value equals the label "
        "after NFKC, removing whitespace, case folding and Traditional→Simplified; a wrong value "
        "is both a false positive and a false negative; a value where the label is empty is a "
        "false positive. Key fields are the issue's: doc type, case number, court, obligor, "
        "obligee, amount, currency, period, due day, start date.",
        "",
        "## Text documents (PDF text layer, DOCX, TXT, HTML, EML + attachments), main set",
        "",
        *overall.table(),
        "",
        f"By language: Chinese key-field F1 {zh.total(KEY_FIELDS)[2]:.3f}, "
        f"English key-field F1 {en.total(KEY_FIELDS)[2]:.3f}.",
        "",
        "## Held-out text documents (eight batches written after the rules; first-run figures "
        "and misses in `bench/intake/heldout_first_run.md`)",
        "",
        "Every batch has been fixed after its first run, so the table below is not a clean "
        "held-out score; the first runs are the honest estimate for wording nobody tuned for. "
        "Key fields per batch, first run (before any fix for that batch) and now:",
        "",
        *batches,
        "",
        "Batch six was written before this round's rule changes (08:12 UTC, 22 Nov), batch "
        "seven after them; batch six's writer had read the rules, which may flatter its first "
        "run. Batches six and seven were the first since batch one whose first runs had "
        "wrong values: an Arizona court cut to the first line of its two-line caption, and an "
        "Ontario order read as a US order in US dollars with its court cut short — the reason "
        "\"$\" now means USD only for US papers. Batch eight, written after all of this "
        "round's changes, is the estimate for the rules as they are now: first-run key F1 "
        "0.926 (recall 0.909) but precision 0.943 — two wrong amounts (an enforcement "
        "notice's arrears total read as the monthly support; a withholding order's past-due "
        "instalment taken instead of the current support), both fixed since. "
        "The UK Child Maintenance notice of batch three is labelled a letter, whose figures "
        "intake keeps out of the terms by design, so its four misses remain.",
        "",
        *held[0].table(),
        "",
        f"By language: Chinese key-field F1 {held[1].total(KEY_FIELDS)[2]:.3f}, "
        f"English key-field F1 {held[2].total(KEY_FIELDS)[2]:.3f}.",
        "",
        "## Text-layer PDF speed (best of 5 rounds, one process)",
        "",
        "| set | pages | pypdfium2 text only | intake read (incl. usability check) | "
        "read + extract | read + extract per CPU second |",
        "|---|---|---|---|---|---|",
    ]
    for label in ("corpus", "bundle100"):
        lines.append(f"| {label} | {speed[label + '_pages']:.0f} | "
                     f"{speed[label + '_raw_pps']:.0f} p/s | {speed[label + '_read_pps']:.0f} p/s"
                     f" | **{speed[label + '_pipeline_pps']:.0f} p/s** | "
                     f"{speed[label + '_pipeline_cpu_pps']:.0f} p/s |")
    if clean and scans:
        lines += [
            "",
            "## OCR (rapidocr 3.x, bundled PP-OCRv6 small models, orientation classifier off, "
            "2 threads)",
            "",
            "| set | pages | wall s/page | CPU s/page (2 threads) | CER |",
            "|---|---|---|---|---|",
            f"| clean 200 dpi, Chinese (page 1 of {clean['zh']['pages']} docs) | "
            f"{clean['zh']['pages']} | {clean['zh']['s_per_page']:.2f} | "
            f"{clean['zh']['cpu_per_page']:.2f} | {clean['zh']['cer']:.2%} |",
            f"| clean 200 dpi, English (page 1 of {clean['en']['pages']} docs) | "
            f"{clean['en']['pages']} | {clean['en']['s_per_page']:.2f} | "
            f"{clean['en']['cpu_per_page']:.2f} | {clean['en']['cer']:.2%} |",
            f"| scans (skew ±1.2°, blur, noise, JPEG q60), Chinese + English | {scans['pages']} | "
            f"{scans['seconds'] / max(scans['pages'], 1):.2f} | "
            f"{scans['cpu'] / max(scans['pages'], 1):.2f} | zh {scans['cer']['zh']:.2%}, "
            f"en {scans['cer']['en']:.2%} |",
            "",
            "CER: edit distance / truth length after NFKC with whitespace removed; the truth is "
            "the text laid out on the page by the generator. s/page for scans is the whole "
            "read (decode, OCR, layout) per page. CPU s/page is the process's CPU time, which "
            "other work on the machine disturbs far less than wall time. With both cores free, "
            "two onnxruntime threads bring wall time well below CPU time "
            "(shared/research/perf-baselines.md: 2.8 s wall with two threads against 4.9 s with "
            "one); compare the load average in the header.",
            "",
            "Settings compared on the same scanned pages (page 1 of three Chinese and three "
            "English documents):",
            "",
            "| rapidocr settings | wall s/page | CPU s/page |",
            "|---|---|---|",
            *[f"| {label} | {wall:.2f} | {cpu:.2f} |" for label, wall, cpu in
              scans.get("settings", [])],
            "",
            f"## Scans ({scans['docs']} documents rendered from the PDFs above)",
            "",
            *scans["overall"].table(),
            "",
            f"By language: Chinese key-field F1 {scans['zh'].total(KEY_FIELDS)[2]:.3f}, "
            f"English key-field F1 {scans['en'].total(KEY_FIELDS)[2]:.3f}.",
        ]
    if scans:
        photos = scans["photos"]
        lines += [
            "",
            f"## Phone photos ({photos['docs']} one-page documents: perspective, side light, "
            "about 130 dpi, JPEG q70)",
            "",
            f"OCR {photos['seconds'] / max(photos['pages'], 1):.2f} s/page wall; CER zh "
            f"{photos['cer']['zh']:.2%}, en {photos['cer']['en']:.2%}.",
            "",
            *photos["score"].table(),
        ]
    misses = overall.misses + held[0].misses + (
        scans["overall"].misses + scans["photos"]["score"].misses if scans else [])
    lines += ["", "## Every wrong or missing field", ""]
    lines += [f"- {m}" for m in misses] or ["- none"]
    print("\n".join(lines))
    if scans is None:
        print(f"\n(--no-ocr: {RESULTS} left as it was; only a full run writes it)")
        return
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _load() -> str:
    import os

    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    main()
