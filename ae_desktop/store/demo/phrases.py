"""The AE's log in her own words, English for UK clients and Spanish for Spanish ones.

Interactions are written by *phase*: where the client or the deal stood on that day
(the first touches of a prospect, prospecting, keeping in touch after a deal, qualifying,
proposing, negotiating, won, lost, renewing, running the account, or losing it).
Placeholders are filled from the client's profile (profiles.py) and its deal: {first} the
contact's first name, {dm} and {dm_role} the decision maker, {boss} the decision maker (or
their board when talking to them), {topic} the deal ("the route planner pilot"), {product}
something that fits the industry, {owned} what the customer already uses,
{sites}/{team}/{staff} the industry's words, {pain}/{news}/{win} its situation, {n} its
number of sites, {scope} part of them, {pct} and {n2} numbers, {month} a coming month,
{month_prev} the last one, {budget_month} when the client sets its budget, {close_month}
when the deal should close, {competitor}, {expansion}, {year}.
A capital first letter ({Topic}, {Pain}, {Win}) starts a sentence. Spanish also has
{el_product}/{del_product}, {el_owned}/{del_owned} and {del_topic}/{al_topic}, with the
article agreeing. No template puts "'s" after a name.
"""

from __future__ import annotations

from typing import Final

# fmt: off
_Kinds = dict[str, tuple[tuple[str, str], ...]]

