"""A user's own account from the web: change the password (which ends every other session)
and the language pages open in."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from supportcase.config import settings
from supportcase.store import Store
from supportcase.web.app import create_app
from tests.web.conftest import parent_with_case
from tests.web.test_web import login


@pytest.fixture
def app_and_store():
    store = Store(settings())
    store.init()
    parent_with_case(store)
    yield create_app(store), store
    store.close()


def test_changing_the_password_signs_out_everywhere_else(app_and_store):
    app, store = app_and_store
    laptop, phone = TestClient(app), TestClient(app)
    login(laptop, "parent@x.org", "pw-parent")
    login(phone, "parent@x.org", "pw-parent")
    assert phone.get("/", follow_redirects=False).status_code == 200
    page = laptop.get("/account?lang=zh")
    assert page.status_code == 200 and "修改密码" in page.text and "parent@x.org" in page.text
    for data, words in (({"current": "wrong-one", "new": "new-pass-1", "again": "new-pass-1"},
                         "当前密码不正确"),
                        ({"current": "pw-parent", "new": "new-pass-1", "again": "new-pass-2"},
                         "两次输入的新密码不一致"),
                        ({"current": "pw-parent", "new": "short", "again": "short"},
                         "新密码至少需要 8 个字符")):
        refused = laptop.post("/account/password?lang=zh", data=data)
        assert refused.status_code == 422 and words in refused.text
    assert store.authenticate("parent@x.org", "pw-parent") is not None  # unchanged so far
    changed = laptop.post("/account/password?lang=en", follow_redirects=False,
                          data={"current": "pw-parent", "new": "new-pass-1",
                                "again": "new-pass-1"})
    assert changed.status_code == 303
    assert store.authenticate("parent@x.org", "new-pass-1") is not None
    assert store.authenticate("parent@x.org", "pw-parent") is None
    assert laptop.get("/", follow_redirects=False).status_code == 200  # this session goes on
    gone = phone.get("/", follow_redirects=False)  # the other one ends
    assert gone.status_code == 303 and gone.headers["location"] == "/login"
    assert store.audit_log()[-1].action == "user.password"


def test_the_chosen_language_is_used_when_signing_in(app_and_store):
    app, store = app_and_store
    client = TestClient(app)
    login(client, "parent@x.org", "pw-parent")
    saved = client.post("/account/language", data={"language": "zh"}, follow_redirects=False)
    assert saved.status_code == 303
    assert store.user_by_email("parent@x.org").language == "zh"
    fresh = TestClient(app)
    signed_in = fresh.post("/login", data={"email": "parent@x.org", "password": "pw-parent"})
    assert signed_in.status_code == 200 and "我的案件" in signed_in.text


def test_an_old_or_forged_session_cookie_is_not_a_session(app_and_store):
    app, _ = app_and_store
    client = TestClient(app)
    client.cookies.set("supportcase_session", "1")
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"


def test_guessing_passwords_locks_the_account_for_a_while(app_and_store):
    """After 10 wrong passwords in 15 minutes even the right one is refused (counted in the
    audit log, so every web process of a team sees the same count)."""
    from supportcase.store import MAX_FAILED_LOGINS

    app, store = app_and_store
    client = TestClient(app)
    for _ in range(MAX_FAILED_LOGINS):
        wrong = client.post("/login", data={"email": "Parent@x.org", "password": "guess"})
        assert wrong.status_code == 401
    locked = client.post("/login?lang=zh", data={"email": "parent@x.org",
                                                  "password": "pw-parent"})
    assert locked.status_code == 429 and "密码错误次数过多" in locked.text
    other = TestClient(create_app(store))  # another web process, the same database
    assert other.post("/login", data={"email": "parent@x.org",
                                      "password": "pw-parent"}).status_code == 429
    failed = [e for e in store.audit_log() if e.action == "login.failed"]
    assert len(failed) == MAX_FAILED_LOGINS and failed[0].actor == "login:parent@x.org"
