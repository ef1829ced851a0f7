<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Acerca de {APP_NAME}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>unavailable ({error})</source>
        <translation>no disponible ({error})</translation>
    </message>
    <message>
        <source>Tells you why your mail (SMTP) settings don&apos;t work and how to fix them.</source>
        <translation>Le dice por qué no funciona la configuración de su correo (SMTP) y cómo arreglarla.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Connect timeout:</source>
        <translation>Tiempo de conexión:</translation>
    </message>
    <message>
        <source>Reply timeout:</source>
        <translation>Tiempo de respuesta:</translation>
    </message>
    <message>
        <source>this computer&apos;s name</source>
        <translation>el nombre de este equipo</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>Nombre EHLO:</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Verificar el certificado del servidor</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>los certificados de confianza del sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation>Elija un archivo de certificados de CA (PEM)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Archivo de CA:</translation>
    </message>
    <message>
        <source>Allow old TLS 1.0/1.1 (insecure)</source>
        <translation>Permitir TLS 1.0/1.1 antiguo (no seguro)</translation>
    </message>
    <message>
        <source>Only for a device you can&apos;t update: if the server offers nothing newer than TLS 1.0/1.1, log in and send over it anyway. This exposes your password.</source>
        <translation>Solo para un dispositivo que no se puede actualizar: si el servidor no ofrece nada más reciente que TLS 1.0/1.1, iniciar sesión y enviar igualmente con él. Esto expone su contraseña.</translation>
    </message>
    <message>
        <source>Fetch missing intermediate (AIA)</source>
        <translation>Descargar el intermedio que falta (AIA)</translation>
    </message>
    <message>
        <source>When the server&apos;s certificate can&apos;t be verified, download the issuer named in it (over HTTP) to prove that the server doesn&apos;t send its intermediate certificate.</source>
        <translation>Si el certificado del servidor no se puede verificar, descargar el emisor indicado en él (por HTTP) para demostrar que el servidor no envía su certificado intermedio.</translation>
    </message>
    <message>
        <source>&amp;IP version:</source>
        <translation>Versión de IP:</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>el del sistema</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>Servidor DNS:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Contraseña del proxy:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a run in which the proxy accepted it, never after one it refused.</source>
        <translation>Se guarda en el llavero del sistema después de una ejecución en la que el proxy la aceptó, nunca después de una en la que la rechazó.</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Elija un archivo de certificados de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>BlocklistPage</name>
    <message>
        <source>Is it my network? Looks an address up on the common spam blocklists (Spamhaus ZEN with its PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and explains each listing. Leave the address empty to check the public address your connections come from.</source>
        <translation>¿Es mi red? Busca una dirección en las listas de bloqueo de spam más comunes (Spamhaus ZEN con su PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) y explica cada aparición. Deje la dirección vacía para comprobar la dirección pública desde la que salen sus conexiones.</translation>
    </message>
    <message>
        <source>Enter an address, or allow the public-address lookup, and press Check blocklists.</source>
        <translation>Escriba una dirección, o permita buscar la dirección pública, y pulse Comprobar listas.</translation>
    </message>
    <message>
        <source>Chec&amp;k blocklists</source>
        <translation>&amp;Comprobar listas</translation>
    </message>
    <message>
        <source>empty: my public address</source>
        <translation>vacío: mi dirección pública</translation>
    </message>
    <message>
        <source>The IPv4 or IPv6 address to look up, for example the one a bounce message names</source>
        <translation>La dirección IPv4 o IPv6 que se buscará, por ejemplo la que indica un mensaje de rebote</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>the common lists</source>
        <translation>las listas comunes</translation>
    </message>
    <message>
        <source>Blocklist zones to ask instead of the common ones, separated by commas (for example bl.spamcop.net)</source>
        <translation>Zonas de listas de bloqueo que se consultarán en lugar de las comunes, separadas por comas (por ejemplo bl.spamcop.net)</translation>
    </message>
    <message>
        <source>Block&amp;lists:</source>
        <translation>&amp;Listas:</translation>
    </message>
    <message>
        <source>Ask an echo service for my &amp;public address</source>
        <translation>Preguntar mi dirección &amp;pública a un servicio de eco</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Dirección pública:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;vidor DNS:</translation>
    </message>
    <message>
        <source>your public address</source>
        <translation>su dirección pública</translation>
    </message>
    <message>
        <source>Looking up {what} on the blocklists…</source>
        <translation>Buscando {what} en las listas de bloqueo…</translation>
    </message>
</context>
<context>
    <name>BouncePage</name>
    <message>
        <source>Messages and text (*.eml *.txt *.msg *.mbox *.log);;All files (*)</source>
        <translation>Mensajes y texto (*.eml *.txt *.msg *.mbox *.log);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Bounce: paste a bounce (the whole message or just its text), drop an .eml or .txt file here, or open one. SMTP Doctor reads who didn&apos;t get the mail, which server said so and why, and what to do about it.</source>
        <translation>Rebote: pegue un rebote (el mensaje entero o solo su texto), suelte aquí un archivo .eml o .txt, o abra uno. SMTP Doctor lee quién no recibió el correo, qué servidor lo dijo y por qué, y qué hacer al respecto.</translation>
    </message>
    <message>
        <source>Paste or open a bounce, then press Read bounce.</source>
        <translation>Pegue o abra un rebote y pulse Leer rebote.</translation>
    </message>
    <message>
        <source>Read bo&amp;unce</source>
        <translation>&amp;Leer rebote</translation>
    </message>
    <message>
        <source>Paste the bounce here: the returned message with its headers, or only its text.</source>
        <translation>Pegue aquí el rebote: el mensaje devuelto con sus encabezados, o solo su texto.</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Texto del rebote</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Abr&amp;ir…</translation>
    </message>
    <message>
        <source>Open a saved bounce (.eml, .txt, Outlook .msg)</source>
        <translation>Abrir un rebote guardado (.eml, .txt, Outlook .msg)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;portar…</translation>
    </message>
    <message>
        <source>Save this reading as a report (HTML, Markdown or JSON)</source>
        <translation>Guardar esta lectura como informe (HTML, Markdown o JSON)</translation>
    </message>
    <message>
        <source>&amp;Bounce:</source>
        <translation>&amp;Rebote:</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>Abrir un rebote</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>No se pudo leer {name}: {reason}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Se abrió {name}.</translation>
    </message>
    <message>
        <source>Paste a bounce or open a file first.</source>
        <translation>Primero pegue un rebote o abra un archivo.</translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation>Todavía no hay nada que leer.</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>Leyendo el rebote…</translation>
    </message>
    <message>
        <source>This is not a bounce: SMTP Doctor found no delivery report, no failed recipient and no server reply in it.</source>
        <translation>Esto no es un rebote: SMTP Doctor no encontró en él ningún informe de entrega, ningún destinatario fallido ni ninguna respuesta de servidor.</translation>
    </message>
    <message>
        <source>Paste or open the bounce message.</source>
        <translation>Pegue o abra el mensaje de rebote.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Select two runs and press Compare.</source>
        <translation>Seleccione dos ejecuciones y pulse Comparar.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Estado antes</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Estado después</translation>
    </message>
    <message>
        <source>Time before</source>
        <translation>Tiempo antes</translation>
    </message>
    <message>
        <source>Time after</source>
        <translation>Tiempo después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed status</source>
        <translation>
            <numerusform>%n paso cambió de estado</numerusform>
            <numerusform>%n pasos cambiaron de estado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) slowed down</source>
        <translation>
            <numerusform>%n paso se volvió más lento</numerusform>
            <numerusform>%n pasos se volvieron más lentos</numerusform>
        </translation>
    </message>
    <message>
        <source>No step changed status or slowed down</source>
        <translation>Ningún paso cambió de estado ni se volvió más lento</translation>
    </message>
    <message>
        <source>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Before: {old_time} — {old_verdict}&lt;br&gt;After: {new_time} — {new_verdict}</source>
        <translation>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Antes: {old_time} — {old_verdict}&lt;br&gt;Después: {new_time} — {new_verdict}</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find my settings: enter your email address (or your domain). SMTP Doctor looks for the outgoing server in provider presets, published SRV records and autoconfig files, and the usual names; tries them all at once and ranks them.</source>
        <translation>Buscar mi configuración: escriba su dirección de correo (o su dominio). SMTP Doctor busca el servidor de salida en la configuración de los proveedores, los registros SRV publicados, los archivos autoconfig y los nombres habituales; los prueba todos a la vez y los ordena.</translation>
    </message>
    <message>
        <source>Enter your email address and press Find settings.</source>
        <translation>Escriba su dirección de correo y pulse Buscar configuración.</translation>
    </message>
    <message>
        <source>F&amp;ind settings</source>
        <translation>&amp;Buscar configuración</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>usted@example.com o example.com</translation>
    </message>
    <message>
        <source>Email &amp;address or domain:</source>
        <translation>Dirección de &amp;correo o dominio:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;vidor DNS:</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Candidatos, el mejor primero</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>Usa&amp;r esta configuración</translation>
    </message>
    <message>
        <source>Put the selected server, port and security into the connection test&apos;s form</source>
        <translation>Poner el servidor, el puerto y la seguridad seleccionados en el formulario de la prueba de conexión</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of {query}…</source>
        <translation>Buscando el servidor de salida de {query}…</translation>
    </message>
    <message>
        <source>{listed} listed in the table above ({tried} tried)</source>
        <translation>{listed} en la tabla de arriba ({tried} probados)</translation>
    </message>
    <message>
        <source>No candidates to use.</source>
        <translation>No hay candidatos que usar.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>did not work here</source>
        <translation>no funcionó desde aquí</translation>
    </message>
    <message>
        <source>; outside your domain</source>
        <translation>; fuera de su dominio</translation>
    </message>
    <message>
        <source>{host}, port {port}, {security} ({works}{outside})</source>
        <translation>{host}, puerto {port}, {security} ({works}{outside})</translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation>¿Usar esta configuración?</translation>
    </message>
    <message>
        <source>Use {host} for sending mail?</source>
        <translation>¿Usar {host} para enviar correo?</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain health: the DNS records that decide whether mail from your domain is delivered and trusted — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — and the reverse DNS, greeting name and certificates of your mail servers.</source>
        <translation>Salud del dominio: los registros DNS que deciden si el correo de su dominio se entrega y se considera de confianza (MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE), y el DNS inverso, el nombre de saludo y los certificados de sus servidores de correo.</translation>
    </message>
    <message>
        <source>Enter your domain and press Check domain.</source>
        <translation>Escriba su dominio y pulse Comprobar dominio.</translation>
    </message>
    <message>
        <source>Chec&amp;k domain</source>
        <translation>&amp;Comprobar dominio</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;minio:</translation>
    </message>
    <message>
        <source>e.g. s1, google (optional)</source>
        <translation>p. ej. s1, google (opcional)</translation>
    </message>
    <message>
        <source>DKIM selectors to check: the s= value in a DKIM-Signature header of a message you sent. Separate with commas.</source>
        <translation>Selectores DKIM que se comprobarán: el valor s= del encabezado DKIM-Signature de un mensaje que haya enviado. Sepárelos con comas.</translation>
    </message>
    <message>
        <source>Also try &amp;common ones</source>
        <translation>Probar también los &amp;habituales</translation>
    </message>
    <message>
        <source>Also look for selectors that providers often use (default, google, selector1, k1, …)</source>
        <translation>Buscar también los selectores que los proveedores usan a menudo (default, google, selector1, k1, …)</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>&amp;Selectores DKIM:</translation>
    </message>
    <message>
        <source>the first MX (optional)</source>
        <translation>el primer MX (opcional)</translation>
    </message>
    <message>
        <source>The mail server whose reverse DNS and greeting name to check, as host or host:port (default port 25). The port is also used to read the MX servers&apos; certificates for DANE and MTA-STS.</source>
        <translation>El servidor de correo cuyo DNS inverso y nombre de saludo se comprobarán, como host o host:puerto (puerto predeterminado 25). El puerto también se usa para leer los certificados de los servidores MX para DANE y MTA-STS.</translation>
    </message>
    <message>
        <source>Mai&amp;l server:</source>
        <translation>Servidor de c&amp;orreo:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;vidor DNS:</translation>
    </message>
    <message>
        <source>Checking the mail records of {domain}…</source>
        <translation>Comprobando los registros de correo de {domain}…</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
