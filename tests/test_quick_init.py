"""models.quick_init (a frozen dataclass's __init__ without a setattr call per field): the
values it builds must be the dataclass's own in every way the code relies on."""

from dataclasses import FrozenInstanceError, dataclass, field, fields, replace

import pytest

from checker.models import quick_init


@quick_init
@dataclass(frozen=True)
class Quick:
    a: int
    b: str = "x"
    c: tuple = ()


@dataclass(frozen=True)
class Plain:
    a: int
    b: str = "x"
    c: tuple = ()


def test_same_values_defaults_equality_and_hash_as_the_dataclass():
    for args, kwargs in (((1,), {}), ((1, "y"), {}), ((), {"a": 2, "c": (3,)}),
                         ((4,), {"c": (5,), "b": "z"})):
        quick, plain = Quick(*args, **kwargs), Plain(*args, **kwargs)
        assert [getattr(quick, f.name) for f in fields(quick)] == \
            [getattr(plain, f.name) for f in fields(plain)]
        assert quick == Quick(*args, **kwargs) and hash(quick) == hash(Quick(*args, **kwargs))
    assert Quick(1) != Quick(2)


def test_still_frozen_and_replace_works():
    quick = Quick(1)
    with pytest.raises(FrozenInstanceError):
        quick.a = 2
    assert replace(quick, b="q") == Quick(1, "q")
    with pytest.raises(TypeError):
        Quick()  # a required field stays required
    with pytest.raises(TypeError):
        Quick(1, d=2)  # no field invented


def test_refuses_what_it_cannot_build():
    with pytest.raises(TypeError):
        @quick_init
        @dataclass(frozen=True)
        class WithFactory:
            a: list = field(default_factory=list)

    with pytest.raises(TypeError):
        @quick_init
        @dataclass(frozen=True)
        class WithPost:
            a: int

            def __post_init__(self):
                pass


def test_the_values_built_per_figure_use_it():
    from checker.figures.collect import Scope
    from checker.figures.matching import RegionHit
    from checker.models import Claim
    for cls in (Claim, Scope, RegionHit):
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
        assert "__setattr__" not in cls.__init__.__code__.co_names  # (a plain one calls it)
