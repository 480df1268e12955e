from __future__ import annotations

import pytest

from claims.errors import ConfigError
from flows.config import load_config
from tests.conftest import EXAMPLE_CONFIG


def test_example_config_loads_and_opens_its_source():
    config = load_config(EXAMPLE_CONFIG)
    assert config.settings.verify.support_threshold == 0.50
    assert config.settings.report.formats == ["json", "md", "html", "csv"]
    [source] = config.open_sources()
    assert (source.name, source.type, source.trust) == ("example-kb", "csv", 0.9)


def test_digest_changes_with_the_settings(tmp_path):
    a = tmp_path / "a.toml"
    a.write_text("[verify]\nsupport_threshold = 0.8\n")
    b = tmp_path / "b.toml"
    b.write_text("[verify]\nsupport_threshold = 0.7\n")
    assert load_config(a).digest == load_config(a).digest != load_config(b).digest


def test_no_config_means_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config.path is None and config.settings.sources == []


def test_claimscope_toml_in_the_working_folder_is_picked_up(tmp_path, monkeypatch):
    (tmp_path / "claimscope.toml").write_text("[verify]\nnumber_tolerance = 0.1\n")
    monkeypatch.chdir(tmp_path)
    assert load_config(None).settings.verify.number_tolerance == 0.1


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[verify\n", "is not valid TOML"),
        ("[verfy]\nsupport_threshold = 0.8\n", "unknown key 'verfy'"),
        ("[verify]\nsupport_threshold = 2\n", "invalid value for 'verify.support_threshold'"),
        ("[report]\nformats = ['pdf']\n", "invalid value for 'report.formats.0'"),
        (
            "[[sources]]\nname = 'a'\ntype = 'csv'\npath = 'x.csv'\n"
            "[[sources]]\nname = 'a'\ntype = 'csv'\npath = 'x.csv'\n",
            "duplicate source name 'a'",
        ),
    ],
)
def test_config_errors_name_the_key(tmp_path, toml, message):
    (tmp_path / "x.csv").write_text("text\nMinsk is the capital of Belarus.\n")
    path = tmp_path / "c.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as info:
        load_config(path).open_sources()
    assert message in str(info.value) and "\n" not in str(info.value)
