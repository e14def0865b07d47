"""Finding one's way around the web app: every link to the other language, every error page
and every address typed by hand leads somewhere that works, in the reader's language;
signing in keeps the language and the page the reader was on; nothing with a family's
figures is kept by the browser once they have left."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from supportcase.config import settings
from supportcase.demo import DEMO_CASE_ID, ensure_demo
from supportcase.store import Store
from supportcase.web.app import create_app
from tests.web.conftest import parent_with_case
from tests.web.test_upload import upload
from tests.web.test_web import login

PAYMENT = {"date": "2024-03-01", "currency": "CNY", "payer": "obligor", "kind": "performance"}


def other_lang_link(page: str) -> str:
    """Where the header's link to the other language leads."""
    found = re.search(r'<header>.*?<a href="([^"]*)" lang=', page, re.S)
    assert found, "no link to the other language"
    return html.unescape(found.group(1))


@pytest.fixture
def demo_app():
    store = Store(settings())
    store.init()
    ensure_demo(store, email="demo@x.org", password="pw-demo")
    yield create_app(store)
    store.close()


def test_the_language_link_of_a_refused_form_leads_to_the_case_page(demo_client):
    refused = demo_client.post(f"/cases/{DEMO_CASE_ID}/payments?lang=en",
                               data={**PAYMENT, "amount": "abc"})
    assert refused.status_code == 422
    target = other_lang_link(refused.text)
    assert target == f"/cases/{DEMO_CASE_ID}?lang=zh"
    page = demo_client.get(target)
    assert page.status_code == 200 and "付款记录" in page.text
    # A page shown keeps what it shows (here the statement date) in the other language.
    dated = demo_client.get(f"/cases/{DEMO_CASE_ID}?as_of=2022-01-31&lang=zh")
    assert other_lang_link(dated.text) == f"/cases/{DEMO_CASE_ID}?as_of=2022-01-31&lang=en"


@pytest.mark.parametrize("path, status", [(f"/cases/{DEMO_CASE_ID}/payments", 405),
                                          (f"/cases/{DEMO_CASE_ID}/foo", 405),
                                          ("/nowhere", 404)])
def test_an_address_with_no_page_gets_the_apps_own_page(demo_client, path, status):
    page = demo_client.get(f"{path}?lang=zh", headers={"accept": "text/html"})
    assert page.status_code == status
    assert page.headers["content-type"].startswith("text/html") and '"detail"' not in page.text
    assert "<h1>未找到</h1>" in page.text and "<title>未找到 — supportcase</title>" in page.text
    assert "此地址没有页面" in page.text and 'href="/?lang=zh"' in page.text
    under_case = path.startswith("/cases/")
    assert (f'href="/cases/{DEMO_CASE_ID}?lang=zh"' in page.text) is under_case
    back = demo_client.get(other_lang_link(page.text))
    assert back.status_code == 200
    assert ("Payments" if under_case else "Your cases") in back.text
    if status == 405:
        assert page.headers["allow"] == "POST"
    # A program asking for JSON still gets JSON.
    assert demo_client.get(path, headers={"accept": "application/json"}).json()["detail"]


def test_error_pages_have_a_heading_and_a_title_in_the_readers_language(demo_client):
    missing = demo_client.get("/cases/no-such-case?lang=zh")
    assert missing.status_code == 404
    assert "<h1>未找到</h1>" in missing.text and "<title>未找到 — supportcase</title>" in missing.text
    stale = demo_client.post(f"/cases/{DEMO_CASE_ID}/payments/remove?lang=en",
                             data={"index": "0", "entry": "0" * 16})  # changed meanwhile
    assert stale.status_code == 409
    assert "<h1>Not done</h1>" in stale.text
    assert "<title>Not done — supportcase</title>" in stale.text
    # A form refused for what was typed is the case page again, its title saying so.
    refused = demo_client.post(f"/cases/{DEMO_CASE_ID}/payments?lang=en",
                               data={**PAYMENT, "amount": "abc"})
    assert refused.status_code == 422
    assert "<title>Not done — Wang Li v. Zhang Wei" in refused.text
    assert 'role="alert"' in refused.text and "<h1>Not done</h1>" not in refused.text


def test_pages_and_downloads_with_case_data_are_not_kept_by_the_browser(demo_client):
    for path in (f"/cases/{DEMO_CASE_ID}", "/", f"/cases/{DEMO_CASE_ID}/arrears.csv",
                 f"/cases/{DEMO_CASE_ID}/casefile.yaml", f"/cases/{DEMO_CASE_ID}/checklist",
                 "/account"):
        response = demo_client.get(path)
        assert response.status_code == 200, path
        assert response.headers["cache-control"] == "no-store", path


def test_signing_in_keeps_the_login_pages_language_and_returns_to_the_page(demo_app):
    client = TestClient(demo_app)
    asked = client.get(f"/cases/{DEMO_CASE_ID}?as_of=2022-01-31", follow_redirects=False)
    assert asked.status_code == 303
    assert asked.headers["location"].startswith("/login?next=")
    login_page = client.get(asked.headers["location"])
    # The reader switches the login page to Chinese; the way back is kept.
    zh = client.get(other_lang_link(login_page.text))
    assert "登录" in zh.text
    action = html.unescape(re.search(r'<form method="post" action="([^"]*)"', zh.text)[1])
    signed_in = client.post(action, data={"email": "demo@x.org", "password": "pw-demo"},
                            follow_redirects=False)
    assert signed_in.status_code == 303
    assert signed_in.headers["location"] == f"/cases/{DEMO_CASE_ID}?as_of=2022-01-31&lang=zh"


