"""Reading a file to import: encodings a user's tools save in, and files that are not text."""

from __future__ import annotations

import codecs
import random
import zlib
from pathlib import Path

import pytest

from ae_desktop.interop.records import ImportFileError
from ae_desktop.interop.textfile import DecodedText, decode_bytes, read_text

SPANISH = "Nombre;Compañía;Teléfono\r\nJosé Peña;Café Ñandú S.L.;+34 600 000 000\r\n"


def _png() -> bytes:
    """A real 1x1 PNG picture."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SPANISH.encode("utf-8"), DecodedText(SPANISH, "UTF-8")),
        (codecs.BOM_UTF8 + SPANISH.encode("utf-8"), DecodedText(SPANISH, "UTF-8 with BOM")),
        (SPANISH.encode("cp1252"), DecodedText(SPANISH, "Windows-1252")),
        (codecs.BOM_UTF16_LE + SPANISH.encode("utf-16-le"), DecodedText(SPANISH, "UTF-16")),
        (codecs.BOM_UTF16_BE + SPANISH.encode("utf-16-be"), DecodedText(SPANISH, "UTF-16")),
        (SPANISH.encode("utf-16-le"), DecodedText(SPANISH, "UTF-16")),
        (SPANISH.encode("utf-16-be"), DecodedText(SPANISH, "UTF-16")),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be"],
)
def test_each_encoding_a_spreadsheet_saves_in_reads_the_same_text(
    data: bytes, expected: DecodedText
) -> None:
    assert decode_bytes(data) == expected


def test_windows_1252_reads_the_euro_sign_and_curly_quotes() -> None:
    data = "Importe;Nota\r\n€ 12.500;“Urgente” – llamar\r\n".encode("cp1252")
    assert decode_bytes(data).text == "Importe;Nota\r\n€ 12.500;“Urgente” – llamar\r\n"


def test_bytes_windows_1252_leaves_undefined_are_read_as_latin_1() -> None:
    # 0x81 has no Windows-1252 character; one of them in a long file is not "binary".
    data = b"Name,Company\r\n" + b"Ana,Acme \x81\r\n" + b"Bob,Beta Industries Ltd\r\n" * 20
    decoded = decode_bytes(data)
    assert decoded.encoding == "Windows-1252"
    assert "Acme \x81" in decoded.text


def test_read_text_reads_a_file_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(codecs.BOM_UTF8 + SPANISH.encode("utf-8"))
    assert read_text(path) == DecodedText(SPANISH, "UTF-8 with BOM")


def test_a_file_over_50_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: fast, and all NULs were it read
    with pytest.raises(ImportFileError) as error:
        read_text(path)
    assert str(error.value) == "The file is 51.0 MB; files over 50 MB are not imported."


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError, match="The file is empty."):
        read_text(path)


def test_a_file_of_blank_lines_is_empty() -> None:
    with pytest.raises(ImportFileError, match="The file is empty."):
        decode_bytes(codecs.BOM_UTF8 + b"\r\n  \r\n\t\r\n")


def test_a_missing_file_says_it_could_not_be_read(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="^The file could not be read: "):
        read_text(tmp_path / "gone.csv")


def test_a_picture_is_not_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(_png())
    with pytest.raises(ImportFileError, match="^This is not a text file"):
        read_text(path)


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_not_a_text_file(seed: int) -> None:
    data = random.Random(seed).randbytes(4096)
    with pytest.raises(ImportFileError, match="^This is not a text file"):
        decode_bytes(data)


def test_a_spreadsheet_xlsx_is_not_a_text_file() -> None:
    # An .xlsx is a ZIP archive: its header has NULs and control bytes.
    data = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" * 10
    with pytest.raises(ImportFileError, match="^This is not a text file"):
        decode_bytes(data)


def test_text_with_many_control_characters_is_not_a_text_file() -> None:
    data = b"Name,Company\r\n" + b"Ana\x01\x02\x03,Acme\x1b\r\n" * 10
    with pytest.raises(ImportFileError, match="^This is not a text file"):
        decode_bytes(data)


def test_a_stray_control_character_in_a_long_file_is_still_text() -> None:
    data = b"Name,Company\r\n" + b"Ana,Acme\x0b\r\n" + b"Bob,Beta Industries\r\n" * 20
    assert decode_bytes(data).text.startswith("Name,Company\r\nAna,Acme\x0b")


def test_utf16_cut_in_the_middle_of_a_character_is_refused() -> None:
    data = codecs.BOM_UTF16_LE + "Name\tCompany\r\n".encode("utf-16-le") + b"A"
    with pytest.raises(ImportFileError) as error:
        decode_bytes(data)
    assert str(error.value) == (
        "The file cannot be read as UTF-16 text: it may be damaged or cut short."
    )


def test_a_file_marked_utf8_with_bytes_that_are_not_is_refused() -> None:
    data = codecs.BOM_UTF8 + "Nombre;Compañía\r\n".encode("cp1252")
    with pytest.raises(ImportFileError, match="cannot be read as UTF-8 text"):
        decode_bytes(data)
