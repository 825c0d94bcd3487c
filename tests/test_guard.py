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


# -- the Vetter: resolve + vet + pin, shared by the fetcher, the browser's requests and Scrapy --

def _dns(table):
    asked = []

    async def resolver(host, port):
        asked.append(host)
        answers = table[host]
        return answers.pop(0) if answers and isinstance(answers[0], list) else answers
    return resolver, asked


def _vet(vetter, host, port=80):
    import asyncio

    return asyncio.run(vetter.vet(host, port))


def test_the_vetter_refuses_a_host_when_any_answer_is_private():
    from checker.errors import CheckError
    from checker.retrieve.guard import Vetter

    resolver, _ = _dns({"mixed.test": ["93.184.216.34", "10.0.0.5"],
                        "ok.test": ["93.184.216.34"], "none.test": []})
    vetter = Vetter(resolver=resolver)
    assert _vet(vetter, "ok.test") == [ipaddress.ip_address("93.184.216.34")]
    with pytest.raises(CheckError) as error:
        _vet(vetter, "mixed.test")
    assert (error.value.code, error.value.params) == (
        "address_refused", {"host": "mixed.test", "address": "10.0.0.5"})
    with pytest.raises(CheckError) as error:
        _vet(vetter, "none.test")
    assert error.value.code == "dns_failed"
    with pytest.raises(CheckError):
        _vet(vetter, "2130706433")  # a literal is vetted without asking DNS
    assert _vet(Vetter(allow_private=True, resolver=resolver), "mixed.test")


def test_a_remembering_vetter_pins_the_first_answer_and_keeps_refusals():
    from checker.errors import CheckError
    from checker.retrieve.guard import Vetter

    # A rebinding name: public first, loopback on the second question.
    resolver, asked = _dns({"rebind.test": [["93.184.216.34"], ["127.0.0.1"]],
                            "bad.test": [["10.0.0.1"], ["93.184.216.34"]]})
    vetter = Vetter(resolver=resolver, remember=True)
    assert _vet(vetter, "rebind.test") == _vet(vetter, "REBIND.test.")
    assert vetter.pinned("rebind.test") == ["93.184.216.34"] and asked == ["rebind.test"]
    for _ in range(2):
        with pytest.raises(CheckError):
            _vet(vetter, "bad.test")  # refused once, refused for the crawl's life
    assert vetter.pinned("bad.test") == [] and asked.count("bad.test") == 1
    forgetful = Vetter(resolver=_dns({"rebind.test": [["93.184.216.34"], ["127.0.0.1"]]})[0])
    _vet(forgetful, "rebind.test")
    with pytest.raises(CheckError):
        _vet(forgetful, "rebind.test")  # without memory every hop asks again, and is vetted
    assert forgetful.pinned("rebind.test") == []


def test_mapped_names_replace_dns_and_are_still_vetted():
    from checker.errors import CheckError
    from checker.retrieve.guard import Vetter

    vetter = Vetter(allowed_networks=["127.0.0.1/32"],
                    resolve={"Site.Test": "127.0.0.1", "inner.test": "127.0.0.3"},
                    resolver=_dns({})[0])
    assert _vet(vetter, "site.test") == [ipaddress.ip_address("127.0.0.1")]
    with pytest.raises(CheckError) as error:
        _vet(vetter, "inner.test")
    assert error.value.code == "address_refused"