TEMPLATES: Final[dict[str, dict[str, _Kinds]]] = {
    # The first two touches of a prospect.
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
    "qualify": {
        "en": {
            "call": (
                ("Discovery call with {first} on {topic}",
                 "{Pain}; {dm} ({dm_role}) owns the budget."),
                ("Qualification call with {first}",
                 "Budget exists for this year; decision by the end of {month}."),
                ("Call with {first} to agree success criteria for {topic}",
                 "Three criteria agreed; they send their baseline figures."),
                ("Call with {first}: who else decides on {topic}",
                 "IT and finance join from the next meeting."),
            ),
            "meeting": (
                ("Demo of the {product} for {first} and the {team}",
                 "The {team} liked the planning board; IT wants the security documentation."),
                ("Scoping meeting with {first} for {topic}",
                 "Scope covers {scope} {sites}; proposal to follow."),
                ("Site visit with {first} to see how they plan their {staff} today",
                 "Mapped the current process; a lot of manual rework."),
            ),
            "email": (
                ("Sent {first} the summary of their requirements",
                 "Confirmed, with two corrections to the volumes."),
                ("Sent {first} the security documentation",
                 "With their IT manager for review."),
                ("E-mailed {first} two reference customers for {topic}",
                 "They will call one of them this week."),
            ),
            "note": (
                ("{Topic} is qualified", "Need, budget and timing confirmed; {dm} signs."),
                ("Prepared the demo for {topic} with pre-sales",
                 "Demo script built around their {sites}."),
            ),
            "presentation": (
                ("Presented the solution outline for {topic} to {first} and the {team}",
                 "Well received; they asked for a phased plan."),
            ),
            "meal": (
                ("Lunch with {first} to talk through {topic}",
                 "They are serious; {first} will champion it internally."),
            ),
        },
        "es": {
            "call": (
                ("Llamada de descubrimiento con {first} sobre {topic}",
                 "{Pain}; el presupuesto lo aprueba {dm} ({dm_role})."),
                ("Llamada de cualificación con {first}",
                 "Hay presupuesto este año; deciden antes de final de {month}."),
                ("Llamada con {first} para acordar los criterios de éxito {del_topic}",
                 "Tres criterios acordados; nos envían sus cifras de partida."),
                ("Llamada con {first}: quién más decide sobre {topic}",
                 "Informática y finanzas se suman a la próxima reunión."),
            ),
            "meeting": (
                ("Demo {del_product} para {first} y los {team}",
                 "A los {team} les gustó el tablero de planificación; informática pide la "
                 "documentación de seguridad."),
                ("Reunión de alcance con {first} para {topic}",
                 "El alcance cubre {scope} {sites}; enviamos propuesta."),
                ("Visita a {first} para ver cómo planifican hoy a sus {staff}",
                 "Proceso actual mapeado; mucho trabajo manual."),
            ),
            "email": (
                ("Enviado a {first} el resumen de necesidades",
                 "Lo confirman con dos correcciones en los volúmenes."),
                ("Enviada a {first} la documentación de seguridad",
                 "La revisa su responsable de sistemas."),
                ("Enviados a {first} dos clientes de referencia para {topic}",
                 "Llamarán a uno de ellos esta semana."),
            ),
            "note": (
                ("{Topic}: oportunidad cualificada",
                 "Necesidad, presupuesto y plazos confirmados; firma {dm}."),
                ("Preparé con preventa la demo {del_topic}", "Guion adaptado a sus {sites}."),
            ),
            "presentation": (
                ("Presentación de la solución para {topic} a {first} y los {team}",
                 "Buena acogida; piden un plan por fases."),
            ),
            "meal": (
                ("Comida con {first} para hablar {del_topic}",
                 "Van en serio; {first} lo defenderá dentro."),
            ),
        },
    },
    # A deal at Proposal.
    "propose": {
        "en": {
            "call": (
                ("Call with {first} to walk through the proposal for {topic}",
                 "Scope is clear; questions on the payment terms."),
                ("Checked in with {first} on the proposal",
                 "Still with finance; answer expected next week."),
                ("Call with {first}: ROI questions on {topic}",
                 "Sending the ROI model with their own figures."),
            ),
            "email": (
                ("Sent {first} the proposal for {topic}",
                 "Awaiting feedback; they review it at the {month} committee."),
                ("Sent {first} the ROI model for {topic}",
                 "Payback under a year on their numbers."),
                ("Sent {first} a revised proposal for {topic}",
                 "Phased start with {scope} {sites}."),
                ("Answered the data protection questions from {first}",
                 "Data processing agreement accepted with one change."),
            ),
            "meeting": (
                ("Proposal review with {first} and finance",
                 "Finance asked for a quarterly payment option."),
                ("Meeting with {first} and IT on the {product} integration",
                 "Integration through the API confirmed; no blockers."),
            ),
            "presentation": (
                ("Presented the proposal for {topic} to {first} and the management team",
                 "Positive; {dm} wants to visit a reference customer."),
            ),
            "note": (
                ("Proposal for {topic} is with {dm}", "Decision likely at the {month} committee."),
                ("{competitor} is also bidding for {topic}",
                 "They are cheaper; we lead on integration and support."),
            ),
            "meal": (
                ("Lunch with {first} while the proposal is under review",
                 "We are the favourite; price is the open point."),
            ),
        },
        "es": {
            "call": (
                ("Llamada con {first} para repasar la propuesta",
                 "El alcance está claro; dudas sobre las condiciones de pago."),
                ("Seguimiento de la propuesta con {first}",
                 "Sigue en finanzas; respuesta la semana que viene."),
                ("Llamada con {first}: preguntas sobre el retorno {del_topic}",
                 "Preparamos el cálculo del ROI con sus propias cifras."),
            ),
            "email": (
                ("Enviada a {first} la propuesta para {topic}",
                 "Pendiente de respuesta; la revisan en el comité de {month}."),
                ("Enviado a {first} el cálculo del ROI",
                 "Amortización en menos de un año con sus datos."),
                ("Enviada a {first} la propuesta revisada",
                 "Arranque por fases con {scope} {sites}."),
                ("Respondidas las preguntas de {first} sobre protección de datos",
                 "Aceptan el contrato de encargo de tratamiento con un cambio."),
            ),
            "meeting": (
                ("Reunión con {first} y finanzas para revisar la propuesta",
                 "Finanzas pide la opción de pago trimestral."),
                ("Reunión con {first} e informática sobre la integración",
                 "Integración por API confirmada; sin bloqueos."),
            ),
            "presentation": (
                ("Presentación de la propuesta a {first} y al comité de dirección",
                 "Positiva; {dm} quiere visitar a un cliente de referencia."),
            ),
            "note": (
                ("La propuesta para {topic} está en manos de {dm}",
                 "Decisión probable en el comité de {month}."),
                ("{competitor} también compite por {topic}",
                 "Son más baratos; ganamos en integración y soporte."),
            ),
            "meal": (
                ("Comida con {first} mientras revisan la propuesta",
                 "Somos la opción favorita; queda cerrar el precio."),
            ),
        },
    },
    # A deal at Negotiation.
    "negotiate": {
        "en": {
            "call": (
                ("Pricing call with {first} on {topic}",
                 "Asked for 12 % off; offered 6 % for a two-year term."),
                ("Call with {first} and procurement",
                 "Procurement wants 60-day payment terms; finance can accept 45."),
                ("Call with {first} on the contract redlines",
                 "Two clauses left: the liability cap and the notice period."),
            ),
            "email": (
                ("Sent {first} the revised quote for {topic}",
                 "Discount capped at 8 % with a two-year commitment."),
                ("Sent the contract draft for {topic} to {first}",
                 "Their legal team reviews it by the end of the month."),
                ("Sent {first} the order form for {topic}", "With {dm} for signature."),
            ),
            "meeting": (
                ("Negotiation meeting with {first} and procurement",
                 "Close on price; legal review of the MSA pending."),
                ("Final terms meeting with {first}", "Verbal yes, subject to board approval."),
            ),
            "note": (
                ("{Topic}: waiting for the board",
                 "The board meets in {month}; no further discount until then."),
                ("Legal comments on the contract for {topic} received",
                 "Passed to our legal team; reply due Friday."),
            ),
            "presentation": (
                ("Final presentation of {topic} to the board",
                 "The board wants a phased rollout; pricing accepted."),
            ),
            "meal": (
                ("Dinner with {first} before the signature",
                 "Strong relationship; signature expected this month."),
            ),
        },
        "es": {
            "call": (
                ("Llamada con {first} para negociar el precio {del_topic}",
                 "Piden un 12 % de descuento; ofrecemos un 6 % a dos años."),
                ("Llamada con {first} y compras",
                 "Compras quiere pago a 60 días; finanzas puede aceptar 45."),
                ("Llamada con {first} sobre los cambios al contrato",
                 "Quedan dos cláusulas: el límite de responsabilidad y el preaviso."),
            ),
            "email": (
                ("Enviado a {first} el presupuesto revisado para {topic}",
                 "Descuento máximo del 8 % con compromiso de dos años."),
                ("Enviado a {first} el borrador del contrato",
                 "Su asesoría jurídica lo revisa antes de fin de mes."),
                ("Enviada a {first} la hoja de pedido", "Pendiente de la firma de {dm}."),
            ),
            "meeting": (
                ("Reunión de negociación con {first} y compras",
                 "Cerca en precio; falta la revisión legal del contrato marco."),
                ("Reunión de condiciones finales con {first}",
                 "Sí verbal, pendiente de la aprobación del consejo."),
            ),
            "note": (
                ("{Topic}: pendiente del consejo",
                 "El consejo se reúne en {month}; no damos más descuento hasta entonces."),
                ("Recibidos los comentarios legales al contrato",
                 "Pasados a nuestro equipo jurídico; respondemos el viernes."),
            ),
            "presentation": (
                ("Presentación final {del_topic} al consejo de administración",
                 "Piden un despliegue por fases; aceptan el precio."),
            ),
            "meal": (
                ("Cena con {first} antes de la firma",
                 "Muy buena relación; firma prevista este mes."),
            ),
        },
    },
    # The last touch of a won deal.
    "won": {
        "en": {
            "call": (("{first} called: {topic} is approved",
                      "Order form signed; kick-off to book."),),
            "email": (("Signed order form for {topic} received from {first}",
                       "Handover to onboarding started."),),
            "meeting": (("Kick-off meeting with {first} for {topic}",
                         "Project plan signed off; weekly status calls agreed."),),
            "note": (("Won: {topic}",
                      "What made the difference: the integration with their ERP and the pilot."),),
            "presentation": (("Presented the rollout plan for {topic} to the {team}",
                              "Go-live dates agreed site by site."),),
            "meal": (("Lunch with {first} after signing {topic}",
                      "They already talk about a second phase."),),
        },
        "es": {
            "call": (("Llamada de {first}: luz verde {al_topic}",
                      "Hoja de pedido firmada; falta fijar el arranque."),),
            "email": (("Recibida de {first} la hoja de pedido firmada",
                       "Traspaso al equipo de implantación en marcha."),),
            "meeting": (("Reunión de arranque con {first}",
                         "Plan de proyecto aprobado; seguimiento semanal acordado."),),
            "note": (("Cerrado con éxito: {topic}",
                      "Claves: la integración con su ERP y los resultados del piloto."),),
            "presentation": (("Presentación del plan de despliegue a los {team}",
                              "Fechas de arranque acordadas centro a centro."),),
            "meal": (("Comida con {first} tras la firma",
                      "Ya hablan de una segunda fase."),),
        },
    },
    # The last touch of a lost deal: the outcome is the lost reason's (LOST_REASONS).
    "lost": {
        "en": {
            "call": (("Call with {first}: their decision on {topic}", ""),),
            "email": (("E-mail from {first} with their decision on {topic}", ""),),
            "meeting": (("Meeting with {first} to hear their decision on {topic}", ""),),
            "note": (("Lost: {topic}", ""),),
            "presentation": (("Last presentation of {topic} to the management team", ""),),
            "meal": (("Lunch with {first} after their decision on {topic}", ""),),
        },
        "es": {
            "call": (("Llamada con {first}: su decisión sobre {topic}", ""),),
            "email": (("Correo de {first} con su decisión sobre {topic}", ""),),
            "meeting": (("Reunión con {first} para conocer su decisión sobre {topic}", ""),),
            "note": (("Oportunidad perdida: {topic}", ""),),
            "presentation": (("Última presentación {del_topic} a la dirección", ""),),
            "meal": (("Comida con {first} tras su decisión sobre {topic}", ""),),
        },
    },
    # A renewal deal before Negotiation.
    "renew": {
        "en": {
            "call": (
                ("Called {first} about the timing of {topic}",
                 "Decision moves to {month}; they want revised pricing."),
                ("Renewal call with {first}",
                 "Happy to renew; they want the price held at this year's level."),
            ),
            "email": (
                ("Sent {first} the quote for {topic}", "Forwarded to their finance team."),
                ("Sent {first} the usage figures ahead of {topic}",
                 "Numbers agreed; no change in scope."),
            ),
            "meeting": (
                ("Renewal review with {first}",
                 "Usage up {pct} %; renewal for {n} {sites} agreed in principle."),
            ),
            "note": (
                ("{Topic} is due in {close_month}",
                 "Get the proposal in before their budget closes."),
            ),
            "presentation": (
                ("Presented the year in review to {first} ahead of {topic}",
                 "Strong results; they asked to see the roadmap."),
            ),
            "meal": (
                ("Lunch with {first} ahead of {topic}",
                 "No appetite to change supplier; price is their only concern."),
            ),
        },
        "es": {
            "call": (
                ("Llamada con {first} sobre los plazos {del_topic}",
                 "La decisión pasa a {month}; piden precios revisados."),
                ("Llamada de renovación con {first}",
                 "Quieren renovar manteniendo el precio de este año."),
            ),
            "email": (
                ("Enviado a {first} el presupuesto para {topic}", "Reenviado a su departamento de "
                 "finanzas."),
                ("Enviadas a {first} las cifras de uso antes {del_topic}",
                 "Cifras validadas; sin cambios de alcance."),
            ),
            "meeting": (
                ("Revisión anual con {first} antes de renovar",
                 "Uso un {pct} % más alto; renovación para sus {n} {sites} acordada en "
                 "principio."),
            ),
            "note": (
                ("{Topic} vence en {close_month}",
                 "Enviar la propuesta antes de que cierren su presupuesto."),
            ),
            "presentation": (
                ("Presentación del balance del año a {first} antes de renovar",
                 "Buenos resultados; piden ver la hoja de ruta."),
            ),
            "meal": (
                ("Comida con {first} antes {del_topic}",
                 "No quieren cambiar de proveedor; solo les preocupa el precio."),
            ),
        },
    },
    # An active customer when no deal is being discussed: running the account.
    "account": {
        "en": {
            "call": (
                ("Call with {first} to review how the {team} use the {owned}",
                 "Adoption good at most of their {sites}; two need training."),
                ("Check-in call with {first} about the open invoice",
                 "Finance confirmed the payment goes out this week."),
                ("Call with {first} about two open support escalations",
                 "Escalated to our support manager; update promised by Thursday."),
                ("Quick call with {first} on the new {owned} features",
                 "Keen on the new reports; asked for a session with the {team}."),
                ("Call with {first} to prepare the steering meeting",
                 "Agenda agreed; they will bring their IT lead."),
                ("Called {first} about training for new {team}",
                 "Two sessions booked for {month}."),
            ),
            "meeting": (
                ("Quarterly business review with {first}",
                 "{Win}; they asked for a roadmap session."),
                ("Site visit with {first} and the {team}",
                 "Saw the {owned} in daily use; two improvement requests logged."),
                ("Steering meeting with {first}",
                 "Rollout on track; the remaining {sites} go live in {month}."),
                ("Workshop with {first} on their reporting needs",
                 "Three custom reports requested; sizing them with pre-sales."),
            ),
            "email": (
                ("Sent {first} the minutes of the steering meeting", "Action items confirmed."),
                ("Sent {first} the usage report for {month_prev}",
                 "Shared with {boss} the same day."),
                ("E-mail from {first} about a billing error",
                 "Credit note issued by our finance team."),
                ("Sent {first} the release notes of the {owned}",
                 "Asked for a demo of the new features."),
                ("Sent {first} the draft of the case study about their project",
                 "Approved with one change."),
            ),
            "note": (
                ("A partner says {client} {news}", "Good moment to offer the {product}."),
                ("{first} moves to a new role next month",
                 "Need a new champion; ask for an introduction."),
                ("Support tickets at {client} are trending down",
                 "Three this month against nine in {month_prev}."),
                ("Budget for the next financial year at {client} is set in {budget_month}",
                 "Get the renewal proposal in before then."),
                ("Reviewed the account plan for {client}",
                 "Next: the {product} for the {team}."),
            ),
            "presentation": (
                ("Presented the {owned} roadmap to {first} and the management team",
                 "Positive; they asked for a phased budget."),
                ("Training webinar for the {team}",
                 "{n2} attendees; six asked for follow-up sessions."),
            ),
            "meal": (
                ("Lunch with {first}",
                 "Relationship building; their procurement team is being restructured."),
                ("Business dinner with {first} and their operations director",
                 "Happy with the service; hinted at expanding into {expansion}."),
                ("Coffee with {first} after the trade fair", "Interested in the {product}."),
            ),
        },
        "es": {
            "call": (
                ("Llamada con {first} para revisar el uso {del_owned}",
                 "Buena adopción en la mayoría de sus {sites}; falta formación en dos."),
                ("Llamada con {first} por la factura pendiente",
                 "Finanzas confirma el pago esta semana."),
                ("Llamada con {first} sobre dos incidencias escaladas",
                 "Escaladas a nuestro responsable de soporte; respuesta antes del jueves."),
                ("Llamada rápida con {first} sobre las novedades {del_owned}",
                 "Les interesan los nuevos informes; piden una sesión para los {team}."),
                ("Llamada con {first} para preparar el comité de seguimiento",
                 "Orden del día cerrado; vendrá su responsable de sistemas."),
                ("Llamada con {first} sobre la formación de los nuevos {team}",
                 "Dos sesiones reservadas para {month}."),
            ),
            "meeting": (
                ("Revisión trimestral de negocio con {first}",
                 "{Win}; piden una sesión sobre la hoja de ruta."),
                ("Visita a {first} y los {team}",
                 "Vimos {el_owned} en el día a día; dos mejoras anotadas."),
                ("Comité de seguimiento con {first}",
                 "Despliegue en plazo; el resto de {sites} arranca en {month}."),
                ("Taller con {first} sobre sus necesidades de informes",
                 "Piden tres informes a medida; los dimensionamos con preventa."),
            ),
            "email": (
                ("Enviada a {first} el acta del comité de seguimiento", "Acciones confirmadas."),
                ("Enviado a {first} el status report de {month_prev}",
                 "Lo comparte con {boss} el mismo día."),
                ("Correo de {first} por un error de facturación",
                 "Nuestro departamento de finanzas emite un abono."),
                ("Enviadas a {first} las novedades {del_owned}",
                 "Piden una demo de las nuevas funciones."),
                ("Enviado a {first} el borrador del caso de éxito de su proyecto",
                 "Aprobado con un cambio."),
            ),
            "note": (
                ("Un partner comenta que {client} {news}",
                 "Buen momento para ofrecer {el_product}."),
                ("{first} cambia de puesto el mes que viene",
                 "Necesitamos un nuevo interlocutor; pedir que nos presente."),
                ("Las incidencias de {client} van a la baja",
                 "Tres este mes frente a nueve en {month_prev}."),
                ("{client} aprueba el presupuesto del próximo ejercicio en {budget_month}",
                 "Enviar antes la propuesta de renovación."),
                ("Revisado el plan de cuenta de {client}",
                 "Siguiente paso: {el_product} para los {team}."),
            ),
            "presentation": (
                ("Presentación de la hoja de ruta {del_owned} a {first} y la dirección",
                 "Positiva; piden un presupuesto por fases."),
                ("Webinar de formación para los {team}",
                 "{n2} asistentes; seis piden sesiones de seguimiento."),
            ),
            "meal": (
                ("Comida con {first}", "Buena relación; están reorganizando compras."),
                ("Cena de trabajo con {first} y su director de operaciones",
                 "Contentos con el servicio; insinúan expandirse a {expansion}."),
                ("Café con {first} después de la feria", "Interés en {el_product}."),
            ),
        },
    },
    # A customer on its way out (the later interactions of a churned client).
    "churn": {
        "en": {
            "call": (
                ("Escalation call with {first} about response times",
                 "Unhappy with support; asked for a service review."),
                ("Call with {first}: they are reviewing suppliers",
                 "{competitor} offered a lower price; decision in {month}."),
                ("{first} called to give notice on the contract",
                 "Not renewing; moving to {competitor}."),
            ),
            "email": (
                ("Formal complaint from {first} about the last update",
                 "Apologised; the fix ships in the next release."),
                ("E-mail from {first}: notice of non-renewal",
                 "Contract ends at the end of the term; they asked for a data export."),
                ("Sent {first} the data export", "Receipt confirmed."),
            ),
            "meeting": (
                ("Service review with {first} after the escalations",
                 "Action plan agreed; they remain sceptical."),
                ("Exit meeting with {first}",
                 "Main reasons: price and gaps in reporting. Door left open."),
            ),
            "note": (
                ("Account at risk: {client}",
                 "Usage down {pct} % in three months; our sponsor left."),
                ("Churned: {client}", "Win-back possible when their new contract comes up."),
            ),
            "presentation": (
                ("Presented a recovery plan to {first}",
                 "Too late; the decision to switch is made."),
            ),
            "meal": (
                ("Lunch with {first} to understand the decision",
                 "Nothing personal: their new owner standardised on {competitor}."),
            ),
        },
        "es": {
            "call": (
                ("Llamada de escalado con {first} por los tiempos de respuesta",
                 "Descontentos con el soporte; piden una revisión del servicio."),
                ("Llamada con {first}: están revisando proveedores",
                 "{competitor} les ofrece un precio más bajo; deciden en {month}."),
                ("{first} llama para comunicar la baja del contrato",
                 "No renuevan; se van a {competitor}."),
            ),
            "email": (
                ("Reclamación formal de {first} por la última actualización",
                 "Pedimos disculpas; la corrección sale en la próxima versión."),
                ("Correo de {first}: preaviso de no renovación",
                 "El contrato termina al final del periodo; piden exportar sus datos."),
                ("Enviada a {first} la exportación de datos", "Confirman la recepción."),
            ),
            "meeting": (
                ("Revisión del servicio con {first} tras las incidencias",
                 "Plan de acción acordado; siguen escépticos."),
                ("Reunión de salida con {first}",
                 "Motivos: precio y carencias en los informes. Puerta abierta."),
            ),
            "note": (
                ("Cuenta en riesgo: {client}",
                 "Uso un {pct} % más bajo en tres meses; se ha ido nuestro valedor."),
                ("Baja: {client}", "Posible recuperación cuando venza su nuevo contrato."),
            ),
            "presentation": (
                ("Presentación del plan de recuperación a {first}",
                 "Demasiado tarde; la decisión de cambiar está tomada."),
            ),
            "meal": (
                ("Comida con {first} para entender la decisión",
                 "Nada personal: su nuevo dueño ha estandarizado con {competitor}."),
            ),
        },
    },
}

