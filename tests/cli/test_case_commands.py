"""The CLI as a user runs it: import/export round trip, bundles, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from supportcase.casefile import parse_casefile


def run(*args: str, home: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SUPPORTCASE_HOME": str(home)}
    env.pop("SUPPORTCASE_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-m", "supportcase", *args], capture_output=True,
                            text=True, env=env, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_import_then_export_gives_back_the_same_data(tmp_path: Path, demo_yaml: Path):
    home = tmp_path / "h"
    imported = json.loads(run("import", str(demo_yaml), "--json", home=home).stdout)
    out = tmp_path / "out.yaml"
    run("export", imported["id"], "-o", str(out), home=home)
    assert parse_casefile(out.read_text(encoding="utf-8")) == \
        parse_casefile(demo_yaml.read_text(encoding="utf-8"))
    listed = json.loads(run("case", "list", "--json", home=home).stdout)
    assert [c["id"] for c in listed] == [imported["id"]]


def test_bundle_carries_the_original_documents(tmp_path: Path, demo_yaml: Path,
                                               monkeypatch: pytest.MonkeyPatch):
    from supportcase.store import open_store

    home = tmp_path / "h"
    monkeypatch.setenv("SUPPORTCASE_HOME", str(home))
    with open_store() as store:
        case_id = store.save_case(parse_casefile(demo_yaml.read_text(encoding="utf-8")), actor="t")
        doc = store.add_document(case_id, b"%PDF-1.4 original bytes", title="judgment",
                                 actor="t", filename="judgment.pdf")
    bundle = tmp_path / "case.zip"
    run("export", case_id, "--bundle", str(bundle), home=home)
    with zipfile.ZipFile(bundle) as archive:
        assert archive.read(f"documents/{doc.sha256}") == b"%PDF-1.4 original bytes"
    other = tmp_path / "other-home"
    new = json.loads(run("import", str(bundle), "--json", home=other).stdout)
    assert new["documents"] == 1
    monkeypatch.setenv("SUPPORTCASE_HOME", str(other))
    with open_store() as store:
        assert store.blobs.get(doc.sha256) == b"%PDF-1.4 original bytes"
        assert store.load_case(new["id"]).documents[-1].sha256 == doc.sha256


@pytest.mark.parametrize(("content", "expected"), [
    ("version: 1\ncase: {title: x}\npayments:\n- {date: 2024-13-01, amount: '1', currency: CNY}\n",
     "bad.yaml:4: '2024-13-01' is not a valid date"),
    ("version: 9\ncase: {title: x}\n", "bad.yaml:1: case file version 9 is not supported"),
    ("version: 1\ncase: {title: x}\nobligations:\n- {id: a, basis: {type: judgment}, amount: '1', currency: CNY, start: 2020-01-01, frequncy: monthly}\n",
     "bad.yaml:4: unknown field"),
])
def test_bad_case_file_is_one_line_and_changes_nothing(tmp_path: Path, demo_yaml: Path,
                                                        content: str, expected: str):
    home = tmp_path / "h"
    run("import", str(demo_yaml), home=home)
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    result = run("import", str(bad), home=home, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and expected in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert len(json.loads(run("case", "list", "--json", home=home).stdout)) == 1


def test_wrong_encoding_and_missing_file(tmp_path: Path):
    home = tmp_path / "h"
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("version: 1\ncase: {title: 'Müller'}\n".encode("latin-1"))
    result = run("import", str(latin), home=home, check=False)
    assert result.returncode == 1 and "not UTF-8" in result.stderr
    assert "looks like" not in result.stderr  # a Latin-1 file is not taken for Chinese
    # Chinese Windows saves as GBK ("ANSI"): the refusal names it and the setting to change.
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes("version: 1\ncase: {title: 王丽诉张伟抚养费纠纷执行案}\n".encode("gbk"))
    result = run("import", str(gbk), home=home, check=False)
    assert result.returncode == 1 and result.stderr.strip() == (
        f"error: {gbk}: not UTF-8 text (it looks like GBK); save the case file as UTF-8 "
        "(in Notepad: Save As, Encoding: UTF-8)")
    result = run("import", str(tmp_path / "nope.yaml"), home=home, check=False)
    assert result.returncode == 1 and "no such file" in result.stderr


def test_a_case_file_and_rate_table_saved_as_utf16_are_read_as_saved(tmp_path: Path,
                                                                      demo_yaml: Path):
    # Windows Notepad's "Unicode" is UTF-16 with a byte-order mark: it says its encoding.
    home = tmp_path / "h"
    text = demo_yaml.read_text(encoding="utf-8")
    wide = tmp_path / "wide.yaml"
    wide.write_text(text, encoding="utf-16")
    imported = json.loads(run("import", str(wide), "--json", home=home).stdout)
    out = tmp_path / "out.yaml"
    run("export", imported["id"], "-o", str(out), home=home)
    assert parse_casefile(out.read_text(encoding="utf-8")) == parse_casefile(text)
    table = "date,pair,rate,source\n2021-01-20,USD/CNY,6.4000,PBOC central parity\n"
    rates8, rates16 = tmp_path / "rates8.csv", tmp_path / "rates16.csv"
    rates8.write_text(table, encoding="utf-8")
    rates16.write_text(table, encoding="utf-16")
    statements = [json.loads(run("arrears", str(case), "--as-of", "2026-11-01", "--rates",
                                 str(rates), "--json", home=home).stdout)
                  for case, rates in ((demo_yaml, rates8), (wide, rates16))]
    assert statements[0] == statements[1]
    assert "PBOC central parity" in json.dumps(statements[1], ensure_ascii=False)


def test_unknown_case_is_one_line(tmp_path: Path):
    result = run("export", "does-not-exist", home=tmp_path / "h", check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: no case 'does-not-exist' (see `supportcase case list`)"


def test_new_show_delete(tmp_path: Path):
    home = tmp_path / "h"
    created = json.loads(run("case", "new", "Li v. Chen", "-j", "HK", "--json", home=home).stdout)
    shown = json.loads(run("case", "show", created["id"], "--json", home=home).stdout)
    assert shown["case"] == {"title": "Li v. Chen", "order_jurisdiction": "HK"}
    run("case", "delete", created["id"], "--yes", home=home)
    assert json.loads(run("case", "list", "--json", home=home).stdout) == []


def test_version():
    result = subprocess.run([sys.executable, "-m", "supportcase", "--version"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.startswith("supportcase ")


def test_a_payment_of_unknown_kind_is_answered_from_the_cli(tmp_path: Path, demo_yaml: Path,
                                                            monkeypatch: pytest.MonkeyPatch):
    """Issue 3: a payment of unknown kind is a question; the arrears summary says how to
    answer it, `case mark-payment` answers it (only performance reduces the arrears), the
    audit log keeps the case as it was, and a bad answer changes nothing."""
    from supportcase.store import open_store

    home = tmp_path / "h"
    case_id = json.loads(run("import", str(demo_yaml), "--json", home=home).stdout)["id"]
    summary = run("arrears", case_id, "--as-of", "2026-11-01", home=home).stdout
    assert f'supportcase case mark-payment {case_id} "payment #9"' in " ".join(summary.split())

    for bad, says in ((("payment #99", "gift"), "no payment 'payment #99'"),
                      (("payment #9", "refund"), "use one of performance, gift, loan")):
        failed = run("case", "mark-payment", case_id, *bad, home=home, check=False)
        assert failed.returncode == 1 and says in failed.stderr and "Traceback" not in failed.stderr
    zh = run("case", "mark-payment", case_id, "第99笔付款", "gift", "--lang", "zh", home=home,
             check=False)
    assert zh.returncode == 1 and "本案没有付款" in zh.stderr
    monkeypatch.setenv("SUPPORTCASE_HOME", str(home))
    with open_store() as store:
        assert store.load_case(case_id) == parse_casefile(demo_yaml.read_text(encoding="utf-8"))

    done = json.loads(run("case", "mark-payment", case_id, "payment #9", "performance",
                          "--json", home=home).stdout)
    assert (done["was"], done["now"], done["changed"]) == ("unknown", "performance", True)
    # The grandmother's 3,000.00 CNY now counts as support: the outstanding figure falls.
    assert Decimal(done["outstanding_after"]) < Decimal(done["outstanding_before"])
    again = json.loads(run("case", "mark-payment", case_id, "payment #9", "performance",
                           "--json", home=home).stdout)
    assert again["changed"] is False and again["outstanding_after"] == done["outstanding_after"]
    with open_store() as store:
        assert store.load_case(case_id).payments[8].kind == "performance"
        changes = [e for e in store.audit_log(case_id) if e.action == "case.replace"]
    assert len(changes) == 1 and changes[0].actor == "cli"
    text = run("case", "mark-payment", case_id, "payment #9", "gift", "--lang", "zh",
               home=home).stdout
    assert "第9笔付款" in text and "履行抚养费 → 赠与" in text
