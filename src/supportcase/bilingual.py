"""One sentence in English and Simplified Chinese: the shape every bilingual message shares
(a checklist line, a reader's warning, a proposal's note)."""

from __future__ import annotations

from dataclasses import dataclass


def has_han(text: str) -> bool:
    """Whether `text` holds a Chinese character (a law named in Chinese, a Chinese alias)."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@dataclass(frozen=True)
class Text:
    """One sentence in both languages."""

    en: str
    zh: str

    def in_(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def to_json(self) -> dict[str, str]:
        return {"en": self.en, "zh": self.zh}
