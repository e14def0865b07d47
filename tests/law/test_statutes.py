"""The statute read layer: names, numbers and our dated corrections (china-law.md C0.1)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supportcase.errors import NotFound, UserError
from supportcase.law import statutes


@pytest.mark.parametrize("reference", [
    "民事诉讼法 250", "CPL 250", "Civil Procedure Law art. 250", "第二百五十条",
    "《中华人民共和国民事诉讼法》第二百五十条", "民诉法第250条", "CPL Art. 250",
])
def test_every_spelling_reaches_cpl_250(reference: str) -> None:
    art = statutes.cite(reference)
    assert art.law.name == "中华人民共和国民事诉讼法"
    assert art.number == 250 and art.label == "第二百五十条"
    # CPL 2023 art. 250: the 2-year period, counted from the last instalment
    assert "申请执行的期间为二年" in art.text
    assert "最后一期履行期限届满之日起计算" in art.text


def test_civil_code_short_and_english_names() -> None:
    assert statutes.cite("民法典第1085条").text.startswith("离婚后，子女由一方直接抚养的")
    assert statutes.article("Civil Code", 1085) == statutes.article("民法典", "第一千零八十五条")


def test_cpl_2023_took_effect_2024_not_database_date() -> None:
    law = statutes.resolve_law("CPL")
    assert law.in_force_from == dt.date(2024, 1, 1)
    assert any(c.law == law.name and c.field == "in_force_from" and
               c.database_value == "2023-09-01" for c in statutes.corrections())


def test_duplicate_arbitration_law_rows_resolve_to_current_text() -> None:
    assert statutes.resolve_law("仲裁法").status == "现行有效"


def test_unknown_article_and_law_are_user_errors() -> None:
    with pytest.raises(NotFound, match=r"has no article 9999 \(第九千九百九十九条\)"):
        statutes.cite("CPL 9999")
    # Past what a Chinese article label can spell: still "no such article", not a crash.
    with pytest.raises(NotFound, match=r"has no article 99999$"):
        statutes.cite("民事诉讼法 99999")
    with pytest.raises(NotFound):
        statutes.resolve_law("火星法")
    with pytest.raises(UserError):
        statutes.parse_article_number("第abc条")


def test_iter_articles_covers_the_laws_in_force() -> None:
    seen = {(a.law.short_name, a.number) for a in statutes.iter_articles()}
    assert ("民事诉讼法", 250) in seen and ("民法典", 1085) in seen and ("刑法", 313) in seen
    assert len(seen) > 20000


@settings(deadline=None)  # the first call imports cn2an (half a second)
@given(st.integers(min_value=1, max_value=9999))
def test_chinese_numerals_agree_with_cn2an(number: int) -> None:
    import cn2an

    assert statutes.chinese_label(number) == cn2an.an2cn(number)
    assert statutes.chinese_numeral(cn2an.an2cn(number)) == number
    assert statutes.parse_article_number(f"第{cn2an.an2cn(number)}条") == number


@pytest.mark.parametrize("bad", ["第零条", "二二", "十百", "第条", "0"])
def test_malformed_numbers_are_rejected(bad: str) -> None:
    with pytest.raises(UserError):
        statutes.parse_article_number(bad)
