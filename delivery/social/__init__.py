"""Social networks: a page published once is posted to the province's Facebook Page, Zalo
Official Account, X account and (videos) YouTube channel (see docs/social-networks.md)."""
