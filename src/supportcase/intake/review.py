"""The one-shot intake review: files in, the summary a lawyer wants first out.

For each file: what it is, its court and case number, who pays whom, the children, the
support terms, the dates and time limits it states, and every fact with its page, span
and quoted words. Across files: values that disagree (two amounts, two birth dates) are
listed side by side under `conflicts` — never silently resolved. A file that cannot be read
gives one line under `warnings` (and `errors`); the other files are still reviewed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from supportcase.intake.document import IntakeError, Said, SourceDocument
from supportcase.intake.extract import DocumentExtraction, extract_document
from supportcase.intake.limits import Limits
from supportcase.intake.readers.ocr import OcrEngine

# Fields whose values should agree across the documents of one case.
CONFLICT_FIELDS = ("obligor", "obligee", "support.amount", "support.currency",
                   "support.period", "support.due_day", "child.birth_date")


@dataclass
class Review:
    extractions: list[DocumentExtraction] = field(default_factory=list)
    # (file, message); a plain string is English only (said the same in either language)
    errors: list[tuple[str, Said | str]] = field(default_factory=list)

    def conflicts(self) -> list[dict[str, Any]]:
        """Fields whose values differ between documents, every value with its source.

        Names are compared within one script only: 王强 in a judgment and QIANG WANG in a
        California order are the same man as far as intake can tell, not a conflict."""
        out = []
        for name in CONFLICT_FIELDS:
            groups: dict[str, dict[str, list[dict[str, Any]]]] = {}
            for extraction in self.extractions:
                fact = next((f for f in extraction.facts if f.name == name), None)
                if fact:
                    script = _script(fact.value) if name in ("obligor", "obligee") else ""
                    groups.setdefault(script, {}).setdefault(fact.value, []).append(
                        {"file": extraction.document.file, "value": fact.value,
                         "page": fact.page, "quote": fact.quote})
            for seen in groups.values():
                if len(seen) > 1:
                    out.append({"field": name,
                                "values": [v for values in seen.values() for v in values]})
        return out

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        """The review; its `warnings` and `errors` in `lang` (en or zh)."""
        zh = lang == "zh"
        errors = [(file, message.in_(lang) if isinstance(message, Said) else message)
                  for file, message in self.errors]
        warnings = [message if message.startswith(file) else
                    f"{file}{'：' if zh else ': '}{message}" for file, message in errors]
        for extraction in self.extractions:
            file = extraction.document.file
            warnings += [f"{file}{'：' if zh else ': '}{w.in_(lang)}"
                         for w in extraction.document.warnings]
            if not extraction.facts:
                warnings.append(f"{file}：未识别到任何事实，请亲自阅读原文" if zh else
                                f"{file}: no facts recognised; read it yourself")
        return {"documents": [e.summary() for e in self.extractions],
                "conflicts": self.conflicts(), "warnings": warnings,
                "errors": [{"file": f, "error": m} for f, m in errors]}


def review_file(name: str, data: bytes, *, password: str | None = None,
                limits: Limits | None = None,
                ocr: OcrEngine | None = None) -> list[DocumentExtraction]:
    """Read one file (and its attachments) and extract each document's facts."""
    from supportcase.intake.readers import read_bytes

    documents: list[SourceDocument] = read_bytes(name, data, password=password, limits=limits,
                                                 ocr=ocr)
    return [extract_document(d) for d in documents]


def review_files(files: Iterable[tuple[str, bytes]], *, password: str | None = None,
                 limits: Limits | None = None, ocr: OcrEngine | None = None,
                 on_file: Callable[[str], None] | None = None) -> Review:
    review = Review()
    for name, data in files:
        try:
            review.extractions += review_file(name, data, password=password, limits=limits,
                                              ocr=ocr)
        except IntakeError as exc:
            review.errors.append((name, exc.said()))
        except Exception as exc:  # a parser library failing on a strange file: keep going
            why = f"{type(exc).__name__}: {exc}"
            review.errors.append((name, Said(
                f"{name}: could not be read ({why}); please report this file",
                f"{name}：无法读取（{why}），请报告此文件")))
        if on_file:
            on_file(name)
    return review


def case_facts(extraction: DocumentExtraction, document_id: str) -> list[Any]:
    """The extracted facts as case-file facts, pointing at the stored document."""
    from supportcase.casefile.model import Fact, Provenance

    return [Fact(name=f.name, value=f.value, status=f.status,
                 confidence=Decimal(str(round(f.confidence, 2))),
                 provenance=Provenance(document=document_id, page=f.page, span=f.span,
                                       quote=f.quote))
            for f in extraction.facts]


def _script(name: str) -> str:
    return "han" if any("\u4e00" <= c <= "\u9fff" for c in name) else "latin"


def case_conflicts(review: Review, casefile: Any) -> list[dict[str, Any]]:
    """Where a document read now disagrees with the case file it is added to.

    Only obligations whose basis names the same case number are compared (a mediation
    statement may rightly change what an earlier judgment ordered), and children by name.
    Both values are shown; neither is changed."""
    import unicodedata

    def key(number: str | None) -> str:
        return "".join(unicodedata.normalize("NFKC", number or "").split())

    out: list[dict[str, Any]] = []
    for extraction in review.extractions:
        number = key(extraction.value("case_number"))
        doc = extraction.document.file
        for obligation in casefile.obligations:
            if not number or key(obligation.basis.case_number) != number:
                continue
            stated = {"support.amount": str(obligation.amount),
                      "support.currency": obligation.currency,
                      "support.period": obligation.frequency,
                      "support.due_day": str(obligation.due_day)}
            for name, on_case in stated.items():
                fact = next((f for f in extraction.facts if f.name == name), None)
                if fact is None:
                    continue
                same = (Decimal(fact.value) == obligation.amount if name == "support.amount"
                        else fact.value == on_case)
                if not same:
                    out.append({"field": name, "values": [
                        {"file": doc, "value": fact.value, "page": fact.page,
                         "quote": fact.quote},
                        {"file": f"case file, obligation {obligation.id}", "value": on_case,
                         "page": None, "quote": None}]})
        births = {c["name"]: c["birth_date"] for c in extraction.children()}
        for child in casefile.children:
            found = births.get(child.name)
            if found and child.birth_date and found != child.birth_date.isoformat():
                out.append({"field": "child.birth_date", "values": [
                    {"file": doc, "value": found, "page": None, "quote": None},
                    {"file": "case file, children", "value": child.birth_date.isoformat(),
                     "page": None, "quote": None}]})
    return out
