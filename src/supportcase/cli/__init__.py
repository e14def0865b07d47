"""The `supportcase` command line (Typer + Rich).

Each area registers its commands from its own module (`cli/<area>.py`, a `register(app)`
function), so the areas stay apart. Heavy libraries are imported inside the commands, which
keeps `supportcase --help` fast. A `UserError` becomes one red line and exit code 1, in the
language the command was asked for with `--lang` (`cli.output.language`).
"""

from __future__ import annotations

import typer

from supportcase import __version__
from supportcase.cli import advice, ask, calc, case, intake, law, ledger, serve, users
from supportcase.cli.output import error_language, fail, reset_error_language
from supportcase.errors import UserError

app = typer.Typer(
    name="supportcase",
    help="Turn a cross-border child-support dispute into an enforcement-ready case file.\n\n"
    "Example: supportcase import case.yaml && supportcase arrears <CASE_ID> --as-of 2026-11-01",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"supportcase {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Turn a cross-border child-support dispute into an enforcement-ready case file."""


for _area in (case, ledger, law, calc, intake, advice, ask, serve, users):
    _area.register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app; user errors are one line, never a traceback.

    Typer's standalone mode already turns usage errors into a short message (exit 2).
    """
    reset_error_language()
    try:
        app(args=argv)
    except UserError as exc:
        lang = error_language()
        fail(exc.say(lang), lang=lang)
    except KeyboardInterrupt:
        fail("interrupted", code=130)
