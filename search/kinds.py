"""What the public search finds, by kind: legal documents and each content page type."""

LEGAL_DOCUMENT = "legal_document"

# kind -> (label, page model label or None)
KINDS = {
    LEGAL_DOCUMENT: ("Văn bản pháp luật", None),
    "legal_news": ("Tin pháp luật", "publications.LegalNewsPage"),
    "infographic": ("Infographic", "publications.InfographicPage"),
    "video": ("Video", "publications.VideoPage"),
    "leaflet": ("Tờ gấp pháp luật", "publications.LeafletPage"),
    "ebook": ("Sách pháp luật điện tử", "publications.EBookPage"),
    "lecture": ("Bài giảng điện tử", "publications.LecturePage"),
}
PAGE_KINDS = {model: kind for kind, (_, model) in KINDS.items() if model}


def label(kind):
    return KINDS[kind][0] if kind in KINDS else kind


def page_kind(page):
    """The kind of a (specific) page, or None when pages of its type are not searched."""
    return PAGE_KINDS.get(page._meta.label)
