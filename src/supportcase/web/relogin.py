"""A form sent after the session ended loses nothing: what was typed rides through the login
page in hidden fields, and once signed in again the parent is asked before it is sent (see
`Site.signed_out` and `auth.login`). Never a password or a token, and never a file, which a
browser cannot be given back."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

RESEND_TO = "resend_to"  # the login form's field naming where the form was sent
CARRIED = "carried."  # the prefix of its fields holding what was typed
_SECRET = re.compile(r"pass|pwd|token|secret|csrf|nonce", re.I)


def kept(items: Iterable[tuple[str, Any]]) -> tuple[list[tuple[str, str]], bool]:
    """The fields of a form worth carrying (repeated names kept in order), and whether it
    held a file that cannot be."""
    fields, had_file = [], False
    for name, value in items:
        if not isinstance(value, str):
            had_file = had_file or bool(getattr(value, "filename", None))
        elif not _SECRET.search(name):
            fields.append((name, value))
    return fields, had_file


def carried(form: FormData) -> list[tuple[str, str]]:
    """What the login form carries back: its `carried.` fields, checked again (the login
    form can be sent by hand)."""
    return kept((name.removeprefix(CARRIED), value) for name, value in form.multi_items()
                if name.startswith(CARRIED))[0]


def page_of(target: str) -> str:
    """The page a form sent to the local address `target` is on: its case, the account, or
    the case list."""
    parts = target.split("?")[0].split("/")
    if len(parts) > 2 and parts[1] == "cases" and parts[2] not in ("", "import"):
        return f"/cases/{parts[2]}"
    return "/account" if parts[1:2] == ["account"] else "/"


def same_origin(request: Request) -> bool:
    """Whether a form came from a page of this site (or from a browser that says neither
    where it came from nor from which page). A browser names the site in `Origin`, or
    failing that the page in `Referer`; this site is the `Host` asked for, or the one a
    reverse proxy passes on in `X-Forwarded-Host`."""
    sender = request.headers.get("origin") or request.headers.get("referer")
    if sender is None:
        return True
    if "://" not in sender:  # "null": a sandboxed frame, a file, a privacy redirect
        return False
    sent_from = sender.split("://", 1)[1].split("/", 1)[0].lower()
    hosts = {request.headers.get("host", "").lower(),
             *(h.strip().lower() for h in request.headers.get("x-forwarded-host", "").split(",")
               if h.strip())}
    return sent_from in hosts


class Later(Response):
    """A page made only when it is sent: reading a form needs `await`, and not every page
    that finds nobody signed in is async."""

    def __init__(self, make: Callable[[], Awaitable[Response]]) -> None:
        super().__init__()
        self.make = make

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        page = await self.make()
        await page(scope, receive, send)
