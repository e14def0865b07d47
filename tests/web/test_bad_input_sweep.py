"""Bad input sent by hand (an edited request, an old tab, a number pasted from elsewhere)
gets one message in the reader's language — never a server error — and nothing already on
the case changes.

Found by sweeping every form and address of the web app with wrong dates, amounts,
choices, indexes and ids. Python's `str.isdigit` accepts '²' (and other superscripts) that
`int()` refuses, and SQLite holds no integer past 2^63 − 1: each was a 500."""

from __future__ import annotations

import pytest

from supportcase.config import settings
from supportcase.demo import DEMO_CASE_ID
from supportcase.web.forms import fingerprint
from tests.web.conftest import demo_owner
from tests.web.test_refused_forms import CasePage, refused


@pytest.fixture
def parent():
    """The demo case, its owner signed in."""
    with demo_owner(settings()) as signed_in:
        yield signed_in


def test_a_due_day_written_as_a_superscript_is_refused_in_the_terms_card(parent):
    client, store = parent
    typed = {"basis": "judgment", "amount": "2500.00", "currency": "CNY",
             "frequency": "monthly", "due_day": "²", "start": "2021-08-01", "ends": "open"}
    refused(client, store, "obligations", typed, "“²”不是付款日", "terms")


@pytest.mark.parametrize("action", ["remove", "proof", "kind"])
@pytest.mark.parametrize(("lang", "words"), [("zh", "本案已有变动"),
                                             ("en", "This case changed meanwhile")])
def test_an_entry_named_by_a_place_that_is_no_number_changes_nothing(parent, action, lang,
                                                                     words):
    # '²' passes `isdigit` but is no place in a list: the entry named cannot be found.
    client, store = parent
    before = store.load_case(DEMO_CASE_ID)
    logged = len(store.audit_log(DEMO_CASE_ID))
    answer = client.post(f"/cases/{DEMO_CASE_ID}/payments/{action}?lang={lang}",
                         data={"index": "²", "entry": fingerprint(before.payments[0]),
                               "document": "judgment", "kind": "gift"})
    assert answer.status_code == 409 and words in answer.text
    assert "Traceback" not in answer.text
    assert store.load_case(DEMO_CASE_ID) == before
    assert len(store.audit_log(DEMO_CASE_ID)) == logged


@pytest.mark.parametrize(("lang", "words"), [("zh", "未找到"), ("en", "Not found")])
def test_an_upload_number_too_large_for_the_database_is_no_upload(parent, lang, words):
    client, _ = parent
    answer = client.get(f"/cases/{DEMO_CASE_ID}/uploads/{'9' * 23}?lang={lang}")
    assert answer.status_code == 404 and words in answer.text


def test_applying_with_an_upload_number_too_large_is_as_if_none_was_named(parent):
    # The proposals are then made again from the stored original, as with no upload named.
    client, store = parent
    before = store.load_case(DEMO_CASE_ID)
    answer = client.post(f"/cases/{DEMO_CASE_ID}/proposals/apply?lang=zh",
                         data={"upload": "9" * 23, "document": "nope"})
    assert answer.status_code == 422 and "本案没有文件“nope”" in answer.text
    assert store.load_case(DEMO_CASE_ID) == before


@pytest.mark.parametrize(("text", "words"), [
    ("version: 1\ncase: " + "[" * 5000 + "\n", "文件嵌套过深"),
    ("version: 1\ncase: &c {title: x, more: *c}\n", "未知字段"),
])
def test_a_case_file_nested_without_end_is_refused_and_makes_no_case(parent, text, words):
    client, store = parent
    mine = store.list_cases(user_id=store.user_by_email("demo@x.org").id)
    before = store.load_case(DEMO_CASE_ID)
    for path in ("/cases/import", f"/cases/{DEMO_CASE_ID}/replace"):
        answer = client.post(f"{path}?lang=zh", files={"casefile": ("case.yaml", text)})
        assert answer.status_code == 422 and words in answer.text
    assert store.list_cases(user_id=store.user_by_email("demo@x.org").id) == mine
    assert store.load_case(DEMO_CASE_ID) == before


@pytest.mark.parametrize("path", ["payments", "members", "documents"])
@pytest.mark.parametrize(("lang", "words"), [("zh", "无法读取提交的表单"),
                                             ("en", "The form could not be read")])
