"""Admin URLs of this part of the statistics."""

urlpatterns = []
