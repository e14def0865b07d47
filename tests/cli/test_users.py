"""Accounts and sharing from the command line: each case is visible only to its members."""

from __future__ import annotations

import json
from pathlib import Path

from supportcase.config import settings
from supportcase.store import Store
from tests.cli.test_case_commands import run


def test_add_user_share_case_and_change_role(tmp_path: Path, demo_yaml: Path, monkeypatch):
    home = tmp_path / "h"
    monkeypatch.setenv("SUPPORTCASE_HOME", str(home))
    case_id = json.loads(run("import", str(demo_yaml), "--json", home=home).stdout)["id"]
    import subprocess
    import sys

    added = subprocess.run([sys.executable, "-m", "supportcase", "user", "add", "a@x.org",
                            "--password-stdin", "--json"], input="long-enough-pw\n",
                           capture_output=True, text=True, check=True)
    assert json.loads(added.stdout)["email"] == "a@x.org"
    shared = json.loads(run("case", "share", case_id, "a@x.org", "--role", "viewer", "--json",
                            home=home).stdout)
    assert shared["members"] == [{"email": "a@x.org", "role": "viewer"}]
    shared = json.loads(run("case", "share", case_id, "a@x.org", "--role", "editor", "--json",
                            home=home).stdout)
    assert shared["members"] == [{"email": "a@x.org", "role": "editor"}]
    store = Store(settings())
    user = store.authenticate("a@x.org", "long-enough-pw")
    assert user is not None and [c.id for c in store.list_cases(user_id=user.id)] == [case_id]
    assert [e.action for e in store.audit_log(case_id)][-2:] == ["member.add", "member.role"]
    store.close()


def test_sharing_errors_are_one_line(tmp_path: Path, demo_yaml: Path):
    home = tmp_path / "h"
    case_id = json.loads(run("import", str(demo_yaml), "--json", home=home).stdout)["id"]
    result = run("case", "share", case_id, "nobody@x.org", home=home, check=False)
    assert result.returncode == 1 and result.stderr.startswith("error: no user 'nobody@x.org'")
    result = run("case", "share", "no-such-case", "nobody@x.org", home=home, check=False)
    assert result.returncode == 1 and "error:" in result.stderr and "Traceback" not in result.stderr


def test_unshare_takes_an_account_off_but_keeps_an_owner(tmp_path: Path, demo_yaml: Path,
                                                         monkeypatch):
    home = tmp_path / "h"
    monkeypatch.setenv("SUPPORTCASE_HOME", str(home))
    case_id = json.loads(run("import", str(demo_yaml), "--json", home=home).stdout)["id"]
    store = Store(settings())
    store.init()
    store.create_user("owner@x.org", "pw-owner-1")
    store.create_user("aide@x.org", "pw-aide-12")
    run("case", "share", case_id, "owner@x.org", "--role", "owner", home=home)
    run("case", "share", case_id, "aide@x.org", "--role", "viewer", home=home)
    left = json.loads(run("case", "unshare", case_id, "aide@x.org", "--json",
                          home=home).stdout)
    assert left["members"] == [{"email": "owner@x.org", "role": "owner"}]
    refused = run("case", "unshare", case_id, "owner@x.org", home=home, check=False)
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: a case needs at least one owner")
    assert store.audit_log(case_id)[-1].action == "member.remove"
    store.close()


def test_an_administrator_resets_a_forgotten_password(tmp_path: Path, monkeypatch):
    import subprocess
    import sys

    home = tmp_path / "h"
    monkeypatch.setenv("SUPPORTCASE_HOME", str(home))
    store = Store(settings())
    store.init()
    store.create_user("forgot@x.org", "old-password")
    result = subprocess.run([sys.executable, "-m", "supportcase", "user", "password",
                             "Forgot@x.org", "--password-stdin", "--json"],
                            input="brand-new-pw\n", capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"email": "forgot@x.org", "password": "changed"}
    assert store.authenticate("forgot@x.org", "brand-new-pw") is not None
    short = subprocess.run([sys.executable, "-m", "supportcase", "user", "password",
                            "forgot@x.org", "--password-stdin"], input="short\n",
                           capture_output=True, text=True)
    assert short.returncode == 1 and "at least 8 characters" in short.stderr
    store.close()
