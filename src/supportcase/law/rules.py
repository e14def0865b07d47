"""Legal rules as dated, cited data.

Each rule is one YAML file under `law/rules/`, its path mirroring the law
(`cn/enforcement/application_period.yaml` is rule `cn.enforcement.application_period`).
A rule carries its citation, source, status (settled / disputed / unverified), bilingual
summary and caveats, and a list of dated *versions*, each holding the parameters in force
from one date until the next. Code never reads the files; it asks for a value on a date:

>>> book = default_rulebook()
>>> book.value("cn.enforcement.application_period.years", on=date(2024, 1, 1))  # doctest: +SKIP
2

A change of law is a new dated version, not an edit of code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from supportcase.bilingual import has_han
from supportcase.errors import NotFound, UserError

RULES_PACKAGE = "supportcase.law"
RULES_DIR = "rules"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# A folded YAML block (`zh: >-`) joins its lines with spaces; Chinese has none between words.
_FOLD_SPACE = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+"
                         r"|\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")


class Bilingual(_Strict):
    en: str = Field(min_length=1)
    zh: str = Field(min_length=1)

    @field_validator("zh")
    @classmethod
    def _no_fold_spaces(cls, value: str) -> str:
        return _FOLD_SPACE.sub("", value.strip())


@cache
def law_names_zh() -> dict[str, str]:
    """The Chinese names of the non-PRC laws cited (law_names_zh.yaml)."""
    text = (resources.files("supportcase.law") / "law_names_zh.yaml").read_text("utf-8")
    return {str(k): str(v) for k, v in (yaml.safe_load(text) or {}).items()}


class Citation(_Strict):
    law: str = Field(min_length=1)  # the instrument's name, e.g. 中华人民共和国民事诉讼法
    article: str | None = None  # "250", "4055(b)(3)", "Art. 4"; None for a whole instrument
    version: str | None = None  # e.g. "2023 amendment", "as amended by SB 343 (2023)"
    law_en: str | None = None
    # `version` in Chinese, for a law cited by its English name (bill numbers as cited):
    # "经 SB 343（Stats. 2023, ch. 213）修订，2024-09-01起施行".
    version_zh: str | None = None

    def label(self) -> str:
        return self._label(f" ({self.version})" if self.version else "")

    def _label(self, version: str) -> str:
        return " ".join((self.law_en or self.law, self._article())).rstrip() + version

    def _article(self) -> str:
        if not self.article:
            return ""
        # US codes cite sections (§), everything else articles (art.). A PRC instrument
        # (its `law` is its Chinese name) is never a US code, even the "Civil Code".
        us_code = not has_han(self.law) and any(mark in (self.law_en or self.law) for mark in
                                                ("Code", "U.S.C.", "C.F.R."))
        prefix = "§ " if us_code else "art. "
        return self.article if self.article.startswith(("§", "Art")) else prefix + self.article

    def label_zh(self, *, chinese_numerals: bool = False) -> str:
        """《中华人民共和国民事诉讼法》第264条 — the law's own name; English names stay as
        `label()` gives them, their version in Chinese where the rule gives it
        (`version_zh`). `chinese_numerals`: 第二百六十四条, as PRC filings write it."""
        if not has_han(self.law):
            version = (f"（{self.version_zh}）" if self.version_zh else
                       f" ({self.version})" if self.version else "")
            name = law_names_zh().get(self.law)
            if name is None:
                return self._label(version)
            # 《加利福尼亚州家庭法典》（Cal. Fam. Code）§ 4055: the law's own name kept to check.
            article = self._article()
            title = name if "《" in name else f"《{name}》"
            return f"{title}（{self.law_en or self.law}）{article}{version}"
        def number(n: str) -> str:
            if not chinese_numerals:
                return n
            import cn2an

            return str(cn2an.an2cn(int(n)))

        # A title quoted inside a title takes the inner marks 〈〉 (GB/T 15834).
        text = "《" + self.law.replace("《", "〈").replace("》", "〉") + "》"
        if self.article:
            article = self.article
            first, dash, last = article.replace("–", "-").partition("-")
            if dash and first.isdigit() and last.isdigit():  # a range: 第1条至第3条
                text += f"第{number(first)}条至第{number(last)}条"
            else:
                text += f"第{number(article)}条" if article.isdigit() else article
        return text


class Source(_Strict):
    title: str
    url: str | None = None
    accessed: dt.date | None = None
    quote: str | None = None


class Version(_Strict):
    """Parameters in force from `from_date` until the next version (or `until`)."""

    from_date: dt.date = Field(alias="from")
    until: dt.date | None = None
    parameters: dict[str, Any] = Field(default_factory=dict)
    citation: Citation | None = None  # when the version rests on a different text
    note: str | None = None


# A rule's status in the reader's words; "case setting" is a figure the case file sets itself.
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "settled": ("settled", "已确定"), "disputed": ("disputed", "有争议"),
    "unverified": ("unverified", "未经核实"), "case setting": ("case file setting", "案卷设定"),
}


def rule_status_word(status: str, lang: str) -> str:
    en, zh = STATUS_WORDS.get(status, (status, status))
    return zh if lang == "zh" else en


class Rule(_Strict):
    id: str
    jurisdiction: str
    topic: str
    title: Bilingual
    summary: Bilingual
    status: Literal["settled", "disputed", "unverified"]
    citation: Citation
    sources: list[Source] = Field(min_length=1)
    caveats: list[Bilingual] = Field(default_factory=list)
    versions: list[Version] = Field(min_length=1)
    # Other readings where courts or authorities disagree (status must then be 'disputed').
    readings: list[Bilingual] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
    # Further provisions the rule rests on (checked by the citation checker like `citation`).
    also_cites: list[Citation] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ordered_versions(self) -> Rule:
        dates = [v.from_date for v in self.versions]
        if dates != sorted(dates) or len(set(dates)) != len(dates):
            raise ValueError("versions must be in date order with distinct 'from' dates")
        if self.status == "disputed" and not (self.readings or self.caveats):
            raise ValueError("a disputed rule must state the competing readings or caveats")
        return self

    @property
    def effective_from(self) -> dt.date:
        return self.versions[0].from_date

    @property
    def effective_until(self) -> dt.date | None:
        return self.versions[-1].until

    def version_on(self, on: dt.date) -> Version | None:
        """The version in force on `on`, or None when the rule was not in force."""
        current: Version | None = None
        for version in self.versions:
            if version.from_date <= on:
                current = version
        if current is None or (current.until is not None and on >= current.until):
            return None
        return current

    def citation_on(self, on: dt.date) -> Citation:
        version = self.version_on(on)
        return version.citation if version and version.citation else self.citation


class RuleError(UserError):
    """A rule file that does not meet the schema."""


class RuleNotInForce(UserError):
    """A parameter asked for on a date when its rule was not in force."""


class RuleBook:
    """All rules, looked up by id; parameters looked up by id and date."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules: dict[str, Rule] = {}
        for rule in rules:
            if rule.id in self._rules:
                raise RuleError(f"rule id '{rule.id}' is defined twice")
            self._rules[rule.id] = rule

    def __contains__(self, rule_id: str) -> bool:
        return rule_id in self._rules

    def __iter__(self) -> Any:
        return iter(sorted(self._rules.values(), key=lambda r: r.id))

    def __len__(self) -> int:
        return len(self._rules)

    def get(self, rule_id: str) -> Rule:
        try:
            return self._rules[rule_id]
        except KeyError:
            raise NotFound(f"no rule '{rule_id}' (see `supportcase law list`)",
                           zh=f"没有规则 '{rule_id}'（见 `supportcase law list`）") from None

    def by_topic(self, topic: str) -> list[Rule]:
        return [r for r in self if r.topic == topic or r.id.startswith(topic + ".")]

    def parameters(self, rule_id: str, *, on: dt.date) -> Mapping[str, Any]:
        rule = self.get(rule_id)
        version = rule.version_on(on)
        if version is None:
            # Say what the rule is and the dates it is encoded for, so the reader can
            # choose a date the data covers (the id stays, for a lawyer checking the data).
            start, end = rule.effective_from.isoformat(), rule.effective_until
            span = f"from {start}" + (f" until {end.isoformat()}" if end else "")
            span_zh = f"{start} 起" + (f"至 {end.isoformat()} 止" if end else "")
            raise RuleNotInForce(
                f"{rule.title.en} ({rule_id}) is encoded only {span}, not for "
                f"{on.isoformat()}; choose a date in that range",
                zh=f"“{rule.title.zh}”（{rule_id}）只收录{span_zh}的规定，不适用于 "
                   f"{on.isoformat()}；请选择该期间内的日期")
        return version.parameters

    def value(self, path: str, *, on: dt.date) -> Any:
        """`value("rule.id.parameter", on=date)`: the parameter in force on that date."""
        rule_id, _, name = path.rpartition(".")
        params = self.parameters(rule_id, on=on)
        if name not in params:
            raise NotFound(f"rule '{rule_id}' has no parameter '{name}'")
        return params[name]

    def decimal(self, path: str, *, on: dt.date) -> Decimal:
        """A numeric parameter as an exact Decimal (rule files write rates as strings)."""
        value = self.value(path, on=on)
        if isinstance(value, float):
            raise RuleError(f"parameter '{path}' is a float; write it as a quoted string")
        return Decimal(str(value))


def parse_rule(text: str, *, rule_id: str, source: str) -> Rule:
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise RuleError(f"{source}{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise RuleError(f"{source}: a rule file must be a mapping")
    data.setdefault("id", rule_id)
    if data["id"] != rule_id:
        raise RuleError(f"{source}: id '{data['id']}' does not match its path ('{rule_id}')")
    try:
        return Rule.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RuleError(f"{source}: {first['msg']} (field '{where}')") from None


def load_rules_from(root: Any) -> list[Rule]:
    """Load every rule under `root` (a Traversable or pathlib.Path)."""
    rules: list[Rule] = []

    def walk(node: Any, prefix: tuple[str, ...]) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                walk(child, (*prefix, child.name))
            elif child.name.endswith(".yaml") and not child.name.startswith("_"):
                rule_id = ".".join((*prefix, child.name.removesuffix(".yaml")))
                rules.append(parse_rule(child.read_text(encoding="utf-8"), rule_id=rule_id,
                                        source="/".join((*prefix, child.name))))

    walk(root, ())
    return rules


@cache
def default_rulebook() -> RuleBook:
    """The rules shipped with supportcase (read once per process)."""
    return RuleBook(load_rules_from(resources.files(RULES_PACKAGE) / RULES_DIR))
