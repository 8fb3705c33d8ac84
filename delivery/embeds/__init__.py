"""Embeddable views of pages for other sites: iframes, embed.js and an oEmbed provider."""
