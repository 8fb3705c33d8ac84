"""Where the demo's absolute links point (API ``html_url``, feeds, sitemap): the default
site's host and port, set to the address ``make demo`` serves at.

Only a site still on a local address is moved: Wagtail's "localhost" from the first
migration, or an address an earlier demo run set. A site already given a real host name
is left as it is, should the loader ever be run against it.
"""

from wagtail.models import Site

# 0.0.0.0 is what runserver is told to listen on to be reached from other machines.
LOCAL_HOSTS = {"localhost", "0.0.0.0", "::1"}  # noqa: S104
DEFAULT_ADDRESS = "127.0.0.1:8000"


def parse_address(address):
    """``(hostname, port)`` of a ``runserver`` address: "127.0.0.1:8000", "localhost:8001",
    "[::1]:8000" or a bare port ("8001", on 127.0.0.1 as runserver takes it)."""
    host, _, port = address.strip().rpartition(":")
    if not port.isdigit():
        raise ValueError(f"Địa chỉ không hợp lệ: {address!r} (ví dụ đúng: 127.0.0.1:8000).")
    return (host.strip("[]") or "127.0.0.1"), int(port)


def is_local(hostname):
    return hostname in LOCAL_HOSTS or hostname.startswith("127.")


def load_site_address(address=DEFAULT_ADDRESS):
    """Point the default site at ``address`` unless it has a real host name; returns the
    site."""
    hostname, port = parse_address(address)
    site = Site.objects.get(is_default_site=True)
    if is_local(site.hostname) and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site