# (English, Spanish) reason, and the outcome the last interaction of the deal records.
LOST_REASONS: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("Chose a cheaper competitor", "Eligieron un competidor más barato",
     "They chose {competitor}, about 20 % cheaper; asked to stay in touch.",
     "Eligen {competitor}, un 20 % más barato; quedamos en seguir en contacto."),
    ("Budget cut", "Recorte de presupuesto",
     "Budget cut by their finance director; nothing before next year.",
     "Su director financiero ha recortado el presupuesto; nada hasta el año que viene."),
    ("No decision: project shelved", "Sin decisión: proyecto aparcado",
     "Project shelved; nobody owns it internally.",
     "Proyecto aparcado; nadie lo lidera internamente."),
    ("Stayed with the incumbent supplier", "Se quedan con su proveedor actual",
     "Their current supplier matched our price; they stay.",
     "Su proveedor actual iguala nuestro precio; se quedan con él."),
    ("Postponed to next year", "Aplazado al año que viene",
     "Postponed to next year; revisit in {month}.",
     "Aplazado al año que viene; retomar en {month}."),
    ("Missing integration with their ERP", "Falta la integración con su ERP",
     "Our connector does not cover their ERP version; they cannot go ahead.",
     "Nuestro conector no cubre su versión del ERP; no pueden seguir adelante."),
    ("Our champion left the company", "Nuestro valedor dejó la empresa",
     "Our champion left; the new manager stopped the project.",
     "Nuestro valedor se ha ido; el nuevo responsable para el proyecto."),
)

