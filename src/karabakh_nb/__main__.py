"""``python -m karabakh_nb``: the command line (see :mod:`karabakh_nb.cli`)."""

from .cli import main

raise SystemExit(main())
