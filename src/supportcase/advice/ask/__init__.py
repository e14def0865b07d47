"""`ask`: grounded answers about the law and the case, every citation checked.

>>> result = ask("他拖欠的抚养费能不能要利息？")  # doctest: +SKIP
>>> result.citations[0].label, result.citations[0].status  # doctest: +SKIP
('《中华人民共和国民事诉讼法》第二百六十四条', 'valid')

Modules: `glossary` (bilingual legal terms), `tokenize` (jieba + legal user dictionary),
`index` (cached BM25 index over rules and statutes), `retrieve` (ranking, case documents),
`answer` (the offline structured answer), `llm` (optional OpenAI-compatible endpoint whose
reply's citations are checked and unverifiable ones removed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from supportcase.advice.ask.answer import Answer, compose
from supportcase.advice.ask.retrieve import DocumentPage, Retrieval, retrieve
from supportcase.casefile.model import CaseFile

__all__ = ["Answer", "DocumentPage", "Retrieval", "ask", "retrieve"]


def ask(question: str, *, case: CaseFile | None = None, pages: Sequence[DocumentPage] = (),
        today: dt.date | None = None, llm: object | None = None) -> Answer:
    """Answer a question from the rules, the statutes and the case's documents.

    `llm` is an `llm.LlmConfig`; without one the answer is composed offline.
    """
    from supportcase.errors import UserError

    question = question.strip()
    if not question:
        raise UserError("the question is empty")
    found = retrieve(question, pages=[*pages, *fact_pages(case)] if case else pages)
    answer = compose(found, case=case, today=today)
    if llm is not None:
        from supportcase.advice.ask import llm as llm_module

        assert isinstance(llm, llm_module.LlmConfig)
        llm_module.answer_with_llm(answer, found, case=case, config=llm)
    return answer


def fact_pages(case: CaseFile | None) -> list[DocumentPage]:
    """The quotes that proven case facts carry, as page-referenced document text."""
    if case is None:
        return []
    titles = {d.id: d.title for d in case.documents}
    pages: list[DocumentPage] = []
    for fact in case.facts:
        p = fact.provenance
        if p.quote and p.document:
            pages.append(DocumentPage(document=p.document, title=titles.get(p.document,
                                                                             p.document),
                                      page=p.page or 1, text=p.quote))
    return pages
