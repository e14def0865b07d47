"""Text forms for matching: NFKC + Simplified Chinese, with a map back to the original.

Hong Kong and Taiwan documents are in Traditional Chinese (撫養費, 區域法院); extraction
rules are written once, for Simplified, so the text is converted (opencc `t2s`) for
matching only — the displayed text and the quotes stay as the document wrote them. NFKC
folds full-width digits and punctuation (（２０２１）→ (2021)) so one pattern serves both.

`MatchText.source_span` turns a span found in the matching form into the span of the
original page text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# CJK Radicals Supplement code points that some PDF producers emit for ordinary characters
# and that NFKC does not fold (NFKC handles the Kangxi block U+2F00–2FD5 itself).
_RADICAL_SUPPLEMENT = {
    "⺠": "民", "⻓": "长", "⻔": "门", "⻅": "见", "⻋": "车", "⻉": "贝", "⻛": "风",
    "⻚": "页", "⻢": "马", "⻥": "鱼", "⻩": "黄", "⻬": "齐", "⻮": "齿", "⻄": "西",
    "⺟": "母", "⻝": "食", "⻙": "韦", "⻘": "青", "⺁": "厂", "⺇": "几",
    "⻆": "角", "⻈": "讠", "⻰": "龙", "⻳": "龟", "⺢": "水", "⺩": "王", "⻊": "足",
}
_GARBLE_RE = re.compile(r"[\u2e80-\u2fdf\ufffd\ue000-\uf8ff]|\(cid:\d+\)")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_LATIN_RE = re.compile(r"[A-Za-z]")


def repair_radicals(text: str) -> str:
    """Replace Kangxi / supplement radicals by the ordinary character, one for one."""
    if not re.search(r"[\u2e80-\u2fdf]", text):
        return text
    out = []
    for ch in text:
        if "\u2f00" <= ch <= "\u2fdf":
            folded = unicodedata.normalize("NFKC", ch)
            out.append(folded if len(folded) == 1 else ch)
        else:
            out.append(_RADICAL_SUPPLEMENT.get(ch, ch))
    return "".join(out)


def garbled_ratio(text: str) -> float:
    """Share of characters that signal a broken text layer (radicals, U+FFFD, private use)."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return 0.0
    return len(_GARBLE_RE.findall(text)) / len(visible)


def language_of(text: str) -> str:
    """'zh' when Han characters make up a real share of the letters, else 'en'."""
    han = len(_HAN_RE.findall(text))
    latin = len(_LATIN_RE.findall(text))
    if han == 0 and latin == 0:
        return "und"
    return "zh" if han > latin or (han >= 20 and han * 4 >= latin) else "en"


@lru_cache(maxsize=1)
def _traditional_characters() -> frozenset[str]:
    """Characters opencc's t2s would change (its TSCharacters table): a page without any of
    them needs no conversion, which keeps Simplified pages fast."""
    from pathlib import Path

    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars: set[str] = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        if source and targets.split(" ")[0] != source:
            chars.add(source)
    return frozenset(chars)


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@dataclass(frozen=True)
class MatchText:
    """The matching form of a page (`text`) and, per character, its offset in the original."""

    text: str
    origin: tuple[int, ...] | None  # None: same offsets as the original
    original_length: int

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if self.origin is None:
            return start, end
        if start >= len(self.origin):
            return self.original_length, self.original_length
        first = self.origin[start]
        last = self.origin[end - 1] + 1 if end > start else first
        return first, last


_SENTENCE_END = "。;:!?；：！？"


def join_wrapped_lines(matching: MatchText) -> MatchText:
    """The same text with the line breaks that only wrap a long line removed.

    A PDF or a scan breaks a sentence wherever the line is full (……抚养费人民币贰仟伍佰
    / 元整). A line break is a wrap when its line is nearly as long as the page's longest
    line and does not end a sentence; headings and short lines keep their breaks.
    """
    text = matching.text
    lines = text.split("\n")
    longest = max((len(line.strip()) for line in lines), default=0)
    if longest < 12 or len(lines) < 2:
        return matching
    drop: set[int] = set()
    at = 0
    for line in lines[:-1]:
        at += len(line)
        stripped = line.strip()
        if len(stripped) >= 0.8 * longest and stripped[-1] not in _SENTENCE_END:
            drop.add(at)
        at += 1
    if not drop:
        return matching
    keep = [i for i in range(len(text)) if i not in drop]
    base = matching.origin
    origin = tuple(base[i] if base is not None else i for i in keep)
    return MatchText("".join(text[i] for i in keep), origin, matching.original_length)


def match_text(text: str, *, simplify: bool = True) -> MatchText:
    """NFKC- and (if Chinese) t2s-normalised text with a map back to `text`."""
    origin: list[int] | None = None
    folded = text
    if not unicodedata.is_normalized("NFKC", text):
        parts: list[str] = []
        origin = []
        for i, ch in enumerate(text):
            n = unicodedata.normalize("NFKC", ch) if ord(ch) > 127 else ch
            parts.append(n)
            origin.extend([i] * len(n))
        folded = "".join(parts)
    if simplify and not _traditional_characters().isdisjoint(folded):
        converted = _t2s().convert(folded)
        if len(converted) != len(folded):
            # A phrase rule changed the length; fall back to character by character.
            converted = "".join(_t2s().convert(c) if _HAN_RE.match(c) else c for c in folded)
            if len(converted) != len(folded):
                converted = folded
        folded = converted
    return MatchText(folded, tuple(origin) if origin is not None else None, len(text))
