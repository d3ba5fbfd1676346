"""vCard reading (Apple, Google, vCard 4.0 exports; hostile files) and writing (vCard 4.0)."""

from __future__ import annotations

import base64
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import vobject  # type: ignore[import-untyped]

from ae_desktop.interop.records import (
    MAX_VCARD_FILE_BYTES,
    ImportFileError,
    PersonRecord,
    RowProblem,
)
from ae_desktop.interop.vcard_read import read_vcard_file, read_vcards
from ae_desktop.interop.vcard_write import VCardContact, contact_uid, write_vcards

PHOTO = base64.b64encode(bytes(range(256)) * 40).decode()
PHOTO_LINES = "\r\n ".join(PHOTO[i : i + 74] for i in range(0, len(PHOTO), 74))

APPLE = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//macOS 14.5//EN\r\n"
    "N:García;Lucía;;;\r\n"
    "FN:Lucía García\r\n"
    "ORG:Frutas del Sur S.L.;Compras\r\n"
    "TITLE:Directora de compras\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:lucia@frutasdelsur.es\r\n"
    "item1.X-ABLabel:_$!<Other>!$_\r\n"
    "EMAIL;type=INTERNET;type=HOME:lucia.g@gmail.com\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+34 600 111 222\r\n"
    "item2.ADR;type=WORK;type=pref:;;Calle Mayor 5;Sevilla;;41001;España\r\n"
    "item2.X-ABADR:es\r\n"
    "item3.URL;type=pref:https://frutasdelsur.es\r\n"
    "item3.X-ABLabel:_$!<HomePage>!$_\r\n"
    f"PHOTO;ENCODING=b;TYPE=JPEG:{PHOTO_LINES}\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:;;;;\r\n"
    "FN:Almacenes Ruiz\r\n"
    "ORG:Almacenes Ruiz;\r\n"
    "X-ABShowAs:COMPANY\r\n"
    "END:VCARD\r\n"
)

GOOGLE = (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "FN:Peter Schmidt\n"
    "N:Schmidt;Peter;;;\n"
    "EMAIL;TYPE=INTERNET;TYPE=HOME:peter@example.org\n"
    "EMAIL;TYPE=INTERNET;TYPE=WORK:p.schmidt@nordbau.de\n"
    "TEL;TYPE=HOME:+49 30 1234\n"
    "TEL;TYPE=WORK:+49 30 5678\n"
    "ORG:Nordbau GmbH\n"
    "NOTE:Met at the fair\\, hall 3\\nLikes coffee\n"
    "CATEGORIES:myContacts\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "N:Okafor;Ada;;;\n"
    "TEL;TYPE=CELL:+44 7700 900123\n"
    "END:VCARD\n"
)

VCARD4 = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Marie Dubois\r\n"
    "N:Dubois;Marie;;;\r\n"
    "ORG:Atelier Lumière\r\n"
    'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+33-1-23-45-67-89\r\n'
    "EMAIL;TYPE=work:marie@atelier-lumiere.fr\r\n"
    "END:VCARD\r\n"
)


def test_apple_contacts_export_with_groups_and_photo() -> None:
    result = read_vcards(APPLE.encode())
    assert result.problems == []
    assert result.records == [
        PersonRecord(
            line=1,
            client_name="Frutas del Sur S.L.",
            contact_name="Lucía García",
            email="lucia@frutasdelsur.es",
            phone="+34 600 111 222",
            role="Directora de compras",
            website="https://frutasdelsur.es",
            address="Calle Mayor 5, Sevilla, 41001, España",
        ),
        PersonRecord(
            line=APPLE.count("\r\n", 0, APPLE.index("BEGIN:VCARD", 10)) + 1,
            client_name="Almacenes Ruiz",
            contact_name="",
        ),
    ]


def test_google_contacts_prefers_work_email_and_phone() -> None:
    result = read_vcards(GOOGLE.encode("utf-8-sig"))
    assert [(r.line, r.contact_name, r.client_name, r.email, r.phone) for r in result.records] == [
        (1, "Peter Schmidt", "Nordbau GmbH", "p.schmidt@nordbau.de", "+49 30 5678"),
        (13, "Ada Okafor", "", "", "+44 7700 900123"),
    ]
    assert result.records[0].notes == "Met at the fair, hall 3\nLikes coffee"
    assert result.notes == []


