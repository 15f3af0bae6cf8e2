"""``python -m regwatch`` runs the command line."""

from regwatch.cli import main

main()
