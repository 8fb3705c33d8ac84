"""Row ids that arrive in addresses."""

# The largest id a database column can hold (a signed 64-bit integer).
MAX_ID = 2**63 - 1
# Page ids are positive 32-bit integers in every database the project runs on.
MAX_PAGE_ID = 2**31 - 1


def storable_id(value):
    """Whether ``value`` can be a row's id. An id from an address may be any number, and
    one past 64 bits makes the database driver raise rather than find nothing, so such
    an id is answered as not found without asking the database."""
    return 0 < value <= MAX_ID
