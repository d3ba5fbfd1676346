"""CSV import: CRM exports and Excel files read into the records and line numbers a user sees."""

from __future__ import annotations

import codecs
import csv
from datetime import date

import pytest

from ae_desktop.interop.csv_deals import CellError, parse_date, parse_value, read_deals
from ae_desktop.interop.csv_mapping import Field, detect_source, guess_mapping, table_kind
from ae_desktop.interop.csv_people import read_people
from ae_desktop.interop.csv_table import Table, TableRow, parse_table
from ae_desktop.interop.records import (
    DealRecord,
    DealStatus,
    ImportFileError,
    PersonRecord,
    ReadResult,
    RowProblem,
)
from ae_desktop.interop.textfile import decode_bytes

F = Field


def people(data: bytes) -> ReadResult[PersonRecord]:
    table = parse_table(decode_bytes(data).text)
    mapping = guess_mapping(table.headers)
    assert table_kind(mapping) == "people"
    return read_people(table, mapping)


def deals(data: bytes, currency: str = "EUR") -> ReadResult[DealRecord]:
    table = parse_table(decode_bytes(data).text)
    mapping = guess_mapping(table.headers)
    assert table_kind(mapping) == "deals"
    return read_deals(table, mapping, default_currency=currency)


def fields(headers: list[str]) -> list[Field]:
    mapping = guess_mapping(headers)
    return [mapping[column] for column in range(len(headers))]


# --- Real-looking exports -------------------------------------------------------------------

HUBSPOT_CONTACTS = (
    '"Record ID","First Name","Last Name","Email","Phone Number","Mobile Phone Number",'
    '"Job Title","Company Name","Associated Company","Industry","Website URL",'
    '"Street Address","City","Postal Code","Country/Region"\r\n'
    '"101","Ana","García  López","Ana.Garcia@Acme.es","+34 910 000 001","","Head of Sales",'
    '"Acme Iberia S.L.","Acme Iberia S.L.","Retail","acme.es","Calle Mayor 1","Madrid",'
    '"28013","Spain"\r\n'
    '"102","Bob","Smith","bob@beta.co.uk","","+44 7700 900123","CTO","Beta Ltd","Beta Ltd",'
    '"","","","London","","United Kingdom"\r\n'
    '"103","","","carol@nowhere.com","","","","","","","","","","",""\r\n'
    '"104","Dave","Jones","dave(at)gamma.com","","","","Gamma","","","","","","",""\r\n'
)


def test_a_hubspot_contacts_export() -> None:
    result = people(HUBSPOT_CONTACTS.encode("utf-8"))
    assert result.records == [
        PersonRecord(
            line=2, client_name="Acme Iberia S.L.", contact_name="Ana García López",
            email="ana.garcia@acme.es", phone="+34 910 000 001", role="Head of Sales",
            industry="Retail", website="acme.es", address="Calle Mayor 1, Madrid, 28013, Spain",
        ),
        PersonRecord(
            line=3, client_name="Beta Ltd", contact_name="Bob Smith", email="bob@beta.co.uk",
            phone="+44 7700 900123",  # his mobile: the phone column is empty
            role="CTO", address="London, United Kingdom",
        ),
    ]  # fmt: skip
    assert result.problems == [
        RowProblem(4, "No company or contact name, only the e-mail address carol@nowhere.com."),
        RowProblem(5, "The e-mail address “dave(at)gamma.com” is not valid."),
    ]
    assert result.notes == []


def test_hubspot_contact_columns_are_recognised() -> None:
    headers = parse_table(HUBSPOT_CONTACTS).headers
    assert detect_source(headers) == "HubSpot"
    assert fields(headers) == [
        F.IGNORE, F.FIRST_NAME, F.LAST_NAME, F.EMAIL, F.PHONE, F.PHONE, F.ROLE,
        F.CLIENT_NAME, F.CLIENT_NAME, F.INDUSTRY, F.WEBSITE, F.ADDRESS, F.CITY, F.POSTCODE,
        F.COUNTRY,
    ]  # fmt: skip


