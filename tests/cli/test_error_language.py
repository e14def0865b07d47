"""A command asked for Chinese (`--lang zh`) says its errors in Chinese, in one line.

Before, every CLI error was English whatever `--lang` said: a parent running
`supportcase arrears case.yaml --lang zh` on a mistyped file name or a damaged rate table
read English. Errors raised before `--lang` is read (a bad `--lang` itself) stay English.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from supportcase.fx import RateTableError, parse_rate_csv
from tests.cli.test_case_commands import run


def _error(*args: str, home: Path) -> str:
    result = run(*args, home=home, check=False)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_missing_case_file_in_both_languages(tmp_path: Path):
    home = tmp_path / "h"
    missing = str(tmp_path / "case.yaml")
    assert _error("arrears", missing, "--as-of", "2026-11-01", "--lang", "zh",
                  home=home) == f"错误：{missing}：文件不存在"
    assert _error("arrears", missing, "--as-of", "2026-11-01",
                  home=home) == f"error: {missing}: no such file"


def test_an_unknown_stored_case_and_a_bad_date_in_chinese(tmp_path: Path):
    home = tmp_path / "h"
    assert _error("arrears", "nope", "--as-of", "2026-11-01", "--lang", "zh",
                  home=home) == "错误：没有案件“nope”（查看：supportcase case list）"
    assert _error("arrears", "nope", "--as-of", "2026-02-30", "--lang", "zh",
                  home=home) == ("错误：--as-of“2026-02-30”不是日期，请按“年-月-日”填写，"
                                 "如2026-11-01")


def test_a_refused_case_file_names_its_line_in_chinese(tmp_path: Path, demo_yaml: Path):
    broken = tmp_path / "case.yaml"
    broken.write_text(demo_yaml.read_text(encoding="utf-8").replace(
        "{date: 2020-02-10,", "{date: 10/02/2020,", 1), encoding="utf-8")
    line = _error("arrears", str(broken), "--as-of", "2026-11-01", "--lang", "zh",
                  home=tmp_path / "h")
    assert line == (f"错误：{broken} 第 96 行：'10/02/2020' 不是有效日期；请写成 年-月-日，"
                    "例如 2021-09-15（字段 payments[1].date）")


def test_a_file_that_cannot_be_written_says_why_in_chinese(tmp_path: Path, demo_yaml: Path):
    line = _error("arrears", str(demo_yaml), "--as-of", "2026-11-01", "--lang", "zh",
                  "--pdf", str(tmp_path), home=tmp_path / "h")
    assert line == f"错误：{tmp_path}：无法写入（这是一个文件夹）"
    line = _error("arrears", str(demo_yaml), "--as-of", "2026-11-01",
                  "--pdf", str(tmp_path / "no" / "x.pdf"), home=tmp_path / "h")
    assert line == f"error: {tmp_path / 'no' / 'x.pdf'}: cannot write (No such file or directory)"


def test_a_bad_rate_table_names_its_line_instead_of_a_traceback(tmp_path: Path,
                                                                demo_yaml: Path):
    """Before, a currency code that is not ISO 4217 in a --rates table ended in a traceback."""
    rates = tmp_path / "rates.csv"
    rates.write_text("date,pair,rate,source\n2024-01-02,USD/CNY,7.1,PBOC\n"
                     "2024-01-03,USD/RMB,7.1,PBOC\n", encoding="utf-8")
    line = _error("arrears", str(demo_yaml), "--as-of", "2026-11-01", "--rates", str(rates),
                  "--lang", "zh", home=tmp_path / "h")
    assert line == f"错误：{rates} 第 3 行：'RMB' 不是 ISO 4217 货币代码；该货币请写 CNY"


def test_import_speaks_chinese_when_asked(tmp_path: Path, demo_yaml: Path):
    home = tmp_path / "h"
    bundle = tmp_path / "case.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("notes.txt", "no case file here")
    assert _error("import", str(bundle), "--lang", "zh", home=home) == \
        f"错误：{bundle}：不是 supportcase 案卷包（其中没有 case.yaml）"
    done = run("import", str(demo_yaml), "--lang", "zh", home=home)
    assert done.stdout.startswith("已导入案件 ")
    assert run("case", "list", "--json", home=home).stdout.count('"id"') == 1


def test_the_other_commands_follow_their_lang_too(tmp_path: Path):
    home = tmp_path / "h"
    assert _error("calc", "prc", "--income", "abc", "--lang", "zh",
                  home=home) == "错误：--income：'abc' 不是金额；请写数字，例如 2500.00"
    assert _error("checklist", "nope.yaml", "--lang", "zh", home=home) == "错误：nope.yaml：文件不存在"
    # `both` is for a reader of either language: its errors stay English.
    assert _error("checklist", "nope.yaml", "--lang", "both",
                  home=home) == "error: nope.yaml: no such file"


def test_a_bad_lang_value_itself_is_said_in_english(tmp_path: Path, demo_yaml: Path):
    assert _error("arrears", str(demo_yaml), "--as-of", "2026-11-01", "--lang", "fr",
                  home=tmp_path / "h") == "error: --lang 'fr': use en or zh"


@pytest.mark.parametrize(("table", "line", "zh"), [
    ("date,pair,rate,source\n2024-01-02,USD/CNY,7.1,x\n\n2024-01-04,USD/CNY,-1,x\n", 4,
     "rates.csv 第 4 行：USD/CNY 的汇率须为正数，不能是 '-1'"),
    ("date,pair,rate,source\n2024-01-02,USD/CNY,7.1,x\n04/01/2024,USD/CNY,7.2,x\n", 3,
     "rates.csv 第 3 行：'04/01/2024' 不是日期（年-月-日）"),
    ("date,pair,rate,source\n2024-01-02,USDCNY,7.1,x\n", 2,
     "rates.csv 第 2 行：'USDCNY' 不是货币对；请写成 USD/CNY"),
], ids=["a blank line is counted", "a day-first date", "a pair without a slash"])
def test_a_refused_rate_row_is_named_by_its_line_in_the_file(table: str, line: int, zh: str):
    """The line counts as an editor does: a blank line in the table is a line too."""
    with pytest.raises(RateTableError) as caught:
        parse_rate_csv(table, source="rates.csv")
    assert str(caught.value).startswith(f"rates.csv:{line}: ")
    assert caught.value.say("zh") == zh


def test_export_to_a_place_it_cannot_write_is_one_line_and_leaves_nothing(tmp_path: Path,
                                                                         demo_yaml: Path):
    """Before, `export -o FOLDER` ended in a traceback and left its half-step file behind."""
    home = tmp_path / "h"
    case_id = json.loads(run("import", str(demo_yaml), "--json", home=home).stdout)["id"]
    folder = tmp_path / "out"
    folder.mkdir()
    assert _error("export", case_id, "-o", str(folder), home=home) == \
        f"error: {folder}: cannot write (Is a directory)"
    assert _error("export", case_id, "-o", str(tmp_path / "no" / "case.yaml"), home=home) == \
        f"error: {tmp_path / 'no' / 'case.yaml'}: cannot write (No such file or directory)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h", "out"]
    assert list(folder.iterdir()) == []


def test_a_new_case_in_a_us_state_that_does_not_exist_is_one_line(tmp_path: Path):
    home = tmp_path / "h"
    assert _error("case", "new", "Li v. Wang", "-j", "US-XX", home=home) == (
        "error: 'US-XX' is not a state or region ISO 3166-2 lists; write one that exists "
        "(US-CA, US-NY, CN-GD) or the country's two letters (US, CN) "
        "(field 'order_jurisdiction')")
    made = run("case", "new", "Li v. Wang", "-j", "US-NY", "--json", home=home)
    assert json.loads(made.stdout)["title"] == "Li v. Wang"
