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


@pytest.mark.parametrize(("question", "rule"), [
    # Interest on a support judgment in California: CCP § 685.010 (the PRC's doubled interest,
    # CPL art. 264, came first before: the question's words matched its Chinese).
    ("Can DCSS collect interest on arrears?", "us.ca.interest.legal_rate"),
    ("How much interest does California charge on unpaid child support?",
     "us.ca.interest.legal_rate"),
    ("加州的利率是多少？欠的抚养费怎么算利息", "us.ca.interest.legal_rate"),
    # A PRC order in California: registration by comity or a "substantially similar"
    # finding (Fam. Code § 5700.105(b), § 5700.102(5)(C)) — before, only PRC rules came,
    # on recognising foreign judgments in China.
    ("我的北京判决能在加州执行吗？", "us.ca.uifsa.comity_for_prc_orders"),
    ("Can I register my Chinese support judgment in California?",
     "us.ca.uifsa.comity_for_prc_orders"),
])
def test_a_question_asking_to_act_in_california_gets_californias_rules(index, question, rule):
    from supportcase.law.rules import default_rulebook

    found = retrieve(question, index=index)
    ids = [h.passage.id for h in found.rules]
    assert rule in ids[:3]
    assert all(default_rulebook().get(i).jurisdiction in {"US-CA", "US"} for i in ids)
    # The statute database holds PRC law only: no PRC article is offered as the answer.
    assert found.abroad and not found.statutes


@pytest.mark.parametrize("question", [
    # Where he lives is no forum: the exit ban is a PRC measure (CPL art. 266, Exit and
    # Entry Administration Law art. 12).
    "He lives in California now but visits China sometimes. Can he be stopped from leaving "
    "China until he pays?",
    # Made in California, to be enforced in China (CPL art. 298, 299).
    "美国加州法院判的抚养费，能拿到中国法院来执行吗？",
    # He lives in Germany; the interest asked about is the PRC's (CPL art. 264).
    "He lives in Germany now. How much interest can I claim on the arrears in China?",
    # A German court made the order; it is to be enforced in China.
    "I have a judgment from a German court. Can I enforce it in China?",
    "My German judgment: can a Chinese court enforce it?",
])
def test_a_place_lived_in_or_an_order_made_there_keeps_the_prc_answer(index, question):
    found = retrieve(question, index=index)
    assert not found.abroad and not found.places
    assert found.rules[0].passage.id.startswith("cn.")
    assert found.statutes  # PRC articles are still searched


@pytest.mark.parametrize("question", [
    "Can I enforce my Chinese support judgment in Germany?",
    "我的北京判决能在德国申请执行吗？",
    "Will a court in Germany recognise a support judgment from a Chinese court?",
    "Can I enforce my Chinese judgment in a German court?",
    "Will a German court recognise a support order from a Chinese court?",
])
def test_a_question_asking_to_act_in_a_country_whose_law_is_not_here_gets_cross_border_rules(
        index, question):
    # CPL art. 297: a party may apply directly to the competent foreign court. Before, the
    # PRC's rules on enforcing in China came first, with PRC articles (CPL art. 247).
    from supportcase.advice.ask.retrieve import CROSS_BORDER_RULES

    found = retrieve(question, index=index)
    assert found.places == ("DE",) and found.abroad and not found.statutes
    ids = [h.passage.id for h in found.rules]
    assert "cn.international.enforcement_abroad" in ids[:2]
    assert ids and all(i.startswith(CROSS_BORDER_RULES) for i in ids)


def test_a_question_asking_to_act_in_hong_kong_does_not_get_the_prcs_own_court_rules(index):
    # Hong Kong is a legal system of its own: the Mainland–HK arrangement (2022) applies, not
    # CPL art. 235 on which PRC court enforces (it came second before).
    found = retrieve("Can I enforce my Beijing judgment in Hong Kong?", index=index)
    ids = [h.passage.id for h in found.rules]
    assert ids[0] == "cn_hk.family_judgments.arrangement"
    assert not any(i.startswith("cn.enforcement.") or i.startswith("cn.instruments.")
                   for i in ids)