HUBSPOT_DEALS = (
    "Record ID,Deal Name,Amount,Deal Stage,Close Date,Pipeline,Associated Company,"
    "Deal currency code,Closed Lost Reason\n"
    "9001,Acme rollout,12500,Closed Won,2026-11-28 10:00,Sales Pipeline,Acme Iberia S.L.,EUR,\n"
    "9002,Beta pilot,1200.5,closedlost,04/05/2026,Sales Pipeline,Beta Ltd,GBP,Went with rival\n"
    "9003,Gamma audit,,Appointment Scheduled,,Sales Pipeline,,,\n"
)


def test_a_hubspot_deals_export_reads_ambiguous_dates_month_first() -> None:
    result = deals(HUBSPOT_DEALS.encode("utf-8"))
    assert result.records == [
        DealRecord(
            line=2, title="Acme rollout", client_name="Acme Iberia S.L.", value_minor=1250000,
            currency="EUR", stage_name="Closed Won", status=DealStatus.WON,
            expected_close=date(2026, 11, 28),
        ),
        DealRecord(
            line=3, title="Beta pilot", client_name="Beta Ltd", value_minor=120050,
            currency="GBP", stage_name="closedlost", status=DealStatus.LOST,
            expected_close=date(2026, 4, 5), lost_reason="Went with rival",
        ),
        DealRecord(
            line=4, title="Gamma audit", client_name="", value_minor=0, currency="EUR",
            stage_name="Appointment Scheduled",
        ),
    ]  # fmt: skip
    assert result.problems == []


PIPEDRIVE_PEOPLE = (
    "Person - Name,Person - First name,Person - Last name,Person - Email - Work,"
    "Person - Phone - Work,Person - Job title,Organization - Name,Organization - Address,"
    "Organization - Industry\n"
    '"Lucía Fernández",Lucía,Fernández,"lucia@delta.es, lucia.personal@gmail.com",'
    '+34 600 111 222,Compras,Delta Logística,"Av. de América 10, 28028 Madrid",Logistics\n'
    ",Pablo,Ruiz,,,,Delta Logística,,\n"
)


def test_a_pipedrive_people_export_takes_the_first_of_several_addresses() -> None:
    headers = parse_table(PIPEDRIVE_PEOPLE).headers
    assert detect_source(headers) == "Pipedrive"
    assert people(PIPEDRIVE_PEOPLE.encode("utf-8")).records == [
        PersonRecord(
            line=2, client_name="Delta Logística", contact_name="Lucía Fernández",
            email="lucia@delta.es", phone="+34 600 111 222", role="Compras",
            industry="Logistics", address="Av. de América 10, 28028 Madrid",
        ),
        PersonRecord(line=3, client_name="Delta Logística", contact_name="Pablo Ruiz"),
    ]  # fmt: skip


PIPEDRIVE_DEALS = (
    "Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,"
    "Deal - Expected close date,Deal - Organization,Deal - Lost reason,Organization - Name\n"
    "Delta renewal,12500,EUR,Negotiation,open,2026-11-28,Delta Logística,,Delta Logística\n"
    'Delta add-on,"3.400,50",EUR,Proposal,lost,,Delta Logística,Budget cut,Delta Logística\n'
    "Delta extra,100,EUR,Proposal,deleted,,Delta Logística,,Delta Logística\n"
)


def test_a_pipedrive_deals_export() -> None:
    result = deals(PIPEDRIVE_DEALS.encode("utf-8"), currency="USD")
    assert result.records == [
        DealRecord(
            line=2, title="Delta renewal", client_name="Delta Logística", value_minor=1250000,
            currency="EUR", stage_name="Negotiation", expected_close=date(2026, 11, 28),
        ),
        DealRecord(
            line=3, title="Delta add-on", client_name="Delta Logística", value_minor=340050,
            currency="EUR", stage_name="Proposal", status=DealStatus.LOST,
            lost_reason="Budget cut",
        ),
    ]  # fmt: skip
    assert result.problems == [RowProblem(4, "The status “deleted” is not open, won or lost.")]