# Deal titles and how the log refers to the deal, by kind: (English title, English topic,
# Spanish title, Spanish topic). "new_division" is new business from an existing customer.
# {client}, {product}/{Product}, {el_product}/{del_product}, {seats}, {more}, {sites}, {year}.
DEALS: Final[dict[str, tuple[tuple[str, str, str, str], ...]]] = {
    "new_business": (
        ("{client} – {Product} pilot", "the {product} pilot",
         "{client} – piloto {del_product}", "el piloto {del_product}"),
        ("{client} – platform rollout", "the platform rollout",
         "{client} – implantación de la plataforma", "la implantación de la plataforma"),
        ("{client} – first {seats} licences", "the first {seats} licences",
         "{client} – primeras {seats} licencias", "las primeras {seats} licencias"),
    ),
    "new_division": (
        ("{client} – rollout to a new division", "the rollout to the new division",
         "{client} – implantación en una nueva división", "la implantación en la nueva división"),
        ("{client} – {Product} for the new business unit", "the {product} for the new unit",
         "{client} – {Product} para la nueva unidad de negocio",
         "{el_product} en la nueva unidad"),
    ),
    "upsell": (
        ("{client} – {seats} additional licences", "the {seats} additional licences",
         "{client} – {seats} licencias adicionales", "las {seats} licencias adicionales"),
        ("{client} – expansion to {more} more {sites}", "the expansion to {more} more {sites}",
         "{client} – ampliación a {more} {sites} más", "la ampliación a {more} {sites} más"),
        ("{client} – premium support upgrade", "the premium support upgrade",
         "{client} – paso a soporte premium", "el paso a soporte premium"),
    ),
    "cross_sell": (
        ("{client} – {Product}", "the {product}", "{client} – {Product}", "{el_product}"),
        ("{client} – {Product} add-on", "the {product} add-on",
         "{client} – ampliación con {el_product}", "la ampliación con {el_product}"),
    ),
    "renewal": (
        ("{client} – renewal {year}", "the {year} renewal",
         "{client} – renovación {year}", "la renovación de {year}"),
        ("{client} – annual renewal", "the annual renewal",
         "{client} – renovación anual", "la renovación anual"),
    ),
}

