"""madoguchi (窓口): a self-hosted shared inbox for support teams that work by email."""

__version__ = "0.1.0"
