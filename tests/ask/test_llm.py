"""The optional LLM path, against a local stand-in speaking OpenAI chat completions.

The stand-in returns a reply citing one real article (CPL 2023 art. 250, 申请执行的期间) and
one invented one (CPL art. 999 — the 2023 text has 306 articles); the invented one must be
removed from the text and reported, the real one kept.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from supportcase.advice.ask import ask
from supportcase.advice.ask.llm import LlmConfig, LlmError, config_from_env

REPLY = ("申请执行的期间为二年，见《中华人民共和国民事诉讼法》第二百五十条。"
         "另据《中华人民共和国民事诉讼法》第九百九十九条，法院必须立即执行。")


class StandIn:
    """A tiny chat-completions server on 127.0.0.1 that records what it was sent."""

    def __init__(self, reply: str = REPLY, status: int = 200) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # http.server's method name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                stand_in.requests.append(json.loads(body))
                stand_in.headers.append(dict(self.headers))
                payload = json.dumps({
                    "id": "chatcmpl-test", "object": "chat.completion", "model": "stand-in",
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": reply}}],
                }).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> StandIn:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def stand_in() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


def test_unverifiable_citations_are_removed_and_reported(index, demo_case, stand_in):
    config = LlmConfig(url=stand_in.url, model="stand-in", key="secret")
    answer = ask("判决好几年了还能申请强制执行吗？", case=demo_case, llm=config,
                 today=dt.date(2026, 11, 1))
    assert "第二百五十条" in answer.text  # real: kept
    assert "第九百九十九条" not in answer.text  # invented: removed
    assert "[已删除：无法核验的引用]" in answer.text
    assert [r["article"] for r in answer.removed_citations] == ["999"]
    assert answer.removed_citations[0]["status"] == "not_found"
    assert any("第九百九十九条" in u for u in answer.uncertain)
    assert answer.llm is not None and answer.llm["used"] is True
    assert answer.text.startswith("以下为依据所引来源整理的法律信息，不构成法律意见")


def test_the_prompt_holds_only_passages_and_case_facts(index, demo_case, stand_in):
    config = LlmConfig(url=stand_in.url, model="stand-in", key="secret")
    ask("判决好几年了还能申请强制执行吗？", case=demo_case, llm=config, today=dt.date(2026, 11, 1))
    (request,) = stand_in.requests
    assert request["model"] == "stand-in"
    assert stand_in.headers[0]["Authorization"] == "Bearer secret"
    system, user = request["messages"]
    assert system["role"] == "system" and "不得承诺" in system["content"]
    prompt = user["content"]
    assert "申请执行的期间为二年" in prompt  # the retrieved statute text
    assert "2000.00 CNY monthly" in prompt  # a case fact
    # Contact details are not case facts the answer needs; they never leave the machine.
    assert "wangli.demo@example.cn" not in prompt
    assert "+86 138 0000 1234" not in prompt
    assert "San Jose, CA 95112" not in prompt


def test_an_endpoint_that_fails_leaves_the_offline_answer(index):
    with StandIn(status=500) as server:
        answer = ask("Can I get interest on late support?",
                     llm=LlmConfig(url=server.url, model="m"), today=dt.date(2026, 11, 1))
    assert answer.llm is not None and answer.llm["used"] is False
    assert "HTTP 500" in answer.llm["error"]
    assert "What the statutes say" in answer.text  # the offline answer stands


def test_a_promise_of_outcome_is_flagged(index):
    with StandIn(reply="You will definitely win; see CPL art. 264.") as server:
        answer = ask("Can I get interest on late support?",
                     llm=LlmConfig(url=server.url, model="m"), today=dt.date(2026, 11, 1))
    assert any("promise" in u for u in answer.uncertain)
    assert answer.removed_citations == []  # CPL art. 264 is real


def test_configuration_from_the_environment():
    assert config_from_env({}) is None
    config = config_from_env({"SUPPORTCASE_LLM_URL": "http://127.0.0.1:9/v1/",
                              "SUPPORTCASE_LLM_MODEL": "qwen", "SUPPORTCASE_LLM_KEY": "k"})
    assert config == LlmConfig(url="http://127.0.0.1:9/v1/", model="qwen", key="k")
    assert config.endpoint == "http://127.0.0.1:9/v1/chat/completions"
    with pytest.raises(LlmError):
        config_from_env({"SUPPORTCASE_LLM_URL": "http://127.0.0.1:9/v1"})
