"""supportcase — turn a cross-border child-support dispute into an enforcement-ready case file.

The core (money, ledger, law, intake extraction, advice, drafting) is pure and importable;
the shell (store, jobs, web, cli) does the I/O. See docs/architecture.md.
"""

__version__ = "0.1.0"
