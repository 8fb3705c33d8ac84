"""Who runs the demo site. The contact details are deliberately generic: no phone
number or e-mail address is made up; administrators fill them in."""

from wagtail.models import Site

from home.models import SiteIdentity

IDENTITY = {
    "organisation": "Sở Tư pháp tỉnh Quảng Ninh",
    "address": "Phường Hồng Gai, tỉnh Quảng Ninh",
    "phone": "",
    "licence": "Cơ quan chủ quản: Sở Tư pháp tỉnh Quảng Ninh. Nội dung trên trang là dữ liệu mẫu.",
}


def load_site_identity():
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    changed = [name for name, value in IDENTITY.items() if getattr(identity, name) != value]
    for name in changed:
        setattr(identity, name, IDENTITY[name])
    if changed:
        identity.save(update_fields=changed)
    return identity
