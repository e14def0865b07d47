"""The offline answer: in the question's language, every statement sourced, citations checked."""

from __future__ import annotations

import datetime as dt
import re

from supportcase.advice.ask import ask, fact_pages
from supportcase.advice.ask.answer import compose
from supportcase.advice.ask.retrieve import retrieve


def test_a_chinese_question_gets_a_chinese_answer_with_checked_citations(index, demo_case):
    answer = ask("他拖欠的抚养费能不能要利息？", case=demo_case, today=dt.date(2026, 11, 1))
    assert answer.language == "zh"
    assert answer.text.startswith("以下为依据所引来源整理的法律信息，不构成法律意见")
    # CPL 2023 art. 264: double interest for delayed performance of a money obligation
    cited = {(c.law, c.article): c for c in answer.citations}
    assert ("中华人民共和国民事诉讼法", "264") in cited
    assert cited[("中华人民共和国民事诉讼法", "264")].text.startswith("被执行人未按判决")
    assert all(c.status == "valid" for c in answer.citations)
    assert "引用核验" in answer.text
    # Each checked citation ends its label with the Chinese colon, as Chinese text does.
    assert "- 《中华人民共和国民事诉讼法》第二百六十四条：已核验" in answer.text


def test_every_statement_carries_its_source(index, demo_case):
    answer = ask("Is there a deadline to apply for enforcement?", case=demo_case,
                 today=dt.date(2026, 11, 1))
    for statements in answer.sections.values():
        for statement in statements:
            assert statement.sources, statement.text
    kinds = {s.kind for s in answer.sources}
    assert {"rule", "statute"} <= kinds


def test_a_disputed_rule_is_reported_as_uncertain(index):
    # cn.enforcement.application_period is 'disputed' (SPC (2020)最高法执监66号 vs. basic courts)
    answer = ask("Is it too late to apply for enforcement of the support judgment, years later?",
                 today=dt.date(2026, 11, 1))
    assert any(s.id == "cn.enforcement.application_period" for s in answer.sources)
    assert any("disputed" in u for u in answer.uncertain)
    assert any("Reading A" in u for u in answer.uncertain)


def test_case_documents_are_quoted_with_their_page(index, demo_case):
    # The demo case's support_amount fact quotes the judgment, page 4.
    pages = fact_pages(demo_case)
    assert pages and pages[0].page == 4
    answer = ask("判决书里每个月的抚养费是多少？", case=demo_case, today=dt.date(2026, 11, 1))
    documents = [s for s in answer.sources if s.kind == "document"]
    assert documents and documents[0].page == 4
    assert "p. 4" in answer.text


def test_assumed_case_facts_are_flagged(index, demo_case):
    answer = ask("Can I get interest on late support?", case=demo_case,
                 today=dt.date(2026, 11, 1))
    # Named for a reader, not by the case file's key.
    assert any("date the judgment took effect: 2019-12-24" in u and "assumed" in u
               for u in answer.uncertain)
    assert not any("judgment_effective_date" in u for u in answer.uncertain)


def test_json_shape(index):
    data = compose(retrieve("Can the court freeze his bank account?", index=index),
                   today=dt.date(2026, 11, 1)).to_dict()
    assert {"answer", "language", "citations", "sources", "uncertain"} <= set(data)
    assert data["language"] == "en"
    for citation in data["citations"]:
        assert {"law", "article", "text", "status"} <= set(citation)
    for source in data["sources"]:
        assert source["kind"] in {"rule", "statute", "document"}
        assert source["id"] and source["excerpt"]


def test_an_empty_question_is_a_user_error():
    import pytest

    from supportcase.errors import UserError

    with pytest.raises(UserError):
        ask("   ")


def test_the_case_deadline_is_applied_to_the_time_limit_rule(index, demo_case):
    # cn.enforcement.application_period (CPL 2023 art. 250): the deadline calculator's own
    # figure for this case must appear in the answer, with how it was computed.
    from supportcase.law.deadlines import compute

    today = dt.date(2026, 11, 1)
    expected = [d for d in compute(demo_case, today)
                if d.rule == "cn.enforcement.application_period"]
    assert expected and expected[0].due is not None
    answer = ask("Is it too late to apply for enforcement?", case=demo_case, today=today)
    lines = [s.text for s in answer.sections["rules"]]
    assert any(line.startswith("For your case:") and expected[0].due.isoformat() in line
               and expected[0].computation in line for line in lines)


