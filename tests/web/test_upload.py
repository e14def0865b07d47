"""Adding documents from the web: queued, read by a worker, stored with facts, proposed,
applied as `review --apply`."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest
from fastapi.testclient import TestClient

from supportcase.casefile.model import CaseFile, CaseInfo
from supportcase.config import settings
from supportcase.ledger import build_statement
from supportcase.store import Store, document_id
from supportcase.web.app import create_app
from tests.intake.test_propose import JUDGMENT
from tests.web.conftest import parent_with_case
from tests.web.test_web import login

AS_OF = dt.date(2021, 9, 30)


@pytest.fixture
def site():
    store = Store(settings())
    store.init()
    case_id = parent_with_case(store)
    store.create_user("stranger@x.org", "pw-stranger")
    with TestClient(create_app(store)) as client:  # runs the app's worker thread
        yield client, store, case_id
    store.close()


def follow_reading(client: TestClient, location: str):
    """The reading page, refreshed (as the browser does) until what was read is shown."""
    for _ in range(1200):
        page = client.get(location)
        if 'http-equiv="refresh"' not in page.text:
            return page
        time.sleep(0.1)
    pytest.fail(f"{location} was still reading after two minutes")


def upload(client: TestClient, case_id: str, *files: tuple[str, bytes, str], lang: str = "en"):
    """Post the files; when they are taken, follow the reading page to its result."""
    response = client.post(f"/cases/{case_id}/documents?lang={lang}",
                           files=[("files", f) for f in files], follow_redirects=False)
    if response.status_code != 303:
        return response
    assert re.fullmatch(rf"/cases/{case_id}/uploads/\d+\?lang={lang}",
                        response.headers["location"])
    return follow_reading(client, response.headers["location"])


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

    upload_id = re.search(r'name="upload" value="(\d+)"', text).group(1)
    applied = client.post(f"/cases/{case_id}/proposals/apply",
                          data={"document": doc_id, "upload": upload_id},
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
    # The login page itself, saying to choose the file again (see test_relogin).
    assert response.status_code == 401 and "choose it again" in response.text
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
    from supportcase.web.documents import MAX_FILES

    client, store, case_id = site
    login(client, "parent@x.org", "pw-parent")
    files = [(f"n{i}.txt", f"note {i}".encode(), "text/plain") for i in range(MAX_FILES + 1)]
    page = upload(client, case_id, *files, lang="zh")
    assert page.status_code == 400 and f"一次最多上传 {MAX_FILES} 个文件" in page.text
    assert store.load_case(case_id).documents == []


def test_reading_a_scan_does_not_hold_up_the_upload_or_other_requests(site):
    """OCR of an upload runs in a worker, not in the request: the upload is answered at once
    with the reading page, and the app goes on answering everyone else meanwhile."""
    import httpx

    from supportcase.jobs import JobQueue
    from tests.intake.builders import image_pdf
    from tests.web.conftest import served

    _, store, case_id = site
    scans = [("files", (f"scan{n}.pdf", image_pdf(JUDGMENT), "application/pdf"))
             for n in range(2)]  # a few seconds of OCR
    with served(create_app(store)) as base, httpx.Client(base_url=base, timeout=120) as parent:
        assert parent.post("/login", data={"email": "parent@x.org",
                                           "password": "pw-parent"}).status_code == 303
        taken = parent.post(f"/cases/{case_id}/documents", files=scans)
        answered = dt.datetime.now(dt.UTC)
        assert taken.status_code == 303
        job_id = int(taken.headers["location"].split("/")[-1].split("?")[0])
        with httpx.Client(base_url=base, timeout=120) as other:
            assert other.get("/healthz").status_code == 200
            assert other.get("/login").status_code == 200
        waiting = parent.get(taken.headers["location"])
        assert waiting.status_code == 200 and 'http-equiv="refresh"' in waiting.text
        assert "scan0.pdf" in waiting.text and "of 2 file(s) read so far" in waiting.text
        for _ in range(1200):
            job = JobQueue(store).get(job_id)
            if not job.is_open:
                break
            time.sleep(0.1)
        done = parent.get(taken.headers["location"])
    assert job.status == "done" and job.finished_at is not None
    finished = job.finished_at if job.finished_at.tzinfo else job.finished_at.replace(
        tzinfo=dt.UTC)
    assert answered < finished  # the upload was answered before its reading ended
    assert done.status_code == 200 and "scan1.pdf" in done.text
    assert len(store.load_case(case_id).documents) == 2


@pytest.fixture
def team_site(monkeypatch):
    """A web process with no worker thread (SUPPORTCASE_WORKERS=0): a team runs
    `supportcase worker` processes instead."""
    monkeypatch.setenv("SUPPORTCASE_WORKERS", "0")
    store = Store(settings())
    store.init()
    case_id = parent_with_case(store)
    with TestClient(create_app(store)) as client:
        login(client, "parent@x.org", "pw-parent")
        yield client, store, case_id
    store.close()


def _queue_upload(client: TestClient, case_id: str, lang: str = "en", **named: bytes) -> str:
    response = client.post(f"/cases/{case_id}/documents?lang={lang}", follow_redirects=False,
                           files=[("files", (name, data, "text/plain"))
                                  for name, data in named.items()])
    assert response.status_code == 303
    return response.headers["location"]


def test_queued_upload_waits_in_the_users_language_until_a_worker_reads_it(team_site):
    from sqlalchemy import update

    from supportcase.jobs import run_pending
    from supportcase.store import tables

    client, store, case_id = team_site
    location = _queue_upload(client, case_id, "zh", **{"judgment.txt": JUDGMENT.encode()})
    waiting = client.get(location)
    assert waiting.status_code == 200 and 'http-equiv="refresh"' in waiting.text
    assert "已读取 0 / 1 个文件" in waiting.text and "judgment.txt" in waiting.text
    assert "supportcase worker" not in waiting.text  # queued only a moment ago
    assert store.load_case(case_id).documents == []  # nothing stored before it is read
    with store.engine.begin() as conn:  # a minute later, still no worker has taken it
        conn.execute(update(tables.Job).values(
            created_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2)))
    assert "supportcase worker" in client.get(location).text

    assert run_pending(store) == 1  # what `supportcase worker` does
    page = client.get(location)
    assert 'http-equiv="refresh"' not in page.text and "（2021）京0105民初12345号" in page.text
    assert len(store.load_case(case_id).documents) == 1
    # Another case's member cannot open this upload's page.
    other = store.save_case(CaseFile(case=CaseInfo(title="Other")), actor="t")
    store.add_member(other, store.user_by_email("parent@x.org").id)
    elsewhere = client.get(location.replace(case_id, other))
    assert elsewhere.status_code == 404 and "没有这次上传记录" in elsewhere.text


def test_a_staged_file_gone_before_reading_is_reported_and_the_rest_read(team_site):
    from supportcase.jobs import JobQueue, run_pending

    client, store, case_id = team_site
    location = _queue_upload(client, case_id, **{"a.txt": b"note one",
                                                 "judgment.txt": JUDGMENT.encode()})
    job = JobQueue(store).get(int(location.split("/")[-1].split("?")[0]))
    folder = store.settings.home / "incoming" / job.payload["token"]
    (folder / job.payload["files"][0]["staged"]).unlink()
    run_pending(store)
    page = client.get(location)
    assert page.status_code == 200
    assert "gone before it could be read" in page.text and "a.txt" in page.text
    assert [d.filename for d in store.load_case(case_id).documents] == ["judgment.txt"]
    assert not folder.exists()  # the staged copies are removed once read


def test_a_reading_that_breaks_shows_what_was_read_and_changes_nothing_else(team_site):
    from supportcase.jobs import JobQueue, run_pending

    client, store, case_id = team_site
    before = store.load_case(case_id)
    queue = JobQueue(store)
    job_id = queue.enqueue("read_upload", case_id, {"files": [], "limit": 1024},
                           actor="t")  # no staging token: the task fails
    assert run_pending(store) == 1
    page = client.get(f"/cases/{case_id}/uploads/{job_id}?lang=zh")
    assert page.status_code == 500 and "读取已中止" in page.text and "KeyError" in page.text
    assert "Traceback" not in page.text
    assert store.load_case(case_id) == before


def test_apply_uses_what_the_worker_read_not_a_second_reading(site):
    """Applying a read upload proposes from the reading kept on the server: the original is
    not read (OCR'd) again — shown by removing it from the blob store first."""
    client, store, case_id = site
    login(client, "parent@x.org", "pw-parent")
    data = JUDGMENT.encode("utf-8")
    text = upload(client, case_id, ("judgment.txt", data, "text/plain")).text
    upload_id = re.search(r'name="upload" value="(\d+)"', text).group(1)
    (document,) = store.load_case(case_id).documents
    store.blobs.path_for(document.sha256).unlink()
    without = client.post(f"/cases/{case_id}/proposals/apply",
                          data={"document": document.id})  # must read the original: gone
    assert without.status_code == 422 and store.load_case(case_id).obligations == []
    applied = client.post(f"/cases/{case_id}/proposals/apply",
                          data={"document": document.id, "upload": upload_id},
                          follow_redirects=False)
    assert applied.status_code == 303
    assert len(store.load_case(case_id).obligations) == 1


def test_the_case_page_leads_back_to_an_upload_left_while_it_was_read(team_site):
    """The reading page says a parent may leave and come back: the case page lists the
    latest uploads with their state and a link to each."""
    from supportcase.jobs import run_pending

    client, store, case_id = team_site
    location = _queue_upload(client, case_id, "zh", **{"判决书.txt": JUDGMENT.encode()})
    page = client.get(f"/cases/{case_id}?lang=zh").text
    assert "最近上传" in page and "判决书.txt" in page and "等待读取" in page
    assert f'href="{location}"' in page
    run_pending(store)
    page = client.get(f"/cases/{case_id}?lang=en").text
    assert "read — open it to check what was found" in page


def test_upload_read_and_apply_on_sqlite_and_postgresql(store_settings):
    """A team's server runs on PostgreSQL: the queued reading, its result page and applying
    it work there as on one parent's SQLite file."""
    store = Store(store_settings)
    store.init()
    case_id = parent_with_case(store)
    with TestClient(create_app(store)) as client:
        login(client, "parent@x.org", "pw-parent")
        page = upload(client, case_id, ("judgment.txt", JUDGMENT.encode(), "text/plain"))
        assert page.status_code == 200 and "（2021）京0105民初12345号" in page.text
        upload_id = re.search(r'name="upload" value="(\d+)"', page.text).group(1)
        doc_id = document_id(JUDGMENT.encode())
        applied = client.post(f"/cases/{case_id}/proposals/apply", follow_redirects=False,
                              data={"document": doc_id, "upload": upload_id})
        assert applied.status_code == 303
        listed = client.get(f"/cases/{case_id}").text
    (obligation,) = store.load_case(case_id).obligations
    assert obligation.basis.document == doc_id and "Recent uploads" in listed
    store.close()


def test_an_unreadable_file_is_explained_in_the_readers_language(site):
    import random

    client, store, case_id = site
    login(client, "parent@x.org", "pw-parent")
    junk = random.Random(7).randbytes(4096)
    page = upload(client, case_id, ("broken.pdf", junk, "application/pdf"), lang="zh")
    assert page.status_code == 422
    assert "broken.pdf：不是可读取的 PDF 文件（已损坏或不完整）" in page.text
    assert "not a readable PDF" not in page.text and "corrupt or truncated" not in page.text
    page = upload(client, case_id, ("broken.pdf", junk, "application/pdf"), lang="en")
    assert "broken.pdf: not a readable PDF (corrupt or truncated)" in page.text
    assert "不是可读取的" not in page.text
    assert store.load_case(case_id).documents == []


def test_what_is_not_proposed_is_said_in_the_readers_language(site):
    client, _, case_id = site
    login(client, "parent@x.org", "pw-parent")
    letter = b"Dear Li Mei,\nI will pay $500 per month from January 2024.\nWang Qiang\n"
    page = upload(client, case_id, ("letter.txt", letter, "text/plain"), lang="zh")
    assert page.status_code == 200 and "未提出的内容" in page.text
    assert "信函不能作为给付抚养费的法律依据，未提出给付义务" in page.text
    assert "not a legal basis" not in page.text and "no obligation proposed" not in page.text
    page = upload(client, case_id, ("letter.txt", letter, "text/plain"), lang="en")
    assert "a letter is not a legal basis for support; no obligation proposed" in page.text


def test_an_attachment_that_cannot_be_read_is_a_warning_in_the_readers_language(site):
    from tests.intake import builders

    client, _, case_id = site
    login(client, "parent@x.org", "pw-parent")
    mail = builders.eml(JUDGMENT, [("scan.pdf", b"%PDF-1.7\n\x00not a PDF")])
    page = upload(client, case_id, ("mail.eml", mail, "message/rfc822"), lang="zh")
    assert page.status_code == 200
    assert "mail.eml/scan.pdf：不是可读取的 PDF 文件（已损坏或不完整）" in page.text
    assert "not a readable PDF" not in page.text


def test_a_reading_stored_before_messages_were_bilingual_is_still_shown(team_site):
    """A result kept in the database from before: `detail` only, warnings and proposal
    notes as plain English strings. Shown as written, in either language."""
    from supportcase.jobs import JobQueue

    client, store, case_id = team_site
    queue = JobQueue(store)
    job_id = queue.enqueue("read_upload", case_id, {"token": "0", "files": [], "limit": 1024},
                           actor="t")
    assert queue.claim("t") is not None
    summary = {"file": "letter.txt", "doc_type": "letter", "court": None, "case_number": None,
               "pages": 1, "facts": [], "warnings": ["letter.txt: page 2 damaged; skipped"]}
    proposal = {"document": "d1", "obligee": None, "obligor": None, "children": [],
                "obligation": None, "interest_regime": None,
                "conflicts": ["obligor: the document names A, the case file B"],
                "skipped": ["a letter is not a legal basis for support; no obligation proposed"],
                "notes": []}
    queue.finish(job_id, [
        {"file": "broken.pdf", "error": "unreadable", "documents": [],
         "detail": "broken.pdf: not a readable PDF (corrupt or truncated)"},
        {"file": "letter.txt", "error": None, "detail": None, "documents": [
            {"document_id": "d1", "summary": summary, "proposal": proposal,
             "end": {"en": None, "zh": None}, "has_proposal": False}]}])
    for lang in ("zh", "en"):
        page = client.get(f"/cases/{case_id}/uploads/{job_id}?lang={lang}")
        assert page.status_code == 200, page.text
        for words in ("broken.pdf: not a readable PDF (corrupt or truncated)",
                      "letter.txt: page 2 damaged; skipped",
                      "obligor: the document names A, the case file B",
                      "a letter is not a legal basis for support; no obligation proposed"):
            assert words in page.text
