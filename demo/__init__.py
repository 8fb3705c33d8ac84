"""A realistic Vietnamese demo site, built in code by ``manage.py load_demo_content``.

``loader`` runs the steps; ``data`` holds the content by page type, written against the
shapes in ``specs``; ``builders`` turns it into pages, drawing pictures (``artwork``),
printing PDFs, packing EPUBs (``epub``) and encoding a video (``mp4``) on the fly.
"""