@pytest.mark.parametrize("question", ["Can DCSS send my case to Canada?",
                                      "加州儿童抚养服务能把案子转到加拿大吗？"])
def test_a_case_sent_to_a_country_names_it_as_where_to_act(index, question):
    # Canada: a party to the 2007 Convention and a US reciprocating country (countries.yaml).
    found = retrieve(question, index=index)
    assert found.places == ("CA",) and found.abroad


@pytest.mark.parametrize(("question", "place"), [
    # The adjective of a court, law or authority names the country ("a German court").
    ("Can I enforce my Chinese judgment in a German court?", "DE"),
    ("Will a Japanese court enforce a Chinese support judgment?", "JP"),
    ("Can I enforce it in a Canadian court?", "CA"),
    ("He moved to Sydney. Can an Australian court collect the support he owes?", "AU"),
    ("Does German law let me collect it there?", "DE"),
    # Other names than countries.yaml's (Türkiye, United Kingdom, South Korea).
    ("Can I enforce my Beijing judgment in Turkey?", "TR"),
    ("Can I enforce my Beijing judgment in the UK?", "GB"),
    ("Can I register the order in England?", "GB"),
    ("Can DCSS send my case to Britain?", "GB"),
    ("Can I enforce it in Korea?", "KR"),
    ("我的判决能在澳洲申请执行吗？", "AU"),
    ("能在英格兰申请执行吗？", "GB"),
])
def test_a_country_named_by_its_adjective_or_another_name_is_where_to_act(question, place):
    from supportcase.advice.ask.retrieve import places_named

    assert places_named(question) == {place}


@pytest.mark.parametrize("question", [
    # Where the order was made, not where to act.
    "My German judgment: can a Chinese court enforce it?",
    "I have a judgment from a German court. Can I enforce it in China?",
    "Can the decision of a French court be enforced in China?",
    "I have a German court order. Can I enforce it in China?",
    "He got an order from an Australian court against me. Is it valid in China?",
    "德国法院判的抚养费，能在中国执行吗？",
    # A longer name is not a shorter one inside it.
    "Can I enforce it in North Korea?",
])
def test_a_country_where_the_order_was_made_is_not_where_to_act(question):
    from supportcase.advice.ask.retrieve import places_named

    assert places_named(question) == set()


def test_northern_ireland_is_the_united_kingdom_not_ireland():
    from supportcase.advice.ask.retrieve import places_named

    assert places_named("Can I enforce it in Northern Ireland?") == {"GB"}
    assert places_named("Can I enforce it in Ireland?") == {"IE"}


def test_the_place_words_are_for_countries_of_the_country_data():
    from importlib import resources

    import yaml

    from supportcase.law.countries import all_countries

    text = (resources.files("supportcase.advice.ask") / "places.yaml").read_text("utf-8")
    assert set(yaml.safe_load(text)["places"]) <= set(all_countries())


@pytest.mark.parametrize("question", ["他拖欠的抚养费能不能要利息？",
                                      "Can I get interest on the child support he paid late?"])
def test_articles_that_only_share_the_questions_words_are_left_out(index, question):
    # CPL art. 264 (doubled interest for delayed performance) answers it; Civil Code arts. 585
    # and 590 (liquidated damages, force majeure in contracts) only share 迟延履行 with it and
    # scored under two thirds of art. 264 — they were listed beside it before.
    found = retrieve(question, index=index)
    assert found.top_articles(1) == [(CPL, 264)]
    assert (CC, 585) not in found.top_articles(10) and (CC, 590) not in found.top_articles(10)
    from supportcase.advice.ask.retrieve import STATUTE_SHARE_OF_BEST

    best = found.statutes[0].score
    assert all(h.score >= STATUTE_SHARE_OF_BEST * best for h in found.statutes)


