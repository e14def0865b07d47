"""Asking about the law and the case: an answer composed from the rules, the statutes and
the case's own facts, every citation checked against the statute database (as
`supportcase ask`), in the language of the question."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from supportcase.errors import UserError
from supportcase.web.site import Site, as_of_of
from supportcase.web.text import TEXT

MAX_QUESTION = 2000  # characters


def routes(site: Site) -> APIRouter:
    router = APIRouter()
    store, render, member, lang_of = site.store, site.render, site.member, site.lang_of

    @router.get("/cases/{case_id}/ask", response_class=HTMLResponse)
    def ask_page(request: Request, case_id: str) -> Response:
        """The question box, and the answer to `?q=` (the first question builds the search
        index, about 15 s; later ones take a moment)."""
        from supportcase.advice.ask import ask
        from supportcase.advice.ask.llm import config_from_env

        allowed = member(request, case_id)
        if isinstance(allowed, Response):
            return allowed
        casefile = store.load_case(case_id)
        asked = request.query_params.get("q")
        question = " ".join((asked or "").split())[:MAX_QUESTION]
        answer, problem = None, None
        if asked is not None and not question:  # sent blank, or only spaces
            problem = TEXT[lang_of(request)]["type_question"]
        elif question:
            try:
                answer = ask(question, case=casefile, today=as_of_of(request),
                             llm=config_from_env()).to_dict()
            except UserError as exc:
                problem = exc.say(lang_of(request))
        return render(request, "ask.html", case_id=case_id, c=casefile, question=question,
                      answer=answer, problem=problem, max_question=MAX_QUESTION)

    return router
