from django.contrib.syndication.views import Feed

from .entries import feed_entries


class ContentFeed(Feed):
    """A feed of the content that ``find_source(request, **url_kwargs)`` selects, in the
    document format ``feed_type``."""

    item_guid_is_permalink = False

    def __init__(self, find_source, feed_type):
        self.find_source = find_source
        self.feed_type = feed_type

    def get_object(self, request, **kwargs):
        return self.find_source(request, **kwargs)

    def title(self, source):
        return source.title

    def link(self, source):
        return source.link

    def description(self, source):
        return source.description

    def subtitle(self, source):
        return source.description

    def feed_url(self, source):
        return source.request.build_absolute_uri(source.request.path)

    def feed_guid(self, source):
        return self.feed_url(source)

    def author_name(self, source):
        return source.publisher

    def items(self, source):
        return feed_entries(source)

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.link

    def item_guid(self, entry):
        return entry.guid

    def item_description(self, entry):
        return entry.summary

    def item_author_name(self, entry):
        return entry.author

    def item_categories(self, entry):
        return entry.categories

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.updated

    def item_enclosures(self, entry):
        return [entry.enclosure] if entry.enclosure else []

    def item_extra_kwargs(self, entry):
        return {"content": entry.content}
