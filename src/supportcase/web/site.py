"""What every page of the web app shares: the store, the templates, who is signed in, which
language, and whether they may open (or change) a case.

Pages are rendered on the server from Jinja2 templates in English or Simplified Chinese
(`?lang=zh`, then the `lang` cookie). A signed cookie carries the user id, bound to the
password it was opened with; each case is visible only to its members.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from itsdangerous import BadSignature, URLSafeTimedSerializer

from supportcase.casefile.words import frequency_word
from supportcase.config import Settings
from supportcase.dates import parse_date
from supportcase.errors import UserError
from supportcase.jobs import JobQueue, Workers
from supportcase.law.countries import place_name
from supportcase.store import Store
from supportcase.web import forms, relogin
from supportcase.web.text import FACT_WORDS, TERMS, TEXT

COOKIE = "supportcase_session"
SESSION_SECONDS = 12 * 3600


def as_of_of(request: Request) -> dt.date:
    """The statement date: `?as_of=YYYY-MM-DD`, else (or when it is not a usable date)
    today."""
    try:
        return parse_date(request.query_params.get("as_of"), "as_of") or dt.date.today()
    except UserError:
        return dt.date.today()


def local_path(target: str | None) -> str | None:
    """`target` when it is a path on this site ("/cases/x?lang=zh"), else None: an address
    elsewhere ("//evil.example", "https://…", "/\\evil.example") is never followed."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return None
    if "\\" in target or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in target):
        return None
    return target


def with_lang(target: str, lang: str) -> str:
    """The local address `target` in language `lang` (its other parameters kept)."""
    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "lang"]
    return urlunsplit(("", "", parts.path or "/", urlencode([*query, ("lang", lang)]),
                       parts.fragment))


def aware(moment: dt.datetime) -> dt.datetime:
    """SQLite gives back the UTC times it keeps without their zone."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _stamp(password_hash: str) -> str:
    """Binds a session to the password it was opened with."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:16]


def _secret(home: Path) -> str:
    """A per-installation secret for signing session cookies, created on first use."""
    env = os.environ.get("SUPPORTCASE_SECRET_KEY")
    if env:
        return env
    path = home / "secret_key"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(32))
        path.chmod(0o600)
    return path.read_text().strip()


