"""The bilingual legal glossary: how a parent's words map to the statutes' words.

PRC statutes say 抚养费, 申请执行的期间 and 扣留、提取被执行人的收入; a parent writes "child
support", "is it too late" or 从工资里扣. The glossary (`glossary.yaml`, data, not code) lists
each legal term with its English phrases, everyday Chinese phrasings and the statute words
that usually stand beside it, so that both an English and a colloquial Chinese question are
searched with the statutes' own vocabulary:

>>> [t.zh for t in default_glossary().matches("Can I get interest on the child support?")]
['抚养费', '迟延履行期间的债务利息']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from supportcase.bilingual import has_han

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def stem(word: str) -> str:
    """A deliberately small English stemmer: enough to match "paying"/"pays" with "pay"."""
    word = word.lower().replace("'", "")
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def english_words(text: str) -> list[str]:
    """Lower-cased, stemmed English words of `text` (Chinese characters are skipped)."""
    return [stem(w) for w in _WORD.findall(text.lower())]


@dataclass(frozen=True)
class Term:
    """One legal term with the ways people say it."""

    zh: str
    en: tuple[str, ...]
    say: tuple[str, ...]
    expand: tuple[str, ...]
    background: bool = False

    @property
    def statute_words(self) -> tuple[str, ...]:
        """The words to search the statutes with when this term is meant."""
        return (self.zh, *self.expand)


class Glossary:
    """All terms, matched against a question in either language."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms = terms
        self._en: list[tuple[tuple[str, ...], Term]] = []
        for term in terms:
            for phrase in term.en:
                self._en.append((tuple(english_words(phrase)), term))

    def matches(self, question: str) -> list[Term]:
        """The terms a question speaks of, in glossary order, each once."""
        words = english_words(question)
        found: list[Term] = []
        for term in self.terms:
            if term.zh in question or any(p in question for p in term.say):
                found.append(term)
        for phrase, term in self._en:
            if term not in found and _contains(words, phrase):
                found.append(term)
        order = {id(t): i for i, t in enumerate(self.terms)}
        return sorted(found, key=lambda t: order[id(t)])

    def chinese_words(self) -> set[str]:
        """Every Chinese word the glossary knows (the tokenizer's legal user dictionary)."""
        words: set[str] = set()
        for term in self.terms:
            words.add(term.zh)
            words.update(term.say)
            words.update(term.expand)
        return {w for w in words if has_han(w)}

    def english_for(self, zh: str) -> str | None:
        """The first English phrase for a Chinese term (for bilingual labels)."""
        for term in self.terms:
            if term.zh == zh and term.en:
                return term.en[0]
        return None


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    if not phrase:
        return False
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def parse_glossary(text: str) -> Glossary:
    data = yaml.safe_load(text)
    terms = [
        Term(zh=str(item["zh"]), en=tuple(str(x) for x in item.get("en", [])),
             say=tuple(str(x) for x in item.get("say", [])),
             expand=tuple(str(x) for x in item.get("expand", [])),
             background=bool(item.get("background", False)))
        for item in data["terms"]
    ]
    return Glossary(terms)


def glossary_text() -> str:
    """The packaged glossary file's text (also part of the index fingerprint)."""
    return (resources.files(__package__) / "glossary.yaml").read_text(encoding="utf-8")


@cache
def default_glossary() -> Glossary:
    return parse_glossary(glossary_text())
