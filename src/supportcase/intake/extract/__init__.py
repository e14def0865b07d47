"""Extraction: a read document → facts with provenance, and the document's summary.

`extract_document` picks the Chinese or English rules by the document's language (a
bilingual document gets both), and `DocumentExtraction.summary()` gives the fixed review
shape: one value per field, taken from the first fact for it; unknown fields are None.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from supportcase.intake.document import SourceDocument
from supportcase.intake.extract.facts import ExtractedFact, PageView
from supportcase.intake.normalize import language_of

# Papers in which a parent or lawyer *says* what the terms are; they set no terms, so
# their support figures stay facts to check and stay out of the document's support terms.
STATEMENTS_ONLY = ("email", "letter")
SUPPORT_FIELDS = ("amount", "currency", "period", "due_day", "start_date", "end_condition")


@dataclass(frozen=True)
class DocumentExtraction:
    document: SourceDocument
    language: str
    facts: tuple[ExtractedFact, ...]

    def value(self, name: str) -> str | None:
        return next((f.value for f in self.facts if f.name == name), None)

    def children(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for fact in self.facts:
            if fact.name == "child.name" and all(c["name"] != fact.value for c in out):
                out.append({"name": fact.value, "birth_date": None})
            elif fact.name == "child.birth_date" and out and out[-1]["birth_date"] is None:
                out[-1]["birth_date"] = fact.value
        return out

    def summary(self) -> dict[str, Any]:
        """The review JSON for this document (shape fixed by the intake issue)."""
        doc = self.document
        return {
            "file": doc.file, "sha256": doc.sha256, "doc_type": self.value("doc_type"),
            "language": self.language, "pages": len(doc.pages),
            "ocr_pages": doc.ocr_pages, "media_type": doc.media_type,
            "court": self.value("court"), "case_number": self.value("case_number"),
            "obligor": self.value("obligor"), "obligee": self.value("obligee"),
            "children": self.children(),
            "support": {f: None if self.value("doc_type") in STATEMENTS_ONLY
                        else self.value(f"support.{f}") for f in SUPPORT_FIELDS},
            "arrears_claimed": self.value("arrears_claimed"),
            "arrears_currency": self.value("arrears_currency"),
            "document_date": self.value("document_date"),
            "effective_date": self.value("effective_date"),
            "service_date": self.value("service_date"),
            "time_limits": {f.name: f.value for f in self.facts
                            if f.name.endswith("_days")},
            "warnings": [w.to_json() for w in doc.warnings],  # {"en": ..., "zh": ...}
            "facts": [f.as_json() for f in self.facts],
        }


def extract_document(document: SourceDocument) -> DocumentExtraction:
    """All facts the rules find in `document`, in reading order per field."""
    from supportcase.intake.extract.en import extract_en
    from supportcase.intake.extract.zh import extract_zh

    views = [PageView.of(p) for p in document.pages if p.text.strip()] or \
        [PageView.of(document.pages[0])]
    language = language_of(document.text[:20000])
    facts: list[ExtractedFact] = []
    if language == "zh":
        facts = extract_zh(views)
        names = {f.name for f in facts}
        facts += [f for f in extract_en(views) if f.name not in names]
    elif language == "en":
        facts = extract_en(views)
    kind = next((f.value for f in facts if f.name == "doc_type"), None)
    if kind in STATEMENTS_ONLY:
        facts = [replace(f, status="assumed") if f.name.startswith("support.") else f
                 for f in facts]
    return DocumentExtraction(document, language, tuple(facts))
