"""Progress bars on the terminal, and nothing when output goes to a file or a pipe."""

import sys

from tqdm import tqdm


def progress_bar(enabled, **options):
    """A tqdm bar on stderr; a silent one unless ``enabled`` and stderr is a terminal."""
    shown = enabled and sys.stderr.isatty()
    return tqdm(file=sys.stderr, disable=not shown, dynamic_ncols=True, leave=False, **options)
