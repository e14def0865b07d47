"""Read and write the portable case file (YAML, schema in docs/casefile.md).

Reading reports the file, line and field of each problem (the first ten), so a person can
fix them in one go:

    demo.yaml:14: 'two thousand' is not an amount; write the digits, e.g. 2500.00 (field …)
      also line 15, field 'obligations[0].currency': 'RMB' is not an ISO 4217 currency code; …

This module parses text; the caller reads the file (the core does no I/O).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml
from pydantic import ValidationError

from supportcase.casefile.model import CONTROL_CHARACTERS, MAX_TEXT, CaseFile, EntryRefused
from supportcase.casefile.reasons_zh import error_zh, message_zh, more_zh
from supportcase.errors import CaseFileError

Path = tuple[str | int, ...]


def _line_map(node: yaml.Node, path: Path, lines: dict[Path, int],
              walked: set[int] | None = None) -> None:
    """Remember the 1-based line where each path starts. What an alias names is walked
    once, where it is first written: a few lines of aliases can name a billion values
    ("billion laughs"), or name the value they are inside."""
    walked = set() if walked is None else walked
    lines[path] = node.start_mark.line + 1
    if id(node) in walked:
        return
    walked.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            lines[(*path, key)] = key_node.start_mark.line + 1
            _line_map(value_node, (*path, key), lines, walked)
            lines[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _line_map(item, (*path, index), lines, walked)


def _text_problem(value: Any, path: Path, walked: set[int]) -> tuple[Path, str] | None:
    """The first text the case file cannot keep (see `CONTROL_CHARACTERS`, `MAX_TEXT`),
    with where it is. What an alias names is looked at once."""
    if isinstance(value, str):
        control = CONTROL_CHARACTERS.search(value)
        if control:
            return path, (f"the text holds the control character U+{ord(control.group()):04X}, "
                          "which a case file cannot keep; remove it")
        if len(value) > MAX_TEXT:
            return path, (f"the text is {len(value)} characters long; a text holds at most "
                          f"{MAX_TEXT}")
        return None
    if not isinstance(value, (dict, list)) or id(value) in walked:
        return None
    walked.add(id(value))
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        found = _text_problem(item, (*path, key), walked)
        if found:
            return found
    return None


def _field_name(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _line_for(path: Path, lines: dict[Path, int]) -> int | None:
    for cut in range(len(path), -1, -1):
        if path[:cut] in lines:
            return lines[path[:cut]]
    return None


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps numbers with a fraction as Decimal (floats never enter money)."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal | str:
    """A YAML float as the exact Decimal written; one that is no number (.inf, .nan) stays
    its text, for the field's own check to refuse where it is written."""
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    try:
        return Decimal(text.replace("_", ""))
    except InvalidOperation:
        return text


def _construct_date(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
    except ValueError as exc:
        raise _BadScalar(f"'{node.value}' is not a valid date ({exc})", node) from None


def _construct_bool(loader: yaml.SafeLoader, node: yaml.Node) -> bool | str:
    """Only true/false are booleans, as in YAML 1.2: YAML 1.1's yes/no/on/off stay text, so
    Norway's code NO is not read as false (a yes/no field still takes "yes" as its value)."""
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    return text.lower() == "true" if text.lower() in ("true", "false") else text


def _refused(message: str, **where: Any) -> CaseFileError:
    """The reader's own refusal, with its Chinese from the one table."""
    return CaseFileError(message, reason_zh=message_zh(message), **where)


class _BadScalar(Exception):
    def __init__(self, message: str, node: yaml.Node) -> None:
        super().__init__(message)
        self.node = node


_Loader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_date)
_Loader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)

_FRIENDLY = {
    "extra_forbidden": "unknown field (check the spelling against docs/casefile.md)",
    "missing": "required field is missing",
}