</context>
<context>
    <name>FixActions</name>
    <message>
        <source>A test is already running.</source>
        <translation>Ya hay una prueba en curso.</translation>
    </message>
    <message>
        <source>Filled in {host}, a name taken from the server&apos;s certificate: check with your provider that it is theirs, then run the test.</source>
        <translation>Se rellenó {host}, un nombre tomado del certificado del servidor: confirme con su proveedor que es suyo y luego ejecute la prueba.</translation>
    </message>
    <message>
        <source>Changed the settings ({label}): run the test when ready.</source>
        <translation>Se cambió la configuración ({label}): ejecute la prueba cuando quiera.</translation>
    </message>
    <message>
        <source>Settings restored: {saved}.</source>
        <translation>Configuración restaurada: {saved}.</translation>
    </message>
</context>
<context>
    <name>FixActionsBar</name>
    <message>
        <source>Fix it in one click:</source>
        <translation>Arreglarlo con un clic:</translation>
    </message>
    <message>
        <source>Undo the fix</source>
        <translation>Deshacer el arreglo</translation>
    </message>
    <message>
        <source>Same as: {action}</source>
        <translation>Igual que: {action}</translation>
    </message>
    <message>
        <source>Back to {description}</source>
        <translation>Volver a {description}</translation>
    </message>
