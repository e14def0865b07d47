"""`python -m supportcase` runs the command line."""

from supportcase.cli import main

main()
