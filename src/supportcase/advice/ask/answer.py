"""The offline answer: what the law says about a question, and what it means for this case.

Composed only from what `retrieve` found — our rules (bilingual, dated, cited), PRC statute
articles and the case's own documents — in the question's language. Every statement carries
its source in brackets ([rule:…], [《法》第N条], [document, p. N]); every citation the answer
prints is passed through the citation checker (`supportcase.law.citations.check_text`) and
listed with its status. Nothing here is a promise of an outcome, and every answer says that
it is information, not legal advice.

Sections (a section with nothing to say is left out):

1. the rules that apply, and how they apply to this case's facts (the rule's parameters in
   force today, the case's deadlines from the deadline calculator when it is installed);
2. the statute excerpts (the paragraph of each article that best matches the question);
3. what the case's own documents say (with page numbers);
4. what is uncertain or disputed (disputed and unverified rules, their competing readings,
   assumed facts);
5. what to do next.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from supportcase.advice.ask.glossary import Term
from supportcase.advice.ask.retrieve import Hit, Language, Retrieval, rule_citations
from supportcase.casefile.model import CaseFile
from supportcase.casefile.words import clauses, fact_word, status_word
from supportcase.law.parameter_words import parameter_phrase, reads_as_words
from supportcase.law.rules import Rule, RuleBook, default_rulebook, rule_status_word

DISCLAIMER = {
    "en": "This is legal information drawn from the sources cited, not legal advice; it "
          "promises no outcome. Check it with a lawyer or a legal-aid office before acting.",
    "zh": "以下为依据所引来源整理的法律信息，不构成法律意见，也不保证任何结果。"
          "采取行动前请向律师或法律援助机构核实。",
}
HEADINGS = {
    "rules": {"en": "Rules that apply", "zh": "适用的规则"},
    "places": {"en": "What supportcase knows about the country", "zh": "关于该国的已知情况"},
    "statutes": {"en": "What the statutes say", "zh": "法条原文"},
    "documents": {"en": "What your case documents say", "zh": "案件材料中的相关内容"},
    "uncertain": {"en": "Uncertain or disputed", "zh": "不确定或有争议之处"},
    "next": {"en": "What to do next", "zh": "下一步"},
    "citations": {"en": "Citations checked", "zh": "引用核验"},
}
STATUS_WORDS = {
    "valid": {"en": "checked: in force", "zh": "已核验：现行有效"},
    "valid_as_of_its_date": {"en": "valid for its date, since renumbered",
                             "zh": "按其日期有效，后已调整条号"},
    "outdated": {"en": "outdated", "zh": "已失效"},
    "not_found": {"en": "not found", "zh": "未找到"},
    "unverifiable": {"en": "cannot be verified", "zh": "无法核验"},
}
DEADLINE_STATUS_ZH = {"not_started": "尚未起算", "open": "未届满", "passed": "已届满",
                      "arguable": "可争辩", "met": "已遵守", "until_paid": "至付清为止"}
STATUTE_EXCERPTS = 4
PARAMETERS_SHOWN = 10
RULES_SHOWN = 3
DOCUMENT_EXCERPTS = 3
EXCERPT_CHARS = 220


@dataclass(frozen=True)
class Citation:
    """A citation the answer makes, with the checker's verdict."""

    law: str
    article: str
    text: str  # the article text (statutes) or the rule's citation label
    status: str
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"law": self.law, "article": self.article, "text": self.text,
                "status": self.status, "label": self.label}


@dataclass(frozen=True)
class Source:
    kind: str  # rule | statute | document
    id: str
    title: str
    excerpt: str
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "id": self.id, "title": self.title,
                                "excerpt": self.excerpt}
        if self.page is not None:
            data["page"] = self.page
        return data


@dataclass(frozen=True)
class Statement:
    """One sentence of the answer and the source ids it rests on."""

    text: str
    sources: tuple[str, ...]

    def render(self) -> str:
        refs = "".join(f" [{s}]" for s in self.sources)
        return f"{self.text}{refs}"


