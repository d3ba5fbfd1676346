"""Word lists for the sample data: the companies of the book and the people in them."""

from __future__ import annotations

from typing import Final

# The tables below are data, laid out for reading rather than by the formatter.
# fmt: off

# (name, industry, language, web domain, tier, city): the hand-written book of the small
# data set. Invented names; a regional word in a name fits the city (City.regions).
CURATED_CLIENTS: Final[tuple[tuple[str, str, str, str, str, str], ...]] = (
    ("Harbourline Freight", "Logistics", "en", "harbourlinefreight.co.uk", "key", "Liverpool"),
    ("Grupo Ibérica de Alimentación", "Food & beverage", "es", "grupoiberica.es", "key",
     "Madrid"),
    ("Hoteles Costa Blanca", "Hospitality", "es", "hotelescostablanca.es", "key", "Alicante"),
    ("Pennine Wholesale Supplies", "Wholesale", "en", "penninewholesale.co.uk", "key", "Leeds"),
    ("Transportes Hermanos Peña", "Logistics", "es", "transportespena.es", "key", "Zaragoza"),
    ("Meridian Health Partners", "Healthcare", "en", "meridianhealth.co.uk", "key",
     "Birmingham"),
    ("Construcciones Álvarez y Hijos", "Construction", "es", "alvarezhijos.es", "key", "Sevilla"),
    ("O'Sullivan & Reid Engineering", "Engineering", "en", "osullivanreid.co.uk", "key",
     "Belfast"),
    ("Bodegas Viña del Sol", "Wine & spirits", "es", "vinadelsol.es", "standard", "Logroño"),
    ("Ashcombe Home Stores", "Retail", "en", "ashcombehome.co.uk", "standard", "Bristol"),
    ("Farmacias Santa Lucía", "Pharmacy retail", "es", "farmaciassantalucia.es", "standard",
     "Málaga"),
    ("Blue Harbour Foods", "Food & beverage", "en", "blueharbourfoods.co.uk", "standard",
     "Glasgow"),
    ("Clínica Dental Sonrisa", "Healthcare", "es", "clinicasonrisa.es", "standard", "Valencia"),
    ("Lakeside Manufacturing", "Manufacturing", "en", "lakesidemfg.co.uk", "standard",
     "Manchester"),
    ("Distribuciones Levante", "Wholesale", "es", "distlevante.es", "standard", "Murcia"),
    ("Harper & Cole Architects", "Architecture", "en", "harpercole.co.uk", "standard", "London"),
    ("Textiles Valencianos", "Textiles", "es", "textilesvalencianos.es", "standard", "Valencia"),
    ("Greenfield Energy Services", "Energy", "en", "greenfieldenergy.co.uk", "standard",
     "Newcastle"),
    ("Autocares Rías Altas", "Passenger transport", "es", "autocaresriasaltas.es", "standard",
     "A Coruña"),
    ("Torvale Electronics", "Electronics", "en", "torvale.co.uk", "standard", "Cambridge"),
    ("Papelería y Oficina Martínez", "Office supplies", "es", "oficinamartinez.es", "standard",
     "Pamplona"),
    ("Riverside Veterinary Group", "Veterinary", "en", "riversidevets.co.uk", "standard",
     "Cardiff"),
    ("Cervecería La Montaña", "Food & beverage", "es", "cervezalamontana.es", "standard",
     "Santander"),
    ("Brightwater Hotels", "Hospitality", "en", "brightwaterhotels.co.uk", "standard",
     "Edinburgh"),
    ("Inmobiliaria Sierra Norte", "Real estate", "es", "sierranorte.es", "standard", "Madrid"),
    ("Little Puffin Toys", "Retail", "en", "littlepuffintoys.co.uk", "standard", "Newcastle"),
    ("Mutua Aseguradora del Cantábrico", "Insurance", "es", "mutuacantabrico.es", "standard",
     "Oviedo"),
    ("Kestrel Aviation Services", "Aviation", "en", "kestrelaviation.co.uk", "standard",
     "Manchester"),
    ("Supermercados El Ahorro", "Retail", "es", "elahorro.es", "prospect", "Córdoba"),
    ("Kittiwake Imports", "Wholesale", "en", "kittiwakeimports.co.uk", "prospect", "Bristol"),
    ("Frío Industrial Mediterráneo", "Cold chain", "es", "friomediterraneo.es", "prospect",
     "Barcelona"),
    ("Pinecrest Care Homes", "Healthcare", "en", "pinecrestcare.co.uk", "prospect", "Sheffield"),
    ("Laboratorios Quimiber", "Pharmaceuticals", "es", "quimiber.es", "prospect", "Barcelona"),
    ("Summit Outdoor Gear", "Retail", "en", "summitoutdoor.co.uk", "prospect", "Glasgow"),
    ("Agrícola Campo de Cartagena", "Agriculture", "es", "campocartagena.es", "prospect",
     "Murcia"),
    ("Thornbury Legal LLP", "Legal services", "en", "thornburylegal.co.uk", "prospect",
     "Bristol"),
    ("Talleres Mecánicos del Norte", "Automotive", "es", "talleresdelnorte.es", "prospect",
     "Bilbao"),
    ("Hollybrook Wine Merchants", "Wine & spirits", "en", "hollybrookwine.co.uk", "prospect",
     "London"),
    ("Eventos y Congresos Atlántico", "Events", "es", "congresosatlantico.es", "prospect",
     "Vigo"),
    ("D'Angelo Fine Foods", "Food & beverage", "en", "dangelofoods.co.uk", "prospect",
     "Liverpool"),
)

