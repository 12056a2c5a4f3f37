"""Bundle entry point of ``Balanslistan.exe``: the program window as a windowed
executable, so that starting it from the Start menu opens no console window."""

import sys

from tracker.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
