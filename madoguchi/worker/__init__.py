"""The long-running loops: fetch → store raw → process; claim → send → record; timers."""
