"""The command line: ``tracker`` with sub-commands; every command calls the same service
functions as the desktop app.  Messages are Swedish; unreadable input exits with 2."""
