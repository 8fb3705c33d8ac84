"""Signed JSON notifications to district, commune and department sites when content is
published, unpublished or deleted (see docs/webhooks.md)."""
