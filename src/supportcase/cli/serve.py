"""`supportcase serve` and `supportcase demo`: the web app and the demo case."""

from __future__ import annotations

import typer

from supportcase.cli.output import console, print_json

DEMO_EMAIL = "demo@supportcase.local"
DEMO_PASSWORD = "demo-password"


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("demo")(load_demo)


def load_demo(json_out: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Load the demo case and a demo login into the store (once; running again changes nothing).

    Example: supportcase demo
    """
    from supportcase.demo import ensure_demo
    from supportcase.store import open_store

    with open_store() as store:
        case_id, created = ensure_demo(store, email=DEMO_EMAIL, password=DEMO_PASSWORD)
    if json_out:
        print_json({"case_id": case_id, "created": created, "email": DEMO_EMAIL})
    else:
        console().print(f"Demo case {'loaded' if created else 'already present'}: {case_id}")


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    demo: bool = typer.Option(False, "--demo", help="Load the demo case and login first."),
) -> None:
    """Start the web app.

    Example: supportcase serve --demo   (then open http://127.0.0.1:8000)
    """
    import uvicorn

    from supportcase.store import open_store
    from supportcase.web.app import create_app

    if demo:
        from supportcase.demo import ensure_demo

        with open_store() as store:
            ensure_demo(store, email=DEMO_EMAIL, password=DEMO_PASSWORD)
        console().print(f"Log in at http://{host}:{port}/login as [bold]{DEMO_EMAIL}[/bold] "
                        f"with password [bold]{DEMO_PASSWORD}[/bold]")
    uvicorn.run(create_app(), host=host, port=port, log_level="info")