# The next step of an open deal, by how far it has got (Lead, Qualified, Proposal, Negotiation).
NEXT_STEPS: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "en": (
        ("Book a discovery call", "Find out who owns the budget", "Send the intro deck"),
        ("Book a demo with their IT team", "Agree pilot success criteria",
         "Schedule an on-site visit"),
        ("Send revised proposal", "Prepare the ROI model", "Reference call with a customer",
         "Security questionnaire due"),
        ("Legal review of the MSA", "Send the order form for signature",
         "Call the CFO to confirm budget", "Wait for the board decision"),
    ),
    "es": (
        ("Agendar la llamada de descubrimiento", "Averiguar quién aprueba el presupuesto",
         "Enviar la presentación de la empresa"),
        ("Agendar una demo con su equipo de sistemas", "Acordar los criterios de éxito del piloto",
         "Programar una visita a sus instalaciones"),
        ("Enviar la propuesta revisada", "Preparar el cálculo del ROI",
         "Llamada con un cliente de referencia", "Entregar el cuestionario de seguridad"),
        ("Revisión legal del contrato marco", "Enviar la hoja de pedido para firma",
         "Confirmar el presupuesto con su director financiero",
         "Esperar la decisión del consejo"),
    ),
}

RENEWAL_STEPS: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "en": (
        ("Review usage with the customer", "Confirm the renewal date with finance"),
        ("Review usage with the customer", "Confirm the renewal date with finance"),
        ("Send the renewal quote", "Agree next year's price"),
        ("Send the order form for signature", "Legal review of the renewal terms"),
    ),
    "es": (
        ("Revisar el uso con el cliente", "Confirmar la fecha de renovación con finanzas"),
        ("Revisar el uso con el cliente", "Confirmar la fecha de renovación con finanzas"),
        ("Enviar el presupuesto de renovación", "Acordar el precio del año que viene"),
        ("Enviar la hoja de pedido para firma", "Revisión legal de las condiciones de renovación"),
    ),
}

