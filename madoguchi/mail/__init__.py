"""Pure mail handling: parse any charset, sanitise HTML, thread, build replies. No Django."""
