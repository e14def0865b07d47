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
    store, lang_of, owner = site.store, site.lang_of, site.owner

    def not_changed(request: Request, case_id: str, exc: UserError,
                    sharing_with: str | None = None) -> Response:
        words = TEXT[lang_of(request)]
        if isinstance(exc, LastOwner):
            message = words["last_owner"]
        elif isinstance(exc, NotFound) and sharing_with is not None:
            message = words["no_account"].format(email=sharing_with.strip())
        else:
            message = exc.say(lang_of(request))
        return site.refuse(request, case_id, message)

    @router.post("/cases/{case_id}/members")
    def share(request: Request, case_id: str, email: str = Form(...),
              role: str = Form("viewer")) -> Response:
        """The owner lets an account open the case (or changes its role)."""
        user_id = owner(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        try:
            account = store.user_by_email(email)
            store.add_member(case_id, account.id, role, actor=f"web:{user_id}")
        except UserError as exc:
            return not_changed(request, case_id, exc, sharing_with=email)
        return RedirectResponse(f"/cases/{case_id}?lang={lang_of(request)}#members",
                                status_code=303)

    @router.post("/cases/{case_id}/members/remove")
    def unshare(request: Request, case_id: str, email: str = Form(...)) -> Response:
        """The owner takes an account off the case."""
        user_id = owner(request, case_id)
        if isinstance(user_id, Response):
            return user_id
        try:
            store.remove_member(case_id, store.user_by_email(email).id, actor=f"web:{user_id}")
        except UserError as exc:
            return not_changed(request, case_id, exc)
        return RedirectResponse(f"/cases/{case_id}?lang={lang_of(request)}#members",
                                status_code=303)

    return router
