"""The `cekresmi` command (click): main (check, rules) and one module per command group.
Thin: parse, call the library, format."""

from checker.cli.main import main

__all__ = ["main"]
