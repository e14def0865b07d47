"""The web app in a real browser: Debian's chromium driven by Playwright, against the app
served by uvicorn on a local port, as a parent would use it.

A parent with no lawyer signs in, adds the judgment (a PDF with a Chinese text layer) to an
empty case, checks what was read, adds its terms to the case, and sees the arrears owed under
them — then reads the page in Chinese and downloads the statement. A broken file is refused in
the parent's language and nothing already in the case is lost. A parent with no readable
document starts a case, types the terms and records a payment; a payment typed wrong comes
back with the reason and everything typed still in the form.

Chromium comes from Debian's package (`.ci/run` installs it); with no chromium these tests are
skipped with the reason, except under CI (CI=true), where they fail instead.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from supportcase.config import settings
from supportcase.ledger import build_statement
from supportcase.store import Store
from supportcase.web.app import create_app
from tests.intake.builders import pdf
from tests.intake.test_propose import JUDGMENT
from tests.web.conftest import parent_with_case, served

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# As the machine notes say: no background networking on this closed network.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def _need_chromium() -> None:
    if not Path(CHROMIUM).exists():
        reason = "chromium is not installed (Debian package 'chromium')"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"{reason} (CI=true requires it)")
        pytest.skip(reason)


@pytest.fixture
def site() -> Iterator[tuple[str, Store, str]]:
    """The app on a free local port, with a parent's empty case."""
    store = Store(settings())
    store.init()
    case_id = parent_with_case(store)
    with served(create_app(store)) as base:
        yield base, store, case_id
    store.close()


@pytest.fixture
def page(site: tuple[str, Store, str]) -> Iterator[object]:
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(accept_downloads=True)
        yield context.new_page()
        context.close()
        browser.close()


def judgment_pdf() -> bytes:
    """The judgment as a court prints it: lines wrapped to the page, a sentence running on."""
    lines = [line[i:i + 30] for line in JUDGMENT.splitlines() for i in range(0, len(line), 30)]
    return pdf([lines])


def sign_in(page, base: str, password: str = "pw-parent") -> None:
    page.goto(f"{base}/login")
    page.get_by_label("E-mail").fill("parent@x.org")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def add_payment_zh(page, case_id: str, day: str, amount: str) -> None:
    """A payment typed into the Chinese case page's form and sent."""
    paid = page.locator('form[action^="/cases/' + case_id + '/payments"]')
    paid.get_by_label("日期", exact=True).fill(day)
    paid.get_by_label("金额", exact=True).fill(amount)
    paid.get_by_role("button", name="添加付款").click()


def test_a_parent_adds_the_judgment_and_sees_what_is_owed(site, page, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    base, store, case_id = site
    sign_in(page, base, "wrong")
    expect(page.get_by_role("alert")).to_contain_text("not right")
    sign_in(page, base)
    page.get_by_role("link", name="Li Mei v. Wang Qiang").click()

    judgment = tmp_path / "judgment.pdf"
    judgment.write_bytes(judgment_pdf())
    page.locator('input[name="files"]').set_input_files(str(judgment))
    page.get_by_role("button", name="Upload and read").click()
    # A worker reads it while the page refreshes itself; then what was read, with its
    # source, before anything goes onto the case.
    expect(page.get_by_role("heading", name="Documents read")).to_be_visible(timeout=60_000)
    expect(page.locator("body")).to_contain_text("（2021）京0105民初12345号")
    expect(page.locator("body")).to_contain_text("2500")
    assert store.load_case(case_id).obligations == []
    page.get_by_role("button", name="Add to the case").click()

    # Back on the case page: the arrears under the judgment's terms, as the ledger has them.
    casefile = store.load_case(case_id)
    assert len(casefile.obligations) == 1 and casefile.obligations[0].status == "assumed"
    as_of = dt.date(2021, 12, 31)
    page.goto(f"{base}/cases/{case_id}?as_of={as_of}&lang=en")
    expected = build_statement(casefile, as_of).to_json()
    owed = page.get_by_role("row", name="Total outstanding")
    expect(owed).to_contain_text(f"{expected['total_outstanding']} CNY")

    # The same page in Chinese, and the statement as a PDF.
    page.get_by_role("link", name="中文", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    expect(page.locator("body")).to_contain_text("欠款")
    with page.expect_download() as download:
        page.get_by_role("link", name="PDF", exact=True).first.click()
    saved = tmp_path / "statement.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF")


def test_a_broken_file_is_refused_in_chinese_and_nothing_is_lost(site, page,
                                                                 tmp_path: Path) -> None:
    from playwright.sync_api import expect

    base, store, case_id = site
    sign_in(page, base)
    before = store.load_case(case_id)
    broken = tmp_path / "判决书.pdf"
    broken.write_bytes(judgment_pdf()[:700])  # cut off mid-file
    page.goto(f"{base}/cases/{case_id}?lang=zh")
    page.locator('input[name="files"]').set_input_files(str(broken))
    page.get_by_role("button", name="上传并读取").click()
    alert = page.get_by_role("alert")
    expect(alert).to_be_visible(timeout=60_000)
    assert "Traceback" not in page.content()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in alert.inner_text())  # in Chinese
    assert store.load_case(case_id) == before
    assert page.get_by_role("button", name="加入案卷").count() == 0


