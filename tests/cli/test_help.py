"""Documentation checked like code: every command explains itself and speaks JSON."""

from __future__ import annotations

from typing import Any

import typer.main

from supportcase.cli import app

# Commands that produce no data to script against (they start a server or only confirm).
NO_JSON = {"serve"}


def _commands() -> list[tuple[str, Any]]:
    root = typer.main.get_command(app)
    found: list[tuple[str, Any]] = []

    def walk(command: Any, path: str) -> None:
        if hasattr(command, "commands"):  # a group
            for name, sub in command.commands.items():
                walk(sub, f"{path} {name}".strip())
        else:
            found.append((path, command))

    walk(root, "")
    return found


def test_there_are_commands():
    names = {name for name, _ in _commands()}
    assert {"import", "export", "case new", "case list", "case show", "case delete",
            "serve"} <= names


def test_every_command_has_help_with_an_example():
    missing = [name for name, command in _commands()
               if not command.help or "Example:" not in command.help]
    assert missing == [], f"commands without help text or an 'Example:' line: {missing}"


def test_every_command_has_json_output():
    missing = [name for name, command in _commands() if name not in NO_JSON
               and not any("--json" in p.opts for p in command.params)]
    assert missing == [], f"commands without --json: {missing}"