</context>
<context>
    <name>FormWatch</name>
    <message>
        <source>another password</source>
        <translation>otra contraseña</translation>
    </message>
    <message>
        <source>These results are for the previous settings ({changes}).</source>
        <translation>Estos resultados son de la configuración anterior ({changes}).</translation>
    </message>
    <message>
        <source>These results are for the previous settings.</source>
        <translation>Estos resultados son de la configuración anterior.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Corrija el campo resaltado (%n).</numerusform>
            <numerusform>Corrija los %n campos resaltados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings look right now. Press Test connection.</source>
        <translation>La configuración parece correcta. Pulse Probar conexión.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>Compare the two selected runs step by step</source>
        <translation>Comparar paso a paso las dos ejecuciones seleccionadas</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected runs (Del)</source>
        <translation>Eliminar las ejecuciones seleccionadas (Supr)</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> ejecuciones</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>Ejecuciones que se conservan</translation>
    </message>
    <message>
        <source>Older runs (of all profiles) are deleted so the history file cannot grow without bound</source>
        <translation>Las ejecuciones más antiguas (de todos los perfiles) se eliminan para que el archivo del historial no crezca sin límite</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Co&amp;nservar las últimas:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Ejecuciones anteriores</translation>
    </message>
    <message>
        <source>Select a run to see its full result.</source>
        <translation>Seleccione una ejecución para ver su resultado completo.</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>Compariso&amp;n</source>
        <translation>Compara&amp;ción</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>leer el historial</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(sin perfil)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in all profiles.</source>
        <translation>
            <numerusform>%n ejecución en todos los perfiles.</numerusform>
            <numerusform>%n ejecuciones en todos los perfiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) for “{profile}”.</source>
        <translation>
            <numerusform>%n ejecución de «{profile}».</numerusform>
            <numerusform>%n ejecuciones de «{profile}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n.</source>
        <translation>
            <numerusform>Se muestra la más reciente (%n).</numerusform>
            <numerusform>Se muestran las %n más recientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>That run is no longer in the history.</source>
        <translation>Esa ejecución ya no está en el historial.</translation>
    </message>
    <message>
        <source>open the run</source>
        <translation>abrir la ejecución</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Eliminar ejecuciones</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n ejecución del historial? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n ejecuciones del historial? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history.</source>
        <translation>
            <numerusform>Se eliminó %n ejecución del historial.</numerusform>
            <numerusform>Se eliminaron %n ejecuciones del historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation>eliminar las ejecuciones</translation>
    </message>
    <message>
        <source>Select exactly two runs to compare.</source>
        <translation>Seleccione exactamente dos ejecuciones para compararlas.</translation>
    </message>
    <message>
        <source>compare the runs</source>
        <translation>comparar las ejecuciones</translation>
    </message>
    <message>
        <source>Keep fewer runs</source>
        <translation>Conservar menos ejecuciones</translation>
    </message>
    <message numerus="yes">
        <source>Keep only the last %n run(s)? Older runs are deleted now.</source>
        <translation>
            <numerusform>¿Conservar solo la última ejecución (%n)? Las más antiguas se eliminan ahora.</numerusform>
            <numerusform>¿Conservar solo las últimas %n ejecuciones? Las más antiguas se eliminan ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n run(s).</source>
        <translation>
            <numerusform>El historial conserva la última ejecución (%n).</numerusform>
            <numerusform>El historial conserva las últimas %n ejecuciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older run(s) were deleted.</source>
        <translation>
            <numerusform>Se eliminó %n ejecución antigua.</numerusform>
            <numerusform>Se eliminaron %n ejecuciones antiguas.</numerusform>
        </translation>
    </message>
    <message>
        <source>change the retention</source>
        <translation>cambiar la retención</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>History: could not {what}: {error}</source>
        <translation>Historial: no se pudo {what}: {error}</translation>
    </message>
    <message>
        <source>Could not {what}: {error}</source>
        <translation>No se pudo {what}: {error}</translation>
    </message>
    <message>
        <source>open the history</source>
        <translation>abrir el historial</translation>
    </message>
    <message>
        <source>save the run</source>
        <translation>guardar la ejecución</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Reading the password from the system keychain…</source>
        <extracomment>The mail password, per profile. A proxy&apos;s password, per proxy account (user@host:port): the same rules, its own entry kind.</extracomment>
        <translation>Leyendo la contraseña del llavero del sistema…</translation>
    </message>
    <message>
        <source>No password is saved in the system keychain yet.</source>
        <translation>Todavía no hay ninguna contraseña guardada en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Latency chart</source>
        <translation>Gráfico de latencia</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Milisegundos</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>Ejecución fallida</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Administrar…</translation>
    </message>
    <message>
        <source>Create, rename, duplicate or delete profiles</source>
        <translation>Crear, cambiar de nombre, duplicar o eliminar perfiles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>Detener la prueba (Esc)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
    <message>
        <source>Undo “Use these settings”</source>
        <translation>Deshacer «Usar esta configuración»</translation>
    </message>
    <message>
        <source>Filled in {host}, port {port}: press Test connection (Undo is under Details).</source>
        <translation>Se rellenó {host}, puerto {port}: pulse Probar conexión (Deshacer está en Detalles).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Ad&amp;ministrar perfiles…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>Copiar resultados como texto</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copiar transcripción</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Copiar &amp;informe</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Run last test again</source>
        <translation>Repetir la última prueba</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation>&amp;Acerca de SMTP Doctor</translation>
    </message>
    <message>
        <source>A test is already running.</source>
        <translation>Ya hay una prueba en curso.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Corrija el campo resaltado (%n).</numerusform>
            <numerusform>Corrija los %n campos resaltados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {host}, port {port}…</source>
        <translation>Probando {host}, puerto {port}…</translation>
    </message>
    <message>
        <source>Run again: {label}</source>
        <translation>Repetir: {label}</translation>
    </message>
    <message>
        <source>Could not save profiles: {exc}</source>
        <translation>No se pudieron guardar los perfiles: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {exc}</source>
        <translation>No se pudo guardar el perfil: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>No se pudo guardar el perfil: {error}</translation>
    </message>
    <message>
        <source>Provider presets unavailable: {error}</source>
        <translation>La configuración de los proveedores no está disponible: {error}</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>your user name, if it is an address</source>
        <translation>su nombre de usuario, si es una dirección</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>la dirección del remitente</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Which test to repeat: connect, encrypt and greet, or also sign in. The settings are those of the Connection test page.</source>
        <translation>Qué prueba repetir: conectar, cifrar y saludar, o también iniciar sesión. La configuración es la de la página Prueba de conexión.</translation>
    </message>
    <message>
        <source>Seconds from the start of one run to the start of the next</source>
        <translation>Segundos desde el inicio de una ejecución hasta el inicio de la siguiente</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> ejecuciones</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Número de ejecuciones</translation>
    </message>
    <message>
        <source>&amp;Start monitoring</source>
        <translation>&amp;Iniciar supervisión</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save every run of this session as a CSV file</source>
        <translation>Guardar todas las ejecuciones de esta sesión en un archivo CSV</translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation>C&amp;omprobación:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>Ca&amp;da:</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Not monitoring yet.</source>
        <translation>Todavía no se está supervisando.</translation>
    </message>
    <message>
        <source>Monitor runs</source>
        <translation>Ejecuciones de la supervisión</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Latency per phase</source>
        <translation>Latencia por fase</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>max ms</source>
        <translation>máx. ms</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Ejecuciones:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Errores:</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Repeats the chosen test with the settings of the Connection test page.</source>
        <translation>Repite la prueba elegida con la configuración de la página Prueba de conexión.</translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation>Comprobando la configuración…</translation>
    </message>
    <message>
        <source>Please correct the settings on the Connection test page first: {detail}</source>
        <translation>Primero corrija la configuración en la página Prueba de conexión: {detail}</translation>
    </message>
    <message>
        <source>Could not start: {error}</source>
        <translation>No se pudo iniciar: {error}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message numerus="yes">
        <source>, %n runs</source>
        <translation>
            <numerusform>, %n ejecución</numerusform>
            <numerusform>, %n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source> for {value} min</source>
        <translation> durante {value} min</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, every {every:g} s{limit}…</source>
        <translation>Supervisando {host}, puerto {port}, cada {every:g} s{limit}…</translation>
    </message>
    <message>
        <source> until stopped</source>
        <translation> hasta que se detenga</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Run {index} at {time}: {status}</source>
        <translation>Ejecución {index} a las {time}: {status}</translation>
    </message>
    <message>
        <source> — monitoring…</source>
        <translation> — supervisando…</translation>
    </message>
    <message>
        <source>The monitor stopped with an error: {error}</source>
        <translation>La supervisión se detuvo con un error: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n run(s):</source>
        <translation>
            <numerusform>Detenida después de %n ejecución:</numerusform>
            <numerusform>Detenida después de %n ejecuciones:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n run(s):</source>
        <translation>
            <numerusform>Terminada después de %n ejecución:</numerusform>
            <numerusform>Terminada después de %n ejecuciones:</numerusform>
        </translation>
    </message>
    <message>
        <source>{passed} passed, {failures} failed.</source>
        <translation>{passed} correctas, {failures} con error.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <source>{runs} ({passed} passed, {failures} failed)</source>
        <translation>{runs} ({passed} correctas, {failures} con error)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Export monitor runs as CSV</source>
        <translation>Exportar las ejecuciones de la supervisión como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>No se pudo guardar {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to {path}.</source>
        <translation>
            <numerusform>Se guardó %n ejecución en {path}.</numerusform>
            <numerusform>Se guardaron %n ejecuciones en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Default</source>
        <extracomment>The form&apos;s provider presets that sign in with OAuth, and with whom.</extracomment>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in with Microsoft…</source>
        <translation>Iniciar sesión con Microsoft…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Use a code (sign in on another device)</source>
        <translation>Usar un código (iniciar sesión en otro dispositivo)</translation>
    </message>
    <message>
        <source>Show a code to enter at microsoft.com/devicelogin instead of opening a browser on this computer</source>
        <translation>Mostrar un código para escribirlo en microsoft.com/devicelogin en lugar de abrir un navegador en este equipo</translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s own</source>
        <translation>El propio de SMTP Doctor</translation>
    </message>
    <message>
        <source>Your organisation&apos;s app registration (client) ID, if it requires its own (see docs/oauth.md)</source>
        <translation>El id. de registro de aplicación (cliente) de su organización, si exige uno propio (consulte docs/oauth.md)</translation>
    </message>
    <message>
        <source>Google Desktop app clients only</source>
        <translation>Solo clientes de aplicación de escritorio de Google</translation>
    </message>
    <message>
        <source>organizations: work or school accounts; consumers: Outlook.com; common: both; or your tenant ID or domain</source>
        <translation>organizations: cuentas profesionales o educativas; consumers: Outlook.com; common: ambas; o el id. o el dominio de su inquilino</translation>
    </message>
    <message>
        <source>the scope your provider&apos;s SMTP server needs</source>
        <translation>el ámbito que necesita el servidor SMTP de su proveedor</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Id. de cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Inquilino:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>your provider</source>
        <extracomment>What the user entered for a provider, kept in QSettings (never a secret: the Google client secret goes to the keychain entry with the refresh token, not here).</extracomment>
        <translation>su proveedor</translation>
    </message>
    <message>
        <source>Sign in with {provider}…</source>
        <translation>Iniciar sesión con {provider}…</translation>
    </message>
    <message>
        <source>required: your app registration&apos;s client ID</source>
        <translation>obligatorio: el id. de cliente de su registro de aplicación</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>The sign-in failed: {name}</source>
        <translation>El inicio de sesión falló: {name}</translation>
    </message>
    <message>
        <source>Signed in with {provider} as {account}</source>
        <translation>Sesión iniciada con {provider} como {account}</translation>
    </message>
    <message>
        <source>; the access token is valid until {until}</source>
        <translation>; el token de acceso es válido hasta {until}</translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Is it my network? Probes the mail ports of a server in parallel, over IPv4 and IPv6, and the same ports on a control host that answers on every port: a port blocked on both is blocked by your network or provider.</source>
        <translation>¿Es mi red? Prueba en paralelo los puertos de correo de un servidor, por IPv4 e IPv6, y los mismos puertos en un host de control que responde en todos los puertos: un puerto bloqueado en ambos lo bloquea su red o su proveedor.</translation>
    </message>
    <message>
        <source>Enter the server and press Probe ports.</source>
        <translation>Escriba el servidor y pulse Probar puertos.</translation>
    </message>
    <message>
        <source>&amp;Probe ports</source>
        <translation>P&amp;robar puertos</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Ports to probe, separated by commas; add your own (e.g. 8025)</source>
        <translation>Puertos que se probarán, separados por comas; añada los suyos (p. ej. 8025)</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>&amp;Puertos:</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer; the whole probe takes about this long, not this long per port</source>
        <translation>Segundos que se espera una respuesta; la prueba entera dura más o menos eso, no eso por puerto</translation>
    </message>
    <message>
        <source>T&amp;imeout (s):</source>
        <translation>Tie&amp;mpo (s):</translation>
    </message>
    <message>
        <source>none: no control comparison</source>
        <translation>ninguno: sin comparación de control</translation>
    </message>
    <message>
        <source>A host that answers on every port (the control). Empty: no control comparison. Remembered for next time.</source>
        <translation>Un host que responde en todos los puertos (el control). Vacío: sin comparación de control. Se recuerda para la próxima vez.</translation>
    </message>
    <message>
        <source>Co&amp;ntrol host:</source>
        <translation>Host de c&amp;ontrol:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;vidor DNS:</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Compare with a control host?</source>
        <translation>¿Comparar con un host de control?</translation>
    </message>
    <message>
        <source>To tell whether your own network blocks a port, SMTP Doctor can also try the same ports on {host}, a public host run by a third party that answers on every port.</source>
        <translation>Para saber si su propia red bloquea un puerto, SMTP Doctor también puede probar los mismos puertos en {host}, un host público gestionado por un tercero que responde en todos los puertos.</translation>
    </message>
    <message>
        <source>Only connections are opened (nothing about you, your server or your password is sent), but {host} sees your internet address. Your answer is remembered; you can change the control host on this page at any time.</source>
        <translation>Solo se abren conexiones (no se envía nada sobre usted, su servidor ni su contraseña), pero {host} ve su dirección de Internet. Su respuesta se recuerda; puede cambiar el host de control en esta página en cualquier momento.</translation>
    </message>
    <message>
        <source>Use {host}</source>
        <translation>Usar {host}</translation>
    </message>
    <message>
        <source>No control comparison</source>
        <translation>Sin comparación de control</translation>
    </message>
    <message>
        <source>Probing {host} on port {ports}…</source>
        <translation>Probando {host} en el puerto {ports}…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>No probado</translation>
    </message>
    <message>
        <source>The run stopped before this port was probed.</source>
        <translation>La ejecución se detuvo antes de probar este puerto.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;Profiles (passwords are kept in the system keychain, never in these settings):</source>
        <translation>&amp;Perfiles (las contraseñas se guardan en el llavero del sistema, nunca en esta configuración):</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Ca&amp;mbiar nombre…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Cambiar el nombre del perfil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its saved password?</source>
        <translation>¿Eliminar el perfil «{name}» y su contraseña guardada?</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a run that the proxy accepts.</source>
        <translation>Todavía no guardada: la contraseña se guarda en el llavero del sistema después de una ejecución que el proxy acepte.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a run that the proxy accepts.</source>
        <translation>La contraseña guardada no coincide con la escrita. El llavero se actualiza después de una ejecución que el proxy acepte.</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>ninguno (directo)</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port, socks5h://host:port (the proxy looks up names), http://host:port (HTTP CONNECT), with user@ before the host when it needs a login, or system (this computer&apos;s proxy settings). The same setting is used by every tool, and is remembered; the password never goes here.</source>
        <translation>Conectar a través de este proxy: socks5://host:puerto, socks5h://host:puerto (el proxy resuelve los nombres), http://host:puerto (HTTP CONNECT), con usuario@ delante del host si requiere inicio de sesión, o system (la configuración de proxy de este equipo). Todas las herramientas usan este mismo ajuste, y se recuerda; la contraseña nunca va aquí.</translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation>si el proxy la pide</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Run a test (or open one from the history) to export its report.</source>
        <translation>Ejecute una prueba (o abra una del historial) para exportar su informe.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Could not export the report: {error}</source>
        <translation>No se pudo exportar el informe: {error}</translation>
    </message>
    <message>
        <source>Report saved to {written}.</source>
        <translation>Informe guardado en {written}.</translation>
    </message>
    <message>
        <source>Run a test (or open one from the history) to copy its report.</source>
        <translation>Ejecute una prueba (o abra una del historial) para copiar su informe.</translation>
    </message>
    <message>
        <source>Could not copy the report: {error}</source>
        <translation>No se pudo copiar el informe: {error}</translation>
    </message>
    <message>
        <source>Report copied to the clipboard (Markdown and rich text).</source>
        <translation>Informe copiado al portapapeles (Markdown y texto con formato).</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Copy &amp;transcript</source>
        <translation>Copiar &amp;transcripción</translation>
    </message>
    <message>
        <source>Copy results as te&amp;xt</source>
        <translation>Copiar como te&amp;xto</translation>
    </message>
    <message>
        <source>Transcript copied to the clipboard.</source>
        <translation>Transcripción copiada al portapapeles.</translation>
    </message>
    <message>
        <source>Results copied to the clipboard.</source>
        <translation>Resultados copiados al portapapeles.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>The check returned no result: {result!r}</source>
        <translation>La comprobación no devolvió ningún resultado: {result!r}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Diagnosis: {id}</source>
        <translation>Diagnóstico: {id}</translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <source>{title} ms</source>
        <translation>{title} ms</translation>
    </message>
    <message>
        <source>Run {index}: {status}</source>
        <translation>Ejecución {index}: {status}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>{title} section</source>
        <translation>Sección {title}</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>expandida</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>contraída</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>The provider&apos;s server to use</source>
        <translation>El servidor del proveedor que se usará</translation>
    </message>
    <message>
        <source>Provider server</source>
        <translation>Servidor del proveedor</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pro&amp;veedor:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>STARTTLS: port 587, encryption starts after connecting.
SSL/TLS: port 465, encrypted from the start.
None: no encryption (port 25, servers on your own network).</source>
        <translation>STARTTLS: puerto 587, el cifrado empieza después de conectar.
SSL/TLS: puerto 465, cifrado desde el principio.
Ninguna: sin cifrado (puerto 25, servidores de su propia red).</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation>Inicio de sesión:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom&amp;bre de usuario:</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Contraseña o contraseña de aplicación</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Mostrar u ocultar la contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (never in SMTP Doctor&apos;s settings files)</source>
        <translation>Guardar la contraseña en el llavero del sistema (nunca en los archivos de configuración de SMTP Doctor)</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Save password now</source>
        <translation>Guardar la contraseña ahora</translation>
    </message>
    <message>
        <source>Save the typed password in the system keychain now, without waiting for a successful login</source>
        <translation>Guardar ahora la contraseña escrita en el llavero del sistema, sin esperar a un inicio de sesión correcto</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <source>Use port {default_port}</source>
        <translation>Usar el puerto {default_port}</translation>
    </message>
    <message>
        <source>{security} usually runs on port {port}</source>
        <translation>{security} suele usar el puerto {port}</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>To&amp;ken de acceso:</translation>
    </message>
    <message>
        <source>OAuth 2 access token (or sign in above)</source>
        <translation>Token de acceso OAuth 2 (o inicie sesión arriba)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Mensaje de prueba</translation>
    </message>
    <message>
        <source>After sending, watch a mailbox</source>
        <translation>Después de enviar, vigilar un buzón</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with {provider_name}</source>
        <translation>Iniciar sesión con {provider_name}</translation>
    </message>
    <message>
        <source>Starting the sign-in with {provider_name}…</source>
        <translation>Iniciando el inicio de sesión con {provider_name}…</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Abrir navegador</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code. Then sign in with your Microsoft account.</source>
        <translation>En cualquier dispositivo, abra la dirección de abajo y escriba este código. Luego inicie sesión con su cuenta de Microsoft.</translation>
    </message>
    <message>
        <source>Sign in in your browser; SMTP Doctor continues by itself when you are done. If no browser window opened, open this address:</source>
        <translation>Inicie sesión en el navegador; SMTP Doctor continúa solo cuando termine. Si no se abrió ninguna ventana del navegador, abra esta dirección:</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar vínculo</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}: {text}</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <source>Select a step to see what happened and how to fix it.</source>
        <translation>Seleccione un paso para ver qué pasó y cómo arreglarlo.</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Detalles del paso</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo arreglarlo</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnóstico:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>waiting for {waiting_for}, {waited} s</source>
        <translation>esperando {waiting_for}, {waited} s</translation>
    </message>
    <message>
        <source>waiting for {waiting_for}, {waited} of {limit} s</source>
        <translation>esperando {waiting_for}, {waited} de {limit} s</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}: {state}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS details: every certificate the server presents (subject, issuer, names, validity, key, signature), days until expiry, protocol and cipher, whether the chain is complete, and whether something intercepts the connection.</source>
        <translation>Detalles de TLS: cada certificado que presenta el servidor (sujeto, emisor, nombres, validez, clave, firma), los días hasta la caducidad, el protocolo y el cifrado, si la cadena está completa y si algo intercepta la conexión.</translation>
    </message>
    <message>
        <source>Enter the server (taken from the connection test) and press Inspect TLS.</source>
        <translation>Escriba el servidor (tomado de la prueba de conexión) y pulse Examinar TLS.</translation>
    </message>
    <message>
        <source>&amp;Inspect TLS</source>
        <translation>Exa&amp;minar TLS</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (465). STARTTLS: plain first, then encrypted (587, 25).</source>
        <translation>SSL/TLS: cifrado desde el principio (465). STARTTLS: primero sin cifrar, luego cifrado (587, 25).</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>Set in the connection test&apos;s Advanced section (CA file)</source>
        <translation>Se define en la sección Avanzado de la prueba de conexión (archivo de CA)</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;vidor DNS:</translation>
    </message>
    <message>
        <source>Certificate chain, server first</source>
        <translation>Cadena de certificados, el servidor primero</translation>
    </message>
    <message>
        <source>Inspecting the TLS of {host}, port {port}…</source>
        <translation>Examinando el TLS de {host}, puerto {port}…</translation>
    </message>
    <message>
        <source>Not checked: no certificate was received.</source>
        <translation>No comprobado: no se recibió ningún certificado.</translation>
    </message>
    <message>
        <source>Valid from {not_before} until {not_after}</source>
        <translation>Válido desde {not_before} hasta {not_after}</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation>Ejecutar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Detener (Esc)</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v de %m pasos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>el del sistema</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s</source>
        <translation>Consultar este servidor DNS (dirección IP[:puerto]) en lugar del del sistema</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>Prox&amp;y:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Corrija el campo resaltado (%n).</numerusform>
            <numerusform>Corrija los %n campos resaltados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>The conversation with the server appears here.
