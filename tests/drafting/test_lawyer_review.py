"""Defects a family-law practitioner reviewing the drafts would otherwise have to edit by hand:
numbering, citations that must match the rule data, words left in English in a Chinese filing,
and documents a court requires that the rule data list."""

from __future__ import annotations

import pytest

from supportcase.casefile import CaseFile
from supportcase.drafting.render import render_draft
from tests.drafting.conftest import AS_OF


def _table_rows(case: CaseFile, kind: str, lang: str) -> list[tuple[str, ...]]:
    doc = render_draft(kind, case, lang=lang, as_of=AS_OF)
    return [tuple(r) for b in doc.blocks for r in b.rows]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_evidence_list_without_documents_numbers_each_row_once(demo_case: CaseFile,
                                                               lang: str) -> None:
    # With no document on file the list shows a placeholder row 1; the arrears statement
    # that follows is item 2, not a second item 1.
    case = demo_case.model_copy(update={"documents": []})
    rows = [r for r in _table_rows(case, "evidence_list", lang) if r and r[0].isdigit()]
    assert [r[0] for r in rows] == ["1", "2"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_evidence_list_cites_the_foreign_documents_rule_by_its_article(demo_case: CaseFile,
                                                                       lang: str) -> None:
    # cn.evidence.foreign_documents cites 证据规定 art. 16; the English copy named the
    # Provisions without any article, so the two copies cited different things.
    from supportcase.drafting.context import citation_text
    from supportcase.law.rules import default_rulebook

    citation = default_rulebook().get("cn.evidence.foreign_documents").citation
    text = render_draft("evidence_list", demo_case, lang=lang, as_of=AS_OF).text()
    assert citation_text(citation, lang) in text
    expected = "第十六条" if lang == "zh" else "art. 16"
    assert expected in text


def test_evidence_list_names_a_documents_language_in_words(demo_case: CaseFile) -> None:
    # A Chinese filing said "en（须附中文译本）", an English copy "zh": language codes, not
    # the words a court's list uses.
    docs = [d.model_copy(update={"language": "en"}) if i == 0 else d
            for i, d in enumerate(demo_case.documents)]
    case = demo_case.model_copy(update={"documents": docs})
    zh = _table_rows(case, "evidence_list", "zh")
    assert zh[1][-1] == "英文（须附中文译本）"
    assert all(r[-1] == "中文" for r in zh[2:])
    en = _table_rows(case, "evidence_list", "en")
    assert en[1][-1] == "English"
    assert all(r[-1] == "Chinese" for r in en[2:])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_application_on_a_notarized_instrument_attaches_the_enforcement_certificate(
        lang: str) -> None:
    # cn.instruments.notarized_agreement: the creditor must file the notary's enforcement
    # certificate (执行证书); a notarized instrument has no court certificate of effectiveness.
    import datetime as dt
    from pathlib import Path

    import yaml

    path = Path(__file__).parents[1] / "law/scenarios/notarized_agreement_with_certificate.yaml"
    case = CaseFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))["case"])
    text = render_draft("enforcement_application", case, lang=lang,
                        as_of=dt.date(2026, 11, 1)).text()
    attachments = text[text.index("附件" if lang == "zh" else "Attachments"):]
    if lang == "zh":
        assert "2. 公证机构出具的执行证书一份；" in attachments
        assert "生效证明" not in attachments
    else:
        assert "2. Enforcement certificate issued by the notary office;" in attachments
        assert "Certificate of effectiveness" not in attachments


def test_application_on_a_judgment_still_attaches_the_certificate_of_effectiveness(
        demo_case: CaseFile) -> None:
    text = render_draft("enforcement_application", demo_case, lang="zh", as_of=AS_OF).text()
    assert "2. 生效证明一份；" in text and "执行证书" not in text


def _scenario(name: str) -> CaseFile:
    from pathlib import Path

    import yaml

    path = Path(__file__).parents[1] / f"law/scenarios/{name}.yaml"
    return CaseFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))["case"])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_application_on_a_notarized_instrument_asks_for_the_domicile_or_property_court(
        lang: str) -> None:
    # cn.enforcement.court: a notarized instrument is enforced by the court of the obligor's
    # domicile or of his property; there is no first-instance court to name.
    import datetime as dt

    doc = render_draft("enforcement_application", _scenario(
        "notarized_agreement_with_certificate"), lang=lang, as_of=dt.date(2026, 11, 1))
    text = doc.text()
    assert "第一审法院名称" not in text
    assert "被执行人住所地或被执行的财产所在地人民法院" in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_notarized_instrument_asks_for_its_notary_office_and_certificate_number(
        lang: str) -> None:
    # The placeholders asked for the "issuing court" and "case number" of a notarized
    # instrument: it is issued by a notary office under a notarial certificate number.
    import datetime as dt

    text = render_draft("enforcement_application", _scenario(
        "notarized_agreement_with_certificate"), lang=lang, as_of=dt.date(2026, 11, 1)).text()
    assert "作出法院" not in text and "issuing court" not in text
    assert "案号 / TO FILL" not in text
    assert "出具公证债权文书的公证机构" in text and "公证书编号" in text


def test_application_names_the_law_once_before_its_articles(demo_case: CaseFile) -> None:
    # "Under Civil Procedure Law of the PRC (2023) art. 247, Civil Procedure Law of the PRC
    # (2023) art. 235 and ..." named the law three times, in another order than the Chinese.
    en = render_draft("enforcement_application", demo_case, lang="en", as_of=AS_OF).text()
    assert "Under Civil Procedure Law of the PRC (2023) arts. 235, 247 and 264, the applicant" in en
    zh = render_draft("enforcement_application", demo_case, lang="zh", as_of=AS_OF).text()
    assert ("依照《中华人民共和国民事诉讼法》第二百三十五条、第二百四十七条、第二百五十三条、"
            "第二百五十四条、第二百五十五条、第二百六十四条的规定") in zh


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", "（《中华人民共和国民事诉讼法》第二百五十二条、第二百五十三条、第二百六十六条）"),
    ("en", "[Civil Procedure Law of the PRC (2023) arts. 252, 253 and 266]")])
def test_counsel_email_names_a_law_once_for_a_questions_articles(
        demo_case: CaseFile, lang: str, expected: str) -> None:
    text = render_draft("counsel_email", demo_case, lang=lang, as_of=AS_OF).text()
    assert expected in text


@pytest.mark.parametrize(("lang", "expected", "wrong"), [
    ("zh", "第二百三十五条、第二百四十九条、", "第二百四十七条"),
    # No interest is computed on this scenario, so art. 264 (interest) is not cited.
    ("en", "arts. 235 and 249,", "247")])
def test_application_on_a_notarized_instrument_cites_the_article_for_notarized_instruments(
        lang: str, expected: str, wrong: str) -> None:
    # CPL art. 247 makes a court's judgment enforceable; a notarized instrument is enforced
    # under the CPL article cn.instruments.notarized_agreement cites (art. 249).
    import datetime as dt

    doc = render_draft("enforcement_application", _scenario(
        "notarized_agreement_with_certificate"), lang=lang, as_of=dt.date(2026, 11, 1))
    basis = next(b.text for b in doc.blocks if b.text.startswith(("依照", "Under ")))
    assert expected in basis and wrong not in basis
    assert [c["text"] for c in doc.citations if not c["ok"]] == []
