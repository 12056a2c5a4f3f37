"""Bundle entry point of ``tracker`` (``tracker.exe``): the command line program, which
opens the program window when started without a sub-command.  PyInstaller freezes this
script; in a normal install the ``tracker`` console script does the same."""

import sys

from tracker.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