C: sent by {APP_NAME}   S: sent by the server   **: note</source>
        <translation>Aquí aparece la conversación con el servidor.
C: enviado por {APP_NAME}   S: enviado por el servidor   **: nota</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Choose a provider or enter your server, then press Test connection.</source>
        <translation>Elija un proveedor o escriba su servidor y pulse Probar conexión.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>La prueba se canceló.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Total {total_ms}</source>
        <translation>Total {total_ms}</translation>
    </message>
    <message>
        <source>{heading}: {verdict}</source>
        <translation>{heading}: {verdict}</translation>
    </message>
    <message>
        <source>{status}, {step}: {summary}</source>
        <translation>{status}, {step}: {summary}</translation>
    </message>
    <message>
        <source>Check your settings</source>
        <translation>Revise su configuración</translation>
    </message>
    <message>
        <source>SMTP Doctor ran into a problem</source>
        <translation>SMTP Doctor encontró un problema</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Elapsed {seconds} s</source>
        <translation>Transcurrido: {seconds} s</translation>
    </message>
</context>
<context>
    <name>VerifyWarning</name>
    <message>
        <source>Warning: certificate checks are off</source>
        <translation>Advertencia: la comprobación de certificados está desactivada</translation>
    </message>
</context>
<context>
    <name>WatchForm</name>
    <message>
        <source>After “Send test email”, look for the message in a mailbox (IMAP)</source>
        <translation>Después de «Enviar prueba», buscar el mensaje en un buzón (IMAP)</translation>
    </message>
    <message>
        <source>Shows whether it arrived, in Inbox or Junk, how long it took, and how the receiver judged SPF, DKIM and DMARC.</source>
        <translation>Muestra si llegó, a la bandeja de entrada o a la de correo no deseado, cuánto tardó y cómo valoró el receptor SPF, DKIM y DMARC.</translation>
    </message>
    <message>
        <source>the sending account, or imaps://user@imap.example.com</source>
        <translation>la cuenta que envía, o imaps://usuario@imap.example.com</translation>
    </message>
    <message>
        <source>Leave empty to watch the account that sends (its IMAP server is guessed from the SMTP server). imaps:// uses port 993, imap:// port 143 with STARTTLS.</source>
        <translation>Déjelo vacío para vigilar la cuenta que envía (su servidor IMAP se deduce del servidor SMTP). imaps:// usa el puerto 993, imap:// el puerto 143 con STARTTLS.</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>Bu&amp;zón:</translation>
    </message>
    <message>
        <source>only for another account than the sender&apos;s</source>
        <translation>solo para una cuenta distinta de la del remitente</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Contraseña del buzón</translation>
    </message>
    <message>
        <source>Mailbox pass&amp;word:</source>
        <translation>Contraseña de&amp;l buzón:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for the message up to, in seconds</source>
        <translation>Esperar el mensaje como máximo, en segundos</translation>
    </message>
    <message>
        <source>Wait &amp;up to:</source>
        <translation>Esperar &amp;hasta:</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Keyring backend</source>
        <translation>Sistema de llavero</translation>
    </message>
