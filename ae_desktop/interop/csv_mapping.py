"""Which column of a CSV file holds what: guessed from the header names, shown for the user to
correct in the import dialog.

Headers are matched ignoring case, accents, spaces and punctuation, so "E-mail", "Email" and
"email address" are all recognised, as are the exports of HubSpot, Pipedrive and Salesforce
and Spanish headers ("Teléfono", "Compañía", "Fecha de cierre").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Literal

from ae_desktop.domain.text import fold
from ae_desktop.translation import translate


class Field(StrEnum):
    """What a column holds. IGNORE columns are not imported."""

    CLIENT_NAME = "client_name"
    CONTACT_NAME = "contact_name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    ROLE = "role"
    INDUSTRY = "industry"
    WEBSITE = "website"
    ADDRESS = "address"
    CITY = "city"
    POSTCODE = "postcode"
    COUNTRY = "country"
    NOTES = "notes"
    DEAL_TITLE = "deal_title"
    DEAL_VALUE = "deal_value"
    DEAL_CURRENCY = "deal_currency"
    DEAL_STAGE = "deal_stage"
    DEAL_STATUS = "deal_status"
    DEAL_CLOSE = "deal_close"
    DEAL_LOST_REASON = "deal_lost_reason"
    IGNORE = "ignore"


# Header names per field, best first: when two columns could hold a field, the one whose name
# comes earlier here gets it (HubSpot's "Company Name" before its "Associated Company").
_ALIASES: dict[Field, tuple[str, ...]] = {
    Field.CLIENT_NAME: (
        "Company Name", "Company", "Account Name", "Account.Name", "Deal - Organization",
        "Organization - Name", "Person - Organization", "Organization", "Organisation",
        "Organization Name", "Organisation Name", "Associated Company", "Account", "Client",
        "Client Name", "Customer", "Customer Name", "Empresa", "Nombre de la empresa",
        "Compañía", "Organización", "Cliente", "Cuenta", "Razón social",
    ),
    Field.CONTACT_NAME: (
        "Full Name", "Contact Name", "Person - Name", "Nombre completo", "Nombre y apellidos",
        "Contact", "Contacto", "Person", "Persona",
    ),
    Field.FIRST_NAME: (
        "First Name", "Person - First name", "Given Name", "Forename", "Nombre de pila",
    ),
    Field.LAST_NAME: (
        "Last Name", "Person - Last name", "Surname", "Family Name", "Apellidos", "Apellido",
    ),
    Field.EMAIL: (
        "Email", "Email Address", "Person - Email", "Person - Email - Work", "Work Email",
        "Person - Email - Home", "Person - Email - Other", "Correo electrónico", "Correo",
        "Mail",
    ),
    Field.PHONE: (
        "Phone", "Phone Number", "Telephone", "Tel", "Person - Phone", "Person - Phone - Work",
        "Work Phone", "Business Phone", "Teléfono", "Teléfono fijo", "Mobile Phone Number",
        "MobilePhone", "Mobile", "Person - Phone - Mobile", "Cell Phone", "Móvil", "Celular",
        "Person - Phone - Home", "Person - Phone - Other",
    ),
    Field.ROLE: (
        "Job Title", "Person - Job title", "Position", "Role", "Cargo", "Puesto", "Rol",
    ),
    Field.INDUSTRY: ("Industry", "Organization - Industry", "Sector", "Industria"),
    Field.WEBSITE: (
        "Website URL", "Website", "Web site", "Organization - Website", "Web", "URL",
        "Sitio web", "Página web",
    ),
    Field.ADDRESS: (
        "Street Address", "MailingStreet", "Address", "Street", "Organization - Address",
        "Person - Address", "Dirección", "Domicilio", "Calle",
    ),
    Field.CITY: ("City", "MailingCity", "Town", "Ciudad", "Localidad", "Población", "Municipio"),
    Field.POSTCODE: (
        "Postal Code", "MailingPostalCode", "Postcode", "Zip", "Zip Code", "Zip/Postal Code",
        "Código postal", "CP",
    ),
    Field.COUNTRY: ("Country/Region", "Country", "MailingCountry", "País"),
    Field.NOTES: (
        "Notes", "Note", "Comments", "Comment", "Description", "Notas", "Nota", "Observaciones",
        "Comentarios", "Descripción",
    ),
    Field.DEAL_TITLE: (
        "Deal Name", "Deal - Title", "Deal Title", "Opportunity Name", "Opportunity", "Deal",
        "Oportunidad", "Nombre de la oportunidad", "Negocio", "Nombre del negocio",
    ),
    Field.DEAL_VALUE: (
        "Amount", "Deal - Value", "Deal Value", "Value", "Amount in company currency",
        "Importe", "Valor",
    ),
    Field.DEAL_CURRENCY: (
        "Currency", "Deal currency code", "Deal - Currency", "CurrencyIsoCode", "Currency Code",
        "Moneda", "Divisa",
    ),
    Field.DEAL_STAGE: ("Deal Stage", "Deal - Stage", "StageName", "Stage", "Etapa", "Fase"),
    Field.DEAL_STATUS: ("Deal - Status", "Deal Status"),
    Field.DEAL_CLOSE: (
        "Close Date", "Deal - Expected close date", "Expected close date", "Expected close",
        "Fecha de cierre",
        "Cierre previsto", "Fecha de cierre prevista", "Fecha prevista de cierre",
    ),
    Field.DEAL_LOST_REASON: (
        "Closed Lost Reason", "Deal - Lost reason", "Lost Reason", "Loss Reason",
        "Motivo de pérdida", "Motivo de la pérdida",
    ),
}  # fmt: skip

# Names whose meaning depends on the other columns; they rank after every name above.
_NAME = frozenset({"name", "nombre"})  # first name, contact's full name or deal title
_TITLE = frozenset({"title", "titulo"})  # job title, or a deal's title in a deals file
_STATUS = frozenset({"status", "estado"})  # a deal's status; a state or province otherwise
_ACCOUNT_ID = "accountid"  # Salesforce's account id: a client name only for want of one
_CONTEXT_RANK = 100
_DEAL_SIGNS = (Field.DEAL_TITLE, Field.DEAL_VALUE, Field.DEAL_STAGE)
_PERSON_NAMES = frozenset({Field.CONTACT_NAME, Field.FIRST_NAME, Field.LAST_NAME})
_DEAL_DETAILS = frozenset(
    {Field.DEAL_VALUE, Field.DEAL_STAGE, Field.DEAL_STATUS, Field.DEAL_CLOSE, Field.DEAL_CURRENCY}
)


def header_key(header: str) -> str:
    """*header* without case, accents, spaces or punctuation: "País" -> "pais"."""
    return re.sub(r"[\W_]+", "", fold(header))


def _known_names() -> dict[str, tuple[Field, int]]:
    known: dict[str, tuple[Field, int]] = {}
    for field, names in _ALIASES.items():
        for rank, name in enumerate(names):
            known.setdefault(header_key(name), (field, rank))
    return known


_KNOWN = _known_names()


def guess_mapping(headers: Sequence[str]) -> dict[int, Field]:
    """Column index -> field for every column; a field goes to one column, the one with the
    best-known name (the leftmost among equals), except e-mail, phone and company, which also
    take their other well-known columns (the reader uses the first filled); the rest IGNORE."""
    keys = [header_key(header) for header in headers]
    known = frozenset(_KNOWN[key][0] for key in keys if key in _KNOWN)
    candidates: list[tuple[int, int, Field]] = []
    for column, key in enumerate(keys):
        found = _candidate(key, known)
        if found is not None:
            candidates.append((found[1], column, found[0]))
    mapping = dict.fromkeys(range(len(headers)), Field.IGNORE)
    taken: set[Field] = set()
    for _rank, column, field in sorted(candidates):
        if field not in taken:
            mapping[column] = field
            taken.add(field)
        elif field in _FALLBACK_FIELDS and keys[column] in _KNOWN:
            mapping[column] = field  # e.g. Mobile Phone Number when Phone Number is empty
    return mapping


# Fields a file often gives in several columns, the first filled one counting: a HubSpot
# contact's mobile when the phone is empty, the associated company when the company name is.
_FALLBACK_FIELDS = frozenset({Field.EMAIL, Field.PHONE, Field.CLIENT_NAME})


def _candidate(key: str, known: frozenset[Field]) -> tuple[Field, int] | None:
    """The field a column named *key* may hold, and how good a match it is (lower is better),
    given the fields the file's well-known header names hold (*known*)."""
    if key in _KNOWN:
        return _KNOWN[key]
    deals = any(field in known for field in _DEAL_SIGNS)
    titled = Field.DEAL_TITLE in known
    if key in _NAME:
        if Field.LAST_NAME in known and Field.FIRST_NAME not in known:
            return Field.FIRST_NAME, _CONTEXT_RANK
        if deals and not titled:
            return Field.DEAL_TITLE, _CONTEXT_RANK
        return Field.CONTACT_NAME, _CONTEXT_RANK
    if key in _TITLE:
        if deals and not titled:
            return Field.DEAL_TITLE, _CONTEXT_RANK + 1
        return Field.ROLE, _CONTEXT_RANK
    if key in _STATUS and deals:
        return Field.DEAL_STATUS, _CONTEXT_RANK
    if key == _ACCOUNT_ID:
        return Field.CLIENT_NAME, _CONTEXT_RANK + 1
    return None


