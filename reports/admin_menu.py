"""The statistics menu and the admin screens of its data (activities, periods, indicators,
templates, forms)."""
