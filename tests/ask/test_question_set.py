"""The benchmark's question set stays valid: enough questions, both languages, real articles."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "ask"


def test_question_set_is_bilingual_and_cites_articles_that_exist():
    sys.path.insert(0, str(BENCH))
    try:
        from evaluate import load_questions
    finally:
        sys.path.remove(str(BENCH))
    from supportcase.law.statutes import find_article

    questions = load_questions()
    assert len(questions) >= 40
    zh = [q for q in questions if q.lang == "zh"]
    assert len(zh) * 2 == len(questions)
    assert len({q.id for q in questions}) == len(questions)
    missing = [(q.id, law, n) for q in questions for law, n in q.expect
               if find_article(law, n) is None]
    assert missing == []
