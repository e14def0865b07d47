"""Signing in and out, and a user's own account (password, language)."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from supportcase.store import TooManyAttempts
from supportcase.store.passwords import MIN_LENGTH, too_short
from supportcase.web.site import COOKIE, Site
from supportcase.web.text import TEXT


def routes(site: Site) -> APIRouter:
    router = APIRouter()
    store, render, lang_of = site.store, site.render, site.lang_of
    current_user, sign_in = site.current_user, site.sign_in

    @router.get("/login", response_class=HTMLResponse)
    def login_page(request: Request) -> Response:
        return render(request, "login.html")

    @router.post("/login")
    def login(request: Request, email: str = Form(...), password: str = Form(...)) -> Response:
        try:
            user = store.sign_in(email, password)
        except TooManyAttempts:
            return render(request, "login.html", status=429,
                          error=TEXT[lang_of(request)]["too_many_logins"])
        if user is None:
            return render(request, "login.html", status=401, error=TEXT[lang_of(request)]["bad_login"])
        response = RedirectResponse(f"/?lang={user.language}", status_code=303)
        sign_in(response, user.id, user.password_hash)
        return response

    @router.get("/account", response_class=HTMLResponse)
    def account_page(request: Request) -> Response:
        user_id = current_user(request)
        if user_id is None:
            return RedirectResponse("/login", status_code=303)
        return render(request, "account.html", me=store.user(user_id), min_length=MIN_LENGTH,
                      changed=request.query_params.get("changed"))

    @router.post("/account/password")
    def change_password(request: Request, current: str = Form(""), new: str = Form(""),
                        again: str = Form("")) -> Response:
        """The signed-in user changes their password; other sessions end, this one goes on."""
        user_id = current_user(request)
        if user_id is None:
            return RedirectResponse("/login", status_code=303)
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
            return RedirectResponse("/login", status_code=303)
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
