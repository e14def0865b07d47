"""The case store: SQLite by default, PostgreSQL for teams, plus the blob store.

>>> with open_store() as store:          # doctest: +SKIP
...     case_id = store.save_case(casefile, actor="cli")
...     same = store.load_case(case_id)

Every write goes through one transaction and appends to the audit log. SQLite runs in WAL
mode with foreign keys on, and write transactions start with BEGIN IMMEDIATE so two
processes writing at once wait for each other instead of failing halfway.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, event, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from supportcase.casefile import CaseFile
from supportcase.casefile import model as cf
from supportcase.config import Settings
from supportcase.config import settings as current_settings
from supportcase.errors import NotFound, UserError
from supportcase.store import tables as t
from supportcase.store.blobs import BlobStore, sha256_of
from supportcase.store.mapping import ITEM_TABLES, case_data, casefile_from, rows_for

ROLES = ("owner", "editor", "viewer")
EDITING_ROLES = ("owner", "editor")  # viewers only read a case


@dataclass(frozen=True)
class CaseSummary:
    id: str
    title: str
    order_jurisdiction: str | None
    updated_at: dt.datetime
    payments: int
    documents: int


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 60, "isolation_level": None})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=60000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Store:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        if settings.database_url.startswith("sqlite"):
            settings.home.mkdir(parents=True, exist_ok=True)
        self.engine = make_engine(settings.database_url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.blobs = BlobStore(settings.blob_dir)

    def init(self) -> None:
        try:
            migrate(self.engine)
        except OperationalError as exc:
            raise UserError(f"cannot open the database: {exc.orig}") from None

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    # ---- cases -------------------------------------------------------------------------

    def save_case(self, casefile: CaseFile, *, actor: str, case_id: str | None = None,
                  replace: bool = False, action: str | None = None,
                  detail: dict[str, Any] | None = None) -> str:
        """Store a case file as a new case, or replace the case `case_id` when `replace`.

        The audit entry (`action`, `detail`; by default the kind of save and the counts) is
        written in the same transaction as the case.
        """
        held_before: set[str] = set()
        with self._write() as session:
            if case_id and replace:
                row = session.get(t.Case, case_id)
                if row is None:
                    raise NotFound(f"no case '{case_id}'", zh=f"没有案件“{case_id}”")
                held_before = _originals_of(session, case_id)
                for table in ITEM_TABLES:
                    session.execute(delete(table).where(table.case_id == case_id))  # type: ignore[attr-defined]
                kind = "case.replace"
            else:
                case_id = case_id or _new_case_id()
                if session.get(t.Case, case_id) is not None:
                    raise UserError(f"a case with id '{case_id}' already exists",
                                    hint="use --replace to overwrite it")
                row = t.Case(id=case_id, created_at=t.utc_now())
                session.add(row)
                kind = "case.create"
            row.title = casefile.case.title
            row.order_jurisdiction = casefile.case.order_jurisdiction
            row.schema_version = casefile.version
            row.data = case_data(casefile)
            row.updated_at = t.utc_now()
            session.flush()
            session.add_all(rows_for(case_id, casefile))
            session.add(_audit(actor, case_id, action or kind,
                               {**_counts(casefile), **(detail or {})}))
        self._forget_originals(held_before - {d.sha256 for d in casefile.documents if d.sha256})
        return case_id

    def load_case(self, case_id: str) -> CaseFile:
        with self._sessions() as session:
            row = session.get(t.Case, case_id)
            if row is None:
                raise NotFound(f"no case '{case_id}' (see `supportcase case list`)",
                               zh=f"没有案件“{case_id}”（查看：supportcase case list）")
            rows = {table: list(session.scalars(
                select(table).where(table.case_id == case_id)))  # type: ignore[attr-defined]
                for table in ITEM_TABLES}
            return casefile_from(row, rows)

    def update_case(self, case_id: str, casefile: CaseFile, *, actor: str) -> None:
        self.save_case(casefile, actor=actor, case_id=case_id, replace=True)

    def list_cases(self, *, user_id: int | None = None) -> list[CaseSummary]:
        with self._sessions() as session:
            query = select(t.Case).order_by(t.Case.updated_at.desc())
            if user_id is not None:
                query = query.join(t.CaseMember).where(t.CaseMember.user_id == user_id)
            out = []
            for row in session.scalars(query):
                payments = session.scalar(select(func.count()).select_from(t.Payment)
                                          .where(t.Payment.case_id == row.id)) or 0
                documents = session.scalar(select(func.count()).select_from(t.Document)
                                           .where(t.Document.case_id == row.id)) or 0
                out.append(CaseSummary(row.id, row.title, row.order_jurisdiction,
                                       row.updated_at, payments, documents))
            return out

    def delete_case(self, case_id: str, *, actor: str) -> None:
        with self._write() as session:
            row = session.get(t.Case, case_id)
            if row is None:
                raise NotFound(f"no case '{case_id}'", zh=f"没有案件“{case_id}”")
            held = _originals_of(session, case_id)
            session.delete(row)
            session.add(_audit(actor, case_id, "case.delete", {"title": row.title}))
        self._forget_originals(held)

    def _forget_originals(self, digests: set[str]) -> None:
        """Remove each original that no case lists any more, so a deleted case's scans do
        not stay on disk. Run after the case's own transaction (a failed delete removes
        nothing) and in a write transaction no document can be added during: SQLite write
        transactions exclude one another (BEGIN IMMEDIATE); on PostgreSQL the documents
        table is locked against writers. A document added just after finds its original
        gone and writes it again (`add_document`)."""
        if not digests:
            return
        with self._write() as session:
            if session.get_bind().dialect.name == "postgresql":
                session.execute(text("LOCK TABLE documents IN SHARE MODE"))
            listed = set(session.scalars(select(t.Document.sha256)
                                         .where(t.Document.sha256.in_(digests))))
            for digest in digests - listed:
                self.blobs.discard(digest)

    # ---- documents and facts -----------------------------------------------------------

    def add_document(self, case_id: str, data: bytes, *, title: str, actor: str,
                     filename: str | None = None, media_type: str | None = None,
                     doc_type: str | None = None, language: str | None = None,
                     pages: int | None = None,
                     facts: Sequence[cf.Fact] = ()) -> cf.Document:
        """Keep the original bytes (content-addressed), list the document on the case and
        add the facts read from it — all in one transaction, so a failure stores nothing.

        Facts already on the case (same name, value and document) are not added twice. The
        document's id is `document_id(data)`, so facts can point at it before it is stored.
        """
        if len(data) > self.settings.max_upload_bytes:
            raise UserError(f"{filename or title}: {len(data):,} bytes is over the limit of "
                            f"{self.settings.max_upload_bytes:,} bytes",
                            hint="SUPPORTCASE_MAX_UPLOAD_MB raises it",
                            zh=f"{filename or title}：{len(data):,}字节，超过上限"
                               f"{self.settings.max_upload_bytes:,}字节",
                            hint_zh="可用 SUPPORTCASE_MAX_UPLOAD_MB 调高上限")
        digest = sha256_of(data)
        casefile = self.load_case(case_id)
        document = next((d for d in casefile.documents if d.sha256 == digest), None)
        known = {(f.name, f.value, f.provenance.document) for f in casefile.facts}
        new_facts = [f for f in facts if (f.name, f.value, f.provenance.document) not in known]
        # The blob goes first: if the database write fails, an unreferenced original is
        # harmless; a listed document without its bytes would not be.
        self.blobs.put(data)
        if document is not None and not new_facts:
            return document
        documents = list(casefile.documents)
        if document is None:
            document = cf.Document(id=document_id(data), title=title, sha256=digest,
                                   filename=filename, media_type=media_type,
                                   doc_type=doc_type, language=language, pages=pages)
            documents.append(document)
        updated = casefile.model_copy(update={"documents": documents,
                                              "facts": [*casefile.facts, *new_facts]})
        self.save_case(updated, actor=actor, case_id=case_id, replace=True,
                       action="document.add", detail={"sha256": digest, "title": title,
                                                      "facts_added": len(new_facts)})
        # Another case's deletion may have removed this original meanwhile (it was listed
        # nowhere until the write above): put it back.
        self.blobs.put(data)
        return document

    # ---- users and membership ----------------------------------------------------------

    def create_user(self, email: str, password: str, *, name: str | None = None,
                    language: str = "en") -> int:
        from supportcase.store.passwords import hash_password

        email = _login_email(email)
        with self._write() as session:
            if session.scalar(select(t.User).where(_same_email(email))):
                raise UserError(f"a user '{email}' already exists",
                                zh=f"账户“{email}”已存在")
            user = t.User(email=email, name=name or email, password_hash=hash_password(password),
                          language=language, created_at=t.utc_now())
            session.add(user)
            session.flush()
            session.add(_audit("system", None, "user.create", {"email": email}))
            return user.id

    def set_password(self, user_id: int, password: str, *, actor: str) -> None:
        from supportcase.store.passwords import MIN_LENGTH, hash_password, too_short

        if too_short(password):
            raise UserError(f"the password must have at least {MIN_LENGTH} characters",
                            zh=f"密码至少需要{MIN_LENGTH}个字符")
        with self._write() as session:
            user = session.get(t.User, user_id)
            if user is None:
                raise NotFound(f"no user {user_id}", zh=f"没有用户 {user_id}")
            user.password_hash = hash_password(password)
            session.add(_audit(actor, None, "user.password", {"email": user.email}))

    def set_language(self, user_id: int, language: str) -> None:
        if language not in ("en", "zh"):
            raise UserError(f"language '{language}': choose en or zh",
                            zh=f"语言“{language}”无效：请选择 en 或 zh")
        with self._write() as session:
            user = session.get(t.User, user_id)
            if user is None:
                raise NotFound(f"no user {user_id}", zh=f"没有用户 {user_id}")
            user.language = language

    def authenticate(self, email: str, password: str) -> t.User | None:
        from supportcase.store.passwords import UNKNOWN_USER_HASH, verify_password

        with self._sessions() as session:
            user = session.scalar(select(t.User).where(_same_email(email)))
            # An unknown e-mail costs the same hashing, so timing does not tell who has one.
            right = verify_password(password, user.password_hash if user else UNKNOWN_USER_HASH)
            return user if user and right else None

    def sign_in(self, email: str, password: str) -> t.User | None:
        """`authenticate`, refused while the account has had `MAX_FAILED_LOGINS` wrong
        passwords within `LOCKOUT` (raises `TooManyAttempts`); each failure is audited, so
        the count holds across every web process of a team."""
        actor = f"login:{email.strip().lower()}"[:320]
        since = t.utc_now() - LOCKOUT
        with self._sessions() as session:
            failures = session.scalar(select(func.count()).select_from(t.AuditEntry).where(
                t.AuditEntry.actor == actor, t.AuditEntry.action == "login.failed",
                t.AuditEntry.at > since)) or 0
        if failures >= MAX_FAILED_LOGINS:
            raise TooManyAttempts("too many wrong passwords for this account; try again later")
        user = self.authenticate(email, password)
        if user is None:
            self.audit(actor, None, "login.failed", {})
        return user

    def user(self, user_id: int) -> t.User | None:
        with self._sessions() as session:
            return session.get(t.User, user_id)

    def user_by_email(self, email: str) -> t.User:
        email = _login_email(email)  # "not an e-mail address" rather than "no such user"
        with self._sessions() as session:
            user = session.scalar(select(t.User).where(_same_email(email)))
            if user is None:
                raise NotFound(f"no user '{email}' (add one: supportcase user add EMAIL)",
                               zh=f"没有账户“{email}”（添加：supportcase user add EMAIL）")
            return user

    def users(self) -> list[t.User]:
        with self._sessions() as session:
            return list(session.scalars(select(t.User).order_by(t.User.email)))

    def members(self, case_id: str) -> list[tuple[str, str]]:
        """(e-mail, role) of everyone who can open the case."""
        with self._sessions() as session:
            rows = session.execute(select(t.User.email, t.CaseMember.role).join(
                t.CaseMember, t.CaseMember.user_id == t.User.id).where(
                t.CaseMember.case_id == case_id).order_by(t.User.email))
            return [(email, role) for email, role in rows]

    def add_member(self, case_id: str, user_id: int, role: str = "owner", *,
                   actor: str = "system") -> None:
        if role not in ROLES:
            raise UserError(f"role '{role}' is not one of: {', '.join(ROLES)}",
                            zh=f"角色“{role}”无效，可选：{'、'.join(ROLES)}")
        with self._write() as session:
            if session.get(t.Case, case_id) is None:
                raise NotFound(f"no case '{case_id}'", zh=f"没有案件“{case_id}”")
            member = session.get(t.CaseMember, (case_id, user_id))
            if member is None:
                session.add(t.CaseMember(case_id=case_id, user_id=user_id, role=role))
                session.add(_audit(actor, case_id, "member.add",
                                   {"user_id": user_id, "role": role}))
            elif member.role != role:
                if member.role == "owner":
                    _keep_an_owner(session, case_id, user_id)
                session.add(_audit(actor, case_id, "member.role",
                                   {"user_id": user_id, "from": member.role, "to": role}))
                member.role = role

    def remove_member(self, case_id: str, user_id: int, *, actor: str = "system") -> None:
        """The account no longer opens the case. The last owner cannot be removed."""
        with self._write() as session:
            member = session.get(t.CaseMember, (case_id, user_id))
            if member is None:
                raise NotFound(f"that account is not a member of case '{case_id}'",
                               zh=f"该账户不是案件“{case_id}”的成员")
            if member.role == "owner":
                _keep_an_owner(session, case_id, user_id)
            session.delete(member)
            session.add(_audit(actor, case_id, "member.remove",
                               {"user_id": user_id, "role": member.role}))

    def role(self, case_id: str, user_id: int) -> str | None:
        """The account's role on the case (owner, editor, viewer), None if not a member."""
        with self._sessions() as session:
            member = session.get(t.CaseMember, (case_id, user_id))
            return None if member is None else member.role

    def is_member(self, case_id: str, user_id: int) -> bool:
        with self._sessions() as session:
            return session.get(t.CaseMember, (case_id, user_id)) is not None

    def can_edit(self, case_id: str, user_id: int) -> bool:
        """Owners and editors change a case; viewers only read it."""
        with self._sessions() as session:
            member = session.get(t.CaseMember, (case_id, user_id))
            return member is not None and member.role in EDITING_ROLES

    # ---- audit -------------------------------------------------------------------------

    def audit(self, actor: str, case_id: str | None, action: str,
              detail: dict[str, Any]) -> None:
        with self._write() as session:
            session.add(_audit(actor, case_id, action, detail))

    def audit_log(self, case_id: str | None = None) -> list[t.AuditEntry]:
        with self._sessions() as session:
            query = select(t.AuditEntry).order_by(t.AuditEntry.id)
            if case_id:
                query = query.where(t.AuditEntry.case_id == case_id)
            return list(session.scalars(query))


