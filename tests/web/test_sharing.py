"""An owner shares a case from the web: who may open it, with which role, and never with
no owner left. Every change is in the audit log."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from supportcase.config import settings
from supportcase.store import Store
from supportcase.web.app import create_app
from tests.web.conftest import parent_with_case
from tests.web.test_web import login


@pytest.fixture
def team():
    store = Store(settings())
    store.init()
    case_id = parent_with_case(store)  # parent@x.org owns it
    store.create_user("lawyer@clinic.org", "pw-lawyer")
    store.create_user("aide@clinic.org", "pw-aide-1")
    yield store, case_id
    store.close()


def client_for(store: Store, email: str, password: str) -> TestClient:
    client = TestClient(create_app(store))
    login(client, email, password)
    return client


def test_the_owner_shares_and_the_colleague_then_opens_the_case(team):
    store, case_id = team
    parent = client_for(store, "parent@x.org", "pw-parent")
    lawyer = client_for(store, "lawyer@clinic.org", "pw-lawyer")
    assert lawyer.get(f"/cases/{case_id}").status_code == 404  # not shared yet

    page = parent.get(f"/cases/{case_id}?lang=zh").text
    assert "本案人员" in page and "parent@x.org (您)" in page and 'name="role"' in page
    shared = parent.post(f"/cases/{case_id}/members?lang=zh", follow_redirects=False,
                         data={"email": " Lawyer@Clinic.org", "role": "editor"})
    assert shared.status_code == 303 and shared.headers["location"].endswith("#members")
    assert ("lawyer@clinic.org", "editor") in store.members(case_id)
    opened = lawyer.get(f"/cases/{case_id}?lang=en")
    assert opened.status_code == 200 and "editor — can change it" in opened.text
    assert 'action="/cases/' + case_id + '/members?' not in opened.text  # no share form
    actions = [e.action for e in store.audit_log(case_id)]
    assert "member.add" in actions


def test_only_an_owner_changes_who_sees_the_case(team):
    store, case_id = team
    lawyer_id = store.user_by_email("lawyer@clinic.org").id
    store.add_member(case_id, lawyer_id, "editor")
    lawyer = client_for(store, "lawyer@clinic.org", "pw-lawyer")
    refused = lawyer.post(f"/cases/{case_id}/members?lang=zh",
                          data={"email": "aide@clinic.org", "role": "owner"})
    assert refused.status_code == 403 and "只有本案的所有者" in refused.text
    refused = lawyer.post(f"/cases/{case_id}/members/remove",
                          data={"email": "parent@x.org"})
    assert refused.status_code == 403
    assert dict(store.members(case_id)) == {"parent@x.org": "owner",
                                            "lawyer@clinic.org": "editor"}


def test_sharing_with_no_such_account_says_how_to_add_one(team):
    store, case_id = team
    parent = client_for(store, "parent@x.org", "pw-parent")
    page = parent.post(f"/cases/{case_id}/members?lang=zh",
                       data={"email": "nobody@x.org", "role": "viewer"})
    assert page.status_code == 422
    assert "没有 nobody@x.org 的账户" in page.text and "supportcase user add" in page.text


def test_a_case_never_loses_its_last_owner(team):
    store, case_id = team
    parent = client_for(store, "parent@x.org", "pw-parent")
    demoted = parent.post(f"/cases/{case_id}/members",
                          data={"email": "parent@x.org", "role": "viewer"})
    assert demoted.status_code == 422 and "at least one owner" in demoted.text
    removed = parent.post(f"/cases/{case_id}/members/remove", data={"email": "parent@x.org"})
    assert removed.status_code == 422
    assert store.members(case_id) == [("parent@x.org", "owner")]
    # With a second owner, the first may step down.
    parent.post(f"/cases/{case_id}/members", data={"email": "lawyer@clinic.org",
                                                   "role": "owner"})
    assert parent.post(f"/cases/{case_id}/members", follow_redirects=False,
                       data={"email": "parent@x.org", "role": "viewer"}).status_code == 303
    assert dict(store.members(case_id))["parent@x.org"] == "viewer"


def test_the_owner_takes_someone_off_the_case(team):
    store, case_id = team
    parent = client_for(store, "parent@x.org", "pw-parent")
    parent.post(f"/cases/{case_id}/members", data={"email": "aide@clinic.org",
                                                   "role": "viewer"})
    aide = client_for(store, "aide@clinic.org", "pw-aide-1")
    assert aide.get(f"/cases/{case_id}").status_code == 200
    page = parent.get(f"/cases/{case_id}").text
    assert 'name="email" value="aide@clinic.org"' in page  # a Remove button for the aide
    gone = parent.post(f"/cases/{case_id}/members/remove", follow_redirects=False,
                       data={"email": "aide@clinic.org"})
    assert gone.status_code == 303
    assert aide.get(f"/cases/{case_id}").status_code == 404
    entry = store.audit_log(case_id)[-1]
    assert entry.action == "member.remove" and entry.actor.startswith("web:")


def test_a_wrong_e_mail_or_role_is_refused_in_the_pages_language(team):
    store, case_id = team
    parent = client_for(store, "parent@x.org", "pw-parent")
    page = parent.post(f"/cases/{case_id}/members?lang=zh",
                       data={"email": "lawyer at clinic", "role": "viewer"})
    assert page.status_code == 422 and "不是电子邮件地址" in page.text
    assert "is not an e-mail address" not in page.text
    page = parent.post(f"/cases/{case_id}/members?lang=zh",
                       data={"email": "lawyer@clinic.org", "role": "boss"})
    assert page.status_code == 422 and "角色“boss”无效" in page.text
    page = parent.post(f"/cases/{case_id}/members?lang=en",
                       data={"email": "lawyer@clinic.org", "role": "boss"})
    assert page.status_code == 422 and "role &#39;boss&#39; is not one of" in page.text
    assert store.members(case_id) == [("parent@x.org", "owner")]
