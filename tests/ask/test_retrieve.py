"""Retrieval finds the article a parent's question turns on, in Chinese and in English.

Expected articles are read from the statute database (current texts): CPL = 民事诉讼法 (2023).
"""

from __future__ import annotations

import pytest

from supportcase.advice.ask.retrieve import DocumentPage, chunk_pages, retrieve

CPL = "中华人民共和国民事诉讼法"
CC = "中华人民共和国民法典"


@pytest.mark.parametrize(("question", "article"), [
    # CPL art. 250: 申请执行的期间为二年
    ("判决下来好几年了，现在去申请强制执行还来得及吗？", (CPL, 250)),
    ("Is there a deadline to ask the court to enforce the support judgment?", (CPL, 250)),
    # CPL art. 254: 扣留、提取被执行人应当履行义务部分的收入
    ("He has a salary in China. Can the court take the support out of his wages?", (CPL, 254)),
    # CPL art. 264: 加倍支付迟延履行期间的债务利息
    ("他拖欠的抚养费能不能要利息？", (CPL, 264)),
    # Civil Code art. 1071: children born outside marriage
    ("We were never married. Does the father still have to pay child support?", (CC, 1071)),
])
def test_the_answering_article_is_in_the_top_five(index, question, article):
    found = retrieve(question, index=index)
    assert article in found.top_articles(5)


def test_an_article_named_in_the_question_comes_first(index):
    found = retrieve("民法典第1085条说的“合理要求”是什么意思？", index=index)
    first = found.statutes[0]
    assert (first.passage.law, first.passage.article) == (CC, 1085)
    assert first.via == "cited in question"


def test_an_english_question_reaches_rules_and_chinese_statutes(index):
    found = retrieve("Can the court stop him from leaving China?", index=index)
    assert found.language == "en"
    assert any(h.passage.id.startswith("cn.") for h in found.rules)
    assert (CPL, 266) in found.top_articles(5)  # 限制出境


def test_document_chunks_keep_their_page(index):
    pages = [
        DocumentPage("judgment", "民事判决书", 1, "原告王丽，被告张伟，抚养纠纷一案。"),
        DocumentPage("judgment", "民事判决书", 4,
                     "被告张伟自2020年1月起每月10日前支付子女抚养费人民币2000元，至年满十八周岁止。"),
    ]
    found = retrieve("判决里每月的抚养费是多少？什么时候付？", index=index, pages=pages)
    assert found.documents, "the page about monthly support should match"
    assert found.documents[0].passage.page == 4
    assert found.documents[0].passage.title == "民事判决书, p. 4"


def test_long_pages_are_split_into_chunks_on_paragraphs():
    text = "\n\n".join(f"第{i}段。" + "抚养费" * 60 for i in range(5))
    chunks = chunk_pages([DocumentPage("d", "Doc", 3, text)])
    assert len(chunks) > 1
    assert all(c.page == 3 and c.document == "d" for c in chunks)
    assert "".join(c.text for c in chunks).replace("\n", "") == text.replace("\n", "")


def test_a_question_naming_a_legal_system_prefers_its_rules(index):
    # Wage withholding exists as a PRC rule (CPL art. 254) and a US federal cap (15 U.S.C.
    # § 1673); "a Chinese court" should put the PRC rule first.
    found = retrieve("Can a Chinese court take the support out of his wages?", index=index)
    from supportcase.law.rules import default_rulebook

    assert default_rulebook().get(found.rules[0].passage.id).jurisdiction == "CN"
