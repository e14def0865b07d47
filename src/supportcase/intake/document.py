"""A document as intake reads it: its pages of text, and how each page was read.

Every extracted fact points back into `Page.text` by character offsets, so that text is
kept exactly as displayed (Traditional Chinese stays Traditional; see `normalize` for the
matching form). A broken PDF text layer that maps CJK characters to Kangxi radicals is
repaired character for character, which keeps the offsets valid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from supportcase.bilingual import Text
from supportcase.errors import UserError

ReadMethod = Literal["text", "ocr"]


@dataclass(frozen=True)
class Said(Text):
    """A reader's warning or a proposal's note in both languages, so the page shows it in
    the reader's language. `str()` gives the English."""

    def __str__(self) -> str:
        return self.en

    @staticmethod
    def shown(item: Any, lang: str) -> str:
        """A stored message (`to_json` form, or a plain string stored before messages were
        bilingual: shown as it is) in `lang`."""
        if isinstance(item, dict):
            return str(item.get(lang) or item.get("en") or "")
        return str(item)


class IntakeError(UserError):
    """A file intake cannot read: encrypted, corrupt, empty, too large, unknown type.
    Raised with `zh=` (and `hint_zh=`) so a Chinese page says it in Chinese."""

    def said(self) -> Said:
        return Said(self.say("en"), self.say("zh"))


@dataclass(frozen=True)
class Page:
    """One page of text. `number` is 1-based; `confidence` is the OCR mean (0–1) or None."""

    number: int
    text: str
    method: ReadMethod = "text"
    confidence: float | None = None


@dataclass(frozen=True)
class SourceDocument:
    """What a reader produced from one file (or one attachment inside a file)."""

    file: str
    sha256: str
    media_type: str
    pages: tuple[Page, ...]
    data: bytes = field(repr=False, default=b"")
    warnings: tuple[Said, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    @property
    def ocr_pages(self) -> int:
        return sum(1 for p in self.pages if p.method == "ocr")