def table_kind(mapping: Mapping[int, Field]) -> Literal["people", "deals"]:
    """ "deals" when a deal title or value column is mapped and no person's name column is,
    or when a deal title comes with at least two other deal columns (a CRM's deals export
    that also names the contact person); "people" otherwise."""
    fields = set(mapping.values())
    if not fields & {Field.DEAL_TITLE, Field.DEAL_VALUE}:
        return "people"
    if not fields & _PERSON_NAMES:
        return "deals"
    if Field.DEAL_TITLE in fields and len(fields & _DEAL_DETAILS) >= 2:
        return "deals"
    return "people"


def columns_for(mapping: Mapping[int, Field], field: Field) -> list[int]:
    """The columns mapped to *field*, left to right."""
    return sorted(column for column, mapped in mapping.items() if mapped is field)


def mapped_columns(mapping: Mapping[int, Field], width: int) -> dict[Field, list[int]]:
    """Every field -> the columns mapped to it, left to right, among a table's *width* columns
    (a mapping that names a column the table lacks does not fail)."""
    return {
        field: [column for column in columns_for(mapping, field) if 0 <= column < width]
        for field in Field
    }


def mapping_notes(headers: Sequence[str], mapping: Mapping[int, Field]) -> list[str]:
    """Notes for the import summary about how columns are read."""
    notes = []
    for column in columns_for(mapping, Field.CLIENT_NAME):
        if column < len(headers) and header_key(headers[column]) == _ACCOUNT_ID:
            notes.append(
                translate(
                    "csv",
                    "The file has no account name column, so clients are named after their "
                    "Salesforce account ID. Export the account name (Account.Name) to get the "
                    "names instead.",
                )
            )
    return notes