SALESFORCE_CONTACTS = (
    "Id,FirstName,LastName,AccountId,Email,Phone,MobilePhone,Title,MailingStreet,"
    "MailingCity,MailingPostalCode,MailingCountry,Description\n"
    "0035g00000AbCdE,Emma,Stone,0015g00000XyZaB,EMMA@EPSILON.COM,+1 415 555 0100,,VP Ops,"
    '"500 Market St\nSuite 3",San Francisco,94105,USA,"Met at SaaStr.\nWants a demo."\n'
)


def test_a_salesforce_contacts_export_with_only_the_account_id_says_so() -> None:
    result = people(SALESFORCE_CONTACTS.encode("utf-8"))
    assert detect_source(parse_table(SALESFORCE_CONTACTS).headers) == "Salesforce"
    assert result.records == [
        PersonRecord(
            line=2, client_name="0015g00000XyZaB", contact_name="Emma Stone",
            email="emma@epsilon.com", phone="+1 415 555 0100", role="VP Ops",
            address="500 Market St, Suite 3, San Francisco, 94105, USA",
            notes="Met at SaaStr.\nWants a demo.",
        )
    ]  # fmt: skip
    assert len(result.notes) == 1 and "account ID" in result.notes[0]


def test_a_salesforce_account_name_wins_over_the_account_id() -> None:
    headers = ["Id", "FirstName", "LastName", "AccountId", "Account.Name", "Email"]
    assert fields(headers) == [
        F.IGNORE, F.FIRST_NAME, F.LAST_NAME, F.IGNORE, F.CLIENT_NAME, F.EMAIL,
    ]  # fmt: skip
    table = Table(headers, [TableRow(2, ["1", "Emma", "Stone", "001", "Epsilon", ""])])
    assert read_people(table, guess_mapping(headers)).notes == []


SALESFORCE_OPPORTUNITIES = (
    "Name,Amount,StageName,CloseDate,Account.Name,CurrencyIsoCode\n"
    "Epsilon platform,25000.00,Closed Won,2026-03-31T10:00:00.000Z,Epsilon Corp,USD\n"
    "Epsilon support,4000,Prospecting,04/05/2026,Epsilon Corp,USD\n"
    ",4000,Prospecting,,Epsilon Corp,USD\n"
)


def test_a_salesforce_opportunities_export_uses_name_as_the_title() -> None:
    result = deals(SALESFORCE_OPPORTUNITIES.encode("utf-8"))
    assert result.records == [
        DealRecord(
            line=2, title="Epsilon platform", client_name="Epsilon Corp", value_minor=2500000,
            currency="USD", stage_name="Closed Won", status=DealStatus.WON,
            expected_close=date(2026, 3, 31),
        ),
        DealRecord(
            line=3, title="Epsilon support", client_name="Epsilon Corp", value_minor=400000,
            currency="USD", stage_name="Prospecting", expected_close=date(2026, 4, 5),
        ),
    ]  # fmt: skip
    assert result.problems == [RowProblem(4, "No deal title.")]


SPANISH_EXCEL = (
    "Nombre;Apellidos;Compañía;Teléfono;Correo electrónico;Dirección;Ciudad;Código postal;"
    "País;Observaciones\r\nJosé;Peña Ávila;Café Ñandú S.L.;+34 915 555 555;JOSE@CAFENANDU.ES;"
    'C/ Alcalá 12;Madrid;28014;España;"Cliente desde 2019;\r\nprefiere llamadas"\r\n'
    ";;;;;;;;;\r\n"
    "María;  Gómez   ;;;;;;;;\r\n"
    ";;;+34 600 000 000;;;;;;\r\n"
)