@dataclass
class Answer:
    question: str
    language: Language
    sections: dict[str, list[Statement]]
    citations: list[Citation]
    sources: list[Source]
    uncertain: list[str]
    next_steps: list[str]
    disclaimer: str
    llm: dict[str, Any] | None = None
    text: str = ""
    removed_citations: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.text,
            "language": self.language,
            "citations": [c.to_dict() for c in self.citations],
            "sources": [s.to_dict() for s in self.sources],
            "uncertain": self.uncertain,
            "next_steps": self.next_steps,
            "sections": {name: [{"text": s.text, "sources": list(s.sources)} for s in items]
                         for name, items in self.sections.items()},
            "disclaimer": self.disclaimer,
            "llm": self.llm,
            "removed_citations": self.removed_citations,
        }


# ---- excerpts ------------------------------------------------------------------------------


def best_excerpt(text: str, terms: Sequence[Term], question: str,
                 limit: int = EXCERPT_CHARS) -> str:
    """The paragraph (or sentence) of an article that speaks most to the question."""
    parts = [p.strip() for p in re.split(r"\n+", text) if p.strip()] or [text]
    words = [w for t in terms for w in (*t.statute_words, *t.say)]
    words += re.findall(r"[\u4e00-\u9fff]{2,4}", question)

    def overlap(part: str) -> int:
        return sum(1 for w in set(words) if w in part)

    best = max(parts, key=overlap)
    return best if len(best) <= limit else best[: limit - 1] + "…"


# ---- rules and the case ---------------------------------------------------------------------


def _rule_label(rule: Rule, on: dt.date, lang: Language) -> str:
    citation = rule.citation_on(on)
    return citation.label_zh() if lang == "zh" else citation.label()


