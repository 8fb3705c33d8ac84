"""The content API's shape: viewsets, serializers, filters and bulk reference loading."""
