"""An entry's terms and the weight of the field each was met in, packed into bytes: five
bytes a term, sorted by term id (``writing`` packs a whole batch at once), so that
scoring a few hundred candidates is one numpy pass over their rows rather than a query
for each."""

import numpy as np

TERM = np.dtype([("term", "<u4"), ("weight", "u1")])


def unpack_many(blobs):
    """The terms of several entries at once: (terms, owner), where ``owner[i]`` is the
    position in ``blobs`` of the entry holding ``terms[i]``."""
    blobs = [bytes(blob) for blob in blobs]
    sizes = np.fromiter((len(blob) // TERM.itemsize for blob in blobs), dtype=np.int64)
    terms = np.frombuffer(b"".join(blobs), dtype=TERM)
    return terms, np.repeat(np.arange(len(blobs)), sizes)