def test_vcard_4_tel_uri_is_shown_as_a_number() -> None:
    (record,) = read_vcards(VCARD4.encode()).records
    assert (record.contact_name, record.client_name) == ("Marie Dubois", "Atelier Lumière")
    assert record.phone == "+33 1 23 45 67 89"
    assert record.email == "marie@atelier-lumiere.fr"


def test_vcard_2_1_windows_1252() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Núñez;José\r\nTEL;WORK;VOICE:91 555 12 12\r\nEND:VCARD\r\n"
    )
    result = read_vcards(text.encode("cp1252"))
    assert [(r.contact_name, r.phone) for r in result.records] == [("José Núñez", "91 555 12 12")]
    assert result.notes == ["Read as Windows-1252."]


def test_card_without_name_or_company_and_broken_card_are_problems() -> None:
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nEMAIL:x@y.z\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bad\nN:a;b\nthis line is not a property\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Good One\nEND:VCARD\n"
    )
    result = read_vcards(text.encode())
    assert [r.contact_name for r in result.records] == ["Good One"]
    assert result.problems == [
        RowProblem(1, "This contact card has no name and no company."),
        RowProblem(5, "This contact card could not be read."),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            (VCARD4 * 3 + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cut\r\n").encode(),
            "The file ends in the middle of a contact card (line 25): it may be truncated.",
        ),
        (
            b"Name,Email\nAna,ana@x.es\n",
            "The file contains no contact card: it is not a vCard file.",
        ),
        (bytes(range(256)) * 100, "This is not a text file"),
        (b"", "The file is empty."),
    ],
)
def test_files_that_cannot_be_imported(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_vcards(data)
    assert str(caught.value).startswith(message)


def test_a_200_kb_note_refuses_the_file_naming_the_card() -> None:
    text = (
        VCARD4
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long\r\nNOTE:"
        + "x" * 200_000
        + "\r\nEND:VCARD\r\n"
    )
    with pytest.raises(ImportFileError, match=r"contact card at line 9 has a field longer"):
        read_vcards(text.encode())


def test_large_photos_are_skipped_quickly() -> None:
    photo = base64.b64encode(b"\xff" * 300_000).decode()
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P\r\nPHOTO;ENCODING=b:{folded}\r\nEND:VCARD\r\n"
    began = time.monotonic()
    result = read_vcards((card * 60).encode())  # 24 MB
    assert len(result.records) == 60
    assert time.monotonic() - began < 10


def test_read_vcard_file_checks_size_first(tmp_path: Path) -> None:
    path = tmp_path / "huge.vcf"
    with path.open("wb") as handle:
        handle.truncate(MAX_VCARD_FILE_BYTES + 1)  # sparse: refused by its size, not read
    began = time.monotonic()
    with pytest.raises(ImportFileError, match="1.0 GB; files over 1 GB"):
        read_vcard_file(path)
    assert time.monotonic() - began < 0.5
    small = tmp_path / "ok.vcf"
    small.write_text(VCARD4, encoding="utf-8", newline="")
    assert read_vcard_file(small).records[0].contact_name == "Marie Dubois"


def test_over_50_mb_without_photos_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.vcf"
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:N\r\nNOTE:" + "x" * 100_000 + "\r\nEND:VCARD\r\n"
    path.write_bytes(card.encode() * 530)  # 53 MB of notes
    with pytest.raises(ImportFileError, match="over 50 MB without their photos"):
        read_vcard_file(path)
    zeros = tmp_path / "zeros.vcf"
    with zeros.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    with pytest.raises(ImportFileError, match="MB"):
        read_vcard_file(zeros)


# The peak resident memory of a fresh process reading the file (VmHWM, Linux; ru_maxrss
# would include pytest's, inherited across fork and exec).
_PEAK_MEMORY = """
import re, sys
from pathlib import Path
from ae_desktop.interop.vcard_read import read_vcard_file
records = len(read_vcard_file(Path(sys.argv[1])).records)
status = Path("/proc/self/status").read_text()
print(records, re.search(r"VmHWM:\\s*(\\d+) kB", status).group(1))
"""


def test_an_iphone_export_with_60_mb_of_photos_is_read_streaming(tmp_path: Path) -> None:
    photo = "A" * 650_000  # base64 of zeros, folded at 74 characters as Apple does
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    path = tmp_path / "iphone.vcf"
    with path.open("wb") as handle:
        for n in range(100):
            handle.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane{n};;;\r\nFN:Jane{n} Doe\r\n"
                f"ORG:Acme;\r\nitem1.PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\n"
                f"TEL;type=CELL:+34 600 000 {n:03d}\r\nEND:VCARD\r\n".encode()
            )
    assert path.stat().st_size > 60 * 1024 * 1024
    began = time.monotonic()
    result = read_vcard_file(path)
    assert time.monotonic() - began < 5
    if not Path("/proc/self/status").exists():
        return
    # In a fresh process, so that the peak is this file's: far below the file's size.
    child = subprocess.run(
        [sys.executable, "-c", _PEAK_MEMORY, str(path)], capture_output=True, text=True, check=True
    )
    records, peak_kb = map(int, child.stdout.split())
    assert records == 100
    assert peak_kb < 100 * 1024
    assert result.problems == []
    assert [(r.contact_name, r.client_name) for r in result.records[:2]] == [
        ("Jane0 Doe", "Acme"),
        ("Jane1 Doe", "Acme"),
    ]
    assert result.records[99].phone == "+34 600 000 099"
    photo_lines = len(range(0, len(photo), 74))  # line numbers count the dropped lines
    assert result.records[1].line == 8 + photo_lines


