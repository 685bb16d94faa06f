"""``python -m elamani_peli`` — the same as the ``elamani-peli`` command."""

import sys

from elamani_peli.cli import main

sys.exit(main())