def test_a_parent_starts_a_case_types_the_terms_and_records_a_payment(site, page) -> None:
    """No document read well enough: the parent starts a case in Chinese, types the terms
    from the judgment, records what arrived, and sees the arrears the ledger computes from
    the stored case (PRC double interest for delay, CPL 2023 art. 264) — then says the payment
    was a gift, and it no longer counts."""
    from playwright.sync_api import expect

    base, store, _ = site
    sign_in(page, base)
    page.goto(f"{base}/?lang=zh")
    page.get_by_label("案件名称").fill("李梅诉王强抚养费")
    page.get_by_role("button", name="创建案件").click()
    expect(page.get_by_role("heading", name="李梅诉王强抚养费")).to_be_visible()
    case_id = page.url.split("/cases/")[1].split("?")[0]

    terms = page.locator('form[action^="/cases/' + case_id + '/obligations"]')
    terms.get_by_label("金额", exact=True).fill("2500.00")
    terms.get_by_label("付款日", exact=True).fill("10")
    terms.get_by_label("自", exact=True).fill("2021-08-01")
    terms.get_by_label("子女姓名").fill("王小明")
    terms.get_by_label("子女出生日期").fill("2015-03-02")
    terms.get_by_role("button", name="添加条款").click()
    expect(page.locator("body")).to_contain_text("2500.00 CNY")

    add_payment_zh(page, case_id, "2021-09-15", "1000")
    expect(page.locator("#payments")).to_contain_text("1000.00 CNY")

    casefile = store.load_case(case_id)
    assert casefile.obligations[0].status == "assumed"
    assert casefile.payments[0].status == "assumed"
    as_of = dt.date(2021, 12, 31)
    page.goto(f"{base}/cases/{case_id}?as_of={as_of}&lang=zh")
    expected = build_statement(casefile, as_of).to_json()
    assert expected["total_paid"] == "1000.00"
    expect(page.get_by_role("row", name="欠款合计")).to_contain_text(
        f"{expected['total_outstanding']} CNY")

    # The money was a birthday present after all: marked a gift, it no longer reduces the
    # arrears (only performance does; SPC 2014 interpretation art. 4 credits performance).
    row = page.locator("#payments tr", has_text="2021-09-15")
    row.locator("summary").click()
    row.get_by_label("性质").select_option("gift")
    row.get_by_role("button", name="更改性质").click()
    expect(page.locator("#payments tr", has_text="2021-09-15")).to_contain_text("赠与")
    regifted = store.load_case(case_id)
    assert regifted.payments[0].kind == "gift"
    page.goto(f"{base}/cases/{case_id}?as_of={as_of}&lang=zh")
    after = build_statement(regifted, as_of).to_json()
    assert after["total_paid"] == "0.00"
    expect(page.get_by_role("row", name="欠款合计")).to_contain_text(
        f"{after['total_outstanding']} CNY")


def test_after_logging_out_back_shows_nothing_of_the_case(site, page) -> None:
    """On a shared computer (a legal-aid office): once the parent has logged out, the
    browser's Back button asks the server again and gets the login page, not the copy of
    the case page it showed before."""
    from playwright.sync_api import expect

    base, _, case_id = site
    page.goto(f"{base}/cases/{case_id}?lang=en")  # to the login page, and back after it
    page.get_by_label("E-mail").fill("parent@x.org")
    page.get_by_label("Password").fill("pw-parent")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Li Mei v. Wang Qiang")).to_be_visible()
    page.get_by_role("link", name="Your cases").click()
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    for _ in range(2):
        page.go_back()
        expect(page.get_by_role("heading", name="Log in")).to_be_visible()
        expect(page.locator("body")).not_to_contain_text("Li Mei v. Wang Qiang")