def test_an_old_article_number_in_a_case_document_is_translated(index, demo_case):
    # The demo judgment is dated 2019-11-20, so its "民事诉讼法第二百五十三条" is the 2017 text's
    # double-interest article, which the 2023 text numbers 264 (law/concordance.yaml).
    from supportcase.advice.ask import DocumentPage

    page = DocumentPage("judgment", "民事判决书", 5,
                        "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》"
                        "第二百五十三条之规定，加倍支付迟延履行期间的债务利息。")
    answer = ask("判决书里说不按时付钱要加倍支付利息，这是什么意思？", case=demo_case, pages=[page],
                 today=dt.date(2026, 11, 1))
    notes = [u for u in answer.uncertain if "第二百五十三条" in u]
    assert notes and "第二百六十四条" in notes[0]


def test_a_chinese_answer_cites_the_rule_by_its_chinese_name(index, demo_case):
    # SPC Interpretation Fa Shi [2014] No. 8, arts. 1-3: the rule's citation is a Chinese
    # instrument, so a Chinese answer names it as 《…》第1条至第3条, not by its English label.
    answer = ask("他拖欠的抚养费能不能要利息？", case=demo_case, today=dt.date(2026, 11, 1))
    rule_lines = [s for s in answer.sections["rules"]
                  if "rule:cn.interest.delayed_performance" in s.sources]
    labels = [src for s in rule_lines for src in s.sources if src.startswith("《")]
    assert ("《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》"
            "第1条至第3条") in labels
    assert "SPC Interpretation" not in answer.text and "Fa Shi" not in answer.text


def test_rule_parameters_are_named_and_rates_read_as_per_cent(index, demo_case):
    # Fa Shi [2014] No. 8 art. 1: 日万分之一点七五 = 0.0175 % a day (stored as 0.000175).
    zh = ask("他拖欠的抚养费能不能要利息？", case=demo_case, today=dt.date(2026, 11, 1))
    assert "日利率为0.0175%" in zh.text
    assert "daily_rate" not in zh.text and "0.000175" not in zh.text
    en = ask("Can I get interest on late support?", case=demo_case, today=dt.date(2026, 11, 1))
    assert "daily interest rate: 0.0175 %" in en.text
    assert "daily_rate" not in en.text


def test_how_days_are_counted_is_said_in_words(index, demo_case):
    # Fa Shi [2014] No. 8 art. 3: for installments the delay runs from the end of each
    # performance period; the program does not count that day and counts the payment day.
    zh = ask("迟延履行利息从哪天开始算？", case=demo_case, today=dt.date(2026, 11, 1))
    assert "利息起算点：每次履行期间届满之日" in zh.text
    assert "首日（起算当日）：不计入" in zh.text and "复利：不计复利（单利）" in zh.text
    assert "end_of_each_instalment_period" not in zh.text and "False" not in zh.text


def test_chinese_rule_summaries_have_no_spaces_from_folded_yaml(index, demo_case):
    # The rule files fold long Chinese lines; a folded line break must not become a space.
    answer = ask("他拖欠的抚养费能不能要利息？", case=demo_case, today=dt.date(2026, 11, 1))
    summary = next(s.text for s in answer.sections["rules"]
                   if s.text.startswith("迟延履行期间的加倍部分债务利息"))
    assert "债务利息。自2014年8月1日起" in summary
    assert not re.search(r"[\u4e00-\u9fff，。；] +[\u4e00-\u9fff×]", summary)