def test_a_spanish_excel_file_in_windows_1252_with_semicolons() -> None:
    data = SPANISH_EXCEL.encode("cp1252")
    assert decode_bytes(data).encoding == "Windows-1252"
    result = people(data)
    assert result.records == [
        PersonRecord(
            line=2, client_name="Café Ñandú S.L.", contact_name="José Peña Ávila",
            email="jose@cafenandu.es", phone="+34 915 555 555",
            address="C/ Alcalá 12, Madrid, 28014, España",
            notes="Cliente desde 2019;\nprefiere llamadas",
        ),
        PersonRecord(line=5, client_name="", contact_name="María Gómez"),
    ]  # fmt: skip
    assert result.problems == [RowProblem(6, "No company or contact name.")]


def test_an_excel_unicode_text_file_utf16_with_tabs() -> None:
    text = (
        "Name\tCompany\tEmail\tPhone\r\n"
        'Ana Ruiz\t"Acme\t""Iberia"""\tana@acme.es\t+34 600 000 001\r\n'
        "Bo Chen\t北京贸易\t\t\r\n"
    )
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    assert people(data).records == [
        PersonRecord(
            line=2, client_name='Acme "Iberia"', contact_name="Ana Ruiz", email="ana@acme.es",
            phone="+34 600 000 001",
        ),
        PersonRecord(line=3, client_name="北京贸易", contact_name="Bo Chen"),
    ]  # fmt: skip


def test_a_utf8_file_with_bom_and_generic_english_headers() -> None:
    text = (
        "Full name,Organisation,E-mail,Telephone,Position,Sector,Web,Address,Zip,Country,"
        "Comments\r\nZoe Hart,Hart & Co,zoe@hart.co,020 7946 0000,Owner,Legal,hart.co,"
        "1 Fleet St,EC4Y 1AA,UK,Prefers e-mail\r\n"
    )
    data = codecs.BOM_UTF8 + text.encode("utf-8")
    assert people(data).records == [
        PersonRecord(
            line=2, client_name="Hart & Co", contact_name="Zoe Hart", email="zoe@hart.co",
            phone="020 7946 0000", role="Owner", industry="Legal", website="hart.co",
            address="1 Fleet St, EC4Y 1AA, UK", notes="Prefers e-mail",
        )
    ]  # fmt: skip


SPANISH_DEALS = (
    "Oportunidad;Cliente;Importe;Etapa;Estado;Fecha de cierre;Motivo de pérdida\n"
    "Renovación;Café Ñandú;12 500 €;Negociación;abierta;28/11/2026;\n"
    "Ampliación;Café Ñandú;$1,200;Ganada;;05/06/2026;\n"
    "Piloto;Delta;1234,5;Perdida;;;Precio\n"
    "Formación;Delta;-300;Propuesta;;;\n"
    "Soporte;Delta;doce mil;Propuesta;;;\n"
    "Auditoría;Delta;100;Propuesta;;31/02/2026;\n"
    ";Delta;100;Propuesta;;;\n"
)


def test_a_spanish_deals_file_with_every_problem_on_its_line() -> None:
    result = deals(SPANISH_DEALS.encode("utf-8"))
    assert result.records == [
        DealRecord(
            line=2, title="Renovación", client_name="Café Ñandú", value_minor=1250000,
            currency="EUR", stage_name="Negociación", expected_close=date(2026, 11, 28),
        ),
        DealRecord(
            line=3, title="Ampliación", client_name="Café Ñandú", value_minor=120000,
            currency="USD", stage_name="Ganada", status=DealStatus.WON,
            expected_close=date(2026, 6, 5),
        ),
        DealRecord(
            line=4, title="Piloto", client_name="Delta", value_minor=123450, currency="EUR",
            stage_name="Perdida", status=DealStatus.LOST, lost_reason="Precio",
        ),
    ]  # fmt: skip
    assert result.problems == [
        RowProblem(5, "The value “-300” is negative."),
        RowProblem(6, "The value “doce mil” is not an amount."),
        RowProblem(7, "The close date “31/02/2026” is not a date."),
        RowProblem(8, "No deal title."),
    ]


