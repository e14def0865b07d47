"""`supportcase serve`, `supportcase worker` and `supportcase demo`: the web app, the worker
that reads uploads for it, and the demo case."""

from __future__ import annotations

import typer

from supportcase.cli.output import console, print_json

DEMO_EMAIL = "demo@supportcase.local"
DEMO_PASSWORD = "demo-password"


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("worker")(worker)
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


def worker(
    once: bool = typer.Option(False, "--once", help="Run what is queued now, then stop."),
    threads: int = typer.Option(1, min=1, help="Jobs to run at the same time."),
    poll: float = typer.Option(1.0, min=0.1, help="Seconds between looks at the queue."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON (with --once)."),
) -> None:
    """Run queued slow work (reading uploaded documents) until stopped with Ctrl-C.

    `supportcase serve` already runs one worker thread (SUPPORTCASE_WORKERS); a team runs
    the web processes with SUPPORTCASE_WORKERS=0 and as many of these as it needs, on any
    host that sees the same database and SUPPORTCASE_HOME.

    Example: supportcase worker --threads 2
    """
    import signal
    import threading

    from supportcase.jobs import Workers, run_pending
    from supportcase.jobs.reading import sweep
    from supportcase.store import open_store

    with open_store() as store:
        if once:
            sweep(store)  # staged uploads no job will read (a cron job is the only sweeper)
            ran = run_pending(store)
            if json_out:
                print_json({"jobs_run": ran})
            else:
                console().print(f"{ran} job(s) run")
            return
        workers = Workers(store, threads, poll=poll)
        stopped = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stopped.set())
        workers.start()
        console().print(f"Worker running ({threads} thread(s)); Ctrl-C stops it after the "
                        "jobs in hand.")
        try:
            while not stopped.wait(1.0):
                pass
        except KeyboardInterrupt:
            pass
        console().print("Stopping: finishing the jobs in hand…")
        workers.stop(timeout=600)
