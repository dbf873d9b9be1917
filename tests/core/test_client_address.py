"""Rate limits key on the address the outermost trusted proxy saw, never on what a
client writes into X-Forwarded-For itself."""

from django.test import RequestFactory, override_settings

from praxisdialog.core.ratelimit import client_ip


def _request(forwarded: str = ""):
    meta = {"REMOTE_ADDR": "10.0.0.2"}
    if forwarded:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


def test_without_proxies_the_connection_address_counts_and_the_header_is_ignored():
    assert client_ip(_request("203.0.113.9")) == "10.0.0.2"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_address_it_saw_counts_not_the_clients_claim():
    # The client claims 1.2.3.4; our proxy appended the address it really saw.
    assert client_ip(_request("1.2.3.4, 198.51.100.7")) == "198.51.100.7"
    assert client_ip(_request("198.51.100.7")) == "198.51.100.7"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_behind_two_proxies_and_a_short_header_falls_back_to_the_connection():
    assert client_ip(_request("1.2.3.4, 198.51.100.7, 10.0.0.1")) == "198.51.100.7"
    assert client_ip(_request("198.51.100.7")) == "10.0.0.2"