def test_a_form_that_cannot_be_read_gets_the_apps_page_in_the_readers_language(
        parent, path, lang, words):
    # Sent by hand, not by a browser: a multipart body without its boundary. Starlette
    # refuses it (400); the reader got its English JSON, and the upload form said "at most
    # 20 files".
    client, store = parent
    before = store.load_case(DEMO_CASE_ID)
    answer = client.post(f"/cases/{DEMO_CASE_ID}/{path}?lang={lang}", content=b"garbage",
                         headers={"content-type": "multipart/form-data; boundary=xyz"})
    assert answer.status_code == 400 and "text/html" in answer.headers["content-type"]
    assert words in answer.text and "Invalid multipart" not in answer.text
    assert "At most" not in answer.text and "一次最多" not in answer.text
    assert store.load_case(DEMO_CASE_ID) == before


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_draft_of_a_case_holding_a_control_character_still_downloads(parent, fmt):
    # A message summary with a NUL byte (from a case file, or typed before forms dropped
    # them) made every DOCX draft a 500: XML holds no such character.
    client, store = parent
    casefile = store.load_case(DEMO_CASE_ID)
    message = casefile.communications[0].model_copy(update={"summary": "他说\x00\x1b下个月给"})
    store.update_case(DEMO_CASE_ID, casefile.model_copy(
        update={"communications": [message, *casefile.communications[1:]]}), actor="t")
    for kind in ("enforcement_application", "asset_memo"):
        answer = client.get(f"/cases/{DEMO_CASE_ID}/drafts/{kind}.{fmt}?lang=zh")
        assert answer.status_code == 200 and len(answer.content) > 1000


@pytest.fixture
def owner(store_settings):
    """The demo case on each store (SQLite, PostgreSQL), its owner signed in."""
    with demo_owner(store_settings) as signed_in:
        yield signed_in


def test_control_characters_typed_into_forms_are_left_out_of_what_is_stored(owner):
    # PostgreSQL's text columns hold no NUL byte: a case titled with one was a 500 there.
    client, store = owner
    me = store.user_by_email("demo@x.org").id
    made = client.post("/cases?lang=zh", data={"title": "李梅\x00诉王强\x1b", "jurisdiction": "CN"},
                       follow_redirects=False)
    assert made.status_code == 303
    titles = {c.title for c in store.list_cases(user_id=me)}
    assert "李梅诉王强" in titles
    for path, typed in [
        ("payments", {"date": "2025-01-05", "amount": "100", "currency": "CNY",
                      "note": "一月\x00的", "method": "微信\x07"}),
        ("asset_clues", {"kind": "salary", "details": "工资\x00", "obtained_how": "third_party",
                         "obtained": "朋友\x00说的"}),
        ("parties", {"obligor_name": "张\x00伟"}),
    ]:
        answer = client.post(f"/cases/{DEMO_CASE_ID}/{path}?lang=zh", data=typed,
                             follow_redirects=False)
        assert answer.status_code == 303, path
    stored = store.load_case(DEMO_CASE_ID)
    assert stored.payments[-1].note == "一月的" and stored.payments[-1].method == "微信"
    assert stored.asset_clues[-1].details == "工资"
    assert stored.asset_clues[-1].obtained.endswith("朋友说的")
    assert stored.parties.obligor is not None and stored.parties.obligor.name == "张伟"
    assert "\x00" not in store.load_case(DEMO_CASE_ID).model_dump_json()


def test_a_case_file_holding_a_nul_byte_is_refused_on_import_and_makes_no_case(owner):
    # YAML's "\0" escape writes a NUL: importing a case titled with one was a 500 on
    # PostgreSQL (its text columns hold none), and replacing the demo case with it too.
    client, store = owner
    me = store.user_by_email("demo@x.org").id
    mine, before = store.list_cases(user_id=me), store.load_case(DEMO_CASE_ID)
    text = 'version: 1\ncase:\n  title: "李梅\\0诉王强"\n'
    for path in ("/cases/import", f"/cases/{DEMO_CASE_ID}/replace"):
        answer = client.post(f"{path}?lang=zh", files={"casefile": ("case.yaml", text)})
        assert answer.status_code == 422 and "控制字符 U+0000" in answer.text, path
    assert store.list_cases(user_id=me) == mine and store.load_case(DEMO_CASE_ID) == before