# Parts for the thousands of generated companies of the large data set. Brands are neutral
# words; a city's regional words (City.regions) are added to them for clients there.
EN_BRANDS: Final = (
    "Redwood", "Silverline", "Ironbridge", "Oakmont", "Westgate", "Crescent", "Falcon", "Maple",
    "Granite", "Sterling", "Beacon", "Cobalt", "Keystone", "Meadowbrook", "Ashford", "Bramley",
    "Carrington", "Whitmore", "Fairhaven", "Stonebridge", "Windmill", "Clearwater",
    "Copperfield", "Elmstead", "Foxhill", "Goldcrest", "Hawthorne", "Kingsley", "Larkspur",
    "Millbrook", "Orchard", "Rosewood", "Saxon", "Vantage", "Yardley", "Alder", "Birchwood",
    "Briar", "Drayton", "Eastbrook", "Fernhill", "Greystone", "Hartwell", "Juniper", "Linden",
    "Northgate", "Oakfield", "Southwood", "Wren", "Ashdown", "Blackthorn", "Halcyon", "Merrow",
    "Rowan", "Sable", "Underhill", "Yew Tree", "Quayside", "St. Clair", "O'Hara", "McAllister",
    "Amberley", "Bellmoor", "Bracken", "Burnside", "Calderwood", "Castlegate", "Cedarwood",
    "Chalkhill", "Coldharbour", "Dovecote", "Fieldgate", "Flintlock", "Gatehouse", "Glenmoor",
    "Greenacre", "Heathfield", "Hollin", "Lanyard", "Lockside", "Longacre", "Mayfield",
    "Millstone", "Netherby", "Oakhurst", "Old Mill", "Palisade", "Parkside", "Pebblebrook",
    "Ravensworth", "Redbrook", "Ridgeway", "Rushmere", "Sandpiper", "Shorecliff", "Silverbirch",
    "Skylark", "Springwell", "Starling", "Stillwater", "Summerfield", "Swallowtail",
    "Thornfield", "Upland", "Waterside", "Wayfarer", "Willowbank", "Windrush", "Woodlark",
    "Yarrow",
)
EN_FOUNDERS: Final = (  # surnames that name firms: "Whitfield Logistics", "Ashworth & Lowe"
    "Whitfield", "Ashworth", "Pemberton", "Hargreaves", "Fairbairn", "Callaghan", "Lockwood",
    "Barraclough", "Holloway", "Prescott", "Maddox", "Kendrick", "Thornton", "Ellison",
    "Garside", "Rutherford", "Pickering", "Blackwood", "Fletcher", "Goodwin", "Hawkins",
    "Lambert", "Marsden", "Norris", "Oakley", "Pritchard", "Rowley", "Sheldon", "Talbot",
    "Webster", "Lowe", "Brennan", "Cartwright", "Dawson", "O'Hare", "McBride", "O'Donnell",
    "McKenna", "D'Arcy", "Armitage", "Atherton", "Bagshaw", "Bannister", "Barlow", "Beckett",
    "Birch", "Bradshaw", "Brierley", "Calder", "Chadwick", "Crowther", "Dalton", "Denholm",
    "Dobson", "Eastwood", "Farrell", "Gallagher", "Greaves", "Hadley", "Halliwell", "Hammond",
    "Haworth", "Hepworth", "Horsfall", "Hurst", "Kershaw", "Lacey", "Lindley", "Marlowe",
    "Metcalfe", "Moorcroft", "Nuttall", "Ormerod", "Parkin", "Quinlan", "Radford", "Royle",
    "Sadler", "Shackleton", "Sowerby", "Stanhope", "Sutcliffe", "Thwaite", "Tillotson",
    "Varley", "Wainwright", "Walsh", "Whittaker",
)
# (word in the name, industry, takes partners' names: "Ashworth & Lowe Legal")
EN_SECTORS: Final[tuple[tuple[str, str, bool], ...]] = (
    ("Logistics", "Logistics", False), ("Freight", "Logistics", False),
    ("Cold Storage", "Cold chain", False), ("Foods", "Food & beverage", False),
    ("Bakeries", "Food & beverage", False), ("Brewing Co.", "Food & beverage", False),
    ("Health Partners", "Healthcare", False), ("Dental Care", "Healthcare", False),
    ("Care Homes", "Healthcare", False), ("Engineering", "Engineering", True),
    ("Manufacturing", "Manufacturing", False), ("Components", "Electronics", False),
    ("Retail", "Retail", False), ("Outfitters", "Retail", False), ("Hotels", "Hospitality", False),
    ("Energy", "Energy", False), ("Solar", "Energy", False), ("Insurance", "Insurance", False),
    ("Legal", "Legal services", True), ("Architects", "Architecture", True),
    ("Construction", "Construction", False), ("Builders", "Construction", False),
    ("Property Group", "Real estate", False), ("Estate Agents", "Real estate", True),
    ("Vets", "Veterinary", False), ("Aviation", "Aviation", False),
    ("Pharma", "Pharmaceuticals", False), ("Labs", "Pharmaceuticals", False),
    ("Wholesale", "Wholesale", False), ("Distribution", "Wholesale", False),
    ("Printing", "Printing", False), ("Packaging", "Packaging", False),
    ("Textiles", "Textiles", False), ("Furniture", "Furniture", False),
    ("Wine Merchants", "Wine & spirits", False), ("Events", "Events", False),
    ("Consulting", "Professional services", True), ("Accountants", "Professional services", True),
    ("Security", "Security services", False), ("Cleaning Services", "Facility services", False),
    ("Facilities", "Facility services", False), ("Motors", "Automotive", False),
    ("Coaches", "Passenger transport", False), ("Marine", "Marine", False),
    ("Farms", "Agriculture", False), ("Pharmacies", "Pharmacy retail", False),
)
EN_SUFFIXES: Final = ("", "", "", "", " Ltd", " Ltd", " Group")
# (prefix, industry, takes "Hermanos ..."/"... e Hijos", takes "... y Asociados")
ES_PREFIXES: Final[tuple[tuple[str, str, bool, bool], ...]] = (
    ("Transportes", "Logistics", True, False), ("Logística", "Logistics", False, False),
    ("Frigoríficos", "Cold chain", True, False), ("Hoteles", "Hospitality", False, False),
    ("Bodegas", "Wine & spirits", True, False), ("Farmacias", "Pharmacy retail", False, False),
    ("Clínica", "Healthcare", False, False), ("Residencias", "Healthcare", False, False),
    ("Construcciones", "Construction", True, False), ("Distribuciones", "Wholesale", True, False),
    ("Supermercados", "Retail", False, False), ("Talleres", "Automotive", True, False),
    ("Laboratorios", "Pharmaceuticals", False, False), ("Muebles", "Furniture", True, False),
    ("Textiles", "Textiles", True, False), ("Inmobiliaria", "Real estate", False, False),
    ("Seguros", "Insurance", False, False), ("Conservas", "Food & beverage", True, False),
    ("Panaderías", "Food & beverage", True, False), ("Ingeniería", "Engineering", False, True),
    ("Asesoría", "Professional services", False, True), ("Gráficas", "Printing", True, False),
    ("Envases", "Packaging", False, False), ("Eventos", "Events", False, False),
    ("Frutas", "Agriculture", True, False), ("Autocares", "Passenger transport", True, False),
    ("Energía", "Energy", False, False), ("Cerámicas", "Manufacturing", True, False),
    ("Limpiezas", "Facility services", False, False), ("Náutica", "Marine", False, False),
    ("Seguridad", "Security services", False, False), ("Clínica Veterinaria", "Veterinary",
                                                        False, False),
    ("Abogados", "Legal services", False, True), ("Arquitectura", "Architecture", False, True),
)
ES_BRANDS: Final = (
    "Ibérica", "Horizonte", "Atalaya", "Alborada", "El Olivar", "Los Almendros", "Santa Lucía",
    "San Isidro", "La Estrella", "El Roble", "Los Pinos", "La Encina", "Nova", "Integral",
    "Unión", "Central", "Moderna", "Hispana", "Avante", "El Faro", "Sol Naciente", "La Paloma",
    "Las Acacias", "El Molino", "Santa Bárbara", "San Rafael", "Virgen del Carmen", "Nuevo Día",
    "Aurora", "Azahar", "Brisa", "Cumbre", "El Cerro", "El Pinar", "El Prado", "Fuente Nueva",
    "La Alameda", "La Cañada", "La Dehesa", "La Fuente", "La Vega", "Las Lomas", "Los Arcos",
    "Los Olmos", "Los Robles", "Monteverde", "Nueva Línea", "Orbe", "Puerta Nueva", "San Jorge",
    "Santa Clara", "Santa Marta", "Sendero", "Solana", "Vía Nova", "Zenit",
)
ES_FOUNDERS: Final = (  # surnames that name firms: "Transportes Ortega", "Talleres Vega e Hijos"
    "García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Jiménez", "Ruiz", "Hernández",
    "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez",
    "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Castro", "Ortega", "Rubio",
    "Núñez", "Ibáñez", "Sáez", "Aguirre", "Etxeberria", "Acosta", "Alonso", "Arias",
    "Barrios", "Benítez", "Bravo", "Cabrera", "Campos", "Cano", "Carrasco", "Cortés", "Crespo",
    "Delgado", "Durán", "Esteban", "Fuentes", "Gallego", "Garrido", "Guerrero", "Herrera",
    "Iglesias", "León", "Lorenzo", "Lozano", "Marín", "Medina", "Méndez", "Montero", "Mora",
    "Morales", "Nieto", "Ortiz", "Prieto", "Reyes", "Rojas", "Santos", "Soler", "Suárez",
    "Vega", "Velasco", "Vicente", "Zamora", "Arrieta", "Goikoetxea", "Otero", "Casal", "Roig",
    "Pons", "Bermejo", "Escudero", "Salinas", "Quintana", "Valverde",
)
ES_SUFFIXES: Final = ("", "", "", ", S.L.", ", S.L.", ", S.A.")
# Regional words that do not read as a brand on their own ("Clínica Valencianos").
NOT_BRANDS: Final = frozenset({"Valencianos", "Valenciana"})

