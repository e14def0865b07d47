"""A form sent after the session ended (12 hours, or logged out in another tab) loses
nothing: the login page keeps what was typed, and once signed in again the parent sees it
and sends it with one button — through the page's own handler, its permissions checked."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from supportcase.config import settings
from supportcase.store import Store
from supportcase.web.app import create_app
from supportcase.web.text import TERMS
from tests.web.conftest import parent_with_case

PAYMENT = {"date": "2024-03-01", "amount": "1200.50", "currency": "CNY", "payer": "obligor",
           "kind": "performance", "method": "微信", "note": "三月的抚养费 & <more>"}


@pytest.fixture
def site():
    store = Store(settings())
    store.init()
    case_id = parent_with_case(store)
    yield TestClient(create_app(store)), store, case_id
    store.close()


def form_of(page: str, action_starts: str = "") -> tuple[str, list[tuple[str, str]]]:
    """The action and the fields (name, value) of the page's first form posting to an
    address starting with `action_starts`."""
    for found in re.finditer(r'<form method="post" action="([^"]*)">(.*?)</form>', page, re.S):
        action = html.unescape(found[1])
        if action.startswith(action_starts):
            fields = re.findall(r'<input[^>]*name="([^"]*)"[^>]*value="([^"]*)"', found[2])
            return action, [(html.unescape(k), html.unescape(v)) for k, v in fields]
    raise AssertionError(f"no form to {action_starts!r}")


def test_a_payment_sent_signed_out_is_kept_through_the_login_and_sent_once(site):
    client, store, case_id = site
    sent = client.post(f"/cases/{case_id}/payments?lang=zh", data=PAYMENT,
                       follow_redirects=False)
    assert sent.status_code == 401
    assert "您已退出登录" in sent.text and "您填写的内容已保留" in sent.text
    assert store.load_case(case_id).payments == []
    action, fields = form_of(sent.text, "/login")
    assert ("resend_to", f"/cases/{case_id}/payments?lang=zh") in fields
    for name, value in PAYMENT.items():
        assert (f"carried.{name}", value) in fields

    # Signing in shows what was typed and asks before sending it: nothing is stored yet.
    signed_in = client.post(action, follow_redirects=False, data={
        **dict(fields), "email": "parent@x.org", "password": "pw-parent"})
    assert signed_in.status_code == 200
    assert "您已重新登录。要发送您填写的内容吗？" in signed_in.text
    assert "三月的抚养费 &amp; &lt;more&gt;" in signed_in.text and "1200.50" in signed_in.text
    assert store.load_case(case_id).payments == []
    assert f'href="/cases/{case_id}?lang=zh"' in signed_in.text  # just go to the page
    resend, again = form_of(signed_in.text, f"/cases/{case_id}/payments")
    assert sorted(again) == sorted(PAYMENT.items())

    stored = client.post(resend, data=dict(again), follow_redirects=False)
    assert stored.status_code == 303
    assert stored.headers["location"] == f"/cases/{case_id}?lang=zh#payments"
    payments = store.load_case(case_id).payments
    assert [(str(p.amount), p.note) for p in payments] == [("1200.50", PAYMENT["note"])]


def test_signing_in_again_in_english_asks_in_english(site):
    client, _, case_id = site
    sent = client.post(f"/cases/{case_id}/payments?lang=en", data=PAYMENT)
    assert sent.status_code == 401
    assert "You were signed out" in sent.text and "What you typed is kept" in sent.text
    action, fields = form_of(sent.text, "/login")
    signed_in = client.post(action, data={**dict(fields), "email": "parent@x.org",
                                          "password": "pw-parent"})
    assert "You are signed in again. Send what you typed?" in signed_in.text
    assert "How it was paid" in signed_in.text  # the fields by their names on the page


def test_a_wrong_password_keeps_what_was_typed(site):
    client, store, case_id = site
    sent = client.post(f"/cases/{case_id}/payments?lang=en", data=PAYMENT)
    action, fields = form_of(sent.text, "/login")
    wrong = client.post(action, data={**dict(fields), "email": "parent@x.org",
                                      "password": "guess"})
    assert wrong.status_code == 401 and "not right" in wrong.text
    assert form_of(wrong.text, "/login")[1] == [
        ("email", "parent@x.org") if name == "email" else (name, value) for name, value in fields]
    assert store.load_case(case_id).payments == []


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x",
                                    "/\\evil.example", "evil"])
def test_what_was_typed_is_never_sent_off_the_site(site, target):
    client, _, _ = site
    page = client.post("/login", data={"resend_to": target, "carried.amount": "1",
                                       "email": "parent@x.org", "password": "guess"})
    assert page.status_code == 401 and "evil" not in page.text
    signed_in = client.post("/login", follow_redirects=False, data={
        "resend_to": target, "carried.amount": "1", "email": "parent@x.org",
        "password": "pw-parent"})
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/?lang=en"


def test_a_password_or_a_token_is_never_carried(site):
    client, _, case_id = site
    sent = client.post(f"/cases/{case_id}/payments?lang=en", data={
        **PAYMENT, "password": "pw-secret-1", "csrf_token": "tok-secret-2"})
    _, fields = form_of(sent.text, "/login")
    assert "pw-secret-1" not in sent.text and "tok-secret-2" not in sent.text
    # Nor when slipped into the login form by hand, nor the login's own password.
    signed_in = client.post("/login", data={
        **dict(fields), "carried.password": "pw-secret-1", "carried.token": "tok-secret-2",
        "email": "parent@x.org", "password": "pw-parent"})
    assert signed_in.status_code == 200 and "Send what you typed?" in signed_in.text
    for secret in ("pw-secret-1", "tok-secret-2", "pw-parent"):
        assert secret not in signed_in.text
    # A password change sent signed out keeps none of its fields, and says to type it again.
    changed = client.post("/logout")
    changed = client.post("/account/password?lang=en", data={
        "current": "pw-parent", "new": "new-pass-1", "again": "new-pass-1"})
    assert changed.status_code == 401 and "You were signed out" in changed.text
    assert "pw-parent" not in changed.text and "new-pass-1" not in changed.text


def test_an_upload_sent_signed_out_asks_for_the_file_again(site):
    client, store, case_id = site
    sent = client.post(f"/cases/{case_id}/documents?lang=zh",
                       files=[("files", ("a.txt", b"x", "text/plain"))])
    assert sent.status_code == 401 and "请在登录后重新选择文件" in sent.text
    assert "a.txt" not in sent.text
    assert store.load_case(case_id).documents == []
    action, fields = form_of(sent.text, "/login")
    # Nothing typed to send: signing in leads back to the case page.
    signed_in = client.post(action, follow_redirects=False, data={
        **dict(fields), "email": "parent@x.org", "password": "pw-parent"})
    assert signed_in.status_code == 303
    assert signed_in.headers["location"] == f"/cases/{case_id}?lang=zh"


def test_a_form_sent_from_another_site_is_not_carried(site):
    """Another site's form is refused outright (tests/web/test_other_site.py), so nothing it
    held is carried to the login page to be sent once signed in."""
    client, _, case_id = site
    sent = client.post(f"/cases/{case_id}/payments?lang=en", data=PAYMENT,
                       headers={"origin": "https://evil.example"})
    assert sent.status_code == 403 and "1200.50" not in sent.text
    assert "resend_to" not in sent.text and "another website" in sent.text


def test_the_resent_form_is_checked_like_any_other(site):
    """Signed in again as someone who may not change the case, the resent form is refused
    as it would be from the page."""
    client, store, case_id = site
    store.create_user("viewer@x.org", "pw-viewer")
    store.add_member(case_id, store.user_by_email("viewer@x.org").id, "viewer")
    sent = client.post(f"/cases/{case_id}/payments?lang=en", data=PAYMENT)
    action, fields = form_of(sent.text, "/login")
    signed_in = client.post(action, data={**dict(fields), "email": "viewer@x.org",
                                          "password": "pw-viewer"})
    resend, again = form_of(signed_in.text, f"/cases/{case_id}/payments")
    refused = client.post(resend, data=dict(again))
    assert refused.status_code == 403
    assert store.load_case(case_id).payments == []


def test_the_confirm_page_shows_choices_in_words_not_keys(site):
    # A tired parent checks "付款方（义务人）", not "obligor"; the hidden fields keep the keys.
    client, _, case_id = site
    sent = client.post(f"/cases/{case_id}/payments?lang=zh", data=PAYMENT)
    action, fields = form_of(sent.text, "/login")
    signed_in = client.post(action, data={**dict(fields), "email": "parent@x.org",
                                          "password": "pw-parent"}).text
    shown = re.findall(r"<td>(.*?)</td>", signed_in)
    assert TERMS["zh"]["obligor"] in shown and TERMS["zh"]["performance"] in shown
    assert "obligor" not in shown and "performance" not in shown
    assert "1200.50" in shown  # typed values are shown as typed
    assert ("payer", "obligor") in form_of(signed_in, f"/cases/{case_id}/payments")[1]


def test_a_message_on_the_confirm_page_reads_in_words(site):
    client, _, case_id = site
    message = {"date": "2024-02-14", "direction": "sent", "channel": "wechat",
               "kind": "reminder", "summary": "催付三月抚养费"}
    sent = client.post(f"/cases/{case_id}/communications?lang=zh", data=message)
    action, fields = form_of(sent.text, "/login")
    shown = re.findall(r"<td>(.*?)</td>", client.post(action, data={
        **dict(fields), "email": "parent@x.org", "password": "pw-parent"}).text)
    assert {"我发出的", "微信", "提醒付款", "催付三月抚养费"} <= set(shown)


def _switch(page: str) -> tuple[str, list[tuple[str, str]]]:
    """The action and fields of the page's language switch that carries what was typed."""
    found = re.search(r'<form class="inline" method="post" action="(/login/language[^"]*)">'
                      r'(.*?)</form>', page, re.S)
    assert found, "no language switch carrying the typed fields"
    fields = re.findall(r'<input[^>]*name="([^"]*)"[^>]*value="([^"]*)"', found[2])
    return html.unescape(found[1]), [(html.unescape(k), html.unescape(v)) for k, v in fields]


