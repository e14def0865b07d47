"""The web app served for real (uvicorn on a free local port, in a thread of the test), and
a parent with a case to use it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from supportcase.casefile.model import CaseFile, CaseInfo
from supportcase.store import Store


@contextmanager
def demo_owner(config: Any) -> Iterator[tuple[TestClient, Store]]:
    """The demo case on the store `config` names, its owner (demo@x.org) signed in."""
    from supportcase.demo import ensure_demo
    from supportcase.web.app import create_app

    store = Store(config)
    store.init()
    ensure_demo(store, email="demo@x.org", password="pw-demo")
    client = TestClient(create_app(store))
    signed_in = client.post("/login", data={"email": "demo@x.org", "password": "pw-demo"},
                            follow_redirects=False)
    assert signed_in.status_code == 303
    try:
        yield client, store
    finally:
        store.close()


def parent_with_case(store: Store) -> str:
    """A parent (parent@x.org, password pw-parent) and their empty case; its id."""
    parent = store.create_user("parent@x.org", "pw-parent")
    case_id = store.save_case(CaseFile(case=CaseInfo(title="Li Mei v. Wang Qiang")), actor="t")
    store.add_member(case_id, parent)
    return case_id


@contextmanager
def served(app: FastAPI) -> Iterator[str]:
    """Serve `app` until the block ends; yields its base URL."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            pytest.fail("the web server did not start")
        threading.Event().wait(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def demo_client() -> Iterator[TestClient]:
    """The web app with the demo case, signed in as its owner (demo@x.org)."""
    from supportcase.config import settings
    from supportcase.demo import ensure_demo
    from supportcase.web.app import create_app
    from tests.web.test_web import login

    store = Store(settings())
    store.init()
    ensure_demo(store, email="demo@x.org", password="pw-demo")
    with TestClient(create_app(store)) as client:
        login(client, "demo@x.org", "pw-demo")
        yield client
    store.close()
