"""Words for search: jieba for Chinese (with a legal user dictionary), stems for English.

Statute text and questions are cut into the same kind of tokens so that BM25 can compare
them. jieba's general dictionary splits legal terms badly (申请执行的期间, 先予执行, 被执行人),
so every Chinese word of the glossary is added to a private jieba tokenizer as a user word;
indexing uses jieba's search mode, which also yields the shorter words inside a long one
(强制执行 → 强制, 执行, 强制执行), so a question saying 执行 still meets 强制执行.

>>> legal_tokens("申请执行的期间为二年")  # doctest: +SKIP
['申请', '执行', '申请执行', '期间', '二年']
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from functools import cache
from typing import Any

from supportcase.advice.ask.glossary import default_glossary, english_words


# Words that carry no legal meaning in a question or an article (function words, question
# words, and the parent's own pronouns). Single characters are dropped separately.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    "的 了 是 在 和 与 对 于 由 从 被 把 及 或 并 等 请问 我 你 他 她 它 这 那 个 之 其 什么 怎么 "
    "怎样 如何 咨询 一下 有关 关于 应该 可以 是否 有没有 如果 因为 所以 但是 然后 因此 进行 予以 "
    "我们 他们 她们 现在 已经 还是 就是 一直 能不能 可不可以 怎么办 吗 呢 吧 啊 呀 一个 这个 "
    "那个 还 都 也 又 很 能 会 要 想 让 给 没 不 有 没有 不是 明明 结果 好多 时候 本法 规定 "
    "应当 下列 之一 情形 依照 依法 其他 有关 前款"
)
ENGLISH_STOPWORDS = _words(
    "a an the and or but if of to in on at by for with from as is are was were be been being "
    "do does did doing have has had having i me my we our you your he him his she her they "
    "them their it its this that these those what which who whom how when where why can could "
    "would should will shall may might must not no nor so than too very just also any all "
    "there here about into over after before again out up down off then now still ever even "
    "get got go going make made what's it's don't doesn't isn't can't won't"
)

_HAN = re.compile(r"[\u4e00-\u9fff]")
_TOKEN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+")
_lock = threading.Lock()


def user_dictionary() -> list[str]:
    """The legal words jieba must keep whole (glossary terms of up to 8 characters)."""
    return sorted(w for w in default_glossary().chinese_words() if 2 <= len(w) <= 8)


def dictionary_fingerprint() -> str:
    """Changes whenever the user dictionary does (part of the index fingerprint)."""
    return hashlib.sha256("\n".join(user_dictionary()).encode()).hexdigest()[:16]


@cache
def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    with _lock:
        tokenizer.initialize()
        for word in user_dictionary():
            tokenizer.add_word(word, freq=20000)
    return tokenizer


def _keep(token: str) -> bool:
    if _HAN.match(token):
        return len(token) >= 2 and token not in STOPWORDS
    return token not in ENGLISH_STOPWORDS and len(token) >= 2


def legal_tokens(text: str) -> list[str]:
    """Index tokens of a Chinese or English text (statute, rule, document or question)."""
    tokens: list[str] = []
    for run in _TOKEN.findall(text):
        if _HAN.match(run):
            tokens.extend(t for t in _jieba().lcut_for_search(run) if _keep(t))
        else:
            tokens.extend(w for w in english_words(run) if _keep(w))
    return tokens


def is_chinese(text: str) -> bool:
    """True when a question is (mostly) written in Chinese."""
    han = len(_HAN.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return han > 0 and han * 2 >= latin