class Site:
    def __init__(self, store: Store, config: Settings) -> None:
        self.store = store
        self.signer = URLSafeTimedSerializer(_secret(config.home), salt="session")
        self.templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
        self.templates.env.globals["fingerprint"] = forms.fingerprint
        self.templates.env.globals["place"] = place_name
        self.queue = JobQueue(store)
        self.workers = Workers(store, config.workers)

    def lang_of(self, request: Request) -> str:
        lang = request.query_params.get("lang") or request.cookies.get("lang") or "en"
        return lang if lang in TEXT else "en"

    def render(self, request: Request, name: str, status: int = 200,
               here: str | None = None, lang: str | None = None,
               **context: Any) -> HTMLResponse:
        """The page `name` in the reader's language. Its link to the other language leads to
        `here` (a local address); by default to where an error page leads back (`back`),
        else to this page when it was asked for with GET, else (a form's answer) to the case
        list: never to an address that only takes a form. In `lang` when given, else in
        the reader's language."""
        lang = lang or self.lang_of(request)
        words = TEXT[lang]
        if here is None:
            url = request.url
            back = local_path(context.get("back")) if status >= 400 else None
            here = back or (url.path + (f"?{url.query}" if url.query else "")
                            if request.method in ("GET", "HEAD") else "/")
        response = self.templates.TemplateResponse(
            request, name, {"t": words, "term": TERMS[lang],
                            "fact_words": FACT_WORDS[lang], "lang": lang,
                            "how_often": lambda frequency: frequency_word(frequency, lang),
                            "other_lang_href": with_lang(here, words["other_lang_code"]),
                            "status": status, **context},
            status_code=status)
        if request.query_params.get("lang") in TEXT:
            response.set_cookie("lang", lang, samesite="lax")
        return response

    def refuse(self, request: Request, case_id: str, message: str,
               status: int = 422) -> HTMLResponse:
        """The error page for a change to a case that was not made, leading back to it."""
        return self.render(request, "error.html", status=status, message=message,
                           back=f"/cases/{case_id}?lang={self.lang_of(request)}")

    def chosen_lang(self, request: Request) -> str | None:
        """The language the reader chose (`?lang=`, or the cookie it sets), if they chose
        one."""
        for lang in (request.query_params.get("lang"), request.cookies.get("lang")):
            if lang in TEXT:
                return lang
        return None

    def login_page(self, request: Request, status: int = 200, **context: Any) -> HTMLResponse:
        """The login page; after signing in it leads to `next` (a page of this site)."""
        back = local_path(request.query_params.get("next"))
        lang = self.chosen_lang(request)
        params = [("next", back)] if back else []
        here = "/login" + (f"?{urlencode(params)}" if params else "")
        action = with_lang(here, lang) if lang else here
        return self.render(request, "login.html", status=status, here=here, action=action,
                           **context)

    def to_login(self, request: Request, *, keep: bool = True) -> Response:
        """To the login page, in the language asked for; from a page (a GET), with the way
        back to it after signing in (`next`). The case list needs none: it is where signing
        in leads anyway. A form (a POST) gets the login page itself, keeping what was typed
        unless `keep` is False (a password form)."""
        url = request.url
        if request.method not in ("GET", "HEAD"):
            return relogin.Later(lambda: self.signed_out(request, keep))
        params = []
        if url.path != "/" or url.query:
            params.append(("next", url.path + (f"?{url.query}" if url.query else "")))
        if request.query_params.get("lang") in TEXT:
            params.append(("lang", request.query_params["lang"]))
        return RedirectResponse("/login" + (f"?{urlencode(params, quote_via=quote)}"
                                            if params else ""), status_code=303)

    async def signed_out(self, request: Request, keep: bool) -> HTMLResponse:
        """The login page (401) for a form sent by someone no longer signed in: it says so,
        and carries what they typed and where it was going (when it came from this site)."""
        url = request.url
        target = local_path(url.path + (f"?{url.query}" if url.query else ""))
        if not relogin.same_origin(request):
            target = None  # another site's form is never offered to the parent to send
        fields: list[tuple[str, str]] = []
        file_left = False
        if target and keep:
            form = await request.form()
            fields, file_left = relogin.kept(form.multi_items())
            await form.close()
        return self.login_page(request, 401, resend_to=target, carried=fields,
                               file_left=file_left, signed_out=True)

    def no_page(self, request: Request, status: int,
                headers: Mapping[str, str] | None = None, say: str = "no_page") -> HTMLResponse:
        """The page for an address with no page (404), one that only takes a form (405) or a
        form sent without a field it needs (422, `say="form_incomplete"`): back to the case
        it is under, for a member of it, and to the case list."""
        lang = self.lang_of(request)
        parts = request.url.path.split("/")
        back = None
        user_id = self.current_user(request)
        if (len(parts) > 2 and parts[1] == "cases" and parts[2] and user_id is not None
                and self.store.is_member(parts[2], user_id)):
            back = f"/cases/{quote(parts[2])}?lang={lang}"
        response = self.render(request, "error.html", status=status, back=back,
                               here=back or "/", message=TEXT[lang][say])
        response.headers.update(headers or {})
        return response

    def sign_in(self, response: Response, user_id: int, password_hash: str) -> None:
        response.set_cookie(COOKIE, self.signer.dumps([user_id, _stamp(password_hash)]),
                            httponly=True, samesite="lax", max_age=SESSION_SECONDS)

    def current_user(self, request: Request) -> int | None:
        token = request.cookies.get(COOKIE)
        if not token:
            return None
        try:
            user_id, stamp = self.signer.loads(token, max_age=SESSION_SECONDS)
            user = self.store.user(int(user_id))
        except (BadSignature, ValueError, TypeError):
            return None
        # A changed password ends every session signed in with the old one.
        return user.id if user is not None and stamp == _stamp(user.password_hash) else None

    def member(self, request: Request, case_id: str, *, edit: bool = False,
               known: bool = True) -> int | Response:
        """The signed-in user's id when they may open the case (with `edit`: change it);
        otherwise the response to send — the login page, 404 (not a member, or `known` is
        False for an unknown format or kind), or 403 for a viewer asked to change it."""
        user_id = self.current_user(request)
        if user_id is None:
            return self.to_login(request)
        lang = self.lang_of(request)
        if not known or not self.store.is_member(case_id, user_id):
            return self.render(request, "error.html", status=404, message=TEXT[lang]["no_case"])
        if edit and not self.store.can_edit(case_id, user_id):
            return self.refuse(request, case_id, TEXT[lang]["read_only"], 403)
        return user_id

    def owner(self, request: Request, case_id: str) -> int | Response:
        """The signed-in owner's id, or the response to send to anyone else."""
        user_id = self.member(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        if self.store.role(case_id, user_id) != "owner":
            return self.refuse(request, case_id, TEXT[self.lang_of(request)]["only_owner"], 403)
        return user_id