def test_columns_the_user_maps_to_one_field_give_the_first_filled_cell() -> None:
    headers = ["Name", "Phone", "Mobile", "Work email", "Home email"]
    mapping = {0: F.CONTACT_NAME, 1: F.PHONE, 2: F.PHONE, 3: F.EMAIL, 4: F.EMAIL}
    rows = [TableRow(2, ["Ana", "", "+34 600 000 001", "  ", "ANA@home.es"])]
    assert read_people(Table(headers, rows), mapping).records == [
        PersonRecord(
            line=2, client_name="", contact_name="Ana", email="ana@home.es",
            phone="+34 600 000 001",
        )
    ]  # fmt: skip


def test_a_mapping_naming_a_column_the_table_lacks_is_ignored() -> None:
    table = Table(["Name"], [TableRow(2, ["Ana"])])
    result = read_people(table, {0: F.CONTACT_NAME, 7: F.EMAIL})
    assert result.records == [PersonRecord(line=2, client_name="", contact_name="Ana")]


# --- The table: separators, line numbers, limits ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter", "headers"),
    [
        ("Name,Company\nAna,Acme\n", ",", ["Name", "Company"]),
        ("Name;Company\nAna;Acme, S.L.\n", ";", ["Name", "Company"]),
        ("Name\tCompany\nAna\tAcme; Iberia\n", "\t", ["Name", "Company"]),
        ('"Name, full";Company\nAna;Acme\n', ";", ["Name, full", "Company"]),
        # A tie in the header: the separator the rows agree with wins.
        ("Nombre;Importe, EUR\nAna;12,5\nBob;13\n", ";", ["Nombre", "Importe, EUR"]),
        ("Name\nAna\n", ",", ["Name"]),
        ("\ufeff Name , Company\nAna,Acme\n", ",", ["Name", "Company"]),
    ],
)
def test_the_separator_is_found_from_the_header_line(
    text: str, delimiter: str, headers: list[str]
) -> None:
    table = parse_table(text)
    assert (table.delimiter, table.headers) == (delimiter, headers)


def test_excel_sep_line_names_the_separator_and_counts_as_a_line() -> None:
    table = parse_table("sep=;\r\nName;Company, Inc\r\nAna;Acme, Inc\r\n")
    assert table.headers == ["Name", "Company, Inc"]
    assert table.rows == [TableRow(3, ["Ana", "Acme, Inc"])]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_line_breaks_inside_quotes_move_the_later_rows_down(newline: str) -> None:
    text = newline.join(
        ["Name,Notes", 'Ana,"first', "second", 'third"', "Bob,x", "", "Carol,y", " , ", "Dan,z"]
    )
    rows = parse_table(text + newline).rows
    assert [(row.line, row.cells[0]) for row in rows] == [(2, "Ana"), (5, "Bob"), (7, "Carol"),
                                                          (9, "Dan")]  # fmt: skip
    assert rows[0].cells[1] == f"first{newline}second{newline}third"


def test_rows_are_cut_or_padded_to_the_header() -> None:
    rows = parse_table("a,b,c\n1,2,3,4\n1\n").rows
    assert rows == [TableRow(2, ["1", "2", "3"]), TableRow(3, ["1", "", ""])]


def _refusal(text: str) -> str:
    with pytest.raises(ImportFileError) as error:
        parse_table(text)
    return str(error.value)


def test_a_200_kb_field_is_refused_naming_its_line() -> None:
    limit = csv.field_size_limit()
    text = 'Name,Notes\nAna,ok\nBob,"' + "x" * 200_000 + '"\n'
    assert _refusal(text) == (
        "Line 3 has a field of 200,000 characters; fields over 131,072 are not imported."
    )
    assert csv.field_size_limit() == limit  # the csv module's global limit is left alone