# People. Spanish first names carry their grammatical gender so that roles agree.
ES_FIRST_FEMALE: Final = (
    "María José", "Lucía", "Carmen", "Ana Belén", "Laura", "Marta", "Elena", "Isabel", "Pilar",
    "Rocío", "Cristina", "Beatriz", "Nuria", "Sofía", "Alba", "Begoña", "Inés", "Mónica",
)
ES_FIRST_MALE: Final = (
    "Javier", "José Luis", "Antonio", "Manuel", "Francisco", "David", "Alejandro", "Pablo",
    "Sergio", "Jorge", "Álvaro", "Raúl", "Iñaki", "Jesús", "Íñigo", "Andrés", "Rubén", "Óscar",
)
ES_SURNAMES: Final = (
    "Fernández", "García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Martín",
    "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro",
    "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Castro",
    "Ortega", "Rubio", "Núñez", "Peña", "Ibáñez", "Sáez", "Aguirre", "Etxeberria",
)
EN_FIRST: Final = (
    "James", "Emma", "Oliver", "Charlotte", "Harry", "Sophie", "George", "Amelia", "Thomas",
    "Olivia", "William", "Grace", "Daniel", "Chloe", "Michael", "Sarah", "Robert", "Hannah",
    "Patrick", "Siobhan", "Aisha", "Priya", "Ravi", "Wei", "Zoë", "Chloé", "Liam", "Niamh",
)
EN_SURNAMES: Final = (
    "O'Connor", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
    "Evans", "Thomas", "Roberts", "Walker", "Wright", "Thompson", "White", "Hughes", "Edwards",
    "Green", "Hall", "Wood", "Harris", "Clarke", "Patel", "Khan", "O'Neill", "McCarthy",
    "Murphy", "Fitzgerald", "Kelly", "D'Souza", "Nowak",
)

