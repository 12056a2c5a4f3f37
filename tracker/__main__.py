"""``python -m tracker`` runs the command line (same as the ``tracker`` command)."""

import sys

from tracker.cli.main import main

sys.exit(main())
