from tests.sample_content import VIDEO_URL, add

__all__ = ["VIDEO_URL", "add"]
