"""The `supportcase arrears` command on the demo case file, and every output format."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from supportcase.casefile import parse_casefile
from supportcase.ledger import build_statement
from supportcase.ledger.labels import label
from supportcase.ledger.render_csv import statement_csv
from supportcase.ledger.render_markdown import statement_markdown
from supportcase.ledger.render_pdf import statement_pdf
from supportcase.ledger.render_xlsx import statement_xlsx

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "src" / "supportcase" / "demo" / "demo_case.yaml"
AS_OF = date(2026, 11, 1)
REQUIRED = ("as_of", "currency", "total_due", "total_paid", "principal_outstanding",
            "interest_outstanding", "total_outstanding", "rows", "excluded", "assumptions",
            "rules")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "supportcase", *args], capture_output=True,
                          text=True, cwd=REPO, check=False)


@pytest.fixture(scope="module")
def demo_statement():  # type: ignore[no-untyped-def]
    case = parse_casefile(DEMO.read_text(encoding="utf-8"), source=str(DEMO))
    return build_statement(case, AS_OF)


def test_cli_json_on_the_demo_case() -> None:
    done = _run("arrears", str(DEMO), "--as-of", "2026-11-01", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    for key in REQUIRED:
        assert key in data, key
    for key in ("total_due", "total_paid", "principal_outstanding", "interest_outstanding",
                "total_outstanding"):
        Decimal(data[key])  # decimal strings, exactly
        assert isinstance(data[key], str)
    assert Decimal(data["total_outstanding"]) == (Decimal(data["principal_outstanding"])
                                                  + Decimal(data["interest_outstanding"]))
    # The gift from the grandmother is excluded; the red packet is a question; tuition is
    # outside the judgment.
    codes = {n["code"] for n in data["excluded"]}
    assert {"not_performance_gift", "not_in_legal_basis"} <= codes
    assert [q["code"] for q in data["questions"]] == ["unknown_kind"]
    assert {r["id"] for r in data["rules"]} >= {"cn.interest.delayed_performance",
                                                "cn.allocation.delayed_performance"}
    # Every counted payment with who paid it, its proof and, for USD, the rate used.
    assert data["payments"][0]["proof"] == "bank-2023"
    usd = [p for p in data["payments"] if p["original_currency"] == "USD"]
    assert usd and usd[0]["conversion"]["pair"] == "USD/CNY"
    # Every installment due before the as-of date and before the child's 18th birthday.
    periodic = [r for r in data["rows"] if r["kind"] == "installment"]
    assert periodic[0]["due_date"] == "2020-01-10" and periodic[-1]["due_date"] == "2026-10-10"


def test_cli_errors_are_one_line() -> None:
    done = _run("arrears", str(DEMO), "--as-of", "yesterday")
    assert done.returncode == 1
    assert done.stderr.strip().startswith("error:") and "Traceback" not in done.stderr
    done = _run("arrears", "missing.yaml", "--as-of", "2026-11-01")
    assert done.returncode == 1 and "Traceback" not in done.stderr


def test_cli_writes_every_format(tmp_path: Path) -> None:
    paths = {ext: tmp_path / f"a.{ext}" for ext in ("csv", "xlsx", "pdf", "md")}
    done = _run("arrears", str(DEMO), "--as-of", "2026-11-01", "--lang", "zh",
                *(x for ext, p in paths.items() for x in (f"--{ext}", str(p))))
    assert done.returncode == 0, done.stderr
    for p in paths.values():
        assert p.stat().st_size > 0


def test_cli_rate_table_overrides_ecb(tmp_path: Path) -> None:
    table = tmp_path / "rates.csv"
    table.write_text("date,pair,rate,source\n2021-01-20,USD/CNY,6.4678,CFETS central parity\n",
                     encoding="utf-8")
    done = _run("arrears", str(DEMO), "--as-of", "2026-11-01", "--json", "--rates", str(table))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    conversions = [a["conversion"] for r in data["rows"] for a in r["payments"]
                   if "conversion" in a]
    assert conversions and {c["rate"] for c in conversions} == {"6.4678"}
    assert conversions[0]["amount"] == "3233.90"  # 500 × 6.4678
    assert "CFETS" in conversions[0]["source"]


def test_csv_rows_and_totals(demo_statement) -> None:  # type: ignore[no-untyped-def]
    text = statement_csv(demo_statement, "en")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "id"
    assert len([r for r in rows if r and r[0].startswith("main:")]) == len(demo_statement.rows)
    assert ["Total outstanding", str(demo_statement.total.total_outstanding)] in rows


def test_markdown_both_languages(demo_statement) -> None:  # type: ignore[no-untyped-def]
    en = statement_markdown(demo_statement, "en")
    zh = statement_markdown(demo_statement, "zh")
    assert "Total outstanding" in en and "欠款总额" in zh
    assert str(demo_statement.total.total_outstanding) in en


def test_xlsx_has_sheets_and_sum_formulas(demo_statement) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(statement_xlsx(demo_statement, "en")))
    assert book.sheetnames == ["Installments", "Totals", "Notes", "Rules"]
    sheet = book["Installments"]
    last = [c.value for c in sheet[sheet.max_row]]
    assert last[0] == "Total" and str(last[2]).startswith("=SUM(")


def test_pdf_is_bilingual_with_page_numbers(demo_statement) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(statement_pdf(demo_statement, "zh"))
    pages = len(pdf)
    assert pages >= 2
    first = pdf[0].get_textpage().get_text_range()
    last = pdf[pages - 1].get_textpage().get_text_range()
    assert "Arrears statement" in first and "欠付抚养费明细" in first
    assert f"Page {pages} of {pages}" in last and f"第 {pages} 页" in last


def test_cli_on_a_stored_case_gives_the_same_figures() -> None:
    from supportcase.store import open_store

    case = parse_casefile(DEMO.read_text(encoding="utf-8"), source=str(DEMO))
    with open_store() as store:
        case_id = store.save_case(case, actor="test")
    from_store = _run("arrears", case_id, "--as-of", "2026-11-01", "--json")
    from_file = _run("arrears", str(DEMO), "--as-of", "2026-11-01", "--json")
    assert from_store.returncode == 0, from_store.stderr
    assert json.loads(from_store.stdout) == json.loads(from_file.stdout)
    missing = _run("arrears", "no-such-case", "--as-of", "2026-11-01")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_every_format_shows_a_conversion_with_its_rate_date_and_source() -> None:
    # Every converted amount carries its rate, the rate's date and its source, and says when
    # the previous available day's rate was used (no rate on Sunday 2024-03-10).
    import pypdfium2 as pdfium
    import yaml

    example = yaml.safe_load((REPO / "tests" / "ledger" / "examples" /
                              "usd_payment_on_cny_order.yaml").read_text(encoding="utf-8"))
    from supportcase.casefile.model import CaseFile

    st = build_statement(CaseFile.model_validate(example["case"]), example["as_of"])
    csv_text = statement_csv(st, "en")
    assert "USD/CNY 7.1000 2024-03-08 (CFETS central parity (example); no rate for " \
           "2024-03-10: the previous available day's)" in csv_text
    assert "2024-03-10 无汇率，采用前一可用日汇率" in statement_csv(st, "zh")
    pdf = pdfium.PdfDocument(statement_pdf(st, "en"))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "CFETS central parity" in text and "previous available day" in text


def test_the_rules_applied_read_in_words_and_the_json_keeps_the_data() -> None:
    # CCP § 695.221 changed its order on 2009-01-01; a statement covering both periods names
    # each order with its start, in words, in every human format; the JSON keeps the codes.
    import pypdfium2 as pdfium
    import yaml
    from openpyxl import load_workbook

    example = yaml.safe_load((REPO / "tests" / "ledger" / "examples" /
                              "california_695_221.yaml").read_text(encoding="utf-8"))
    from supportcase.casefile.model import CaseFile

    st = build_statement(CaseFile.model_validate(example["case"]), example["as_of"])
    new_order_en = ("from 2009-01-01, a payment goes to: current month's support → principal "
                    "(oldest installment first) → interest (oldest installment first)")
    new_order_zh = "自2009-01-01起，冲抵顺序：当月抚养费 → 本金（先到期者先抵） → 利息（先到期者先抵）"
    en, zh = statement_markdown(st, "en"), statement_markdown(st, "zh")
    assert new_order_en in en and new_order_zh in zh
    assert "first day (the day interest starts): not counted" in en
    assert "first_day_counted" not in en + zh and "oldest_first" not in en + zh
    assert "(已确定)" in zh
    pdf = pdfium.PdfDocument(statement_pdf(st, "en"))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "yearly interest rate: 10 %" in text and "年利率为10%" in text
    assert "first_day_counted" not in text
    rules = load_workbook(io.BytesIO(statement_xlsx(st, "zh")))["规则"]
    assert [c.value for c in rules[1]] == ["规则", "名称", "状态", "出处", "参数"]
    cells = " ".join(str(c.value) for row in rules.iter_rows() for c in row)
    assert "首日（起算当日）：不计入" in cells and "first_day_counted" not in cells
    data = st.to_json()
    legal = next(r for r in data["rules"] if r["id"] == "us.ca.allocation.support_payments")
    assert legal["parameters"]["order (from 2009-01-01)"] == \
        "current, principal_oldest_first, interest_oldest_first"


def test_the_chinese_csv_and_markdown_rows_are_in_chinese(demo_statement) -> None:  # type: ignore[no-untyped-def]
    """Issue 3 asks for a bilingual statement: in a Chinese export every row says where its
    amount comes from, which payment paid it and the interest arithmetic in Chinese — no
    'payment #1', '(principal)', 'obligation amount' or 'turns 18'. The English stays."""
    rows = list(csv.reader(io.StringIO(statement_csv(demo_statement, "zh"))))
    body = " ".join(" ".join(r) for r in rows[1:])
    for english in ("payment #", "(principal)", "(interest)", "obligation amount", "turns 18",
                    " d ×", "expense-sharing clause", "medical"):
        assert english not in body
    assert "第1笔付款" in body and "(本金)" in body and "给付金额" in body
    assert "年满18周岁" in body and "天 × 0.000175" in body and "医疗费" in body
    markdown = statement_markdown(demo_statement, "zh")
    assert "第1笔付款" in markdown and "payment #1" not in markdown
    english = statement_csv(demo_statement, "en")
    assert "payment #1" in english and "obligation amount" in english and "(principal)" in english
    row = next(r for r in demo_statement.to_json()["rows"] if r["kind"] == "expense_share")
    assert row["label"].startswith("medical") and row["label_zh"].startswith("医疗费")


def test_a_chinese_statement_states_every_conversion_in_chinese() -> None:
    """The demo's totals shown in USD on Sunday 2026-11-01 use Friday 2026-10-30's ECB cross
    rate, and payment #8 (500 USD on 2021-01-20) is converted at that day's: a Chinese
    statement gives each with its rate, the rate's day and the ECB as its source in Chinese
    — no English sentence. The English statement keeps its English."""
    from openpyxl import load_workbook

    case = parse_casefile(DEMO.read_text(encoding="utf-8"), source=str(DEMO))
    st = build_statement(case, AS_OF, report_currency="USD")
    markdown = statement_markdown(st, "zh")
    book = load_workbook(io.BytesIO(statement_xlsx(st, "zh")))
    cells = " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row)
    for text in (markdown, statement_csv(st, "zh"), cells):
        assert "欧洲央行欧元外汇参考汇率" in text and "经欧元套算" in text
        for english in ("ECB euro", "cross rate", "decimals", "previous available",
                        "reference rates", "offline"):
            assert english not in text
    total = next(line for line in markdown.splitlines() if line.startswith("- 165800.00 CNY"))
    assert "，按 CNY/USD 0.150311（2026-10-30，欧洲央行" in total
    assert total.endswith("；2026-11-01 无汇率，采用前一可用日汇率")
    assert "USD/CNY 6.469879, 2021-01-20, 欧洲央行" in markdown  # payment #8, counted as
    english = statement_markdown(st, "en")
    assert "ECB euro foreign exchange reference rates" in english
    assert "the previous available day was used" in english


def test_a_chinese_summary_on_the_command_line_names_each_row_in_chinese() -> None:
    # The demo's medical expense row reads "医疗费 2024-09-15 × 0.5" in Chinese, as in the
    # CSV and Markdown, not "medical …".
    done = _run("arrears", str(DEMO), "--as-of", "2026-11-01", "--lang", "zh")
    assert done.returncode == 0, done.stderr
    assert "医疗费" in done.stdout and "medical" not in done.stdout


def test_a_relatives_name_is_bracketed_as_each_language_brackets(demo_statement) -> None:  # type: ignore[no-untyped-def]
    # The demo's grandmother pays twice: once of unknown kind (a question), once as a gift
    # (excluded). The Chinese read "亲属 (李秀英)支付的": English brackets in Chinese text.
    notes = [*demo_statement.questions, *demo_statement.excluded]
    about_her = [n for n in notes if "李秀英" in n.zh]
    assert {n.code for n in about_her} == {"unknown_kind", "not_performance_gift"}
    assert all("亲属（李秀英）支付的" in n.zh and "(李秀英)" not in n.zh for n in about_her)
    assert all("from a relative (李秀英)" in n.en for n in about_her)


def _squeezed(text: str) -> str:
    """Text without any whitespace: the terminal and the PDF wrap long lines."""
    return "".join(text.split())


def test_an_as_of_before_the_first_installment_is_explained_in_every_format() -> None:
    # The demo's first installment falls due on 2020-01-10; an as-of date of 2019-01-01 gave
    # an empty table and zeros with no word on why.
    case = parse_casefile(DEMO.read_text(encoding="utf-8"), source=str(DEMO))
    st = build_statement(case, date(2019, 1, 1))
    note = next(n for n in st.problems if n.code == "as_of_before_first_due")
    assert note.en.startswith("Nothing was due by 2019-01-01: the first installment "
                              "(obligation main) falls due on 2020-01-10.")
    assert note.zh.startswith("截至2019-01-01，没有到期应付的款项：第一期（给付义务 main）于"
                              "2020-01-10到期。")
    for lang in ("en", "zh"):
        said = note.text(lang)
        assert said in statement_markdown(st, lang)
        assert [said] in list(csv.reader(io.StringIO(statement_csv(st, lang))))
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(statement_xlsx(st, lang)))
        notes = book["说明" if lang == "zh" else "Notes"]
        assert said in [row[0] for row in notes.iter_rows(values_only=True)]
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(statement_pdf(st, lang))
        text = "".join(page.get_textpage().get_text_range() for page in pdf)
        assert _squeezed(note.en) in _squeezed(text) and _squeezed(note.zh) in _squeezed(text)
    assert note.to_json() in st.to_json()["problems"]


def test_the_command_line_says_why_nothing_is_due_and_succeeds() -> None:
    # A valid statement, so the command succeeds; the reason is in the default text output,
    # in Chinese with --lang zh, and in the JSON.
    case = parse_casefile(DEMO.read_text(encoding="utf-8"), source=str(DEMO))
    note = next(n for n in build_statement(case, date(2019, 1, 1)).problems
                if n.code == "as_of_before_first_due")
    for lang, said in (("en", note.en), ("zh", note.zh)):
        done = _run("arrears", str(DEMO), "--as-of", "2019-01-01", "--lang", lang)
        assert done.returncode == 0, done.stderr
        assert _squeezed(said) in _squeezed(done.stdout)
    done = _run("arrears", str(DEMO), "--as-of", "2019-01-01", "--json")
    assert done.returncode == 0, done.stderr
    assert note.to_json() in json.loads(done.stdout)["problems"]


def test_a_csv_lists_the_problems_after_its_totals_and_only_when_there_are_some(
        demo_statement) -> None:  # type: ignore[no-untyped-def]
    # A problem means a figure may be wrong (here a payment in XAU with no rate to convert it:
    # it is not counted): the CSV a lawyer checks says so, as the other formats do.
    from supportcase.casefile.model import CaseFile

    rows = list(csv.reader(io.StringIO(statement_csv(demo_statement, "en"))))
    assert demo_statement.problems == ()
    assert ["Problems to fix"] not in rows
    case = CaseFile.model_validate({
        "case": {"title": "edge", "order_jurisdiction": "CN"},
        "obligations": [{"id": "main", "basis": {"type": "judgment"}, "amount": "1000.00",
                         "currency": "CNY", "due_day": 1, "start": "2024-01-01"}],
        "payments": [{"date": "2024-01-05", "amount": "100.00", "currency": "XAU"}]})
    st = build_statement(case, date(2024, 3, 1))
    assert st.rows and st.problems
    for lang in ("en", "zh"):
        rows = list(csv.reader(io.StringIO(statement_csv(st, lang))))
        at = rows.index([label("problems", lang)])
        assert rows[at + 1:at + 1 + len(st.problems)] == [[p.text(lang)] for p in st.problems]
        assert rows[at - 1] == [] and rows[at - 2][0] == label("credit", lang)


def test_a_csv_carries_the_notes_the_rules_and_the_total_if_unknown_payments_counted(
        demo_statement) -> None:  # type: ignore[no-untyped-def]
    # A CSV sent on its own must not read as a bare figure: the demo's questions (a relative's
    # payment of unknown kind), exclusions (tuition not in the legal basis) and assumptions
    # (payments without proof) follow the totals, with the total if the unknown payment were
    # counted and every rule applied with its citation (CCP §685.010 / CPL art. 264 …), as the
    # Markdown, XLSX and PDF give them. Before, the CSV stopped at the totals.
    st = demo_statement
    assert st.questions and st.excluded and st.assumptions and st.if_unknown_counted
    for lang in ("en", "zh"):
        rows = list(csv.reader(io.StringIO(statement_csv(st, lang))))
        for heading, notes in st.note_sections():
            at = rows.index([label(heading, lang)])
            assert rows[at + 1:at + 1 + len(notes)] == [[n.text(lang)] for n in notes]
        assert [label("if_unknown", lang), str(st.if_unknown_counted.total_outstanding),
                st.if_unknown_counted.currency] in rows
        head = rows.index([label(k, lang) for k in ("rules", "rule_title", "status",
                                                     "citations", "parameters")])
        listed = {r[0]: r[3] for r in rows[head + 1:]}
        assert set(listed) == {rule.id for rule in st.rules}
        assert all(listed[rule.id] == "; ".join(rule.cited(lang)) and listed[rule.id]
                   for rule in st.rules)
