"""``python -m classifier`` runs the same CLI as the ``stance`` command."""

from classifier.cli import main

main()
