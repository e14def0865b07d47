"""Database tables (SQLAlchemy 2). One table per kind of record in a case.

Each case item keeps its full record as JSON (`data`, exactly what the case file holds,
so export is lossless) plus typed columns derived from it for queries and reports
(dates, amounts, status). The audit log is append-only: triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

AMOUNT = Numeric(24, 6)


class Base(DeclarativeBase):
    pass


def utc_now() -> dt.datetime:
    """Now, timezone-aware in UTC: every stored time (the tables, the store, the queue)."""
    return dt.datetime.now(dt.UTC)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(5), default="en")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    order_jurisdiction: Mapped[str | None] = mapped_column(String(10))
    schema_version: Mapped[int] = mapped_column(Integer)
    # case info, interest regime, settings — the case file's single-valued sections
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class CaseMember(Base):
    __tablename__ = "case_members"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    role: Mapped[str] = mapped_column(String(20), default="owner")  # owner | editor | viewer


class _CaseItem:
    """Columns every case item has: its case, its place in the list, its full record."""

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class Party(_CaseItem, Base):
    """Obligee, obligor, children, relatives, counsel, courts and agencies."""

    __tablename__ = "parties"
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(10))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)


class Document(_CaseItem, Base):
    __tablename__ = "documents"
    key: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    doc_type: Mapped[str | None] = mapped_column(String(40))
    __table_args__ = (UniqueConstraint("case_id", "key"),)


class Fact(_CaseItem, Base):
    __tablename__ = "facts"
    name: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10))
    document: Mapped[str | None] = mapped_column(String(200))
    page: Mapped[int | None] = mapped_column(Integer)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    entered_by: Mapped[str | None] = mapped_column(String(200))
    entered_on: Mapped[dt.date | None] = mapped_column(Date)


class Obligation(_CaseItem, Base):
    __tablename__ = "obligations"
    key: Mapped[str] = mapped_column(String(100))
    basis_type: Mapped[str] = mapped_column(String(40))
    amount: Mapped[Decimal] = mapped_column(AMOUNT)
    currency: Mapped[str] = mapped_column(String(3))
    frequency: Mapped[str] = mapped_column(String(10))
    start: Mapped[dt.date] = mapped_column(Date)


class _Money:
    date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(AMOUNT)
    currency: Mapped[str] = mapped_column(String(3))


class Payment(_Money, _CaseItem, Base):
    __tablename__ = "payments"
    payer: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))


class Expense(_Money, _CaseItem, Base):
    __tablename__ = "expenses"
    category: Mapped[str] = mapped_column(String(40))


class Assertion(_Money, _CaseItem, Base):
    """An agency's or court's arrears figure, checked against the ledger."""

    __tablename__ = "assertions"
    source: Mapped[str] = mapped_column(Text)


class FxRate(_CaseItem, Base):
    __tablename__ = "fx_rates"
    date: Mapped[dt.date] = mapped_column(Date)
    pair: Mapped[str] = mapped_column(String(7))
    rate: Mapped[Decimal] = mapped_column(Numeric(24, 10))
    source: Mapped[str] = mapped_column(Text)


class Communication(_CaseItem, Base):
    __tablename__ = "communications"
    date: Mapped[dt.date] = mapped_column(Date)
    direction: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(30))


class Event(_CaseItem, Base):
    """Court and agency events."""

    __tablename__ = "events"
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(40))


class AssetClue(_CaseItem, Base):
    __tablename__ = "asset_clues"
    kind: Mapped[str] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(10))
    obtained: Mapped[str] = mapped_column(Text)
    obtained_how: Mapped[str | None] = mapped_column(String(30))


class LocationClue(_CaseItem, Base):
    __tablename__ = "location_clues"
    kind: Mapped[str] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(10))
    obtained: Mapped[str] = mapped_column(Text)
    obtained_how: Mapped[str | None] = mapped_column(String(30))


class Deadline(_CaseItem, Base):
    __tablename__ = "deadlines"
    title: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))


class Draft(_CaseItem, Base):
    __tablename__ = "drafts"
    kind: Mapped[str] = mapped_column(String(40))
    created: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(5))


class AuditEntry(Base):
    """Who changed what, when. Append-only (enforced by database triggers)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    actor: Mapped[str] = mapped_column(String(320))
    case_id: Mapped[str | None] = mapped_column(String(40), index=True)  # no FK: outlives cases
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)


class Job(Base):
    """Slow work waiting for a worker (reading an upload: OCR of a scan takes seconds to
    minutes). Workers claim the oldest queued job; one that stayed `running` past its lease
    (its worker died) is claimed again. `payload` and `result` are plain JSON."""

    __tablename__ = "jobs"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    actor: Mapped[str] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(10), index=True)  # queued|running|done|failed
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[Any | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    # When the current attempt's lease began: its claim, then its latest progress report.
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True),
                                                           nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True),
                                                            nullable=True)
