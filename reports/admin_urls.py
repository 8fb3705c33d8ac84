"""Admin URLs of unit reports."""

urlpatterns = []
