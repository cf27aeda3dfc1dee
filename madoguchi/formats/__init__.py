"""Date formats that differ from Django's defaults, per language (FORMAT_MODULE_PATH)."""
