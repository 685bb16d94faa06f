"""Entry point of the frozen executables (both the windowed game and the console one).

A windowed executable on Windows has no standard streams (``sys.stdout`` is None), and a
``print`` would then raise: point them at the null device. Errors still reach the log file
in the data folder.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf8"))  # noqa: SIM115

from elamani_peli.cli import main  # noqa: E402

sys.exit(main())
