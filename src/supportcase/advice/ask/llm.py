"""Optional: let a language model word the answer, then check every citation it makes.

Any OpenAI-compatible chat-completions endpoint works (a local Ollama, vLLM or llama.cpp
server, or a hosted one), configured by the environment:

- `SUPPORTCASE_LLM_URL`: the API base (`http://127.0.0.1:11434/v1`) or the full
  `.../chat/completions` URL;
- `SUPPORTCASE_LLM_MODEL`: the model name;
- `SUPPORTCASE_LLM_KEY`: the bearer key, when the endpoint needs one.

The prompt holds only the retrieved passages (rules, statute articles, document chunks) and
the case's facts — nothing else about the user. The model is told to cite only those
passages, to promise no outcome and to say what is uncertain. Its reply is then passed
through the citation checker: a citation that is not valid (not found, outdated, or that our
sources cannot verify) is removed from the text and reported in `removed_citations`, so the
user never sees an invented article number as if it were real. The offline answer's
sections, sources and citation list stay as they were; the model's text replaces only the
answer text. If the endpoint fails, the offline answer stands and the failure is reported.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from supportcase.advice.ask.answer import DISCLAIMER, Answer
from supportcase.advice.ask.retrieve import Hit, Retrieval
from supportcase.casefile.model import CaseFile
from supportcase.errors import UserError

TIMEOUT_SECONDS = 60.0
MAX_PASSAGE_CHARS = 1200
REMOVED_MARK = {"en": "[citation removed: could not be verified]", "zh": "[已删除：无法核验的引用]"}
# Words that promise an outcome; a reply containing them gets a warning in `uncertain`.
PROMISES = ("guarantee", "guaranteed", "will definitely", "certainly win", "will win",
            "保证", "一定能", "肯定能", "必胜", "稳赢")


class LlmError(UserError):
    """The configured language-model endpoint could not be used."""


@dataclass(frozen=True)
class LlmConfig:
    url: str
    model: str
    key: str | None = None

    @property
    def endpoint(self) -> str:
        url = self.url.rstrip("/")
        return url if url.endswith("/chat/completions") else f"{url}/chat/completions"


def config_from_env(environ: dict[str, str] | None = None) -> LlmConfig | None:
    """The endpoint from SUPPORTCASE_LLM_URL / _MODEL / _KEY, or None when not configured."""
    env = dict(os.environ) if environ is None else environ
    url = env.get("SUPPORTCASE_LLM_URL", "").strip()
    if not url:
        return None
    model = env.get("SUPPORTCASE_LLM_MODEL", "").strip()
    if not model:
        raise LlmError("SUPPORTCASE_LLM_URL is set but SUPPORTCASE_LLM_MODEL is not",
                       hint="set the model name the endpoint serves")
    return LlmConfig(url=url, model=model, key=env.get("SUPPORTCASE_LLM_KEY") or None)


# ---- the prompt ------------------------------------------------------------------------------

SYSTEM = {
    "en": (
        "You explain PRC and cross-border child-support law to a parent. Answer in English, "
        "in plain words. Use ONLY the passages and case facts given; if they do not answer "
        "the question, say so. Cite every legal statement with the citation shown in the "
        "passage's header (e.g. 《中华人民共和国民事诉讼法》第二百五十条 or the rule's citation); "
        "never cite an article that is not among the passages. Never promise or predict an "
        "outcome. Say what is uncertain or disputed. End by reminding the reader that this is "
        "information, not legal advice."),
    "zh": (
        "你向一位家长解释中国及跨境抚养费法律问题。请用简体中文、通俗的语言回答。只能依据下面给出的"
        "材料和案件事实；材料不足以回答时请直说。每一项法律陈述都要注明材料标题中的引用（如《中华人民"
        "共和国民事诉讼法》第二百五十条或规则的引用），不得引用材料以外的条文。不得承诺或预测结果。"
        "说明哪些地方不确定或有争议。最后提醒读者：这是法律信息，不是法律意见。"),
}


def _passage_block(n: int, hit: Hit, kind_label: str) -> str:
    passage = hit.passage
    text = passage.text if len(passage.text) <= MAX_PASSAGE_CHARS else (
        passage.text[:MAX_PASSAGE_CHARS] + "…")
    return f"[{n}] {kind_label}: {passage.title}\n{text}"


def case_facts_text(case: CaseFile | None) -> str:
    """The case facts the model may use: obligations, children, parties' countries, facts."""
    if case is None:
        return "(no case given)"
    lines = [f"Case: {case.case.title}; order jurisdiction: {case.case.order_jurisdiction}"]
    for party, role in ((case.parties.obligee, "obligee (receives support)"),
                        (case.parties.obligor, "obligor (pays support)")):
        if party is not None:
            lines.append(f"{role}: lives in {party.country or 'unknown'}")
    for child in case.children:
        lines.append(f"child: born {child.birth_date or 'unknown'}")
    for o in case.obligations:
        b = o.basis
        lines.append(f"obligation {o.id}: {b.type} of {b.court or '?'} {b.case_number or ''} "
                     f"dated {b.date or '?'}, effective {b.effective_date or '?'}; {o.amount} "
                     f"{o.currency} {o.frequency}, due day {o.due_day}, from {o.start}")
    for fact in case.facts:
        lines.append(f"fact {fact.name} = {fact.value} ({fact.status})")
    return "\n".join(lines)


