"""A round's question bank, parsed once per process.

Turning the bank's stored JSON into blocks (struct values, rich text, snippet choosers)
takes milliseconds, and every start, save and submit of an attempt needs it: a busy
round gets hundreds of submissions a second, all against the same bank. Each process
keeps the banks it has parsed, keyed by a digest of the bank's data, so publishing a
changed bank changes the key and no process goes on scoring against the old one;
whatever the page id or revision, the same content gives the same blocks.

Saving a round stores the digest of its bank beside it (``QuizPage.bank_digest``), so
saving and submitting read the digest alone and fetch the bank's JSON only when this
process has not parsed it yet. The bank changes only by saving the page, as publishing
does; a bank written around ``save()`` (``QuerySet.update``) would leave the digest
stale.

The blocks handed out are shared between requests (and threads): read them, never
change them. A page whose blocks were changed in memory and not saved is parsed as its
data says.
"""

import hashlib
import json
import threading
from collections import OrderedDict
from types import MappingProxyType

from django.core.serializers.json import DjangoJSONEncoder

# Rounds that may be open at once, with room for earlier versions of their banks.
MAX_BANKS = 64

_banks = OrderedDict()
_lock = threading.Lock()


def digest(data):
    """The key of a bank's data (as ``QuizPage.questions`` stores it, or its
    ``raw_data``): 32 hexadecimal digits."""
    return hashlib.blake2b(_canonical(data), digest_size=16).hexdigest()


def question_blocks(stream_value):
    """{question id: block} of a bank (a ``QuizPage.questions`` value), read-only."""
    text = _canonical(list(stream_value.raw_data))
    key = hashlib.blake2b(text, digest_size=16).hexdigest()
    # Parsed from a copy of the data, not from the page's own blocks, which the caller
    # may go on changing.
    return _cached(key, lambda: (stream_value.stream_block, json.loads(text)))


def blocks_for_digest(key, load):
    """The blocks of the bank whose digest is ``key``; ``load()`` gives its
    ``QuizPage.questions`` value when this process has not parsed it yet."""

    def parse():
        stream_value = load()
        return stream_value.stream_block, list(stream_value.raw_data)

    return _cached(key, parse)


def _canonical(data):
    # raw_data gives each block as stored (or as it would be stored, for blocks added in
    # Python), block ids included. As canonical JSON (keys sorted: PostgreSQL's jsonb
    # does not keep their order), the bank being saved and the same bank read back give
    # one digest.
    return json.dumps(
        data, cls=DjangoJSONEncoder, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode()


def _cached(key, source):
    """The blocks kept under ``key``, or those of ``source()`` ((stream block, raw
    data)) parsed and kept."""
    with _lock:
        blocks = _banks.get(key)
        if blocks is not None:
            _banks.move_to_end(key)
            return blocks
    stream_block, raw = source()
    blocks = MappingProxyType({block.id: block for block in stream_block.to_python(raw)})
    with _lock:
        _banks[key] = blocks
        while len(_banks) > MAX_BANKS:
            _banks.popitem(last=False)
    return blocks
