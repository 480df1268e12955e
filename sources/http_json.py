"""Any JSON search API: a URL template, parameters, headers from environment variables, and
dotted paths to the list of results and to each result's text, URL and date.

    base_url = "https://search.example.org/v2/search"      # may contain {query}
    params = { q = "{query}", limit = "10" }
    headers = { Authorization = "Bearer ${NEWSROOM_TOKEN}" }  # ${NAME}: from the environment
    items_path = "data.results"                            # dotted; digits index lists
    text_path = "body"
"""

from __future__ import annotations

import os
import re
from typing import Any, ClassVar
from urllib.parse import quote

from pydantic import Field

from sources.base import SourceConfig
from sources.http import HttpError
from sources.remote import Document, HttpSource, HttpSourceConfig, iso_date

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class HttpJsonConfig(HttpSourceConfig):
    base_url: str = Field(description="endpoint URL; {query} is replaced, URL-encoded")
    params: dict[str, str] = Field(default_factory=dict, description="{query} is replaced")
    headers: dict[str, str] = Field(default_factory=dict, description="${ENV_VAR} is replaced")
    api_key_param: str | None = Field(None, description="query parameter that takes the key")
    items_path: str = Field("", description="dotted path to the result list ('' = top level)")
    text_path: str = "text"
    title_path: str | None = None
    url_path: str | None = "url"
    date_path: str | None = None
    split: bool = Field(True, description="cut each result's text into sentences")


def dig(data: Any, path: str | None) -> Any:
    """Follow a dotted path ('data.results', 'items.0.body') through dicts and lists."""
    if path is None:
        return None
    for part in filter(None, path.split(".")):
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and part.lstrip("-").isdigit():
            index = int(part)
            data = data[index] if -len(data) <= index < len(data) else None
        else:
            return None
    return data


class HttpJsonSource(HttpSource):
    Config: ClassVar[type[SourceConfig]] = HttpJsonConfig
    config: HttpJsonConfig

    def secret_names(self) -> tuple[str, ...]:
        return tuple(self.config.headers) + (
            (self.config.api_key_param,) if self.config.api_key_param else ()
        )

    def request_headers(self) -> dict[str, str]:
        headers = {}
        for name, template in self.config.headers.items():
            missing = [v for v in _ENV_REF.findall(template) if not os.environ.get(v)]
            if missing:
                raise HttpError(
                    f"the environment variable {missing[0]} (header {name}) is not set",
                    f"export {missing[0]}=... before the run, or remove the header",
                )
            headers[name] = _ENV_REF.sub(lambda m: os.environ[m.group(1)], template)
        return headers

    def fetch(self, query: str) -> list[Document]:
        url = self.config.base_url.replace("{query}", quote(query, safe=""))
        params = {k: v.replace("{query}", query) for k, v in self.config.params.items()}
        if self.config.api_key_param:
            params[self.config.api_key_param] = self.api_key() or ""
        payload = self.client.get_json(url, params or None, self.request_headers())
        items = dig(payload, self.config.items_path)
        if items is None:
            items = []
        if not isinstance(items, list):
            raise HttpError(
                f"items_path '{self.config.items_path}' does not lead to a list in the answer",
                "fix items_path (dotted keys, e.g. data.results)",
            )
        documents = []
        for item in items:
            text = dig(item, self.config.text_path)
            if not isinstance(text, str) or not text.strip():
                continue
            title = dig(item, self.config.title_path)
            url_value = dig(item, self.config.url_path)
            documents.append(
                Document(
                    text=text,
                    url=url_value if isinstance(url_value, str) else None,
                    published=iso_date(dig(item, self.config.date_path)),
                    title=title if isinstance(title, str) else None,
                    split=self.config.split,
                )
            )
        return documents

    def probe(self) -> str:
        documents = self.fetch("test")
        return f"{len(documents)} results for a test query"
