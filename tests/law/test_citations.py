"""Citation check: real, renumbered, repealed and invented citations (DESIGN: grounded citations)."""

from __future__ import annotations

import datetime as dt

from supportcase.law.citations import check_text


def statuses(text: str, on: dt.date | None = None) -> list[tuple[str, str]]:
    return [(c.article, c.status) for c in check_text(text, on=on)]


def test_one_real_two_invented_yields_exactly_the_two_invented() -> None:
    text = "依据《中华人民共和国民事诉讼法》第二百五十条，民法典第9999条，以及民诉法第888条。"
    checks = check_text(text)
    assert [c.status for c in checks] == ["valid", "not_found", "not_found"]
    assert [c.article for c in checks if not c.ok] == ["9999", "888"]


def test_2018_judgment_citing_cpl_239_maps_to_today_250() -> None:
    # CPL 2017 art. 239 (2-year period) = 2021 art. 246 = 2023 art. 250 (concordance)
    [check] = check_text("根据《中华人民共和国民事诉讼法》第二百三十九条", on=dt.date(2018, 5, 2))
    assert check.status == "valid_as_of_its_date"
    assert check.replaced_by is not None and "第二百五十条" in check.replaced_by
    assert check.version == "2017 amendment"


def test_marriage_law_37_is_civil_code_1085() -> None:
    [old] = check_text("《中华人民共和国婚姻法》第三十七条", on=dt.date(2019, 3, 1))
    assert old.status == "valid_as_of_its_date" and "第一千零八十五条" in (old.replaced_by or "")
    [new] = check_text("《婚姻法》第三十七条", on=dt.date(2024, 3, 1))
    assert new.status == "outdated"


def test_shorthand_lists_and_ranges() -> None:
    assert statuses("《民事诉讼法》第250、251条") == [("250", "valid"), ("251", "valid")]
    assert statuses("《民事诉讼法》第298条至第300条") == [
        ("298", "valid"), ("299", "valid"), ("300", "valid")]
    assert statuses("民法典第1085条第二款") == [("1085", "valid")]


def test_english_prc_citations() -> None:
    assert statuses("CPL art. 250 and Civil Code Art. 1085") == [
        ("250", "valid"), ("1085", "valid")]


def test_us_sections_checked_against_rules_data() -> None:
    checks = check_text("Fam. Code § 4055 and Fam. Code § 99999")
    assert [c.status for c in checks] == ["valid", "not_found"]
    assert checks[0].law == "Cal. Fam. Code"


def test_bare_article_number_is_never_passed_as_valid() -> None:
    [check] = check_text("see Art. 5")
    assert check.status == "unverifiable" and not check.ok


def test_english_year_forms_and_explicit_old_text() -> None:
    on = dt.date(2025, 1, 1)
    checks = check_text("CPL 2023 Art 264; CPL 2017 art. 239; Marriage Law Art 37", on=on)
    assert [(c.article, c.status) for c in checks] == [
        ("264", "valid"), ("239", "valid_as_of_its_date"), ("37", "outdated")]
    assert "第二百五十条" in (checks[1].replaced_by or "")  # CPL 2017 art. 239 → 2023 art. 250


def test_old_number_not_in_concordance_is_left_to_a_person() -> None:
    [check] = check_text("《中华人民共和国民事诉讼法》第一百四十二条", on=dt.date(2019, 5, 1))
    assert check.status == "unverifiable" and not check.ok


def test_inferred_mapping_says_so() -> None:
    # CPL 2017 art. 244 (seizure) → 2023 art. 255: the 2017 number is inferred (+7 shift).
    [check] = check_text("《民事诉讼法》第二百四十四条", on=dt.date(2019, 5, 1))
    assert check.status == "valid_as_of_its_date" and "第二百五十五条" in (check.replaced_by or "")
    assert "not verified" in check.note
    # art. 243 (withholding income) was read in the 2012 text: no caution
    [income] = check_text("《民事诉讼法》第二百四十三条", on=dt.date(2019, 5, 1))
    assert "第二百五十四条" in (income.replaced_by or "") and "not verified" not in income.note


def test_repealed_spc_interpretation() -> None:
    [check] = check_text("《最高人民法院关于适用〈中华人民共和国婚姻法〉若干问题的解释（一）》第二十一条",
                         on=dt.date(2023, 1, 1))
    assert check.status == "outdated" and check.replaced_by


def test_ranges_prc_expanded_us_ends_only() -> None:
    checks = check_text("CPL arts. 298–300; Fam. Code §§ 5700.601–5700.603")
    assert [(c.article, c.status) for c in checks] == [
        ("298", "valid"), ("299", "valid"), ("300", "valid"),
        ("5700.601", "valid"), ("5700.603", "valid")]


def test_general_rules_and_principles_map_to_the_civil_code() -> None:
    on = dt.date(2019, 3, 1)
    checks = check_text("《民法总则》第一百九十六条；《中华人民共和国民法通则》第一百三十五条", on=on)
    assert [c.status for c in checks] == ["valid_as_of_its_date", "valid_as_of_its_date"]
    assert "第一百九十六条" in (checks[0].replaced_by or "")
    assert "第一百八十八条" in (checks[1].replaced_by or "")


def test_english_name_of_the_spc_interpretation_is_not_the_law_itself() -> None:
    # CPL Interpretation art. 481 (法释〔2022〕11号) exists; the Civil Procedure Law itself
    # (2023) ends at art. 306, so reading it as "CPL art. 481" would wrongly say not_found.
    interp, law = check_text("SPC Interpretation of the Civil Procedure Law art. 481; "
                             "Civil Procedure Law art. 481")
    assert interp.law == "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"
    assert interp.ok
    assert law.law == "中华人民共和国民事诉讼法" and law.status == "not_found"
