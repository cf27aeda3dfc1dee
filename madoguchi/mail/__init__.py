"""Pure mail handling: parse any charset, sanitise HTML, threading keys, build replies. No Django."""
