"""The schema.org description of a legal document on the bookshelf (``Legislation``)."""

from publications.structured_data import describes, without_blanks

# Effect statuses as schema.org's LegalForceStatus. A document "no longer appropriate"
# (không còn phù hợp) is no longer applied, so it counts as not in force.
LEGAL_FORCE = {
    "con_hieu_luc": "InForce",
    "het_hieu_luc_mot_phan": "PartiallyInForce",
    "ngung_hieu_luc_mot_phan": "PartiallyInForce",
    "het_hieu_luc_toan_bo": "NotInForce",
    "chua_co_hieu_luc": "NotInForce",
    "ngung_hieu_luc": "NotInForce",
    "khong_con_phu_hop": "NotInForce",
}


@describes("bookshelf.LegalDocument")
def legislation(document, site):
    """A legal document on the bookshelf (its page there, or its preview)."""
    return without_blanks(
        {
            "@context": "https://schema.org",
            "@type": "Legislation",
            "name": document.title,
            "description": document.summary,
            "url": document.get_full_url(),
            "inLanguage": "vi",
            "legislationIdentifier": None if document.has_no_number else document.number,
            "legislationType": document.doc_type.name,
            "legislationPassedBy": {"@type": "Organization", "name": document.issuer.name},
            "legislationDate": document.issued_date.isoformat() if document.issued_date else None,
            "legislationJurisdiction": document.scope,
            "legislationLegalForce": f"https://schema.org/{LEGAL_FORCE[document.status]}",
            "about": [
                {"@type": "Thing", "name": field.name} for field in document.legal_fields.all()
            ],
        }
    )