</context>
<context>
    <name>advanced</name>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Solo IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Solo IPv6</translation>
    </message>
    <message>
        <source>⚠ Certificate checks are off: SMTP Doctor will not notice an impostor server, and a mail app set up this way is not safe. Use this only to look at a broken certificate.</source>
        <translation>⚠ La comprobación de certificados está desactivada: SMTP Doctor no detectará un servidor impostor, y una aplicación de correo configurada así no es segura. Úselo solo para examinar un certificado dañado.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>Funciona, con advertencias</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Se encontró un problema</translation>
    </message>
    <message>
        <source>Nothing was tested</source>
        <translation>No se probó nada</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>device_code</name>
    <message>
        <source>Waiting for you to sign in… {time} left</source>
        <extracomment>The only links the Open button hands to the system: the address comes from the sign-in server, and another scheme (file:, ms-msdt:, a custom handler) would start a local program.</extracomment>
        <translation>Esperando a que inicie sesión… quedan {time}</translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>Configuración del proveedor</translation>
    </message>
    <message>
        <source>Preset (by MX)</source>
        <translation>Configuración (por MX)</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>Registro SRV</translation>
    </message>
    <message>
        <source>Autoconfig</source>
        <translation>Autoconfig</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Suposición</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>No probado</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>No probado</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Falla</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>The connection is encrypted</source>
        <translation>La conexión está cifrada</translation>
    </message>
    <message>
        <source>No encryption: the password would travel in clear text</source>
        <translation>Sin cifrado: la contraseña viajaría como texto sin cifrar</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Valid for {host}</source>
        <translation>Válido para {host}</translation>
    </message>
    <message>
        <source>{problem}: the certificate is for {names}</source>
        <translation>{problem}: el certificado es para {names}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>{host} is outside your domain. Your password would be sent to this host.</source>
        <translation>{host} está fuera de su dominio. Su contraseña se enviaría a este host.</translation>
    </message>
    <message>
        <source>{host} offers no encryption: your password would cross the network unencrypted, readable by anyone on the way.</source>
        <translation>{host} no ofrece cifrado: su contraseña cruzaría la red sin cifrar, legible para cualquiera en el camino.</translation>
    </message>
    <message>
        <source>{host} (outside your domain)</source>
        <translation>{host} (fuera de su dominio)</translation>
    </message>
