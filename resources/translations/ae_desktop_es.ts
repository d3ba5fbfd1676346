<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="46"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="47"/>
        <source>&amp;Deals</source>
        <translation>&amp;Oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="48"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="55"/>
        <source>New &amp;deal…</source>
        <translation>Nueva &amp;oportunidad…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="59"/>
        <source>New &amp;task…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="63"/>
        <source>&amp;Weekly report…</source>
        <translation>&amp;Informe semanal…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="73"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="80"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="84"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="86"/>
        <source>&amp;Report</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="88"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="89"/>
        <source>&amp;About AE Desktop</source>
        <translation>&amp;Acerca de AE Desktop</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../ae_desktop/ui/report/preview.py" line="19"/>
        <source>Report pages</source>
        <translation>Páginas del informe</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/preview.py" line="41"/>
        <source>Page {0}</source>
        <translation>Página {0}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="34"/>
        <source>Export weekly report</source>
        <translation>Exportar el informe semanal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="35"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="68"/>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="222"/>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="86"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="88"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;Abrir PDF</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="89"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="90"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="144"/>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="160"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="160"/>
        <source>{0} pages</source>
        <translation>{0} páginas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="165"/>
        <source>The report could not be prepared: {0}</source>
        <translation>No se pudo preparar el informe: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="202"/>
        <source>Writing {0}…</source>
        <translation>Escribiendo {0}…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="216"/>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="218"/>
        <source>Saved {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="222"/>
        <source>The PDF was not saved: {0}</source>
        <translation>El PDF no se ha guardado: {0}</translation>
    </message>
</context>
<context>
    <name>WeekBar</name>
    <message>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="35"/>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="36"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="38"/>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="39"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="50"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="54"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="58"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/week_bar.py" line="60"/>
        <source>&amp;Name on the report:</source>
        <translation>&amp;Nombre en el informe:</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../ae_desktop/report/export.py" line="35"/>
        <source>the folder {0} does not exist</source>
        <translation>la carpeta {0} no existe</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/export.py" line="40"/>
        <source>cannot write in {0}: {1}</source>
        <translation>no se puede escribir en {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/export.py" line="48"/>
        <source>the PDF for {0} came out empty</source>
        <translation>el PDF de {0} ha salido vacío</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/export.py" line="55"/>
        <source>cannot write {0}: {1}</source>
        <translation>no se puede escribir {0}: {1}</translation>
    </message>
</context>
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
        <location filename="../../ae_desktop/report/formats.py" line="99"/>
        <source>Q%2 %1</source>
        <translation>T%2 %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/formats.py" line="138"/>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/render.py" line="90"/>
        <location filename="../../ae_desktop/report/sections.py" line="54"/>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/render.py" line="93"/>
        <location filename="../../ae_desktop/report/sections.py" line="45"/>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/render.py" line="136"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="36"/>
        <source>%1 · as of %2</source>
        <translation>%1 · a %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="43"/>
        <source>Pipeline by stage</source>
        <translation>Embudo por etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="47"/>
        <source>No open deals.</source>
        <translation>No hay oportunidades abiertas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="55"/>
        <source>%1 · weighted %2</source>
        <translation>%1 · ponderado %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="66"/>
        <location filename="../../ae_desktop/report/section_next.py" line="80"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="54"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="85"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="111"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="67"/>
        <source>Weighted by probability</source>
        <translation>Ponderado por probabilidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="90"/>
        <source>No activities logged.</source>
        <translation>No se registraron actividades.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="95"/>
        <source>Activities per day</source>
        <translation>Actividades por día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="101"/>
        <source>%n call</source>
        <translation>%n llamada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="102"/>
        <source>%n calls</source>
        <translation>%n llamadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="105"/>
        <source>%n meeting</source>
        <translation>%n reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="106"/>
        <source>%n meetings</source>
        <translation>%n reuniones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="109"/>
        <source>%n e-mail</source>
        <translation>%n correo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="110"/>
        <source>%n e-mails</source>
        <translation>%n correos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="113"/>
        <source>%n note</source>
        <translation>%n nota</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="114"/>
        <source>%n notes</source>
        <translation>%n notas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="117"/>
        <source>%n presentation</source>
        <translation>%n presentación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="118"/>
        <source>%n presentations</source>
        <translation>%n presentaciones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="121"/>
        <source>%n meal</source>
        <translation>%n comida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="122"/>
        <source>%n meals</source>
        <translation>%n comidas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="141"/>
        <source>Time by quadrant</source>
        <translation>Tiempo por cuadrante</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="144"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="144"/>
        <source>No time blocked this week.</source>
        <translation>No hay tiempo bloqueado esta semana.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="150"/>
        <source>%1 of planned time on Schedule work (important, not urgent)</source>
        <translation>%1 del tiempo planificado en trabajo de Planificar (importante, no urgente)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_charts.py" line="171"/>
        <source>Planned %1 · done %2</source>
        <translation>Planificado %1 · hecho %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="27"/>
        <source>Next week · %1</source>
        <translation>Próxima semana · %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="38"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="39"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="40"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="41"/>
        <location filename="../../ae_desktop/report/section_next.py" line="62"/>
        <location filename="../../ae_desktop/report/section_next.py" line="77"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="52"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="82"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="109"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="202"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="52"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="53"/>
        <source>No meetings in the calendar.</source>
        <translation>No hay reuniones en el calendario.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="60"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="61"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="68"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="69"/>
        <source>No follow-ups due.</source>
        <translation>No hay seguimientos pendientes.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="76"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="51"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="81"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="108"/>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="78"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="83"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="110"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="79"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="81"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="112"/>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="94"/>
        <source>Deals expected to close</source>
        <translation>Oportunidades con cierre previsto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="95"/>
        <source>No deals expected to close.</source>
        <translation>No hay oportunidades con cierre previsto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="107"/>
        <source>No activity recorded this week</source>
        <translation>No se registró actividad esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="113"/>
        <source>No interactions, time blocks, closed deals or stage changes were recorded from %1 to %2.</source>
        <translation>No se registraron interacciones, bloques de tiempo, cierres ni cambios de etapa del %1 al %2.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="141"/>
        <source>Pipeline snapshot</source>
        <translation>Situación del embudo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="144"/>
        <source>Open pipeline %1 · forecast for %2: %3</source>
        <translation>Embudo abierto %1 · previsión para %2: %3</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="40"/>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="43"/>
        <source>… and %1 more, not listed here.</source>
        <translation>… y %1 más, que no aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="50"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="53"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="55"/>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="56"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="58"/>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="59"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="72"/>
        <source>Won and lost this week</source>
        <translation>Ganadas y perdidas esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="73"/>
        <source>No deals won or lost this week.</source>
        <translation>Esta semana no se ganó ni se perdió ninguna oportunidad.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="79"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="84"/>
        <source>Moved</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="97"/>
        <source>Deals that moved stage</source>
        <translation>Oportunidades que cambiaron de etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="98"/>
        <source>No deal changed stage this week.</source>
        <translation>Ninguna oportunidad cambió de etapa esta semana.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="113"/>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="133"/>
        <source>Deals past their expected close</source>
        <translation>Oportunidades con el cierre previsto vencido</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="134"/>
        <source>No open deal is past its expected close date.</source>
        <translation>Ninguna oportunidad abierta ha pasado su fecha de cierre prevista.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="141"/>
        <source>Time spent</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="151"/>
        <source>Other clients</source>
        <translation>Otros clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="153"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="156"/>
        <source>By kind of work</source>
        <translation>Por tipo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="159"/>
        <source>By client</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="176"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="177"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="191"/>
        <source>No client time.</source>
        <translation>Sin tiempo con clientes.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="203"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="204"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="205"/>
        <source>Open deals</source>
        <translation>Oportunidades abiertas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="206"/>
        <source>Open value</source>
        <translation>Valor abierto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="207"/>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="208"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="222"/>
        <source>Client status</source>
        <translation>Estado de los clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="223"/>
        <source>No key accounts, and no client was touched this week.</source>
        <translation>No hay cuentas clave y esta semana no se contactó con ningún cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="232"/>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="236"/>
        <source>Neglected</source>
        <translation>Desatendido</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="241"/>
        <source>%n rotting deal</source>
        <translation>%n oportunidad estancada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="242"/>
        <source>%n rotting deals</source>
        <translation>%n oportunidades estancadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="88"/>
        <source>No quota set</source>
        <translation>Sin cuota definida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="91"/>
        <source>%1 · quota %2</source>
        <translation>%1 · cuota %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="96"/>
        <location filename="../../ae_desktop/report/sections.py" line="108"/>
        <source>Quota attainment (QTD)</source>
        <translation>Cumplimiento de cuota (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="99"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="106"/>
        <source>%1 · no quota set</source>
        <translation>%1 · sin cuota definida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="112"/>
        <source>Won this week</source>
        <translation>Ganado esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="117"/>
        <source>Forecast (quarter)</source>
        <translation>Previsión (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="123"/>
        <source>Pipeline coverage</source>
        <translation>Cobertura del embudo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="131"/>
        <source>%1 won of %2 closed</source>
        <translation>%1 ganadas de %2 cerradas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="164"/>
        <source>Open pipeline %1</source>
        <translation>Embudo abierto %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="280"/>
        <source>Upsell + cross-sell, share of won</source>
        <translation>Venta adicional y cruzada, peso en lo ganado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="283"/>
        <source>CSAT, 1 to 5 (ratings)</source>
        <translation>CSAT, de 1 a 5 (valoraciones)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="128"/>
        <source>Win rate (QTD)</source>
        <translation>Tasa de cierre (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="137"/>
        <source>Average deal (QTD)</source>
        <translation>Ticket medio (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="140"/>
        <source>Won %1 this quarter</source>
        <translation>Ganado este trimestre: %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="145"/>
        <source>Sales cycle (QTD)</source>
        <translation>Ciclo de venta (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="147"/>
        <source>From creation to won</source>
        <translation>De la creación al cierre ganado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="150"/>
        <source>Activities (week)</source>
        <translation>Actividades (semana)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="153"/>
        <source>%1 this quarter</source>
        <translation>%1 este trimestre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="168"/>
        <source>%1 closing this quarter / %2 to go</source>
        <translation>%1 con cierre este trimestre / faltan %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="177"/>
        <source>%n deal won</source>
        <translation>%n oportunidad ganada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="178"/>
        <source>%n deals won</source>
        <translation>%n oportunidades ganadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="125"/>
        <location filename="../../ae_desktop/report/sections.py" line="188"/>
        <source>%n day</source>
        <translation>%n día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="126"/>
        <location filename="../../ae_desktop/report/sections.py" line="189"/>
        <source>%n days</source>
        <translation>%n días</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="212"/>
        <source>%n deal in another currency is not included.</source>
        <translation>No se incluye %n oportunidad en otra moneda.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="213"/>
        <source>%n deals in other currencies are not included.</source>
        <translation>No se incluyen %n oportunidades en otras monedas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="270"/>
        <source>Value won</source>
        <translation>Importe ganado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="271"/>
        <source>Deals won</source>
        <translation>Oportunidades ganadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="272"/>
        <source>New clients</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="273"/>
        <source>Win rate</source>
        <translation>Tasa de cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="275"/>
        <source>Average deal</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="278"/>
        <source>Sales cycle</source>
        <translation>Ciclo de venta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="284"/>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="286"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="296"/>
        <source>Key figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="297"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="298"/>
        <source>Quarter to date</source>
        <translation>Trimestre hasta la fecha</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="306"/>
        <source>Week and quarter to date</source>
        <translation>La semana y el trimestre hasta la fecha</translation>
    </message>
</context>
</TS>
