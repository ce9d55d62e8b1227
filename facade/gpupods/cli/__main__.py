"""``python -m gpupods.cli`` is the ``gpupods`` command."""

import sys

from . import main

sys.exit(main())
