"""The agents' pages, one module per area (queue, conversation, compose, search …)."""
