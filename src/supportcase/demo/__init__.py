"""The demo case: a Beijing judgment with monthly support, the father now in California."""

from __future__ import annotations

from importlib import resources

from supportcase.casefile import CaseFile, parse_casefile

DEMO_CASE_ID = "demo"


def demo_casefile() -> CaseFile:
    text = (resources.files(__package__) / "demo_case.yaml").read_text(encoding="utf-8")
    return parse_casefile(text, source="demo_case.yaml")


def ensure_demo(store: object, *, email: str, password: str) -> tuple[str, bool]:
    """Create the demo login and case if missing; returns (case id, created now)."""
    from supportcase.errors import NotFound
    from supportcase.store import Store

    assert isinstance(store, Store)
    user = store.authenticate(email, password)
    user_id = user.id if user else store.create_user(email, password, name="Demo user")
    try:
        store.load_case(DEMO_CASE_ID)
        created = False
    except NotFound:
        store.save_case(demo_casefile(), actor="demo", case_id=DEMO_CASE_ID)
        created = True
    store.add_member(DEMO_CASE_ID, user_id, "owner")
    return DEMO_CASE_ID, created
