<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/about.py" line="17"/>
        <source>About AE Desktop</source>
        <translation>Acerca de AE Desktop</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/about.py" line="21"/>
        <source>AE Desktop {0}</source>
        <translation>AE Desktop {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/about.py" line="29"/>
        <source>Clients, pipeline and agenda for the account executive who works alone. Works offline; your data stays on this computer.</source>
        <translation>Clientes, embudo de ventas y agenda para el ejecutivo de cuentas que trabaja por su cuenta. Funciona sin conexión; tus datos se quedan en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/about.py" line="35"/>
        <source>Your data: {0}</source>
        <translation>Tus datos: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/about.py" line="39"/>
        <source>Built with Qt for Python {0}</source>
        <translation>Hecho con Qt for Python {0}</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/tab.py" line="58"/>
        <location filename="../../ae_desktop/ui/agenda/tab.py" line="110"/>
        <source>End of day…</source>
        <translation>Cierre del día…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/tab.py" line="60"/>
        <source>Review today: mark what got done, roll the rest over, plan tomorrow</source>
        <translation>Revisar hoy: marcar lo hecho, pasar lo pendiente y planificar mañana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/tab.py" line="110"/>
        <source>Review the day…</source>
        <translation>Revisar el día…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/tab.py" line="132"/>
        <source>Day reviewed. Press Ctrl+Z to undo.</source>
        <translation>Día revisado. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/tab.py" line="164"/>
        <source>This task is not linked to a client or a deal.</source>
        <translation>Esta tarea no está vinculada a ningún cliente ni oportunidad.</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <location filename="../../ae_desktop/app.py" line="179"/>
        <source>The automatic backup failed: {0}</source>
        <translation>La copia de seguridad automática ha fallado: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="116"/>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="116"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="116"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="64"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="66"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="71"/>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="72"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="73"/>
        <source>Before upgrade</source>
        <translation>Antes de actualizar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="74"/>
        <source>Before restore</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="75"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="81"/>
        <source>Choose an AE Desktop database</source>
        <translation>Elegir una base de datos de AE Desktop</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="82"/>
        <source>AE Desktop databases (*.sqlite3);;All files (*)</source>
        <translation>Bases de datos de AE Desktop (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="167"/>
        <source>AE Desktop backs up your data when you quit after a change, and once a day while it runs. It keeps the last 7 daily, 4 weekly and 12 monthly backups; backups taken before an upgrade or a restore are always kept. Backups you take yourself are never removed automatically.</source>
        <translation>AE Desktop hace una copia de seguridad de tus datos al salir después de un cambio, y una vez al día mientras está abierto. Conserva las últimas 7 copias diarias, 4 semanales y 12 mensuales; las copias hechas antes de una actualización o de una restauración se conservan siempre. Las copias que haces tú nunca se eliminan automáticamente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="174"/>
        <source>Folder: {0}</source>
        <translation>Carpeta: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="179"/>
        <source>Back &amp;up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="180"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="181"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="182"/>
        <source>Restore from &amp;file…</source>
        <translation>Restaurar desde &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="183"/>
        <source>Show &amp;folder</source>
        <translation>Mostrar la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="215"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="217"/>
        <source>No backups yet. Back up now to make the first one.</source>
        <translation>Aún no hay copias de seguridad. Haz una ahora para crear la primera.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="244"/>
        <source>The backups could not be listed: {0}</source>
        <translation>No se pudieron listar las copias de seguridad: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="272"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="282"/>
        <source>Backed up: {0}, {1}.</source>
        <translation>Copia de seguridad hecha: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="286"/>
        <source>The backup failed: {0}</source>
        <translation>La copia de seguridad ha fallado: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="296"/>
        <source>Restore the backup of {0}?

Your data goes back to how it was then. The current data is first kept as a backup (“Before restore”), so you can return to it.</source>
        <translation>¿Restaurar la copia de seguridad del {0}?

Tus datos vuelven a estar como estaban entonces. Antes se guarda una copia de seguridad de los datos actuales (“Antes de restaurar”), para que puedas volver a ellos.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="299"/>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="325"/>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="330"/>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="347"/>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="361"/>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="381"/>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="385"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="300"/>
        <source>Restored the backup of {0}.</source>
        <translation>Se ha restaurado la copia de seguridad del {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="310"/>
        <source>Checking {0}…</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="321"/>
        <source>Restore {0}?

Your data is replaced by what that file holds; the file itself is not changed. The current data is first kept as a backup (“Before restore”), so you can return to it.</source>
        <translation>¿Restaurar {0}?

Tus datos se sustituyen por el contenido de ese archivo; el archivo en sí no se modifica. Antes se guarda una copia de seguridad de los datos actuales (“Antes de restaurar”), para que puedas volver a ellos.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="326"/>
        <source>Restored {0}.</source>
        <translation>Se ha restaurado {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="333"/>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="363"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="343"/>
        <source>Other work is still running, so nothing was restored. Try again when it is done.</source>
        <translation>Todavía hay otro trabajo en curso, así que no se ha restaurado nada. Vuelve a intentarlo cuando termine.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="349"/>
        <source>Restoring: waiting for the work in progress…</source>
        <translation>Restaurando: esperando a que termine el trabajo en curso…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="359"/>
        <source>Nothing was restored: {0}</source>
        <translation>No se ha restaurado nada: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="375"/>
        <source>The data from before is kept as a backup.</source>
        <translation>Los datos anteriores se conservan como copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="383"/>
        <location filename="../../ae_desktop/ui/settings/backups_page.py" line="385"/>
        <source>The restore failed: {0}</source>
        <translation>La restauración ha fallado: {0}</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="53"/>
        <source>Edit time block — {0}</source>
        <translation>Editar bloque — {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="53"/>
        <source>New time block — {0}</source>
        <translation>Nuevo bloque — {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="58"/>
        <source>What you will do in this time</source>
        <translation>Qué harás en este tiempo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="65"/>
        <source>— no client —</source>
        <translation>— sin cliente —</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="71"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="72"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="74"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="83"/>
        <source>Fixed: a meeting Plan my day plans around</source>
        <translation>Fijo: una reunión que Planificar mi día respeta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="85"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="88"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="89"/>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="90"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="91"/>
        <source>T&amp;ime</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="116"/>
        <source>Enter a time such as 09:30.</source>
        <translation>Escribe una hora como 09:30.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="149"/>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="152"/>
        <source>Time block not saved</source>
        <translation>Bloque no guardado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_dialog.py" line="152"/>
        <source>This block no longer exists.</source>
        <translation>Este bloque ya no existe.</translation>
    </message>
</context>
<context>
    <name>BlockEdits</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="55"/>
        <source>This block no longer exists.</source>
        <translation>Este bloque ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="63"/>
        <source>Added “{0}”, {1}. Press Ctrl+Z to undo.</source>
        <translation>Se ha añadido “{0}”, {1}. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="74"/>
        <source>Block not moved</source>
        <translation>Bloque no movido</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="77"/>
        <source>Resize {0}</source>
        <translation>Cambiar la duración de {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="77"/>
        <source>Move {0}</source>
        <translation>Mover {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="84"/>
        <source>“{0}” now {1}. Press Ctrl+Z to undo.</source>
        <translation>“{0}” queda en {1}. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="106"/>
        <source>Block not edited</source>
        <translation>Bloque no editado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="112"/>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="117"/>
        <source>Time block saved.</source>
        <translation>Bloque guardado.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="125"/>
        <source>Block not changed</source>
        <translation>Bloque no modificado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="127"/>
        <source>Mark {0} done</source>
        <translation>Marcar {0} como hecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="127"/>
        <source>Mark {0} not done</source>
        <translation>Marcar {0} como no hecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="138"/>
        <source>Block not deleted</source>
        <translation>Bloque no eliminado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="142"/>
        <source>Deleted “{0}”. Press Ctrl+Z to undo.</source>
        <translation>Se ha eliminado “{0}”. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="148"/>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="158"/>
        <source>Task not planned</source>
        <translation>Tarea no planificada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_edits.py" line="148"/>
        <source>This task is no longer open.</source>
        <translation>Esta tarea ya no está abierta.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/board.py" line="181"/>
        <source>Move deal to the previous stage</source>
        <translation>Mover la oportunidad a la etapa anterior</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/board.py" line="184"/>
        <source>Move deal to the next stage</source>
        <translation>Mover la oportunidad a la etapa siguiente</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="342"/>
        <source>AE Desktop</source>
        <translation>AE Desktop</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/cards.py" line="50"/>
        <source>no close date</source>
        <translation>sin fecha de cierre</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../ae_desktop/ui/cheat_sheet.py" line="46"/>
        <location filename="../../ae_desktop/ui/cheat_sheet.py" line="59"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/cheat_sheet.py" line="50"/>
        <source>Search actions or keys</source>
        <translation>Buscar acciones o teclas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/cheat_sheet.py" line="52"/>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/cheat_sheet.py" line="54"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/cheat_sheet.py" line="58"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/cheat_sheet.py" line="58"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/cheat_sheet.py" line="65"/>
        <source>No shortcut matches.</source>
        <translation>Ningún atajo coincide.</translation>
    </message>
</context>
<context>
    <name>ClientDealsPanel</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/deals_panel.py" line="112"/>
        <source>New deal…</source>
        <translation>Nueva oportunidad…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/deals_panel.py" line="114"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/deals_panel.py" line="84"/>
        <source>No open deals.</source>
        <translation>No hay oportunidades abiertas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="58"/>
        <source>No client selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="59"/>
        <source>Pick a client in the list to see their details, contacts and history.</source>
        <translation>Elige un cliente de la lista para ver sus datos, contactos e historial.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="68"/>
        <source>Save the client&apos;s details</source>
        <translation>Guardar los datos del cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="80"/>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="81"/>
        <source>Log a call, meeting or e-mail (Ctrl+L)</source>
        <translation>Registrar una llamada, reunión o correo (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="83"/>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="166"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="96"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="97"/>
        <source>Save the client&apos;s details (Ctrl+S)</source>
        <translation>Guardar los datos del cliente (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="98"/>
        <source>Revert</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="118"/>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="119"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/deals_panel.py" line="82"/>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="120"/>
        <source>Open deals</source>
        <translation>Oportunidades abiertas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="162"/>
        <source>CSAT {0}/5</source>
        <translation>CSAT {0}/5</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="164"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="166"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="168"/>
        <source>Bring this client back to the list</source>
        <translation>Devolver este cliente a la lista</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="170"/>
        <source>Hide this client from the list; its history is kept (Delete)</source>
        <translation>Ocultar este cliente de la lista; su historial se conserva (Supr)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="175"/>
        <source>Timeline ({0})</source>
        <translation>Historial ({0})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="178"/>
        <source>Contacts ({0})</source>
        <translation>Contactos ({0})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="180"/>
        <source>Open deals ({0})</source>
        <translation>Oportunidades abiertas ({0})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="199"/>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="251"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="218"/>
        <source>Not saved: correct the fields in red</source>
        <translation>No guardado: corrige los campos en rojo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="222"/>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="223"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="223"/>
        <source>The changes could not be saved.</source>
        <translation>No se pudieron guardar los cambios.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="232"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/detail.py" line="253"/>
        <source>Your changes to “{0}” cannot be saved as they are.

Discard them? Choose No to go back and correct them.</source>
        <translation>Tus cambios en “{0}” no se pueden guardar tal como están.

¿Descartarlos? Elige No para volver y corregirlos.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="45"/>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="47"/>
        <source>e.g. Logistics, Hospitality</source>
        <translation>p. ej., Logística, Hostelería</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="55"/>
        <source>Per year, e.g. 120000</source>
        <translation>Al año, p. ej., 120000</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="58"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="62"/>
        <source> min/week</source>
        <translation> min/semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="63"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="66"/>
        <source>Client time to spend each week; Plan my day spreads what is left of it over the working days left as client-work blocks</source>
        <translation>Tiempo que dedicar al cliente cada semana; Planificar mi día reparte lo que queda entre los días laborables restantes en bloques de trabajo con clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="77"/>
        <source>What matters about this client</source>
        <translation>Lo que importa de este cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="98"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="99"/>
        <source>&amp;Industry</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="100"/>
        <source>&amp;Tier</source>
        <translation>Ni&amp;vel</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="101"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="103"/>
        <source>Potential re&amp;venue ({0})</source>
        <translation>&amp;Ingresos potenciales ({0})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="106"/>
        <source>Cadence</source>
        <translation>Frecuencia de contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="110"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="107"/>
        <source>Wee&amp;kly time</source>
        <translation>&amp;Tiempo semanal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="108"/>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="109"/>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="111"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="155"/>
        <source>Tier default ({0} days)</source>
        <translation>Según el nivel ({0} días)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="167"/>
        <source>Enter an amount, e.g. 120000 or 120,000.50.</source>
        <translation>Introduce un importe, p. ej., 120000 o 120.000,50.</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="63"/>
        <source>Filter by name, industry, contact or e-mail (Ctrl+F)</source>
        <translation>Filtrar por nombre, sector, contacto o correo electrónico (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="66"/>
        <source>Filter clients</source>
        <translation>Filtrar clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="68"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="69"/>
        <source>All tiers</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="73"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="74"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="77"/>
        <source>Neglected only</source>
        <translation>Solo desatendidos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="78"/>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="113"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="195"/>
        <source>No client matches these filters.</source>
        <translation>Ningún cliente coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="197"/>
        <source>No clients yet.</source>
        <translation>Aún no hay clientes.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/list_panel.py" line="201"/>
        <source>{0} of {1} clients</source>
        <translation>{0} de {1} clientes</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="60"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="61"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="62"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="63"/>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="64"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="65"/>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="66"/>
        <source>Open pipeline</source>
        <translation>Embudo abierto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="155"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="165"/>
        <source>{0} (archived)</source>
        <translation>{0} (archivado)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="169"/>
        <source>Follow-up overdue by {0} days</source>
        <translation>Seguimiento vencido hace {0} días</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="171"/>
        <source>Follow-up due today</source>
        <translation>Seguimiento para hoy</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="176"/>
        <source>Neglected: no interaction logged yet (cadence {0} days)</source>
        <translation>Desatendido: aún no hay interacciones registradas (frecuencia de contacto: {0} días)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/model.py" line="180"/>
        <source>Neglected: last contact {0} days ago, cadence {1} days</source>
        <translation>Desatendido: último contacto hace {0} días, frecuencia de contacto: {1} días</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="52"/>
        <source>Welcome to AE Desktop</source>
        <translation>Te damos la bienvenida a AE Desktop</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="54"/>
        <source>Keep every client, contact and conversation in one calm place, on your own laptop. Start with sample data to look around, or add your first client.</source>
        <translation>Ten todos tus clientes, contactos y conversaciones en un solo lugar tranquilo, en tu propio portátil. Empieza con datos de ejemplo para echar un vistazo o añade tu primer cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="59"/>
        <source>Load sample data</source>
        <translation>Cargar datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="61"/>
        <source>Add your first client</source>
        <translation>Añadir tu primer cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="100"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="103"/>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Registrar interacción…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="106"/>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="118"/>
        <source>Archive the selected client</source>
        <translation>Archivar el cliente seleccionado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="200"/>
        <source>Created “{0}”.</source>
        <translation>Se ha creado “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="218"/>
        <source>Select a client first, then log the interaction.</source>
        <translation>Selecciona primero un cliente y luego registra la interacción.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="227"/>
        <source>Interaction with “{0}” logged.</source>
        <translation>Se ha registrado la interacción con “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="233"/>
        <source>Archived “{0}”. Press Ctrl+Z to undo.</source>
        <translation>Se ha archivado “{0}”. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="235"/>
        <source>Restored “{0}”.</source>
        <translation>Se ha restaurado “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="251"/>
        <source>“{0}” is already archived: use Restore to bring it back.</source>
        <translation>“{0}” ya está archivado: usa Restaurar para recuperarlo.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="274"/>
        <source>Loading sample data…</source>
        <translation>Cargando datos de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="288"/>
        <source>Sample data loaded</source>
        <translation>Datos de ejemplo cargados</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="293"/>
        <source>Sample data</source>
        <translation>Datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/tab.py" line="293"/>
        <source>Could not load sample data:
{0}</source>
        <translation>No se pudieron cargar los datos de ejemplo:
{0}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="90"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="90"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="95"/>
        <source>e.g. Head of Procurement</source>
        <translation>p. ej., Responsable de Compras</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="98"/>
        <source>Primary contact for this client</source>
        <translation>Contacto principal de este cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="103"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="104"/>
        <source>&amp;Role</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="105"/>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="106"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="108"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="62"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="62"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="62"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="62"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="73"/>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="178"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="179"/>
        <source>No contacts yet: add the people you deal with here.</source>
        <translation>Aún no hay contactos: añade aquí a las personas con las que tratas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="189"/>
        <source>Add contact…</source>
        <translation>Añadir contacto…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="190"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="191"/>
        <source>Make primary</source>
        <translation>Marcar como principal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="192"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="199"/>
        <source>Delete the selected contact</source>
        <translation>Eliminar el contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="266"/>
        <source>“{0}” is now the primary contact. Press Ctrl+Z to undo.</source>
        <translation>“{0}” es ahora el contacto principal. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="274"/>
        <source>Deleted contact “{0}”. Press Ctrl+Z to undo.</source>
        <translation>Contacto “{0}” eliminado. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="62"/>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="63"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="64"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="66"/>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="67"/>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="79"/>
        <source>Plan my day</source>
        <translation>Planificar mi día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="81"/>
        <source>Place the open tasks around your meetings; nothing is saved until you accept</source>
        <translation>Coloca las tareas abiertas alrededor de tus reuniones; no se guarda nada hasta que aceptes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="104"/>
        <source>Drag or double-click on the timeline to add a block, drop a task from the matrix, or let Plan my day fill the day.</source>
        <translation>Arrastra o haz doble clic en la línea de tiempo para añadir un bloque, suelta una tarea de la matriz o deja que Planificar mi día llene la jornada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="143"/>
        <source>Accept plan</source>
        <translation>Aceptar plan</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="146"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="152"/>
        <source>Did not fit:</source>
        <translation>No han cabido:</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="154"/>
        <source>Tasks that did not fit</source>
        <translation>Tareas que no han cabido</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="233"/>
        <source>Proposed: {0} blocks, {1}. Accept to save them.</source>
        <translation>Propuesta: {0} bloques, {1}. Acepta para guardarlos.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="237"/>
        <source>Nothing to plan: no open task fits this day.</source>
        <translation>Nada que planificar: ninguna tarea abierta cabe en este día.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="252"/>
        <source>… and {0} more in the matrix</source>
        <translation>… y {0} más en la matriz</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="258"/>
        <source>Client time for {0}: {1} min — {2}</source>
        <translation>Tiempo de cliente para {0}: {1} min — {2}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="264"/>
        <source>{0} tasks in Drop (not urgent, not important) are never scheduled</source>
        <translation>{0} tareas en Eliminar (ni urgentes ni importantes) nunca se planifican</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="269"/>
        <source>Did not fit ({0}):</source>
        <translation>No han cabido ({0}):</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="284"/>
        <source>Plan not saved</source>
        <translation>Plan no guardado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/day_panel.py" line="293"/>
        <source>Planned {0} blocks. Press Ctrl+Z to undo.</source>
        <translation>Se han planificado {0} bloques. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/timeline.py" line="71"/>
        <location filename="../../ae_desktop/ui/agenda/timeline.py" line="128"/>
        <source>Time blocks of the day</source>
        <translation>Bloques del día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/timeline.py" line="120"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/timeline.py" line="130"/>
        <source>Time blocks of the day: {0}</source>
        <translation>Bloques del día: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/timeline.py" line="195"/>
        <source>New block</source>
        <translation>Nuevo bloque</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/timeline.py" line="313"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/timeline.py" line="314"/>
        <source>Mark not done</source>
        <translation>Marcar como no hecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/timeline.py" line="314"/>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/timeline.py" line="317"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="62"/>
        <source>Edit deal</source>
        <translation>Editar oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="62"/>
        <source>New deal</source>
        <translation>Nueva oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="80"/>
        <source>e.g. Fleet tracking rollout, 40 vans</source>
        <translation>p. ej., Implantación de seguimiento de flota, 40 furgonetas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="82"/>
        <source>e.g. 48000</source>
        <translation>p. ej., 48000</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="84"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="97"/>
        <source>Expected to close on</source>
        <translation>Cierre previsto el</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="99"/>
        <source>Expected close date</source>
        <translation>Fecha de cierre prevista</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="110"/>
        <source>What happens next, e.g. Send revised proposal</source>
        <translation>Qué toca ahora, p. ej., Enviar la propuesta revisada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="111"/>
        <source>Make it a task</source>
        <translation>Convertir en tarea</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="112"/>
        <source>Add the next step to your tasks, due the close date</source>
        <translation>Añade el próximo paso a tus tareas, con vencimiento en la fecha de cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="122"/>
        <source>C&amp;lient</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="123"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="124"/>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="125"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="126"/>
        <source>&amp;Stage</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="128"/>
        <source>&amp;Probability</source>
        <translation>&amp;Probabilidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="131"/>
        <source>&amp;Close</source>
        <translation>Cie&amp;rre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="134"/>
        <source>Closed &amp;on</source>
        <translation>Cerr&amp;ada el</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="136"/>
        <source>Lost &amp;reason</source>
        <translation>&amp;Motivo de pérdida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="138"/>
        <source>&amp;Next step</source>
        <translation>Próximo pa&amp;so</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="141"/>
        <source>N&amp;otes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="168"/>
        <source>stage default ({0} %)</source>
        <translation>según la etapa ({0} %)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="194"/>
        <source>(archived client)</source>
        <translation>(cliente archivado)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="229"/>
        <source>Enter an amount, e.g. 48000 or 48,000.50.</source>
        <translation>Introduce un importe, p. ej., 48000 o 48.000,50.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="271"/>
        <source>There are no clients yet: add one on the Clients tab first.</source>
        <translation>Aún no hay clientes: añade primero uno en la pestaña Clientes.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="273"/>
        <source>No client is called “{0}”: pick one from the list.</source>
        <translation>No hay ningún cliente llamado “{0}”: elige uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="274"/>
        <source>Choose a client.</source>
        <translation>Elige un cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="281"/>
        <source>Save the deal first: the task is made from the saved step.</source>
        <translation>Guarda primero la oportunidad: la tarea se crea a partir del paso guardado.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/editor.py" line="289"/>
        <source>Added to your tasks.</source>
        <translation>Añadido a tus tareas.</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="58"/>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="59"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="60"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="61"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="62"/>
        <source>Prob.</source>
        <translation>Prob.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="63"/>
        <source>Weighted</source>
        <translation>Ponderado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="64"/>
        <source>Close date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="65"/>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="66"/>
        <source>Warnings / lost reason</source>
        <translation>Alertas / motivo de pérdida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="138"/>
        <source>won {0}</source>
        <translation>ganada el {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="140"/>
        <source>lost {0}</source>
        <translation>perdida el {0}</translation>
    </message>
</context>
<context>
    <name>DealTablePanel</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="159"/>
        <source>Filter deals by title, client or next step</source>
        <translation>Filtrar oportunidades por título, cliente o próximo paso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="161"/>
        <source>Filter deals</source>
        <translation>Filtrar oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="164"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="169"/>
        <source>Any close date</source>
        <translation>Cualquier fecha de cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="171"/>
        <source>Closing this month</source>
        <translation>Cierre este mes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="172"/>
        <source>Closing this quarter</source>
        <translation>Cierre este trimestre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="174"/>
        <source>Open deals</source>
        <translation>Oportunidades abiertas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="175"/>
        <source>Won deals</source>
        <translation>Oportunidades ganadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="176"/>
        <source>Lost deals</source>
        <translation>Oportunidades perdidas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="177"/>
        <source>All deals</source>
        <translation>Todas las oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="178"/>
        <source>Rotting only</source>
        <translation>Solo estancadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="180"/>
        <source>Deals shown</source>
        <translation>Oportunidades mostradas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="181"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="182"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="183"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="184"/>
        <source>Close date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="215"/>
        <source>Deals</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="245"/>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="246"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="284"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="286"/>
        <source> (+{0} in other currencies, not added)</source>
        <translation> (+{0} en otras monedas, sin sumar)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="287"/>
        <source>No deals</source>
        <translation>Sin oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="289"/>
        <source>No deal matches these filters.</source>
        <translation>Ninguna oportunidad coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/table.py" line="289"/>
        <source>No deals yet.</source>
        <translation>Aún no hay oportunidades.</translation>
    </message>
</context>
<context>
    <name>DealsModel</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/deals_panel.py" line="53"/>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/deals_panel.py" line="54"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/deals_panel.py" line="55"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/deals_panel.py" line="56"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/deals_panel.py" line="57"/>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/deals_panel.py" line="58"/>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/deals_panel.py" line="73"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
</context>
<context>
    <name>DealsTab</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="63"/>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="64"/>
        <source>&amp;Table</source>
        <translation>Ta&amp;bla</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="71"/>
        <source>New deal…</source>
        <translation>Nueva oportunidad…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="72"/>
        <source>New deal (Ctrl+Shift+N)</source>
        <translation>Nueva oportunidad (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="74"/>
        <source>Stages…</source>
        <translation>Etapas…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="83"/>
        <source>No deals yet</source>
        <translation>Aún no hay oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="85"/>
        <source>Add the opportunities you are working on: each one on the board, by stage, with its value, close date and next step, and your forecast above.</source>
        <translation>Añade las oportunidades en las que trabajas: cada una en el tablero, por etapa, con su valor, fecha de cierre y próximo paso, y tu previsión arriba.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="89"/>
        <source>New deal</source>
        <translation>Nueva oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="163"/>
        <source>Quota saved.</source>
        <translation>Cuota guardada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="226"/>
        <source>Deal not moved</source>
        <translation>Oportunidad no movida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="242"/>
        <source>Moved “{0}” to {1}. Press Ctrl+Z to undo.</source>
        <translation>Se ha movido “{0}” a {1}. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="254"/>
        <location filename="../../ae_desktop/ui/deals/tab.py" line="269"/>
        <source>Deal saved.</source>
        <translation>Oportunidad guardada.</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="141"/>
        <source>Delegate task</source>
        <translation>Delegar tarea</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="148"/>
        <source>e.g. Maria (sales assistant)</source>
        <translation>p. ej., María (asistente comercial)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="151"/>
        <source>&amp;Delegate to</source>
        <translation>&amp;Delegar en</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="167"/>
        <source>Say who will do it.</source>
        <translation>Indica quién la hará.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/board.py" line="119"/>
        <source>Drop a deal here to mark it won</source>
        <translation>Suelta aquí una oportunidad para marcarla como ganada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/board.py" line="121"/>
        <source>Drop a deal here to mark it lost</source>
        <translation>Suelta aquí una oportunidad para marcarla como perdida</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="39"/>
        <source>Folder for the CSV files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="42"/>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="43"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="44"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="46"/>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="89"/>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="260"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="70"/>
        <source>Could not write {0}: {1}</source>
        <translation>No se pudo escribir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="99"/>
        <source>What do you want to export?</source>
        <translation>¿Qué quieres exportar?</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="115"/>
        <source>All data as &amp;spreadsheets (CSV)</source>
        <translation>Todos los datos como &amp;hojas de cálculo (CSV)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="116"/>
        <source>One file per list: clients, contacts, deals, interactions, tasks.</source>
        <translation>Un archivo por lista: clientes, contactos, oportunidades, interacciones y tareas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="120"/>
        <source>Contacts as &amp;vCard</source>
        <translation>Contactos como &amp;vCard</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="121"/>
        <source>For an address book or a phone.</source>
        <translation>Para una libreta de direcciones o un teléfono.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="125"/>
        <source>&amp;Calendar as iCalendar</source>
        <translation>Calendario como &amp;iCalendar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="126"/>
        <source>Time blocks from 4 weeks ago to 8 weeks ahead, and open follow-ups.</source>
        <translation>Bloques desde hace 4 semanas hasta dentro de 8 semanas, y los seguimientos pendientes.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="130"/>
        <source>Everything as &amp;JSON</source>
        <translation>Todo como &amp;JSON</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="131"/>
        <source>A second backup, in an open format.</source>
        <translation>Una segunda copia de seguridad, en un formato abierto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="156"/>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="157"/>
        <source>Only the selected client&apos;s contacts</source>
        <translation>Solo los contactos del cliente seleccionado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="166"/>
        <source>Only the contacts of {0}</source>
        <translation>Solo los contactos de {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="185"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="187"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="189"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="238"/>
        <source>Writing {0}…</source>
        <translation>Escribiendo {0}…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/export_dialog.py" line="260"/>
        <source>Nothing was exported: {0}</source>
        <translation>No se ha exportado nada: {0}</translation>
    </message>
</context>
<context>
    <name>FocusTimer</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="99"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="101"/>
        <source>Pomodoro {0}/{1}</source>
        <translation>Pomodoro {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="104"/>
        <source>Work {0} minutes, break {1}, {2} cycles</source>
        <translation>Trabajo de {0} minutos, descanso de {1}, {2} ciclos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="109"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="110"/>
        <source>Start the focus timer on this block</source>
        <translation>Iniciar el temporizador de concentración en este bloque</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="111"/>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="360"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="112"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="113"/>
        <source>Stop and record the minutes worked on the block</source>
        <translation>Detener y registrar en el bloque los minutos trabajados</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="196"/>
        <source>Focus on {0}</source>
        <translation>Concentración en {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="238"/>
        <source>Time for a {0}-minute break.</source>
        <translation>Toca un descanso de {0} minutos.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="241"/>
        <source>Break over: cycle {0} of {1}.</source>
        <translation>Fin del descanso: ciclo {0} de {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="255"/>
        <source>Focus time on {0} is over.</source>
        <translation>Ha terminado el tiempo de concentración en {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="267"/>
        <source>Less than a minute worked: nothing recorded on {0}.</source>
        <translation>Menos de un minuto de trabajo: no se ha registrado nada en {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="276"/>
        <source>The {0} min on {1} will be recorded once it is open again.</source>
        <translation>Los {0} min en {1} se registrarán cuando la base de datos vuelva a estar abierta.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="298"/>
        <source>{0} no longer exists: the {1} min were not recorded.</source>
        <translation>{0} ya no existe: no se han registrado los {1} min.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="309"/>
        <source>Recorded {0} min on {1}.</source>
        <translation>Se han registrado {0} min en {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="323"/>
        <source>AE Desktop focus timer</source>
        <translation>Temporizador de concentración de AE Desktop</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="325"/>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="363"/>
        <source>Focus timer</source>
        <translation>Temporizador de concentración</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="360"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="364"/>
        <source>No block right now: plan one to focus on it.</source>
        <translation>Ahora no hay ningún bloque: planifica uno para concentrarte en él.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="375"/>
        <source>Ready: {0} min of work first</source>
        <translation>Listo: primero {0} min de trabajo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="379"/>
        <source>Ready: {0} left in the block</source>
        <translation>Listo: quedan {0} del bloque</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="383"/>
        <source>The block is over</source>
        <translation>El bloque ha terminado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="389"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="391"/>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="393"/>
        <source>Focus</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="396"/>
        <source>cycle {0} of {1}</source>
        <translation>ciclo {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="398"/>
        <source>{0} worked</source>
        <translation>trabajado: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/focus_timer.py" line="400"/>
        <source>{0} recorded</source>
        <translation>registrado: {0}</translation>
    </message>
</context>
<context>
    <name>ForecastStrip</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="137"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="138"/>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="148"/>
        <source>This month · {0}</source>
        <translation>Este mes · {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="150"/>
        <source>This quarter · {0}</source>
        <translation>Este trimestre · {0}</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="47"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="49"/>
        <source>New deals and every total are shown in it; existing deals keep theirs</source>
        <translation>Las oportunidades nuevas y todos los totales se muestran en ella; las oportunidades existentes conservan la suya</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="51"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="57"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="59"/>
        <source>Applied when AE Desktop restarts</source>
        <translation>Se aplica al reiniciar AE Desktop</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="66"/>
        <source>Week &amp;starts on</source>
        <translation>La semana &amp;empieza el</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="68"/>
        <source>The weekly report and the week strip</source>
        <translation>Para el informe semanal y la franja de la semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="70"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="70"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="72"/>
        <source>Report paper si&amp;ze</source>
        <translation>&amp;Tamaño de papel del informe</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="73"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="73"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="77"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/general_page.py" line="79"/>
        <source>Follow the system: light or dark as your desktop is</source>
        <translation>Según el sistema: claro u oscuro, como tu escritorio</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="32"/>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="33"/>
        <source>Contacts, deals, calendar or a full export (*.csv *.txt *.vcf *.vcard *.ics *.json)</source>
        <translation>Contactos, oportunidades, calendario o exportación completa (*.csv *.txt *.vcf *.vcard *.ics *.json)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="71"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_widgets.py" line="33"/>
        <source>Choose a file to import.</source>
        <translation>Elige un archivo para importar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_widgets.py" line="38"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_widgets.py" line="55"/>
        <source>What the import did</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_widgets.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_widgets.py" line="95"/>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="131"/>
        <location filename="../../ae_desktop/ui/interop/import_widgets.py" line="99"/>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_widgets.py" line="103"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="138"/>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="164"/>
        <source>{0}: a full AE Desktop export</source>
        <translation>{0}: una exportación completa de AE Desktop</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="167"/>
        <source>Bring back everything from this export? Your database is empty, so nothing is replaced.</source>
        <translation>¿Restaurar todo desde esta exportación? Tu base de datos está vacía, así que no se sustituye nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="173"/>
        <source>&amp;Bring back everything</source>
        <translation>&amp;Restaurar todo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="184"/>
        <source>{0} cannot be imported: {1}</source>
        <translation>No se puede importar {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="194"/>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="219"/>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="200"/>
        <source>Reading the calendar…</source>
        <translation>Leyendo el calendario…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="241"/>
        <source>The rows could not be checked: {0}</source>
        <translation>No se pudieron comprobar las filas: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="259"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="280"/>
        <source>Bringing back {0}…</source>
        <translation>Restaurando {0}…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="297"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="308"/>
        <source>Import &amp;another file…</source>
        <translation>Importar &amp;otro archivo…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="320"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_dialog.py" line="324"/>
        <source>The import failed and nothing was written: {0}</source>
        <translation>La importación ha fallado y no se ha escrito nada: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_widgets.py" line="134"/>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="55"/>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="56"/>
        <source>{0} clients</source>
        <translation>{0} clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="59"/>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="60"/>
        <source>{0} contacts</source>
        <translation>{0} contactos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="63"/>
        <source>1 deal</source>
        <translation>1 oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="64"/>
        <source>{0} deals</source>
        <translation>{0} oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="67"/>
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="68"/>
        <source>{0} meetings</source>
        <translation>{0} reuniones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="71"/>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="72"/>
        <source>{0} rows</source>
        <translation>{0} filas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="75"/>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="76"/>
        <source>{0} records</source>
        <translation>{0} registros</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="79"/>
        <source>1 table</source>
        <translation>1 tabla</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="80"/>
        <source>{0} tables</source>
        <translation>{0} tablas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="46"/>
        <source>New</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="47"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="48"/>
        <source>Skip: already there</source>
        <translation>Omitir: ya existe</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="49"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="129"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="153"/>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="211"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="154"/>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="212"/>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="255"/>
        <source>Will be</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="155"/>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="214"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="156"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="157"/>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="42"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="160"/>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="43"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="161"/>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="44"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="162"/>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="45"/>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="163"/>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="46"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="166"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="167"/>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="51"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="203"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="204"/>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="205"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="213"/>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="215"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="218"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="219"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="220"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="221"/>
        <source>Close date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="223"/>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="58"/>
        <source>Lost reason</source>
        <translation>Motivo de pérdida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="251"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="252"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="253"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_rows.py" line="254"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="95"/>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="105"/>
        <source>1 row rejected</source>
        <translation>1 fila rechazada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="106"/>
        <source>{0} rows rejected</source>
        <translation>{0} filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="123"/>
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="127"/>
        <source>Remove {0}</source>
        <translation>Eliminar {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="145"/>
        <source>New: {0}</source>
        <translation>Por crear: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="147"/>
        <source>Updated: {0}</source>
        <translation>Por actualizar: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="149"/>
        <source>Removed: {0}</source>
        <translation>Por eliminar: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="152"/>
        <source>Already up to date: {0}</source>
        <translation>Ya al día: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="159"/>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="181"/>
        <source>Skipped, already in AE Desktop: {0}</source>
        <translation>Omitidas, ya están en AE Desktop: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="164"/>
        <source>Nothing would change.</source>
        <translation>No cambiaría nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="172"/>
        <source>Created: {0}.</source>
        <translation>Se han creado: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="174"/>
        <source>Updated: {0}.</source>
        <translation>Se han actualizado: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="176"/>
        <source>Removed: {0}.</source>
        <translation>Se han eliminado: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="178"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="188"/>
        <source>Rejected: {0}</source>
        <translation>Rechazadas: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="193"/>
        <source>  Line {0}: {1}</source>
        <translation>  Línea {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="197"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="207"/>
        <source>Brought back {0} of {1} from {2}.</source>
        <translation>Se han restaurado {0} de {1} desde {2}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="220"/>
        <source>{0}: calendar “{1}”</source>
        <translation>{0}: calendario “{1}”</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="225"/>
        <source>{0}: vCard file, {1}</source>
        <translation>{0}: archivo vCard, {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="232"/>
        <source>{0} deals export</source>
        <translation>Exportación de oportunidades de {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="234"/>
        <source>{0} contacts export</source>
        <translation>Exportación de contactos de {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="239"/>
        <source>A table of deals</source>
        <translation>Una tabla de oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="241"/>
        <source>A table of contacts</source>
        <translation>Una tabla de contactos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_preview.py" line="243"/>
        <source>{0}: {1}, read as {2}, {3}</source>
        <translation>{0}: {1}, codificación {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="37"/>
        <source>Ignore (not imported)</source>
        <translation>Ignorar (no se importa)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="38"/>
        <source>Company (client)</source>
        <translation>Empresa (cliente)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="39"/>
        <source>Contact&apos;s full name</source>
        <translation>Nombre completo del contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="40"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="41"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="47"/>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="48"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="49"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="50"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="52"/>
        <source>Deal title</source>
        <translation>Título de la oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="53"/>
        <source>Deal value</source>
        <translation>Valor de la oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="54"/>
        <source>Deal currency</source>
        <translation>Moneda de la oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="55"/>
        <source>Deal stage</source>
        <translation>Etapa de la oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="56"/>
        <source>Deal status (won, lost)</source>
        <translation>Estado de la oportunidad (ganada, perdida)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="57"/>
        <source>Expected close date</source>
        <translation>Fecha de cierre prevista</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="87"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="108"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="109"/>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="110"/>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="160"/>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/mapping_model.py" line="232"/>
        <source>No company in the file: a client of this name is used.</source>
        <translation>El archivo no indica la empresa: se usa un cliente con este nombre.</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="72"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="73"/>
        <source>&amp;Deals</source>
        <translation>&amp;Oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="81"/>
        <source>Currency for deals that name none</source>
        <translation>Moneda para las oportunidades que no indican ninguna</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="83"/>
        <source>Skip it</source>
        <translation>Omitirla</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="84"/>
        <source>Update it</source>
        <translation>Actualizarla</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="85"/>
        <source>Create it anyway</source>
        <translation>Crearla de todos modos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="92"/>
        <source>Weeks of meetings</source>
        <translation>Semanas de reuniones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="95"/>
        <source>These rows are:</source>
        <translation>Estas filas son:</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="98"/>
        <source>Currency of deals that name none:</source>
        <translation>Moneda de las oportunidades que no indican ninguna:</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="102"/>
        <source>When a row is already in AE Desktop:</source>
        <translation>Si una fila ya está en AE Desktop:</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="106"/>
        <source>Meetings from</source>
        <translation>Reuniones desde</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="106"/>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="120"/>
        <source> week</source>
        <translation> semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="120"/>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
</context>
<context>
    <name>ImportViews</name>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="207"/>
        <source>No rows to import.</source>
        <translation>No hay filas que importar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="208"/>
        <source>No rows are rejected.</source>
        <translation>No se ha rechazado ninguna fila.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="211"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="212"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="223"/>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="279"/>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="276"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="276"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_pages.py" line="279"/>
        <source>Rejected rows ({0})</source>
        <translation>Filas rechazadas ({0})</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="68"/>
        <source>Edit interaction — {0}</source>
        <translation>Editar interacción — {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="68"/>
        <source>Log interaction — {0}</source>
        <translation>Registrar interacción — {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="77"/>
        <source>— no contact —</source>
        <translation>— sin contacto —</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="87"/>
        <source>What happened, in a few words</source>
        <translation>Qué ha pasado, en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="89"/>
        <source>Agreed next step or result (optional)</source>
        <translation>Próximo paso acordado o resultado (opcional)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="90"/>
        <source>Create a task due</source>
        <translation>Crear una tarea para el</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="95"/>
        <source>Follow-up due date</source>
        <translation>Fecha de la tarea de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="105"/>
        <source>— not asked —</source>
        <translation>— no preguntado —</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="109"/>
        <source>— no deal —</source>
        <translation>— sin oportunidad —</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="114"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="115"/>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="116"/>
        <source>&amp;Outcome</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="117"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="118"/>
        <source>&amp;When</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="119"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="120"/>
        <source>C&amp;SAT (1–5)</source>
        <translation>CS&amp;AT (1–5)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="121"/>
        <source>&amp;Deal</source>
        <translation>&amp;Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/log_dialog.py" line="155"/>
        <source>(closed deal)</source>
        <translation>(oportunidad cerrada)</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/closing.py" line="64"/>
        <source>Mark as lost</source>
        <translation>Marcar como perdida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/closing.py" line="72"/>
        <source>Pick a reason or type your own</source>
        <translation>Elige un motivo o escribe el tuyo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/closing.py" line="73"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/closing.py" line="81"/>
        <source>Say why the deal was lost.</source>
        <translation>Indica por qué se perdió la oportunidad.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="74"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="75"/>
        <source>&amp;Deals</source>
        <translation>&amp;Oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="76"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="83"/>
        <source>New &amp;deal…</source>
        <translation>Nueva &amp;oportunidad…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="87"/>
        <source>New &amp;task…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="91"/>
        <source>&amp;Weekly report…</source>
        <translation>&amp;Informe semanal…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="95"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="99"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="122"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="134"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="141"/>
        <source>&amp;Report</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="143"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="144"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="153"/>
        <source>&amp;About AE Desktop</source>
        <translation>&amp;Acerca de AE Desktop</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="267"/>
        <source>Import finished: 1 change.</source>
        <translation>Importación terminada: 1 cambio.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="268"/>
        <source>Import finished: {0} changes.</source>
        <translation>Importación terminada: {0} cambios.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="272"/>
        <source>Import finished: nothing changed.</source>
        <translation>Importación terminada: no ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/main_window.py" line="279"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="51"/>
        <source>urgent · important</source>
        <translation>urgente · importante</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="52"/>
        <source>important · not urgent</source>
        <translation>importante · no urgente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="53"/>
        <source>urgent · not important</source>
        <translation>urgente · no importante</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="54"/>
        <source>neither</source>
        <translation>ni urgente ni importante</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="61"/>
        <source>Drag a task here.</source>
        <translation>Arrastra una tarea aquí.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="72"/>
        <source>Add task…</source>
        <translation>Añadir tarea…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="73"/>
        <source>Add a task (Ctrl+T)</source>
        <translation>Añadir una tarea (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="75"/>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="309"/>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="77"/>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="310"/>
        <source>Delegate…</source>
        <translation>Delegar…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="79"/>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="316"/>
        <source>Back to automatic</source>
        <translation>Volver a automático</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="80"/>
        <source>Let the due date, client and deal decide again</source>
        <translation>Que la fecha de vencimiento, el cliente y la oportunidad vuelvan a decidir</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="102"/>
        <source>Move task to the quadrant on the left</source>
        <translation>Mover la tarea al cuadrante de la izquierda</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="103"/>
        <source>Move task to the quadrant on the right</source>
        <translation>Mover la tarea al cuadrante de la derecha</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="104"/>
        <source>Move task to the quadrant above</source>
        <translation>Mover la tarea al cuadrante de arriba</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="105"/>
        <source>Move task to the quadrant below</source>
        <translation>Mover la tarea al cuadrante de abajo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="123"/>
        <source>Mark task done</source>
        <translation>Marcar la tarea como hecha</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="202"/>
        <source>Move {0} to {1}</source>
        <translation>Mover {0} a {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="205"/>
        <source>Moved “{0}” to {1}. Press Ctrl+Z to undo.</source>
        <translation>“{0}” se ha movido a {1}. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="212"/>
        <source>Automatic: {0}</source>
        <translation>Automático: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="216"/>
        <source>“{0}” is back to automatic: {1}.</source>
        <translation>“{0}” vuelve al modo automático: {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="240"/>
        <source>Done: {0}</source>
        <translation>Hecha: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="246"/>
        <source>Marked “{0}” done. Press Ctrl+Z to undo.</source>
        <translation>“{0}” marcada como hecha. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="262"/>
        <source>Task not delegated</source>
        <translation>Tarea no delegada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="267"/>
        <source>Delegate {0} to {1}</source>
        <translation>Delegar {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="270"/>
        <source>Waiting for {0}: “{1}”.</source>
        <translation>A la espera de {0}: “{1}”.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="280"/>
        <source>Task added.</source>
        <translation>Tarea añadida.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="307"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix.py" line="311"/>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="225"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="231"/>
        <source>Create client</source>
        <translation>Crear cliente</translation>
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
    <name>PaletteCommands</name>
    <message>
        <location filename="../../ae_desktop/ui/palette/commands.py" line="35"/>
        <source>&amp;Go to anything…</source>
        <translation>Buscar &amp;en todo…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/commands.py" line="38"/>
        <source>Find a client, contact, deal, task or interaction, or run a command by name</source>
        <translation>Busca un cliente, contacto, oportunidad, tarea o interacción, o ejecuta un comando por su nombre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/commands.py" line="41"/>
        <source>Plan my day</source>
        <translation>Planificar mi día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/commands.py" line="43"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/commands.py" line="69"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/commands.py" line="78"/>
        <source>Backed up: {0}.</source>
        <translation>Copia hecha: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/commands.py" line="81"/>
        <source>The backup failed: {0}</source>
        <translation>La copia ha fallado: {0}</translation>
    </message>
</context>
<context>
    <name>PaletteDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="70"/>
        <source>Go to anything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="76"/>
        <source>Find a client, contact, deal, task or interaction, or type a command</source>
        <translation>Busca un cliente, contacto, oportunidad, tarea o interacción, o escribe un comando</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="78"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="88"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="147"/>
        <source>Search is not available: {0}</source>
        <translation>La búsqueda no está disponible: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="168"/>
        <source>Recently opened, then the commands.</source>
        <translation>Abiertos recientemente y, después, los comandos.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="170"/>
        <source>Type to find anything; the commands are listed below.</source>
        <translation>Escribe para buscar lo que sea; los comandos aparecen debajo.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="182"/>
        <source>Indexing…</source>
        <translation>Indexando…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="187"/>
        <source>Nothing matches “{0}”.</source>
        <translation>Nada coincide con «{0}».</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="190"/>
        <source>The first {0} matches: type more to narrow them.</source>
        <translation>Las primeras {0} coincidencias: escribe más para acotarlas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="196"/>
        <source>1 match.</source>
        <translation>1 coincidencia.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/dialog.py" line="198"/>
        <source>{0} matches.</source>
        <translation>{0} coincidencias.</translation>
    </message>
</context>
<context>
    <name>PeriodCard</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="49"/>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="50"/>
        <source>Weighted open</source>
        <translation>Abierto ponderado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="51"/>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="52"/>
        <source>Quota ({0})</source>
        <translation>Cuota ({0})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="53"/>
        <source>Attainment</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="54"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="69"/>
        <source>Type the quota for this period and press Enter</source>
        <translation>Escribe la cuota de este periodo y pulsa Intro</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="70"/>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="100"/>
        <source>Open pipeline divided by the quota still to win</source>
        <translation>Embudo abierto dividido entre la cuota que queda por conseguir</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="107"/>
        <source>Set quota</source>
        <translation>Definir cuota</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/forecast.py" line="120"/>
        <source>Enter an amount, e.g. 150000.</source>
        <translation>Introduce un importe, p. ej., 150000.</translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="26"/>
        <source>How the Eisenhower matrix sorts tasks you leave on automatic, and when a client is flagged as neglected.</source>
        <translation>Cómo ordena la matriz de Eisenhower las tareas que dejas en automático y cuándo se marca un cliente como desatendido.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="31"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="35"/>
        <source>&amp;Urgent when due within</source>
        <translation>&amp;Urgente si vence en los próximos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="37"/>
        <source>Overdue tasks are always urgent; 0: only those due today</source>
        <translation>Las tareas vencidas siempre son urgentes; 0: solo las que vencen hoy</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="40"/>
        <source>e.g. 50000</source>
        <translation>p. ej., 50000</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="51"/>
        <source>Important deal &amp;value from</source>
        <translation>Oportunidad &amp;importante a partir de</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="53"/>
        <source>A task on an open deal worth this much is important</source>
        <translation>Una tarea de una oportunidad abierta que valga al menos esto es importante</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="58"/>
        <source>Contact &amp;key accounts every</source>
        <translation>Contactar con cuentas &amp;clave cada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="59"/>
        <source>Contact &amp;standard clients every</source>
        <translation>Contactar con clientes &amp;estándar cada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="60"/>
        <source>Contact prosp&amp;ects every</source>
        <translation>Contactar con clientes p&amp;otenciales cada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="63"/>
        <source>Unless the client has a cadence of its own</source>
        <translation>Salvo que el cliente tenga su propia frecuencia de contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/priorities_page.py" line="97"/>
        <source>Enter an amount, e.g. 50000 or 50,000.00.</source>
        <translation>Introduce un importe, p. ej., 50000 o 50.000,00.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ae_desktop/ui/settings/profile_page.py" line="19"/>
        <source>Who the weekly report is from: your name and title head every report.</source>
        <translation>Quién firma el informe semanal: tu nombre y tu cargo encabezan cada informe.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/profile_page.py" line="24"/>
        <source>e.g. Laura Martín</source>
        <translation>p. ej., Laura Martín</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/profile_page.py" line="27"/>
        <source>e.g. Senior Account Executive</source>
        <translation>p. ej., Ejecutiva de cuentas sénior</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/profile_page.py" line="30"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/profile_page.py" line="31"/>
        <source>&amp;Title</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/profile_page.py" line="49"/>
        <source>The report is headed: {0}</source>
        <translation>Encabezado del informe: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/profile_page.py" line="51"/>
        <source>With neither, the report carries no name.</source>
        <translation>Sin ninguno de los dos, el informe no lleva nombre.</translation>
    </message>
</context>
<context>
    <name>QuadrantModel</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix_model.py" line="132"/>
        <source>waiting for {0}</source>
        <translation>a la espera de {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/matrix_model.py" line="137"/>
        <source>Deal: {0}</source>
        <translation>Oportunidad: {0}</translation>
    </message>
</context>
<context>
    <name>QuadrantPanel</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/task_cards.py" line="249"/>
        <source>Show all ({0})</source>
        <translation>Mostrar todas ({0})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/task_cards.py" line="251"/>
        <source>Show the first {0}</source>
        <translation>Mostrar las {0} primeras</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="42"/>
        <source>Add task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="47"/>
        <source>e.g. Send the revised proposal to Acme</source>
        <translation>p. ej., Enviar la propuesta revisada a Acme</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="51"/>
        <source>&amp;No due date</source>
        <translation>&amp;Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="56"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="61"/>
        <source>No client</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="77"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="78"/>
        <source>&amp;Due</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="79"/>
        <source>&amp;Estimate</source>
        <translation>&amp;Estimación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="80"/>
        <source>C&amp;lient</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="81"/>
        <source>D&amp;eal</source>
        <translation>&amp;Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="101"/>
        <source>No deal</source>
        <translation>Sin oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/quick_add.py" line="122"/>
        <source>No client is called “{0}”: pick one from the list.</source>
        <translation>Ningún cliente se llama “{0}”: elige uno de la lista.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="233"/>
        <source>Restored the backup of {0}.</source>
        <translation>Se ha restaurado la copia de seguridad del {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="241"/>
        <source>Opened a copy of {0}.</source>
        <translation>Se ha abierto una copia de {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="244"/>
        <source>Started with an empty database.</source>
        <translation>Se ha empezado con una base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="251"/>
        <source>The damaged database is kept as {0}.</source>
        <translation>La base de datos dañada se conserva como {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="265"/>
        <source>Open another file</source>
        <translation>Abrir otro archivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="272"/>
        <source>Start with an empty database? Your clients, deals and agenda will not be there. The backups in {0} stay, so you can still restore one later from Settings &gt; Backups.</source>
        <translation>¿Empezar con una base de datos vacía? Tus clientes, oportunidades y agenda no estarán. Las copias de seguridad de {0} se mantienen, así que podrás restaurar una más adelante desde Ajustes &gt; Copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="276"/>
        <location filename="../../ae_desktop/ui/recovery.py" line="281"/>
        <source>Start with an empty database</source>
        <translation>Empezar con una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="278"/>
        <source>Start with an empty database? Your clients, deals and agenda will not be there. The damaged file is kept in {0}, so your data can still be rescued from it.</source>
        <translation>¿Empezar con una base de datos vacía? Tus clientes, oportunidades y agenda no estarán. El archivo dañado se conserva en {0}, así que aún se pueden rescatar tus datos de él.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="295"/>
        <source>The damaged database could not be moved aside: {0}</source>
        <translation>No se pudo apartar la base de datos dañada: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="296"/>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="313"/>
        <source>Restoring {0}…</source>
        <translation>Restaurando {0}…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="322"/>
        <source>It could not be restored: {0}</source>
        <translation>No se pudo restaurar: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="323"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="70"/>
        <source>AE Desktop: missing database</source>
        <translation>AE Desktop: falta la base de datos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="71"/>
        <source>Your database is missing</source>
        <translation>Falta tu base de datos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="73"/>
        <source>AE Desktop: damaged database</source>
        <translation>AE Desktop: base de datos dañada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="74"/>
        <source>Your database is damaged</source>
        <translation>Tu base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="80"/>
        <source>AE Desktop checked {0} and found a problem: {1}</source>
        <translation>AE Desktop ha comprobado {0} y ha encontrado un problema: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="84"/>
        <source>Nothing in {0} is deleted: the backups and any files set aside there stay as they are.</source>
        <translation>No se elimina nada de {0}: las copias de seguridad y cualquier archivo apartado allí se quedan como están.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="89"/>
        <source>The damaged file is never deleted. Before it is replaced, it is renamed to:
{0}</source>
        <translation>El archivo dañado nunca se elimina. Antes de sustituirlo, se le cambia el nombre a:
{0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="92"/>
        <source>The damaged file is never deleted. It is kept as:
{0}</source>
        <translation>El archivo dañado nunca se elimina. Se conserva como:
{0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="96"/>
        <source>The newest sound backup is from {0} ({1}). Restore brings your data back as it was then; what you changed after that is not in it.</source>
        <translation>La copia de seguridad en buen estado más reciente es del {0} ({1}). Al restaurarla, tus datos vuelven a estar como entonces; lo que cambiaste después no está en ella.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="101"/>
        <source>There is no sound backup to restore. You can open another AE Desktop database file, or start with an empty database.</source>
        <translation>No hay ninguna copia de seguridad en buen estado que restaurar. Puedes abrir otro archivo de base de datos de AE Desktop o empezar con una base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="114"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="116"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Abrir otro archivo…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="119"/>
        <source>&amp;Start with an empty database</source>
        <translation>&amp;Empezar con una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/recovery.py" line="123"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="52"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="61"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="64"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="70"/>
        <source>For {0} minutes</source>
        <translation>{0} minutos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="74"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="97"/>
        <source>{0} more after this one</source>
        <translation>{0} más después de este</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="222"/>
        <source>Follow-up due today — {0} ({1})</source>
        <translation>Seguimiento que vence hoy — {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="225"/>
        <source>Follow-up due today — {0}</source>
        <translation>Seguimiento que vence hoy — {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="228"/>
        <source>Meeting at {0} — {1}</source>
        <translation>Reunión a las {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="229"/>
        <source>Time block at {0} — {1}</source>
        <translation>Bloque a las {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="240"/>
        <source>Starts in {0} min ({1})</source>
        <translation>Empieza en {0} min ({1})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="242"/>
        <source>Starts now ({0})</source>
        <translation>Empieza ahora ({0})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="243"/>
        <source>Started {0} min ago ({1})</source>
        <translation>Empezó hace {0} min ({1})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="285"/>
        <source>The reminder could not be snoozed: {0}</source>
        <translation>No se pudo posponer el recordatorio: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="289"/>
        <source>Snoozed until {0}.</source>
        <translation>Pospuesto hasta las {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="304"/>
        <source>That follow-up is no longer open.</source>
        <translation>Ese seguimiento ya no está abierto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="315"/>
        <source>Open AE Desktop</source>
        <translation>Abrir AE Desktop</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="317"/>
        <source>Snooze the last reminder</source>
        <translation>Posponer el último recordatorio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="319"/>
        <source>For {0} minutes</source>
        <translation>{0} minutos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="323"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/reminders.py" line="333"/>
        <source>Click to open it in AE Desktop.</source>
        <translation>Haz clic para abrirlo en AE Desktop.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="37"/>
        <source>Export weekly report</source>
        <translation>Exportar el informe semanal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="39"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="80"/>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="231"/>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="99"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="101"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;Abrir PDF</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="102"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="103"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="148"/>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="164"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="164"/>
        <source>{0} pages</source>
        <translation>{0} páginas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="169"/>
        <source>The report could not be prepared: {0}</source>
        <translation>No se pudo preparar el informe: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="207"/>
        <source>Writing {0}…</source>
        <translation>Escribiendo {0}…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="222"/>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="225"/>
        <source>Saved {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/report/dialog.py" line="231"/>
        <source>The PDF was not saved: {0}</source>
        <translation>El PDF no se ha guardado: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="50"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="51"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="52"/>
        <source>Back to the matrix (no date)</source>
        <translation>Volver a la matriz (sin fecha)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="53"/>
        <source>Leave</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="119"/>
        <source>End of day — {0}</source>
        <translation>Fin del día — {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="129"/>
        <source>Tick what got done, decide where each open task goes, then plan tomorrow. Nothing is saved until you apply.</source>
        <translation>Marca lo que se ha hecho, decide qué pasa con cada tarea abierta y después planifica mañana. No se guarda nada hasta que apliques los cambios.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="138"/>
        <source>Today&apos;s blocks</source>
        <translation>Bloques de hoy</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="142"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="145"/>
        <source>Set every task to</source>
        <translation>Poner todas las tareas en</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="146"/>
        <source>Set every task to…</source>
        <translation>Poner todas las tareas en…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="162"/>
        <source>Apply and plan tomorrow</source>
        <translation>Aplicar y planificar mañana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="182"/>
        <source>No time blocks today.</source>
        <translation>Hoy no hay bloques.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="188"/>
        <source>{0} done</source>
        <translation>{0}: hecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="194"/>
        <source>{0}, fixed</source>
        <translation>{0}, bloque fijo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="207"/>
        <source>No open task was due today or planned for it.</source>
        <translation>Ninguna tarea abierta vencía hoy ni estaba planificada para hoy.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="220"/>
        <source>What to do with “{0}”</source>
        <translation>Qué hacer con “{0}”</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="235"/>
        <source>no due date</source>
        <translation>sin fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="237"/>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="239"/>
        <source>overdue since {0}</source>
        <translation>vencida desde el {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="241"/>
        <source>due {0}</source>
        <translation>vence el {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="243"/>
        <source>planned today</source>
        <translation>planificada hoy</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="269"/>
        <source>1 block done of {0}</source>
        <translation>1 bloque hecho de {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="271"/>
        <source>{0} blocks done of {1}</source>
        <translation>{0} bloques hechos de {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="276"/>
        <source>1 task rolled to tomorrow</source>
        <translation>1 tarea pasada a mañana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="277"/>
        <source>{0} tasks rolled to tomorrow</source>
        <translation>{0} tareas pasadas a mañana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="284"/>
        <source>1 task done</source>
        <translation>1 tarea hecha</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="285"/>
        <source>{0} tasks done</source>
        <translation>{0} tareas hechas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="292"/>
        <source>1 back to the matrix</source>
        <translation>1 devuelta a la matriz</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="293"/>
        <source>{0} back to the matrix</source>
        <translation>{0} devueltas a la matriz</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="332"/>
        <source>End of day</source>
        <translation>Fin del día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/review.py" line="334"/>
        <source>Some changes could not be saved, as tasks or blocks were removed meanwhile; the others were saved.

{0}</source>
        <translation>Algunos cambios no se pudieron guardar porque entretanto se eliminaron tareas o bloques; el resto se guardó.

{0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/settings/dialog.py" line="58"/>
        <location filename="../../ae_desktop/ui/settings/dialog.py" line="157"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/dialog.py" line="71"/>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/dialog.py" line="71"/>
        <source>&amp;Workday</source>
        <translation>&amp;Jornada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/dialog.py" line="71"/>
        <source>Pr&amp;iorities</source>
        <translation>P&amp;rioridades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/dialog.py" line="72"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/dialog.py" line="76"/>
        <source>&amp;Backups</source>
        <translation>Copias de &amp;seguridad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/dialog.py" line="157"/>
        <source>Nothing was saved: {0}</source>
        <translation>No se ha guardado nada: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ae_desktop/ui/settings/page.py" line="45"/>
        <source>Rest&amp;ore defaults</source>
        <translation>Restablecer valores pre&amp;determinados</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/page.py" line="47"/>
        <source>Put this page&apos;s defaults in the fields; they are saved when you click OK</source>
        <translation>Pone en los campos los valores predeterminados de esta página; se guardan al pulsar Aceptar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/page.py" line="153"/>
        <source>Enter a whole number from {0} to {1}.</source>
        <translation>Introduce un número entero de {0} a {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/page.py" line="158"/>
        <source>Enter a time such as 09:30.</source>
        <translation>Introduce una hora como 09:30.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/page.py" line="159"/>
        <source>The workday must end after it starts.</source>
        <translation>La jornada debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/page.py" line="160"/>
        <source>Lunch must end after it starts.</source>
        <translation>La comida debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/page.py" line="161"/>
        <source>Lunch must fall inside the workday.</source>
        <translation>La comida debe quedar dentro de la jornada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/page.py" line="162"/>
        <source>Enter an amount of zero or more.</source>
        <translation>Introduce un importe de cero o más.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/page.py" line="164"/>
        <source>Enter a three-letter currency code such as EUR or USD.</source>
        <translation>Introduce un código de moneda de tres letras, como EUR o USD.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/page.py" line="166"/>
        <source>Keep this to 120 characters.</source>
        <translation>No superes los 120 caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/page.py" line="167"/>
        <source>Choose one of the options.</source>
        <translation>Elige una de las opciones.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/board.py" line="83"/>
        <source>No deals
</source>
        <translation>Sin oportunidades
</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/board.py" line="88"/>
        <source>{0} · {1}
weighted {2}</source>
        <translation>{0} · {1}
ponderado {2}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/board.py" line="95"/>
        <source> · {0} in other currencies</source>
        <translation> · {0} en otras monedas</translation>
    </message>
</context>
<context>
    <name>StageDealsModel</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/board_model.py" line="103"/>
        <source>No next step</source>
        <translation>Sin próximo paso</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="34"/>
        <source>Pipeline stages</source>
        <translation>Etapas del embudo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="39"/>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="47"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="48"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="49"/>
        <source>Won and Lost close a deal; they cannot be changed.</source>
        <translation>Las etapas de ganada y perdida cierran la oportunidad; no se pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="51"/>
        <source>Save stage</source>
        <translation>Guardar etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="54"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="56"/>
        <source>Default &amp;probability</source>
        <translation>&amp;Probabilidad predeterminada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="58"/>
        <source>&amp;Rotting after</source>
        <translation>&amp;Estancada tras</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="61"/>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="62"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="63"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="64"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="95"/>
        <source>{0}  ·  {1} %  ·  {2}</source>
        <translation>{0}  ·  {1} %  ·  {2}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="188"/>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="228"/>
        <source>Delete stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="229"/>
        <source>Delete the stage “{0}”? It holds no deals.</source>
        <translation>¿Eliminar la etapa “{0}”? No tiene oportunidades.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="235"/>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="249"/>
        <source>Stage not deleted</source>
        <translation>Etapa no eliminada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="243"/>
        <source>Delete “{0}”</source>
        <translation>Eliminar “{0}”</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="249"/>
        <source>The pipeline needs one open stage.</source>
        <translation>El embudo necesita al menos una etapa abierta.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/stages_dialog.py" line="252"/>
        <source>This stage holds {0}. Move them to:</source>
        <translation>Esta etapa tiene {0}. Etapa de destino:</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="66"/>
        <source>deal: {0}</source>
        <translation>oportunidad: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="72"/>
        <source>Outcome: {0}</source>
        <translation>Resultado: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="74"/>
        <source>Follow-up {0}</source>
        <translation>Seguimiento: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="76"/>
        <source>CSAT {0}/5</source>
        <translation>CSAT {0}/5</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="187"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="188"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="189"/>
        <source>Correct the selected interaction (double-click)</source>
        <translation>Corregir la interacción seleccionada (doble clic)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="190"/>
        <source>Delete the selected interaction (Delete)</source>
        <translation>Eliminar la interacción seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="196"/>
        <source>Delete the selected interaction</source>
        <translation>Eliminar la interacción seleccionada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="246"/>
        <source>Interaction deleted. Press Ctrl+Z to undo.</source>
        <translation>Interacción eliminada. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="169"/>
        <source>Interaction timeline</source>
        <translation>Historial de interacciones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/timeline.py" line="171"/>
        <source>No interactions yet. Log a call, meeting or e-mail with Ctrl+L.</source>
        <translation>Aún no hay interacciones. Registra una llamada, reunión o correo con Ctrl+L.</translation>
    </message>
</context>
<context>
    <name>TodayStrip</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="110"/>
        <source>Overdue follow-ups</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="110"/>
        <source>Nothing overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="112"/>
        <source>Neglected key accounts</source>
        <translation>Cuentas clave desatendidas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="112"/>
        <source>Every key account is in touch.</source>
        <translation>Todas las cuentas clave están al día.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="114"/>
        <source>Rotting deals</source>
        <translation>Oportunidades estancadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="114"/>
        <source>No deal is going cold.</source>
        <translation>Ninguna oportunidad se está enfriando.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="115"/>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="115"/>
        <source>No more meetings today.</source>
        <translation>Hoy no hay más reuniones.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="132"/>
        <source>1 day late</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="132"/>
        <source>{0} days late</source>
        <translation>{0} días de retraso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="137"/>
        <source>{0} — no contact yet</source>
        <translation>{0} — aún sin contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="138"/>
        <source>{0} — last contact {1} days ago</source>
        <translation>{0} — último contacto hace {1} días</translation>
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
    <name>WeekStrip</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/week_strip.py" line="66"/>
        <source>Planned hours this week</source>
        <translation>Horas planificadas esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/week_strip.py" line="86"/>
        <location filename="../../ae_desktop/ui/agenda/week_strip.py" line="155"/>
        <source>Week: {0}</source>
        <translation>Semana: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/week_strip.py" line="157"/>
        <source>Nothing planned this week yet</source>
        <translation>Aún no hay nada planificado esta semana</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/closing.py" line="48"/>
        <source>Mark as won</source>
        <translation>Marcar como ganada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/closing.py" line="53"/>
        <source>&amp;Won on</source>
        <translation>&amp;Ganada el</translation>
    </message>
</context>
<context>
    <name>WorkdayPage</name>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="33"/>
        <source>The day Plan my day fills: nothing is proposed outside the workday or over lunch, and blocks are kept apart by the buffer.</source>
        <translation>El día que rellena “Planificar mi día”: no se propone nada fuera de la jornada ni a la hora de comer, y los bloques quedan separados por el margen.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="39"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="48"/>
        <source>Workday &amp;starts</source>
        <translation>&amp;Inicio de la jornada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="49"/>
        <source>Workday &amp;ends</source>
        <translation>&amp;Fin de la jornada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="50"/>
        <source>&amp;Lunch starts</source>
        <translation>Inicio de la &amp;comida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="51"/>
        <source>Lunch e&amp;nds</source>
        <translation>Fi&amp;n de la comida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="58"/>
        <source>B&amp;uffer between blocks</source>
        <translation>&amp;Margen entre bloques</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="60"/>
        <source>0 to 60 minutes</source>
        <translation>De 0 a 60 minutos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="64"/>
        <source>&amp;Default block length</source>
        <translation>Duración &amp;predeterminada del bloque</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="66"/>
        <source>A new task&apos;s estimate; a block added on empty time</source>
        <translation>La estimación de una tarea nueva; un bloque añadido en un hueco libre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="70"/>
        <source>&amp;Focus block length</source>
        <translation>&amp;Duración del bloque de concentración</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="72"/>
        <source>The protected block for Schedule tasks</source>
        <translation>El bloque protegido para las tareas de Planificar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="76"/>
        <source>&amp;Remind me before a block starts</source>
        <translation>Recordarme an&amp;tes de que empiece un bloque</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/settings/workday_page.py" line="78"/>
        <source>While the app is open; 0 turns reminders off</source>
        <translation>Mientras la aplicación está abierta; 0 desactiva los recordatorios</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/today_strip.py" line="99"/>
        <source>and {0} more</source>
        <translation>y {0} más</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ae_desktop/app.py" line="239"/>
        <source>Cannot create the lock file {0} ({1}): check that {2} may be written.</source>
        <translation>No se puede crear el archivo de bloqueo {0} ({1}): comprueba que se puede escribir en {2}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/app.py" line="243"/>
        <source>AE Desktop is running on {0}: quit it before taking screenshots of it.</source>
        <translation>AE Desktop se está ejecutando en {0}: ciérralo antes de hacer capturas de pantalla.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/app.py" line="250"/>
        <source>AE Desktop is already running on {0}, but does not answer. Quit it and try again.</source>
        <translation>AE Desktop ya se está ejecutando en {0}, pero no responde. Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/app.py" line="274"/>
        <source>Your data folder {0} is {1}. The database can be damaged there when another computer or a sync program touches it. Keep it on this computer&apos;s own disk (start AE Desktop with --data-dir to choose another folder) and let the backups be copied instead.</source>
        <translation>Tu carpeta de datos {0} está {1}. Ahí la base de datos puede dañarse cuando otro ordenador o un programa de sincronización la toca. Guárdala en el disco de este ordenador (inicia AE Desktop con --data-dir para elegir otra carpeta) y sincroniza en su lugar las copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../ae_desktop/services/backups.py" line="108"/>
        <source>The database could not be opened again: {0}</source>
        <translation>No se pudo volver a abrir la base de datos: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/backups.py" line="110"/>
        <source>The restore failed ({0}), and then the database could not be opened again: {1}</source>
        <translation>La restauración falló ({0}) y después no se pudo volver a abrir la base de datos: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/backup.py" line="110"/>
        <location filename="../../ae_desktop/store/restore.py" line="108"/>
        <location filename="../../ae_desktop/store/restore.py" line="113"/>
        <source>Could not write the backup {0}: {1}</source>
        <translation>No se pudo escribir la copia de seguridad {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/backup.py" line="115"/>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/backup.py" line="134"/>
        <source>a copy of it failed the integrity check: {0}</source>
        <translation>una copia no superó la comprobación de integridad: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/backup.py" line="200"/>
        <source>{0!r} is not a backup label (a-z, 0-9 and &apos;-&apos;)</source>
        <translation>{0!r} no es una etiqueta de copia de seguridad válida (a-z, 0-9 y &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/backup.py" line="246"/>
        <source>it holds no AE Desktop data</source>
        <translation>no contiene datos de AE Desktop</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/backup.py" line="260"/>
        <source>SQLite&apos;s integrity check found problems: {0}</source>
        <translation>la comprobación de integridad de SQLite encontró problemas: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/backup.py" line="360"/>
        <location filename="../../ae_desktop/store/restore.py" line="119"/>
        <source>The backup {0} vanished as it was written</source>
        <translation>La copia de seguridad {0} desapareció mientras se escribía</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/restore.py" line="88"/>
        <source>The database {0} was not replaced: the database is in use (by another program, another AE Desktop, or another part of this one). Close it there and try again. Nothing was changed.</source>
        <translation>No se ha sustituido la base de datos {0}: está en uso (por otro programa, por otra instancia de AE Desktop o por otra parte de esta). Ciérrala allí y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/restore.py" line="134"/>
        <source>The database {0} could not be made ready for the restore: {1}. Nothing was replaced.</source>
        <translation>No se pudo preparar la base de datos {0} para la restauración: {1}. No se ha sustituido nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/restore.py" line="142"/>
        <source>The database {0} could not be made ready for the restore: SQLite kept it in {1} mode. Nothing was replaced.</source>
        <translation>No se pudo preparar la base de datos {0} para la restauración: SQLite la mantuvo en modo {1}. No se ha sustituido nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/restore.py" line="188"/>
        <source>The restored database could not replace {0} ({1}); the database may be in use. Nothing was replaced.</source>
        <translation>La base de datos restaurada no pudo sustituir a {0} ({1}); puede que la base de datos esté en uso. No se ha sustituido nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/restore.py" line="323"/>
        <source>{0} is the database itself: there is nothing to restore</source>
        <translation>{0} es la propia base de datos: no hay nada que restaurar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/restore.py" line="337"/>
        <source>Could not write the restored database beside {0}: {1}</source>
        <translation>No se pudo escribir la base de datos restaurada junto a {0}: {1}</translation>
    </message>
</context>
<context>
    <name>block_commands</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_commands.py" line="54"/>
        <source>Not undone</source>
        <translation>No se ha deshecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_commands.py" line="55"/>
        <source>The block changed meanwhile. {0}</source>
        <translation>El bloque ha cambiado entretanto. {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_commands.py" line="76"/>
        <source>Add block {0}</source>
        <translation>Añadir bloque {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_commands.py" line="94"/>
        <source>Delete block {0}</source>
        <translation>Eliminar bloque {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/block_commands.py" line="143"/>
        <source>Plan my day ({0} blocks)</source>
        <translation>Planificar mi día ({0} bloques)</translation>
    </message>
</context>
<context>
    <name>blocks</name>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="93"/>
        <source>Enter a date such as 2026-11-30.</source>
        <translation>Introduce una fecha como 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="96"/>
        <source>Enter the times as HH:MM.</source>
        <translation>Introduce las horas como HH:MM.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="98"/>
        <source>A block lies within the day, from 00:00 to 24:00.</source>
        <translation>Un bloque debe quedar dentro del día, de 00:00 a 24:00.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="100"/>
        <source>A block needs a length: the end must differ from the start.</source>
        <translation>Un bloque necesita una duración: el fin debe ser distinto del inicio.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="104"/>
        <source>A block ends after it starts.</source>
        <translation>Un bloque debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="106"/>
        <source>Keep the block inside the workday, {0} to {1}.</source>
        <translation>Mantén el bloque dentro de la jornada, de {0} a {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="111"/>
        <source>A block needs a title.</source>
        <translation>Un bloque necesita un título.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="113"/>
        <source>Keep the title under {0} characters.</source>
        <translation>El título debe tener menos de {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="117"/>
        <source>Choose a kind of block.</source>
        <translation>Elige un tipo de bloque.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="119"/>
        <source>That task no longer exists.</source>
        <translation>Esa tarea ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="121"/>
        <source>That client no longer exists.</source>
        <translation>Ese cliente ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="143"/>
        <source>time block {0} no longer exists</source>
        <translation>el bloque {0} ya no existe</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="250"/>
        <source>Enter the minutes as a whole number.</source>
        <translation>Introduce los minutos como un número entero.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="253"/>
        <source>Record at least one minute.</source>
        <translation>Registra al menos un minuto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/time_blocks.py" line="256"/>
        <source>Record at most 24 hours (1440 minutes) at a time.</source>
        <translation>Registra como máximo 24 horas (1440 minutos) cada vez.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../ae_desktop/interop/ics_rules.py" line="86"/>
        <source>The calendar&apos;s repeating events take too long to work out: the calendar cannot be imported. Export a shorter period from the calendar program.</source>
        <translation>Los eventos periódicos del calendario tardan demasiado en calcularse: no se puede importar el calendario. Exporta un periodo más corto desde el programa de calendario.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="134"/>
        <location filename="../../ae_desktop/interop/ics_read.py" line="159"/>
        <source>The file is not a calendar (iCalendar .ics) file.</source>
        <translation>El archivo no es un archivo de calendario (iCalendar .ics).</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="138"/>
        <source>The calendar file ends too early: it may be truncated.</source>
        <translation>El archivo de calendario termina antes de tiempo: puede que esté incompleto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="143"/>
        <source>The calendar has {0:,} events; at most {1:,} can be imported.</source>
        <translation>El calendario tiene {0:,} eventos; se pueden importar como máximo {1:,}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="155"/>
        <source>The calendar file is damaged and cannot be read.</source>
        <translation>El archivo de calendario está dañado y no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="218"/>
        <source>The event “{0}” could not be read.</source>
        <translation>No se pudo leer el evento “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="234"/>
        <source>The calendar has more than {0:,} events in the chosen period: choose a shorter period.</source>
        <translation>El calendario tiene más de {0:,} eventos en el periodo elegido: elige un periodo más corto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="251"/>
        <source>The event “{0}” repeats more than {1:,} times in the chosen period: the calendar cannot be imported.</source>
        <translation>El evento “{0}” se repite más de {1:,} veces en el periodo elegido: no se puede importar el calendario.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="368"/>
        <source>1 all-day event is not put on the planner.</source>
        <translation>1 evento de todo el día no se añade a la agenda.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="369"/>
        <source>{0} all-day events are not put on the planner.</source>
        <translation>{0} eventos de todo el día no se añaden a la agenda.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="376"/>
        <source>1 cancelled event is skipped.</source>
        <translation>Se omite 1 evento cancelado.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="377"/>
        <source>{0} cancelled events are skipped.</source>
        <translation>Se omiten {0} eventos cancelados.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="384"/>
        <source>1 event marked as free time is skipped.</source>
        <translation>Se omite 1 evento marcado como tiempo libre.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_read.py" line="385"/>
        <source>{0} events marked as free time are skipped.</source>
        <translation>Se omiten {0} eventos marcados como tiempo libre.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/ics_write.py" line="88"/>
        <source>Unknown time zone: {0!r}</source>
        <translation>Zona horaria desconocida: {0!r}</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../../ae_desktop/ui/deals/cards.py" line="31"/>
        <source>rotting</source>
        <translation>estancada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/cards.py" line="33"/>
        <source>no next step</source>
        <translation>sin próximo paso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/cards.py" line="36"/>
        <source>overdue close date</source>
        <translation>cierre vencido</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../ae_desktop/services/client_rows.py" line="80"/>
        <source>read at most {0} clients by id at once</source>
        <translation>lee como máximo {0} clientes por id a la vez</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/clients.py" line="95"/>
        <source>A client needs a name.</source>
        <translation>Un cliente necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/clients.py" line="97"/>
        <source>Keep the name under {0} characters.</source>
        <translation>El nombre no puede superar los {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/clients.py" line="102"/>
        <source>Enter an amount.</source>
        <translation>Escribe un importe.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/clients.py" line="104"/>
        <source>Potential revenue cannot be negative.</source>
        <translation>Los ingresos potenciales no pueden ser negativos.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/clients.py" line="106"/>
        <source>That amount is too large.</source>
        <translation>Ese importe es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/clients.py" line="108"/>
        <source>Cadence is a number of days between 1 and 365.</source>
        <translation>La frecuencia de contacto es un número de días entre 1 y 365.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/clients.py" line="112"/>
        <source>Weekly time is between none and 40 hours.</source>
        <translation>El tiempo semanal va de 0 a 40 horas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/clients.py" line="114"/>
        <source>Choose a tier.</source>
        <translation>Elige un nivel.</translation>
    </message>
</context>
<context>
    <name>command</name>
    <message>
        <location filename="../../ae_desktop/backup_command.py" line="33"/>
        <location filename="../../ae_desktop/interop_command.py" line="147"/>
        <source>there is no database in {0} yet (or check --data-dir)</source>
        <translation>todavía no hay ninguna base de datos en {0} (o revisa --data-dir)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/backup_command.py" line="60"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/backup_command.py" line="95"/>
        <source>{0} is the database itself: choose another file</source>
        <translation>{0} es la propia base de datos: elige otro archivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/backup_command.py" line="128"/>
        <source>cannot create the lock file {0} ({1})</source>
        <translation>no se puede crear el archivo de bloqueo {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/backup_command.py" line="160"/>
        <source>AE Desktop is running on this data folder; quit it first. Nothing was changed.</source>
        <translation>AE Desktop se está ejecutando con esta carpeta de datos; ciérralo primero. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/backup_command.py" line="172"/>
        <source>could not restore {0}: {1}</source>
        <translation>no se pudo restaurar {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/backup_command.py" line="178"/>
        <source>The database it replaced was kept as the backup {0}</source>
        <translation>La base de datos sustituida se ha conservado como la copia de seguridad {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/backup_command.py" line="184"/>
        <source>The database it replaced was damaged; it was set aside as {0}</source>
        <translation>La base de datos sustituida estaba dañada; se ha apartado como {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/backup_command.py" line="189"/>
        <source>Restored {0} into {1} (schema version {2})</source>
        <translation>Se ha restaurado {0} en {1} (versión de esquema {2})</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/backup_command.py" line="195"/>
        <source>AE Desktop upgrades it to schema version {0} when it next opens it</source>
        <translation>AE Desktop la actualizará a la versión de esquema {0} la próxima vez que la abra</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="40"/>
        <source>{0} is not a file</source>
        <translation>{0} no es un archivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="43"/>
        <source>--weeks is a number of weeks from 1 to 104</source>
        <translation>--weeks es un número de semanas de 1 a 104</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="53"/>
        <location filename="../../ae_desktop/interop_command.py" line="56"/>
        <location filename="../../ae_desktop/interop_command.py" line="124"/>
        <source>{0} Nothing was imported.</source>
        <translation>{0} No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="84"/>
        <source>Dry run of {0}: nothing was written.</source>
        <translation>Simulación de {0}: no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="95"/>
        <source>{0} rejected, so nothing was imported. Fix them, or import the other rows with --skip-rejected.</source>
        <translation>Rechazado: {0}, así que no se ha importado nada. Corrígelas o importa las demás filas con --skip-rejected.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="108"/>
        <source>Imported {0}.</source>
        <translation>Se ha importado {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="118"/>
        <source>--dry-run is not available for a full JSON export</source>
        <translation>--dry-run no está disponible para una exportación JSON completa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="129"/>
        <source>Imported {0:,} records of {1} tables from {2}.</source>
        <translation>Se han importado {0:,} registros de {1} tablas desde {2}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="142"/>
        <source>--format is one of {0}</source>
        <translation>--format debe ser uno de estos: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="155"/>
        <source>--client chooses whose contacts go into a vCard file: use --format vcard</source>
        <translation>--client elige de qué cliente son los contactos que van a un archivo vCard: usa --format vcard</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="167"/>
        <source>there is no client with id {0}</source>
        <translation>no hay ningún cliente con el id {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop_command.py" line="173"/>
        <source>{0} could not be written: {1}</source>
        <translation>no se pudo escribir {0}: {1}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/commands.py" line="131"/>
        <source>End of day</source>
        <translation>Fin del día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/commands.py" line="23"/>
        <source>Archive {0}</source>
        <translation>Archivar {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/commands.py" line="25"/>
        <source>Restore {0}</source>
        <translation>Restaurar {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/commands.py" line="45"/>
        <source>Delete interaction</source>
        <translation>Eliminar interacción</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/commands.py" line="69"/>
        <source>Edit interaction</source>
        <translation>Editar interacción</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/commands.py" line="94"/>
        <source>Make {0} primary</source>
        <translation>Marcar {0} como principal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/undo.py" line="65"/>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="150"/>
        <source>Delete contact {0}</source>
        <translation>Eliminar contacto {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="250"/>
        <source>Add contact {0}</source>
        <translation>Añadir contacto {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/contacts.py" line="252"/>
        <source>Edit contact {0}</source>
        <translation>Editar contacto {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/deals/commands.py" line="36"/>
        <source>Move {0} to {1}</source>
        <translation>Mover {0} a {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_command.py" line="35"/>
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_command.py" line="49"/>
        <source>Cannot redo the import</source>
        <translation>No se puede rehacer la importación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/interop/import_command.py" line="57"/>
        <source>Cannot undo the import</source>
        <translation>No se puede deshacer la importación</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <location filename="../../ae_desktop/services/contacts.py" line="52"/>
        <source>A contact needs a name.</source>
        <translation>Un contacto necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/contacts.py" line="55"/>
        <source>{0!r} is not a valid e-mail address.</source>
        <translation>{0!r} no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/contacts.py" line="61"/>
        <source>{0} already has this e-mail address.</source>
        <translation>{0} ya tiene esta dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <location filename="../../ae_desktop/interop/csv_deals.py" line="103"/>
        <source>No deal title.</source>
        <translation>Falta el título de la oportunidad.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_deals.py" line="141"/>
        <source>The value “{0}” is not an amount.</source>
        <translation>El valor “{0}” no es un importe.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_deals.py" line="143"/>
        <source>The value “{0}” is negative.</source>
        <translation>El valor “{0}” es negativo.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_deals.py" line="145"/>
        <source>The value “{0}” is too large.</source>
        <translation>El valor “{0}” es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_deals.py" line="173"/>
        <source>The currency “{0}” is not a three-letter code such as EUR.</source>
        <translation>La moneda “{0}” no es un código de tres letras como EUR.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_deals.py" line="197"/>
        <source>The close date “{0}” is not a date.</source>
        <translation>La fecha de cierre “{0}” no es una fecha.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_deals.py" line="206"/>
        <source>The status “{0}” is not open, won or lost.</source>
        <translation>El estado “{0}” no es abierta, ganada ni perdida.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_mapping.py" line="239"/>
        <source>The file has no account name column, so clients are named after their Salesforce account ID. Export the account name (Account.Name) to get the names instead.</source>
        <translation>El archivo no tiene columna con el nombre de la cuenta, así que los clientes se llaman como su ID de cuenta de Salesforce. Exporta el nombre de la cuenta (Account.Name) para obtener los nombres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_people.py" line="68"/>
        <source>No company or contact name, only the e-mail address {0}.</source>
        <translation>No hay nombre de empresa ni de contacto, solo la dirección de correo {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_people.py" line="72"/>
        <source>No company or contact name.</source>
        <translation>No hay nombre de empresa ni de contacto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_people.py" line="77"/>
        <source>The e-mail address “{0}” is not valid.</source>
        <translation>La dirección de correo “{0}” no es válida.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_table.py" line="128"/>
        <source>The file has more than {0:,} rows; split it into smaller files and import them one by one.</source>
        <translation>El archivo tiene más de {0:,} filas; divídelo en archivos más pequeños e impórtalos uno a uno.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_table.py" line="137"/>
        <source>The rows have far fewer columns than the header line; check that the file is a table with one separator (comma, semicolon or tab) between columns.</source>
        <translation>Las filas tienen muchas menos columnas que la línea de encabezado; comprueba que el archivo es una tabla con un separador (coma, punto y coma o tabulador) entre columnas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_table.py" line="148"/>
        <source>The file has no rows.</source>
        <translation>El archivo no tiene filas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_table.py" line="151"/>
        <source>The file has only a header line and no rows under it.</source>
        <translation>El archivo solo tiene la línea de encabezado, sin filas debajo.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_table.py" line="159"/>
        <source>The file has {0:,} columns; files with more than {1:,} columns are not imported.</source>
        <translation>El archivo tiene {0:,} columnas; los archivos de más de {1:,} columnas no se importan.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_table.py" line="171"/>
        <source>Line {0} has a field of {1:,} characters; fields over {2:,} are not imported.</source>
        <translation>La línea {0} tiene un campo de {1:,} caracteres; los campos de más de {2:,} no se importan.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_table.py" line="187"/>
        <source>The quoted field that starts on line {0} is never closed: the file may be cut short, or a quote is missing.</source>
        <translation>El campo entre comillas que empieza en la línea {0} no se cierra nunca: puede que el archivo esté incompleto o que falten unas comillas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/csv_table.py" line="192"/>
        <source>Line {0} could not be read: a field that starts with a quote (&quot;) must end with one just before the next separator.</source>
        <translation>No se pudo leer la línea {0}: un campo que empieza con comillas (&quot;) debe terminar con otras justo antes del siguiente separador.</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../ae_desktop/services/startup.py" line="34"/>
        <source>the database file is missing</source>
        <translation>falta el archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/startup.py" line="37"/>
        <source>{0} and {1} more</source>
        <translation>{0} y {1} más</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/startup.py" line="39"/>
        <source>The database {0} is missing, but its folder holds earlier data ({1}). Nothing was created: start AE Desktop without --smoke or --screenshots to restore a backup, or use &apos;ae-desktop restore FILE&apos;.</source>
        <translation>Falta la base de datos {0}, pero su carpeta contiene datos anteriores ({1}). No se ha creado nada: inicia AE Desktop sin --smoke ni --screenshots para restaurar una copia de seguridad, o usa &apos;ae-desktop restore FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/startup.py" line="160"/>
        <source>the database did not open in time</source>
        <translation>la base de datos no se abrió a tiempo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/startup.py" line="168"/>
        <source>the client list was not read in time</source>
        <translation>la lista de clientes no se leyó a tiempo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/db.py" line="121"/>
        <location filename="../../ae_desktop/store/health.py" line="228"/>
        <source>it holds tables of another program</source>
        <translation>contiene tablas de otro programa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/db.py" line="188"/>
        <source>The database is being restored.</source>
        <translation>Se está restaurando la base de datos.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/db.py" line="204"/>
        <source>Other work still has the database open; try again when it is done (1 thread).</source>
        <translation>Otra operación aún tiene abierta la base de datos; vuelve a intentarlo cuando termine (1 hilo).</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/db.py" line="209"/>
        <source>Other work still has the database open; try again when it is done ({0} threads).</source>
        <translation>Otra operación aún tiene abierta la base de datos; vuelve a intentarlo cuando termine ({0} hilos).</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/db.py" line="222"/>
        <source>The database could not be opened again: {0}</source>
        <translation>No se pudo volver a abrir la base de datos: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/errors.py" line="17"/>
        <source>The database {0} was written by a newer AE Desktop (schema version {1}); this version understands up to schema version {2}. Install the newer AE Desktop to open it. Nothing was changed.</source>
        <translation>La base de datos {0} la escribió una versión más reciente de AE Desktop (versión de esquema {1}); esta versión admite hasta la versión de esquema {2}. Instala la versión más reciente de AE Desktop para abrirla. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/errors.py" line="29"/>
        <source>{0} is not a usable AE Desktop database: {1}</source>
        <translation>{0} no es una base de datos de AE Desktop utilizable: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/errors.py" line="42"/>
        <source>The database {0} is damaged: {1}.</source>
        <translation>La base de datos {0} está dañada: {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/errors.py" line="51"/>
        <source>There is no database at {0}.</source>
        <translation>No hay ninguna base de datos en {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="73"/>
        <source>the disk could not read or write it; it may be full, failing or unplugged</source>
        <translation>el disco no pudo leerla ni escribirla; puede que esté lleno, averiado o desconectado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="77"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="79"/>
        <source>it could not be opened; check that it and its folder may be read and written</source>
        <translation>no se pudo abrir; comprueba que el archivo y su carpeta se pueden leer y escribir</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="84"/>
        <source>there is no permission to use it</source>
        <translation>no hay permiso para usar el archivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="86"/>
        <source>it or its folder cannot be written to</source>
        <translation>no se puede escribir en el archivo o en su carpeta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="87"/>
        <source>another program, or another AE Desktop, is using it</source>
        <translation>otro programa, u otra instancia de AE Desktop, está usando el archivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="103"/>
        <source>it is not a database file, or its first page is damaged (file is not a database)</source>
        <translation>no es un archivo de base de datos o su primera página está dañada (file is not a database)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="108"/>
        <source>its contents are malformed (database disk image is malformed)</source>
        <translation>su contenido está mal formado (database disk image is malformed)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="130"/>
        <source>The database {0} could not be read: {1}. The file itself may well be sound; nothing was changed.</source>
        <translation>No se pudo leer la base de datos {0}: {1}. Es muy posible que el archivo en sí esté en buen estado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="148"/>
        <source>{0} (and {1} more)</source>
        <translation>{0} (y {1} más)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="157"/>
        <source>SQLite&apos;s integrity check found problems: {0}</source>
        <translation>la comprobación de integridad de SQLite encontró problemas: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="159"/>
        <source>SQLite&apos;s quick check found problems: {0}</source>
        <translation>la comprobación rápida de SQLite encontró problemas: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="202"/>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="204"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/health.py" line="219"/>
        <source>it is not a SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/migrations.py" line="176"/>
        <source>migrating to version {0} broke {1} links</source>
        <translation>la migración a la versión {0} rompió {1} enlaces</translation>
    </message>
</context>
<context>
    <name>deals</name>
    <message>
        <location filename="../../ae_desktop/services/deal_rows.py" line="183"/>
        <source>closing must be one of {0}, not {1!r}</source>
        <translation>closing debe ser uno de {0}, no {1!r}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deals.py" line="52"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deals.py" line="53"/>
        <source>Lost to a competitor</source>
        <translation>Perdida frente a la competencia</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deals.py" line="54"/>
        <source>No budget</source>
        <translation>Sin presupuesto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deals.py" line="55"/>
        <source>No decision / stalled</source>
        <translation>Sin decisión / estancada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deals.py" line="56"/>
        <source>Timing</source>
        <translation>Momento inadecuado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deals.py" line="57"/>
        <source>Product fit</source>
        <translation>Encaje del producto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deals.py" line="58"/>
        <source>Went silent</source>
        <translation>Dejó de responder</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="60"/>
        <source>Say why the deal was lost.</source>
        <translation>Indica por qué se perdió la oportunidad.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="62"/>
        <source>Keep the reason under {0} characters.</source>
        <translation>El motivo debe tener menos de {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="66"/>
        <source>A deal is closed once it has happened: use today or earlier.</source>
        <translation>Una oportunidad se cierra cuando ya ha ocurrido: usa la fecha de hoy o una anterior.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="70"/>
        <source>The deal was opened on {0}; it cannot close before that.</source>
        <translation>La oportunidad se abrió el {0}; no puede cerrarse antes de esa fecha.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="90"/>
        <location filename="../../ae_desktop/services/deal_checks.py" line="94"/>
        <source>Choose a client.</source>
        <translation>Elige un cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="96"/>
        <source>That client is archived; restore it first.</source>
        <translation>Ese cliente está archivado; restáuralo primero.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="99"/>
        <source>A deal needs a title.</source>
        <translation>La oportunidad necesita un título.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="101"/>
        <source>Keep the title under {0} characters.</source>
        <translation>El título debe tener menos de {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="105"/>
        <source>Enter an amount.</source>
        <translation>Introduce un importe.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="107"/>
        <source>A deal&apos;s value cannot be negative.</source>
        <translation>El valor de una oportunidad no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="109"/>
        <source>That amount is too large.</source>
        <translation>Ese importe es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="111"/>
        <source>Use a three-letter currency code such as EUR.</source>
        <translation>Usa un código de moneda de tres letras, como EUR.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="113"/>
        <source>Choose a kind of deal.</source>
        <translation>Elige un tipo de oportunidad.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="115"/>
        <source>Probability is a percentage from 0 to 100.</source>
        <translation>La probabilidad es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="117"/>
        <source>Keep the next step under {0} characters.</source>
        <translation>El próximo paso debe tener menos de {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deal_checks.py" line="123"/>
        <source>Choose a stage.</source>
        <translation>Elige una etapa.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deals.py" line="143"/>
        <source>Interactions are logged against this deal; it stays with its client.</source>
        <translation>Esta oportunidad tiene interacciones registradas; no puede cambiar de cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deals.py" line="222"/>
        <source>That stage no longer exists.</source>
        <translation>Esa etapa ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/deals.py" line="283"/>
        <source>Write the next step first.</source>
        <translation>Escribe primero el próximo paso.</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <location filename="../../ae_desktop/ui/error_dialog.py" line="33"/>
        <source>Something went wrong; your data is safe.

You can carry on working. The details are in the log: {0}</source>
        <translation>Algo ha fallado; tus datos están a salvo.

Puedes seguir trabajando. Los detalles están en el registro: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/error_dialog.py" line="40"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/error_dialog.py" line="48"/>
        <source>Details copied</source>
        <translation>Detalles copiados</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../ae_desktop/report/export.py" line="54"/>
        <source>the folder {0} does not exist</source>
        <translation>la carpeta {0} no existe</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/export.py" line="59"/>
        <source>cannot write in {0}: {1}</source>
        <translation>no se puede escribir en {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/export.py" line="67"/>
        <source>the PDF for {0} came out empty</source>
        <translation>el PDF de {0} ha salido vacío</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/export.py" line="74"/>
        <source>cannot write {0}: {1}</source>
        <translation>no se puede escribir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="49"/>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="49"/>
        <source>{0} rows</source>
        <translation>{0} filas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="51"/>
        <source>Wrote {0} files, {1}, to {2}.</source>
        <translation>Exportado a {2}: {0} archivos, {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="59"/>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="60"/>
        <source>{0} records</source>
        <translation>{0} registros</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="62"/>
        <source>Wrote {0} of {1} tables to {2}.</source>
        <translation>Exportado a {2}: {0} de {1} tablas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="67"/>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="67"/>
        <source>{0} contacts</source>
        <translation>{0} contactos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="69"/>
        <source>Wrote {0} to {1}.</source>
        <translation>Exportado a {1}: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="73"/>
        <source>1 time block</source>
        <translation>1 bloque</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="73"/>
        <source>{0} time blocks</source>
        <translation>{0} bloques</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="76"/>
        <source>1 follow-up</source>
        <translation>1 seguimiento</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="76"/>
        <source>{0} follow-ups</source>
        <translation>{0} seguimientos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="78"/>
        <source>Wrote {0} and {1} to {2}.</source>
        <translation>Exportado a {2}: {0} y {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="79"/>
        <source>unknown export format {0!r}</source>
        <translation>formato de exportación desconocido: {0!r}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="91"/>
        <source>AE Desktop {0}</source>
        <translation>AE Desktop {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="93"/>
        <source>AE Desktop contacts.vcf</source>
        <translation>AE Desktop contactos.vcf</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="95"/>
        <source>AE Desktop calendar.ics</source>
        <translation>AE Desktop calendario.ics</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/exporting.py" line="96"/>
        <source>AE Desktop export {0}.json</source>
        <translation>AE Desktop exportación {0}.json</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ae_desktop/services/field_checks.py" line="23"/>
        <source>Use only digits, spaces and + - ( ) . / (x or ext before an extension).</source>
        <translation>Usa solo dígitos, espacios y + - ( ) . / (x o ext antes de una extensión).</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/field_checks.py" line="27"/>
        <source>A phone number has at least {0} digits.</source>
        <translation>Un número de teléfono tiene al menos {0} dígitos.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/field_checks.py" line="31"/>
        <source>Keep the phone number under {0} characters.</source>
        <translation>El teléfono debe tener menos de {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/field_checks.py" line="41"/>
        <source>Enter a web address such as acme.com.</source>
        <translation>Introduce una dirección web como acme.com.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/field_checks.py" line="43"/>
        <source>Keep the web address under {0} characters.</source>
        <translation>La dirección web debe tener menos de {0} caracteres.</translation>
    </message>
</context>
<context>
    <name>focus</name>
    <message>
        <location filename="../../ae_desktop/domain/focus.py" line="53"/>
        <source>A work period lasts 1 to 1440 minutes.</source>
        <translation>Un periodo de trabajo dura de 1 a 1440 minutos.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/focus.py" line="55"/>
        <source>A break lasts 1 to 1440 minutes.</source>
        <translation>Una pausa dura de 1 a 1440 minutos.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/focus.py" line="57"/>
        <source>Run 1 to 24 cycles.</source>
        <translation>Haz de 1 a 24 ciclos.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/focus.py" line="102"/>
        <source>The timer is already started.</source>
        <translation>El temporizador ya está en marcha.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/focus.py" line="106"/>
        <source>The block is already over.</source>
        <translation>El bloque ya ha terminado.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/focus.py" line="114"/>
        <source>Only a running timer can be paused.</source>
        <translation>Solo se puede pausar un temporizador en marcha.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/focus.py" line="119"/>
        <source>Only a paused timer can be resumed.</source>
        <translation>Solo se puede reanudar un temporizador en pausa.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/focus.py" line="128"/>
        <source>The timer is not started.</source>
        <translation>El temporizador no está en marcha.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../ae_desktop/interop/textfile.py" line="55"/>
        <source>The file could not be read: {0}.</source>
        <translation>No se pudo leer el archivo: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/textfile.py" line="63"/>
        <source>This is not a text file: it looks like a picture, a spreadsheet or another program&apos;s file. Export what you need as CSV (contacts or deals), vCard (contacts) or iCalendar (meetings) and import that file.</source>
        <translation>Este no es un archivo de texto: parece una imagen, una hoja de cálculo o un archivo de otro programa. Exporta lo que necesites como CSV (contactos u oportunidades), vCard (contactos) o iCalendar (reuniones) e importa ese archivo.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/textfile.py" line="78"/>
        <source>The file is {0:.1f} GB; files over {1} GB are not imported.</source>
        <translation>El archivo ocupa {0:.1f} GB; los archivos de más de {1} GB no se importan.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/textfile.py" line="81"/>
        <location filename="../../ae_desktop/services/importing.py" line="77"/>
        <source>The file is {0:.1f} MB; files over {1} MB are not imported.</source>
        <translation>El archivo ocupa {0:.1f} MB; los archivos de más de {1} MB no se importan.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/textfile.py" line="97"/>
        <location filename="../../ae_desktop/interop/textfile.py" line="100"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/textfile.py" line="130"/>
        <source>The file cannot be read as {0} text: it may be damaged or cut short.</source>
        <translation>El archivo no se puede leer como texto {0}: puede estar dañado o incompleto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_deals.py" line="47"/>
        <source>Not given in the imported file.</source>
        <translation>No figura en el archivo importado.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_deals.py" line="130"/>
        <source>A deal needs a title.</source>
        <translation>Una oportunidad necesita un título.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_deals.py" line="134"/>
        <source>Keep the title under {0} characters.</source>
        <translation>El título no puede superar los {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_deals.py" line="138"/>
        <source>No organisation: a deal belongs to a client.</source>
        <translation>Falta la organización: toda oportunidad pertenece a un cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_deals.py" line="142"/>
        <source>The deal&apos;s value is negative or too large.</source>
        <translation>El valor de la oportunidad es negativo o demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_deals.py" line="145"/>
        <source>Keep the reason it was lost under {0} characters.</source>
        <translation>El motivo de la pérdida no puede superar los {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_deals.py" line="150"/>
        <source>Organisation: {0}</source>
        <translation>Organización: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_deals.py" line="189"/>
        <source>Stage “{0}” matches none of your stages: its deals go to your first stage.</source>
        <translation>La etapa “{0}” no coincide con ninguna de tus etapas: sus oportunidades pasan a tu primera etapa.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_deals.py" line="210"/>
        <location filename="../../ae_desktop/services/import_people.py" line="157"/>
        <source>{0} is archived; restore it first.</source>
        <translation>{0} está archivado; restáuralo primero.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_deals.py" line="217"/>
        <source>{0} already has a deal called {1}</source>
        <translation>{0} ya tiene una oportunidad llamada {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_deals.py" line="232"/>
        <location filename="../../ae_desktop/services/import_people.py" line="264"/>
        <source>already up to date.</source>
        <translation>ya está al día.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_events.py" line="53"/>
        <source>1 meeting was already up to date.</source>
        <translation>1 reunión ya estaba al día.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_events.py" line="56"/>
        <source>{0} meetings were already up to date.</source>
        <translation>{0} reuniones ya estaban al día.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_events.py" line="143"/>
        <source>Meetings of events that could not be read are kept as they were.</source>
        <translation>Las reuniones de los eventos que no se pudieron leer se conservan como estaban.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_people.py" line="177"/>
        <source>same e-mail as line {0} of this file.</source>
        <translation>mismo correo que la línea {0} de este archivo.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_people.py" line="184"/>
        <source>same e-mail as {0} ({1}).</source>
        <translation>mismo correo que {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_people.py" line="189"/>
        <source>{0} is already a contact of {1}</source>
        <translation>{0} ya es contacto de {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="70"/>
        <source>Would create {0}.</source>
        <translation>Por crear: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="71"/>
        <source>Would update {0}.</source>
        <translation>Por actualizar: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="72"/>
        <source>Would remove {0}.</source>
        <translation>Por eliminar: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="76"/>
        <source>Created {0}.</source>
        <translation>Creado: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="77"/>
        <source>Updated {0}.</source>
        <translation>Actualizado: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="78"/>
        <source>Removed {0}.</source>
        <translation>Eliminado: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="84"/>
        <source>Nothing to create or update.</source>
        <translation>Nada que crear ni actualizar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="87"/>
        <source>Would skip {0} already in the database:</source>
        <translation>Por omitir, al estar ya en la base de datos ({0}):</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="89"/>
        <source>Skipped {0} already in the database:</source>
        <translation>Omitido, al estar ya en la base de datos ({0}):</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="93"/>
        <source>Rejected {0}:</source>
        <translation>Rechazado ({0}):</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="102"/>
        <source>Line {0}: {1}</source>
        <translation>Línea {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="114"/>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="114"/>
        <source>{0} clients</source>
        <translation>{0} clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="116"/>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="116"/>
        <source>{0} contacts</source>
        <translation>{0} contactos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="118"/>
        <source>1 deal</source>
        <translation>1 oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="118"/>
        <source>{0} deals</source>
        <translation>{0} oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="120"/>
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="120"/>
        <source>{0} meetings</source>
        <translation>{0} reuniones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="122"/>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="122"/>
        <source>{0} rows</source>
        <translation>{0} filas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="153"/>
        <source>{0} “{1}”: {2}</source>
        <translation>{0} “{1}”: {2}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="155"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_plan.py" line="167"/>
        <source>Line {0}: {1} Nothing was imported.</source>
        <translation>Línea {0}: {1} No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/importing.py" line="73"/>
        <source>{0} cannot be read: {1}.</source>
        <translation>No se puede leer {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/importing.py" line="138"/>
        <source>This is a full export of AE Desktop (JSON): it is brought back whole, into an empty database, not row by row.</source>
        <translation>Esta es una exportación completa de AE Desktop (JSON): se recupera entera, en una base de datos vacía, no fila a fila.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/importing.py" line="181"/>
        <source>No column of {0} was recognised as a deal&apos;s title (its columns: {1}).</source>
        <translation>Ninguna columna de {0} se ha reconocido como título de oportunidad (sus columnas: {1}).</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/importing.py" line="185"/>
        <source>No column of {0} was recognised as a name, company or e-mail (its columns: {1}).</source>
        <translation>Ninguna columna de {0} se ha reconocido como nombre, empresa o correo (sus columnas: {1}).</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/importing.py" line="214"/>
        <source>Nothing was read from the file.</source>
        <translation>No se ha leído nada del archivo.</translation>
    </message>
</context>
<context>
    <name>import_undo</name>
    <message>
        <location filename="../../ae_desktop/services/import_undo.py" line="130"/>
        <source>a record</source>
        <translation>un registro</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_undo.py" line="135"/>
        <source>{0} has a deal added after the import.</source>
        <translation>{0} tiene una oportunidad añadida después de la importación.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_undo.py" line="137"/>
        <source>{0} has a contact added after the import.</source>
        <translation>{0} tiene un contacto añadido después de la importación.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_undo.py" line="139"/>
        <source>{0} has an interaction logged after the import.</source>
        <translation>{0} tiene una interacción registrada después de la importación.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_undo.py" line="141"/>
        <source>{0} has a task added after the import.</source>
        <translation>{0} tiene una tarea añadida después de la importación.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_undo.py" line="143"/>
        <source>{0} has a time block planned after the import.</source>
        <translation>{0} tiene un bloque de tiempo planificado después de la importación.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_undo.py" line="145"/>
        <source>{0} has records added after the import.</source>
        <translation>{0} tiene registros añadidos después de la importación.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_undo.py" line="150"/>
        <source>{0} was changed after the import.</source>
        <translation>{0} se modificó después de la importación.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_undo.py" line="261"/>
        <source>Records it touched were changed after the import.</source>
        <translation>Los registros que tocó se modificaron después de la importación.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/import_undo.py" line="262"/>
        <source>Records it touches were changed since.</source>
        <translation>Los registros que toca se han modificado desde entonces.</translation>
    </message>
</context>
<context>
    <name>interactions</name>
    <message>
        <location filename="../../ae_desktop/services/interactions.py" line="53"/>
        <source>Say in a few words what happened.</source>
        <translation>Resume en pocas palabras lo que pasó.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/interactions.py" line="55"/>
        <source>An interaction is logged once it has happened; plan future meetings in the Agenda.</source>
        <translation>Una interacción se registra cuando ya ha ocurrido; planifica las reuniones futuras en la Agenda.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/interactions.py" line="60"/>
        <source>The follow-up cannot be dated before the interaction.</source>
        <translation>El seguimiento no puede tener fecha anterior a la interacción.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/interactions.py" line="64"/>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>La satisfacción es una puntuación de 1 a 5.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/interactions.py" line="67"/>
        <source>Choose a client.</source>
        <translation>Elige un cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/interactions.py" line="71"/>
        <source>That contact does not belong to this client.</source>
        <translation>Ese contacto no pertenece a este cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/interactions.py" line="77"/>
        <source>That deal does not belong to this client.</source>
        <translation>Esa oportunidad no pertenece a este cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/interactions.py" line="175"/>
        <source>An interaction cannot move to another client.</source>
        <translation>Una interacción no se puede pasar a otro cliente.</translation>
    </message>
</context>
<context>
    <name>json</name>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="45"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="51"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="61"/>
        <source>a date such as 2025-03-31</source>
        <translation>una fecha como 2025-03-31</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="70"/>
        <source>a date and time such as 2025-03-31T09:30:00</source>
        <translation>una fecha y hora como 2025-03-31T09:30:00</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="75"/>
        <location filename="../../ae_desktop/store/json_checks.py" line="79"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="114"/>
        <source>is not one of {0}</source>
        <translation>no es ninguno de estos: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="122"/>
        <source>is not from {0} to {1}</source>
        <translation>no está entre {0} y {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="127"/>
        <location filename="../../ae_desktop/store/json_checks.py" line="132"/>
        <source>is negative</source>
        <translation>es negativo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="136"/>
        <source>is larger than any amount the app stores</source>
        <translation>supera el importe máximo que guarda la aplicación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="141"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="147"/>
        <source>is not a currency code of three capital letters such as EUR</source>
        <translation>no es un código de moneda de tres letras mayúsculas, como EUR</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="164"/>
        <source>is not a time from 00:00 to 24:00 as HH:MM</source>
        <translation>no es una hora entre 00:00 y 24:00 en formato HH:MM</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="172"/>
        <source>is not a setting value as the app stores it (JSON)</source>
        <translation>no es un valor de ajuste tal como lo guarda la aplicación (JSON)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="238"/>
        <source>end {0} is not after start {1}</source>
        <translation>end {0} no es posterior a start {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="250"/>
        <source>period_start {0} is not the first day of a {1}</source>
        <translation>period_start {0} no es el primer día de un periodo de tipo {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="276"/>
        <source>Table {0}, row {1}: {2}.</source>
        <translation>Tabla {0}, fila {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="289"/>
        <source>the app needs a Won, a Lost and at least one open stage; it cannot be imported.</source>
        <translation>la aplicación necesita una etapa Ganada, una Perdida y al menos una abierta; no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="293"/>
        <source>The export has no Won stage: {0}</source>
        <translation>La exportación no tiene ninguna etapa Ganada: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="295"/>
        <source>The export has no Lost stage: {0}</source>
        <translation>La exportación no tiene ninguna etapa Perdida: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="298"/>
        <source>The export has no open stage: {0}</source>
        <translation>La exportación no tiene ninguna etapa abierta: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_checks.py" line="304"/>
        <source>The export has two stages at position {0}, {1} and {2}: each stage needs a position of its own, which orders the pipeline; it cannot be imported.</source>
        <translation>La exportación tiene dos etapas en la posición {0}, {1} y {2}: cada etapa necesita su propia posición, que determina el orden del embudo; no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_tables.py" line="45"/>
        <source>{0} has no single-column primary key</source>
        <translation>{0} no tiene una clave primaria de una sola columna</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="42"/>
        <source>The file is larger than {0} MB; it cannot be imported.</source>
        <translation>El archivo ocupa más de {0} MB; no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="49"/>
        <source>The file cannot be read: {0}.</source>
        <translation>No se puede leer el archivo: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="52"/>
        <source>The file is not a JSON file.</source>
        <translation>El archivo no es un archivo JSON.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="55"/>
        <source>The file holds a number too long to read: it is not an export of AE Desktop.</source>
        <translation>El archivo contiene un número demasiado largo para leerlo: no es una exportación de AE Desktop.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="62"/>
        <source>The file is nested too deeply to be read: it is not an export of AE Desktop.</source>
        <translation>El archivo tiene demasiados niveles de anidamiento para leerlo: no es una exportación de AE Desktop.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="69"/>
        <source>The file is not a full JSON export of AE Desktop.</source>
        <translation>El archivo no es una exportación JSON completa de AE Desktop.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="78"/>
        <source>The file does not say which {0} it uses.</source>
        <translation>El archivo no indica qué {0} usa.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="82"/>
        <source>The file was written by a newer version of AE Desktop ({0} {1}; this version reads up to {2}). Update AE Desktop to import it.</source>
        <translation>El archivo lo escribió una versión más reciente de AE Desktop ({0} {1}; esta versión lee hasta {2}). Actualiza AE Desktop para importarlo.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="96"/>
        <source>{0} lacks the column &quot;{1}&quot;.</source>
        <translation>{0} no tiene la columna &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="101"/>
        <source>The file is from an older version of AE Desktop and its table &quot;{0}&quot; lacks the column &quot;{1}&quot;, which has no default; it cannot be imported.</source>
        <translation>El archivo es de una versión anterior de AE Desktop y a su tabla &quot;{0}&quot; le falta la columna &quot;{1}&quot;, que no tiene valor predeterminado; no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="112"/>
        <source>{0} is not a set of columns and values.</source>
        <translation>{0} no es un conjunto de columnas y valores.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="118"/>
        <source>{0} has a column &quot;{1}&quot; this version does not know.</source>
        <translation>{0} tiene una columna &quot;{1}&quot; que esta versión no conoce.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="130"/>
        <source>{0} has no value in the column &quot;{1}&quot;.</source>
        <translation>{0} no tiene ningún valor en la columna &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="139"/>
        <source>{0} holds {1} in the column &quot;{2}&quot; where {3} was expected.</source>
        <translation>{0} contiene {1} en la columna &quot;{2}&quot;, donde se esperaba {3}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="151"/>
        <source>The table &quot;{0}&quot; in the file is not a list of rows.</source>
        <translation>La tabla &quot;{0}&quot; del archivo no es una lista de filas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="158"/>
        <source>Row {0} of the table &quot;{1}&quot;</source>
        <translation>La fila {0} de la tabla &quot;{1}&quot;</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="162"/>
        <source>{0} repeats the key {1!r} of an earlier row.</source>
        <translation>{0} repite la clave {1!r} de una fila anterior.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="180"/>
        <source>The file holds no tables.</source>
        <translation>El archivo no contiene ninguna tabla.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="185"/>
        <source>The file holds a table &quot;{0}&quot; this version does not know.</source>
        <translation>El archivo contiene una tabla &quot;{0}&quot; que esta versión no conoce.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="193"/>
        <source>The file lacks the table &quot;{0}&quot;.</source>
        <translation>Al archivo le falta la tabla &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_dump.py" line="133"/>
        <source>The database already holds data: a full JSON export is only imported into an empty database.</source>
        <translation>La base de datos ya contiene datos: una exportación JSON completa solo se importa en una base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_dump.py" line="143"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_dump.py" line="145"/>
        <source>The database&apos;s pipeline stages were changed (they are now {0}): a full JSON export replaces them, so it is only imported into a new database.</source>
        <translation>Las etapas del embudo de la base de datos se han modificado (ahora son: {0}): una exportación JSON completa las sustituye, así que solo se importa en una base de datos nueva.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_dump.py" line="154"/>
        <source>The database holds settings of the user&apos;s ({0}): a full JSON export replaces them, so it is only imported into a new database.</source>
        <translation>La base de datos contiene ajustes del usuario ({0}): una exportación JSON completa los sustituye, así que solo se importa en una base de datos nueva.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_dump.py" line="176"/>
        <source>The table &quot;{0}&quot; in the file breaks a rule of the database: {1}.</source>
        <translation>La tabla &quot;{0}&quot; del archivo incumple una regla de la base de datos: {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_dump.py" line="187"/>
        <source>the table &quot;{0}&quot; (id {1}) links to a row of &quot;{2}&quot; it does not hold</source>
        <translation>la tabla &quot;{0}&quot; (id {1}) enlaza con una fila de &quot;{2}&quot; que el archivo no contiene</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_dump.py" line="192"/>
        <source>A link in the file points nowhere: {0}.</source>
        <translation>Un enlace del archivo no apunta a nada: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_dump.py" line="194"/>
        <source>{0} links in the file point nowhere; first, {1}.</source>
        <translation>{0} enlaces del archivo no apuntan a nada; el primero: {1}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="211"/>
        <source>export format</source>
        <translation>formato de exportación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/json_read.py" line="213"/>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="17"/>
        <source>Key account</source>
        <translation>Cuenta clave</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="18"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="19"/>
        <location filename="../../ae_desktop/ui/labels.py" line="25"/>
        <source>Prospect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="26"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="27"/>
        <source>Churned</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="33"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="34"/>
        <location filename="../../ae_desktop/ui/labels.py" line="70"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="35"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="36"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="37"/>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="38"/>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="56"/>
        <source>New business</source>
        <translation>Nuevo negocio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="57"/>
        <source>Upsell</source>
        <translation>Venta adicional</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="58"/>
        <source>Cross-sell</source>
        <translation>Venta cruzada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="59"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="65"/>
        <source>Client work</source>
        <translation>Trabajo con clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="66"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="67"/>
        <source>Prospecting</source>
        <translation>Prospección</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="68"/>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="69"/>
        <source>Focus</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="71"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="78"/>
        <source>Do now</source>
        <translation>Hacer ahora</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="79"/>
        <source>Schedule</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="80"/>
        <source>Delegate</source>
        <translation>Delegar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="81"/>
        <source>Drop</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="99"/>
        <source>1 deal</source>
        <translation>1 oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="100"/>
        <source>{0} deals</source>
        <translation>{0} oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="150"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="152"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/labels.py" line="153"/>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <location filename="../../ae_desktop/ui/palette/model.py" line="47"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/model.py" line="48"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/model.py" line="49"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/model.py" line="50"/>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/model.py" line="51"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/model.py" line="52"/>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/model.py" line="69"/>
        <source>due {0}</source>
        <translation>vence el {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/model.py" line="75"/>
        <source>waiting for {0}</source>
        <translation>esperando a {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/palette/model.py" line="83"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="213"/>
        <source>Client already exists</source>
        <translation>El cliente ya existe</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/clients/client_form.py" line="215"/>
        <source>A client named “{0}” already exists.

Create another client with the same name?</source>
        <translation>Ya existe un cliente llamado “{0}”.

¿Crear otro cliente con el mismo nombre?</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <location filename="../../ae_desktop/domain/periods.py" line="102"/>
        <source>{0!r} is not a period: the month must be 01 to 12</source>
        <translation>{0!r} no es un periodo: el mes debe estar entre 01 y 12</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/periods.py" line="110"/>
        <source>{0!r} is not a period: the quarter must be Q1 to Q4</source>
        <translation>{0!r} no es un periodo: el trimestre debe estar entre Q1 y Q4</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/periods.py" line="117"/>
        <source>{0!r} is not a period the calendar can hold</source>
        <translation>{0!r} no es un periodo válido del calendario</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/periods.py" line="119"/>
        <source>{0!r} is not a period: give a month as YYYY-MM (e.g. 2026-11) or a quarter as YYYY-Qn (e.g. 2026-Q4)</source>
        <translation>{0!r} no es un periodo: indica un mes como AAAA-MM (p. ej., 2026-11) o un trimestre como AAAA-Qn (p. ej., 2026-Q4)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/periods.py" line="186"/>
        <source>{0!r} is not a week: give YYYY-Www, e.g. 2026-W48</source>
        <translation>{0!r} no es una semana: indica AAAA-Www, p. ej., 2026-W48</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/periods.py" line="190"/>
        <source>{0!r} is not a week: the year must be 1900 to 9998</source>
        <translation>{0!r} no es una semana: el año debe estar entre 1900 y 9998</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/periods.py" line="195"/>
        <source>{0!r} is not a week: {1} has no week {2}</source>
        <translation>{0!r} no es una semana: {1} no tiene semana {2}</translation>
    </message>
</context>
<context>
    <name>planner</name>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="26"/>
        <source>{0!r} is not a time: give it as HH:MM</source>
        <translation>{0!r} no es una hora: escríbela como HH:MM</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="30"/>
        <source>{0!r} is not a time of day (00:00 to 24:00)</source>
        <translation>{0!r} no es una hora del día (de 00:00 a 24:00)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="125"/>
        <source>not urgent, not important: never scheduled</source>
        <translation>ni urgente ni importante: nunca se planifica</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="127"/>
        <source>no room left today</source>
        <translation>hoy no queda hueco</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="129"/>
        <source>no estimate</source>
        <translation>sin estimación</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="131"/>
        <source>the day&apos;s focus block is already planned</source>
        <translation>el bloque de concentración del día ya está planificado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="133"/>
        <source>the day&apos;s admin block is already planned</source>
        <translation>el bloque de administración del día ya está planificado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="217"/>
        <source>Focus: {0}</source>
        <translation>Concentración: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="218"/>
        <source>Focus: {0} tasks</source>
        <translation>Concentración: {0} tareas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="220"/>
        <source>Admin: {0}</source>
        <translation>Administración: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="221"/>
        <source>Admin: {0} tasks</source>
        <translation>Administración: {0} tareas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/planner.py" line="327"/>
        <source>Client work: {0}</source>
        <translation>Trabajo con cliente: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/planning.py" line="236"/>
        <source>The day changed since this plan was made: plan again.</source>
        <translation>El día ha cambiado desde que se hizo este plan: vuelve a planificarlo.</translation>
    </message>
</context>
<context>
    <name>priority</name>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="81"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="81"/>
        <source>{0} days</source>
        <translation>{0} días</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="94"/>
        <source>you marked it urgent</source>
        <translation>la marcaste como urgente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="96"/>
        <source>you marked it not urgent</source>
        <translation>la marcaste como no urgente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="98"/>
        <source>no due date</source>
        <translation>sin fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="101"/>
        <source>overdue by {0}</source>
        <translation>vencida hace {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="103"/>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="105"/>
        <source>due tomorrow</source>
        <translation>vence mañana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="107"/>
        <source>due in {0}</source>
        <translation>vence en {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="114"/>
        <source>you marked it important</source>
        <translation>la marcaste como importante</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="116"/>
        <source>you marked it not important</source>
        <translation>la marcaste como no importante</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="118"/>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="120"/>
        <source>key account: {0}</source>
        <translation>cuenta clave: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="122"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="124"/>
        <source>deal in {0}: {1}</source>
        <translation>oportunidad en {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="133"/>
        <source>deal worth {0}</source>
        <translation>oportunidad de {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="135"/>
        <source>neglected client: {0}</source>
        <translation>cliente desatendido: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/domain/priority.py" line="138"/>
        <source>no key account, big or late-stage deal, or neglected client</source>
        <translation>sin cuenta clave, oportunidad grande o avanzada ni cliente desatendido</translation>
    </message>
</context>
<context>
    <name>quotas</name>
    <message>
        <location filename="../../ae_desktop/services/quotas.py" line="44"/>
        <source>Enter an amount.</source>
        <translation>Introduce un importe.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/quotas.py" line="46"/>
        <source>A quota cannot be negative.</source>
        <translation>Una cuota no puede ser negativa.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/quotas.py" line="48"/>
        <source>That amount is too large.</source>
        <translation>Ese importe es demasiado grande.</translation>
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
        <location filename="../../ae_desktop/report/render.py" line="91"/>
        <location filename="../../ae_desktop/report/sections.py" line="56"/>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/render.py" line="94"/>
        <location filename="../../ae_desktop/report/sections.py" line="45"/>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/render.py" line="137"/>
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
        <location filename="../../ae_desktop/report/section_tables.py" line="56"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="87"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="113"/>
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
        <location filename="../../ae_desktop/report/section_tables.py" line="146"/>
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
        <location filename="../../ae_desktop/report/section_tables.py" line="54"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="84"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="111"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="207"/>
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
        <location filename="../../ae_desktop/report/section_tables.py" line="53"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="83"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="110"/>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_next.py" line="78"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="85"/>
        <location filename="../../ae_desktop/report/section_tables.py" line="112"/>
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
        <location filename="../../ae_desktop/report/section_tables.py" line="114"/>
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
        <location filename="../../ae_desktop/report/section_tables.py" line="42"/>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="45"/>
        <source>… and %1 more, not listed here.</source>
        <translation>… y %1 más, que no aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="52"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="55"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="57"/>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="58"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="60"/>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="61"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="74"/>
        <source>Won and lost this week</source>
        <translation>Ganadas y perdidas esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="75"/>
        <source>No deals won or lost this week.</source>
        <translation>Esta semana no se ganó ni se perdió ninguna oportunidad.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="81"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="86"/>
        <source>Moved</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="99"/>
        <source>Deals that moved stage</source>
        <translation>Oportunidades que cambiaron de etapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="100"/>
        <source>No deal changed stage this week.</source>
        <translation>Ninguna oportunidad cambió de etapa esta semana.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="115"/>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="135"/>
        <source>Deals past their expected close</source>
        <translation>Oportunidades con el cierre previsto vencido</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="136"/>
        <source>No open deal is past its expected close date.</source>
        <translation>Ninguna oportunidad abierta ha pasado su fecha de cierre prevista.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="143"/>
        <source>Time spent</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="153"/>
        <source>Other clients</source>
        <translation>Otros clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="155"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="158"/>
        <source>By kind of work</source>
        <translation>Por tipo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="161"/>
        <source>By client</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="178"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="179"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="196"/>
        <source>No client time.</source>
        <translation>Sin tiempo con clientes.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="208"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="209"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="210"/>
        <source>Open deals</source>
        <translation>Oportunidades abiertas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="211"/>
        <source>Open value</source>
        <translation>Valor abierto</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="212"/>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="213"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="227"/>
        <source>Client status</source>
        <translation>Estado de los clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="228"/>
        <source>No key accounts, and no client was touched this week.</source>
        <translation>No hay cuentas clave y esta semana no se contactó con ningún cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="237"/>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="241"/>
        <source>Neglected</source>
        <translation>Desatendido</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="246"/>
        <source>%n rotting deal</source>
        <translation>%n oportunidad estancada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="247"/>
        <source>%n rotting deals</source>
        <translation>%n oportunidades estancadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="90"/>
        <source>No quota set</source>
        <translation>Sin cuota definida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="93"/>
        <source>%1 · quota %2</source>
        <translation>%1 · cuota %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="98"/>
        <location filename="../../ae_desktop/report/sections.py" line="110"/>
        <source>Quota attainment (QTD)</source>
        <translation>Cumplimiento de cuota (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="101"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="108"/>
        <source>%1 · no quota set</source>
        <translation>%1 · sin cuota definida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="114"/>
        <source>Won this week</source>
        <translation>Ganado esta semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="119"/>
        <source>Forecast (quarter)</source>
        <translation>Previsión (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="125"/>
        <source>Pipeline coverage</source>
        <translation>Cobertura del embudo</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="133"/>
        <source>%1 won of %2 closed</source>
        <translation>%1 ganadas de %2 cerradas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="166"/>
        <source>Open pipeline %1</source>
        <translation>Embudo abierto %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="282"/>
        <source>Upsell + cross-sell, share of won</source>
        <translation>Venta adicional y cruzada, peso en lo ganado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="285"/>
        <source>CSAT, 1 to 5 (ratings)</source>
        <translation>CSAT, de 1 a 5 (valoraciones)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="130"/>
        <source>Win rate (QTD)</source>
        <translation>Tasa de cierre (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="139"/>
        <source>Average deal (QTD)</source>
        <translation>Ticket medio (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="142"/>
        <source>Won %1 this quarter</source>
        <translation>Ganado este trimestre: %1</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="147"/>
        <source>Sales cycle (QTD)</source>
        <translation>Ciclo de venta (trimestre)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="149"/>
        <source>From creation to won</source>
        <translation>De la creación al cierre ganado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="152"/>
        <source>Activities (week)</source>
        <translation>Actividades (semana)</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="155"/>
        <source>%1 this quarter</source>
        <translation>%1 este trimestre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="170"/>
        <source>%1 closing this quarter / %2 to go</source>
        <translation>%1 con cierre este trimestre / faltan %2</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="179"/>
        <source>%n deal won</source>
        <translation>%n oportunidad ganada</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="180"/>
        <source>%n deals won</source>
        <translation>%n oportunidades ganadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="127"/>
        <location filename="../../ae_desktop/report/sections.py" line="190"/>
        <source>%n day</source>
        <translation>%n día</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/section_tables.py" line="128"/>
        <location filename="../../ae_desktop/report/sections.py" line="191"/>
        <source>%n days</source>
        <translation>%n días</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="214"/>
        <source>%n deal in another currency is not included.</source>
        <translation>No se incluye %n oportunidad en otra moneda.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="215"/>
        <source>%n deals in other currencies are not included.</source>
        <translation>No se incluyen %n oportunidades en otras monedas.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="272"/>
        <source>Value won</source>
        <translation>Importe ganado</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="273"/>
        <source>Deals won</source>
        <translation>Oportunidades ganadas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="274"/>
        <source>New clients</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="275"/>
        <source>Win rate</source>
        <translation>Tasa de cierre</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="277"/>
        <source>Average deal</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="280"/>
        <source>Sales cycle</source>
        <translation>Ciclo de venta</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="286"/>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="288"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="298"/>
        <source>Key figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="299"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="300"/>
        <source>Quarter to date</source>
        <translation>Trimestre hasta la fecha</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/report/sections.py" line="308"/>
        <source>Week and quarter to date</source>
        <translation>La semana y el trimestre hasta la fecha</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="52"/>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="54"/>
        <source>The database already holds {0}; sample data is only added to an empty database. Nothing was changed.</source>
        <translation>La base de datos ya contiene {0}; los datos de ejemplo solo se añaden a una base de datos vacía. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="66"/>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="66"/>
        <source>{0} clients</source>
        <translation>{0} clientes</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="69"/>
        <source>1 interaction</source>
        <translation>1 interacción</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="69"/>
        <source>{0} interactions</source>
        <translation>{0} interacciones</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="72"/>
        <source>1 deal</source>
        <translation>1 oportunidad</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="72"/>
        <source>{0} deals</source>
        <translation>{0} oportunidades</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="74"/>
        <source>1 task</source>
        <translation>1 tarea</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="74"/>
        <source>{0} tasks</source>
        <translation>{0} tareas</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="77"/>
        <source>1 time block</source>
        <translation>1 bloque</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="77"/>
        <source>{0} time blocks</source>
        <translation>{0} bloques</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/store/demo/generator.py" line="95"/>
        <source>Unknown sample size {0!r}; choose one of {1}.</source>
        <translation>Tamaño de ejemplo desconocido {0!r}; elige uno de estos: {1}.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../ae_desktop/services/settings.py" line="138"/>
        <source>Unknown setting: {0}</source>
        <translation>Ajuste desconocido: {0}</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../ae_desktop/ui/shortcuts.py" line="85"/>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>stages</name>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="57"/>
        <source>A stage needs a name.</source>
        <translation>Una etapa necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="59"/>
        <source>Keep the name under {0} characters.</source>
        <translation>El nombre no puede superar los {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="63"/>
        <source>There is already a stage named {0!r}.</source>
        <translation>Ya hay una etapa llamada {0!r}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="67"/>
        <source>Probability is a percentage from 0 to 100.</source>
        <translation>La probabilidad es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="69"/>
        <source>Rotting is a number of days between 1 and 365, or never.</source>
        <translation>Los días hasta quedar estancada van de 1 a 365, o nunca.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="85"/>
        <source>{0} is fixed: it cannot be renamed.</source>
        <translation>La etapa {0} es fija: no se puede renombrar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="89"/>
        <source>A {0} deal&apos;s probability is fixed.</source>
        <translation>La probabilidad de una oportunidad {0} es fija.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="147"/>
        <source>reorder_stages needs every open stage once: {0}, got {1}</source>
        <translation>reorder_stages necesita cada etapa abierta una sola vez: {0}; recibió {1}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="188"/>
        <source>{0} is fixed: it cannot be deleted.</source>
        <translation>La etapa {0} es fija: no se puede eliminar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="193"/>
        <source>The pipeline needs at least one open stage.</source>
        <translation>El embudo necesita al menos una etapa abierta.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="199"/>
        <source>{0} holds 1 deal: choose an open stage for it.</source>
        <translation>La etapa {0} tiene 1 oportunidad: elige una etapa abierta a la que moverla.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/stages.py" line="201"/>
        <source>{0} holds {1} deals: choose an open stage for them.</source>
        <translation>La etapa {0} tiene {1} oportunidades: elige una etapa abierta a la que moverlas.</translation>
    </message>
</context>
<context>
    <name>task_cards</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/task_cards.py" line="143"/>
        <source>due {0}</source>
        <translation>vence el {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/task_cards.py" line="152"/>
        <source>waiting for {0}</source>
        <translation>a la espera de {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/task_cards.py" line="160"/>
        <source>No client, no due date</source>
        <translation>Sin cliente ni fecha límite</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ae_desktop/domain/tasks.py" line="17"/>
        <source>Follow up: {0}</source>
        <translation>Seguimiento: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/task_rows.py" line="107"/>
        <source>read at most 900 tasks by id at once</source>
        <translation>no se pueden leer más de 900 tareas por id a la vez</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="42"/>
        <source>task {0} no longer exists</source>
        <translation>la tarea {0} ya no existe</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="50"/>
        <location filename="../../ae_desktop/services/tasks.py" line="173"/>
        <source>Enter a due date such as 2026-11-30.</source>
        <translation>Introduce una fecha de vencimiento como 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="52"/>
        <source>Choose a due date within {0} years of today.</source>
        <translation>Elige una fecha de vencimiento a menos de {0} años de hoy.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="66"/>
        <source>A task needs a title.</source>
        <translation>Una tarea necesita un título.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="68"/>
        <source>Keep the title under {0} characters.</source>
        <translation>El título debe tener menos de {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="73"/>
        <source>The estimate is a number of minutes above zero.</source>
        <translation>La estimación es un número de minutos mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="77"/>
        <source>Keep an estimate to 8 hours at most; split bigger tasks.</source>
        <translation>La estimación no puede superar las 8 horas; divide las tareas más grandes.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="84"/>
        <source>Choose automatic, yes or no.</source>
        <translation>Elige automático, sí o no.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="87"/>
        <source>That client no longer exists.</source>
        <translation>Ese cliente ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="91"/>
        <source>That deal no longer exists.</source>
        <translation>Esa oportunidad ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="95"/>
        <source>That deal belongs to another client.</source>
        <translation>Esa oportunidad pertenece a otro cliente.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="154"/>
        <source>Keep the name under {0} characters.</source>
        <translation>El nombre debe tener menos de {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/services/tasks.py" line="182"/>
        <source>tasks {0} no longer exist</source>
        <translation>las tareas {0} ya no existen</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/timeline_paint.py" line="89"/>
        <source>Lunch</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/timeline_paint.py" line="197"/>
        <source>overlaps</source>
        <translation>se solapa</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/timeline_paint.py" line="199"/>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ae_desktop/ui/undo.py" line="26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/undo.py" line="28"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/undo.py" line="31"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/undo.py" line="32"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/undo.py" line="39"/>
        <source>Undone: {0}</source>
        <translation>Deshecho: {0}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/undo.py" line="44"/>
        <source>Redone: {0}</source>
        <translation>Rehecho: {0}</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <location filename="../../ae_desktop/interop/vcard_read.py" line="61"/>
        <source>The file could not be read: {0}.</source>
        <translation>No se pudo leer el archivo: {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/vcard_read.py" line="96"/>
        <source>The contacts in the file take over {0} MB without their photos; files over that are not imported. Split the file.</source>
        <translation>Los contactos del archivo ocupan más de {0} MB sin sus fotos; los archivos que superan ese tamaño no se importan. Divide el archivo.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/vcard_read.py" line="119"/>
        <source>The file has a line over {0} MB: it is not a vCard file.</source>
        <translation>El archivo tiene una línea de más de {0} MB: no es un archivo vCard.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/vcard_read.py" line="154"/>
        <source>Read as {0}.</source>
        <translation>Leído con la codificación {0}.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/vcard_read.py" line="170"/>
        <source>The file has more than {0:,} contact cards: split it into smaller files.</source>
        <translation>El archivo tiene más de {0:,} tarjetas de contacto: divídelo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/vcard_read.py" line="188"/>
        <source>The file ends in the middle of a contact card (line {0}): it may be truncated.</source>
        <translation>El archivo termina a mitad de una tarjeta de contacto (línea {0}): puede que esté incompleto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/vcard_read.py" line="195"/>
        <source>The file contains no contact card: it is not a vCard file.</source>
        <translation>El archivo no contiene ninguna tarjeta de contacto: no es un archivo vCard.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/vcard_read.py" line="210"/>
        <source>The contact card at line {0} has a field longer than {1:,} characters: the file cannot be imported.</source>
        <translation>La tarjeta de contacto de la línea {0} tiene un campo de más de {1:,} caracteres: el archivo no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/vcard_read.py" line="248"/>
        <source>This contact card could not be read.</source>
        <translation>No se pudo leer esta tarjeta de contacto.</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/interop/vcard_read.py" line="258"/>
        <source>This contact card has no name and no company.</source>
        <translation>Esta tarjeta de contacto no tiene nombre ni empresa.</translation>
    </message>
</context>
<context>
    <name>week</name>
    <message>
        <location filename="../../ae_desktop/ui/agenda/week_strip.py" line="32"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/week_strip.py" line="35"/>
        <source>{0} h {1:02d}</source>
        <translation>{0} h {1:02d}</translation>
    </message>
    <message>
        <location filename="../../ae_desktop/ui/agenda/week_strip.py" line="36"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
</context>
</TS>