@pytest.mark.parametrize(("lang", "words", "internal"), [
    ("zh", "“付款频率”的填写内容无法保存", "“frequency”"),
    ("en", "&#39;How often&#39; cannot be saved", "&#39;frequency&#39;"),
])
def test_support_terms_of_no_known_frequency_name_the_field_in_the_readers_words(
        parent, lang, words, internal):
    # Only a hand-made form sends another frequency (or none): the message named the
    # field by its internal English name, on the Chinese page too.
    client, store = parent
    before = store.load_case(DEMO_CASE_ID)
    for frequency in ("fortnightly", None):
        typed = {"basis": "judgment", "amount": "2500.00", "currency": "CNY",
                 "due_day": "1", "start": "2021-08-01", "ends": "open"}
        if frequency:
            typed["frequency"] = frequency
        answer = client.post(f"/cases/{DEMO_CASE_ID}/obligations?lang={lang}", data=typed)
        assert answer.status_code == 422
        assert words in answer.text and internal not in answer.text
    assert store.load_case(DEMO_CASE_ID) == before


@pytest.mark.parametrize("details", ["工资卡流水：" + "每月入账 12000 元；" * 300, "x" * 3000])
def test_a_long_entry_still_gives_its_pdf_draft(parent, details):
    # A table row taller than a page (a bank statement pasted into an asset clue) could not
    # be laid out: the PDF draft was a 500. The row now runs on to the next page.
    client, _ = parent
    answer = client.post(f"/cases/{DEMO_CASE_ID}/asset_clues?lang=zh",
                         data={"kind": "bank_account", "details": details,
                               "obtained_how": "bank_records"}, follow_redirects=False)
    assert answer.status_code == 303
    draft = client.get(f"/cases/{DEMO_CASE_ID}/drafts/asset_memo.pdf?lang=zh")
    assert draft.status_code == 200 and draft.content.startswith(b"%PDF")


@pytest.mark.parametrize(("path", "field", "card"), [
    ("asset_clues", "details", "assets"), ("payments", "note", "payments"),
    ("communications", "summary", "history"), ("parties", "obligor_address", "parties"),
])
def test_a_field_of_100000_characters_is_refused_in_its_card(parent, path, field, card):
    # Laying out one such entry in a PDF draft took minutes (every draft of the case hung).
    client, store = parent
    typed = {"payments": {"date": "2025-12-05", "amount": "100", "currency": "CNY"},
             "asset_clues": {"kind": "salary", "obtained_how": "third_party"},
             "communications": {"date": "2025-12-05", "kind": "other"},
             "parties": {}}[path]
    typed = {**typed, field: "很长" * 50_000}
    before = store.load_case(DEMO_CASE_ID)
    answer = client.post(f"/cases/{DEMO_CASE_ID}/{path}?lang=zh", data=typed)
    assert answer.status_code == 422
    assert "填写的内容过长：每一栏最多 4000 个字符" in CasePage(answer.text).alerts[card][0]
    assert store.load_case(DEMO_CASE_ID) == before
    english = client.post(f"/cases/{DEMO_CASE_ID}/{path}?lang=en", data=typed)
    assert "at most 4000 characters" in english.text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_drafts_of_a_case_owed_in_two_currencies_with_a_payment_in_question(parent, fmt):
    # The demo case has a payment of unclear kind (the grandmother's red packet); with terms
    # in a second currency the statement gives no single "if it counted" total, and every
    # draft's review section read that total regardless: a 500.
    client, _ = parent
    added = client.post(f"/cases/{DEMO_CASE_ID}/obligations?lang=zh", data={
        "basis": "us_order", "amount": "500.00", "currency": "USD", "frequency": "monthly",
        "due_day": "1", "start": "2021-01-01", "ends": "open"}, follow_redirects=False)
    assert added.status_code == 303
    for kind in ("arrears_statement", "enforcement_application"):
        for lang in ("zh", "en"):
            draft = client.get(f"/cases/{DEMO_CASE_ID}/drafts/{kind}.{fmt}?draft_lang={lang}")
            assert draft.status_code == 200, (kind, lang)