def test_a_field_of_exactly_the_limit_is_read() -> None:
    table = parse_table("Name,Notes\nAna," + "x" * 131_072 + "\n")
    assert len(table.rows[0].cells[1]) == 131_072


def test_a_quoted_field_cut_off_at_the_end_of_the_file() -> None:
    text = 'Name,Notes\nAna,"ok"\nBob,"never closed\nmore text\n'
    assert _refusal(text) == (
        "The quoted field that starts on line 3 is never closed: the file may be cut short, "
        "or a quote is missing."
    )


def test_a_quote_in_the_wrong_place_names_the_line() -> None:
    assert _refusal('Name,Company\nAna,Acme\nBob,"Big" Corp\n').startswith(
        "Line 3 could not be read: a field that starts with a quote"
    )


def test_100000_rows_are_read_and_100001_are_refused() -> None:
    rows = "".join(f"P{n},C{n}\n" for n in range(100_000))
    assert len(parse_table("Name,Company\n" + rows).rows) == 100_000
    assert _refusal("Name,Company\n" + rows + "Last,One\n") == (
        "The file has more than 100,000 rows; split it into smaller files and import them "
        "one by one."
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The file has no rows."),
        ("\n ,, \n\n", "The file has no rows."),
        ("Name,Company\n\n,\n", "The file has only a header line and no rows under it."),
        ("h," * 1000 + "\n1\n", "The file has 1,001 columns; files with more than 1,000 columns "
         "are not imported."),
        ("h," * 999 + "h\n" + "a\n" * 10_100, "The rows have far fewer columns than the header "
         "line; check that the file is a table with one separator (comma, semicolon or tab) "
         "between columns."),
    ],
    ids=["empty", "blank", "header-only", "columns", "short-rows"],
)  # fmt: skip
def test_files_that_are_not_a_table_of_rows(text: str, message: str) -> None:
    assert _refusal(text) == message


# --- Recognising the columns --------------------------------------------------------------------


def test_spanish_headers_are_recognised() -> None:
    headers = [
        "Nombre completo", "Empresa", "Correo", "Teléfono", "Móvil", "Cargo", "Sector", "Web",
        "Dirección", "Ciudad", "Código postal", "País", "Notas", "Observaciones", "Estado",
    ]  # fmt: skip
    assert fields(headers) == [
        F.CONTACT_NAME, F.CLIENT_NAME, F.EMAIL, F.PHONE, F.PHONE, F.ROLE, F.INDUSTRY,
        F.WEBSITE, F.ADDRESS, F.CITY, F.POSTCODE, F.COUNTRY, F.NOTES, F.IGNORE, F.IGNORE,
    ]  # fmt: skip


