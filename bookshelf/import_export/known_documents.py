"""What the database already holds about legal documents, loaded once per import: the
keys rows are matched by, the slugs taken and each document's number key. Matching a
hundred thousand rows this way costs one query instead of one per row.
"""

from bookshelf.models import LegalDocument
from core.slugs import vietnamese_slugify

_SLUG_MAX_LENGTH = LegalDocument._meta.get_field("slug").max_length
# Room for a "-12345" suffix when the slug is taken.
_SLUG_BASE_LENGTH = _SLUG_MAX_LENGTH - 8


class MatchConflict(Exception):
    """A row's external id and its (number, issuer) name two different documents."""


class KnownDocuments:
    def __init__(self):
        self.by_external_id = {}
        # (number key, issuer id) -> (id, external id)
        self.by_number = {}
        self.number_key_of = {}
        self.slugs = set()
        rows = LegalDocument.objects.values_list(
            "pk", "external_id", "number_key", "issuer_id", "slug"
        )
        for pk, external_id, key, issuer_id, slug in rows.iterator(chunk_size=10000):
            if external_id:
                self.by_external_id[external_id] = pk
            if key:
                self.by_number[(key, issuer_id)] = (pk, external_id)
            self.number_key_of[pk] = key
            self.slugs.add(slug)

    def match(self, external_id, key, issuer_id):
        """The id of the document a row updates, or None for a new one.

        By external id when the row has one, else by number and issuer. A row whose
        external id is unknown takes over the document with its number and issuer if
        that document has no external id of its own."""
        numbered = self.by_number.get((key, issuer_id)) if key and issuer_id else None
        if not external_id:
            return numbered[0] if numbered else None
        pk = self.by_external_id.get(external_id)
        if numbered is None or numbered[0] == pk:
            return pk
        other_id, other_external_id = numbered
        if pk is None and not other_external_id:
            return other_id
        described = f"mã nguồn '{other_external_id}'" if other_external_id else f"id {other_id}"
        raise MatchConflict(
            f"cơ quan ban hành này đã có văn bản khác ({described}) mang số ký hiệu này"
        )

    def new_slug(self, source):
        base = vietnamese_slugify(source)[:_SLUG_BASE_LENGTH].strip("-") or "van-ban"
        slug, suffix = base, 1
        while slug in self.slugs:
            suffix += 1
            slug = f"{base}-{suffix}"
        self.slugs.add(slug)
        return slug

    def remember(self, document):
        self.number_key_of[document.pk] = document.number_key

    def documents_by_number_key(self):
        """Number key -> id, for keys exactly one document has."""
        owners, shared = {}, set()
        for pk, key in self.number_key_of.items():
            if not key:
                continue
            if key in owners and owners[key] != pk:
                shared.add(key)
            owners[key] = pk
        for key in shared:
            del owners[key]
        return owners
