"""Askers' names and contacts as staff without ``qa.view_asker_contact`` see them:
enough to tell two askers apart, not to call or write to them.

The same conventions as the contests' listings (``quizzes.phones``), which this app may
not import: family name and initials, the first and last digits of a phone number.
"""

MASK = "•"


def mask_name(full_name):
    """``Nguyễn T. H.`` for "Nguyễn Thị Hoa"."""
    parts = (full_name or "").split()
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0][0] + "."
    return " ".join([parts[0], *(f"{part[0]}." for part in parts[1:])])


def mask_phone(phone):
    """``09•••••678`` for 0912345678."""
    phone = "".join((phone or "").split())
    if len(phone) <= 5:
        return MASK * len(phone)
    return phone[:2] + MASK * (len(phone) - 5) + phone[-3:]


def mask_email(email):
    """``h•••@g•••.com`` for hoa.nguyen@gmail.com."""
    local, at, domain = (email or "").strip().rpartition("@")
    if not at:
        return MASK * 3
    host, dot, top = domain.rpartition(".")
    masked_domain = f"{host[:1]}{MASK * 3}{dot}{top}" if dot else f"{domain[:1]}{MASK * 3}"
    return f"{local[:1]}{MASK * 3}@{masked_domain}"


def mask_contact(contact, kind):
    return mask_email(contact) if kind == "email" else mask_phone(contact)