def test_generic_english_headers_are_recognised() -> None:
    headers = [
        "Contact", "Client", "Email address", "Mobile", "Job title", "Industry", "Website",
        "Address", "City", "Postcode", "Country", "Notes",
    ]  # fmt: skip
    assert fields(headers) == [
        F.CONTACT_NAME, F.CLIENT_NAME, F.EMAIL, F.PHONE, F.ROLE, F.INDUSTRY, F.WEBSITE,
        F.ADDRESS, F.CITY, F.POSTCODE, F.COUNTRY, F.NOTES,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["  E-MAIL ", "TELEFONO", "compania", "codigo_postal"],
         [F.EMAIL, F.PHONE, F.CLIENT_NAME, F.POSTCODE]),
        (["Nombre", "Empresa"], [F.CONTACT_NAME, F.CLIENT_NAME]),
        (["Nombre", "Apellidos", "Cuenta"], [F.FIRST_NAME, F.LAST_NAME, F.CLIENT_NAME]),
        (["Name", "Last Name", "Company"], [F.FIRST_NAME, F.LAST_NAME, F.CLIENT_NAME]),
        (["Name", "Account", "Amount", "Stage"],
         [F.DEAL_TITLE, F.CLIENT_NAME, F.DEAL_VALUE, F.DEAL_STAGE]),
        (["Title", "Organization", "Value", "Status"],
         [F.DEAL_TITLE, F.CLIENT_NAME, F.DEAL_VALUE, F.DEAL_STATUS]),
        (["Name", "Title", "Company", "Status"], [F.CONTACT_NAME, F.ROLE, F.CLIENT_NAME, F.IGNORE]),
        (["Negocio", "Cliente", "Valor", "Moneda", "Fase", "Estado", "Cierre previsto",
          "Motivo de pérdida"],
         [F.DEAL_TITLE, F.CLIENT_NAME, F.DEAL_VALUE, F.DEAL_CURRENCY, F.DEAL_STAGE,
          F.DEAL_STATUS, F.DEAL_CLOSE, F.DEAL_LOST_REASON]),
        # E-mail, phone and company take every well-known column: the first filled counts.
        (["Email", "E-mail", "Correo"], [F.EMAIL, F.EMAIL, F.EMAIL]),
        (["Deal - Title", "Deal - Organization", "Organization - Name"],
         [F.DEAL_TITLE, F.CLIENT_NAME, F.CLIENT_NAME]),
    ],
    ids=["folding", "nombre-alone", "nombre-apellidos", "name-last", "name-deal",
         "title-deal", "title-role", "spanish-deals", "once-only", "pipedrive-org"],
)  # fmt: skip
def test_headers_whose_meaning_depends_on_the_others(
    headers: list[str], expected: list[Field]
) -> None:
    assert fields(headers) == expected


@pytest.mark.parametrize(
    ("headers", "source"),
    [
        (["Deal Name", "Amount", "Deal Stage", "Pipeline"], "HubSpot"),
        (["Person - Name", "Organization - Name"], "Pipedrive"),
        (["Name", "Amount", "StageName", "CloseDate", "Account.Name"], "Salesforce"),
        (["Name", "Company", "Email", "Phone"], "Generic"),
        (["Nombre", "Apellidos", "Compañía"], "Generic"),
    ],
)
def test_the_crm_that_exported_the_file(headers: list[str], source: str) -> None:
    assert detect_source(headers) == source


@pytest.mark.parametrize(
    ("mapping", "kind"),
    [
        ({0: F.CONTACT_NAME, 1: F.CLIENT_NAME}, "people"),
        ({0: F.DEAL_TITLE, 1: F.CLIENT_NAME}, "deals"),
        ({0: F.CLIENT_NAME, 1: F.DEAL_VALUE}, "deals"),
        ({0: F.CONTACT_NAME, 1: F.DEAL_VALUE}, "people"),
        ({0: F.DEAL_TITLE, 1: F.DEAL_VALUE, 2: F.DEAL_STAGE, 3: F.CONTACT_NAME}, "deals"),
        ({0: F.IGNORE}, "people"),
    ],
)
def test_whether_the_file_lists_people_or_deals(mapping: dict[int, Field], kind: str) -> None:
    assert table_kind(mapping) == kind


