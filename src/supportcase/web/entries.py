"""What a parent records on a case: support terms typed by hand, the parents' details,
payments, messages and court steps — and removing an entry, backing it with a document or
saying what a payment was meant as.

Every change is read from its form by `forms` (pure: the case file in, the case file out,
or one `UserError` in the parent's language) and stored in one write. A form refused for
what was typed gets the case page back (422) with the reason in the card of that form and
what was typed still in its fields, so nothing has to be typed again; a form naming an entry
that has changed meanwhile (409) gets the error page. Its `{section}` paths come after every
other route of a case (see `app.create_app`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from supportcase.casefile.model import CaseFile
from supportcase.errors import UserError
from supportcase.web import forms
from supportcase.web.cases import show_case
from supportcase.web.site import Site
from supportcase.web.text import TEXT

Change = Callable[[Mapping[str, str], Mapping[str, str], CaseFile], CaseFile]


def routes(site: Site) -> APIRouter:
    router = APIRouter()
    store, lang_of, member = site.store, site.lang_of, site.member

    async def change_case(request: Request, case_id: str, change: Change, sent: str, *,
                          known: bool = True, anchor: str = "",
                          typing: bool = True) -> Response:
        """Make the change the form `sent` asks for ("payments", "parties", …: where the
        case page shows it again if refused). `typing`: a form the parent types into, given
        back filled as it came; the small forms of one entry (remove it, link its proof, say
        what it was) have nothing typed to keep."""
        user_id = member(request, case_id, edit=True, known=known)
        if isinstance(user_id, Response):
            return user_id
        lang = lang_of(request)
        form = {k: forms.as_typed(str(v)) for k, v in (await request.form()).items()}
        try:
            forms.within_limit(form, TEXT[lang])
            updated = change(form, TEXT[lang], store.load_case(case_id))
        except UserError as exc:
            if isinstance(exc, forms.EntryChanged):
                return site.refuse(request, case_id, exc.say(lang), 409)
            return show_case(site, request, case_id, user_id, refused=exc.say(lang),
                             sent=sent, typed=form if typing else None)
        store.update_case(case_id, updated, actor=f"web:{user_id}")
        return RedirectResponse(f"/cases/{case_id}?lang={lang}{anchor}", status_code=303)

    @router.post("/cases/{case_id}/obligations")
    async def add_obligation(request: Request, case_id: str) -> Response:
        """Support terms typed by hand from the document (when reading it could not find
        them all): assumed until checked, like a proposal from a document."""
        return await change_case(request, case_id, forms.obligation, "obligations")

    @router.post("/cases/{case_id}/parties")
    async def edit_parties(request: Request, case_id: str) -> Response:
        """The parents' names and where they live, typed by the parent."""
        return await change_case(request, case_id, forms.parties, "parties")

    def in_section(section: str, step: Callable[..., CaseFile]) -> Change:
        return lambda form, words, casefile: step(section, form, words, casefile)

    @router.post("/cases/{case_id}/{section}")
    async def add_entry(request: Request, case_id: str, section: str) -> Response:
        """A payment received, a message sent or received, or a court step — the parent's
        own record (assumed) until a document backs it; the ledger and the deadlines are
        worked out again from it."""
        return await change_case(request, case_id, in_section(section, forms.add), section,
                                 known=section in forms.SECTIONS,
                                 anchor=f"#{forms.SECTIONS.get(section, '')}")

    @router.post("/cases/{case_id}/{section}/remove")
    async def remove_entry(request: Request, case_id: str, section: str) -> Response:
        """Take an entry made by mistake off the case. The form names it by its place and
        its exact content, so a list changed meanwhile loses nothing else."""
        return await change_case(request, case_id, in_section(section, forms.remove),
                                 section, typing=False, known=section in forms.SECTIONS,
                                 anchor=f"#{forms.SECTIONS.get(section, '')}")

    @router.post("/cases/{case_id}/payments/kind")
    async def set_payment_kind(request: Request, case_id: str) -> Response:
        """Say what a payment was meant as (support, a gift, a loan, or still unclear): the
        ledger counts it, or lists it apart, from then on; the audit log keeps what it was."""
        return await change_case(request, case_id, forms.payment_kind, "payments",
                                 typing=False, anchor="#payments")

    @router.post("/cases/{case_id}/{section}/proof")
    async def link_proof(request: Request, case_id: str, section: str) -> Response:
        """Link a document of the case (a bank statement, a screenshot, a court notice) to
        the entry it proves."""
        return await change_case(request, case_id, in_section(section, forms.back),
                                 section, typing=False, known=section in forms.PROOF_FIELD,
                                 anchor=f"#{forms.SECTIONS.get(section, '')}")

    return router
