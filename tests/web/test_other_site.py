"""A form another website makes the parent's browser send (cross-site request forgery) is
refused before any page handles it, and saves nothing; forms from the site's own pages, and
requests whose browser names no origin, go through as before."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from supportcase.config import settings
from supportcase.store import Store
from supportcase.web.app import create_app
from tests.web.conftest import parent_with_case
from tests.web.test_web import login

PAYMENT = {"date": "2024-03-01", "amount": "1200.50", "currency": "CNY", "payer": "obligor",
           "kind": "performance"}


@pytest.fixture
def site() -> Iterator[tuple[TestClient, Store, str]]:
    store = Store(settings())
    store.init()
    case_id = parent_with_case(store)
    client = TestClient(create_app(store))
    login(client, "parent@x.org", "pw-parent")
    yield client, store, case_id
    store.close()


@pytest.mark.parametrize("headers", [
    {"origin": "https://evil.example"},
    {"origin": "null"},  # a sandboxed frame or a file on disk
    {"referer": "https://evil.example/page.html"},  # a browser that sends no Origin
    {"origin": "http://testserver.evil.example"},
], ids=["another site", "no site at all", "another site's page", "a look-alike name"])
def test_a_form_from_another_site_is_refused_and_saves_nothing(site, headers):
    client, store, case_id = site
    for lang, words in (("en", "sent from another website"), ("zh", "该表单来自其他网站")):
        answer = client.post(f"/cases/{case_id}/payments?lang={lang}", data=PAYMENT,
                             headers=headers, follow_redirects=False)
        assert answer.status_code == 403 and words in answer.text
    assert store.load_case(case_id).payments == []
    # Signing out from another site is refused too: the session is still there.
    client.post("/logout", headers=headers)
    assert client.get(f"/cases/{case_id}", follow_redirects=False).status_code == 200


@pytest.mark.parametrize("headers", [
    {},  # no Origin, no Referer: an older browser or a script
    {"origin": "http://testserver"},
    {"referer": "http://testserver/cases/x"},
    {"origin": "https://cases.clinic.org", "x-forwarded-host": "cases.clinic.org"},
], ids=["says nothing", "this site", "this site's page", "behind a reverse proxy"])
def test_a_form_from_this_site_goes_through(site, headers):
    client, store, case_id = site
    answer = client.post(f"/cases/{case_id}/payments?lang=en", data=PAYMENT,
                         headers=headers, follow_redirects=False)
    assert answer.status_code == 303
    assert [str(p.amount) for p in store.load_case(case_id).payments] == ["1200.50"]
