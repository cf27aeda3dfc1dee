"""Pure text analysis: reply lint, triage, similarity, trends. No Django."""