def test_a_refused_payment_keeps_what_was_typed_and_the_language_link_leads_to_the_case(
        site, page) -> None:
    """At midnight a parent types a payment with a wrong amount: the case page comes back
    saying why, at the payments, with everything typed still in the form; the amount put
    right, it is recorded. The language link of the refused page leads to the case."""
    from playwright.sync_api import expect

    base, store, case_id = site
    sign_in(page, base)
    page.goto(f"{base}/cases/{case_id}?lang=zh")
    paid = page.locator('form[action^="/cases/' + case_id + '/payments"]')
    paid.get_by_label("日期", exact=True).fill("2021-12-05")
    paid.get_by_label("金额", exact=True).fill("abc")  # not an amount: refused
    paid.get_by_label("付款方式").fill("微信")
    paid.get_by_label("备注").fill("十二月的抚养费")
    paid.get_by_role("button", name="添加付款").click()
    alert = page.locator("#payments").get_by_role("alert")
    expect(alert).to_contain_text("“abc”不是金额")
    expect(paid.get_by_label("备注")).to_have_value("十二月的抚养费")
    expect(paid.get_by_label("付款方式")).to_have_value("微信")
    expect(paid.get_by_label("日期", exact=True)).to_have_value("2021-12-05")
    assert store.load_case(case_id).payments == []
    paid.get_by_label("金额", exact=True).fill("1000")
    paid.get_by_role("button", name="添加付款").click()
    expect(page.locator("#payments")).to_contain_text("1000.00 CNY")
    expect(page.get_by_role("alert")).to_have_count(0)
    assert [p.note for p in store.load_case(case_id).payments] == ["十二月的抚养费"]

    page.goto(f"{base}/cases/{case_id}?lang=en")
    paid.get_by_label("Date", exact=True).fill("2021-09-15")
    paid.get_by_label("Amount", exact=True).fill("abc")
    paid.get_by_role("button", name="Add the payment").click()
    expect(page.locator("#payments").get_by_role("alert")).to_contain_text("'abc'")
    page.get_by_role("link", name="中文", exact=True).click()
    expect(page.get_by_role("heading", name="Li Mei v. Wang Qiang")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    expect(page.get_by_role("alert")).to_have_count(0)
    page.goto(f"{base}/cases/{case_id}/payments?lang=zh")  # typed by hand: only takes a form
    expect(page.get_by_role("heading", level=1)).to_have_text("未找到")
    page.get_by_role("link", name="返回案件").click()
    expect(page.get_by_role("heading", name="Li Mei v. Wang Qiang")).to_be_visible()


def test_link_as_proof_pressed_before_a_document_is_chosen_links_nothing(site, page) -> None:
    """Late at night a parent presses "关联为凭证" next to a payment without choosing: the
    case's first document (the judgment) must not become the payment's proof. Once the bank
    statement is chosen, it is linked — and only it."""
    from playwright.sync_api import expect

    base, store, case_id = site
    store.add_document(case_id, b"%PDF-1.4 judgment", title="判决书", actor="t")
    bank = store.add_document(case_id, b"%PDF-1.4 bank", title="银行流水", actor="t")
    sign_in(page, base)
    page.goto(f"{base}/cases/{case_id}?lang=zh")
    add_payment_zh(page, case_id, "2021-09-15", "1000")
    row = page.locator("#payments tr", has_text="2021-09-15")
    expect(row).to_contain_text("1000.00 CNY")
    logged = len(store.audit_log(case_id))

    choice = row.get_by_label("凭证")
    expect(choice).to_have_value("")
    expect(choice.locator("option:checked")).to_have_text("请选择文件…")
    row.get_by_role("button", name="关联为凭证").click()
    # The browser keeps the form (its own words for it differ by build): nothing is sent.
    assert choice.evaluate("select => select.validity.valueMissing") is True
    choice.select_option(bank.id, timeout=5_000)  # still on the page: nothing was sent
    row.get_by_role("button", name="关联为凭证").click()
    expect(page.locator("#payments tr", has_text="2021-09-15")).to_contain_text(
        "凭证：银行流水")
    (payment,) = store.load_case(case_id).payments
    assert (payment.proof, payment.status) == (bank.id, "proven")
    assert len(store.audit_log(case_id)) == logged + 1  # one change: the link chosen


def test_a_broken_case_file_is_refused_at_the_replace_form_in_chinese(site, page,
                                                                     tmp_path: Path) -> None:
    """The case file downloaded, edited with a date written the local way and uploaded
    again: the case page comes back with why at the replace form, in Chinese; the case is
    as it was, and the corrected file then replaces it."""
    from playwright.sync_api import expect

    base, store, case_id = site
    sign_in(page, base)
    page.goto(f"{base}/cases/{case_id}?lang=zh")
    add_payment_zh(page, case_id, "2021-09-15", "1000")
    expect(page.locator("#payments")).to_contain_text("1000.00 CNY")
    before = store.load_case(case_id)
    logged = len(store.audit_log(case_id))
    with page.expect_download() as download:
        page.get_by_role("link", name="YAML", exact=True).click()
    saved = tmp_path / "case.yaml"
    download.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    assert "date: 2021-09-15" in text
    saved.write_text(text.replace("date: 2021-09-15", "date: 15/09/2021"), encoding="utf-8")

    page.locator("#drafts summary").click()
    page.locator('input[name="casefile"]').set_input_files(str(saved))
    page.locator("#drafts").get_by_role("button", name="保存").click()
    alert = page.locator("#drafts").get_by_role("alert")
    expect(alert).to_contain_text("该案卷文件无法使用")
    expect(alert).to_contain_text("payments[0].date")
    expect(page.get_by_role("heading", name="Li Mei v. Wang Qiang")).to_be_visible()
    expect(page.locator('input[name="casefile"]')).to_be_visible()  # the form open
    assert "Traceback" not in page.content()
    assert store.load_case(case_id) == before
    assert len(store.audit_log(case_id)) == logged

    saved.write_text(text.replace("date: 2021-09-15", "date: 2021-09-16"), encoding="utf-8")
    page.locator('input[name="casefile"]').set_input_files(str(saved))
    page.locator("#drafts").get_by_role("button", name="保存").click()
    expect(page.locator("#payments")).to_contain_text("2021-09-16")
    expect(page.get_by_role("alert")).to_have_count(0)
    assert store.load_case(case_id).payments[0].date == dt.date(2021, 9, 16)


def test_a_payment_sent_after_the_session_ended_is_sent_once_signed_in_again(site,
                                                                            page) -> None:
    """The case page left open overnight, the session over: the payment typed into it is
    kept through the Chinese login page, shown back once signed in, and sent with one
    button."""
    from playwright.sync_api import expect

    base, store, case_id = site
    sign_in(page, base)
    page.goto(f"{base}/cases/{case_id}?lang=zh")
    page.context.clear_cookies()  # the session ends while the page is open
    paid = page.locator('form[action^="/cases/' + case_id + '/payments"]')
    paid.get_by_label("备注").fill("十二月的抚养费")
    add_payment_zh(page, case_id, "2021-12-05", "1000")
    expect(page.get_by_role("heading", name="登录")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("您填写的内容已保留")
    page.get_by_label("电子邮箱").fill("parent@x.org")
    page.get_by_label("密码").fill("pw-parent")
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_role("heading", name="您已重新登录。要发送您填写的内容吗？")).to_be_visible()
    expect(page.get_by_role("row", name="备注")).to_contain_text("十二月的抚养费")
    assert store.load_case(case_id).payments == []
    page.get_by_role("button", name="发送", exact=True).click()
    expect(page.locator("#payments")).to_contain_text("1000.00 CNY")
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    assert [p.note for p in store.load_case(case_id).payments] == ["十二月的抚养费"]


def test_a_parent_fills_the_california_calculator_and_reads_the_working(site, page) -> None:
    """From the case list to the calculators: the issue's example typed into the California
    form (Fam. Code § 4055: K[HN − (H%)(TN)] × 1.6 = 2,631.13 a month, parent A to parent B),
    the result under the form with its steps; the same link in Chinese; then a time-share
    over 100 % refused above the form with the figures still typed."""
    from playwright.sync_api import expect

    base, _, _ = site
    sign_in(page, base)
    page.get_by_role("link", name="Support calculators").click()
    form = page.locator("#california")
    form.get_by_label("Parent A's net monthly").fill("8000")
    form.get_by_label("Parent B's net monthly").fill("3000")
    form.get_by_label("Parent A's share of time").fill("20")
    form.get_by_label("Number of children").fill("2")
    form.get_by_label("Date the guideline").fill("2025-01-01")
    form.get_by_role("button", name="Calculate").click()
    expect(form).to_contain_text("Parent A pays parent B 2,631.13 USD a month")
    expect(form.get_by_role("row", name="TN: total net monthly disposable income")
           ).to_contain_text("11,000")
    expect(form).to_contain_text("California Family Code § 4055")
    page.get_by_role("link", name="中文", exact=True).click()
    expect(page.locator("#california")).to_contain_text("A方每月向B方支付 2,631.13 美元")

    page.locator("#california").get_by_label("A方照管子女的时间比例").fill("120")
    page.locator("#california").get_by_role("button", name="计算").click()
    alert = page.locator("#california").get_by_role("alert")
    expect(alert).to_contain_text("照管时间比例 120 不在 0 至 100 之间")
    expect(page.locator("#california").get_by_label("A方每月可支配净收入")).to_have_value("8000")
    assert "Traceback" not in page.content()
