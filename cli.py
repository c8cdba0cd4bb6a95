#!/usr/bin/env python3
"""Run curator from a checkout without installing it: `python cli.py lint sample_corpora/`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from curator.cli import main  # noqa: E402

if __name__ == "__main__":
    main()
