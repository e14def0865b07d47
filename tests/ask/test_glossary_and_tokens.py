"""The glossary turns a parent's words into the statutes' words; jieba keeps legal terms."""

from __future__ import annotations

from supportcase.advice.ask.glossary import default_glossary, english_words, parse_glossary
from supportcase.advice.ask.tokenize import is_chinese, legal_tokens, user_dictionary


def zh_terms(question: str) -> list[str]:
    return [t.zh for t in default_glossary().matches(question)]


def test_english_child_support_maps_to_the_statutes_word():
    assert "抚养费" in zh_terms("He stopped paying child support.")


def test_english_phrases_match_whatever_the_word_form():
    # "paying"/"paid", "wages"/"wage": one loose stem each
    assert "拒绝履行" in zh_terms("He refuses to pay")
    assert "收入" in zh_terms("Can they take it out of his wages?")
    assert english_words("paying wages") == english_words("pays wage")


def test_colloquial_chinese_maps_to_legal_terms():
    assert "收入" in zh_terms("能从他工资里扣吗")  # 工资 → 扣留、提取收入 (CPL 254)
    assert "限制出境" in zh_terms("回国的时候能不让他出国吗")  # CPL 266
    assert "拒不执行判决裁定罪" in zh_terms("他有钱不给能让他坐牢吗")  # Criminal Law 313


def test_a_phrase_must_match_whole_words():
    glossary = parse_glossary("terms:\n  - zh: 存款\n    en: [bank account]\n")
    assert glossary.matches("my bank account") != []
    assert glossary.matches("the bank's accountant") == []


def test_a_question_about_nothing_legal_matches_no_term():
    assert zh_terms("What is the weather like today?") == []


def test_the_user_dictionary_keeps_legal_terms_whole():
    assert "先予执行" in user_dictionary()
    assert "先予执行" in legal_tokens("申请先予执行")
    assert "抚养费" in legal_tokens("他一直不给抚养费")


def test_stopwords_and_single_characters_are_dropped():
    tokens = legal_tokens("我该怎么办呢？")
    assert "怎么办" not in tokens and "我" not in tokens
    assert legal_tokens("What can I do about it?") == []


def test_language_of_a_question():
    assert is_chinese("他拖欠的抚养费能不能要利息？")
    assert not is_chinese("Can I get interest on the support he paid late?")
    assert is_chinese("CPL 250 规定的期限是多久？")
