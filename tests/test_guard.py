"""The SSRF guard's address rules, on their own (the fetcher tests cover them in use)."""

import ipaddress

import pytest

from checker.retrieve.guard import ip_literal, refused


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1",
                                     "169.254.169.254", "0.0.0.0", "224.0.0.1", "::1", "fe80::1",
                                     "fc00::1", "::ffff:127.0.0.1", "2002:7f00:1::",
                                     "64:ff9b::a9fe:a9fe", "100.64.0.1"])
def test_private_and_special_addresses_are_refused(address):
    assert refused(ipaddress.ip_address(address), ())


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700::6810:84e5", "1.1.1.1"])
def test_public_addresses_pass(address):
    assert not refused(ipaddress.ip_address(address), ())


def test_an_allowed_network_passes():
    assert not refused(ipaddress.ip_address("127.0.0.2"),
                       (ipaddress.ip_network("127.0.0.2/32"),))


@pytest.mark.parametrize("host,ip", [("2130706433", "127.0.0.1"), ("0x7f.1", "127.0.0.1"),
                                     ("0177.0.0.1", "127.0.0.1"), ("::1", "::1"),
                                     ("kpu.go.id", None)])
def test_ip_literals_in_every_spelling(host, ip):
    found = ip_literal(host)
    assert (str(found) if found else None) == ip
