"""Score a retriever on the question set: Recall@5 and MRR over the expected articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

QUESTIONS = Path(__file__).with_name("questions.yaml")


@dataclass(frozen=True)
class Question:
    id: str
    set: str
    lang: str
    text: str
    expect: tuple[tuple[str, int], ...]


def load_questions(path: Path = QUESTIONS) -> list[Question]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    laws = data["laws"]
    out = []
    for q in data["questions"]:
        expect = []
        for ref in q["expect"]:
            short, number = ref.split()
            expect.append((laws[short], int(number)))
        out.append(Question(q["id"], q["set"], q["lang"], q["q"], tuple(expect)))
    return out


@dataclass(frozen=True)
class Score:
    question: Question
    ranked: tuple[tuple[str, int], ...]

    def recall(self, k: int = 5) -> float:
        top = set(self.ranked[:k])
        return sum(1 for e in self.question.expect if e in top) / len(self.question.expect)

    def reciprocal_rank(self, k: int = 10) -> float:
        for rank, item in enumerate(self.ranked[:k], start=1):
            if item in self.question.expect:
                return 1.0 / rank
        return 0.0


Retriever = Callable[[str], Sequence[tuple[str, int]]]


def score(retriever: Retriever, questions: Sequence[Question]) -> list[Score]:
    return [Score(q, tuple(retriever(q.text))) for q in questions]


def summary(scores: Sequence[Score]) -> tuple[float, float]:
    n = len(scores) or 1
    return (sum(s.recall() for s in scores) / n, sum(s.reciprocal_rank() for s in scores) / n)
