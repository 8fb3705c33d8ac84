"""The project's URLs plus the naive suggestions the benchmark compares with."""

from django.urls import path

from bench.urls import urlpatterns as bench_urlpatterns

from .naive import naive_suggestions

urlpatterns = [path("bench/qa/naive-suggestions", naive_suggestions), *bench_urlpatterns]
