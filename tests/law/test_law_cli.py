"""The law commands as a user runs them (one process each)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, home: Path, code: int = 0) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SUPPORTCASE_HOME": str(home)}
    result = subprocess.run([sys.executable, "-m", "supportcase", *args], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == code, result.stderr
    return result


def test_cite_in_every_spelling(tmp_path: Path) -> None:
    texts = {json.loads(run("law", "cite", ref, "--json", home=tmp_path).stdout)["text"]
             for ref in ("民事诉讼法 250", "CPL 250", "Civil Procedure Law art. 250", "第二百五十条")}
    assert len(texts) == 1 and "申请执行的期间为二年" in texts.pop()


def test_unknown_article_is_one_line(tmp_path: Path) -> None:
    result = run("law", "cite", "CPL 9999", home=tmp_path, code=1)
    assert result.stderr.startswith("error:") and "Traceback" not in result.stderr


def test_check_file_and_strict_exit(tmp_path: Path) -> None:
    text = tmp_path / "judgment.txt"
    text.write_text("依照《中华人民共和国民事诉讼法》第二百三十九条、民法典第9999条", encoding="utf-8")
    result = run("law", "check", str(text), "--on", "2018-05-02", "--json", home=tmp_path)
    checks = json.loads(result.stdout)
    assert [c["status"] for c in checks] == ["valid_as_of_its_date", "not_found"]
    run("law", "check", str(text), "--strict", home=tmp_path, code=1)


def test_a_mistyped_file_name_is_an_error_not_no_citations(tmp_path: Path) -> None:
    """`law check judgment.pdf` with no such file used to check the words "judgment.pdf" and
    report no citations — as if the judgment cited nothing."""
    for name in ("judgment.pdf", str(tmp_path / "missing.txt")):
        result = run("law", "check", name, home=tmp_path, code=1)
        assert result.stderr == (f"error: {name}: no such file (to check a text, give the "
                                 "text itself)\n")
    found = json.loads(run("law", "check", "民事诉讼法第250条", "--json", home=tmp_path).stdout)
    assert [c["status"] for c in found] == ["valid"]  # a text is still checked as text


def test_list_show_deadlines_route(tmp_path: Path, demo_yaml: Path) -> None:
    rules = json.loads(run("law", "list", "--topic", "remedies", "--json", home=tmp_path).stdout)
    assert {r["id"] for r in rules} >= {"cn.remedies.income_withholding",
                                         "us.federal.remedies.passport_denial"}
    shown = json.loads(run("law", "show", "cn.enforcement.application_period", "--json",
                           "--on", "2021-06-01", home=tmp_path).stdout)
    assert shown["in_force_on"]["parameters"]["instalments_counted"] == "each_instalment"
    ics = tmp_path / "d.ics"
    out = json.loads(run("deadlines", str(demo_yaml), "--today", "2026-11-22", "--ics", str(ics),
                         "--json", home=tmp_path).stdout)
    assert out["deadlines"] and ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    plan = json.loads(run("route", str(demo_yaml), "--json", "--lang", "zh",
                          home=tmp_path).stdout)
    assert plan["routes"][0]["id"] == "cn-enforcement"
    assert {"instrument", "routes", "separate_matters"} <= set(plan)
    human = run("route", str(demo_yaml), "--lang", "zh", home=tmp_path).stdout
    assert "向中国法院申请强制执行" in human


def test_country(tmp_path: Path) -> None:
    data = json.loads(run("law", "country", "DE", "--json", home=tmp_path).stdout)
    assert data["hague_party"] is True and data["convention_with_us_today"] is True
    cn = json.loads(run("law", "country", "CN", "--json", home=tmp_path).stdout)
    assert cn["hague_party"] is False


def test_check_a_word_file(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("依照《中华人民共和国婚姻法》第三十七条之规定，判决如下")
    path = tmp_path / "judgment.docx"
    document.save(str(path))
    checks = json.loads(run("law", "check", str(path), "--on", "2018-05-02", "--json",
                            home=tmp_path).stdout)
    assert [(c["article"], c["status"]) for c in checks] == [("37", "valid_as_of_its_date")]


def test_a_chinese_route_and_deadline_list_cite_and_say_their_status_in_chinese(
        tmp_path: Path, demo_yaml: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Chinese reader of `route` and `deadlines` sees each PRC provision as Chinese texts
    cite it (《中华人民共和国民事诉讼法》第247条, not "Civil Procedure Law of the PRC art. 247
    (2023 amendment)"), each deadline's status in words (尚未起算…, not "not_started") and the
    demo's assumed salary clue in Chinese (美国的工资线索待核实, not "salary in US-CA is
    assumed"). California's own code is named in Chinese with its English name kept to check
    (law/law_names_zh.yaml)."""
    monkeypatch.setenv("COLUMNS", "400")  # one line per item, as the console would wrap it
    route = run("route", str(demo_yaml), "--lang", "zh", "--today", "2026-11-22",
                home=tmp_path).stdout
    assert "《中华人民共和国民事诉讼法》第247条" in route
    assert "Civil Procedure Law of the PRC" not in route and "amendment" not in route
    assert "(not_started)" not in route and "尚未起算（抚养费仍在给付期内）" in route
    assert "salary in US-CA is assumed" not in route and "美国的工资线索待核实" in route
    assert "《加利福尼亚州家庭法典》（Cal. Fam. Code）§ 5700.602" in route
    deadlines = run("deadlines", str(demo_yaml), "--lang", "zh", "--today", "2026-11-22",
                    home=tmp_path).stdout
    assert "not_started" not in deadlines and "尚未起算（抚养费仍在给付期内）" in deadlines
    assert "Civil Procedure Law of the PRC" not in deadlines
    assert "《中华人民共和国民事诉讼法》第250条" in deadlines
    assert "（最后一期履行期限届满日）+ 2年 = " in deadlines and " years = " not in deadlines
    english = run("route", str(demo_yaml), "--today", "2026-11-22", home=tmp_path).stdout
    assert "Civil Procedure Law of the PRC art. 247" in english
    assert "salary in US-CA is assumed" in english


