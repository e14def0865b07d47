"""The case store on SQLite and PostgreSQL: round trip, documents, audit, concurrency."""

from __future__ import annotations

import multiprocessing
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from supportcase.casefile import parse_casefile
from supportcase.config import Settings
from supportcase.errors import NotFound, UserError
from supportcase.store import Store
from tests.casefile.strategies import case_files


def _demo(demo_yaml: Path):
    return parse_casefile(demo_yaml.read_text(encoding="utf-8"))


def test_save_and_load_round_trip(store: Store, demo_yaml: Path):
    case = _demo(demo_yaml)
    case_id = store.save_case(case, actor="test")
    assert store.load_case(case_id) == case
    summary = store.list_cases()[0]
    assert (summary.id, summary.payments, summary.documents) == (case_id, 11, 3)


@given(case_files)
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_store_round_trip_is_lossless(store: Store, casefile):
    case_id = store.save_case(casefile, actor="prop")
    assert store.load_case(case_id) == casefile


def test_typed_columns_match_the_records(store: Store, demo_yaml: Path):
    case_id = store.save_case(_demo(demo_yaml), actor="test")
    with store.engine.connect() as conn:
        total = conn.execute(text(
            "SELECT SUM(amount) FROM payments WHERE case_id = :c AND currency = 'CNY'"),
            {"c": case_id}).scalar_one()
        child = conn.execute(text(
            "SELECT name, birth_date FROM parties WHERE case_id = :c AND role = 'child'"),
            {"c": case_id}).one()
    # 6 × 2000 + 1000 + 3000 + 1500 + 2000 CNY rows in the demo case file
    assert Decimal(total) == Decimal("19500")
    assert child.name == "张小明"


def test_replace_and_delete(store: Store, demo_yaml: Path):
    case = _demo(demo_yaml)
    case_id = store.save_case(case, actor="test")
    fewer = case.model_copy(update={"payments": case.payments[:2]})
    store.update_case(case_id, fewer, actor="test")
    assert len(store.load_case(case_id).payments) == 2
    store.delete_case(case_id, actor="test")
    with pytest.raises(NotFound):
        store.load_case(case_id)
    actions = [e.action for e in store.audit_log(case_id)]
    assert actions == ["case.create", "case.replace", "case.delete"]


def test_duplicate_case_id_is_a_user_error(store: Store, demo_yaml: Path):
    store.save_case(_demo(demo_yaml), actor="t", case_id="same")
    with pytest.raises(UserError, match="already exists"):
        store.save_case(_demo(demo_yaml), actor="t", case_id="same")


def test_audit_log_is_append_only(store: Store, demo_yaml: Path):
    store.save_case(_demo(demo_yaml), actor="test")
    for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), store.engine.begin() as conn:
            conn.execute(text(statement))
    assert store.audit_log()[0].actor == "test"


def test_documents_are_content_addressed_and_kept(store: Store, demo_yaml: Path):
    case_id = store.save_case(_demo(demo_yaml), actor="test")
    original = "判决书 page 1".encode() * 100
    doc = store.add_document(case_id, original, title="judgment scan", actor="test",
                             filename="judgment.pdf")
    again = store.add_document(case_id, original, title="same bytes again", actor="test")
    assert doc.sha256 == again.sha256
    assert store.blobs.get(doc.sha256) == original
    path = store.blobs.path_for(doc.sha256)
    assert path.stat().st_mode & 0o222 == 0, "originals are stored read-only"
    assert [d.sha256 for d in store.load_case(case_id).documents].count(doc.sha256) == 1


def test_upload_over_the_limit_is_refused_and_nothing_stored(store: Store, demo_yaml: Path):
    case_id = store.save_case(_demo(demo_yaml), actor="test")
    before = store.load_case(case_id)
    too_big = b"x" * (store.settings.max_upload_bytes + 1)
    with pytest.raises(UserError, match="over the limit"):
        store.add_document(case_id, too_big, title="huge", actor="test")
    assert store.load_case(case_id) == before
    assert not any(store.settings.blob_dir.rglob("*")) if store.settings.blob_dir.exists() else True


def test_users_and_membership(store: Store, demo_yaml: Path):
    alice = store.create_user("alice@example.org", "correct horse")
    bob = store.create_user("bob@example.org", "battery staple")
    case_id = store.save_case(_demo(demo_yaml), actor="alice")
    store.add_member(case_id, alice)
    assert store.authenticate("alice@example.org", "correct horse") is not None
    assert store.authenticate("alice@example.org", "wrong") is None
    assert [c.id for c in store.list_cases(user_id=alice)] == [case_id]
    assert store.list_cases(user_id=bob) == []
    assert store.is_member(case_id, alice) and not store.is_member(case_id, bob)


def test_an_account_is_found_whatever_the_case_its_email_is_typed_in(store: Store):
    """A phone capitalises the first letter of the e-mail field: 'Alice@…' must still log
    in, and cannot become a second account."""
    alice = store.create_user("  Alice@Example.org ", "correct horse")
    assert store.user(alice).email == "alice@example.org"
    found = store.authenticate("ALICE@example.ORG", "correct horse")
    assert found is not None and found.id == alice
    assert store.user_by_email("Alice@example.org").id == alice
    with pytest.raises(UserError, match="already exists"):
        store.create_user("alice@EXAMPLE.org", "another one")
    for bad in ("alice", "alice@", "@example.org", "a b@example.org", "alice@localhost"):
        with pytest.raises(UserError, match="is not an e-mail address"):
            store.create_user(bad, "correct horse")


