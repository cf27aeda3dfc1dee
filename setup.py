"""Only the optional C speed-up; everything else is in pyproject.toml.

madoguchi.search._tokens makes search indexing several times faster. When no C compiler
is at hand the build goes on without it and the pure-Python tokenizer is used (same
tokens, slower import).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("madoguchi.search._tokens", ["madoguchi/search/_tokens.c"], optional=True)
    ]
)