# Parallel lists, Spanish as (masculine, feminine); the first DECISION_ROLES go to primary
# contacts. Spanish titles are used for Spanish speakers at Spanish companies.
ES_ROLES: Final[tuple[tuple[str, str], ...]] = (
    ("Director de Compras", "Directora de Compras"),
    ("Director General", "Directora General"),
    ("Director de Operaciones", "Directora de Operaciones"),
    ("Director Financiero", "Directora Financiera"),
    ("Responsable de Sistemas", "Responsable de Sistemas"),
    ("Responsable de Planificación", "Responsable de Planificación"),
    ("Gerente", "Gerente"),
    ("Responsable de Calidad", "Responsable de Calidad"),
    ("Director Comercial", "Directora Comercial"),
    ("Técnico de Compras", "Técnica de Compras"),
    ("Administrativo", "Administrativa"),
    ("Director de Recursos Humanos", "Directora de Recursos Humanos"),
)
EN_ROLES: Final = (
    "Head of Procurement", "Managing Director", "Chief Operating Officer", "Finance Director",
    "IT Manager", "Operations Manager", "Purchasing Manager", "Category Manager",
    "Office Manager", "Head of Workforce Planning", "Procurement Analyst", "Facilities Manager",
)
DECISION_ROLES: Final = 4

# fmt: on
