"""`supportcase draft KIND CASEFILE --lang zh|en -o FILE.docx|.pdf` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from supportcase.cli import app, main
from tests.conftest import DEMO_CASE
from tests.drafting.conftest import docx_read, pdf_text


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_draft_command_writes_the_file(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"application{suffix}"
    result = CliRunner().invoke(app, ["draft", "enforcement_application", str(DEMO_CASE),
                                      "--lang", "zh", "-o", str(out), "--as-of", "2026-11-01",
                                      "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["filing_copy"] is True and summary["language"] == "zh"
    assert "【待补充：被执行人身份证号 / TO FILL: obligor ID number】" in summary["placeholders"]
    data = out.read_bytes()
    text = pdf_text(data) if suffix == ".pdf" else docx_read(data)[0]
    assert "强制执行申请书" in text


def test_draft_list_names_every_kind() -> None:
    result = CliRunner().invoke(app, ["draft", "list"])
    assert result.exit_code == 0
    for kind in ("enforcement_application", "arrears_statement", "asset_memo", "hague_sheet"):
        assert kind in result.output


@pytest.mark.parametrize("args", [
    ["draft", "love_letter", str(DEMO_CASE), "-o", "x.pdf"],
    ["draft", "demand_letter", str(DEMO_CASE), "-o", "x.txt"],
    ["draft", "demand_letter", str(DEMO_CASE), "--lang", "fr", "-o", "x.pdf"],
])
def test_draft_mistakes_are_one_line_errors(args: list[str], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err


def test_draft_all_writes_every_kind_in_both_languages(tmp_path: Path) -> None:
    from supportcase.drafting.kinds import KINDS

    result = CliRunner().invoke(app, ["draft", "all", str(DEMO_CASE), "-o", str(tmp_path / "out"),
                                      "--as-of", "2026-11-01", "--json"])
    assert result.exit_code == 0, result.output
    summaries = json.loads(result.output)
    assert len(summaries) == 2 * len(KINDS)
    assert sum(1 for s in summaries if s["filing_copy"]) == len(KINDS)  # one filing copy each
    for kind in KINDS:
        for code in ("zh", "en"):
            for suffix in (".pdf", ".docx"):
                assert (tmp_path / "out" / f"{kind}.{code}{suffix}").stat().st_size > 0
