"""`review --case ID --apply`: a parent's judgment becomes the case's obligation in one step."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_case_commands import run
from tests.intake.test_propose import JUDGMENT


def test_review_proposes_then_applies_and_the_ledger_runs(tmp_path: Path):
    home = tmp_path / "h"
    case_id = json.loads(run("case", "new", "Li v. Wang", "--json", home=home).stdout)["id"]
    judgment = tmp_path / "judgment.txt"
    judgment.write_text(JUDGMENT, encoding="utf-8")

    shown = json.loads(run("review", str(judgment), "--case", case_id, "--json",
                           home=home).stdout)
    (proposal,) = shown["proposals"]
    assert proposal["applied"] is False and proposal["obligation"]["amount"] == "2500"
    case = json.loads(run("case", "show", case_id, "--json", home=home).stdout)
    assert "obligations" not in case, "without --apply nothing but the document is stored"

    applied = json.loads(run("review", str(judgment), "--case", case_id, "--apply", "--json",
                             home=home).stdout)
    assert applied["proposals"][0]["applied"] is True
    case = json.loads(run("case", "show", case_id, "--json", home=home).stdout)
    assert case["obligations"][0]["status"] == "assumed"
    assert case["interest"] == {"regime": "cn-delayed-performance"}
    arrears = json.loads(run("arrears", case_id, "--as-of", "2021-09-30", "--json",
                             home=home).stdout)
    assert arrears["principal_outstanding"] == "7500.00"


def test_apply_without_case_is_a_one_line_error(tmp_path: Path):
    judgment = tmp_path / "judgment.txt"
    judgment.write_text(JUDGMENT, encoding="utf-8")
    result = run("review", str(judgment), "--apply", home=tmp_path / "h", check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: --apply needs --case: the proposals go onto a " \
                                    "stored case"


def test_what_is_not_proposed_is_printed_in_chinese_with_lang_zh(tmp_path: Path):
    home = tmp_path / "h"
    case_id = json.loads(run("case", "new", "Li v. Wang", "--json", home=home).stdout)["id"]
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Li Mei,\nI will pay $500 per month from January 2024.\n"
                      "Wang Qiang\n", encoding="utf-8")
    shown = run("review", str(letter), "--case", case_id, "--lang", "zh", home=home).stdout
    assert "信函不能作为给付抚养费的法律依据，未提出给付义务" in "".join(shown.split())
    assert "not a legal basis" not in shown
    data = json.loads(run("review", str(letter), "--case", case_id, "--json",
                          home=home).stdout)
    (proposal,) = data["proposals"]
    assert proposal["skipped"] == [{
        "en": "a letter is not a legal basis for support; no obligation proposed",
        "zh": "信函不能作为给付抚养费的法律依据，未提出给付义务"}]
