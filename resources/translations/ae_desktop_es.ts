<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>labels</name>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="16"/>
        <source>Key account</source>
        <translation>Cuenta clave</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="17"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="18"/>
        <location filename="../../ae_desktop/ui/labels.py" line="24"/>
        <source>Prospect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="25"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="26"/>
        <source>Churned</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="32"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="33"/>
        <location filename="../../ae_desktop/ui/labels.py" line="69"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="34"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="35"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="36"/>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="37"/>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="55"/>
        <source>New business</source>
        <translation>Nuevo negocio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="56"/>
        <source>Upsell</source>
        <translation>Venta adicional</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="57"/>
        <source>Cross-sell</source>
        <translation>Venta cruzada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="58"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="64"/>
        <source>Client work</source>
        <translation>Trabajo con clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="65"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="66"/>
        <source>Prospecting</source>
        <translation>Prospección</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="67"/>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="68"/>
        <source>Focus</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="70"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="77"/>
        <source>Do now</source>
        <translation>Hacer ahora</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="78"/>
        <source>Schedule</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="79"/>
        <source>Delegate</source>
        <translation>Delegar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="80"/>
        <source>Drop</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="87"/>
        <source>1 deal</source>
        <translation>1 oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="89"/>
        <source>{0} deals</source>
        <translation>{0} oportunidades</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../ae_desktop/report/formats.py" line="132"/>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/render.py" line="90"/>
        <location filename="../../ae_desktop/report/sections.py" line="53"/>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/render.py" line="93"/>
        <location filename="../../ae_desktop/report/sections.py" line="44"/>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/render.py" line="134"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="31"/>
        <source>Pipeline by stage</source>
        <translation>Embudo por etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="34"/>
        <source>No open deals.</source>
        <translation>No hay oportunidades abiertas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="42"/>
        <source>%1 · weighted %2</source>
        <translation>%1 · ponderado %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="53"/>
        <location filename="../../ae_desktop/report/section_next.py" line="73"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="39"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="70"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="54"/>
        <source>Weighted by probability</source>
        <translation>Ponderado por probabilidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="77"/>
        <source>No activities logged.</source>
        <translation>No se registraron actividades.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="82"/>
        <source>Activities per day</source>
        <translation>Actividades por día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="88"/>
        <source>%n call</source>
        <translation>%n llamada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="89"/>
        <source>%n calls</source>
        <translation>%n llamadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="92"/>
        <source>%n meeting</source>
        <translation>%n reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="93"/>
        <source>%n meetings</source>
        <translation>%n reuniones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="96"/>
        <source>%n e-mail</source>
        <translation>%n correo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="97"/>
        <source>%n e-mails</source>
        <translation>%n correos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="100"/>
        <source>%n note</source>
        <translation>%n nota</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="101"/>
        <source>%n notes</source>
        <translation>%n notas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="104"/>
        <source>%n presentation</source>
        <translation>%n presentación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="105"/>
        <source>%n presentations</source>
        <translation>%n presentaciones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="108"/>
        <source>%n meal</source>
        <translation>%n comida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="109"/>
        <source>%n meals</source>
        <translation>%n comidas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="128"/>
        <source>Time by quadrant</source>
        <translation>Tiempo por cuadrante</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="131"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="93"/>
        <source>No time blocked this week.</source>
        <translation>No hay tiempo bloqueado esta semana.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="137"/>
        <source>%1 of planned time on Schedule (Q2) work</source>
        <translation>%1 del tiempo planificado en trabajo de Planificar (Q2)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="156"/>
        <source>Planned %1 · done %2</source>
        <translation>Planificado %1 · hecho %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="21"/>
        <source>Next week · %1</source>
        <translation>Próxima semana · %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="31"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="32"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="33"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="34"/>
        <location filename="../../ae_desktop/report/section_next.py" line="55"/>
        <location filename="../../ae_desktop/report/section_next.py" line="70"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="37"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="67"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="151"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="45"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="46"/>
        <source>No meetings in the calendar.</source>
        <translation>No hay reuniones en el calendario.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="53"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="54"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="61"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="62"/>
        <source>No follow-ups due.</source>
        <translation>No hay seguimientos pendientes.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="69"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="36"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="66"/>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="71"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="68"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="72"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="74"/>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="87"/>
        <source>Deals expected to close</source>
        <translation>Oportunidades con cierre previsto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="88"/>
        <source>No deals expected to close.</source>
        <translation>No hay oportunidades con cierre previsto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="100"/>
        <source>No activity recorded this week</source>
        <translation>No se registró actividad esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="106"/>
        <source>No interactions, time blocks, closed deals or stage changes were recorded from %1 to %2.</source>
        <translation>No se registraron interacciones, bloques de tiempo, cierres ni cambios de etapa del %1 al %2.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="134"/>
        <source>Pipeline snapshot</source>
        <translation>Situación del embudo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="136"/>
        <source>Open pipeline %1 · forecast for %2: %3</source>
        <translation>Embudo abierto %1 · previsión para %2: %3</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="28"/>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="35"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="38"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="40"/>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="41"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="43"/>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="44"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="57"/>
        <source>Won and lost this week</source>
        <translation>Ganadas y perdidas esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="58"/>
        <source>No deals won or lost this week.</source>
        <translation>Esta semana no se ganó ni se perdió ninguna oportunidad.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="64"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="69"/>
        <source>Moved</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="82"/>
        <source>Deals that moved stage</source>
        <translation>Oportunidades que cambiaron de etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="83"/>
        <source>No deal changed stage this week.</source>
        <translation>Ninguna oportunidad cambió de etapa esta semana.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="90"/>
        <source>Time spent</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="100"/>
        <source>Other clients</source>
        <translation>Otros clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="102"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="105"/>
        <source>By kind of work</source>
        <translation>Por tipo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="108"/>
        <source>By client</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="125"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="126"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="140"/>
        <source>No client time.</source>
        <translation>Sin tiempo con clientes.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="152"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="153"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="154"/>
        <source>Open deals</source>
        <translation>Oportunidades abiertas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="155"/>
        <source>Open value</source>
        <translation>Valor abierto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="156"/>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="157"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="171"/>
        <source>Client status</source>
        <translation>Estado de los clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="172"/>
        <source>No key accounts, and no client was touched this week.</source>
        <translation>No hay cuentas clave y esta semana no se contactó con ningún cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="181"/>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="185"/>
        <source>Neglected</source>
        <translation>Desatendido</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="190"/>
        <source>%n rotting deal</source>
        <translation>%n oportunidad estancada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="191"/>
        <source>%n rotting deals</source>
        <translation>%n oportunidades estancadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="87"/>
        <source>No quota set</source>
        <translation>Sin cuota definida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="90"/>
        <source>%1 · quota %2</source>
        <translation>%1 · cuota %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="95"/>
        <location filename="../../ae_desktop/report/sections.py" line="107"/>
        <source>Quota attainment (QTD)</source>
        <translation>Cumplimiento de cuota (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="98"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="105"/>
        <source>%1 · no quota set</source>
        <translation>%1 · sin cuota definida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="111"/>
        <source>Won this week</source>
        <translation>Ganado esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="116"/>
        <source>Forecast (quarter)</source>
        <translation>Previsión (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="122"/>
        <source>Pipeline coverage</source>
        <translation>Cobertura del embudo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="125"/>
        <source>Open pipeline %1</source>
        <translation>Embudo abierto %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="130"/>
        <source>Win rate (QTD)</source>
        <translation>Tasa de cierre (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="135"/>
        <source>Average deal (QTD)</source>
        <translation>Ticket medio (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="138"/>
        <source>Won %1 this quarter</source>
        <translation>Ganado este trimestre: %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="143"/>
        <source>Sales cycle (QTD)</source>
        <translation>Ciclo de venta (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="145"/>
        <source>From creation to won</source>
        <translation>De la creación al cierre ganado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="148"/>
        <source>Activities (week)</source>
        <translation>Actividades (semana)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="151"/>
        <source>%1 this quarter</source>
        <translation>%1 este trimestre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="161"/>
        <source>%n deal won</source>
        <translation>%n oportunidad ganada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="162"/>
        <source>%n deals won</source>
        <translation>%n oportunidades ganadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="172"/>
        <source>%n day</source>
        <translation>%n día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="173"/>
        <source>%n days</source>
        <translation>%n días</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="193"/>
        <source>%n deal in another currency is not included.</source>
        <translation>No se incluye %n oportunidad en otra moneda.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="194"/>
        <source>%n deals in other currencies are not included.</source>
        <translation>No se incluyen %n oportunidades en otras monedas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="250"/>
        <source>Value won</source>
        <translation>Importe ganado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="251"/>
        <source>Deals won</source>
        <translation>Oportunidades ganadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="252"/>
        <source>New clients</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="253"/>
        <source>Win rate</source>
        <translation>Tasa de cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="255"/>
        <source>Average deal</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="258"/>
        <source>Sales cycle</source>
        <translation>Ciclo de venta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="260"/>
        <source>Upsell + cross-sell share</source>
        <translation>Peso de venta adicional y cruzada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="263"/>
        <source>CSAT (ratings)</source>
        <translation>CSAT (valoraciones)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="264"/>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="266"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="276"/>
        <source>Key figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="277"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="278"/>
        <source>Quarter to date</source>
        <translation>Trimestre hasta la fecha</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="286"/>
        <source>Week and quarter to date</source>
        <translation>La semana y el trimestre hasta la fecha</translation>
    </message>
</context>
</TS>
