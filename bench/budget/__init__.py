"""The performance and accessibility budget of the public site (``python -m bench.budget``,
``make test-budget``): Lighthouse and a repeat visit against a fresh demo on gunicorn.
See bench/README.md, "Performance and accessibility budget"."""
