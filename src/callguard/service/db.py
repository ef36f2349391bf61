"""The tables (SQLAlchemy 2) and the one way to open the database: migrate to the latest schema first."""

from __future__ import annotations

from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    create_engine,
    event,
    make_url,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker

from callguard.errors import CallguardError


def now() -> datetime:
    return datetime.now(timezone.utc)


class UTC(TypeDecorator):
    """Timestamps are stored in UTC and come back with their offset, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.astimezone(timezone.utc) if value is not None else None

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # reviewer | admin
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTC(), default=now)


class Submission(Base):
    """One attempt to file a complaint, for the rate limit: shared by every process on the database."""

    __tablename__ = "submissions"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_hash: Mapped[str] = mapped_column(String(64), index=True)  # sha256 of the address, not the address
    at: Mapped[datetime] = mapped_column(UTC(), default=now, index=True)


class LoginSession(Base):
    __tablename__ = "sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    csrf: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UTC())
    user: Mapped[User] = relationship()


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="new")  # new | in_review | referred | closed
    name: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(200))
    institution: Mapped[str] = mapped_column(String(200), default="")
    collector: Mapped[str] = mapped_column(String(200), default="")
    caller_number: Mapped[str] = mapped_column(String(50), default="")
    call_dates: Mapped[str] = mapped_column(String(200), default="")
    story: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(5), default="zh")
    created_at: Mapped[datetime] = mapped_column(UTC(), default=now)
    due_at: Mapped[datetime] = mapped_column(UTC())
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    assignee: Mapped[User | None] = relationship()
    calls: Mapped[list[CaseRecording]] = relationship(order_by="CaseRecording.position", back_populates="case")


class Recording(Base):
    __tablename__ = "recordings"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    stored_name: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    duration_s: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTC(), default=now)


class CaseRecording(Base):
    __tablename__ = "case_recordings"
    __table_args__ = (UniqueConstraint("case_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"))
    position: Mapped[int] = mapped_column(Integer)
    original_name: Mapped[str] = mapped_column(String(200))  # shown to people only, never a path
    case: Mapped[Case] = relationship(back_populates="calls")
    recording: Mapped[Recording] = relationship()


class Job(Base):
    __tablename__ = "jobs"
    __table_args__ = (UniqueConstraint("sha256", "pipeline_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    pipeline_version: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(10), default="queued")  # queued | running | done | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[str | None] = mapped_column(String(100), nullable=True)
    lease_expires: Mapped[datetime | None] = mapped_column(UTC(), nullable=True)
    report: Mapped[str | None] = mapped_column(String(300), nullable=True)  # relative to the store
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTC(), default=now)
    finished_at: Mapped[datetime | None] = mapped_column(UTC(), nullable=True)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    time: Mapped[datetime] = mapped_column(UTC(), default=now)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")


@event.listens_for(AuditEntry, "before_update")
@event.listens_for(AuditEntry, "before_delete")
def _append_only(mapper, connection, target):
    raise ValueError("the audit log is append-only")


def open_engine(url: str) -> Engine:
    """An engine on `url`, its schema migrated to the latest revision."""
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
        migrate(engine)
    except (SQLAlchemyError, OSError) as e:
        reason = str(getattr(e, "orig", None) or e).strip().splitlines()[0]
        raise CallguardError(f"cannot open the database {_shown(url)}: {reason}") from None
    return engine


def _shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except SQLAlchemyError:
        return repr(url)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def migrate(engine: Engine) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("callguard.service").joinpath("migrations")))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
