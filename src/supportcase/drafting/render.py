"""Render a draft: template → blocks → citation check → DOCX or PDF.

>>> doc = render_draft("enforcement_application", casefile, lang="zh",
...                    as_of=date(2026, 11, 1))  # doctest: +SKIP
>>> pdf = draft_bytes(doc, "pdf")  # doctest: +SKIP

The filing copy is rendered in the kind's filing language; asking for the other language
gives a translation with a banner saying so. Every citation in the text goes through
`supportcase.law.citations.check_text`; one that does not pass is named in a notice at the
end of the draft instead of being printed as if it were sound.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import jinja2

from supportcase.casefile import CaseFile
from supportcase.casefile.words import status_word
from supportcase.drafting.context import (
    build_context,
    cell,
    cn_date,
    en_date,
    in_chinese,
    money,
)
from supportcase.drafting.document import Block, DraftDocument, parse_markup
from supportcase.drafting.kinds import KindSpec, kind_spec
from supportcase.drafting.sources import Sources, gather
from supportcase.errors import UserError

# A translation says which copy counts: the one filed with a court or agency, or sent (a
# letter to the obligor, an e-mail to counsel).
TRANSLATION_BANNER = {
    "en": "Translation for reference only — the Chinese version is the one to file or send. "
          "译文仅供参考，以中文本为准。",
    "zh": "中文译本，仅供参考——以英文本为准（提交或发送英文本）。Chinese translation for "
          "reference only; the English version is the one to file or send.",
}


# Every character str.splitlines() breaks on: a value must never start a new markup line.
_LINE_BREAKS = str.maketrans({c: " " for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


def _one_line(value: object) -> object:
    """Interpolated values stay on their line, so a name cannot inject a heading or a table."""
    return value.translate(_LINE_BREAKS) if isinstance(value, str) else value


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("supportcase.drafting", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is our line markup, not HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_one_line,
    )
    env.filters.update(money=money, cn_date=cn_date, en_date=en_date, cell=cell,
                       in_chinese=in_chinese)
    env.globals["status_word"] = status_word  # the drafts name a status as the pages do
    return env


def filing_language(spec: KindSpec, casefile: CaseFile) -> str:
    """The language of the copy that is filed or sent."""
    if spec.id == "dispute_letter" and casefile.assertions:
        latest = sorted(casefile.assertions, key=lambda a: a.date)[-1]
        # A US agency's or court's figure is disputed in English.
        if latest.currency == "USD" or "DCSS" in latest.source.upper():
            return "en"
    if spec.id == "counsel_email" and casefile.case.language:
        return casefile.case.language
    return spec.filing_lang


def _check_citations(text: str) -> list[dict[str, object]]:
    """Check against the law in force today: a draft is written (and filed) now, whatever date
    its figures are computed to."""
    from supportcase.law.citations import check_text

    return [c.to_dict() for c in check_text(text)]


def render_draft(kind: str, casefile: CaseFile, *, lang: str | None = None,
                 as_of: dt.date | None = None, sources: Sources | None = None) -> DraftDocument:
    """Render draft `kind` for `casefile` in `lang` (default: its filing language)."""
    spec = kind_spec(kind)
    as_of = as_of or dt.date.today()
    filing = filing_language(spec, casefile)
    lang = lang or filing
    if lang not in {"zh", "en"}:
        raise UserError(f"--lang {lang!r}: choose zh or en")
    sources = sources or gather(casefile, as_of)
    context = build_context(casefile, sources, lang)
    context["spec"] = spec
    context["filing_copy"] = lang == filing
    markup = environment().get_template(f"{spec.id}.{lang}.j2").render(context)
    if lang == "zh":
        # One style of article number in a Chinese draft, whatever wrote the number (our
        # citations, the ledger's or the deadline calculator's notes): 第二百四十七条.
        from supportcase.law.citations import chinese_article_numbers

        markup = chinese_article_numbers(markup)
    blocks = parse_markup(markup)
    if lang != filing:
        blocks.insert(1 if blocks and blocks[0].kind == "title" else 0,
                      Block("note", TRANSLATION_BANNER[lang]))
    text = "\n".join(b.text for b in blocks) + "\n" + "\n".join(
        " ".join(r) for b in blocks for r in b.rows)
    checks = _check_citations(text)
    failed = [c for c in checks if not c.get("ok", c.get("status") == "valid")]
    if failed:
        label = ("以下引用未能核实，请律师核对：" if lang == "zh" else
                 "These citations could not be verified; have counsel check them: ")
        blocks.append(Block("note", label + "；".join(str(c["text"]) for c in failed)))
    title = spec.title_zh if lang == "zh" else spec.title_en
    if spec.id == "recognition_application":
        # 认可和执行 for a Hong Kong order under the Mainland–HK arrangement.
        title = context["recognition"]["title"][lang]
    return DraftDocument(
        kind=spec.id, lang=lang, title=title, blocks=tuple(blocks),
        filing_copy=lang == filing,
        refused=tuple(c.details for c in context["refused"]),
        citations=tuple(checks),
        figures={k: v for k, v in context["figures"].items()},
    )


def draft_bytes(doc: DraftDocument, fmt: str) -> bytes:
    """`doc` as DOCX or PDF bytes; `fmt` is "docx" or "pdf" (or a file name ending in one)."""
    fmt = fmt.lower().rsplit(".", 1)[-1]
    if fmt == "docx":
        from supportcase.drafting.docx_render import to_docx

        return to_docx(doc)
    if fmt == "pdf":
        from supportcase.drafting.pdf_render import to_pdf

        return to_pdf(doc)
    raise UserError(f"{fmt!r}: choose a .docx or .pdf file name")
