"""RSS 2.0 and Atom feeds of published content."""