</context>
<context>
    <name>dns_setting</name>
    <message>
        <source>the system&apos;s</source>
        <translation>el del sistema</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s. The same setting is used by the connection test and every tool, and is remembered.</source>
        <translation>Consultar este servidor DNS (dirección IP[:puerto]) en lugar del del sistema. La prueba de conexión y todas las herramientas usan este mismo ajuste, y se recuerda.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>Informe HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>{value} ms</source>
        <translation>{value} ms</translation>
    </message>
    <message>
        <source>{value} s</source>
        <translation>{value} s</translation>
    </message>
</context>
<context>
    <name>fix_actions</name>
    <message>
        <source>{host}, port {port}, {security}</source>
        <translation>{host}, puerto {port}, {security}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>ningún servidor</translation>
    </message>
    <message>
        <source>{label}: applied, testing again…</source>
        <translation>{label}: aplicado, probando de nuevo…</translation>
    </message>
</context>
<context>
    <name>form_watch</name>
    <message>
        <source>server {}</source>
        <translation>servidor {}</translation>
    </message>
    <message>
        <source>port {}</source>
        <translation>puerto {}</translation>
    </message>
    <message>
        <source>security {}</source>
        <translation>seguridad {}</translation>
    </message>
    <message>
        <source>user name {}</source>
        <translation>nombre de usuario {}</translation>
    </message>
    <message>
        <source>sign-in {}</source>
        <translation>inicio de sesión {}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>, {security}</source>
        <translation>, {security}</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>cambió el estado</translation>
    </message>
    <message>
        <source>slower by {delta}</source>
        <translation>más lenta en {delta}</translation>
    </message>
    <message>
        <source>faster by {value}</source>
        <translation>más rápida en {value}</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a successful login.</source>
        <translation>Guardada en el llavero del sistema tras un inicio de sesión correcto.</translation>
    </message>
    <message>
        <source>Read from the system keychain.</source>
        <translation>Leída del llavero del sistema.</translation>
    </message>
    <message>
        <source>Not saved: the login failed.</source>
        <translation>No se guardó: el inicio de sesión falló.</translation>
    </message>
    <message>
        <source>Not saved: the login failed. The keychain still holds the password saved before.</source>
        <translation>No se guardó: el inicio de sesión falló. El llavero conserva la contraseña guardada antes.</translation>
    </message>
    <message>
        <source>The login failed with the password saved in the keychain. It is still saved; type the new one and test the login to replace it.</source>
        <translation>El inicio de sesión falló con la contraseña guardada en el llavero. Sigue guardada; escriba la nueva y pruebe el inicio de sesión para reemplazarla.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a successful login, or with Save password now.</source>
        <translation>La contraseña guardada no coincide con la escrita. El llavero se actualiza tras un inicio de sesión correcto, o con Guardar la contraseña ahora.</translation>
    </message>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a successful login, or with Save password now.</source>
        <translation>Todavía no guardada: la contraseña se guarda en el llavero del sistema tras un inicio de sesión correcto, o con Guardar la contraseña ahora.</translation>
    </message>
    <message>
        <source>Deleted from the system keychain.</source>
        <translation>Eliminada del llavero del sistema.</translation>
    </message>
    <message>
        <source>Nothing was saved in the system keychain.</source>
        <translation>No se guardó nada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Still saved in the system keychain (not deleted).</source>
        <translation>Sigue guardada en el llavero del sistema (no se eliminó).</translation>
    </message>
    <message>
        <source>No system keychain: the password is kept for this session only.</source>
        <translation>No hay llavero del sistema: la contraseña se conserva solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>keychain_ui</name>
    <message>
        <source>Delete the saved password from the keychain?</source>
        <translation>¿Eliminar la contraseña guardada del llavero?</translation>
    </message>
    <message>
        <source>SMTP Doctor will no longer remember the password of this profile. The password stays in the field until you close the app.</source>
        <translation>SMTP Doctor dejará de recordar la contraseña de este perfil. La contraseña permanece en el campo hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <source>Replace the saved password with one that just failed to log in?</source>
        <translation>¿Reemplazar la contraseña guardada por una que acaba de fallar al iniciar sesión?</translation>
    </message>
    <message>
        <source>The login failed with the password typed now. The keychain holds another password for this profile.</source>
        <translation>El inicio de sesión falló con la contraseña escrita ahora. El llavero tiene otra contraseña para este perfil.</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localization (for translators)</source>
        <translation>&amp;Pseudolocalización (para traductores)</translation>
    </message>
    <message>
        <source>The language changes when SMTP Doctor starts again.</source>
        <translation>El idioma cambia la próxima vez que se inicie SMTP Doctor.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Test &amp;connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <source>Connect, encrypt and greet the server</source>
        <translation>Conectar, cifrar y saludar al servidor</translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation>Probar &amp;inicio de sesión</translation>
    </message>
    <message>
        <source>Also sign in with your user name and password</source>
        <translation>Además, iniciar sesión con su nombre de usuario y contraseña</translation>
    </message>
    <message>
        <source>Se&amp;nd test email</source>
        <translation>E&amp;nviar prueba</translation>
    </message>
    <message>
        <source>Also send the test message</source>
        <translation>Además, enviar el mensaje de prueba</translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>SMTP Doctor test message</source>
        <translation>Mensaje de prueba de SMTP Doctor</translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.
