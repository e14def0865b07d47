"""Who may open a case: an owner shares it, changes a role or takes someone off."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from supportcase.errors import NotFound, UserError
from supportcase.store import LastOwner
from supportcase.web.site import Site
from supportcase.web.text import TEXT


def routes(site: Site) -> APIRouter:
    router = APIRouter()
    store, render, lang_of = site.store, site.render, site.lang_of
    owner = site.owner

    @router.post("/cases/{case_id}/members")
    def share(request: Request, case_id: str, email: str = Form(...),
              role: str = Form("viewer")) -> Response:
        """The owner lets an account open the case (or changes its role)."""
        user_id = owner(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        try:
            account = store.user_by_email(email)
            store.add_member(case_id, account.id, role, actor=f"web:{user_id}")
        except LastOwner:
            return render(request, "error.html", status=422, message=TEXT[lang]["last_owner"],
                          back=f"/cases/{case_id}?lang={lang}")
        except NotFound:
            return render(request, "error.html", status=422,
                          message=TEXT[lang]["no_account"].format(email=email.strip()),
                          back=f"/cases/{case_id}?lang={lang}")
        except UserError as exc:
            return render(request, "error.html", status=422, message=str(exc),
                          back=f"/cases/{case_id}?lang={lang}")
        return RedirectResponse(f"/cases/{case_id}?lang={lang}#members", status_code=303)

    @router.post("/cases/{case_id}/members/remove")
    def unshare(request: Request, case_id: str, email: str = Form(...)) -> Response:
        """The owner takes an account off the case."""
        user_id = owner(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        try:
            store.remove_member(case_id, store.user_by_email(email).id, actor=f"web:{user_id}")
        except LastOwner:
            return render(request, "error.html", status=422, message=TEXT[lang]["last_owner"],
                          back=f"/cases/{case_id}?lang={lang}")
        except UserError as exc:
            return render(request, "error.html", status=422, message=str(exc),
                          back=f"/cases/{case_id}?lang={lang}")
        return RedirectResponse(f"/cases/{case_id}?lang={lang}#members", status_code=303)

    return router
