"""An extracted fact and the tools every extractor uses to make one.

A fact is a proposal with its evidence: the value, the page, the character span in that
page's text, the quoted words, a confidence, and a status — `proven` when the document
states it in so many words, `assumed` when intake inferred it (the other party must be the
one who receives) or read it from a doubtful OCR line. Nothing is guessed: a field the text
does not state yields no fact at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from supportcase.intake.document import Page
from supportcase.intake.normalize import MatchText, join_wrapped_lines, match_text

FactStatus = Literal["proven", "assumed"]
OCR_TRUST = 0.85  # below this mean line score an OCR'd fact is only assumed


@dataclass(frozen=True)
class ExtractedFact:
    name: str
    value: str
    page: int
    span: tuple[int, int]
    quote: str
    confidence: float
    status: FactStatus

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "value": self.value, "page": self.page,
                "span": list(self.span), "quote": self.quote,
                "confidence": round(self.confidence, 2), "status": self.status}


@dataclass(frozen=True)
class PageView:
    """A page with its matching form: search `norm`, quote from `page.text`."""

    page: Page
    norm: MatchText

    @classmethod
    def of(cls, page: Page) -> PageView:
        return cls(page, match_text(page.text))

    @property
    def text(self) -> str:
        return self.norm.text

    def flat(self) -> PageView:
        """This page with line breaks as spaces (same offsets), for English sentences."""
        norm = self.norm
        return PageView(self.page, MatchText(norm.text.replace("\n", " "), norm.origin,
                                             norm.original_length))

    def flowing(self) -> PageView:
        """This page with wrapped lines joined, for patterns that span a sentence."""
        return PageView(self.page, join_wrapped_lines(self.norm))

    def fact(self, name: str, value: str, start: int, end: int, *, confidence: float = 0.95,
             inferred: bool = False) -> ExtractedFact:
        """A fact whose evidence is `norm.text[start:end]`, quoted from the original."""
        first, last = self.norm.source_span(start, end)
        quote = self.page.text[first:last]
        if self.page.method == "ocr":
            confidence *= self.page.confidence if self.page.confidence is not None else 0.8
        proven = not inferred and (self.page.method == "text" or confidence >= OCR_TRUST * 0.9)
        return ExtractedFact(name, value, self.page.number, (first, last), quote,
                             confidence, "proven" if proven else "assumed")


def finditer(pattern: re.Pattern[str], views: list[PageView]) -> Iterator[tuple[PageView,
                                                                                re.Match[str]]]:
    for view in views:
        for match in pattern.finditer(view.text):
            yield view, match


def first(pattern: re.Pattern[str], views: list[PageView]) -> tuple[PageView,
                                                                     re.Match[str]] | None:
    return next(finditer(pattern, views), None)
