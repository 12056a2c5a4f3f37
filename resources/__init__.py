"""Shipped data files (installed as the package ``tracker.resources``): agenda templates,
owner/organisation aliases, phrase tables, translations and icons.  Code reaches them
through ``tracker.paths.resources_dir()``."""
