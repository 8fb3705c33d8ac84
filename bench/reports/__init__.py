"""The PBGDPL statistics' benchmark: a period of 200 units × 60 indicators on PostgreSQL,
its dashboard and its XLSX export.

``python -m bench.reports.run`` (``make bench-reports``); see bench/README.md.
"""