def _is_figure(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    if isinstance(value, str):
        return bool(re.fullmatch(r"-?\d+(\.\d+)?%?|\d{4}-\d{2}-\d{2}", value.strip()))
    return False


def _parameters_in_force(rule: Rule, on: dt.date, lang: Language) -> str | None:
    version = rule.version_on(on)
    if version is None or not version.parameters:
        return None
    # Figures and dates (years, rates, caps), and settings that have words in both languages
    # (首日（起算当日）：不计入); an internal code with no words means nothing to a reader.
    items = [parameter_phrase(k, v, lang) for k, v in version.parameters.items()
             if _is_figure(v) or reads_as_words(k, v)]
    more = ["…"] if len(items) > PARAMETERS_SHOWN else []
    shown = clauses([*items[:PARAMETERS_SHOWN], *more], lang)
    if not shown:
        return None
    if lang == "zh":
        return f"{on.isoformat()}适用的参数（自{version.from_date.isoformat()}起）——{shown}"
    return f"In force on {on.isoformat()} (since {version.from_date}) — {shown}"


def _case_deadlines(case: CaseFile, today: dt.date) -> list[dict[str, Any]]:
    """The case's deadlines from the deadline calculator, when it is installed."""
    import importlib

    try:
        module = importlib.import_module("supportcase.law.deadlines")
    except ModuleNotFoundError:
        return []
    compute = getattr(module, "compute", None)
    if compute is None:
        return []
    try:
        result = compute(case, today)
    except Exception:  # a calculator failure must not break the answer; it is reported
        return [{"error": "the deadline calculator could not compute this case's deadlines"}]
    data = _plain(result)
    if isinstance(data, dict):
        data = data.get("deadlines", [data])
    return [d for d in data if isinstance(d, dict)]


def _plain(value: Any) -> Any:
    """JSON-shaped data from whatever the calculator returns (dataclass, model, dict)."""
    import dataclasses
    import json

    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    elif hasattr(value, "to_dict"):
        value = value.to_dict()
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    elif isinstance(value, (list, tuple)):
        value = [_plain(v) for v in value]
    return json.loads(json.dumps(value, default=str))


def _deadline_line(item: dict[str, Any], lang: Language) -> str | None:
    """One computed deadline in words: what, when, its status, and how it was computed."""
    date = item.get("due") or item.get("date") or item.get("deadline")
    label = (item.get(f"title_{lang}") or item.get("title") or item.get("label")
             or item.get("name"))
    if not label:
        return None
    status = item.get("status")
    if lang == "zh" and isinstance(status, str):
        status = DEADLINE_STATUS_ZH.get(status, status)
    when = date or ("无法计算" if lang == "zh" else "not computable from the case file")
    line = f"{label}：{when}" if lang == "zh" else f"{label}: {when}"
    if status:
        line += f"（{status}）" if lang == "zh" else f" ({status})"
    note = item.get("computation_zh") if lang == "zh" else item.get("computation")
    if note:
        line += f"。{note}" if lang == "zh" else f". {note}"
    return line


BASIS_ZH = {"judgment": "判决书", "mediation_statement": "调解书", "ruling": "裁定书",
            "notarized_agreement": "赋予强制执行效力的公证债权文书",
            "divorce_agreement": "离婚协议", "private_agreement": "私下协议",
            "foreign_order": "外国法院裁判", "us_order": "美国法院命令",
            "hk_order": "香港法院命令", "other": "其他文书"}
FREQUENCY_ZH = {"monthly": "每月", "quarterly": "每季度", "yearly": "每年", "once": "一次性"}


def _case_facts_lines(case: CaseFile, lang: Language) -> list[Statement]:
    lines: list[Statement] = []
    for obligation in case.obligations[:2]:
        basis = obligation.basis
        what = " ".join(x for x in (basis.court or "", basis.case_number or "") if x).strip()
        if lang == "zh":
            text = (f"本案依据：{BASIS_ZH.get(basis.type, basis.type)}"
                    f"{('（' + what + '）') if what else ''}，"
                    f"{FREQUENCY_ZH.get(obligation.frequency, obligation.frequency)}"
                    f"{obligation.amount} {obligation.currency}，自{obligation.start}起")
        else:
            text = (f"Your case rests on a {basis.type.replace('_', ' ')}"
                    f"{' (' + what + ')' if what else ''}: {obligation.amount} "
                    f"{obligation.currency} {obligation.frequency} from {obligation.start}")
        lines.append(Statement(text, ("case file",)))
    return lines


def _rule_applies(rule: Rule, case: CaseFile | None) -> bool | None:
    """Whether the rule's jurisdiction matches the order's (None when not known)."""
    if case is None or not case.case.order_jurisdiction:
        return None
    ours = case.case.order_jurisdiction.upper()
    theirs = rule.jurisdiction.upper()
    return ours == theirs or ours.startswith(theirs + "-") or theirs.startswith(ours + "-")


# ---- the answer ------------------------------------------------------------------------------


def compose(retrieval: Retrieval, *, case: CaseFile | None = None,
            today: dt.date | None = None, rulebook: RuleBook | None = None) -> Answer:
    """The structured, cited answer for one retrieval (no LLM)."""
    from supportcase.law.citations import check_text

    lang = retrieval.language
    today = today or dt.date.today()
    book = rulebook or default_rulebook()
    terms = retrieval.terms
    sections: dict[str, list[Statement]] = {}
    sources: list[Source] = []
    citations: list[Citation] = []
    uncertain: list[str] = []
    next_steps: list[str] = []

    # 1. rules
    rules = _relevant_rules(retrieval.rules)
    rule_lines: list[Statement] = []
    case_deadlines = _case_deadlines(case, today) if case is not None and rules else []
    for hit in rules:
        rule = book.get(hit.passage.id)
        label = _rule_label(rule, today, lang)
        summary = rule.summary.zh if lang == "zh" else rule.summary.en
        title = rule.title.zh if lang == "zh" else rule.title.en
        colon = "：" if lang == "zh" else ": "
        rule_lines.append(Statement(f"{title}{colon}{summary.strip()}",
                                    (f"rule:{rule.id}", label)))
        sources.append(Source("rule", rule.id, title, summary.strip()[:EXCERPT_CHARS]))
        applies = _rule_applies(rule, case)
        if applies is False:
            rule_lines.append(Statement(
                f"本规则属于{rule.jurisdiction}法律，而本案裁判来自{case.case.order_jurisdiction}"  # type: ignore[union-attr]
                "，是否适用须另行判断。" if lang == "zh" else
                f"This is a {rule.jurisdiction} rule; your order is from "
                f"{case.case.order_jurisdiction}, so whether it applies must be checked.",  # type: ignore[union-attr]
                (f"rule:{rule.id}", "case file")))
        params = _parameters_in_force(rule, today, lang)
        if params:
            rule_lines.append(Statement(params, (f"rule:{rule.id}",)))
        for item in case_deadlines:
            if item.get("rule") == rule.id or item.get("rule_id") == rule.id:
                line = _deadline_line(item, lang)
                if line:
                    prefix = "本案计算结果：" if lang == "zh" else "For your case: "
                    rule_lines.append(Statement(prefix + line, (f"rule:{rule.id}", "case file")))
                    if lang == "en" and item.get("note"):
                        rule_lines.append(Statement(str(item["note"]),
                                                    (f"rule:{rule.id}", "case file")))
                if item.get("assumed"):
                    uncertain.append(
                        f"“{item.get('title_zh') or item.get('title')}”的计算依赖尚待核实的事实或"
                        "不完整的节假日日历。" if lang == "zh" else
                        f"The deadline '{item.get('title')}' rests on an assumed fact or an "
                        "incomplete holiday calendar.")
        for law, number in rule_citations(rule.id):
            citations.append(_statute_citation(law, number, check_text))
        if rule.status != "settled":
            word = rule_status_word(rule.status, lang)
            uncertain.append(f"{title}（{word}）" if lang == "zh" else f"{title} ({word})")
            for reading in rule.readings:
                uncertain.append(reading.zh if lang == "zh" else reading.en)
        for caveat in rule.caveats[:2]:
            uncertain.append((caveat.zh if lang == "zh" else caveat.en).strip())
    if case is not None and rule_lines:
        rule_lines.extend(_case_facts_lines(case, lang))
    if rule_lines:
        sections["rules"] = rule_lines

    # 2. statutes
    statute_lines: list[Statement] = []
    for hit in retrieval.statutes[:STATUTE_EXCERPTS]:
        passage = hit.passage
        excerpt = best_excerpt(passage.text, terms, retrieval.question)
        title = passage.title if lang == "zh" else _english_title(passage.law, passage.article,
                                                                   passage.title)
        statute_lines.append(Statement(f"{title}：“{excerpt}”" if lang == "zh" else
                                       f"{title}: \u201c{excerpt}\u201d (Chinese text)",
                                       (passage.title,)))
        sources.append(Source("statute", passage.id, passage.title, excerpt))
        if passage.law and passage.article:
            citations.append(_statute_citation(passage.law, passage.article, check_text))
    if statute_lines:
        sections["statutes"] = statute_lines
        uncertain.append(
            "以上法条按与问题的相关度检索得出，未必完整，其中也可能有与问题无关的条文；司法解释（如民诉法解释）"
            "不在法条库中。"
            if lang == "zh" else
            "The articles above were found by relevance search: they may not be complete, and "
            "some may not bear on the question; SPC judicial interpretations are not in the "
            "statute database.")

    place_lines = [line for code in retrieval.places
                   for line in _place_lines(code, retrieval.question, today, lang)]
    if place_lines:
        sections["places"] = place_lines
        uncertain.extend(_own_law_missing(code, lang) for code in retrieval.places)
    elif retrieval.abroad:
        uncertain.append(
            "问题涉及在中国境外采取的步骤：法条库只收录中国法律，因此未检索中国法条；以上规则引用的是当地法律，"
            "请以其原文为准。" if lang == "zh" else
            "The question is about a step outside the PRC: the statute database holds PRC law "
            "only, so no PRC article was searched; the rules above cite the local law — read it "
            "in its own text.")

    # 3. documents
    document_lines: list[Statement] = []
    for hit in retrieval.documents[:DOCUMENT_EXCERPTS]:
        passage = hit.passage
        excerpt = best_excerpt(passage.text, terms, retrieval.question)
        document_lines.append(Statement(f"\u201c{excerpt}\u201d", (passage.title,)))
        sources.append(Source("document", passage.id, passage.title, excerpt, passage.page))
    if document_lines:
        sections["documents"] = document_lines
    uncertain.extend(_document_citation_notes(retrieval.documents[:DOCUMENT_EXCERPTS], case,
                                              lang, check_text))

    # 4. uncertain: assumed facts of the case
    if case is not None:
        for fact in case.facts:
            if fact.status != "proven":
                name = fact_word(fact.name, lang)
                uncertain.append(
                    f"案件事实“{name}：{fact.value}”尚未证明（{status_word(fact.status, 'zh')}）。"
                    if lang == "zh" else
                    f"Case fact '{name}: {fact.value}' is {fact.status}, not proven.")

    # 5. next steps
    next_steps.extend(_next_steps(retrieval, rules, case, lang))

    uncertain = list(dict.fromkeys(u for u in uncertain if u))
    citations = list({(c.law, c.article): c for c in citations}.values())
    answer = Answer(question=retrieval.question, language=lang, sections=sections,
                    citations=citations, sources=sources, uncertain=uncertain,
                    next_steps=next_steps, disclaimer=DISCLAIMER[lang])
    answer.text = render(answer)
    return answer


def _place_lines(code: str, question: str, today: dt.date, lang: Language) -> list[Statement]:
    """What the country data say of a country the question asks to act in: its Hague 2007
    status (with the US), whether it is a US reciprocating country and, for an order that
    may be from the PRC, that the PRC is not a party."""
    from supportcase.advice.ask.retrieve import systems_named
    from supportcase.law.countries import country

    place = country(code)
    zh = lang == "zh"
    name = place.title(lang)
    checked = place.as_of.isoformat()
    hague_src = (f"countries data: {place.hague_source}, checked {checked}",)
    frc_src = (f"countries data: {place.us_frc_source}, checked {checked}",)
    lines: list[Statement] = []
    if place.hague_party:
        since = place.hague_in_force.isoformat() if place.hague_in_force else None
        with_us = place.convention_with_us(today)
        us_from = place.hague_with_us_from.isoformat() if place.hague_with_us_from else "?"
        if zh:
            text = f"{name}是2007年海牙儿童抚养费公约缔约方" + (f"（{since}起对其生效）" if since else "")
            text += (f"；公约自{us_from}起在其与美国之间生效。" if with_us else
                     "；公约在其与美国之间未生效。" if with_us is False else
                     "；公约在其与美国之间是否生效未核实。")
        else:
            text = (f"{name} is a party to the Hague 2007 Child Support Convention"
                    + (f" (in force for it from {since})" if since else ""))
            text += (f"; the Convention is in force between it and the United States from "
                     f"{us_from}." if with_us else
                     "; the Convention is not in force between it and the United States."
                     if with_us is False else
                     "; whether the Convention is in force between it and the United States is "
                     "not verified.")
    elif place.hague_party is False:
        text = (f"{name}不是2007年海牙儿童抚养费公约缔约方。" if zh else
                f"{name} is not a party to the Hague 2007 Child Support Convention.")
    else:
        text = (f"本系统未记录{name}是否为2007年海牙儿童抚养费公约缔约方，请查阅海牙国际私法会议现状表。"
                if zh else
                f"Whether {name} is a party to the Hague 2007 Child Support Convention is not "
                "recorded here: check the HCCH status table.")
    lines.append(Statement(text, hague_src))
    if place.us_frc is not None:
        lines.append(Statement(
            (f"{name}{'是' if place.us_frc else '不是'}美国的外国互惠国家（42 U.S.C. § 659a）。" if zh else
             f"{name} is {'' if place.us_frc else 'not '}a US foreign reciprocating country "
             "(42 U.S.C. § 659a)."), frc_src))
    named = systems_named(question)
    if place.hague_party and ("CN" in named or not named & {"US", "US-CA", "CN-HK"}):
        lines.append(Statement(
            f"中国内地不是该公约缔约方，中国与{name}之间没有公约的中央机关转递途径。" if zh else
            f"The PRC is not a party to it, so there is no Convention (Central Authority) route "
            f"between the PRC and {name}.", ("rule:cn.international.hague_2007_not_party",)))
    return lines


def _own_law_missing(code: str, lang: Language) -> str:
    from supportcase.law.countries import country

    name = country(code).title(lang)
    return (f"本系统未收录{name}本国法律：裁判在当地如何承认和执行，依当地法律决定，请咨询当地律师。"
            if lang == "zh" else
            f"supportcase holds none of {name}'s own law: how an order is recognised and "
            "enforced there is decided under that law; ask a lawyer there.")


def _document_citation_notes(hits: Sequence[Hit], case: CaseFile | None, lang: Language,
                              check_text: Any) -> list[str]:
    """Citations inside the case's documents, read as of the document's date: an older
    judgment cites older article numbers (the CPL was renumbered in 2017, 2021 and 2023)."""
    dates = {d.id: d.date for d in case.documents} if case is not None else {}
    notes: list[str] = []
    for hit in hits:
        on = dates.get(hit.passage.document or "")
        for check in check_text(hit.passage.text, on=on):
            where = hit.passage.title
            if check.status == "valid_as_of_its_date" and check.replaced_by:
                notes.append(f"{where}引用的{check.text}按其日期有效，现行条文为{check.replaced_by}。"
                             if lang == "zh" else
                             f"{where} cites {check.text}, valid for its date; today's article "
                             f"is {check.replaced_by}.")
            elif check.status in ("not_found", "outdated", "unverifiable"):
                word = STATUS_WORDS.get(check.status, {}).get(lang, check.status)
                notes.append(f"{where}引用的{check.text}：{word}。" if lang == "zh" else
                             f"{where} cites {check.text}: {word}.")
    return notes


def _english_title(law: str | None, number: int | None, fallback: str) -> str:
    from supportcase.law.statutes import find_law

    found = find_law(law) if law else None
    if found is None or found.name_en is None or number is None:
        return fallback
    return f"{found.name_en} art. {number}"


def _relevant_rules(hits: Sequence[Hit]) -> list[Hit]:
    """Rules close enough to the best one to be worth showing; those chosen for where the
    order was made (via "origin") are shown whatever their score."""
    if not hits:
        return []
    best = max(h.score for h in hits)
    return [h for h in hits[:RULES_SHOWN]
            if h.via == "origin" or (h.score >= 0.6 * best and h.score >= 0.5)]


def _statute_citation(law: str, number: int, check_text: Any) -> Citation:
    from supportcase.law.statutes import article_label, find_article

    label = f"《{law}》{article_label(number)}"
    checks = check_text(label)
    status = checks[0].status if checks else "unverifiable"
    found = find_article(law, number)
    return Citation(law=law, article=str(number), text=found.text if found else "",
                    status=status, label=label)


def _next_steps(retrieval: Retrieval, rules: Sequence[Hit], case: CaseFile | None,
                lang: Language) -> list[str]:
    zh = lang == "zh"
    steps: list[str] = []
    if retrieval.statutes:
        first = retrieval.statutes[0].passage.title
        steps.append(f"对照{first}原文，核对与您的判决书或协议是否一致。" if zh else
                     f"Read {first} in full and compare it with your judgment or agreement.")
    if any(h.passage.id.startswith("cn.enforcement") for h in rules):
        steps.append("计算并记下申请执行期间的截止日；对期间有争议的部分，不要自行放弃主张。" if zh else
                     "Work out and diary the enforcement-application deadline; where the period "
                     "is disputed, do not give up the claim on your own.")
    if case is None:
        steps.append("加上 --case 指定案件，可得到结合本案事实（期限、金额、文书页码）的回答。" if zh else
                     "Add --case to get an answer that uses your case's facts (deadlines, "
                     "amounts, document pages).")
    steps.append("带上判决书、付款记录和本回答所列的法条，咨询律师或当地法律援助机构。" if zh else
                 "Take the judgment, the payment records and the articles listed here to a "
                 "lawyer or a legal-aid office.")
    return steps


def render(answer: Answer) -> str:
    """The answer as plain text in its language (what the CLI prints and JSON carries)."""
    lang = answer.language
    lines: list[str] = [answer.disclaimer, ""]
    for name in ("rules", "places", "statutes", "documents"):
        items = answer.sections.get(name)
        if not items:
            continue
        lines.append(HEADINGS[name][lang])
        lines.extend(f"- {s.render()}" for s in items)
        lines.append("")
    if not any(answer.sections.values()):
        lines.append("没有找到与问题相关的规则或法条；请换一种说法，或咨询律师。" if lang == "zh"
                     else "Nothing in our rules or the statutes matched the question; try "
                          "other words, or ask a lawyer.")
        lines.append("")
    if answer.uncertain:
        lines.append(HEADINGS["uncertain"][lang])
        lines.extend(f"- {u}" for u in answer.uncertain)
        lines.append("")
    if answer.next_steps:
        lines.append(HEADINGS["next"][lang])
        lines.extend(f"{i}. {s}" for i, s in enumerate(answer.next_steps, start=1))
        lines.append("")
    if answer.citations:
        lines.append(HEADINGS["citations"][lang])
        for c in answer.citations:
            word = STATUS_WORDS.get(c.status, {}).get(lang, c.status)
            lines.append(f"- {c.label}{'：' if lang == 'zh' else ': '}{word}")
    return "\n".join(lines).rstrip() + "\n"
