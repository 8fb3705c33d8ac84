"""The password hasher of staff and participants alike: Argon2id at OWASP's parameters
(Password Storage Cheat Sheet: 19 MiB of memory, two passes, one lane).

Django's own Argon2 parameters (100 MiB, eight lanes) cost about nine times the CPU of
these (195 ms against 21 ms a check, measured on the two-core server) and five times the
memory, which at a round's opening decides how many people can sign in each second.
OWASP counts 19 MiB with two passes as equivalent to its larger settings. The name
stays ``argon2``, so the hashes are Django's format and verify under its hasher too; a
hash made with other parameters is rehashed at the next sign-in.
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class OwaspArgon2PasswordHasher(Argon2PasswordHasher):
    time_cost = 2
    memory_cost = 19456  # KiB
    parallelism = 1