# --- Amounts, dates, status ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "minor", "currency"),
    [
        ("1,234.56", 123456, ""),
        ("1.234,56", 123456, ""),
        ("1234,5", 123450, ""),
        ("€ 12.500", 1250000, "EUR"),
        ("12 500 €", 1250000, "EUR"),
        ("12\u00a0500,50\u00a0€", 1250050, "EUR"),
        ("$1,200", 120000, "USD"),
        ("£99.99", 9999, "GBP"),
        ("EUR 1.000", 100000, "EUR"),
        ("1000 usd", 100000, "USD"),
        ("1'250.00 CHF", 125000, "CHF"),
        ("25000.00", 2500000, ""),
        ("0", 0, ""),
        ("", 0, ""),
    ],
)
def test_amounts_in_every_form(cell: str, minor: int, currency: str) -> None:
    assert parse_value(cell) == (minor, currency)


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("-5", "The value “-5” is negative."),
        ("(1,200.00)", "The value “(1,200.00)” is negative."),
        ("€ -5", "The value “€ -5” is negative."),
        ("−5 €", "The value “−5 €” is negative."),
        ("abc", "The value “abc” is not an amount."),
        ("1.2.3", "The value “1.2.3” is not an amount."),
        ("1e5", "The value “1e5” is not an amount."),
        ("€12 USD", "The value “€12 USD” is not an amount."),
        ("10000000000000", "The value “10000000000000” is too large."),
    ],
)
def test_amounts_the_user_must_fix(cell: str, message: str) -> None:
    with pytest.raises(CellError) as error:
        parse_value(cell)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("cell", "day_first", "month_first"),
    [
        ("2026-11-28", date(2026, 11, 28), date(2026, 11, 28)),
        ("2026-11-28 10:00", date(2026, 11, 28), date(2026, 11, 28)),
        ("2026-11-28T10:00:00.000Z", date(2026, 11, 28), date(2026, 11, 28)),
        ("28/11/2026", date(2026, 11, 28), date(2026, 11, 28)),
        ("28-11-2026", date(2026, 11, 28), date(2026, 11, 28)),
        ("28.11.26", date(2026, 11, 28), date(2026, 11, 28)),
        ("11/28/2026", date(2026, 11, 28), date(2026, 11, 28)),
        ("05/06/2026", date(2026, 6, 5), date(2026, 5, 6)),
        ("11/28/2026 10:00 AM", date(2026, 11, 28), date(2026, 11, 28)),
    ],
)
def test_dates_in_every_form(cell: str, day_first: date, month_first: date) -> None:
    assert parse_date(cell) == day_first
    assert parse_date(cell, month_first=True) == month_first


@pytest.mark.parametrize("cell", ["13/13/2026", "2026-13-01", "31/04/2026", "tomorrow", "2026"])
def test_dates_the_user_must_fix(cell: str) -> None:
    with pytest.raises(CellError, match=f"^The close date “{cell}” is not a date.$"):
        parse_date(cell)


def _one_deal(amount: str = "100", **cells: str) -> DealRecord | RowProblem:
    headers = ["Deal", "Amount", *cells]
    table = Table(headers, [TableRow(2, ["Deal", amount, *cells.values()])])
    result = read_deals(table, guess_mapping(headers), default_currency="eur")
    return (result.records or result.problems)[0]


@pytest.mark.parametrize(
    ("status", "stage", "expected"),
    [
        ("", "Closed Won", DealStatus.WON),
        ("", "closedwon", DealStatus.WON),
        ("", "Won", DealStatus.WON),
        ("", "Ganada", DealStatus.WON),
        ("", "Closed Lost", DealStatus.LOST),
        ("", "Perdida", DealStatus.LOST),
        ("", "Negotiation", DealStatus.OPEN),
        ("Won", "Negotiation", DealStatus.WON),
        ("Abierta", "Closed Won", DealStatus.OPEN),
        ("PERDIDA", "", DealStatus.LOST),
    ],
)
def test_won_or_lost_from_the_status_column_or_the_stage(
    status: str, stage: str, expected: DealStatus
) -> None:
    deal = _one_deal(Status=status, Stage=stage)
    assert isinstance(deal, DealRecord) and deal.status is expected


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [("$100", "EUR", "EUR"), ("$100", "", "USD"), ("100", "", "EUR"), ("100", "€", "EUR"),
     ("100", "euros", "EUR"), ("100", "gbp", "GBP")],
)  # fmt: skip
def test_the_currency_column_then_the_amount_then_the_default(
    amount: str, currency: str, expected: str
) -> None:
    deal = _one_deal(amount, Currency=currency)
    assert isinstance(deal, DealRecord) and deal.currency == expected


def test_a_currency_that_is_not_a_code_is_a_problem() -> None:
    assert _one_deal(Currency="Bitcoin") == RowProblem(
        2, "The currency “Bitcoin” is not a three-letter code such as EUR."
    )
