"""Adding documents from the web: read, store with facts, propose, apply as `review --apply`."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fastapi.testclient import TestClient

from supportcase.casefile.model import CaseFile, CaseInfo
from supportcase.config import settings
from supportcase.ledger import build_statement
from supportcase.store import Store, document_id
from supportcase.web.app import create_app
from tests.intake.test_propose import JUDGMENT
from tests.web.test_web import login

AS_OF = dt.date(2021, 9, 30)


@pytest.fixture
def site():
    store = Store(settings())
    store.init()
    parent = store.create_user("parent@x.org", "pw-parent")
    store.create_user("stranger@x.org", "pw-stranger")
    case_id = store.save_case(CaseFile(case=CaseInfo(title="Li Mei v. Wang Qiang")), actor="t")
    store.add_member(case_id, parent)
    client = TestClient(create_app(store))
    yield client, store, case_id
    store.close()


def upload(client: TestClient, case_id: str, *files: tuple[str, bytes, str], lang: str = "en"):
    return client.post(f"/cases/{case_id}/documents?lang={lang}",
                       files=[("files", f) for f in files])


def test_case_page_offers_an_upload_form(site):
    client, _, case_id = site
    login(client, "parent@x.org", "pw-parent")
    page = client.get(f"/cases/{case_id}").text
    assert f'action="/cases/{case_id}/documents' in page and 'type="file"' in page
    assert "multiple" in page and 'enctype="multipart/form-data"' in page
    assert "添加文件" in client.get(f"/cases/{case_id}?lang=zh").text


def test_judgment_upload_stores_facts_shows_proposal_and_apply_adds_the_obligation(site):
    client, store, case_id = site
    login(client, "parent@x.org", "pw-parent")
    data = JUDGMENT.encode("utf-8")
    page = upload(client, case_id, ("judgment.txt", data, "text/plain"), lang="zh")
    assert page.status_code == 200
    doc_id = document_id(data)
    casefile = store.load_case(case_id)
    assert [d.id for d in casefile.documents] == [doc_id]
    assert any(f.name == "case_number" and f.provenance.document == doc_id
               for f in casefile.facts)
    assert casefile.obligations == []  # nothing goes onto the case until the parent says so
    text = page.text
    assert "（2021）京0105民初12345号" in text and "2500" in text and "王小明" in text
    assert "核对原文前均为待核实" in text and "加入案卷" in text
    assert "王小明年满18周岁" in text  # the proposed end, in words
    assert "抚养费金额" in text and "原文已证明" in text  # facts named in the user's words
    assert "第二百六十四条" in text  # CPL 2023 art. 264: double interest for delay
    assert f'name="document" value="{doc_id}"' in text

    applied = client.post(f"/cases/{case_id}/proposals/apply", data={"document": doc_id},
                          follow_redirects=False)
    assert applied.status_code == 303 and applied.headers["location"].startswith(
        f"/cases/{case_id}")
    casefile = store.load_case(case_id)
    (obligation,) = casefile.obligations
    assert obligation.status == "assumed" and obligation.basis.document == doc_id
    assert casefile.interest.regime == "cn-delayed-performance"
    case_page = client.get(f"/cases/{case_id}?as_of={AS_OF}&lang=en").text
    expected = build_statement(casefile, AS_OF).to_json()
    assert f"{expected['total_outstanding']} CNY" in case_page
    assert f"{obligation.amount} CNY" in case_page and "judgment.txt" in case_page
    added = store.audit_log(case_id)[-2].at.date()  # the document.add entry, before apply
    assert f"<td>{added}</td>" in case_page
    # Applying again proposes nothing new: the obligation is not doubled.
    client.post(f"/cases/{case_id}/proposals/apply", data={"document": doc_id})
    assert len(store.load_case(case_id).obligations) == 1


def test_apply_trusts_only_stored_documents(site):
    client, store, case_id = site
    login(client, "parent@x.org", "pw-parent")
    response = client.post(f"/cases/{case_id}/proposals/apply",
                           data={"document": "deadbeef0000"})
    assert response.status_code == 422 and "deadbeef0000" in response.text
    assert store.load_case(case_id).obligations == []


def test_non_member_gets_404_for_upload_and_apply(site):
    client, store, case_id = site
    login(client, "stranger@x.org", "pw-stranger")
    data = JUDGMENT.encode("utf-8")
    assert upload(client, case_id, ("judgment.txt", data, "text/plain")).status_code == 404
    assert client.post(f"/cases/{case_id}/proposals/apply",
                       data={"document": document_id(data)}).status_code == 404
    assert store.load_case(case_id).documents == []


def test_a_viewer_can_read_but_not_upload_or_apply(site):
    client, store, case_id = site
    viewer = store.create_user("viewer@x.org", "pw-viewer")
    store.add_member(case_id, viewer, "viewer")
    login(client, "viewer@x.org", "pw-viewer")
    page = client.get(f"/cases/{case_id}")
    assert page.status_code == 200 and 'type="file"' not in page.text
    data = JUDGMENT.encode("utf-8")
    refused = upload(client, case_id, ("judgment.txt", data, "text/plain"))
    assert refused.status_code == 403 and "not change it" in refused.text
    assert client.post(f"/cases/{case_id}/proposals/apply",
                       data={"document": document_id(data)}).status_code == 403
    assert store.load_case(case_id).documents == []


def test_login_is_required_to_upload(site):
    client, store, case_id = site
    response = client.post(f"/cases/{case_id}/documents",
                           files=[("files", ("a.txt", b"x", "text/plain"))],
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert store.load_case(case_id).documents == []


@pytest.mark.parametrize("lang, words", [("en", "larger than the upload limit of 1 MB"),
                                         ("zh", "超过 1 MB 的上传上限")])
def test_over_limit_upload_is_refused_and_nothing_stored(site, monkeypatch, lang, words):
    client, store, case_id = site
    monkeypatch.setenv("SUPPORTCASE_MAX_UPLOAD_MB", "1")
    login(client, "parent@x.org", "pw-parent")
    big = JUDGMENT.encode("utf-8") + b" " * (2 * 1024 * 1024)
    page = upload(client, case_id, ("big.txt", big, "text/plain"), lang=lang)
    assert page.status_code == 422 and words in page.text
    assert "Traceback" not in page.text
    casefile = store.load_case(case_id)
    assert casefile.documents == [] and casefile.facts == []


@pytest.mark.parametrize("lang, words", [("en", "could not be read"), ("zh", "无法读取该文件")])
def test_corrupt_pdf_is_reported_and_the_good_file_still_stored(site, lang, words):
    client, store, case_id = site
    login(client, "parent@x.org", "pw-parent")
    good = JUDGMENT.encode("utf-8")
    page = upload(client, case_id, ("broken.pdf", b"%PDF-1.7\n\x00garbage, not a PDF",
                                    "application/pdf"),
                  ("judgment.txt", good, "text/plain"), lang=lang)
    assert page.status_code == 200
    assert words in page.text and "broken.pdf" in page.text
    assert re.search(r'role="alert"', page.text)
    casefile = store.load_case(case_id)
    assert [d.id for d in casefile.documents] == [document_id(good)]
    assert all(f.provenance.document == document_id(good) for f in casefile.facts)


def test_too_many_files_at_once_are_refused_in_the_users_language(site):
    from supportcase.web.app import MAX_FILES

    client, store, case_id = site
    login(client, "parent@x.org", "pw-parent")
    files = [(f"n{i}.txt", f"note {i}".encode(), "text/plain") for i in range(MAX_FILES + 1)]
    page = upload(client, case_id, *files, lang="zh")
    assert page.status_code == 400 and f"一次最多上传 {MAX_FILES} 个文件" in page.text
    assert store.load_case(case_id).documents == []


def test_reading_a_scan_does_not_hold_up_other_requests(site):
    """OCR of an upload runs off the server's event loop: while a scan is read, the app still
    answers everyone else (one process serves a whole team)."""
    import threading
    import time

    import httpx

    from tests.intake.builders import image_pdf
    from tests.web.conftest import served

    _, store, case_id = site
    scans = [("files", (f"scan{n}.pdf", image_pdf(JUDGMENT), "application/pdf"))
             for n in range(2)]  # a few seconds of OCR
    finished: dict[str, float] = {}
    with served(create_app(store)) as base, httpx.Client(base_url=base, timeout=120) as parent:
        assert parent.post("/login", data={"email": "parent@x.org",
                                           "password": "pw-parent"}).status_code == 303

        def upload_scans() -> None:
            response = parent.post(f"/cases/{case_id}/documents", files=scans)
            finished["upload"] = time.monotonic()
            finished["status"] = response.status_code

        uploading = threading.Thread(target=upload_scans)
        uploading.start()
        time.sleep(0.5)  # the upload is sent and being read
        with httpx.Client(base_url=base, timeout=120) as other:
            assert other.get("/healthz").status_code == 200
            finished["other"] = time.monotonic()
            assert other.get("/login").status_code == 200
        uploading.join(120)
    assert finished["status"] == 200
    assert finished["other"] < finished["upload"]
    assert len(store.load_case(case_id).documents) == 2
