"""Drafts read back from DOCX and PDF: text, tables, headings, bookmarks, embedded fonts, and
figures equal to the ledger's statement (never recomputed by the drafts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from supportcase import drafting
from supportcase.casefile import CaseFile
from supportcase.drafting.context import money
from supportcase.drafting.kinds import KINDS
from supportcase.drafting.render import draft_bytes, render_draft
from supportcase.ledger import build_statement
from tests.drafting.conftest import AS_OF, docx_read, pdf_fonts, pdf_outline, pdf_text

ALL_KINDS = sorted(KINDS)
TEMPLATES = Path(drafting.__file__).parent / "templates"
WRITTEN = [k for k in ALL_KINDS if (TEMPLATES / f"{k}.zh.j2").exists()]


@pytest.fixture(scope="module")
def statement(demo_case: CaseFile) -> dict[str, object]:
    return build_statement(demo_case, AS_OF).to_json()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", WRITTEN)
def test_every_draft_renders_and_its_citations_pass(demo_case: CaseFile, kind: str,
                                                    lang: str) -> None:
    # An enforcement office's figure on file, so the dispute letter has something to dispute.
    data = demo_case.model_dump(mode="json", by_alias=True)
    data["assertions"] = [{"date": "2026-06-30", "amount": "120000.00", "currency": "CNY",
                           "source": "北京市朝阳区人民法院执行局"}]
    doc = render_draft(kind, CaseFile.model_validate(data), lang=lang, as_of=AS_OF)
    assert doc.blocks and doc.title
    assert doc.citations, "every draft cites the law it rests on"
    bad = [c["text"] for c in doc.citations if not c["ok"]]
    assert bad == []
    # The kind's filing language gives the filing copy; the other is a marked translation.
    banner = any(b.kind == "note" and ("Translation" in b.text or "译本" in b.text)
                 for b in doc.blocks)
    assert doc.filing_copy is not banner


def test_enforcement_application_figures_come_from_the_ledger(
        demo_case: CaseFile, statement: dict[str, object]) -> None:
    # cn.interest.delayed_performance: principal and doubled interest as the ledger states them.
    doc = render_draft("enforcement_application", demo_case, lang="zh", as_of=AS_OF)
    pdf = pdf_text(draft_bytes(doc, "pdf")).replace("\n", "").replace("\r", "")
    for key in ("principal_outstanding", "interest_outstanding", "total_outstanding"):
        assert f"人民币{money(statement[key])}元" in pdf, key
    assert "北京市朝阳区人民法院" in pdf  # CPL 2023 art. 235: the first-instance court
    text, _, headings = docx_read(draft_bytes(doc, "docx"))
    assert f"人民币{money(statement['principal_outstanding'])}元" in text
    assert ("Title", "强制执行申请书") in headings
    assert any(style == "Heading 1" and t == "请求事项" for style, t in headings)


def test_missing_facts_are_visible_placeholders_not_inventions(demo_case: CaseFile) -> None:
    doc = render_draft("enforcement_application", demo_case, lang="zh", as_of=AS_OF)
    # The demo case has no ID number for the obligor and no phone.
    assert "【待补充：被执行人身份证号 / TO FILL: obligor ID number】" in doc.placeholders()
    assert "【待补充：被执行人电话 / TO FILL: obligor phone】" in doc.placeholders()
    text, _, _ = docx_read(draft_bytes(doc, "docx"))
    assert "【待补充：被执行人身份证号 / TO FILL: obligor ID number】" in text


def test_arrears_statement_table_matches_the_ledger_row_by_row(
        demo_case: CaseFile, statement: dict[str, object]) -> None:
    doc = render_draft("arrears_statement", demo_case, lang="zh", as_of=AS_OF)
    _, tables, _ = docx_read(draft_bytes(doc, "docx"))
    summary, detail = tables[0], tables[1]
    rows = statement["rows"]
    assert isinstance(rows, list)
    assert len(detail) == len(rows) + 2  # header + one line per instalment + totals
    for line, row in zip(detail[1:-1], rows, strict=True):
        assert line[0] == row["label_zh"]  # the period, or an expense share in Chinese
        assert line[1] == row["due_date"]
        assert line[2] == money(row["amount_due"])
        assert line[5] == money(row["shortfall"])
        assert line[7] == money(row["interest"])
    totals = detail[-1]
    assert totals[2] == money(statement["total_due"])
    assert totals[5] == money(statement["principal_outstanding"])
    assert summary[-1] == ["合计尚欠", money(statement["total_outstanding"])]


def test_pdf_embeds_the_cjk_font_numbers_pages_and_bookmarks_headings(
        demo_case: CaseFile) -> None:
    doc = render_draft("arrears_statement", demo_case, lang="zh", as_of=AS_OF)
    data = draft_bytes(doc, "pdf")
    fonts = pdf_fonts(data)
    assert fonts and all(embedded for _, embedded in fonts)
    assert any("WenQuanYi" in name for name, _ in fonts)
    text = pdf_text(data)
    assert "第 1 页 共" in text
    outline = pdf_outline(data)
    assert "欠款明细表" in outline and "二、逐期明细" in outline


def test_english_translation_is_marked_as_a_companion(demo_case: CaseFile) -> None:
    doc = render_draft("enforcement_application", demo_case, lang="en", as_of=AS_OF)
    assert not doc.filing_copy
    text = pdf_text(draft_bytes(doc, "pdf"))
    assert "Translation for reference only" in text
    assert "Page 1 of" in text


def test_unlawful_clue_is_left_out_of_the_filing_and_explained(demo_case: CaseFile) -> None:
    data = demo_case.model_dump(mode="json", by_alias=True)
    data["asset_clues"].append({
        "kind": "bank_account", "country": "CN", "details": "ICBC account 6222 9999",
        "obtained": "guessed his online-banking password", "obtained_how": "unlawful"})
    case = CaseFile.model_validate(data)
    doc = render_draft("asset_memo", case, lang="zh", as_of=AS_OF)
    assert doc.refused == ("ICBC account 6222 9999",)
    filing_tables = doc.tables()
    assert not any("6222 9999" in cell for t in filing_tables for row in t for cell in row)
    text = doc.text()
    review = text[text.index("提交前核对页"):]
    assert "6222 9999" in review and "非法" in review


def test_draft_without_obligation_shows_gaps(demo_case: CaseFile) -> None:
    data = demo_case.model_dump(mode="json", by_alias=True)
    data["obligations"] = []
    data["payments"] = []
    data["expenses"] = []
    case = CaseFile.model_validate(data)
    doc = render_draft("enforcement_application", case, lang="zh", as_of=AS_OF)
    gaps = doc.placeholders()
    assert any("执行依据" in g for g in gaps)
    assert any("金额" in g for g in gaps)


def test_dispute_letter_uses_the_ledgers_reconciliation(demo_case: CaseFile) -> None:
    data = demo_case.model_dump(mode="json", by_alias=True)
    data["assertions"] = [{"date": "2026-06-30", "amount": "120000.00", "currency": "CNY",
                           "source": "北京市朝阳区人民法院执行局"}]
    case = CaseFile.model_validate(data)
    rec = build_statement(case, AS_OF).to_json()["reconciliation"][0]
    doc = render_draft("dispute_letter", case, lang="zh", as_of=AS_OF)
    text = pdf_text(draft_bytes(doc, "pdf")).replace("\r", "").replace("\n", "")
    assert money(rec["ledger"]) in text and money(rec["difference"].lstrip("-")) in text
    assert ("少" if rec["difference"].startswith("-") else "多") in text
    assert "120,000.00" in text


def test_hague_sheet_says_china_is_not_a_party(demo_case: CaseFile) -> None:
    doc = render_draft("hague_sheet", demo_case, as_of=AS_OF)
    assert doc.lang == "en" and doc.filing_copy  # a US agency reads English
    assert "not a Contracting State" in doc.text()
    _, tables, _ = docx_read(draft_bytes(doc, "docx"))
    fields = {row[0] for t in tables for row in t}
    assert {"Family name, given name", "Case number", "Total outstanding"} <= fields


def test_application_on_an_agreement_warns_it_cannot_be_enforced_as_is(
        demo_case: CaseFile) -> None:
    # cn.instruments.divorce_agreement: a registered divorce agreement is not a title.
    data = demo_case.model_dump(mode="json", by_alias=True)
    data["obligations"][0]["basis"]["type"] = "divorce_agreement"
    doc = render_draft("enforcement_application", CaseFile.model_validate(data), lang="zh",
                       as_of=AS_OF)
    notes = [b.text for b in doc.blocks if b.kind == "note"]
    assert any("不能直接申请强制执行" in n for n in notes)
    demo = render_draft("enforcement_application", demo_case, lang="zh", as_of=AS_OF)
    assert not any("不能直接申请强制执行" in b.text for b in demo.blocks if b.kind == "note")


def test_unknown_kind_is_a_user_error() -> None:
    from supportcase.drafting.kinds import kind_spec
    from supportcase.errors import UserError

    with pytest.raises(UserError):
        kind_spec("love_letter")


def test_docx_uses_court_fonts_and_page_number_fields(demo_case: CaseFile) -> None:
    import io

    import docx
    from docx.oxml.ns import qn

    data = draft_bytes(render_draft("demand_letter", demo_case, as_of=AS_OF), "docx")
    document = docx.Document(io.BytesIO(data))
    for name in ("Normal", "Title", "Heading 1"):
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) in {"SimSun", "SimHei"}
        assert fonts.get(qn("w:asciiTheme")) is None  # a theme font would override ours
    footer_xml = document.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert document.sections[0].page_width.cm == pytest.approx(21.0, abs=0.01)


def test_foreign_currency_payments_show_the_ledgers_rate(
        demo_case: CaseFile, statement: dict[str, object]) -> None:
    rows = statement["rows"]
    assert isinstance(rows, list)
    conv = next(a["conversion"] for r in rows for a in r["payments"] if a.get("conversion"))
    doc = render_draft("arrears_statement", demo_case, lang="zh", as_of=AS_OF)
    fx_table = next(t for t in doc.tables() if t[0][0] == "付款")
    assert fx_table[1][3] == conv["rate"] and fx_table[1][4] == conv["rate_date"]
    # The ECB rate of the demo's USD payment is named in Chinese in the Chinese filing
    # (crossed through the euro); the English copy keeps the ledger's English source.
    assert conv["source"].startswith("ECB euro")
    assert fx_table[1][6].startswith("欧洲央行欧元外汇参考汇率") and "经欧元套算" in fx_table[1][6]
    assert "cross rate" not in fx_table[1][6] and "decimals" not in fx_table[1][6]
    english = render_draft("arrears_statement", demo_case, lang="en", as_of=AS_OF)
    en_table = next(t for t in english.tables() if t[0][0] == "Payment")
    assert en_table[1][6] == conv["source"]


def test_application_names_sex_birth_date_and_ethnic_group_as_prc_filings_do(
        demo_case: CaseFile) -> None:
    # A PRC enforcement application identifies each party by 性别、出生日期、民族 and ID number.
    text = render_draft("enforcement_application", demo_case, lang="zh", as_of=AS_OF).text()
    assert "被执行人：张伟（ZHANG Wei），性别：男，出生日期：1986年7月15日，民族：汉族" in text
    unknown = demo_case.model_copy(update={"parties": demo_case.parties.model_copy(
        update={"obligor": demo_case.parties.obligor.model_copy(  # type: ignore[union-attr]
            update={"sex": None, "ethnicity": None})})})
    placeholders = render_draft("enforcement_application", unknown, lang="zh",
                                as_of=AS_OF).placeholders()
    assert "【待补充：被执行人性别 / TO FILL: obligor sex】" in placeholders
    assert "【待补充：被执行人民族 / TO FILL: obligor ethnic group】" in placeholders


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_arrears_statement_keeps_open_points_for_the_review_page(
        demo_case: CaseFile, lang: str) -> None:
    """A filing states what is claimed and what is left out; it does not ask the court
    whether a payment was support or tell it which exchange rate courts use. The ledger's
    questions (issue 3: a payment of unknown kind, with the 'if counted' total) and its
    assumptions go to the review page, removed before filing; exclusions stay in the filing."""
    ledger = build_statement(demo_case, AS_OF)
    assert ledger.questions and ledger.assumptions and ledger.excluded
    doc = render_draft("arrears_statement", demo_case, lang=lang, as_of=AS_OF)
    heading = "提交前核对页" if lang == "zh" else "Review page"
    cut = next(i for i, b in enumerate(doc.blocks) if b.text.startswith(heading))
    filing = "\n".join(b.text for b in doc.blocks[:cut])
    review = "\n".join(b.text for b in doc.blocks[cut:])
    for note in (*ledger.questions, *ledger.assumptions):
        assert note.text(lang) not in filing and note.text(lang) in review
    for note in ledger.excluded:
        assert note.text(lang) in filing
    total = money(str(ledger.if_unknown_counted.total_outstanding))
    assert total in review and total not in filing


def test_english_notes_in_a_chinese_filing_are_marked_for_translation(
        demo_case: CaseFile) -> None:
    """The Chinese copy is the one filed: a clue typed in English is kept as typed and
    followed by a visible placeholder for its translation, counted with the others; a short
    name or plate number is not."""
    from supportcase.drafting.context import in_chinese
    from supportcase.drafting.placeholders import find_placeholders

    assert in_chinese("Tesla Model 3 京A12345") == "Tesla Model 3 京A12345"
    marked = in_chinese("divorce judgment, property section")
    assert marked.startswith("divorce judgment, property section 【待补充：")
    assert len(find_placeholders(marked)) == 1
    doc = render_draft("asset_memo", demo_case, lang="zh", as_of=AS_OF)
    english_clues = [a for a in demo_case.asset_clues if len(a.details.split()) >= 3
                     and a.details.isascii()]
    assert english_clues, "the demo case has a clue noted in English"
    assert any("上述内容的中文译文" in p for p in doc.placeholders())
    english = render_draft("asset_memo", demo_case, lang="en", as_of=AS_OF)
    assert not any("中文译文" in p for p in english.placeholders())
