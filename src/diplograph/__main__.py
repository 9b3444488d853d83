import sys
from diplograph.cli import main
main()