def _writer(url: str, home: str, demo: str, n: int, out: multiprocessing.Queue) -> None:
    s = Store(Settings(home=Path(home), database_url=url, max_upload_bytes=1024))
    case = parse_casefile(Path(demo).read_text(encoding="utf-8"))
    ids = [s.save_case(case, actor=f"proc-{n}") for _ in range(15)]
    s.close()
    out.put(ids)


def test_two_processes_writing_at_once_lose_nothing(store_settings: Settings, demo_yaml: Path):
    Store(store_settings).init()
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(store_settings.database_url,
                                               str(store_settings.home), str(demo_yaml), n, queue))
             for n in range(2)]
    for p in procs:
        p.start()
    ids = [i for _ in procs for i in queue.get(timeout=120)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    store = Store(store_settings)
    assert sorted(c.id for c in store.list_cases()) == sorted(ids)
    assert len(ids) == 30
    demo = _demo(demo_yaml)
    assert all(store.load_case(i) == demo for i in ids)
    store.close()


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path: Path):
    s = Store(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'x.db'}",
                       max_upload_bytes=10))
    s.init()
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    s.close()


def test_document_and_its_facts_are_stored_together_or_not_at_all(store: Store, demo_yaml: Path):
    from supportcase.casefile.model import Fact, Provenance
    from supportcase.store import document_id

    case_id = store.save_case(_demo(demo_yaml), actor="test")
    data = "（2019）京0105民初12345号 判决书".encode()
    fact = Fact(name="case_number", value="（2019）京0105民初12345号", status="proven",
                provenance=Provenance(document=document_id(data), page=1, span=(0, 17)))
    doc = store.add_document(case_id, data, title="judgment", actor="test", facts=[fact])
    again = store.add_document(case_id, data, title="judgment", actor="test", facts=[fact])
    case = store.load_case(case_id)
    assert doc == again and doc.id == document_id(data)
    assert [f for f in case.facts if f.provenance.document == doc.id] == [fact]
    assert store.audit_log(case_id)[-1].action == "document.add"
    too_big = b"y" * (store.settings.max_upload_bytes + 1)
    with pytest.raises(UserError):
        store.add_document(case_id, too_big, title="big", actor="test", facts=[fact])
    assert store.load_case(case_id) == case


def test_deleting_a_case_removes_its_originals_unless_another_case_lists_them(store: Store):
    """A parent who deletes a case expects the scans of their judgment gone, not left on
    disk; the same bytes on another case stay."""
    from supportcase.casefile.model import CaseFile, CaseInfo

    empty = CaseFile(case=CaseInfo(title="t"))
    first, second = (store.save_case(empty, actor="t") for _ in range(2))
    shared, own = b"%PDF-1.4 judgment of both", b"%PDF-1.4 only the first case's notice"
    for data in (shared, own):
        store.add_document(first, data, title="doc", actor="t")
    digest_shared = store.add_document(second, shared, title="doc", actor="t").sha256
    digest_own = store.load_case(first).documents[1].sha256
    assert digest_shared and digest_own
    store.delete_case(first, actor="t")
    assert not store.blobs.has(digest_own)
    assert store.blobs.get(digest_shared) == shared  # still listed on the second case
    store.delete_case(second, actor="t")
    assert not store.blobs.has(digest_shared)
    assert [e.action for e in store.audit_log(first)][-1] == "case.delete"


def test_replacing_a_case_without_a_document_removes_its_original(store: Store):
    from supportcase.casefile.model import CaseFile, CaseInfo

    case_id = store.save_case(CaseFile(case=CaseInfo(title="t")), actor="t")
    kept = store.add_document(case_id, b"kept bytes", title="kept", actor="t")
    dropped = store.add_document(case_id, b"dropped bytes", title="dropped", actor="t")
    case = store.load_case(case_id)
    store.update_case(case_id, case.model_copy(update={"documents": [case.documents[0]]}),
                      actor="t")
    assert dropped.sha256 and kept.sha256
    assert not store.blobs.has(dropped.sha256) and store.blobs.has(kept.sha256)
    # A failed replace (no such case) removes nothing.
    with pytest.raises(NotFound):
        store.update_case("nope", case, actor="t")
    assert store.blobs.has(kept.sha256)


def test_uploading_a_document_again_puts_back_a_missing_original(store: Store):
    from supportcase.casefile.model import CaseFile, CaseInfo

    case_id = store.save_case(CaseFile(case=CaseInfo(title="t")), actor="t")
    document = store.add_document(case_id, b"the judgment", title="judgment", actor="t")
    assert document.sha256
    store.blobs.discard(document.sha256)
    again = store.add_document(case_id, b"the judgment", title="judgment", actor="t")
    assert again == document and store.blobs.get(document.sha256) == b"the judgment"
    assert len(store.load_case(case_id).documents) == 1
