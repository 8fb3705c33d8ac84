"""Configuration comes from the environment; production refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def load_settings(module, **env):
    required = ("SECRET_KEY", "PERSONAL_DATA_KEY", "ALLOWED_HOSTS")
    clean_env = {k: v for k, v in os.environ.items() if k not in required}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.ALLOWED_HOSTS)",
        ],
        env={**clean_env, "DJANGO_SETTINGS_MODULE": module, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY"),
        ({"SECRET_KEY": "s3cret"}, "PERSONAL_DATA_KEY"),
        ({"SECRET_KEY": "s3cret", "PERSONAL_DATA_KEY": "k3y"}, "ALLOWED_HOSTS"),
    ],
)
def test_production_requires_its_keys_and_hosts(env, missing):
    result = load_settings("cms.settings.production", **env)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_reads_hosts_from_environment():
    result = load_settings(
        "cms.settings.production",
        SECRET_KEY="s3cret",
        PERSONAL_DATA_KEY="k3y",
        ALLOWED_HOSTS="pbgdpl.example, a.example",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['pbgdpl.example', 'a.example']"


def test_the_api_fuzzing_settings_answer_errors_as_production_does():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DEBUG, '127.0.0.1' in settings.ALLOWED_HOSTS)",
        ],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.api_fuzz"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False True"


def test_language_and_time_zone():
    assert settings.LANGUAGE_CODE == "vi"
    assert [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES] == ["vi", "en"]
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"


def test_tests_never_use_a_network_embed_finder():
    assert settings.WAGTAILEMBEDS_FINDERS == [{"class": "tests.offline_embeds"}]
