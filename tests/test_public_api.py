"""What ``import regwatch`` offers."""

from __future__ import annotations

from enum import StrEnum

import attrs
import pytest

import regwatch

MODEL_CLASSES = ["Jurisdiction", "Platform", "Directive", "Deadline", "Outcome"]
VOCABULARIES = [
    "Action",
    "OutcomeStatus",
    "PlatformKind",
    "JurisdictionKind",
    "DatePrecision",
    "Provenance",
]


@pytest.mark.parametrize("name", MODEL_CLASSES)
def test_model_classes_are_attrs_classes(name: str) -> None:
    """The five model classes are exported attrs classes."""
    assert attrs.has(getattr(regwatch, name))


@pytest.mark.parametrize("name", MODEL_CLASSES)
def test_model_classes_are_frozen_and_slotted(name: str) -> None:
    """Model classes are frozen and slotted."""
    cls = getattr(regwatch, name)

    assert "__slots__" in vars(cls)
    assert cls.__setattr__ is not object.__setattr__


@pytest.mark.parametrize("name", VOCABULARIES)
def test_vocabularies_are_exported(name: str) -> None:
    """The vocabularies are exported string enums."""
    assert issubclass(getattr(regwatch, name), StrEnum)


@pytest.mark.parametrize("name", sorted(regwatch.__all__))
def test_every_exported_name_exists(name: str) -> None:
    """Every name in regwatch.__all__ exists."""
    assert hasattr(regwatch, name)


def test_exports_are_listed() -> None:
    """The model classes and vocabularies are all in regwatch.__all__."""
    assert set(MODEL_CLASSES + VOCABULARIES) <= set(regwatch.__all__)


def test_version_is_a_string() -> None:
    """regwatch.__version__ is a non-empty string."""
    assert isinstance(regwatch.__version__, str)
    assert regwatch.__version__
