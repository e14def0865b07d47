"""The web app: sign in, see your cases, open one, add to it.

Each area's pages are a router of their own (`auth`, `cases`, `documents`, `questions`,
`members`, `entries`) over what they share (`site.Site`). Reading uploads runs in worker threads of
this process (`SUPPORTCASE_WORKERS`), started and stopped with the app.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from supportcase.config import settings
from supportcase.store import Store
from supportcase.web import auth, cases, documents, entries, members, questions
from supportcase.web.site import Site


def create_app(store: Store | None = None) -> FastAPI:
    config = settings()
    store = store or Store(config)
    store.init()
    site = Site(store, config)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        site.workers.start()  # also picks up what was queued before a restart
        yield
        await run_in_threadpool(site.workers.stop)

    app = FastAPI(title="supportcase", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.workers = site.workers
    # `entries` last: its `/cases/{case_id}/{section}` paths would take the others'.
    for area in (auth, cases, documents, questions, members, entries):
        app.include_router(area.routes(site))

    @app.get("/healthz")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