def test_switching_language_signed_out_keeps_what_was_typed(site):
    """Before, the language link on the signed-out login page (and on the page asking to
    send) was a plain link: following it dropped everything the parent had typed."""
    client, store, case_id = site
    sent = client.post(f"/cases/{case_id}/payments?lang=zh", data=PAYMENT)
    assert sent.status_code == 401
    action, fields = _switch(sent.text)
    assert action == "/login/language?lang=en"
    # The login form's own button sends the e-mail address typed so far too (never kept:
    # the password).
    english = client.post(action, data={**dict(fields), "email": "parent@x.org",
                                        "password": "typed-half"})
    assert english.status_code == 200
    assert "What you typed is kept" in english.text and 'value="parent@x.org"' in english.text
    assert "typed-half" not in english.text
    login, kept = form_of(english.text, "/login")
    assert sorted(f for f in kept if f[0] != "email") == sorted(fields)
    assert store.load_case(case_id).payments == []

    signed_in = client.post(login, data={**dict(kept), "email": "parent@x.org",
                                         "password": "pw-parent"})
    assert "You are signed in again. Send what you typed?" in signed_in.text
    # On the page asking to send, the switch keeps the list too.
    action, fields = _switch(signed_in.text)
    chinese = client.post(action, data=dict(fields))
    assert "您已重新登录。要发送您填写的内容吗？" in chinese.text
    resend, again = form_of(chinese.text, f"/cases/{case_id}/payments")
    assert sorted(again) == sorted(PAYMENT.items())
    assert store.load_case(case_id).payments == []
    assert client.post(resend, data=dict(again), follow_redirects=False).status_code == 303
    assert len(store.load_case(case_id).payments) == 1


def test_the_plain_login_page_keeps_its_plain_language_link(site):
    client, _, _ = site
    page = client.get("/login?lang=zh").text
    assert "/login/language" not in page and 'href="/login?lang=en"' in page
