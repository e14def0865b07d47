"""`supportcase user add|list|password` and `supportcase case share|unshare`: accounts and who sees a
case."""

from __future__ import annotations

import sys

import typer

from supportcase.cli.output import console, print_json
from supportcase.errors import UserError

user_app = typer.Typer(help="Accounts for the web app.", no_args_is_help=True)
JSON = typer.Option(False, "--json", help="Print JSON for scripts.")


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")


@user_app.command("add")
def add_user(
    email: str = typer.Argument(..., help="The e-mail the person logs in with."),
    name: str = typer.Option(None, "--name", help="Name shown in the app."),
    language: str = typer.Option("en", "--lang", help="en or zh."),
    password_stdin: bool = typer.Option(False, "--password-stdin",
                                        help="Read the password from standard input."),
    json_out: bool = JSON,
) -> None:
    """Add an account (asks for the password unless --password-stdin).

    Example: supportcase user add lawyer@clinic.org --name "A. Lawyer" --lang zh
    """
    from supportcase.store import open_store
    from supportcase.store.passwords import MIN_LENGTH, too_short

    if language not in ("en", "zh"):
        raise UserError(f"--lang {language!r}: choose en or zh")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    if too_short(password):
        raise UserError(f"the password must have at least {MIN_LENGTH} characters")
    with open_store() as store:
        user_id = store.create_user(email, password, name=name, language=language)
    if json_out:
        print_json({"id": user_id, "email": email})
    else:
        console().print(f"Added {email}")


@user_app.command("password")
def reset_password(
    email: str = typer.Argument(..., help="The account."),
    password_stdin: bool = typer.Option(False, "--password-stdin",
                                        help="Read the new password from standard input."),
    json_out: bool = JSON,
) -> None:
    """Set a new password for an account (someone forgot theirs); its sessions end.

    Example: supportcase user password lawyer@clinic.org
    """
    from supportcase.store import open_store

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
    with open_store() as store:
        user = store.user_by_email(email)
        store.set_password(user.id, password, actor="cli")
    if json_out:
        print_json({"email": user.email, "password": "changed"})
    else:
        console().print(f"New password set for {user.email}")


@user_app.command("list")
def list_users(json_out: bool = JSON) -> None:
    """List accounts.

    Example: supportcase user list --json
    """
    from supportcase.store import open_store

    with open_store() as store:
        users = [{"email": u.email, "name": u.name, "language": u.language}
                 for u in store.users()]
    if json_out:
        print_json(users)
        return
    for user in users:
        console().print(f"{user['email']}  {user['name']}  ({user['language']})")


def share_case(
    case_id: str = typer.Argument(..., help="The case id."),
    email: str = typer.Argument(..., help="The account to share it with."),
    role: str = typer.Option("editor", "--role", help="owner, editor or viewer."),
    json_out: bool = JSON,
) -> None:
    """Let an account open a case (each case is visible only to its members).

    Example: supportcase case share 1a2b3c4d colleague@clinic.org --role viewer
    """
    from supportcase.store import open_store

    with open_store() as store:
        user = store.user_by_email(email)
        store.add_member(case_id, user.id, role, actor="cli")
        members = store.members(case_id)
    if json_out:
        print_json({"case": case_id, "members": [{"email": e, "role": r} for e, r in members]})
    else:
        console().print(f"{email} can now open case {case_id} as {role}")


def unshare_case(
    case_id: str = typer.Argument(..., help="The case id."),
    email: str = typer.Argument(..., help="The account that should no longer open it."),
    json_out: bool = JSON,
) -> None:
    """Take an account off a case (a case always keeps at least one owner).

    Example: supportcase case unshare 1a2b3c4d former.aide@clinic.org
    """
    from supportcase.store import open_store

    with open_store() as store:
        store.remove_member(case_id, store.user_by_email(email).id, actor="cli")
        members = store.members(case_id)
    if json_out:
        print_json({"case": case_id, "members": [{"email": e, "role": r} for e, r in members]})
    else:
        console().print(f"{email} can no longer open case {case_id}")
