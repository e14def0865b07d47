"""A form of the case page refused for what was typed (a wrong amount, a day not come yet, an
unknown country code) gives the case page back (422): the reason at the top of that form's
card, the form open, every field as it was typed — so a tired parent corrects one field
instead of typing everything again — and nothing stored."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from supportcase.config import settings
from supportcase.demo import DEMO_CASE_ID
from supportcase.store import Store
from supportcase.web.forms import fingerprint
from tests.web.conftest import demo_owner
from tests.web.test_web import login

# Typed into text fields: quotes and angle brackets that must come back as typed, escaped.
SHARP = """他说"下个月" <b>再给</b> & 'ok'"""


class CasePage(HTMLParser):
    """What a browser would show of the case page: each form's fields (by the form's path)
    as they would be sent, whether the <details> holding it is open, and the alerts of each
    card (by the card's id)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, dict[str, str]] = {}
        self.folded: dict[str, bool | None] = {}  # None: not in a <details>
        self.alerts: dict[str, list[str]] = {}
        self.other_lang = ""
        self._card: str | None = None
        self._divs = 0
        self._details: list[bool] = []
        self._form: dict[str, str] | None = None
        self._select: str | None = None
        self._options: list[tuple[str, bool]] = []
        self._option: tuple[str | None, bool] | None = None  # its value, whether selected
        self._label = ""  # the option's text
        self._text: str | None = None  # a textarea's name
        self._alert: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "div":
            self._divs += 1
            if "card" in (a.get("class") or "").split():
                self._card, self._divs = a.get("id") or "", 1
        elif tag == "a" and a.get("lang"):
            self.other_lang = a.get("href") or ""
        elif tag == "details":
            self._details.append("open" in a)
        elif tag == "form" and "inline" not in (a.get("class") or ""):
            path = (a.get("action") or "").split("?")[0]
            self._form = self.fields.setdefault(path, {})
            self.folded[path] = (not self._details[-1]) if self._details else None
        elif self._form is not None and tag == "input":
            self._form[a.get("name") or ""] = a.get("value") or ""
        elif self._form is not None and tag == "select":
            self._select, self._options = a.get("name") or "", []
        elif self._select is not None and tag == "option":
            self._option, self._label = (a.get("value"), "selected" in a), ""
        elif self._form is not None and tag == "textarea":
            self._text = a.get("name") or ""
            self._form[self._text] = ""
        elif tag == "p" and a.get("role") == "alert":
            self._alert = []

    def handle_data(self, data: str) -> None:
        if self._option is not None:
            self._label += data
        if self._text is not None and self._form is not None:
            self._form[self._text] += data
        if self._alert is not None:
            self._alert.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._card is not None:
            self._divs -= 1
            if self._divs == 0:
                self._card = None
        elif tag == "details" and self._details:
            self._details.pop()
        elif tag == "form":
            self._form = None
        elif tag == "option" and self._option is not None:
            value, selected = self._option
            self._options.append((self._label if value is None else value, selected))
            self._option = None
        elif tag == "select" and self._select is not None and self._form is not None:
            chosen = [v for v, on in self._options if on] or [v for v, _ in self._options[:1]]
            self._form[self._select] = chosen[-1] if chosen else ""
            self._select = None
        elif tag == "textarea":
            self._text = None
        elif tag == "p" and self._alert is not None:
            self.alerts.setdefault(self._card or "", []).append("".join(self._alert))
            self._alert = None


@pytest.fixture
def parent():
    """The demo case (its parents, its terms and its documents entered), its owner signed
    in."""
    with demo_owner(settings()) as signed_in:
        yield signed_in


def refused(client: TestClient, store: Store, path: str, typed: dict[str, str],
            words: str, card: str) -> CasePage:
    """Send `typed` to `path` of the demo case: the case page back (422), `words` alone at
    the top of `card`, every field of the form as typed, and nothing stored."""
    before = store.load_case(DEMO_CASE_ID)
    logged = len(store.audit_log(DEMO_CASE_ID))
    answer = client.post(f"/cases/{DEMO_CASE_ID}/{path}?lang=zh", data=typed)
    assert answer.status_code == 422
    page = CasePage(answer.text)
    assert "张伟" in answer.text and "返回案件" not in answer.text  # the case page itself
    assert list(page.alerts) == [card] and len(page.alerts[card]) == 1
    assert words in page.alerts[card][0] and "未保存任何内容" in page.alerts[card][0]
    form = page.fields[f"/cases/{DEMO_CASE_ID}/{path}"]
    assert {name: form.get(name) for name in typed} == typed
    assert page.folded[f"/cases/{DEMO_CASE_ID}/{path}"] in (None, False)  # open
    assert page.other_lang == f"/cases/{DEMO_CASE_ID}?lang=en"  # the case, in English
    assert "<b>再给</b>" not in answer.text  # typed text is never markup
    assert store.load_case(DEMO_CASE_ID) == before
    assert len(store.audit_log(DEMO_CASE_ID)) == logged
    return page


def test_the_case_page_asked_for_has_no_alert_and_empty_forms(parent):
    client, _ = parent
    page = CasePage(client.get(f"/cases/{DEMO_CASE_ID}?lang=zh").text)
    assert page.alerts == {}
    assert page.fields[f"/cases/{DEMO_CASE_ID}/payments"]["note"] == ""
    assert page.fields[f"/cases/{DEMO_CASE_ID}/obligations"]["due_day"] == "1"
    # Terms and parents entered: their forms are folded until wanted.
    assert page.folded[f"/cases/{DEMO_CASE_ID}/obligations"] is True
    assert page.folded[f"/cases/{DEMO_CASE_ID}/parties"] is True
    assert page.fields[f"/cases/{DEMO_CASE_ID}/parties"]["obligor_name"] == "张伟"


def test_a_payment_with_a_wrong_amount_comes_back_as_typed(parent):
    client, store = parent
    typed = {"date": "2025-12-05", "amount": "abc", "currency": "USD", "payer": "relative",
             "kind": "gift", "method": "微信", "note": "十二月的抚养费 " + SHARP}
    page = refused(client, store, "payments", typed, "“abc”不是金额", "payments")
    assert page.fields[f"/cases/{DEMO_CASE_ID}/payments"]["note"] == "十二月的抚养费 " + SHARP
    # The other forms are not filled with it.
    assert page.fields[f"/cases/{DEMO_CASE_ID}/expenses"]["amount"] == ""


def test_the_payment_typed_at_midnight_comes_back_with_its_chinese_note(parent):
    client, store = parent
    typed = {"date": "2025-12-05", "amount": "abc", "currency": "CNY", "payer": "obligor",
             "kind": "performance", "method": "微信", "note": "十二月的抚养费"}
    refused(client, store, "payments", typed, "“abc”不是金额", "payments")


def test_support_terms_typed_by_hand_come_back_open_and_as_typed(parent):
    client, store = parent
    typed = {"basis": "mediation_statement", "document": "judgment",
             "court": "北京市朝阳区人民法院", "case_number": "（2021）京0105民初12345号 " + SHARP,
             "effective_date": "2021-07-20", "amount": "2500.00", "currency": "HKD",
             "frequency": "quarterly", "due_day": "32", "due_rule": "by",
             "start": "2021-08-01", "ends": "date", "end_date": "2030-01-01",
             "child_name": "王小明", "child_birth": "2015-03-02"}
    refused(client, store, "obligations", typed, "“32”不是付款日", "terms")


def test_a_message_dated_ahead_comes_back_as_typed(parent):
    client, store = parent
    typed = {"date": "2100-01-01", "direction": "received", "channel": "sms",
             "kind": "admission", "summary": SHARP}
    refused(client, store, "communications", typed, "该日期尚未到来", "history")


@pytest.mark.parametrize(("path", "typed", "words", "card"), [
    ("events", {"date": "2100-01-01", "kind": "judgment_served", "authority": "朝阳法院",
                "case_number": SHARP, "description": "判决书已送达"},
     "该日期尚未到来", "history"),
    ("expenses", {"date": "2024-09-01", "category": "medical", "amount": "-5",
                  "currency": "USD", "description": SHARP, "notified": "2024-09-02"},
     "金额必须大于零", "expenses"),
    ("asset_clues", {"kind": "real_estate", "country": "ZZ", "details": SHARP,
                     "obtained_how": "public_record", "obtained": "不动产登记中心"},
     "“ZZ”不是国家或地区代码", "assets"),
    ("parties", {"obligee_name": "王丽", "obligee_country": "CN", "obligor_name": SHARP,
                 "obligor_country": "ZZ", "obligor_address": "<加州> 圣何塞"},
     "“ZZ”不是国家或地区代码", "parties"),
])
def test_every_form_of_the_case_page_comes_back_as_typed(parent, path, typed, words, card):
    client, store = parent
    refused(client, store, path, typed, words, card)


def test_a_refused_entry_form_says_why_in_its_card_and_fills_nothing(parent):
    """The small forms of one entry (link its proof, remove it) have nothing typed: the
    reason stands in the entry's card and no other form is filled from them."""
    client, store = parent
    before = store.load_case(DEMO_CASE_ID)
    entry = {"index": "0", "entry": fingerprint(before.payments[0])}
    answer = client.post(f"/cases/{DEMO_CASE_ID}/payments/proof?lang=zh",
                         data={**entry, "document": "no-such"})
    assert answer.status_code == 422
    page = CasePage(answer.text)
    assert list(page.alerts) == ["payments"] and "本案没有该文件" in page.alerts["payments"][0]
    assert page.fields[f"/cases/{DEMO_CASE_ID}/payments"]["amount"] == ""
    assert store.load_case(DEMO_CASE_ID) == before


def test_a_case_changed_meanwhile_or_a_viewer_still_gets_the_error_page(parent):
    client, store = parent
    before = store.load_case(DEMO_CASE_ID)
    stale = client.post(f"/cases/{DEMO_CASE_ID}/payments/remove?lang=zh",
                        data={"index": "0", "entry": "0" * 16})
    assert stale.status_code == 409 and "未能完成" in stale.text and "返回案件" in stale.text
    store.create_user("viewer@x.org", "pw-viewer")
    store.add_member(DEMO_CASE_ID, store.user_by_email("viewer@x.org").id, "viewer")
    login(client, "viewer@x.org", "pw-viewer")
    barred = client.post(f"/cases/{DEMO_CASE_ID}/payments?lang=zh",
                         data={"date": "2025-12-05", "amount": "abc", "note": "x"})
    assert barred.status_code == 403 and "无权操作" in barred.text
    assert "返回案件" in barred.text
    assert store.load_case(DEMO_CASE_ID) == before


class ProofChoices(HTMLParser):
    """The options of every "link as proof" select on the page: (value, label, selected)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.selects: list[list[tuple[str, str, bool]]] = []
        self._proof = False
        self._option: tuple[str, bool] | None = None
        self._label = ""
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "form":
            self._proof = (a.get("action") or "").split("?")[0].endswith("/proof")
        elif self._proof and tag == "select":
            self.selects.append([])
        elif self._proof and tag == "option":
            self._option, self._label = (a.get("value") or "", "selected" in a), ""

    def handle_data(self, data: str) -> None:
        if self._option is not None:
            self._label += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "option" and self._option is not None:
            self.selects[-1].append((self._option[0], self._label, self._option[1]))
            self._option = None
        elif tag == "form":
            self._proof = False


@pytest.mark.parametrize(("lang", "choose"), [("zh", "请选择文件…"), ("en", "Choose a document…")])
def test_link_as_proof_chooses_no_document_until_the_parent_does(parent, lang, choose):
    """A tired parent pressing "Link as proof" must not link the case's first document (the
    judgment) to a bank transfer: the select starts on an empty choice, which a browser
    showing the form sends as the first option."""
    client, store = parent
    casefile = store.load_case(DEMO_CASE_ID)
    client.post(f"/cases/{DEMO_CASE_ID}/payments",  # a payment with no proof yet
                data={"date": "2025-12-05", "amount": "600.00", "currency": "CNY"})
    selects = ProofChoices(client.get(f"/cases/{DEMO_CASE_ID}?lang={lang}").text).selects
    assert selects
    documents = [(d.id, d.title, False) for d in casefile.documents]
    assert all(options == [("", choose, True), *documents] for options in selects)


@pytest.mark.parametrize(("lang", "words", "section", "card"), [
    ("zh", "请先选择作为凭证的文件", "payments", "payments"),
    ("en", "Choose the document that proves it first", "payments", "payments"),
    ("zh", "请先选择作为凭证的文件", "obligations", "terms"),
])
def test_link_as_proof_sent_without_a_document_is_refused_in_its_card(parent, lang, words,
                                                                       section, card):
    """The form sent as it first shows (no document chosen), or without the field at all
    (an old tab, a hand-made request): the case page back with why at that entry's card,
    and nothing stored."""
    client, store = parent
    before = store.load_case(DEMO_CASE_ID)
    logged = len(store.audit_log(DEMO_CASE_ID))
    entry = {"index": "0", "entry": fingerprint(getattr(before, section)[0])}
    for data in ({**entry, "document": ""}, entry):
        answer = client.post(f"/cases/{DEMO_CASE_ID}/{section}/proof?lang={lang}", data=data)
        assert answer.status_code == 422
        page = CasePage(answer.text)
        assert list(page.alerts) == [card] and len(page.alerts[card]) == 1
        assert words in page.alerts[card][0]
        # A one-button form has nothing typed to keep: the note must not say it kept it.
        assert ("未保存任何内容。" if lang == "zh" else "Nothing was saved.") in page.alerts[card][0]
        assert "what you typed" not in page.alerts[card][0]
        assert "您填写的内容" not in page.alerts[card][0]
        assert page.other_lang.startswith(f"/cases/{DEMO_CASE_ID}?lang=")
    assert store.load_case(DEMO_CASE_ID) == before
    assert len(store.audit_log(DEMO_CASE_ID)) == logged


def _edited(client: TestClient, old: str, new: str) -> bytes:
    """The demo case's file as downloaded from its page, with `old` changed to `new`."""
    text = client.get(f"/cases/{DEMO_CASE_ID}/casefile.yaml").content.decode("utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


@pytest.mark.parametrize(("upload", "zh", "en"), [
    (lambda client: b"version: 1\ncase: {title: [unclosed\n",
     "该案卷文件无法使用：case.yaml 第 3 行：不是有效的 YAML", "This case file cannot be used"),
    (lambda client: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8",
     "该文件不是 UTF-8 文本", "This file is not UTF-8 text"),
    (lambda client: _edited(client, "date: 2020-01-08", "date: 08/01/2020"),
     "不是有效日期；请写成 年-月-日，例如 2021-09-15（字段 payments[0].date）",
     "(field 'payments[0].date')"),
    (lambda client: _edited(client, "date: 2020-01-08", "date: 2020-02-30"),
     "'2020-02-30' 不是存在的日期", "'2020-02-30' is not a valid date"),
    (lambda client: _edited(client, "amount: '2000.00'", "amount: .inf"),
     "'.inf' 不是金额", "'.inf' is not an amount"),
    (lambda client: _edited(client, "version: 1", "version: 1\nx: !!python/object:os.system 1"),
     "不是有效的 YAML：不认识的标签", "not valid YAML"),
], ids=["invalid-yaml", "binary", "date-format", "no-such-day", "infinite-amount",
        "python-tag"])
def test_a_refused_case_file_comes_back_to_its_card_and_changes_nothing(parent, upload, zh,
                                                                          en):
    """An edited case file that cannot be used (broken YAML, a picture sent by mistake, a
    date written the local way): the case page back (422) with why at the top of the card
    of the replace form, that form open, in the reader's language — and the stored case,
    its documents and its audit log as they were. On the Chinese page the detail is Chinese
    too, not pydantic's or PyYAML's English."""
    client, store = parent
    before = store.load_case(DEMO_CASE_ID)
    logged = len(store.audit_log(DEMO_CASE_ID))
    data = upload(client)
    for lang, words, again in (("zh", zh, "重新选择文件"), ("en", en, "choose the file again")):
        answer = client.post(f"/cases/{DEMO_CASE_ID}/replace?lang={lang}",
                             files={"casefile": ("case.yaml", data, "application/yaml")})
        assert answer.status_code == 422
        assert "张伟" in answer.text and before.case.title in answer.text  # the case page
        page = CasePage(answer.text)
        assert list(page.alerts) == ["drafts"] and len(page.alerts["drafts"]) == 1
        assert words in page.alerts["drafts"][0] and again in page.alerts["drafts"][0]
        if lang == "zh":
            assert not re.search(r"Input should|not valid YAML|is not an? ", answer.text)
        assert page.folded[f"/cases/{DEMO_CASE_ID}/replace"] is False  # open
        assert page.other_lang == f"/cases/{DEMO_CASE_ID}?lang={'en' if lang == 'zh' else 'zh'}"
    assert store.load_case(DEMO_CASE_ID) == before
    assert len(store.audit_log(DEMO_CASE_ID)) == logged
    assert client.get(f"/cases/{DEMO_CASE_ID}").status_code == 200


@pytest.mark.parametrize(("lang", "words", "again"), [
    ("zh", "该案卷文件无法使用：case.yaml 第", "重新选择文件"),
    ("en", "This case file cannot be used: case.yaml:", "choose the file again"),
])
def test_a_refused_import_comes_back_to_the_import_form_and_makes_no_case(parent, lang, words,
                                                                          again):
    """A case file from elsewhere that cannot be used: the case list back (422) with why next
    to the import form, in the reader's language — where the date is and what is wrong with
    it — and no case made."""
    client, store = parent
    mine = store.list_cases(user_id=store.user_by_email("demo@x.org").id)
    data = _edited(client, "date: 2020-01-08", "date: 08/01/2020")
    answer = client.post(f"/cases/import?lang={lang}",
                         files={"casefile": ("case.yaml", data, "application/yaml")})
    assert answer.status_code == 422
    page = CasePage(answer.text)
    assert list(page.alerts) == ["new-case"] and len(page.alerts["new-case"]) == 1
    alert = page.alerts["new-case"][0]
    assert words in alert and again in alert and "payments[0].date" in alert
    detail = {"zh": "'08/01/2020' 不是有效日期", "en": "Input should be a valid date"}[lang]
    assert detail in alert
    assert "/cases/import" in page.fields and page.folded["/cases/import"] is None  # shown
    assert "/cases" in page.fields  # the rest of the case list page: the new-case form
    assert page.other_lang == f"/?lang={'en' if lang == 'zh' else 'zh'}"
    assert store.list_cases(user_id=store.user_by_email("demo@x.org").id) == mine


@pytest.mark.parametrize(("lang", "words"), [
    ("zh", "请填写案件名称（不超过 200 个字符）。"),
    ("en", "Give the case a title of at most 200 characters."),
])
def test_a_new_case_without_a_usable_title_comes_back_to_its_form(parent, lang, words):
    """A title of only spaces, or longer than 200 characters (sent by hand or an old tab):
    the case list back (422) with why above the new-case form, what was chosen kept, and no
    case made — not the generic error page."""
    client, store = parent
    me = store.user_by_email("demo@x.org").id
    mine = store.list_cases(user_id=me)
    for title in ("   ", "x" * 201):
        answer = client.post(f"/cases?lang={lang}", data={"title": title,
                                                          "jurisdiction": "CN"})
        assert answer.status_code == 422
        page = CasePage(answer.text)
        assert list(page.alerts) == ["new-case"] and len(page.alerts["new-case"]) == 1
        alert = page.alerts["new-case"][0]
        assert words in alert
        assert ("what you typed" in alert) if lang == "en" else ("您填写的内容" in alert)
        assert page.fields["/cases"]["title"] == title.strip()
        assert page.fields["/cases"]["jurisdiction"] == "CN"  # the place chosen is kept
        assert page.other_lang == f"/?lang={'en' if lang == 'zh' else 'zh'}"
    unsure = client.post(f"/cases?lang={lang}", data={"title": " ", "jurisdiction": ""})
    assert CasePage(unsure.text).fields["/cases"]["jurisdiction"] == ""  # "not sure" kept
    assert store.list_cases(user_id=me) == mine