# Header names only one CRM's exports use, as their keys.
_HUBSPOT = frozenset(
    header_key(name)
    for name in (
        "Record ID", "Associated Company", "Deal Name", "Deal Stage", "Pipeline",
        "Website URL", "Country/Region", "Mobile Phone Number", "Phone Number",
        "Lifecycle Stage", "Contact owner", "Deal owner", "Closed Lost Reason",
        "Deal currency code", "Create Date", "Amount in company currency",
    )
)  # fmt: skip
# Salesforce's API field names, compared as written (CamelCase, with dots).
_SALESFORCE = frozenset(
    {
        "Id", "AccountId", "Account.Name", "FirstName", "LastName", "MobilePhone",
        "MailingStreet", "MailingCity", "MailingPostalCode", "MailingCountry", "StageName",
        "CloseDate", "CurrencyIsoCode", "OwnerId", "LeadSource", "IsWon", "IsClosed",
        "Account Name", "Opportunity Name",
    }
)  # fmt: skip
_PIPEDRIVE = re.compile(r"^(?:Person|Organi[sz]ation|Deal|Lead|Activity|Product) - \S")


def detect_source(headers: Sequence[str]) -> str:
    """ "HubSpot", "Pipedrive", "Salesforce" or "Generic": which CRM exported the file, when
    at least two header names are that CRM's own."""
    pipedrive = sum(1 for header in headers if _PIPEDRIVE.match(header.strip()))
    if pipedrive >= 2:
        return "Pipedrive"
    hubspot = sum(1 for header in headers if header_key(header) in _HUBSPOT)
    salesforce = sum(1 for header in headers if header.strip() in _SALESFORCE)
    if max(hubspot, salesforce) < 2:
        return "Generic"
    return "HubSpot" if hubspot > salesforce else "Salesforce"