def test_a_chinese_answer_shows_how_the_case_deadline_was_computed(index, demo_case):
    # cn.enforcement.application_period (CPL 2023 art. 250): the Chinese line showed the
    # deadline's note where the English shows its arithmetic.
    from supportcase.law.deadlines import compute

    today = dt.date(2026, 11, 1)
    expected = next(d for d in compute(demo_case, today)
                    if d.rule == "cn.enforcement.application_period")
    answer = ask("现在申请强制执行还来得及吗？", case=demo_case, today=today)
    lines = [s.text for s in answer.sections["rules"]]
    assert expected.computation_zh
    assert any(expected.computation_zh in line for line in lines)


def test_asked_to_act_in_germany_the_answer_says_what_the_country_data_hold(index):
    # countries.yaml: Germany is bound by the 2007 Convention through the EU (in force
    # 2014-08-01), in force with the US from 2017-01-01, not a US reciprocating country
    # (42 U.S.C. § 659a); the PRC is not a party (rule cn.international.hague_2007_not_party).
    from supportcase.law.countries import country

    germany = country("DE")
    day = dt.date(2026, 11, 1)
    answer = compose(retrieve("Can I enforce my Chinese support judgment in Germany?",
                              index=index), today=day)
    places = [s.text for s in answer.sections["places"]]
    assert places[0] == (
        "Germany is a party to the Hague 2007 Child Support Convention (in force for it from "
        f"{germany.hague_in_force}); the Convention is in force between it and the United "
        f"States from {germany.hague_with_us_from}.")
    assert "Germany is not a US foreign reciprocating country (42 U.S.C. § 659a)." in places
    assert any("no Convention (Central Authority) route between the PRC and Germany" in p
               for p in places)
    assert all(s.sources for s in answer.sections["places"])
    assert any("none of Germany's own law" in u for u in answer.uncertain)
    assert "statutes" not in answer.sections and "What supportcase knows" in answer.text

    zh = compose(retrieve("我的北京判决能在德国申请执行吗？", index=index), today=day)
    text = "\n".join(s.text for s in zh.sections["places"])
    assert "德国是2007年海牙儿童抚养费公约缔约方（2014-08-01起对其生效）" in text
    assert "中国与德国之间没有公约的中央机关转递途径" in text
    assert any("本系统未收录德国本国法律" in u for u in zh.uncertain)


def test_a_country_not_a_party_and_one_that_reciprocates_are_said_so(index):
    # countries.yaml: Japan is not a party to the 2007 Convention nor a US reciprocating
    # country; Norway is both (a party from 2013-01-01, reciprocating, us-hague.md §4.1).
    day = dt.date(2026, 11, 1)
    japan = compose(retrieve("Can I enforce my California order in Japan?", index=index),
                    today=day)
    places = [s.text for s in japan.sections["places"]]
    assert places[:2] == ["Japan is not a party to the Hague 2007 Child Support Convention.",
                          "Japan is not a US foreign reciprocating country (42 U.S.C. § 659a)."]
    assert not any("PRC" in p for p in places)  # the order is Californian
    norway = compose(retrieve("Can DCSS enforce my order in Norway?", index=index), today=day)
    places = [s.text for s in norway.sections["places"]]
    assert "Norway is a US foreign reciprocating country (42 U.S.C. § 659a)." in places
    assert places[0].startswith("Norway is a party to the Hague 2007 Child Support Convention")


def test_a_us_order_in_the_prc_is_answered_with_the_rules_on_us_orders(index):
    # Before: the divorce-recognition procedure, the recognition period and enforcing a PRC
    # judgment abroad (CPL art. 297) were the rules shown, and art. 297 among the articles.
    for question in ("My ex moved to Shenzhen. Can I enforce my California child support "
                     "order in China?", "我在加州有抚养费判决，前夫搬到深圳了，能在中国执行吗？"):
        answer = compose(retrieve(question, index=index), today=dt.date(2026, 11, 1))
        rules = [s.id for s in answer.sources if s.kind == "rule"]
        assert rules == ["cn.recognition.us_orders", "cn.recognition.foreign_judgments",
                         "cn.recognition.fresh_action"]
        articles = [s.id for s in answer.sources if s.kind == "statute"]
        assert not any(a.endswith("#297") for a in articles)
        assert all(c.status == "valid" for c in answer.citations)
