"""A round's question bank, parsed once per process.

Turning the bank's stored JSON into blocks (struct values, rich text, snippet choosers)
takes milliseconds, and every start, save and submit of an attempt needs it: a busy
round gets hundreds of submissions a second, all against the same bank. Each process
keeps the banks it has parsed, keyed by a digest of the bank's JSON as the page row
holds it, so publishing a changed bank changes the key and no process goes on scoring
against the old one; whatever the page id or revision, the same content gives the same
blocks.

The blocks handed out are shared between requests (and threads): read them, never
change them. A page whose blocks were changed in memory and not saved is parsed as its
JSON says.
"""

import hashlib
import pickle
import threading
from collections import OrderedDict
from types import MappingProxyType

# Rounds that may be open at once, with room for earlier versions of their banks.
MAX_BANKS = 64

_banks = OrderedDict()
_lock = threading.Lock()


def question_blocks(stream_value):
    """{question id: block} of a bank (a ``QuizPage.questions`` value), read-only."""
    # raw_data gives each block as stored (or as it would be stored, for blocks added in
    # Python), block ids included. Pickle is a faithful copy of that JSON-shaped data and
    # several times quicker to make than JSON: two banks get one key only if they hold
    # the same data, though the same data may get two keys (then it is parsed twice).
    data = pickle.dumps(list(stream_value.raw_data), protocol=pickle.HIGHEST_PROTOCOL)
    key = hashlib.blake2b(data, digest_size=16).digest()
    with _lock:
        blocks = _banks.get(key)
        if blocks is not None:
            _banks.move_to_end(key)
            return blocks
    # Parsed from a copy of the data, not from the page's own blocks, which the caller
    # may go on changing.
    fresh = stream_value.stream_block.to_python(pickle.loads(data))  # noqa: S301 (made above)
    blocks = MappingProxyType({block.id: block for block in fresh})
    with _lock:
        _banks[key] = blocks
        while len(_banks) > MAX_BANKS:
            _banks.popitem(last=False)
    return blocks