def parse_casefile(text: str, *, source: str = "<case file>") -> CaseFile:
    """Parse and validate a case file. Raises CaseFileError naming file, line and field."""
    try:
        node = yaml.compose(text, Loader=_Loader)
        if node is None:
            raise _refused("the file is empty", file=source)
        lines: dict[Path, int] = {}
        _line_map(node, (), lines)
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:  # broken syntax, or a tag the safe reader does not know
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise _refused(f"not valid YAML: {problem}", file=source,
                       line=mark.line + 1 if mark else None) from None
    except _BadScalar as exc:
        raise _refused(str(exc), file=source, line=exc.node.start_mark.line + 1) from None
    except RecursionError:  # thousands of brackets inside each other: no case file is so
        raise _refused("the file is nested too deeply to be a case file",
                       file=source) from None
    if not isinstance(data, dict):
        raise _refused("a case file must be a mapping with 'version' and 'case'", file=source,
                       line=1)
    if "version" not in data:
        raise _refused("missing 'version' (this supportcase writes version 1)", file=source,
                       line=1, field="version")
    unkept = _text_problem(data, (), set())
    if unkept:
        where, why = unkept
        raise _refused(why, file=source, line=_line_for(where, lines), field=_field_name(where))
    try:
        return CaseFile.model_validate(data)
    except ValidationError as exc:
        raise refusal(exc, source=source, lines=lines) from None


# How many problems one refusal lists; a file with more says how many are left.
SHOWN_PROBLEMS = 10


def refusal(exc: ValidationError, *, source: str | None = None,
            lines: dict[Path, int] | None = None) -> CaseFileError:
    """Every problem pydantic found (the first ten), in English and Chinese, each naming its
    field (and, with the `lines` of a file, its line): whoever fixes a file by hand sees all
    that is wrong at once instead of one problem per try. The first names the error's file,
    line and field."""
    lines = {} if lines is None else lines
    problems = [_problem(error, lines) for error in exc.errors()[:SHOWN_PROBLEMS]]
    (path, message, zh), others = problems[0], problems[1:]
    also = [(f"also {_where_en(p, lines)}{m}", f"另：{_where_zh(p, lines)}{z}")
            for p, m, z in others]
    more = len(exc.errors()) - len(problems)
    if more:
        also.append((f"(and {more} more problem{'s' if more > 1 else ''})", more_zh(more)))
    return CaseFileError(message, file=source, line=_line_for(path, lines),
                         field=_field_name(path) or None, reason_zh=zh, also=also)


def _problem(error: Any, lines: dict[Path, int]) -> tuple[Path, str, str]:
    """One pydantic error as (path of the field, English, Chinese)."""
    path: Path = tuple(p for p in error["loc"] if isinstance(p, (str, int)))
    # A check of a whole record (or of the case file) names the field it is about.
    refused = (error.get("ctx") or {}).get("error")
    if isinstance(refused, EntryRefused):
        path = (*path, *refused.where)
    # Union members add their type name to the location; keep only real keys.
    path = _known_prefix(path, lines) if lines else path
    message = _FRIENDLY.get(error["type"], error["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    return path, message, error_zh(error, message)


def _where_en(path: Path, lines: dict[Path, int]) -> str:
    line, field = _line_for(path, lines), _field_name(path)
    return "".join((f"line {line}, " if line else "", f"field '{field}': " if field else ""))


def _where_zh(path: Path, lines: dict[Path, int]) -> str:
    line, field = _line_for(path, lines), _field_name(path)
    return "".join((f"第 {line} 行，" if line else "", f"字段 {field}：" if field else ""))


def _known_prefix(path: Path, lines: dict[Path, int]) -> Path:
    known: list[str | int] = []
    for part in path:
        if (*known, part) in lines:
            known.append(part)
        elif isinstance(part, str) and part[:1].islower() and "[" not in part and \
                not part.startswith(("function-", "date", "EndAt", "tagged")):
            known.append(part)  # a missing required key: name it even though it has no line
            break
    return tuple(known)


class _Dumper(yaml.SafeDumper):
    """Writes Decimal as a quoted string and keeps key order as in the model."""


def _represent_decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style="'")


_Dumper.add_representer(Decimal, _represent_decimal)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (date, Decimal, str, int, bool)) or value is None:
        return value
    return str(value)


def casefile_to_data(casefile: CaseFile) -> dict[str, Any]:
    """The case file as plain data (dates as date, amounts as Decimal), defaults left out."""
    dumped = casefile.model_dump(mode="python", exclude_defaults=True, by_alias=True)
    dumped = {"version": casefile.version, **dumped}
    return _plain(dumped)  # type: ignore[no-any-return]


def dump_casefile(casefile: CaseFile) -> str:
    """The case file as YAML text; `parse_casefile(dump_casefile(c)) == c`."""
    header = "# supportcase case file — schema: docs/casefile.md\n"
    return header + yaml.dump(
        casefile_to_data(casefile), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )
