<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Über {APP_NAME}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>unavailable ({error})</source>
        <translation>nicht verfügbar ({error})</translation>
    </message>
    <message>
        <source>Tells you why your mail (SMTP) settings don&apos;t work and how to fix them.</source>
        <translation>Sagt Ihnen, warum Ihre Mail-Einstellungen (SMTP) nicht funktionieren und wie Sie das beheben.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Connect timeout:</source>
        <translation>Zeitlimit Verbindung:</translation>
    </message>
    <message>
        <source>Reply timeout:</source>
        <translation>Zeitlimit Antwort:</translation>
    </message>
    <message>
        <source>this computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>EHLO-Name:</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation>CA-Zertifikatsdatei wählen (PEM)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Allow old TLS 1.0/1.1 (insecure)</source>
        <translation>Altes TLS 1.0/1.1 erlauben (unsicher)</translation>
    </message>
    <message>
        <source>Only for a device you can&apos;t update: if the server offers nothing newer than TLS 1.0/1.1, log in and send over it anyway. This exposes your password.</source>
        <translation>Nur für ein Gerät, das Sie nicht aktualisieren können: Bietet der Server nichts Neueres als TLS 1.0/1.1, trotzdem darüber anmelden und senden. Das gefährdet Ihr Passwort.</translation>
    </message>
    <message>
        <source>Fetch missing intermediate (AIA)</source>
        <translation>Fehlendes Zwischenzertifikat laden (AIA)</translation>
    </message>
    <message>
        <source>When the server&apos;s certificate can&apos;t be verified, download the issuer named in it (over HTTP) to prove that the server doesn&apos;t send its intermediate certificate.</source>
        <translation>Wenn sich das Zertifikat des Servers nicht prüfen lässt, den darin genannten Aussteller (über HTTP) laden, um zu belegen, dass der Server sein Zwischenzertifikat nicht mitschickt.</translation>
    </message>
    <message>
        <source>&amp;IP version:</source>
        <translation>&amp;IP-Version:</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>der des Systems</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>DNS-Server:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Proxy-Passwort:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a run in which the proxy accepted it, never after one it refused.</source>
        <translation>Wird nach einem Lauf, in dem der Proxy es angenommen hat, im Schlüsselbund des Systems gespeichert, nie nach einem, in dem er es abgelehnt hat.</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>BlocklistPage</name>
    <message>
        <source>Is it my network? Looks an address up on the common spam blocklists (Spamhaus ZEN with its PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and explains each listing. Leave the address empty to check the public address your connections come from.</source>
        <translation>Liegt es an meinem Netz? Sucht eine Adresse auf den gängigen Spam-Sperrlisten (Spamhaus ZEN mit PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) und erklärt jeden Eintrag. Lassen Sie die Adresse leer, um die öffentliche Adresse zu prüfen, von der Ihre Verbindungen kommen.</translation>
    </message>
    <message>
        <source>Enter an address, or allow the public-address lookup, and press Check blocklists.</source>
        <translation>Geben Sie eine Adresse ein oder erlauben Sie die Abfrage der öffentlichen Adresse, und drücken Sie dann „Sperrlisten prüfen“.</translation>
    </message>
    <message>
        <source>Chec&amp;k blocklists</source>
        <translation>Sperrlisten &amp;prüfen</translation>
    </message>
    <message>
        <source>empty: my public address</source>
        <translation>leer: öffentliche Adresse</translation>
    </message>
    <message>
        <source>The IPv4 or IPv6 address to look up, for example the one a bounce message names</source>
        <translation>Die IPv4- oder IPv6-Adresse, die nachgeschlagen wird, zum Beispiel die aus einer Unzustellbarkeitsnachricht</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>the common lists</source>
        <translation>die gängigen Listen</translation>
    </message>
    <message>
        <source>Blocklist zones to ask instead of the common ones, separated by commas (for example bl.spamcop.net)</source>
        <translation>Sperrlisten-Zonen, die statt der gängigen gefragt werden, durch Kommas getrennt (zum Beispiel bl.spamcop.net)</translation>
    </message>
    <message>
        <source>Block&amp;lists:</source>
        <translation>Sperr&amp;listen:</translation>
    </message>
    <message>
        <source>Ask an echo service for my &amp;public address</source>
        <translation>Einen Echo-Dienst nach meiner ö&amp;ffentlichen Adresse fragen</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Öffentliche Adresse:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>your public address</source>
        <translation>Ihre öffentliche Adresse</translation>
    </message>
    <message>
        <source>Looking up {what} on the blocklists…</source>
        <translation>{what} wird auf den Sperrlisten gesucht …</translation>
    </message>
</context>
<context>
    <name>BouncePage</name>
    <message>
        <source>Messages and text (*.eml *.txt *.msg *.mbox *.log);;All files (*)</source>
        <translation>Nachrichten und Text (*.eml *.txt *.msg *.mbox *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Bounce: paste a bounce (the whole message or just its text), drop an .eml or .txt file here, or open one. SMTP Doctor reads who didn&apos;t get the mail, which server said so and why, and what to do about it.</source>
        <translation>Unzustellbar: Fügen Sie eine Unzustellbarkeitsnachricht ein (die ganze Nachricht oder nur ihren Text), ziehen Sie eine .eml- oder .txt-Datei hierher, oder öffnen Sie eine. SMTP Doctor liest, wer die E-Mail nicht bekommen hat, welcher Server das gemeldet hat und warum, und was Sie tun können.</translation>
    </message>
    <message>
        <source>Paste or open a bounce, then press Read bounce.</source>
        <translation>Fügen Sie eine Unzustellbarkeitsnachricht ein oder öffnen Sie eine, und drücken Sie dann „Nachricht lesen“.</translation>
    </message>
    <message>
        <source>Read bo&amp;unce</source>
        <translation>Nachricht &amp;lesen</translation>
    </message>
    <message>
        <source>Paste the bounce here: the returned message with its headers, or only its text.</source>
        <translation>Fügen Sie die Unzustellbarkeitsnachricht hier ein: die zurückgekommene Nachricht mit Kopfzeilen, oder nur ihren Text.</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Text der Unzustellbarkeitsnachricht</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a saved bounce (.eml, .txt, Outlook .msg)</source>
        <translation>Eine gespeicherte Unzustellbarkeitsnachricht öffnen (.eml, .txt, Outlook .msg)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;portieren …</translation>
    </message>
    <message>
        <source>Save this reading as a report (HTML, Markdown or JSON)</source>
        <translation>Diese Auswertung als Bericht speichern (HTML, Markdown oder JSON)</translation>
    </message>
    <message>
        <source>&amp;Bounce:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>Unzustellbarkeitsnachricht öffnen</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet …</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>{name} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} geöffnet.</translation>
    </message>
    <message>
        <source>Paste a bounce or open a file first.</source>
        <translation>Fügen Sie zuerst eine Unzustellbarkeitsnachricht ein oder öffnen Sie eine Datei.</translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation>Es gibt noch nichts zu lesen.</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>Die Unzustellbarkeitsnachricht wird gelesen …</translation>
    </message>
    <message>
        <source>This is not a bounce: SMTP Doctor found no delivery report, no failed recipient and no server reply in it.</source>
        <translation>Das ist keine Unzustellbarkeitsnachricht: SMTP Doctor hat darin keinen Zustellbericht, keinen fehlgeschlagenen Empfänger und keine Serverantwort gefunden.</translation>
    </message>
    <message>
        <source>Paste or open the bounce message.</source>
        <translation>Fügen Sie die Unzustellbarkeitsnachricht ein oder öffnen Sie sie.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Select two runs and press Compare.</source>
        <translation>Wählen Sie zwei Läufe und drücken Sie Vergleichen.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Status vorher</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Status nachher</translation>
    </message>
    <message>
        <source>Time before</source>
        <translation>Zeit vorher</translation>
    </message>
    <message>
        <source>Time after</source>
        <translation>Zeit nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed status</source>
        <translation>
            <numerusform>%n Schritt hat den Status geändert</numerusform>
            <numerusform>%n Schritte haben den Status geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) slowed down</source>
        <translation>
            <numerusform>%n Schritt ist langsamer geworden</numerusform>
            <numerusform>%n Schritte sind langsamer geworden</numerusform>
        </translation>
    </message>
    <message>
        <source>No step changed status or slowed down</source>
        <translation>Kein Schritt hat den Status geändert oder ist langsamer geworden</translation>
    </message>
    <message>
        <source>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Before: {old_time} — {old_verdict}&lt;br&gt;After: {new_time} — {new_verdict}</source>
        <translation>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Vorher: {old_time} — {old_verdict}&lt;br&gt;Nachher: {new_time} — {new_verdict}</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find my settings: enter your email address (or your domain). SMTP Doctor looks for the outgoing server in provider presets, published SRV records and autoconfig files, and the usual names; tries them all at once and ranks them.</source>
        <translation>Einstellungen finden: Geben Sie Ihre E-Mail-Adresse (oder Ihre Domain) ein. SMTP Doctor sucht den Postausgangsserver in Anbietervorgaben, veröffentlichten SRV-Einträgen, Autoconfig-Dateien und unter den üblichen Namen, probiert alle gleichzeitig aus und ordnet sie.</translation>
    </message>
    <message>
        <source>Enter your email address and press Find settings.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein und drücken Sie Einstellungen finden.</translation>
    </message>
    <message>
        <source>F&amp;ind settings</source>
        <translation>Einstellungen f&amp;inden</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>sie@example.com oder example.com</translation>
    </message>
    <message>
        <source>Email &amp;address or domain:</source>
        <translation>&amp;E-Mail-Adresse oder Domain:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Kandidaten, beste zuerst</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>Diese Einstellungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Put the selected server, port and security into the connection test&apos;s form</source>
        <translation>Gewählten Server, Port und Verschlüsselung in das Formular des Verbindungstests übernehmen</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of {query}…</source>
        <translation>Suche den Postausgangsserver von {query} …</translation>
    </message>
    <message>
        <source>{listed} listed in the table above ({tried} tried)</source>
        <translation>{listed} in der Tabelle oben ({tried} ausprobiert)</translation>
    </message>
    <message>
        <source>No candidates to use.</source>
        <translation>Keine Kandidaten zum Übernehmen.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>did not work here</source>
        <translation>hat hier nicht funktioniert</translation>
    </message>
    <message>
        <source>; outside your domain</source>
        <translation>; außerhalb Ihrer Domain</translation>
    </message>
    <message>
        <source>{host}, port {port}, {security} ({works}{outside})</source>
        <translation>{host}, Port {port}, {security} ({works}{outside})</translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation>Diese Einstellungen übernehmen?</translation>
    </message>
    <message>
        <source>Use {host} for sending mail?</source>
        <translation>{host} zum Senden von E-Mails verwenden?</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain health: the DNS records that decide whether mail from your domain is delivered and trusted — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — and the reverse DNS, greeting name and certificates of your mail servers.</source>
        <translation>Domain-Zustand: die DNS-Einträge, die entscheiden, ob E-Mails Ihrer Domain zugestellt werden und als vertrauenswürdig gelten — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — sowie Reverse-DNS, Begrüßungsname und Zertifikate Ihrer Mailserver.</translation>
    </message>
    <message>
        <source>Enter your domain and press Check domain.</source>
        <translation>Geben Sie Ihre Domain ein und drücken Sie Domain prüfen.</translation>
    </message>
    <message>
        <source>Chec&amp;k domain</source>
        <translation>Domain &amp;prüfen</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;main:</translation>
    </message>
    <message>
        <source>e.g. s1, google (optional)</source>
        <translation>z. B. s1, google (optional)</translation>
    </message>
    <message>
        <source>DKIM selectors to check: the s= value in a DKIM-Signature header of a message you sent. Separate with commas.</source>
        <translation>Zu prüfende DKIM-Selektoren: der Wert s= im DKIM-Signature-Header einer von Ihnen gesendeten Nachricht. Mit Kommas trennen.</translation>
    </message>
    <message>
        <source>Also try &amp;common ones</source>
        <translation>Auch &amp;übliche probieren</translation>
    </message>
    <message>
        <source>Also look for selectors that providers often use (default, google, selector1, k1, …)</source>
        <translation>Auch nach Selektoren suchen, die Anbieter oft verwenden (default, google, selector1, k1, …)</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>DKIM-&amp;Selektoren:</translation>
    </message>
    <message>
        <source>the first MX (optional)</source>
        <translation>der erste MX (optional)</translation>
    </message>
    <message>
        <source>The mail server whose reverse DNS and greeting name to check, as host or host:port (default port 25). The port is also used to read the MX servers&apos; certificates for DANE and MTA-STS.</source>
        <translation>Der Mailserver, dessen Reverse-DNS und Begrüßungsname geprüft werden, als Host oder Host:Port (Standardport 25). Über den Port werden auch die Zertifikate der MX-Server für DANE und MTA-STS gelesen.</translation>
    </message>
    <message>
        <source>Mai&amp;l server:</source>
        <translation>Mai&amp;lserver:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Checking the mail records of {domain}…</source>
        <translation>Prüfe die Mail-Einträge von {domain} …</translation>
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
        <translation>Es läuft bereits ein Test.</translation>
    </message>
    <message>
        <source>Filled in {host}, a name taken from the server&apos;s certificate: check with your provider that it is theirs, then run the test.</source>
        <translation>{host} eingetragen, ein Name aus dem Zertifikat des Servers: Klären Sie mit Ihrem Anbieter, dass er zu ihm gehört, und starten Sie dann den Test.</translation>
    </message>
    <message>
        <source>Changed the settings ({label}): run the test when ready.</source>
        <translation>Einstellungen geändert ({label}): Starten Sie den Test, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>Settings restored: {saved}.</source>
        <translation>Einstellungen wiederhergestellt: {saved}.</translation>
    </message>
</context>
<context>
    <name>FixActionsBar</name>
    <message>
        <source>Fix it in one click:</source>
        <translation>Mit einem Klick beheben:</translation>
    </message>
    <message>
        <source>Undo the fix</source>
        <translation>Korrektur rückgängig</translation>
    </message>
    <message>
        <source>Same as: {action}</source>
        <translation>Entspricht: {action}</translation>
    </message>
    <message>
        <source>Back to {description}</source>
        <translation>Zurück zu {description}</translation>
    </message>
</context>
<context>
    <name>FormWatch</name>
    <message>
        <source>another password</source>
        <translation>ein anderes Passwort</translation>
    </message>
    <message>
        <source>These results are for the previous settings ({changes}).</source>
        <translation>Diese Ergebnisse gelten für die vorherigen Einstellungen ({changes}).</translation>
    </message>
    <message>
        <source>These results are for the previous settings.</source>
        <translation>Diese Ergebnisse gelten für die vorherigen Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Bitte korrigieren Sie das markierte Feld.</numerusform>
            <numerusform>Bitte korrigieren Sie die %n markierten Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings look right now. Press Test connection.</source>
        <translation>Die Einstellungen sehen jetzt richtig aus. Drücken Sie Verbindung testen.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil:</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Compare the two selected runs step by step</source>
        <translation>Die beiden gewählten Läufe Schritt für Schritt vergleichen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected runs (Del)</source>
        <translation>Die gewählten Läufe löschen (Entf)</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> Läufe</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>Aufbewahrte Läufe</translation>
    </message>
    <message>
        <source>Older runs (of all profiles) are deleted so the history file cannot grow without bound</source>
        <translation>Ältere Läufe (aller Profile) werden gelöscht, damit die Verlaufsdatei nicht unbegrenzt wächst</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Die letzten behalt&amp;en:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>Select a run to see its full result.</source>
        <translation>Wählen Sie einen Lauf, um sein ganzes Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Ergebn&amp;is</translation>
    </message>
    <message>
        <source>Compariso&amp;n</source>
        <translation>Verglei&amp;ch</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>den Verlauf lesen</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(kein Profil)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in all profiles.</source>
        <translation>
            <numerusform>%n Lauf in allen Profilen.</numerusform>
            <numerusform>%n Läufe in allen Profilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) for “{profile}”.</source>
        <translation>
            <numerusform>%n Lauf für „{profile}“.</numerusform>
            <numerusform>%n Läufe für „{profile}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n.</source>
        <translation>
            <numerusform>Der neueste wird angezeigt.</numerusform>
            <numerusform>Die neuesten %n werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>That run is no longer in the history.</source>
        <translation>Dieser Lauf ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>open the run</source>
        <translation>den Lauf öffnen</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>%n Lauf aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Läufe aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history.</source>
        <translation>
            <numerusform>%n Lauf aus dem Verlauf gelöscht.</numerusform>
            <numerusform>%n Läufe aus dem Verlauf gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation>die Läufe löschen</translation>
    </message>
    <message>
        <source>Select exactly two runs to compare.</source>
        <translation>Wählen Sie genau zwei Läufe zum Vergleichen.</translation>
    </message>
    <message>
        <source>compare the runs</source>
        <translation>die Läufe vergleichen</translation>
    </message>
    <message>
        <source>Keep fewer runs</source>
        <translation>Weniger Läufe behalten</translation>
    </message>
    <message numerus="yes">
        <source>Keep only the last %n run(s)? Older runs are deleted now.</source>
        <translation>
            <numerusform>Nur den letzten Lauf behalten? Ältere Läufe werden jetzt gelöscht.</numerusform>
            <numerusform>Nur die letzten %n Läufe behalten? Ältere Läufe werden jetzt gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n run(s).</source>
        <translation>
            <numerusform>Der Verlauf behält den letzten Lauf.</numerusform>
            <numerusform>Der Verlauf behält die letzten %n Läufe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older run(s) were deleted.</source>
        <translation>
            <numerusform>%n älterer Lauf wurde gelöscht.</numerusform>
            <numerusform>%n ältere Läufe wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>change the retention</source>
        <translation>die Aufbewahrung ändern</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>History: could not {what}: {error}</source>
        <translation>Verlauf: Aktion fehlgeschlagen ({what}): {error}</translation>
    </message>
    <message>
        <source>Could not {what}: {error}</source>
        <translation>Aktion fehlgeschlagen ({what}): {error}</translation>
    </message>
    <message>
        <source>open the history</source>
        <translation>den Verlauf öffnen</translation>
    </message>
    <message>
        <source>save the run</source>
        <translation>den Lauf speichern</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Reading the password from the system keychain…</source>
        <extracomment>The mail password, per profile. A proxy&apos;s password, per proxy account (user@host:port): the same rules, its own entry kind.</extracomment>
        <translation>Lese das Passwort aus dem Schlüsselbund des Systems …</translation>
    </message>
    <message>
        <source>No password is saved in the system keychain yet.</source>
        <translation>Im Schlüsselbund des Systems ist noch kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Latency chart</source>
        <translation>Latenzdiagramm</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>Fehlgeschlagener Lauf</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil:</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten …</translation>
    </message>
    <message>
        <source>Create, rename, duplicate or delete profiles</source>
        <translation>Profile anlegen, umbenennen, duplizieren oder löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>Test abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Undo “Use these settings”</source>
        <translation>„Diese Einstellungen übernehmen“ rückgängig</translation>
    </message>
    <message>
        <source>Filled in {host}, port {port}: press Test connection (Undo is under Details).</source>
        <translation>{host}, Port {port} eingetragen: Drücken Sie Verbindung testen (Rückgängig unter Details).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten …</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>Ergebnisse als Text kopieren</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Protokoll kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>&amp;Bericht kopieren</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run last test again</source>
        <translation>Letzten Test wiederholen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation>Über SMTP &amp;Doctor</translation>
    </message>
    <message>
        <source>A test is already running.</source>
        <translation>Es läuft bereits ein Test.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Bitte korrigieren Sie das markierte Feld.</numerusform>
            <numerusform>Bitte korrigieren Sie die %n markierten Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {host}, port {port}…</source>
        <translation>Teste {host}, Port {port} …</translation>
    </message>
    <message>
        <source>Run again: {label}</source>
        <translation>Wiederholen: {label}</translation>
    </message>
    <message>
        <source>Could not save profiles: {exc}</source>
        <translation>Profile konnten nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {exc}</source>
        <translation>Das Profil konnte nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>Das Profil konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Provider presets unavailable: {error}</source>
        <translation>Anbietervorgaben nicht verfügbar: {error}</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>your user name, if it is an address</source>
        <translation>Ihr Benutzername, wenn er eine Adresse ist</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Absende&amp;r:</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>die Absenderadresse</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Na&amp;chricht:</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Which test to repeat: connect, encrypt and greet, or also sign in. The settings are those of the Connection test page.</source>
        <translation>Welcher Test wiederholt wird: verbinden, verschlüsseln und begrüßen oder auch anmelden. Es gelten die Einstellungen der Seite Verbindungstest.</translation>
    </message>
    <message>
        <source>Seconds from the start of one run to the start of the next</source>
        <translation>Sekunden vom Start eines Laufs bis zum Start des nächsten</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> Läufe</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Anzahl der Läufe</translation>
    </message>
    <message>
        <source>&amp;Start monitoring</source>
        <translation>Überwachung &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Save every run of this session as a CSV file</source>
        <translation>Jeden Lauf dieser Sitzung als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>A&amp;lle:</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>La&amp;ufen:</translation>
    </message>
    <message>
        <source>Not monitoring yet.</source>
        <translation>Noch keine Überwachung.</translation>
    </message>
    <message>
        <source>Monitor runs</source>
        <translation>Läufe der Überwachung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Latency per phase</source>
        <translation>Latenz je Phase</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
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
        <translation>max. ms</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Repeats the chosen test with the settings of the Connection test page.</source>
        <translation>Wiederholt den gewählten Test mit den Einstellungen der Seite Verbindungstest.</translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation>Prüfe die Einstellungen …</translation>
    </message>
    <message>
        <source>Please correct the settings on the Connection test page first: {detail}</source>
        <translation>Bitte korrigieren Sie zuerst die Einstellungen auf der Seite Verbindungstest: {detail}</translation>
    </message>
    <message>
        <source>Could not start: {error}</source>
        <translation>Start nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message numerus="yes">
        <source>, %n runs</source>
        <translation>
            <numerusform>, %n Lauf</numerusform>
            <numerusform>, %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source> for {value} min</source>
        <translation> für {value} min</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, every {every:g} s{limit}…</source>
        <translation>Überwache {host}, Port {port}, alle {every:g} s{limit} …</translation>
    </message>
    <message>
        <source> until stopped</source>
        <translation> bis zum Stopp</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <source>Run {index} at {time}: {status}</source>
        <translation>Lauf {index} um {time}: {status}</translation>
    </message>
    <message>
        <source> — monitoring…</source>
        <translation> — Überwachung läuft …</translation>
    </message>
    <message>
        <source>The monitor stopped with an error: {error}</source>
        <translation>Die Überwachung wurde mit einem Fehler beendet: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n run(s):</source>
        <translation>
            <numerusform>Gestoppt nach %n Lauf:</numerusform>
            <numerusform>Gestoppt nach %n Läufen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n run(s):</source>
        <translation>
            <numerusform>Beendet nach %n Lauf:</numerusform>
            <numerusform>Beendet nach %n Läufen:</numerusform>
        </translation>
    </message>
    <message>
        <source>{passed} passed, {failures} failed.</source>
        <translation>{passed} bestanden, {failures} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>{runs} ({passed} passed, {failures} failed)</source>
        <translation>{runs} ({passed} bestanden, {failures} fehlgeschlagen)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Export monitor runs as CSV</source>
        <translation>Überwachungsläufe als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>{path} konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to {path}.</source>
        <translation>
            <numerusform>%n Lauf unter {path} gespeichert.</numerusform>
            <numerusform>%n Läufe unter {path} gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Default</source>
        <extracomment>The form&apos;s provider presets that sign in with OAuth, and with whom.</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Sign in with Microsoft…</source>
        <translation>Mit Microsoft anmelden …</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Use a code (sign in on another device)</source>
        <translation>Einen Code verwenden (auf einem anderen Gerät anmelden)</translation>
    </message>
    <message>
        <source>Show a code to enter at microsoft.com/devicelogin instead of opening a browser on this computer</source>
        <translation>Einen Code zur Eingabe auf microsoft.com/devicelogin zeigen, statt auf diesem Computer einen Browser zu öffnen</translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s own</source>
        <translation>die von SMTP Doctor</translation>
    </message>
    <message>
        <source>Your organisation&apos;s app registration (client) ID, if it requires its own (see docs/oauth.md)</source>
        <translation>Die ID der App-Registrierung (Client) Ihrer Organisation, falls sie eine eigene verlangt (siehe docs/oauth.md)</translation>
    </message>
    <message>
        <source>Google Desktop app clients only</source>
        <translation>Nur für Google-Desktop-App-Clients</translation>
    </message>
    <message>
        <source>organizations: work or school accounts; consumers: Outlook.com; common: both; or your tenant ID or domain</source>
        <translation>organizations: Geschäfts- oder Schulkonten; consumers: Outlook.com; common: beides; oder Ihre Mandanten-ID oder Domain</translation>
    </message>
    <message>
        <source>the scope your provider&apos;s SMTP server needs</source>
        <translation>der Scope, den der SMTP-Server Ihres Anbieters braucht</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>your provider</source>
        <extracomment>What the user entered for a provider, kept in QSettings (never a secret: the Google client secret goes to the keychain entry with the refresh token, not here).</extracomment>
        <translation>Ihrem Anbieter</translation>
    </message>
    <message>
        <source>Sign in with {provider}…</source>
        <translation>Mit {provider} anmelden …</translation>
    </message>
    <message>
        <source>required: your app registration&apos;s client ID</source>
        <translation>erforderlich: die Client-ID Ihrer App-Registrierung</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in failed: {name}</source>
        <translation>Die Anmeldung ist fehlgeschlagen: {name}</translation>
    </message>
    <message>
        <source>Signed in with {provider} as {account}</source>
        <translation>Mit {provider} angemeldet als {account}</translation>
    </message>
    <message>
        <source>; the access token is valid until {until}</source>
        <translation>; das Zugriffstoken gilt bis {until}</translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Is it my network? Probes the mail ports of a server in parallel, over IPv4 and IPv6, and the same ports on a control host that answers on every port: a port blocked on both is blocked by your network or provider.</source>
        <translation>Liegt es an meinem Netz? Prüft die Mail-Ports eines Servers parallel über IPv4 und IPv6 und dieselben Ports auf einem Kontrollhost, der auf jedem Port antwortet: Ein auf beiden gesperrter Port wird von Ihrem Netz oder Anbieter gesperrt.</translation>
    </message>
    <message>
        <source>Enter the server and press Probe ports.</source>
        <translation>Geben Sie den Server ein und drücken Sie Ports prüfen.</translation>
    </message>
    <message>
        <source>&amp;Probe ports</source>
        <translation>&amp;Ports prüfen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Ports to probe, separated by commas; add your own (e.g. 8025)</source>
        <translation>Zu prüfende Ports, durch Kommas getrennt; eigene hinzufügen (z. B. 8025)</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>P&amp;orts:</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer; the whole probe takes about this long, not this long per port</source>
        <translation>Sekunden, die auf eine Antwort gewartet wird; die ganze Prüfung dauert etwa so lange, nicht so lange pro Port</translation>
    </message>
    <message>
        <source>T&amp;imeout (s):</source>
        <translation>&amp;Zeitlimit (s):</translation>
    </message>
    <message>
        <source>none: no control comparison</source>
        <translation>leer: kein Vergleich</translation>
    </message>
    <message>
        <source>A host that answers on every port (the control). Empty: no control comparison. Remembered for next time.</source>
        <translation>Ein Host, der auf jedem Port antwortet (die Kontrolle). Leer: kein Kontrollvergleich. Wird für das nächste Mal gemerkt.</translation>
    </message>
    <message>
        <source>Co&amp;ntrol host:</source>
        <translation>Ko&amp;ntrollhost:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Compare with a control host?</source>
        <translation>Mit einem Kontrollhost vergleichen?</translation>
    </message>
    <message>
        <source>To tell whether your own network blocks a port, SMTP Doctor can also try the same ports on {host}, a public host run by a third party that answers on every port.</source>
        <translation>Um festzustellen, ob Ihr eigenes Netz einen Port sperrt, kann SMTP Doctor dieselben Ports auch auf {host} probieren, einem öffentlichen Host eines Dritten, der auf jedem Port antwortet.</translation>
    </message>
    <message>
        <source>Only connections are opened (nothing about you, your server or your password is sent), but {host} sees your internet address. Your answer is remembered; you can change the control host on this page at any time.</source>
        <translation>Es werden nur Verbindungen geöffnet (nichts über Sie, Ihren Server oder Ihr Passwort wird gesendet), aber {host} sieht Ihre Internetadresse. Ihre Antwort wird gemerkt; Sie können den Kontrollhost auf dieser Seite jederzeit ändern.</translation>
    </message>
    <message>
        <source>Use {host}</source>
        <translation>{host} verwenden</translation>
    </message>
    <message>
        <source>Probing {host} on port {ports}…</source>
        <translation>Prüfe {host} auf Port {ports} …</translation>
    </message>
    <message>
        <source>No control comparison</source>
        <translation>Kein Kontrollvergleich</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warte …</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>The run stopped before this port was probed.</source>
        <translation>Der Lauf endete, bevor dieser Port geprüft wurde.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Profiles (passwords are kept in the system keychain, never in these settings):</source>
        <translation>&amp;Profile (Passwörter liegen im Schlüsselbund des Systems, nie in diesen Einstellungen):</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its saved password?</source>
        <translation>Das Profil „{name}“ und sein gespeichertes Passwort löschen?</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a run that the proxy accepts.</source>
        <translation>Noch nicht gespeichert: Das Passwort wird nach einem Lauf, den der Proxy annimmt, im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a run that the proxy accepts.</source>
        <translation>Das gespeicherte Passwort unterscheidet sich vom eingegebenen. Der Schlüsselbund wird nach einem Lauf aktualisiert, den der Proxy annimmt.</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>keiner (direkt)</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port, socks5h://host:port (the proxy looks up names), http://host:port (HTTP CONNECT), with user@ before the host when it needs a login, or system (this computer&apos;s proxy settings). The same setting is used by every tool, and is remembered; the password never goes here.</source>
        <translation>Über diesen Proxy verbinden: socks5://host:port, socks5h://host:port (der Proxy löst die Namen auf), http://host:port (HTTP CONNECT), mit benutzer@ vor dem Host, wenn er eine Anmeldung braucht, oder system (die Proxy-Einstellungen dieses Computers). Jedes Werkzeug verwendet dieselbe Einstellung, und sie wird gemerkt; das Passwort gehört nie hierher.</translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation>falls verlangt</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Run a test (or open one from the history) to export its report.</source>
        <translation>Führen Sie einen Test aus (oder öffnen Sie einen aus dem Verlauf), um seinen Bericht zu exportieren.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Could not export the report: {error}</source>
        <translation>Der Bericht konnte nicht exportiert werden: {error}</translation>
    </message>
    <message>
        <source>Report saved to {written}.</source>
        <translation>Bericht gespeichert unter {written}.</translation>
    </message>
    <message>
        <source>Run a test (or open one from the history) to copy its report.</source>
        <translation>Führen Sie einen Test aus (oder öffnen Sie einen aus dem Verlauf), um seinen Bericht zu kopieren.</translation>
    </message>
    <message>
        <source>Could not copy the report: {error}</source>
        <translation>Der Bericht konnte nicht kopiert werden: {error}</translation>
    </message>
    <message>
        <source>Report copied to the clipboard (Markdown and rich text).</source>
        <translation>Bericht in die Zwischenablage kopiert (Markdown und formatierter Text).</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Copy &amp;transcript</source>
        <translation>Protokoll &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy results as te&amp;xt</source>
        <translation>Ergebnisse als Te&amp;xt kopieren</translation>
    </message>
    <message>
        <source>Transcript copied to the clipboard.</source>
        <translation>Protokoll in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Results copied to the clipboard.</source>
        <translation>Ergebnisse in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>The check returned no result: {result!r}</source>
        <translation>Die Prüfung lieferte kein Ergebnis: {result!r}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Diagnosis: {id}</source>
        <translation>Diagnose: {id}</translation>
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
        <translation>Lauf {index}: {status}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>{title} section</source>
        <translation>Abschnitt {title}</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>zugeklappt</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>The provider&apos;s server to use</source>
        <translation>Der zu verwendende Server des Anbieters</translation>
    </message>
    <message>
        <source>Provider server</source>
        <translation>Server des Anbieters</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Anbi&amp;eter:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>STARTTLS: port 587, encryption starts after connecting.
SSL/TLS: port 465, encrypted from the start.
None: no encryption (port 25, servers on your own network).</source>
        <translation>STARTTLS: Port 587, die Verschlüsselung beginnt nach dem Verbinden.
SSL/TLS: Port 465, von Anfang an verschlüsselt.
Keine: keine Verschlüsselung (Port 25, Server im eigenen Netz).</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Verschlüsse&amp;lung:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation>An&amp;meldung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Passwort oder App-Passwort</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Passwort zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Im Schlüsselbund des S&amp;ystems merken</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (never in SMTP Doctor&apos;s settings files)</source>
        <translation>Das Passwort im Schlüsselbund des Systems aufbewahren (nie in den Einstellungsdateien von SMTP Doctor)</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Save password now</source>
        <translation>Passwort jetzt speichern</translation>
    </message>
    <message>
        <source>Save the typed password in the system keychain now, without waiting for a successful login</source>
        <translation>Das eingegebene Passwort jetzt im Schlüsselbund des Systems speichern, ohne auf eine erfolgreiche Anmeldung zu warten</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <source>Use port {default_port}</source>
        <translation>Port {default_port} verwenden</translation>
    </message>
    <message>
        <source>{security} usually runs on port {port}</source>
        <translation>{security} läuft meist auf Port {port}</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>OAuth 2 access token (or sign in above)</source>
        <translation>OAuth-2-Zugriffstoken (oder oben anmelden)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
    <message>
        <source>After sending, watch a mailbox</source>
        <translation>Nach dem Senden ein Postfach beobachten</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with {provider_name}</source>
        <translation>Mit {provider_name} anmelden</translation>
    </message>
    <message>
        <source>Starting the sign-in with {provider_name}…</source>
        <translation>Starte die Anmeldung mit {provider_name} …</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code. Then sign in with your Microsoft account.</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät die Adresse unten und geben Sie diesen Code ein. Melden Sie sich dann mit Ihrem Microsoft-Konto an.</translation>
    </message>
    <message>
        <source>Sign in in your browser; SMTP Doctor continues by itself when you are done. If no browser window opened, open this address:</source>
        <translation>Melden Sie sich im Browser an; SMTP Doctor macht danach von selbst weiter. Wenn sich kein Browserfenster geöffnet hat, öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
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
        <translation>Wählen Sie einen Schritt, um zu sehen, was passiert ist und wie Sie es beheben.</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Details zum Schritt</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Wie Sie es beheben</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnose:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>waiting for {waiting_for}, {waited} s</source>
        <translation>warte auf {waiting_for}, {waited} s</translation>
    </message>
    <message>
        <source>waiting for {waiting_for}, {waited} of {limit} s</source>
        <translation>warte auf {waiting_for}, {waited} von {limit} s</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Vor dem Ende gestoppt.</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}: {state}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS details: every certificate the server presents (subject, issuer, names, validity, key, signature), days until expiry, protocol and cipher, whether the chain is complete, and whether something intercepts the connection.</source>
        <translation>TLS-Details: jedes Zertifikat, das der Server vorlegt (Inhaber, Aussteller, Namen, Gültigkeit, Schlüssel, Signatur), Tage bis zum Ablauf, Protokoll und Verschlüsselungsverfahren, ob die Kette vollständig ist und ob etwas die Verbindung abfängt.</translation>
    </message>
    <message>
        <source>Enter the server (taken from the connection test) and press Inspect TLS.</source>
        <translation>Geben Sie den Server ein (aus dem Verbindungstest übernommen) und drücken Sie TLS prüfen.</translation>
    </message>
    <message>
        <source>&amp;Inspect TLS</source>
        <translation>TLS &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (465). STARTTLS: plain first, then encrypted (587, 25).</source>
        <translation>SSL/TLS: von Anfang an verschlüsselt (465). STARTTLS: erst unverschlüsselt, dann verschlüsselt (587, 25).</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Verschlüsse&amp;lung:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Set in the connection test&apos;s Advanced section (CA file)</source>
        <translation>Im Bereich Erweitert des Verbindungstests festgelegt (CA-Datei)</translation>
    </message>
    <message>
        <source>Certificate chain, server first</source>
        <translation>Zertifikatskette, Server zuerst</translation>
    </message>
    <message>
        <source>Inspecting the TLS of {host}, port {port}…</source>
        <translation>Prüfe das TLS von {host}, Port {port} …</translation>
    </message>
    <message>
        <source>Not checked: no certificate was received.</source>
        <translation>Nicht geprüft: Es kam kein Zertifikat an.</translation>
    </message>
    <message>
        <source>Valid from {not_before} until {not_after}</source>
        <translation>Gültig von {not_before} bis {not_after}</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation>Ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Stopp (Esc)</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>der des Systems</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s</source>
        <translation>Diesen DNS-Server fragen (IP-Adresse[:Port]) statt dem des Systems</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>Prox&amp;y:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Bitte korrigieren Sie das markierte Feld.</numerusform>
            <numerusform>Bitte korrigieren Sie die %n markierten Felder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>The conversation with the server appears here.
C: sent by {APP_NAME}   S: sent by the server   **: note</source>
        <translation>Hier erscheint das Gespräch mit dem Server.
C: von {APP_NAME} gesendet   S: vom Server gesendet   **: Hinweis</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Choose a provider or enter your server, then press Test connection.</source>
        <translation>Wählen Sie einen Anbieter oder geben Sie Ihren Server ein und drücken Sie dann Verbindung testen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Total {total_ms}</source>
        <translation>Gesamt {total_ms}</translation>
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
        <translation>Prüfen Sie Ihre Einstellungen</translation>
    </message>
    <message>
        <source>SMTP Doctor ran into a problem</source>
        <translation>SMTP Doctor ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Elapsed {seconds} s</source>
        <translation>Vergangen: {seconds} s</translation>
    </message>
</context>
<context>
    <name>VerifyWarning</name>
    <message>
        <source>Warning: certificate checks are off</source>
        <translation>Warnung: Zertifikatsprüfungen sind aus</translation>
    </message>
</context>
<context>
    <name>WatchForm</name>
    <message>
        <source>After “Send test email”, look for the message in a mailbox (IMAP)</source>
        <translation>Nach dem Senden im Postfach nachsehen (IMAP)</translation>
    </message>
    <message>
        <source>Shows whether it arrived, in Inbox or Junk, how long it took, and how the receiver judged SPF, DKIM and DMARC.</source>
        <translation>Zeigt, ob sie angekommen ist, im Posteingang oder im Spam-Ordner, wie lange es gedauert hat und wie der Empfänger SPF, DKIM und DMARC bewertet hat.</translation>
    </message>
    <message>
        <source>the sending account, or imaps://user@imap.example.com</source>
        <translation>leer: das sendende Konto</translation>
    </message>
    <message>
        <source>Leave empty to watch the account that sends (its IMAP server is guessed from the SMTP server). imaps:// uses port 993, imap:// port 143 with STARTTLS.</source>
        <translation>Leer lassen, um das sendende Konto zu beobachten (sein IMAP-Server wird aus dem SMTP-Server erraten). imaps:// verwendet Port 993, imap:// Port 143 mit STARTTLS.</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Zielpostfach:</translation>
    </message>
    <message>
        <source>only for another account than the sender&apos;s</source>
        <translation>nur bei einem anderen Konto</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Passwort des Postfachs</translation>
    </message>
    <message>
        <source>Mailbox pass&amp;word:</source>
        <translation>Passwort f&amp;ür Postfach:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for the message up to, in seconds</source>
        <translation>Höchstens so lange auf die Nachricht warten, in Sekunden</translation>
    </message>
    <message>
        <source>Wait &amp;up to:</source>
        <translation>H&amp;öchstens warten:</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Keyring backend</source>
        <translation>Schlüsselbund-Backend</translation>
    </message>
</context>
<context>
    <name>advanced</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Nur IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Nur IPv6</translation>
    </message>
    <message>
        <source>⚠ Certificate checks are off: SMTP Doctor will not notice an impostor server, and a mail app set up this way is not safe. Use this only to look at a broken certificate.</source>
        <translation>⚠ Zertifikatsprüfung ist aus: SMTP Doctor bemerkt keinen falschen Server, und eine so eingerichtete Mail-App ist nicht sicher. Nutzen Sie das nur, um ein defektes Zertifikat anzusehen.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>Funktioniert, mit Warnungen</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem gefunden</translation>
    </message>
    <message>
        <source>Nothing was tested</source>
        <translation>Nichts wurde getestet</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste …</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>device_code</name>
    <message>
        <source>Waiting for you to sign in… {time} left</source>
        <extracomment>The only links the Open button hands to the system: the address comes from the sign-in server, and another scheme (file:, ms-msdt:, a custom handler) would start a local program.</extracomment>
        <translation>Warte auf Ihre Anmeldung … noch {time}</translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>Anbietervorgabe</translation>
    </message>
    <message>
        <source>Preset (by MX)</source>
        <translation>Vorgabe (über MX)</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>SRV-Eintrag</translation>
    </message>
    <message>
        <source>Autoconfig</source>
        <translation>Autoconfig</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Vermutung</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Nicht probiert</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Scheitert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>The connection is encrypted</source>
        <translation>Die Verbindung ist verschlüsselt</translation>
    </message>
    <message>
        <source>No encryption: the password would travel in clear text</source>
        <translation>Keine Verschlüsselung: Das Passwort ginge im Klartext über das Netz</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Valid for {host}</source>
        <translation>Gültig für {host}</translation>
    </message>
    <message>
        <source>{problem}: the certificate is for {names}</source>
        <translation>{problem}: Das Zertifikat gilt für {names}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{host} is outside your domain. Your password would be sent to this host.</source>
        <translation>{host} liegt außerhalb Ihrer Domain. Ihr Passwort würde an diesen Host gesendet.</translation>
    </message>
    <message>
        <source>{host} offers no encryption: your password would cross the network unencrypted, readable by anyone on the way.</source>
        <translation>{host} bietet keine Verschlüsselung: Ihr Passwort ginge unverschlüsselt über das Netz, lesbar für jeden auf dem Weg.</translation>
    </message>
    <message>
        <source>{host} (outside your domain)</source>
        <translation>{host} (außerhalb Ihrer Domain)</translation>
    </message>
</context>
<context>
    <name>dns_setting</name>
    <message>
        <source>the system&apos;s</source>
        <translation>der des Systems</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s. The same setting is used by the connection test and every tool, and is remembered.</source>
        <translation>Diesen DNS-Server fragen (IP-Adresse[:Port]) statt dem des Systems. Die Einstellung gilt für den Verbindungstest und jedes Werkzeug und wird gemerkt.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML-Bericht (*.html *.htm)</translation>
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
        <translation>{host}, Port {port}, {security}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>kein Server</translation>
    </message>
    <message>
        <source>{label}: applied, testing again…</source>
        <translation>{label}: angewendet, teste erneut …</translation>
    </message>
</context>
<context>
    <name>form_watch</name>
    <message>
        <source>server {}</source>
        <translation>Server {}</translation>
    </message>
    <message>
        <source>port {}</source>
        <translation>Port {}</translation>
    </message>
    <message>
        <source>security {}</source>
        <translation>Verschlüsselung {}</translation>
    </message>
    <message>
        <source>user name {}</source>
        <translation>Benutzername {}</translation>
    </message>
    <message>
        <source>sign-in {}</source>
        <translation>Anmeldung {}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>, {security}</source>
        <translation>, {security}</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>slower by {delta}</source>
        <translation>langsamer um {delta}</translation>
    </message>
    <message>
        <source>faster by {value}</source>
        <translation>schneller um {value}</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a successful login.</source>
        <translation>Nach erfolgreicher Anmeldung im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Read from the system keychain.</source>
        <translation>Aus dem Schlüsselbund des Systems gelesen.</translation>
    </message>
    <message>
        <source>Not saved: the login failed.</source>
        <translation>Nicht gespeichert: Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not saved: the login failed. The keychain still holds the password saved before.</source>
        <translation>Nicht gespeichert: Die Anmeldung ist fehlgeschlagen. Im Schlüsselbund liegt weiter das zuvor gespeicherte Passwort.</translation>
    </message>
    <message>
        <source>The login failed with the password saved in the keychain. It is still saved; type the new one and test the login to replace it.</source>
        <translation>Die Anmeldung mit dem im Schlüsselbund gespeicherten Passwort ist fehlgeschlagen. Es bleibt gespeichert; geben Sie das neue ein und testen Sie die Anmeldung, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a successful login, or with Save password now.</source>
        <translation>Das gespeicherte Passwort weicht vom eingegebenen ab. Der Schlüsselbund wird nach einer erfolgreichen Anmeldung aktualisiert oder mit Passwort jetzt speichern.</translation>
    </message>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a successful login, or with Save password now.</source>
        <translation>Noch nicht gespeichert: Das Passwort wird nach einer erfolgreichen Anmeldung im Schlüsselbund des Systems gespeichert oder mit Passwort jetzt speichern.</translation>
    </message>
    <message>
        <source>Deleted from the system keychain.</source>
        <translation>Aus dem Schlüsselbund des Systems gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was saved in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems war nichts gespeichert.</translation>
    </message>
    <message>
        <source>Still saved in the system keychain (not deleted).</source>
        <translation>Weiter im Schlüsselbund des Systems gespeichert (nicht gelöscht).</translation>
    </message>
    <message>
        <source>No system keychain: the password is kept for this session only.</source>
        <translation>Kein Schlüsselbund im System: Das Passwort wird nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>keychain_ui</name>
    <message>
        <source>Delete the saved password from the keychain?</source>
        <translation>Das gespeicherte Passwort aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>SMTP Doctor will no longer remember the password of this profile. The password stays in the field until you close the app.</source>
        <translation>SMTP Doctor merkt sich das Passwort dieses Profils nicht mehr. Das Passwort bleibt im Feld, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>Replace the saved password with one that just failed to log in?</source>
        <translation>Das gespeicherte Passwort durch eines ersetzen, mit dem die Anmeldung gerade fehlgeschlagen ist?</translation>
    </message>
    <message>
        <source>The login failed with the password typed now. The keychain holds another password for this profile.</source>
        <translation>Die Anmeldung mit dem jetzt eingegebenen Passwort ist fehlgeschlagen. Im Schlüsselbund liegt ein anderes Passwort für dieses Profil.</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localization (for translators)</source>
        <translation>&amp;Pseudo-Lokalisierung (für Übersetzer)</translation>
    </message>
    <message>
        <source>The language changes when SMTP Doctor starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von SMTP Doctor.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Connect, encrypt and greet the server</source>
        <translation>Verbinden, verschlüsseln und den Server begrüßen</translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation>Anmeldun&amp;g testen</translation>
    </message>
    <message>
        <source>Also sign in with your user name and password</source>
        <translation>Auch mit Benutzername und Passwort anmelden</translation>
    </message>
    <message>
        <source>Se&amp;nd test email</source>
        <translation>Test-E-Mail se&amp;nden</translation>
    </message>
    <message>
        <source>Also send the test message</source>
        <translation>Auch die Testnachricht senden</translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>SMTP Doctor test message</source>
        <translation>Testnachricht von SMTP Doctor</translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.
If you can read it, sending mail works.
</source>
        <translation>Dies ist eine Testnachricht von SMTP Doctor.
Wenn Sie sie lesen können, funktioniert das Senden von E-Mails.
</translation>
    </message>
</context>
<context>
    <name>monitor</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Anmeldung testen</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>Bis zum Stopp</translation>
    </message>
    <message>
        <source>For a time</source>
        <translation>Eine Zeit lang</translation>
    </message>
    <message>
        <source>A number of times</source>
        <translation>Eine Anzahl Male</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, {label}</source>
        <translation>Überwache {host}, Port {port}, {label}</translation>
    </message>
    <message>
        <source>, without logging in</source>
        <translation>, ohne Anmeldung</translation>
    </message>
    <message>
        <source>, logged in as {username}</source>
        <translation>, angemeldet als {username}</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(kein Benutzername)</translation>
    </message>
    <message>
        <source>, DNS server {nameserver}</source>
        <translation>, DNS-Server {nameserver}</translation>
    </message>
    <message>
        <source>, through the proxy {proxy}</source>
        <translation>, über den Proxy {proxy}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Is it my network?</source>
        <translation>Liegt es an meinem Netz?</translation>
    </message>
    <message>
        <source>Find my settings</source>
        <translation>Einstellungen finden</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>Domain-Zustand</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>TLS-Details</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>ports</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>What answers</source>
        <translation>Was antwortet</translation>
    </message>
    <message>
        <source>Control host</source>
        <translation>Kontrollhost</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>SMTP greeting</source>
        <translation>SMTP-Begrüßung</translation>
    </message>
    <message>
        <source>SMTP over SSL/TLS</source>
        <translation>SMTP über SSL/TLS</translation>
    </message>
    <message>
        <source>TLS, but no SMTP greeting</source>
        <translation>TLS, aber keine SMTP-Begrüßung</translation>
    </message>
    <message>
        <source>Not a mail server</source>
        <translation>Kein Mailserver</translation>
    </message>
    <message>
        <source>Nothing (silent)</source>
        <translation>Nichts (stumm)</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Keine Adresse</translation>
    </message>
    <message>
        <source>The server has no address of this IP version.</source>
        <translation>Der Server hat keine Adresse dieser IP-Version.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Open, not SMTP</source>
        <translation>Offen, kein SMTP</translation>
    </message>
    <message>
        <source>Open, silent</source>
        <translation>Offen, stumm</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Gefiltert</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>No control host was set.</source>
        <translation>Es wurde kein Kontrollhost festgelegt.</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>The control host could not be probed.</source>
        <translation>Der Kontrollhost konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <source>{host} answers on this port from your network.</source>
        <translation>{host} antwortet auf diesem Port aus Ihrem Netz.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>{host} refused this port.</source>
        <translation>{host} hat diesen Port abgewiesen.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>{host} does not answer on this port either: your network probably blocks it.</source>
        <translation>{host} antwortet auf diesem Port auch nicht: Ihr Netz sperrt ihn wahrscheinlich.</translation>
    </message>
</context>
<context>
    <name>server_form</name>
    <message>
        <source>None (no sign-in)</source>
        <translation>Keine (ohne Anmeldung)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>Namen (SANs)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>Abfangen</translation>
    </message>
    <message>
        <source>Automatic (by port)</source>
        <translation>Automatisch (nach Port)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Trusting only the certificate authorities in {ca_file}</source>
        <translation>Nur den Zertifizierungsstellen in {ca_file} vertrauen</translation>
    </message>
    <message>
        <source>Trusting this computer&apos;s certificates</source>
        <translation>Den Zertifikaten dieses Computers vertrauen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expired on {not_after}</source>
        <translation>Abgelaufen am {not_after}</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Valid only from {not_before}</source>
        <translation>Erst gültig ab {not_before}</translation>
    </message>
    <message>
        <source>Expires in less than 14 days</source>
        <translation>Läuft in weniger als 14 Tagen ab</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
</context>
</TS>
