"""The web app: login required, each case visible only to its members, both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from supportcase.casefile import parse_casefile
from supportcase.config import settings
from supportcase.demo import DEMO_CASE_ID, ensure_demo
from supportcase.store import Store
from supportcase.web.app import create_app


@pytest.fixture
def web(tmp_path: Path, demo_yaml: Path):
    store = Store(settings())
    store.init()
    ensure_demo(store, email="demo@x.org", password="pw-demo")
    other = store.save_case(parse_casefile(demo_yaml.read_text(encoding="utf-8")), actor="t")
    store.create_user("stranger@x.org", "pw-stranger")
    client = TestClient(create_app(store))
    yield client, other
    store.close()


def login(client: TestClient, email: str, password: str) -> None:
    response = client.post("/login", data={"email": email, "password": password},
                           follow_redirects=False)
    assert response.status_code == 303


def test_login_required(web):
    client, _ = web
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"


def test_bad_password_is_refused(web):
    client, _ = web
    response = client.post("/login", data={"email": "demo@x.org", "password": "nope"})
    assert response.status_code == 401 and "not right" in response.text


def test_member_sees_demo_case_in_both_languages(web):
    client, other = web
    login(client, "demo@x.org", "pw-demo")
    page = client.get("/")
    assert "Wang Li v. Zhang Wei" in page.text and other not in page.text
    case = client.get(f"/cases/{DEMO_CASE_ID}?lang=zh")
    assert case.status_code == 200
    assert "付款方（义务人）" in case.text and "张伟" in case.text and "2000.00 CNY" in case.text
    # The case file's kinds in the page's language, not their keys: the demo's bank statement,
    # its monthly support, and the tuition outside the judgment (the second expense, no id).
    assert "银行流水" in case.text and "bank_statement" not in case.text
    assert "2000.00 CNY 每月" in case.text
    assert "第2项费用" in case.text and "expense #2" not in case.text
    en = client.get(f"/cases/{DEMO_CASE_ID}?lang=en").text
    assert "bank statement" in en and "2000.00 CNY per month" in en


def test_non_member_cannot_open_a_case(web):
    client, other = web
    login(client, "demo@x.org", "pw-demo")
    assert client.get(f"/cases/{other}").status_code == 404
    client.post("/logout")
    login(client, "stranger@x.org", "pw-stranger")
    assert client.get(f"/cases/{DEMO_CASE_ID}").status_code == 404
    assert "No cases yet" in client.get("/").text


def test_case_page_shows_the_ledger_figures_and_downloads(web):
    import datetime as dt

    from supportcase.demo import demo_casefile
    from supportcase.ledger import build_statement

    client, _ = web
    login(client, "demo@x.org", "pw-demo")
    page = client.get(f"/cases/{DEMO_CASE_ID}?as_of=2026-11-01")
    expected = build_statement(demo_casefile(), dt.date(2026, 11, 1)).to_json()
    assert f"{expected['total_outstanding']} CNY" in page.text
    pdf = client.get(f"/cases/{DEMO_CASE_ID}/arrears.pdf?as_of=2026-11-01&lang=zh")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    xlsx = client.get(f"/cases/{DEMO_CASE_ID}/arrears.xlsx?as_of=2026-11-01")
    assert xlsx.content[:2] == b"PK"
    assert client.get(f"/cases/{DEMO_CASE_ID}/arrears.exe").status_code == 404


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_arrears_card_says_what_keeps_its_figures_from_being_right(web, lang):
    """An as-of date before the first installment (the demo's falls due 2020-01-10): the
    statement's problem is on the page, in its language, above the figures (all zero)."""
    import datetime as dt
    import html

    from supportcase.demo import demo_casefile
    from supportcase.ledger import build_statement

    [problem] = build_statement(demo_casefile(), dt.date(2019, 1, 1)).problems
    client, _ = web
    login(client, "demo@x.org", "pw-demo")
    page = client.get(f"/cases/{DEMO_CASE_ID}?as_of=2019-01-01&lang={lang}").text
    heading = "欠款" if lang == "zh" else "Arrears"
    card = html.unescape(page.split(f"<h2>{heading} <small>", 1)[1].split('<div class="card"')[0])
    assert (problem.zh if lang == "zh" else problem.en) in card
    assert ("需要更正的问题" if lang == "zh" else "Problems to fix") in card
    assert card.index(problem.en if lang == "en" else problem.zh) < card.index("<table>")
    # A statement with figures shows them, and no problems heading when it has none.
    full = client.get(f"/cases/{DEMO_CASE_ID}?as_of=2026-11-01&lang={lang}").text
    assert "<table>" in full.split(f"<h2>{heading} <small>", 1)[1].split('<div class="card"')[0]
    assert "Problems to fix" not in full and "需要更正的问题" not in full


@pytest.mark.parametrize("as_of", ["9999-12-31", "2026-13-45", "01/11/2026"])
def test_an_as_of_date_that_cannot_be_used_shows_today_instead(web, as_of):
    """A typed date the law cannot count from (year 9999 used to end in a server error) or
    not a date at all: the page is today's, and says which day it is for."""
    import datetime as dt

    client, _ = web
    login(client, "demo@x.org", "pw-demo")
    page = client.get(f"/cases/{DEMO_CASE_ID}?as_of={as_of}")
    assert page.status_code == 200 and dt.date.today().isoformat() in page.text
    download = client.get(f"/cases/{DEMO_CASE_ID}/arrears.csv?as_of={as_of}")
    assert download.status_code == 200
    assert dt.date.today().isoformat() in download.headers["content-disposition"]


def test_a_deadline_cites_its_law_in_the_pages_language(web):
    """The PRC application period (CPL 2023 art. 250) as a Chinese page cites it, and as an
    English one."""
    client, _ = web
    login(client, "demo@x.org", "pw-demo")
    zh = client.get(f"/cases/{DEMO_CASE_ID}?as_of=2026-11-01&lang=zh").text
    assert "《中华人民共和国民事诉讼法》第250条" in zh
    assert "Civil Procedure Law of the PRC art. 250" not in zh
    en = client.get(f"/cases/{DEMO_CASE_ID}?as_of=2026-11-01&lang=en").text
    assert "Civil Procedure Law of the PRC art. 250 (2023 amendment)" in en


def test_a_deadline_says_what_stops_or_restarts_it_in_the_pages_language(web):
    """Under the PRC application period (CPL 2023 art. 250), what interrupts and restarts it
    (a demand, the obligor agreeing to pay, ...), as the CLI lists it: in Chinese on a
    Chinese page, in English on an English one, inside the deadlines card."""
    import datetime as dt
    import html

    from supportcase.demo import demo_casefile
    from supportcase.law.deadlines import compute

    [period] = [d for d in compute(demo_casefile(), dt.date(2026, 11, 1))
                if d.rule == "cn.enforcement.application_period"]
    assert len(period.stops_or_restarts) == len(period.stops_or_restarts_zh) > 1
    client, _ = web
    login(client, "demo@x.org", "pw-demo")

    def deadlines_card(lang: str, heading: str) -> str:
        page = client.get(f"/cases/{DEMO_CASE_ID}?as_of=2026-11-01&lang={lang}").text
        card = page.split(f"<h2>{heading}</h2>", 1)[1].split('<div class="card"', 1)[0]
        return html.unescape(card)

    zh = deadlines_card("zh", "期限")
    assert "中断或重新起算" in zh
    for stop in period.stops_or_restarts_zh:
        assert stop in zh
    assert "Interrupted and restarted" not in zh and "Stops or restarts" not in zh
    en = deadlines_card("en", "Deadlines")
    assert "Stops or restarts" in en
    for stop in period.stops_or_restarts:
        assert stop in en
    assert period.stops_or_restarts_zh[0] not in en and "中断或重新起算" not in en


def test_case_page_shows_deadlines_routes_and_serves_drafts(web):
    import datetime as dt

    from supportcase.demo import demo_casefile
    from supportcase.law import deadlines, route

    client, other = web
    login(client, "demo@x.org", "pw-demo")
    page = client.get(f"/cases/{DEMO_CASE_ID}?as_of=2026-11-01&lang=zh").text
    plan = route.plan(demo_casefile(), today=dt.date(2026, 11, 1)).to_json()
    assert plan["routes"][0]["title_zh"] in page
    first = deadlines.compute(demo_casefile(), dt.date(2026, 11, 1))[0]
    assert first.title_zh in page
    assert "另案处理的事项" in page
    docx = client.get(f"/cases/{DEMO_CASE_ID}/drafts/enforcement_application.docx?as_of=2026-11-01")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    pdf = client.get(f"/cases/{DEMO_CASE_ID}/drafts/demand_letter.pdf?draft_lang=en")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get(f"/cases/{DEMO_CASE_ID}/drafts/nonsense.pdf").status_code == 404
    assert client.get(f"/cases/{other}/drafts/demand_letter.pdf").status_code == 404


def test_the_drafts_table_names_the_language_each_copy_is_filed_in_and_offers_the_other(web):
    """The counsel e-mail follows the case's language (the demo case is in Chinese), so the
    page must not call an English copy the one to send; every draft has its translation."""
    import re

    from supportcase.demo import demo_casefile
    from supportcase.drafting.kinds import KINDS
    from supportcase.drafting.render import filing_language

    client, _ = web
    login(client, "demo@x.org", "pw-demo")
    page = client.get(f"/cases/{DEMO_CASE_ID}?lang=en").text
    for kind in KINDS.values():
        filed = filing_language(kind, demo_casefile())
        other = "en" if filed == "zh" else "zh"
        row = re.search(rf"<tr><td>{re.escape(kind.title_en)}</td>(.*?)</tr>", page, re.S)
        assert row, kind.id
        assert f"(filing copy, {'中文' if filed == 'zh' else 'English'})" in row[1]
        assert f"/drafts/{kind.id}.pdf?as_of=" in row[1] and f"draft_lang={other}" in row[1]
    email = client.get(f"/cases/{DEMO_CASE_ID}/drafts/counsel_email.docx")
    filed = filing_language(KINDS["counsel_email"], demo_casefile())
    assert email.headers["content-disposition"].endswith(f'-{filed}.docx"')


def test_case_list_is_a_portfolio_with_figures_from_the_ledger(web):
    import datetime as dt

    from supportcase.demo import demo_casefile
    from supportcase.ledger import build_statement

    client, _ = web
    login(client, "demo@x.org", "pw-demo")
    page = client.get("/").text
    owed = build_statement(demo_casefile(), dt.date.today()).to_json()["total_outstanding"]
    assert f"{owed} CNY" in page
    assert "PRC application for enforcement" in page


def test_a_case_without_an_obligation_says_so_instead_of_zero(tmp_path):
    from supportcase.casefile.model import CaseFile, CaseInfo

    store = Store(settings())
    store.init()
    user = store.create_user("new@x.org", "pw-new-user")
    case_id = store.save_case(CaseFile(case=CaseInfo(title="Just started")), actor="t")
    store.add_member(case_id, user)
    client = TestClient(create_app(store))
    login(client, "new@x.org", "pw-new-user")
    page = client.get("/?lang=zh").text
    assert "Just started" in page and "尚未录入给付义务" in page
    # The case itself says what to add, in the parent's language, and shows no empty
    # arrears table (before: blank figures and an English error).
    case_page = client.get(f"/cases/{case_id}?lang=zh").text
    assert "本案尚未录入抚养费给付义务" in case_page
    assert "has no obligation" not in case_page and "total_outstanding" not in case_page
    assert "应付总额" not in case_page
    store.close()


def test_the_case_file_and_the_evidence_bundle_download_from_the_case_page(web):
    """The whole case as YAML (read back exactly) and the stamped evidence bundle, with the
    arrears statement as the last exhibit, as `supportcase bundle` makes them."""
    import io

    import pikepdf

    from supportcase.casefile import parse_casefile
    from supportcase.demo import demo_casefile

    client, other = web
    login(client, "demo@x.org", "pw-demo")
    page = client.get(f"/cases/{DEMO_CASE_ID}?lang=zh").text
    assert "证据材料汇编" in page and f"/cases/{DEMO_CASE_ID}/casefile.yaml" in page
    yaml_file = client.get(f"/cases/{DEMO_CASE_ID}/casefile.yaml")
    assert yaml_file.status_code == 200
    assert parse_casefile(yaml_file.content.decode("utf-8")) == demo_casefile()
    bundle = client.get(f"/cases/{DEMO_CASE_ID}/bundle.pdf?as_of=2026-11-01&bundle_lang=zh")
    assert bundle.status_code == 200 and bundle.content.startswith(b"%PDF")
    with pikepdf.open(io.BytesIO(bundle.content)) as pdf, pdf.open_outline() as outline:
        titles = [item.title for item in outline.root]
    assert titles[-1].endswith("欠款明细表") and len(titles) >= 2
    # Not a member: neither download.
    assert client.get(f"/cases/{other}/casefile.yaml").status_code == 404
    assert client.get(f"/cases/{other}/bundle.pdf").status_code == 404