If you can read it, sending mail works.
</source>
        <translation>Este es un mensaje de prueba de SMTP Doctor.
Si puede leerlo, el envío de correo funciona.
</translation>
    </message>
</context>
<context>
    <name>monitor</name>
    <message>
        <source>Connect</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Probar inicio de sesión</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>Hasta que se detenga</translation>
    </message>
    <message>
        <source>For a time</source>
        <translation>Durante un tiempo</translation>
    </message>
    <message>
        <source>A number of times</source>
        <translation>Un número de veces</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, {label}</source>
        <translation>Supervisando {host}, puerto {port}, {label}</translation>
    </message>
    <message>
        <source>, without logging in</source>
        <translation>, sin iniciar sesión</translation>
    </message>
    <message>
        <source>, logged in as {username}</source>
        <translation>, con sesión iniciada como {username}</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(sin nombre de usuario)</translation>
    </message>
    <message>
        <source>, DNS server {nameserver}</source>
        <translation>, servidor DNS {nameserver}</translation>
    </message>
    <message>
        <source>, through the proxy {proxy}</source>
        <translation>, a través del proxy {proxy}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Is it my network?</source>
        <translation>¿Es mi red?</translation>
    </message>
    <message>
        <source>Find my settings</source>
        <translation>Buscar configuración</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>Salud del dominio</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>Detalles de TLS</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Rebote</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>ports</name>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>What answers</source>
        <translation>Qué responde</translation>
    </message>
    <message>
        <source>Control host</source>
        <translation>Host de control</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>SMTP greeting</source>
        <translation>Saludo SMTP</translation>
    </message>
    <message>
        <source>SMTP over SSL/TLS</source>
        <translation>SMTP sobre SSL/TLS</translation>
    </message>
    <message>
        <source>TLS, but no SMTP greeting</source>
        <translation>TLS, pero sin saludo SMTP</translation>
    </message>
    <message>
        <source>Not a mail server</source>
        <translation>No es un servidor de correo</translation>
    </message>
    <message>
        <source>Nothing (silent)</source>
        <translation>Nada (silencio)</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Sin dirección</translation>
    </message>
    <message>
        <source>The server has no address of this IP version.</source>
        <translation>El servidor no tiene ninguna dirección de esta versión de IP.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Open, not SMTP</source>
        <translation>Abierto, no es SMTP</translation>
    </message>
    <message>
        <source>Open, silent</source>
        <translation>Abierto, en silencio</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtrado</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>No se usa</translation>
    </message>
    <message>
        <source>No control host was set.</source>
        <translation>No se definió ningún host de control.</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>No probado</translation>
    </message>
    <message>
        <source>The control host could not be probed.</source>
        <translation>No se pudo probar el host de control.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>{host} answers on this port from your network.</source>
        <translation>{host} responde en este puerto desde su red.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>{host} refused this port.</source>
        <translation>{host} rechazó este puerto.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>{host} does not answer on this port either: your network probably blocks it.</source>
        <translation>{host} tampoco responde en este puerto: probablemente su red lo bloquea.</translation>
    </message>
