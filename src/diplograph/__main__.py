"""`python -m diplograph`: the same commands as the `diplograph` script."""

from diplograph.cli import main

main()