def build_messages(retrieval: Retrieval, answer: Answer,
                   case: CaseFile | None) -> list[dict[str, str]]:
    """The chat messages: instructions, then only retrieved passages and case facts."""
    lang = retrieval.language
    blocks: list[str] = []
    n = 0
    rule_ids = {s.id for s in answer.sources if s.kind == "rule"}
    for hit in retrieval.rules:
        if hit.passage.id in rule_ids:
            n += 1
            from supportcase.law.rules import default_rulebook

            rule = default_rulebook().get(hit.passage.id)
            header = f"rule {rule.id} ({rule.status}), cites {rule.citation.label()}"
            blocks.append(f"[{n}] {header}\n{hit.passage.text[:MAX_PASSAGE_CHARS]}")
    statute_ids = {s.id for s in answer.sources if s.kind == "statute"}
    for hit in retrieval.statutes:
        if hit.passage.id in statute_ids:
            n += 1
            blocks.append(_passage_block(n, hit, "statute"))
    for hit in retrieval.documents[:3]:
        n += 1
        blocks.append(_passage_block(n, hit, "case document"))
    user = (f"Question: {retrieval.question}\n\nPassages:\n" + "\n\n".join(blocks)
            + f"\n\nCase facts:\n{case_facts_text(case)}")
    return [{"role": "system", "content": SYSTEM[lang]}, {"role": "user", "content": user}]


# ---- calling the endpoint -------------------------------------------------------------------


def complete(config: LlmConfig, messages: Sequence[dict[str, str]],
             *, timeout: float = TIMEOUT_SECONDS) -> str:
    """One chat-completions call; the reply's text."""
    import httpx

    headers = {"Content-Type": "application/json"}
    if config.key:
        headers["Authorization"] = f"Bearer {config.key}"
    body = {"model": config.model, "messages": list(messages), "temperature": 0}
    try:
        response = httpx.post(config.endpoint, json=body, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise LlmError(f"the language model at {config.endpoint} did not answer ({exc})") from None
    if response.status_code != 200:
        raise LlmError(f"the language model at {config.endpoint} answered HTTP "
                       f"{response.status_code}: {response.text[:200]}")
    try:
        data: Any = response.json()
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise LlmError(f"the language model at {config.endpoint} sent a reply that is not "
                       "an OpenAI chat completion") from None
    if not isinstance(content, str) or not content.strip():
        raise LlmError(f"the language model at {config.endpoint} sent an empty reply")
    return content


# ---- checking the reply ---------------------------------------------------------------------


def remove_unverified(text: str, lang: str) -> tuple[str, list[dict[str, Any]], list[Any]]:
    """The reply with every citation that is not valid cut out; (text, removed, kept)."""
    from supportcase.law.citations import check_text

    checks = check_text(text)
    removed = [c for c in checks if not c.ok]
    kept = [c for c in checks if c.ok]
    for check in sorted(removed, key=lambda c: -c.start):
        text = text[: check.start] + REMOVED_MARK["zh" if lang == "zh" else "en"] + text[check.end:]
    return text, [c.to_dict() for c in removed], kept


def answer_with_llm(answer: Answer, retrieval: Retrieval, *, case: CaseFile | None,
                    config: LlmConfig) -> Answer:
    """Replace the answer text with the model's checked reply (in place); report removals."""
    lang = answer.language
    messages = build_messages(retrieval, answer, case)
    try:
        reply = complete(config, messages)
    except LlmError as exc:
        answer.llm = {"model": config.model, "used": False, "error": str(exc)}
        answer.uncertain.append(
            f"语言模型不可用，以下为离线回答：{exc}" if lang == "zh" else
            f"The language model could not be used; this is the offline answer: {exc}")
        return answer
    checked, removed, kept = remove_unverified(reply, lang)
    if any(p in checked.lower() for p in PROMISES):
        answer.uncertain.append(
            "模型的回答中有类似“保证结果”的措辞；任何结果都无法保证。" if lang == "zh" else
            "The model's wording sounds like a promise of an outcome; no outcome can be "
            "promised.")
    if removed:
        labels = ", ".join(str(r["text"]) for r in removed)
        answer.uncertain.append(
            f"已从模型回答中删除无法核验的引用：{labels}" if lang == "zh" else
            f"Removed from the model's reply because they could not be verified: {labels}")
    disclaimer = DISCLAIMER["zh" if lang == "zh" else "en"]
    answer.text = f"{disclaimer}\n\n{checked.strip()}\n"
    answer.removed_citations = removed
    answer.llm = {"model": config.model, "used": True, "endpoint": config.endpoint,
                  "citations_kept": [f"{c.law} {c.article}" for c in kept],
                  "citations_removed": len(removed)}
    return answer