def _originals_of(session: Session, case_id: str) -> set[str]:
    return {d for d in session.scalars(select(t.Document.sha256)
                                       .where(t.Document.case_id == case_id)) if d}


MAX_FAILED_LOGINS = 10
LOCKOUT = dt.timedelta(minutes=15)


class TooManyAttempts(UserError):
    """An account had too many wrong passwords lately (someone may be guessing)."""


class LastOwner(UserError):
    """A case must keep at least one owner (someone who can share it)."""


def _keep_an_owner(session: Session, case_id: str, leaving: int) -> None:
    others = session.scalar(select(func.count()).select_from(t.CaseMember).where(
        t.CaseMember.case_id == case_id, t.CaseMember.role == "owner",
        t.CaseMember.user_id != leaving))
    if not others:
        raise LastOwner("a case needs at least one owner: make someone else owner first")


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _login_email(email: str) -> str:
    """An account's e-mail as kept: trimmed and in lower case (a phone capitalises the first
    letter as it is typed)."""
    email = email.strip().lower()
    if not _EMAIL.match(email):
        raise UserError(f"'{email}' is not an e-mail address (name@example.org)",
                        zh=f"“{email}”不是电子邮件地址（格式如 name@example.org）")
    return email


def _same_email(email: str) -> Any:
    """Matches the account whatever the case it was typed in (older accounts included)."""
    return func.lower(t.User.email) == email.strip().lower()


def document_id(data: bytes) -> str:
    """The id a document gets on a case: the first 12 hex digits of its SHA-256."""
    return sha256_of(data)[:12]


def _new_case_id() -> str:
    return secrets.token_hex(4)


def _audit(actor: str, case_id: str | None, action: str, detail: dict[str, Any]) -> t.AuditEntry:
    return t.AuditEntry(at=t.utc_now(), actor=actor, case_id=case_id, action=action, detail=detail)


def _counts(casefile: CaseFile) -> dict[str, Any]:
    return {"title": casefile.case.title, "obligations": len(casefile.obligations),
            "payments": len(casefile.payments), "documents": len(casefile.documents),
            "facts": len(casefile.facts)}


@contextmanager
def open_store(settings: Settings | None = None) -> Iterator[Store]:
    """Open (and if needed create and migrate) the store named by the environment."""
    store = Store(settings or current_settings())
    try:
        store.init()
        yield store
    finally:
        store.close()