# Tasks: (English title, Spanish title or "" for the AE's own admin, who the client must be:
# "customer" an active customer, "deal" one with an open deal, "any", or "" for no client;
# who it can be handed to). {client}, {first}, {month}.
TASKS: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("Prepare the QBR deck for {client}",
     "Preparar la revisión trimestral de {client}", "customer", ""),
    ("Send the case study to {first}", "Enviar el caso de éxito a {first}", "any",
     "Marketing: content team"),
    ("Chase the signed order form from {client}", "Reclamar a {client} la hoja de pedido firmada",
     "deal", "Carmen Ruiz (legal)"),
    ("Draft the renewal quote for {client}", "Preparar el presupuesto de renovación de {client}",
     "customer", "Pablo Sánchez (pre-sales)"),
    ("Sort out the invoice dispute at {client} with finance",
     "Resolver con finanzas la factura en disputa de {client}", "customer",
     "Finance: billing team"),
    ("Map the org chart of {client} before the meeting",
     "Completar el organigrama de {client} antes de la reunión", "any", ""),
    ("Book the on-site visit at {client}", "Reservar la visita a {client}", "any",
     "Office: travel desk"),
    ("Ask {first} for a reference call", "Pedir a {first} una llamada de referencia",
     "customer", ""),
    ("Send {first} the security documentation", "Enviar a {first} la documentación de seguridad",
     "deal", "Tom Hughes (solutions engineer)"),
    ("Answer the RFP questions from {client}", "Responder al pliego de {client}", "deal",
     "Pablo Sánchez (pre-sales)"),
    ("Update the forecast in the CRM", "", "", ""),
    ("Submit expenses for {month}", "", "", ""),
    ("Weekly report to my manager", "", "", ""),
    ("Book train to Barcelona", "", "", "Office: travel desk"),
    ("Finish the product certification module", "", "", ""),
    ("Review the territory plan", "", "", ""),
    ("Clean up stale deals in the pipeline", "", "", ""),
    ("Prepare the team pipeline review", "", "", ""),
    ("Register for the logistics trade fair", "", "", "Marketing: events team"),
)
TASK_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "en": ("", "", "", "Check the last e-mail thread first.", "Use the new template.",
           "Ask pre-sales for the numbers.", "The figures are in the shared drive."),
    "es": ("", "", "", "Revisar antes el último hilo de correo.", "Usar la plantilla nueva.",
           "Pedir las cifras a preventa.", "Las cifras están en la unidad compartida."),
}

