"""`supportcase review`: the JSON shape, several files with one bad, storing on a case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from supportcase.cli import main
from tests.intake import builders


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = 0
    try:
        main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    judgment = tmp_path / "judgment.pdf"
    judgment.write_bytes(builders.pdf([builders.JUDGMENT]))
    agreement = tmp_path / "agreement.docx"
    agreement.write_bytes(builders.docx(
        ["离婚协议书", "男方：王强", "女方：李梅",
         "男方每月5日前支付女方抚养费人民币3000元，自2018年1月起至孩子年满十八周岁止。"]))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00" * 200)
    unknown = tmp_path / "photo.xyz"
    unknown.write_bytes(b"\x00\x01\x02" * 100)
    return {"judgment": judgment, "agreement": agreement, "broken": broken, "unknown": unknown}


def test_review_json_shape(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["review", str(files["judgment"]), "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    [doc] = data["documents"]
    for key in ("file", "sha256", "doc_type", "language", "pages", "court", "case_number",
                "obligor", "obligee", "children", "support", "arrears_claimed",
                "document_date", "effective_date", "facts"):
        assert key in doc
    assert set(doc["support"]) == {"amount", "currency", "period", "due_day", "start_date",
                                   "end_condition"}
    assert doc["support"]["amount"] == "2500"  # a decimal string, not a number
    assert doc["arrears_claimed"] is None and doc["effective_date"] is None  # never guessed
    assert doc["children"] == [{"name": "王小明", "birth_date": "2015-03-01"}]
    fact = doc["facts"][0]
    assert set(fact) >= {"name", "value", "page", "span", "quote", "confidence", "status"}
    assert data["warnings"] == []


def test_bad_files_get_one_line_each_and_the_rest_is_reviewed(
        files: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.pdf"
    code, out, err = _run(["review", str(files["broken"]), str(files["judgment"]),
                           str(files["unknown"]), str(missing), "--json"], capsys)
    assert code == 0 and "Traceback" not in err
    data = json.loads(out)
    assert [Path(d["file"]).name for d in data["documents"]] == ["judgment.pdf"]
    assert len(data["warnings"]) == 3
    assert any("broken.pdf" in w and "corrupt" in w for w in data["warnings"])
    assert any("photo.xyz" in w and "unknown file type" in w for w in data["warnings"])
    assert any("missing.pdf" in w and "no such file" in w for w in data["warnings"])


def test_conflicting_amounts_are_shown_side_by_side(
        files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(["review", str(files["judgment"]), str(files["agreement"]), "--json"], capsys)
    conflicts = {c["field"]: c["values"] for c in json.loads(out)["conflicts"]}
    assert sorted(v["value"] for v in conflicts["support.amount"]) == ["2500", "3000"]


def test_size_limit_from_the_environment(files: dict[str, Path], capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (1024 * 1024 + 1))
    monkeypatch.setenv("SUPPORTCASE_MAX_UPLOAD_MB", "1")
    _, out, _ = _run(["review", str(big), str(files["judgment"]), "--json"], capsys)
    data = json.loads(out)
    assert len(data["documents"]) == 1
    assert "over the upload limit of 1 MB" in data["warnings"][0]


def test_human_summary_in_chinese(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["review", str(files["judgment"]), "--lang", "zh"], capsys)
    assert code == 0
    assert "文书已证明" in out and "王强" in out
    # Each fact by its Chinese name and, for a kind or a period, its Chinese word; pages as
    # Chinese writes them. Before, the names were the extractor's keys (doc_type = judgment,
    # support.period = monthly, p.1).
    flat = "".join(out.split())
    assert "文书类型=判决书" in flat and "支付周期=每月" in flat and "第1页" in flat
    assert "doc_type" not in out and "monthly" not in out and "p.1" not in out
    assert "金额：抚养费" in flat and "已读取文书：1(判决书)" in flat


def test_files_that_cannot_be_read_are_explained_in_chinese_with_lang_zh(
        files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["review", str(files["judgment"]), str(files["broken"]),
                         str(files["unknown"]), str(files["broken"].parent / "missing.pdf"),
                         "--lang", "zh"], capsys)
    assert code == 0
    flat = "".join(out.split())  # the console wraps long lines
    assert "无法读取" in out
    assert "broken.pdf：不是可读取的PDF文件（已损坏或不完整）" in flat
    assert "photo.xyz：无法识别的文件类型" in flat and "missing.pdf：文件不存在" in flat
    assert "not a readable PDF" not in flat and "unknown file type" not in out
    code, out, _ = _run(["review", str(files["broken"]), "--json", "--lang", "en"], capsys)
    assert "not a readable PDF (corrupt or truncated)" in json.loads(out)["warnings"][0]


def test_nothing_readable_exits_non_zero(files: dict[str, Path],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = _run(["review", str(files["broken"])], capsys)
    assert code == 1


def test_case_stores_originals_and_facts_but_nothing_from_bad_files(
        files: dict[str, Path], capsys: pytest.CaptureFixture[str], demo_yaml: Path) -> None:
    from supportcase.casefile import parse_casefile
    from supportcase.store import open_store

    with open_store() as store:
        case_id = store.save_case(parse_casefile(demo_yaml.read_text(encoding="utf-8")),
                                  actor="test")
        before = store.load_case(case_id)
    code, out, _ = _run(["review", str(files["judgment"]), str(files["broken"]),
                         "--case", case_id, "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    stored = data["stored"]
    assert data["next_steps"]["counts"]  # the case's checklist, with the new facts on it
    assert [Path(s["file"]).name for s in stored] == ["judgment.pdf"]
    with open_store() as store:
        after = store.load_case(case_id)
        new_docs = after.documents[len(before.documents):]
        assert [d.filename for d in new_docs] == ["judgment.pdf"]
        assert store.blobs.get(new_docs[0].sha256) == files["judgment"].read_bytes()
    new_facts = after.facts[len(before.facts):]
    assert {f.name for f in new_facts} >= {"support.amount", "obligor", "case_number"}
    assert all(f.provenance.document == new_docs[0].id for f in new_facts)
    # reviewing the same file again adds nothing twice
    _run(["review", str(files["judgment"]), "--case", case_id, "--json"], capsys)
    with open_store() as store:
        assert len(store.load_case(case_id).facts) == len(after.facts)


def test_unknown_case_fails_before_reading(files: dict[str, Path],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["review", str(files["judgment"]), "--case", "nope"], capsys)
    assert code == 1 and "no case 'nope'" in err


def test_a_document_that_disagrees_with_the_case_file_is_shown_beside_it(
        capsys: pytest.CaptureFixture[str], demo_yaml: Path, tmp_path: Path) -> None:
    from supportcase.casefile import parse_casefile
    from supportcase.store import open_store

    casefile = parse_casefile(demo_yaml.read_text(encoding="utf-8"))
    obligation = casefile.obligations[0]
    number = obligation.basis.case_number
    assert number and obligation.amount != 2500
    judgment = tmp_path / "judgment.pdf"
    judgment.write_bytes(builders.pdf([[
        "北京市朝阳区人民法院", "民事判决书", number, "原告：王丽", "被告：张伟", "判决如下：",
        "被告张伟每月10日前支付原告王丽抚养费人民币2500元。"]]))
    with open_store() as store:
        case_id = store.save_case(casefile, actor="test")
    _, out, _ = _run(["review", str(judgment), "--case", case_id, "--json"], capsys)
    amounts = [c for c in json.loads(out)["conflicts"] if c["field"] == "support.amount"]
    assert [v["value"] for v in amounts[0]["values"]] == ["2500", str(obligation.amount)]