def test_an_article_named_in_the_question_does_not_crowd_out_the_search(index):
    # The named article scores 100; the others are measured against the best found by search.
    found = retrieve("民法典第1085条说的“合理要求”是什么意思？", index=index)
    assert found.statutes[0].via == "cited in question"
    assert any(h.via == "search" for h in found.statutes)


@pytest.mark.parametrize("question", [
    # A Mainland city or province is in the PRC (places.yaml: mainland).
    "Can I enforce my California child support order in Shenzhen?",
    "My German child support judgment: can I enforce it in Beijing?",
    "我在广东的法院申请执行可以吗？",
    "前夫搬到深圳了，我能在深圳申请执行吗？",
    "I have a Hong Kong maintenance order. Can I enforce it in the Mainland?",
])
def test_a_mainland_city_or_province_is_acting_in_the_prc(question):
    from supportcase.advice.ask.retrieve import forums_named

    assert forums_named(question) == {"CN"}


@pytest.mark.parametrize(("question", "forum"), [
    # The court that made the order is no forum, in Chinese too: 香港法院的抚养令 named Hong
    # Kong, 中国法院的抚养费判决 the PRC, as where to act.
    ("我有香港法院的抚养令，他在深圳，能在内地执行吗？", {"CN"}),
    ("我在中国法院的抚养费判决，能在美国加州执行吗？", {"US", "US-CA"}),
    # Living there is no forum either.
    ("My ex moved to Shenzhen. Is my California order any good?", set()),
])
def test_the_court_that_made_the_order_is_not_where_to_act(question, forum):
    from supportcase.advice.ask.retrieve import forums_named

    assert forums_named(question) == forum


@pytest.mark.parametrize(("question", "origin"), [
    ("My ex moved to Shenzhen. Can I enforce my California child support order in China?",
     {"US", "US-CA"}),
    ("我在加州有抚养费判决，前夫搬到深圳了，能在中国执行吗？", {"US", "US-CA"}),
    ("美国加州法院判的抚养费，能拿到中国法院来执行吗？", {"US", "US-CA"}),
    ("I have a Hong Kong maintenance order. Can I enforce it in the Mainland?", {"CN-HK"}),
    ("我有香港法院的抚养令，他在深圳，能在内地执行吗？", {"CN-HK"}),
    ("Can I enforce my Canadian child support order in China?", {"CA"}),
    ("我有德国法院的抚养费判决，能在中国执行吗？", {"DE"}),
    ("I have a judgment from a German court. Can I enforce it in China?", {"DE"}),
    ("Can I enforce my Chinese child support judgment in California?", {"CN"}),
    ("我的北京判决能在加州执行吗？", {"CN"}),
    ("中国法院判了，但是他人和钱都在美国，这个判决怎么执行？", {"CN"}),
    # A court ordering him to pay, or a step taken, names no order.
    ("Can a Chinese court order him to pay?", set()),
    ("能在中国执行吗？", set()),
])
def test_where_the_order_was_made(question, origin):
    from supportcase.advice.ask.retrieve import origins_named

    assert origins_named(question) == origin


# An order made outside the PRC, to be enforced there. Before, the PRC's rules on taking a PRC
# judgment abroad (cn.international.enforcement_abroad, CPL art. 297) came among the first
# three, and the rules that matter most were below or missing.
_US = ("cn.recognition.us_orders", "cn.recognition.foreign_judgments",
       "cn.recognition.fresh_action")
# Another country's order: the general route (CPL arts. 298–300) and suing afresh, which rest
# on the provisions the rule on US orders rests on, before the other rules on foreign orders.
_OTHER = ("cn.recognition.foreign_judgments", "cn.recognition.fresh_action")