def test_signing_in_from_the_chinese_login_page_lands_in_chinese(demo_app):
    client = TestClient(demo_app)
    page = client.get("/login?lang=zh")
    action = html.unescape(re.search(r'<form method="post" action="([^"]*)"', page.text)[1])
    signed_in = client.post(action, data={"email": "demo@x.org", "password": "pw-demo"},
                            follow_redirects=False)
    assert signed_in.headers["location"] == "/?lang=zh"  # the account's language is English


@pytest.mark.parametrize("next_", ["//evil.example/x", "https://evil.example/",
                                   "/\\evil.example", "evil", "/\r\nSet-Cookie: a=b"])
def test_signing_in_never_leads_off_the_site(demo_app, next_):
    client = TestClient(demo_app)
    signed_in = client.post("/login", params={"next": next_, "lang": "en"},
                            data={"email": "demo@x.org", "password": "pw-demo"},
                            follow_redirects=False)
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/?lang=en"


def test_a_failed_login_keeps_the_email_typed(demo_app):
    client = TestClient(demo_app)
    refused = client.post("/login?lang=zh", data={"email": 'demo@x.org"><b>', "password": "no"})
    assert refused.status_code == 401 and "邮箱或密码不正确" in refused.text
    assert 'value="demo@x.org&#34;&gt;&lt;b&gt;"' in refused.text
    # ... and its language link leads back to the login page, not to the form's address.
    assert other_lang_link(refused.text) == "/login?lang=en"


@pytest.mark.parametrize("lang, words", [("en", "Type a question."), ("zh", "请输入问题。")])
def test_a_question_of_only_spaces_is_answered_with_type_a_question(demo_client, lang, words):
    page = demo_client.get(f"/cases/{DEMO_CASE_ID}/ask", params={"q": "   ", "lang": lang})
    assert page.status_code == 200 and words in page.text
    plain = demo_client.get(f"/cases/{DEMO_CASE_ID}/ask", params={"lang": lang})
    assert words not in plain.text  # the box alone, before anything was asked


@pytest.fixture
def parent():
    store = Store(settings())
    store.init()
    case_id = parent_with_case(store)
    with TestClient(create_app(store)) as client:  # runs the app's worker thread
        login(client, "parent@x.org", "pw-parent")
        yield client, case_id
    store.close()


def test_recent_uploads_say_when_nothing_could_be_read(parent):
    client, case_id = parent
    broken = ("broken.pdf", b"%PDF-1.7\n\x00garbage, not a PDF", "application/pdf")
    assert upload(client, case_id, broken).status_code == 422
    en = client.get(f"/cases/{case_id}?lang=en").text
    assert "could not be read — nothing stored" in en and "read — open it to check" not in en
    zh = client.get(f"/cases/{case_id}?lang=zh").text
    assert "无法读取——未保存任何内容" in zh and "已读取——打开核对" not in zh
    good = ("note.txt", "2024年3月1日 收到抚养费2000元".encode(), "text/plain")
    assert upload(client, case_id, good, broken).status_code == 200
    assert "read — open it to check" in client.get(f"/cases/{case_id}?lang=en").text


class Controls(HTMLParser):
    """The form controls of a page a person fills in, and whether each has a name to be
    read out: a label with words around it, or an aria-label."""

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[dict[str, object]] = []  # the open labels: words, controls
        self.in_choice = 0  # inside a select or textarea: its options are not its label
        self.unnamed: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if tag == "label":
            self.labels.append({"words": "", "controls": []})
        elif tag in ("input", "select", "textarea") and named.get("type") not in (
                "hidden", "submit"):
            what = f"{tag} {named.get('name')}"
            if named.get("aria-label"):
                pass
            elif self.labels:
                self.labels[-1]["controls"].append(what)  # type: ignore[union-attr]
            else:
                self.unnamed.append(what)
        if tag in ("select", "textarea"):
            self.in_choice += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("select", "textarea"):
            self.in_choice -= 1
        elif tag == "label" and self.labels:
            label = self.labels.pop()
            if not str(label["words"]).strip():
                self.unnamed.extend(label["controls"])  # type: ignore[arg-type]

    def handle_data(self, data: str) -> None:
        if self.labels and not self.in_choice:
            self.labels[-1]["words"] = str(self.labels[-1]["words"]) + data


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_control_has_a_name_to_be_read_out(demo_client, lang):
    for path in (f"/cases/{DEMO_CASE_ID}", "/"):
        controls = Controls()
        controls.feed(demo_client.get(f"{path}?lang={lang}").text)
        assert controls.unnamed == [], path


def test_a_form_sent_without_a_field_it_needs_gets_one_line_not_json(demo_client):
    """An old tab or a hand-made request can send a form without a required field: the
    reader gets the app's page in their language and nothing changes; a program asking for
    JSON still gets FastAPI's field list."""
    page = demo_client.post(f"/cases/{DEMO_CASE_ID}/members?lang=zh", data={},
                            headers={"accept": "text/html"})
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert "提交的表单内容不完整，未作任何更改" in page.text and '"detail"' not in page.text
    assert f'href="/cases/{DEMO_CASE_ID}?lang=zh"' in page.text
    program = demo_client.post(f"/cases/{DEMO_CASE_ID}/members", data={},
                               headers={"accept": "application/json"})
    assert program.status_code == 422 and program.json()["detail"]
