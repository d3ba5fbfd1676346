"""The log's templates for prospects: first touches, prospecting, nurturing."""

from __future__ import annotations

from typing import Final

Kinds = dict[str, tuple[tuple[str, str], ...]]  # interaction kind -> (summary, outcome) pairs

# fmt: off
TEMPLATES: Final[dict[str, dict[str, Kinds]]] = {
    "opening": {
        "en": {
            "call": (
                ("Intro call with {first}", "They run {n} {sites}; {pain}. Open to a demo."),
                ("Cold call to {first}, got ten minutes",
                 "Their current contract ends in {month}; call back in three weeks."),
            ),
            "email": (
                ("Sent {first} an intro e-mail with a customer case study",
                 "Opened twice; no reply yet."),
                ("Intro e-mail to {first}, referred by one of our customers",
                 "Replied the same day; open to a call."),
            ),
            "meeting": (
                ("First meeting with {first} at their head office",
                 "{Pain}; they want to see the {product}."),
            ),
            "note": (
                ("Researched {client} before the first call", "{n} {sites}; the company {news}."),
                ("Referral from a customer: {first} is looking at planning tools",
                 "Warm lead; mention who referred us."),
            ),
            "presentation": (
                ("Prospect webinar: {first} signed up",
                 "Stayed for the Q&A and asked about the mobile app."),
            ),
            "meal": (
                ("Coffee with {first} at the sector fair",
                 "Introduced by a mutual contact; agreed to a discovery call."),
            ),
        },
        "es": {
            "call": (
                ("Primera llamada con {first}", "Tienen {n} {sites}; {pain}. Abiertos a una demo."),
                ("Llamada en frío a {first}: diez minutos de conversación",
                 "Su contrato actual vence en {month}; volver a llamar en tres semanas."),
            ),
            "email": (
                ("Correo de presentación a {first} con un caso de éxito del sector",
                 "Lo ha abierto dos veces; sin respuesta todavía."),
                ("Correo de presentación a {first}, recomendado por un cliente",
                 "Responde el mismo día; aceptan una llamada."),
            ),
            "meeting": (
                ("Primera reunión con {first} en sus oficinas centrales",
                 "{Pain}; quieren ver {el_product}."),
            ),
            "note": (
                ("Preparé la cuenta de {client} antes de la primera llamada",
                 "{n} {sites}; la empresa {news}."),
                ("Recomendación de un cliente: {first} busca una herramienta de planificación",
                 "Contacto caliente; mencionar quién nos recomienda."),
            ),
            "presentation": (
                ("Webinar para potenciales clientes: se inscribió {first}",
                 "Se quedó al turno de preguntas y preguntó por la app móvil."),
            ),
            "meal": (
                ("Café con {first} en la feria del sector",
                 "Nos presentó un contacto común; aceptan una llamada de descubrimiento."),
            ),
        },
    },
    # A prospect after the first touches, when the talk is not about a deal.
    "prospecting": {
        "en": {
            "call": (
                ("Discovery call with {first}: how they plan their {staff} today",
                 "{Pain}. Budget owner: {dm}, {dm_role}."),
                ("Call with {first} after our webinar", "Asked for pricing for {scope} {sites}."),
                ("Called {first} back about our last e-mail",
                 "Not a priority this quarter; agreed to talk again in {month}."),
                ("Check-in call with {first}",
                 "Still comparing options; the {team} want to see a demo first."),
            ),
            "email": (
                ("E-mailed {first} after the trade fair",
                 "Replied: interested, but not before {month}."),
                ("Sent {first} the overview of the {product}", "Forwarded to the {team}."),
                ("Asked {first} for 30 minutes on how they plan their {staff}",
                 "Meeting accepted for next week."),
                ("Sent {first} a case study from a customer with {scope} {sites}",
                 "Found it useful; shared it with {boss}."),
            ),
            "meeting": (
                ("Met {first} and two of the {team}",
                 "Good fit; next step is a demo built on their own {sites}."),
                ("Meeting with {first} to map their planning process",
                 "{Pain}; they would start with {scope} {sites}."),
            ),
            "note": (
                ("Trade press: {client} {news}", "Good reason to call {first} again."),
                ("{client} is also talking to {competitor}",
                 "Their contact there is the {team}; we need to reach {dm}."),
            ),
            "presentation": (
                ("Presented our company and the {product} to {first} and the {team}",
                 "Questions on the integration with their ERP; send the technical sheet."),
            ),
            "meal": (
                ("Lunch with {first}", "Candid about their problems: {pain}."),
            ),
        },
        "es": {
            "call": (
                ("Llamada de descubrimiento con {first}: cómo planifican hoy a sus {staff}",
                 "{Pain}. El presupuesto lo decide {dm} ({dm_role})."),
                ("Llamada con {first} tras nuestro webinar",
                 "Piden precios para {scope} {sites}."),
                ("Devolví la llamada a {first} por nuestro último correo",
                 "No es prioridad este trimestre; quedamos en hablar en {month}."),
                ("Llamada de seguimiento con {first}",
                 "Siguen comparando opciones; los {team} quieren ver antes una demo."),
            ),
            "email": (
                ("Correo a {first} después de la feria",
                 "Responde: les interesa, pero no antes de {month}."),
                ("Enviada a {first} la ficha {del_product}", "La reenvía a los {team}."),
                ("Pedí a {first} media hora para entender cómo planifican a sus {staff}",
                 "Reunión aceptada para la semana que viene."),
                ("Enviado a {first} un caso de éxito de un cliente con {scope} {sites}",
                 "Le ha resultado útil; lo comparte con {boss}."),
            ),
            "meeting": (
                ("Reunión con {first} y dos {team}",
                 "Encaja bien; siguiente paso: una demo con sus propios {sites}."),
                ("Reunión con {first} para entender su proceso de planificación",
                 "{Pain}; empezarían con {scope} {sites}."),
            ),
            "note": (
                ("Prensa sectorial: {client} {news}",
                 "Buena excusa para volver a llamar a {first}."),
                ("{client} también habla con {competitor}",
                 "Su interlocutor allí son los {team}; tenemos que llegar a {dm}."),
            ),
            "presentation": (
                ("Presentación de la empresa y {del_product} a {first} y los {team}",
                 "Preguntas sobre la integración con su ERP; enviar la ficha técnica."),
            ),
            "meal": (
                ("Comida con {first}", "Habló con franqueza de sus problemas: {pain}."),
            ),
        },
    },
    # A prospect that has had a deal, when the talk is not about it: keeping in touch.
    "nurture": {
        "en": {
            "call": (
                ("Check-in call with {first}", "Nothing new on their side; call again in {month}."),
                ("Called {first} back about our last e-mail",
                 "Not a priority this quarter; agreed to talk again in {month}."),
                ("Call with {first} after our webinar",
                 "Liked the new features; will pass them on to {boss}."),
            ),
            "email": (
                ("E-mailed {first} after the trade fair",
                 "Replied: interested, but not before {month}."),
                ("Sent {first} a case study from a customer with {scope} {sites}",
                 "Found it useful; shared it with {boss}."),
                ("Sent {first} an invitation to our customer day",
                 "Accepted; will bring one of the {team}."),
            ),
            "meeting": (
                ("Met {first} at their head office",
                 "Good conversation; timing depends on the {budget_month} budget."),
                ("Coffee meeting with {first} and one of the {team}",
                 "{Pain}; they would start with {scope} {sites}."),
            ),
            "note": (
                ("Trade press: {client} {news}", "Good reason to call {first} again."),
                ("{client} is also talking to {competitor}",
                 "Their contact there is the {team}; we need to stay close to {dm}."),
            ),
            "presentation": (
                ("Customer day: {first} attended our presentation",
                 "Asked good questions about the {product}."),
            ),
            "meal": (
                ("Lunch with {first}", "Candid about their problems: {pain}."),
                ("Coffee with {first} at the sector fair",
                 "Still keen; waiting for {dm} to decide on the budget."),
            ),
        },
        "es": {
            "call": (
                ("Llamada de seguimiento con {first}",
                 "Nada nuevo por su parte; volver a llamar en {month}."),
                ("Devolví la llamada a {first} por nuestro último correo",
                 "No es prioridad este trimestre; quedamos en hablar en {month}."),
                ("Llamada con {first} tras nuestro webinar",
                 "Le gustaron las novedades; se las pasará a {boss}."),
            ),
            "email": (
                ("Correo a {first} después de la feria",
                 "Responde: les interesa, pero no antes de {month}."),
                ("Enviado a {first} un caso de éxito de un cliente con {scope} {sites}",
                 "Le ha resultado útil; lo comparte con {boss}."),
                ("Enviada a {first} la invitación a nuestra jornada de clientes",
                 "Acepta; vendrá con uno de los {team}."),
            ),
            "meeting": (
                ("Reunión con {first} en sus oficinas centrales",
                 "Buena conversación; todo depende del presupuesto de {budget_month}."),
                ("Café de trabajo con {first} y uno de los {team}",
                 "{Pain}; empezarían con {scope} {sites}."),
            ),
            "note": (
                ("Prensa sectorial: {client} {news}",
                 "Buena excusa para volver a llamar a {first}."),
                ("{client} también habla con {competitor}",
                 "Su interlocutor allí son los {team}; hay que seguir cerca de {dm}."),
            ),
            "presentation": (
                ("Jornada de clientes: {first} asistió a nuestra presentación",
                 "Buenas preguntas sobre {el_product}."),
            ),
            "meal": (
                ("Comida con {first}", "Habló con franqueza de sus problemas: {pain}."),
                ("Café con {first} en la feria del sector",
                 "Siguen interesados; esperan a que {dm} decida el presupuesto."),
            ),
        },
    },
    # A deal at Lead or Qualified: finding the need, the budget and the people.
}
# fmt: on
