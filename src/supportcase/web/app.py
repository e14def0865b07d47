"""The web app: sign in, see your cases, open one, add to it; the support calculators.

Each area's pages are a router of their own (`auth`, `cases`, `calculator`, `documents`,
`questions`, `members`, `entries`) over what they share (`site.Site`). Reading uploads runs
in worker threads of this process (`SUPPORTCASE_WORKERS`), started and stopped with the app.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from supportcase.config import settings
from supportcase.store import Store
from supportcase.web import auth, calculator, cases, documents, entries, members, questions
from supportcase.web.relogin import same_origin
from supportcase.web.site import Site


class NoStore:
    """Every response is marked `Cache-Control: no-store` (unless it says otherwise): pages
    and downloads hold a family's figures, and on a shared computer the browser's Back
    button or cache must not show them to the next person once the parent has logged out."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, sending)


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
    for area in (auth, cases, calculator, documents, questions, members, entries):
        app.include_router(area.routes(site))

    app.add_middleware(NoStore)

    @app.middleware("http")
    async def forms_from_this_site_only(request: Request, call_next: Any) -> Response:
        """A form another site makes the parent's browser send (cross-site request forgery)
        is refused before it reaches any page, and saves nothing. Session cookies are
        SameSite=Lax already; this is the second lock, for browsers that do not honour it."""
        if request.method not in ("GET", "HEAD", "OPTIONS") and not same_origin(request):
            return site.no_page(request, 403, say="other_site")
        response: Response = await call_next(request)
        return response

    @app.exception_handler(HTTPException)
    async def no_such_page(request: Request, exc: HTTPException) -> Response:
        """An address with no page (unknown, or one that only takes a form), or a form whose
        body cannot be read (sent by hand: a multipart body without its boundary), gets the
        app's own page in the reader's language, with a way back — not raw JSON."""
        accept = request.headers.get("accept", "")
        page = "text/html" in accept or "application/json" not in accept
        if exc.status_code in (404, 405) and page:
            return site.no_page(request, exc.status_code, exc.headers)
        if exc.status_code == 400 and page:  # a form body Starlette cannot parse
            return site.no_page(request, 400, exc.headers, say="form_unreadable")
        return await http_exception_handler(request, exc)

    @app.exception_handler(RequestValidationError)
    async def form_incomplete(request: Request, exc: RequestValidationError) -> Response:
        """A form sent without a field it needs (an old tab, a hand-made request) gets one
        line in the reader's language, not FastAPI's JSON."""
        if "application/json" in request.headers.get("accept", ""):
            return await request_validation_exception_handler(request, exc)
        return site.no_page(request, 422, say="form_incomplete")

    @app.get("/healthz")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
