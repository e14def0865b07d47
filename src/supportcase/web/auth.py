"""Signing in and out, and a user's own account (password, language)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from supportcase.store import TooManyAttempts
from supportcase.store.passwords import MIN_LENGTH, too_short
from supportcase.web.relogin import RESEND_TO, carried, page_of
from supportcase.web.site import COOKIE, Site, local_path, with_lang
from supportcase.web.text import TEXT


def routes(site: Site) -> APIRouter:
    router = APIRouter()
    store, render, lang_of = site.store, site.render, site.lang_of
    current_user, sign_in = site.current_user, site.sign_in
    chosen_lang, login_form = site.chosen_lang, site.login_page

    @router.get("/login", response_class=HTMLResponse)
    def login_page(request: Request) -> Response:
        return login_form(request)

    @router.post("/login")
    async def login(request: Request, email: str = Form(...),
                    password: str = Form(...)) -> Response:
        # A form sent signed out rides along (`relogin`): kept on a wrong password, and
        # offered to send once signed in.
        form = await request.form()
        resend_to = local_path(str(form.get(RESEND_TO) or ""))
        typed = carried(form) if resend_to else []
        kept: dict[str, Any] = {"resend_to": resend_to, "carried": typed, "email": email}
        try:
            user = await run_in_threadpool(store.sign_in, email, password)
        except TooManyAttempts:
            return login_form(request, 429, error=TEXT[lang_of(request)]["too_many_logins"],
                              **kept)
        if user is None:
            return login_form(request, 401, error=TEXT[lang_of(request)]["bad_login"], **kept)
        # In the language of the login page, if the reader chose one there; else their own.
        lang = chosen_lang(request) or user.language
        response: Response
        if resend_to and typed:
            page = page_of(resend_to)
            response = render(request, "resend.html", here=page, lang=lang, carried=typed,
                              resend_to=resend_to, action=with_lang(resend_to, lang),
                              page=with_lang(page, lang))
            response.set_cookie("lang", lang, samesite="lax")
        else:
            back = (local_path(request.query_params.get("next"))
                    or (page_of(resend_to) if resend_to else "/"))
            response = RedirectResponse(with_lang(back, lang), status_code=303)
        sign_in(response, user.id, user.password_hash)
        return response

    @router.post("/login/language")
    async def relogin_language(request: Request) -> Response:
        """The login page, or once signed in the page asking to send, again in the language
        asked for (`?lang=`), still carrying what was typed: a link could not carry it."""
        form = await request.form()
        resend_to = local_path(str(form.get(RESEND_TO) or ""))
        typed = carried(form) if resend_to else []
        lang = lang_of(request)
        if resend_to and typed and current_user(request) is not None:
            page = page_of(resend_to)
            return render(request, "resend.html", here=page, carried=typed,
                          resend_to=resend_to, action=with_lang(resend_to, lang),
                          page=with_lang(page, lang))
        return login_form(request, resend_to=resend_to, carried=typed,
                          email=str(form.get("email") or ""), signed_out=bool(resend_to),
                          file_left=bool(form.get("file_left")))

    @router.get("/account", response_class=HTMLResponse)
    def account_page(request: Request) -> Response:
        user_id = current_user(request)
        if user_id is None:
            return site.to_login(request)
        return render(request, "account.html", me=store.user(user_id), min_length=MIN_LENGTH,
                      changed=request.query_params.get("changed"))

    @router.post("/account/password")
    def change_password(request: Request, current: str = Form(""), new: str = Form(""),
                        again: str = Form("")) -> Response:
        """The signed-in user changes their password; other sessions end, this one goes on."""
        user_id = current_user(request)
        if user_id is None:
            return site.to_login(request, keep=False)  # passwords are never carried
        lang = lang_of(request)
        me = store.user(user_id)
        assert me is not None
        problem = None
        if store.authenticate(me.email, current) is None:
            problem = TEXT[lang]["wrong_current"]
        elif new != again:
            problem = TEXT[lang]["passwords_differ"]
        elif too_short(new):
            problem = TEXT[lang]["password_short"].format(n=MIN_LENGTH)
        if problem:
            return render(request, "account.html", status=422, me=me, error=problem,
                          min_length=MIN_LENGTH)
        store.set_password(user_id, new, actor=f"web:{user_id}")
        changed = store.user(user_id)
        assert changed is not None
        response = RedirectResponse(f"/account?lang={lang}&changed=password", status_code=303)
        sign_in(response, user_id, changed.password_hash)
        return response

    @router.post("/account/language")
    def change_language(request: Request, language: str = Form("en")) -> Response:
        user_id = current_user(request)
        if user_id is None:
            return site.to_login(request)
        chosen = language if language in TEXT else "en"
        store.set_language(user_id, chosen)
        response = RedirectResponse(f"/account?lang={chosen}&changed=language", status_code=303)
        response.set_cookie("lang", chosen, samesite="lax")
        return response

    @router.post("/logout")
    def logout() -> Response:
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    return router