def test_a_chinese_deadline_list_says_what_stops_each_deadline_in_chinese(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`deadlines --lang zh` lists what stops or restarts each deadline, the appeal caveat of
    a service before 2024 and an entered deadline's citation in Chinese; `--json` gives the
    Chinese beside the English, which is unchanged."""
    monkeypatch.setenv("COLUMNS", "400")  # one line per item, as the console would wrap it
    path = tmp_path / "case.yaml"
    path.write_text(
        "version: 1\ncase: {title: example, order_jurisdiction: CN}\n"
        "parties: {obligee: {name: 甲, country: CN}, obligor: {name: 乙, country: US}}\n"
        "children: [{name: 丙, birth_date: '2012-01-01'}]\n"
        "obligations:\n- {id: main, basis: {type: judgment, jurisdiction: CN}, amount: '1000.00',"
        " currency: CNY, due_day: 10, start: '2020-01-01', end: '2023-01-01'}\n"
        "events: [{date: '2023-09-20', kind: judgment_served, description: 已送达}]\n"
        "deadlines: [{title: 自己记的期限, due: '2025-01-01'}]\n", encoding="utf-8")
    zh = run("deadlines", str(path), "--lang", "zh", "--today", "2024-06-01",
             home=tmp_path).stdout
    assert ("    - 期限届满前提出申请的，可以准予延长（《中华人民共和国民事诉讼法》第86条、"
            "第286条）。") in zh
    assert "    - 法院不主动适用；须由义务人提出异议" in zh
    assert "本次较早的送达推定适用相同期间（请核对当时施行的文本）。" in zh
    assert "\n    用户录入\n" in zh
    for english in ("An extension", "Interrupted", "encoded rule", "entered by user"):
        assert english not in zh
    en = run("deadlines", str(path), "--today", "2024-06-01", home=tmp_path).stdout
    assert "    - An extension may be granted on application before expiry (CPL arts. 86, " \
           "286)." in en
    data = json.loads(run("deadlines", str(path), "--json", "--today", "2024-06-01",
                          home=tmp_path).stdout)
    appeal = next(d for d in data["deadlines"] if d["id"] == "event0:appeal:obligor")
    assert appeal["stops_or_restarts"] == [
        "An extension may be granted on application before expiry (CPL arts. 86, 286)."]
    assert appeal["stops_or_restarts_zh"] == [
        "期限届满前提出申请的，可以准予延长（《中华人民共和国民事诉讼法》第86条、第286条）。"]
    assert appeal["dates_used_zh"] == {"served": "2023-09-20", "obligor_country": "US"}
    # An entered deadline has no rule id: `rule` is null, not English words; it is cited.
    entered = next(d for d in data["deadlines"] if d["id"] == "entered0")
    assert entered["rule"] is None
    assert (entered["citation"], entered["citation_zh"]) == ("entered by user", "用户录入")
    assert "\n    entered by user\n" in en and "None" not in en
