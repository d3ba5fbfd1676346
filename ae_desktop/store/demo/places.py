"""Where the sample clients are: cities with their own streets, postcodes and phone prefixes.

Every street belongs to one city only, so an address never puts a Madrid avenue in Bilbao;
it carries a postcode of that street, the switchboard the landline prefix of the city; and
each city lists the regional words a company there may carry in its name (Levante,
Cantábrico, Mersey...), so that no "Autocares Galicia" sits in Barcelona.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class City:
    name: str
    lang: str  # "es" or "en"
    weight: int  # how many clients it gets, relatively
    # (street, the postcodes along it): a Spanish five-digit code, a UK postcode district.
    streets: tuple[tuple[str, tuple[str, ...]], ...]
    # The national landline prefix ("91", "963", "020", "0161") and, for the UK, how the
    # local number starts and how many digits it has ("7", 8 for London: 020 7xxx xxxx).
    phone_prefix: str
    local_start: str = ""
    local_digits: int = 0
    estates: tuple[tuple[str, str], ...] = ()  # Spanish industrial estates: (name, postcode)
    coastal: bool = False
    regions: tuple[str, ...] = ()  # the regional words of company names that fit this city


# fmt: off
SPAIN: Final[tuple[City, ...]] = (
    City("Madrid", "es", 9, (
        ("Calle de Alcalá", ("28014", "28009", "28028")),
        ("Paseo de la Castellana", ("28046",)), ("Calle de Serrano", ("28001", "28006")),
        ("Calle de Orense", ("28020",)), ("Avenida de América", ("28028", "28002")),
        ("Calle de Arturo Soria", ("28043", "28033")), ("Calle de Méndez Álvaro", ("28045",)),
        ("Calle de José Abascal", ("28003",)),
        ("Calle de Príncipe de Vergara", ("28006", "28002")),
        ("Calle de Josefa Valcárcel", ("28027",)),
    ), "91", estates=(("Polígono Industrial de Vallecas", "28031"),),
        regions=("Sierra Norte", "Guadarrama", "Castellana")),
    City("Barcelona", "es", 7, (
        ("Avinguda Diagonal", ("08008", "08018", "08029")),
        ("Carrer de Balmes", ("08006", "08007")), ("Passeig de Gràcia", ("08007", "08008")),
        ("Carrer d'Aragó", ("08009", "08011", "08013")),
        ("Gran Via de les Corts Catalanes", ("08007", "08013", "08015")),
        ("Carrer de Pallars", ("08005", "08018")),
        ("Carrer de Muntaner", ("08011", "08021", "08036")),
        ("Rambla de Catalunya", ("08007", "08008")),
    ), "93", estates=(("Polígono Industrial Zona Franca", "08040"),), coastal=True,
        regions=("Montserrat", "Mediterráneo", "Llobregat", "Maresme")),
    City("Valencia", "es", 5, (
        ("Calle de Colón", ("46004",)), ("Avenida del Puerto", ("46022", "46023")),
        ("Calle de San Vicente Mártir", ("46002", "46007")),
        ("Avenida de Aragón", ("46010", "46021")),
        ("Gran Vía del Marqués del Turia", ("46005",)),
        ("Avenida de las Cortes Valencianas", ("46015",)),
        ("Calle de Xàtiva", ("46002", "46007")),
    ), "963", estates=(("Polígono Industrial Vara de Quart", "46014"),), coastal=True,
        regions=("Levante", "Albufera", "Turia", "Mediterráneo", "Valencianos", "Valenciana")),
    City("Sevilla", "es", 4, (
        ("Avenida de la Constitución", ("41001", "41004")),
        ("Calle Luis Montoto", ("41005", "41018")),
        ("Avenida de Eduardo Dato", ("41005", "41018")), ("Avenida de la Buhaira", ("41018",)),
        ("Calle Américo Vespucio", ("41092",)),
        ("Avenida de San Francisco Javier", ("41005", "41018")), ("Calle Tetuán", ("41001",)),
        ("Avenida de Kansas City", ("41007",)),
    ), "954", estates=(("Polígono Industrial Store", "41008"),
                       ("Polígono Industrial Calonge", "41007")),
        regions=("del Sur", "Guadalquivir", "Triana", "Doñana", "Aljarafe", "Andalucía")),
    City("Bilbao", "es", 4, (
        ("Gran Vía de Don Diego López de Haro", ("48001", "48009", "48011")),
        ("Alameda de Recalde", ("48008", "48009")),
        ("Calle de Licenciado Poza", ("48011", "48013")),
        ("Alameda de Mazarredo", ("48001", "48009")), ("Calle de Ercilla", ("48009", "48011")),
        ("Calle de Rodríguez Arias", ("48008", "48011")),
        ("Calle de Iparraguirre", ("48009", "48011")),
    ), "944", coastal=True, regions=("Cantábrico", "del Norte", "Nervión", "Bizkaia")),
    City("Zaragoza", "es", 4, (
        ("Paseo de la Independencia", ("50001", "50004")),
        ("Avenida de César Augusto", ("50003", "50004")), ("Calle de Alfonso I", ("50003",)),
        ("Paseo de Sagasta", ("50006", "50008")), ("Avenida de Ranillas", ("50018",)),
        ("Calle de María Zambrano", ("50018",)),
    ), "976", estates=(("Polígono Industrial Cogullada", "50014"),),
        regions=("Aragón", "del Ebro", "Moncayo", "del Pilar")),
    City("Málaga", "es", 4, (
        ("Calle Larios", ("29005",)), ("Alameda Principal", ("29001", "29005")),
        ("Avenida de Andalucía", ("29002", "29006", "29007")),
        ("Paseo de Reding", ("29016",)), ("Avenida de Velázquez", ("29003", "29004")),
        ("Calle Héroe de Sostoa", ("29002",)), ("Calle Hilera", ("29007",)),
    ), "952", estates=(("Polígono Industrial Guadalhorce", "29004"),), coastal=True,
        regions=("del Sur", "Costa del Sol", "Mediterráneo", "Axarquía", "Andalucía")),
    City("A Coruña", "es", 3, (
        ("Calle Real", ("15003",)), ("Avenida de la Marina", ("15001",)),
        ("Ronda de Outeiro", ("15007", "15009", "15010")),
        ("Avenida de Alfonso Molina", ("15007", "15008")),
        ("Calle de San Andrés", ("15003",)), ("Calle de Juana de Vega", ("15004",)),
    ), "981", estates=(("Polígono de A Grela", "15008"),), coastal=True,
        regions=("Galicia", "Atlántico", "Rías Altas", "del Norte")),
    City("Vigo", "es", 2, (
        ("Rúa do Príncipe", ("36202",)), ("Avenida de García Barbón", ("36201",)),
        ("Rúa de Urzaiz", ("36201", "36204")), ("Avenida de Beiramar", ("36202", "36208")),
        ("Rúa de Policarpo Sanz", ("36202",)),
    ), "986", estates=(("Polígono Industrial de Balaídos", "36210"),), coastal=True,
        regions=("Galicia", "Atlántico", "Rías Baixas")),
    City("Murcia", "es", 3, (
        ("Gran Vía Escultor Salzillo", ("30004", "30005")),
        ("Avenida de la Libertad", ("30009",)), ("Calle Trapería", ("30001",)),
        ("Avenida Juan Carlos I", ("30008", "30009")), ("Ronda de Levante", ("30008",)),
    ), "968", regions=("Levante", "Segura", "Campo de Cartagena", "Mediterráneo")),
    City("Alicante", "es", 3, (
        ("Rambla de Méndez Núñez", ("03002",)), ("Avenida de Maisonnave", ("03003",)),
        ("Avenida de Alfonso X el Sabio", ("03004",)), ("Calle de Pintor Aparicio", ("03003",)),
        ("Avenida de Óscar Esplá", ("03003", "03007")),
    ), "965", coastal=True, regions=("Levante", "Costa Blanca", "Mediterráneo")),
    City("Valladolid", "es", 2, (
        ("Calle de Santiago", ("47001",)), ("Paseo de Zorrilla", ("47006", "47007")),
        ("Calle de Miguel Íscar", ("47001",)), ("Calle de la Estación", ("47004",)),
        ("Avenida de Salamanca", ("47014",)),
    ), "983", estates=(("Polígono Industrial de Argales", "47008"),),
        regions=("Castilla", "del Duero", "Pisuerga")),
    City("Santander", "es", 2, (
        ("Paseo de Pereda", ("39004",)), ("Calle de Castelar", ("39004",)),
        ("Calle de Burgos", ("39008",)), ("Calle de Vargas", ("39010",)),
        ("Avenida de los Castros", ("39005",)),
    ), "942", coastal=True,
        regions=("Cantábrico", "La Montaña", "del Norte", "Picos de Europa")),
    City("Oviedo", "es", 2, (
        ("Calle Uría", ("33003",)), ("Calle de Fruela", ("33007",)),
        ("Calle de González Besada", ("33007",)), ("Calle del General Elorza", ("33001",)),
        ("Calle de Campoamor", ("33001",)),
    ), "985", regions=("Cantábrico", "Asturias", "del Norte", "Picos de Europa")),
    City("Palma", "es", 2, (
        ("Passeig del Born", ("07012",)), ("Avinguda de Jaume III", ("07012",)),
        ("Carrer de Sant Miquel", ("07002",)), ("Passeig Marítim", ("07014", "07015")),
        ("Carrer dels Caputxins", ("07002",)),
    ), "971", estates=(("Polígono de Son Castelló", "07009"),), coastal=True,
        regions=("Baleares", "Mediterráneo", "Tramuntana")),
    City("Córdoba", "es", 2, (
        ("Avenida del Gran Capitán", ("14001", "14008")), ("Ronda de los Tejares", ("14008",)),
        ("Avenida de la República Argentina", ("14004", "14005")),
        ("Calle Cruz Conde", ("14001",)), ("Avenida de Vallellano", ("14004",)),
    ), "957", estates=(("Polígono Industrial Las Quemadas", "14014"),),
        regions=("del Sur", "Guadalquivir", "Sierra Morena", "Andalucía")),
    City("Pamplona", "es", 2, (
        ("Avenida de Carlos III", ("31002",)), ("Avenida de Pío XII", ("31008",)),
        ("Calle de Iturrama", ("31007",)), ("Avenida de la Baja Navarra", ("31002",)),
        ("Calle de la Estafeta", ("31001",)),
    ), "948", estates=(("Polígono Industrial Landaben", "31012"),),
        regions=("Navarra", "del Norte", "del Ebro")),
    City("Logroño", "es", 1, (
        ("Gran Vía Juan Carlos I", ("26002",)), ("Avenida de Portugal", ("26001",)),
        ("Calle de Vara de Rey", ("26002",)), ("Calle de Bretón de los Herreros", ("26001",)),
    ), "941", estates=(("Polígono Industrial La Portalada", "26006"),),
        regions=("La Rioja", "del Ebro")),
    City("Toledo", "es", 1, (
        ("Calle del Comercio", ("45001",)), ("Avenida de Barber", ("45004",)),
        ("Paseo de la Rosa", ("45006",)), ("Calle de la Plata", ("45001",)),
    ), "925", estates=(("Polígono Industrial de Toledo", "45007"),),
        regions=("La Mancha", "Castilla", "del Tajo")),
)

UK: Final[tuple[City, ...]] = (
    City("London", "en", 8, (
        ("Farringdon Road", ("EC1M", "EC1R")), ("Old Street", ("EC1V",)),
        ("Southwark Street", ("SE1",)), ("Clerkenwell Road", ("EC1M",)),
        ("Borough High Street", ("SE1",)), ("Upper Thames Street", ("EC4V",)),
        ("Great Eastern Street", ("EC2A",)),
    ), "020", "7", 8, regions=("Thames", "Tideway", "Southbank")),
    City("Manchester", "en", 4, (
        ("Deansgate", ("M3",)), ("Portland Street", ("M1",)), ("Oxford Road", ("M1",)),
        ("Piccadilly", ("M1",)), ("Quay Street", ("M3",)), ("Great Ancoats Street", ("M4",)),
    ), "0161", "", 7, regions=("Pennine", "Irwell")),
    City("Birmingham", "en", 4, (
        ("Colmore Row", ("B3",)), ("Broad Street", ("B1",)), ("Corporation Street", ("B4",)),
        ("Newhall Street", ("B3",)), ("Great Charles Street", ("B3",)),
    ), "0121", "", 7, regions=("Midlands", "Arden")),
    City("Leeds", "en", 3, (
        ("Wellington Street", ("LS1",)), ("The Headrow", ("LS1",)), ("Boar Lane", ("LS1",)),
        ("Kirkstall Road", ("LS3", "LS4")), ("Park Row", ("LS1",)),
    ), "0113", "", 7, regions=("Pennine", "Yorkshire", "Aire Valley")),
    City("Sheffield", "en", 2, (
        ("Division Street", ("S1",)), ("West Street", ("S1",)), ("Arundel Street", ("S1",)),
        ("Ecclesall Road", ("S11",)),
    ), "0114", "", 7, regions=("Pennine", "Yorkshire", "Don Valley")),
    City("Bristol", "en", 3, (
        ("Temple Way", ("BS1", "BS2")), ("Victoria Street", ("BS1",)),
        ("Queen Square", ("BS1",)), ("Whiteladies Road", ("BS8",)), ("Welsh Back", ("BS1",)),
    ), "0117", "", 7, coastal=True, regions=("Severn", "Avon")),
    City("Edinburgh", "en", 3, (
        ("George Street", ("EH2",)), ("Princes Street", ("EH2",)),
        ("Lothian Road", ("EH1", "EH3")), ("Leith Walk", ("EH6", "EH7")),
        ("Queensferry Street", ("EH2",)),
    ), "0131", "", 7, coastal=True, regions=("Forth", "Lothian", "Caledonian", "Highland")),
    City("Glasgow", "en", 3, (
        ("Sauchiehall Street", ("G2", "G3")), ("Buchanan Street", ("G1",)),
        ("St Vincent Street", ("G2",)), ("Argyle Street", ("G2", "G3")),
        ("West George Street", ("G2",)),
    ), "0141", "", 7, coastal=True, regions=("Clyde", "Clydeside", "Caledonian", "Highland")),
    City("Cardiff", "en", 2, (
        ("Cathedral Road", ("CF11",)), ("Newport Road", ("CF24",)), ("Bute Street", ("CF10",)),
        ("Cowbridge Road East", ("CF11",)), ("Churchill Way", ("CF10",)),
    ), "029", "20", 8, coastal=True, regions=("Severn", "Taff", "Cambrian")),
    City("Liverpool", "en", 3, (
        ("Dale Street", ("L2",)), ("Bold Street", ("L1",)), ("Castle Street", ("L2",)),
        ("Duke Street", ("L1",)), ("Tithebarn Street", ("L2",)),
    ), "0151", "", 7, coastal=True, regions=("Mersey", "Merseyside")),
    City("Newcastle", "en", 2, (
        ("Grey Street", ("NE1",)), ("Northumberland Street", ("NE1",)), ("Quayside", ("NE1",)),
        ("Grainger Street", ("NE1",)), ("Collingwood Street", ("NE1",)),
    ), "0191", "", 7, coastal=True, regions=("Tyne", "Tyneside", "Northumbria")),
    City("Belfast", "en", 2, (
        ("Donegall Place", ("BT1",)), ("Royal Avenue", ("BT1",)), ("Ormeau Road", ("BT7",)),
        ("Great Victoria Street", ("BT2",)), ("Bedford Street", ("BT2",)),
    ), "028", "90", 8, coastal=True, regions=("Lagan", "Ulster")),
    City("Cambridge", "en", 2, (
        ("Hills Road", ("CB2",)), ("Regent Street", ("CB2",)),
        ("Trumpington Street", ("CB2",)), ("Milton Road", ("CB4",)),
        ("Newmarket Road", ("CB5",)),
    ), "01223", "", 6, regions=("Fenland", "Cam Valley", "East Anglian")),
)
# fmt: on

CITIES: Final[dict[str, City]] = {city.name: city for city in SPAIN + UK}

_UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # the letters a UK inward code may end with


def pick_city(rng: random.Random, lang: str) -> City:
    cities = SPAIN if lang == "es" else UK
    return rng.choices(cities, weights=[c.weight for c in cities])[0]


def address(rng: random.Random, city: City, *, industrial: bool = False) -> str:
    """A street address in *city*: one of its streets, a postcode of the city."""
    if city.lang == "es":
        if industrial and city.estates and rng.random() < 0.6:
            estate, postcode = rng.choice(city.estates)
            return f"{estate}, nave {rng.randint(1, 60)}, {postcode} {city.name}"
        street, postcodes = rng.choice(city.streets)
        return f"{street} {rng.randint(1, 180)}, {rng.choice(postcodes)} {city.name}"
    street, districts = rng.choice(city.streets)
    inward = f"{rng.randint(1, 9)}{rng.choice(_UK_LETTERS)}{rng.choice(_UK_LETTERS)}"
    return f"{rng.randint(1, 240)} {street}, {city.name} {rng.choice(districts)} {inward}"


def landline(rng: random.Random, city: City) -> str:
    """A switchboard number with the city's prefix, written as dialled from abroad."""
    if city.lang == "es":
        digits = city.phone_prefix + "".join(
            str(rng.randint(0, 9)) for _ in range(9 - len(city.phone_prefix))
        )
        return f"+34 {digits[:3]} {digits[3:6]} {digits[6:]}"
    local = city.local_start or str(rng.randint(2, 9))
    local += "".join(str(rng.randint(0, 9)) for _ in range(city.local_digits - len(local)))
    if city.local_digits == 6:  # 01223 496012
        return f"+44 {city.phone_prefix[1:]} {local}"
    split = 4 if city.local_digits == 8 else 3  # 020 7946 0123, 0161 496 0123
    return f"+44 {city.phone_prefix[1:]} {local[:split]} {local[split:]}"