</context>
<context>
    <name>server_form</name>
    <message>
        <source>None (no sign-in)</source>
        <translation>Ninguno (sin inicio de sesión)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>OAuth 2 (XOAUTH2)</source>
        <translation>OAuth 2 (XOAUTH2)</translation>
    </message>
    <message>
        <source>OAuth 2 (OAUTHBEARER)</source>
        <translation>OAuth 2 (OAUTHBEARER)</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En curso…</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>Nombres (SAN)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>Interceptación</translation>
    </message>
    <message>
        <source>Automatic (by port)</source>
        <translation>Automático (según el puerto)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Raíz</translation>
    </message>
    <message>
        <source>Trusting only the certificate authorities in {ca_file}</source>
        <translation>Solo se confía en las autoridades de certificación de {ca_file}</translation>
    </message>
    <message>
        <source>Trusting this computer&apos;s certificates</source>
        <translation>Se confía en los certificados de este equipo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Expired on {not_after}</source>
        <translation>Caducó el {not_after}</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Todavía no es válido</translation>
    </message>
    <message>
        <source>Valid only from {not_before}</source>
        <translation>Válido desde el {not_before}</translation>
    </message>
    <message>
        <source>Expires in less than 14 days</source>
        <translation>Caduca en menos de 14 días</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
</context>
</TS>