# The pieces of a client's notes: scale, who decides, the budget cycle, the situation, a
# habit. {n} {sites} {city} {dm} {dm_role} {k} {budget} {fy} {owned}/{el_owned} {used}
# {renewal} {incumbent} {pain} {competitor} {left}.
NOTES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "scale": ("{n} {sites}; head office in {city}.", "Head office in {city}, {n} {sites}."),
        "decides": (
            "Decision maker: {dm} ({dm_role}).",
            "{dm} ({dm_role}) signs; anything above €{k}k goes to the purchasing committee.",
            "Buys through {dm} ({dm_role}), with procurement involved from the start.",
        ),
        "budget": (
            "Budget set in {budget} for a financial year starting in {fy}.",
            "Financial year starts in {fy}; budget requests are due by {budget}.",
        ),
        "customer": (
            "Uses the {owned} at {used} of their {n} {sites}.",
            "On the {owned} since {since}; {used} {sites} live so far.",
        ),
        "key": ("Contract renews in {renewal}.", "Renewal due in {renewal}; multi-year term "
                "on the table."),
        "prospect": ("Plans with {incumbent} today. Main pain: {pain}.",
                     "Today they use {incumbent}, and {pain}."),
        "churned": ("Left for {competitor} in {left}; try to win them back when that contract "
                    "is up.",),
        "habit": ("", "", "Prefers calls before 10:00.", "Prefers e-mail to calls.",
                  "Wants figures in every meeting.", "Only meets on Tuesdays and Thursdays."),
    },
    "es": {
        "scale": ("{n} {sites}; sede central en {city}.", "Sede central en {city} y {n} {sites}."),
        "decides": (
            "Decide {dm} ({dm_role}).",
            "Firma {dm} ({dm_role}); por encima de {k}.000 € pasa por el comité de compras.",
            "Compra a través de {dm} ({dm_role}); compras participa desde el principio.",
        ),
        "budget": (
            "El presupuesto se aprueba en {budget}; el ejercicio empieza en {fy}.",
            "Ejercicio fiscal desde {fy}; las partidas se piden antes de {budget}.",
        ),
        "customer": (
            "Usa {el_owned} en {used} de sus {n} {sites}.",
            "Con {el_owned} desde {since}; {used} {sites} en marcha por ahora.",
        ),
        "key": ("El contrato se renueva en {renewal}.", "Renovación en {renewal}; hay opción de "
                "contrato plurianual."),
        "prospect": ("Hoy planifican con {incumbent}. Principal problema: {pain}.",
                     "Usan {incumbent}, y {pain}."),
        "churned": ("Se fue a {competitor} en {left}; intentar recuperarla cuando venza ese "
                    "contrato.",),
        "habit": ("", "", "Prefiere llamadas antes de las 10:00.",
                  "Prefiere el correo a las llamadas.", "Quiere cifras en cada reunión.",
                  "Solo tiene reuniones martes y jueves."),
    },
}

MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}
EXPANSIONS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Ireland", "the Netherlands", "France"),
    "es": ("Portugal", "Francia", "Marruecos"),
}
# fmt: on
