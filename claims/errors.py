"""Errors a person can act on.

Every error that reaches the command line is a `ClaimscopeError`: one line that names the problem
and the fix. Anything else is a bug and shows a traceback.
"""

from __future__ import annotations


class ClaimscopeError(Exception):
    """A problem with the user's input or setup, with the fix in `hint`."""

    def __init__(self, problem: str, hint: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.problem}; {self.hint}"


class ArticleError(ClaimscopeError):
    """The article cannot be read: missing, empty, binary or undecodable."""


class ConfigError(ClaimscopeError):
    """The configuration is invalid: unknown key or source type, missing file or column."""


class SourceError(Exception):
    """A source failed at run time (timeout, garbage response). Recorded, never fatal."""