@pytest.mark.parametrize(("question", "first"), [
    # cn.recognition.us_orders: no treaty, reciprocity uncertain, compare a fresh claim.
    ("My ex moved to Shenzhen. Can I enforce my California child support order in China?", _US),
    ("我在加州有抚养费判决，前夫搬到深圳了，能在中国执行吗？", _US),
    ("Can I enforce my California child support order in Shenzhen?", _US),
    ("美国加州法院判的抚养费，能拿到中国法院来执行吗？", _US),
    ("Can I enforce my Canadian child support order in China?", _OTHER),
    ("我有德国法院的抚养费判决，能在中国执行吗？", _OTHER),
    ("My German child support judgment: can I enforce it in Beijing?", _OTHER),
    ("I have a judgment from a German court. Can I enforce it in China?", _OTHER),
])
def test_an_order_from_abroad_in_the_prc_gets_the_rules_for_its_origin(index, question, first):
    found = retrieve(question, index=index)
    ids = [h.passage.id for h in found.rules]
    assert ids[0] == first[0] and set(ids[:len(first)]) == set(first)
    assert first == _US or "cn.recognition.us_orders" not in ids
    assert "cn.international.enforcement_abroad" not in ids
    assert (CPL, 297) not in found.top_articles(10)


@pytest.mark.parametrize("question", [
    "I have a Hong Kong maintenance order. Can I enforce it in the Mainland? He lives in "
    "Shenzhen.",
    "我有香港法院的抚养令，他在深圳，能在内地执行吗？",
    "Can I enforce my Hong Kong child support order in Guangzhou?",
])
def test_a_hong_kong_order_in_the_mainland_gets_the_arrangement(index, question):
    # The Mainland–HK family-judgments arrangement (2022), not the foreign-judgment route nor
    # Taiwan's rules (which came first for the Chinese question).
    found = retrieve(question, index=index)
    ids = [h.passage.id for h in found.rules]
    assert ids[0] == "cn_hk.family_judgments.arrangement"
    assert not any(i.startswith(("cn.recognition.", "cn_tw.", "cn_mo."))
                   or i == "cn.international.enforcement_abroad" for i in ids)


@pytest.mark.parametrize(("question", "shown"), [
    ("How do I enforce my PRC judgment abroad? He moved to Canada.", True),
    ("The Chinese judgment does nothing here because he and all his money are in America. "
     "How can it be enforced abroad?", True),
    # Kept, fourth: where he lives names no forum.
    ("中国法院判了，但是他人和钱都在美国，这个判决怎么执行？", False),
])
def test_a_prc_order_to_be_enforced_abroad_keeps_the_rule_on_enforcing_abroad(index, question,
                                                                             shown):
    # An order made in the PRC is no foreign order: the PRC's rules on recognising those
    # (cn.recognition.us_orders came tenth for the English question) are left out.
    found = retrieve(question, index=index)
    ids = [h.passage.id for h in found.rules]
    assert "cn.international.enforcement_abroad" in (ids[:3] if shown else ids)
    assert not any(i.startswith("cn.recognition.") for i in ids)


@pytest.mark.parametrize("question", [
    "Can I enforce my Chinese child support judgment in California?",
    "我在中国法院的抚养费判决，能在美国加州执行吗？",
])
def test_a_prc_order_in_california_does_not_get_the_rule_on_us_orders_in_the_prc(index,
                                                                                 question):
    found = retrieve(question, index=index)
    ids = [h.passage.id for h in found.rules]
    assert ids and "cn.recognition.us_orders" not in ids
    assert "us.ca.uifsa.comity_for_prc_orders" in ids[:3]


@pytest.mark.parametrize("question", [
    "我在加州有抚养费判决，前夫搬到深圳了，能在中国执行吗？",
    "我有德国法院的抚养费判决，能在中国执行吗？",
    "Can I enforce my Canadian child support order in China?",
])
def test_an_order_from_abroad_in_the_prc_gets_the_articles_its_rules_rest_on_first(index,
                                                                                   question):
    # CPL arts. 298–300 (recognising a foreign judgment), found by search, come before art. 247
    # (enforcing a PRC judgment), which came first; art. 298 was not among the first five.
    found = retrieve(question, index=index)
    assert set(found.top_articles(3)) == {(CPL, 298), (CPL, 299), (CPL, 300)}
    assert all(h.via == "origin" for h in found.statutes[:3])