CONTACTS = [
    VCardContact(
        id=7,
        name="José Álvarez de la Peña",
        client_name="Acme, S.L.; Madrid",
        role="Jefe; ventas, norte",
        email="jose@acme.es",
        phone="+34 600 000 000",
        notes="Línea 1\nLínea 2, con coma; y \\ barra 😀 " + "ñandú " * 30,
    ),
    VCardContact(8, "Ada", "", "", "", "91 555 12 12 ext. 4", ""),
    VCardContact(9, "", "Solo Empresa", "", "info@solo.es", "", ""),
]


def test_written_vcards_read_back_to_the_same_people() -> None:
    text = write_vcards(CONTACTS, now=datetime(2026, 5, 1, 9, 30, tzinfo=UTC))
    records = read_vcards(text.encode()).records
    assert [
        (r.contact_name, r.client_name, r.role, r.email, r.phone, r.notes) for r in records
    ] == [(c.name, c.client_name, c.role, c.email, c.phone, c.notes.strip()) for c in CONTACTS]
    cards = list(vobject.readComponents(text))
    assert [card.uid.value for card in cards] == [contact_uid(c.id) for c in CONTACTS]
    assert cards[0].rev.value == "20260501T093000Z"


def test_written_vcard_format() -> None:
    text = write_vcards(CONTACTS[:1], now=datetime(2026, 5, 1, tzinfo=UTC))
    lines = text.split("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert lines[:4] == [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:José Álvarez de la Peña",
        "N:Peña;José Álvarez de la;;;",
    ]
    assert "ORG:Acme\\, S.L.\\; Madrid" in lines
    assert "TEL;VALUE=uri:tel:+34-600-000-000" in lines
    assert "EMAIL;TYPE=work:jose@acme.es" in lines
    assert all(len(line.encode()) <= 75 for line in lines)
    text.encode("utf-8").decode("utf-8")  # folding never splits a character
    assert (
        write_vcards(CONTACTS[:1], now=datetime(2027, 1, 1, tzinfo=UTC)).count(contact_uid(7)) == 1
    )
    assert contact_uid(7) == contact_uid(7) != contact_uid(8)


def test_written_company_card_and_plain_phone() -> None:
    company = VCardContact(12, "", "Pizzería Napoli", "", "", "+39 081 555 1234", "")
    lines = write_vcards([company, CONTACTS[1]], now=datetime(2026, 5, 1, tzinfo=UTC)).split("\r\n")
    assert lines[2:5] == ["KIND:org", "FN:Pizzería Napoli", "N:;;;;"]
    assert "TEL;VALUE=uri:tel:+39-081-555-1234" in lines
    assert "TEL:91 555 12 12 ext. 4" in lines
    assert not any(line.startswith("TEL;TYPE") or "TYPE=work" in line for line in lines)
    (card, person) = read_vcards("\r\n".join(lines).encode()).records
    assert (card.client_name, card.contact_name, card.phone) == (
        "Pizzería Napoli",
        "",
        "+39 081 555 1234",
    )
    assert (person.contact_name, person.phone) == ("Ada", "91 555 12 12 ext. 4")
