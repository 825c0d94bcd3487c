"""`python -m checker.cli`: the same as the `cekresmi` command."""

from checker.cli.main import main

main()
