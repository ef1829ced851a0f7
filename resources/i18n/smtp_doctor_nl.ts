<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Over {APP_NAME}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>bezig met controleren…</translation>
    </message>
    <message>
        <source>unavailable ({error})</source>
        <translation>niet beschikbaar ({error})</translation>
    </message>
    <message>
        <source>Tells you why your mail (SMTP) settings don&apos;t work and how to fix them.</source>
        <translation>Vertelt u waarom uw e-mailinstellingen (SMTP) niet werken en hoe u ze oplost.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Connect timeout:</source>
        <translation>Time-out verbinden:</translation>
    </message>
    <message>
        <source>Reply timeout:</source>
        <translation>Time-out antwoord:</translation>
    </message>
    <message>
        <source>this computer&apos;s name</source>
        <translation>de naam van deze computer</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>EHLO-naam:</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Certificaat van de server controleren</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>certificaten van het systeem</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation>Kies een CA-certificaatbestand (PEM)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-bestand:</translation>
    </message>
    <message>
        <source>Allow old TLS 1.0/1.1 (insecure)</source>
        <translation>Oude TLS 1.0/1.1 toestaan (onveilig)</translation>
    </message>
    <message>
        <source>Only for a device you can&apos;t update: if the server offers nothing newer than TLS 1.0/1.1, log in and send over it anyway. This exposes your password.</source>
        <translation>Alleen voor een apparaat dat u niet kunt bijwerken: als de server niets nieuwers dan TLS 1.0/1.1 aanbiedt, toch daarmee aanmelden en verzenden. Dit stelt uw wachtwoord bloot.</translation>
    </message>
    <message>
        <source>Fetch missing intermediate (AIA)</source>
        <translation>Tussencertificaat ophalen (AIA)</translation>
    </message>
    <message>
        <source>When the server&apos;s certificate can&apos;t be verified, download the issuer named in it (over HTTP) to prove that the server doesn&apos;t send its intermediate certificate.</source>
        <translation>Als het certificaat van de server niet te controleren is, de uitgever die erin staat downloaden (via HTTP) om aan te tonen dat de server zijn tussencertificaat niet meestuurt.</translation>
    </message>
    <message>
        <source>&amp;IP version:</source>
        <translation>IP-v&amp;ersie:</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>die van het systeem</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>DNS-server:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Proxywachtwoord:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Bewaren in systeemsleutelhanger</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a run in which the proxy accepted it, never after one it refused.</source>
        <translation>Wordt in de sleutelhanger van het systeem opgeslagen na een test waarin de proxy het accepteerde, nooit na een test waarin hij het weigerde.</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Kies een CA-certificaatbestand</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>BlocklistPage</name>
    <message>
        <source>Is it my network? Looks an address up on the common spam blocklists (Spamhaus ZEN with its PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and explains each listing. Leave the address empty to check the public address your connections come from.</source>
        <translation>Ligt het aan mijn netwerk? Zoekt een adres op in de gangbare spamblokkeerlijsten (Spamhaus ZEN met de PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) en legt elke vermelding uit. Laat het adres leeg om het openbare adres te controleren waar uw verbindingen vandaan komen.</translation>
    </message>
    <message>
        <source>Enter an address, or allow the public-address lookup, and press Check blocklists.</source>
        <translation>Voer een adres in, of sta het opzoeken van het openbare adres toe, en klik op Lijsten controleren.</translation>
    </message>
    <message>
        <source>Chec&amp;k blocklists</source>
        <translation>Lijsten &amp;controleren</translation>
    </message>
    <message>
        <source>empty: my public address</source>
        <translation>leeg: mijn openbare adres</translation>
    </message>
    <message>
        <source>The IPv4 or IPv6 address to look up, for example the one a bounce message names</source>
        <translation>Het IPv4- of IPv6-adres om op te zoeken, bijvoorbeeld het adres uit een bouncebericht</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>the common lists</source>
        <translation>de gangbare lijsten</translation>
    </message>
    <message>
        <source>Blocklist zones to ask instead of the common ones, separated by commas (for example bl.spamcop.net)</source>
        <translation>Blokkeerlijstzones om te raadplegen in plaats van de gangbare, gescheiden door komma&apos;s (bijvoorbeeld bl.spamcop.net)</translation>
    </message>
    <message>
        <source>Block&amp;lists:</source>
        <translation>&amp;Lijsten:</translation>
    </message>
    <message>
        <source>Ask an echo service for my &amp;public address</source>
        <translation>Echodienst naar mijn &amp;openbare adres vragen</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Openbaar adres:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-ser&amp;ver:</translation>
    </message>
    <message>
        <source>your public address</source>
        <translation>uw openbare adres</translation>
    </message>
    <message>
        <source>Looking up {what} on the blocklists…</source>
        <translation>{what} opzoeken in de blokkeerlijsten…</translation>
    </message>
</context>
<context>
    <name>BouncePage</name>
    <message>
        <source>Messages and text (*.eml *.txt *.msg *.mbox *.log);;All files (*)</source>
        <translation>Berichten en tekst (*.eml *.txt *.msg *.mbox *.log);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Bounce: paste a bounce (the whole message or just its text), drop an .eml or .txt file here, or open one. SMTP Doctor reads who didn&apos;t get the mail, which server said so and why, and what to do about it.</source>
        <translation>Bounce: plak een bouncebericht (het hele bericht of alleen de tekst), sleep een .eml- of .txt-bestand hierheen of open er een. SMTP Doctor leest wie de e-mail niet kreeg, welke server dat meldde en waarom, en wat u eraan kunt doen.</translation>
    </message>
    <message>
        <source>Paste or open a bounce, then press Read bounce.</source>
        <translation>Plak of open een bouncebericht en klik op Bounce lezen.</translation>
    </message>
    <message>
        <source>Read bo&amp;unce</source>
        <translation>Bounce &amp;lezen</translation>
    </message>
    <message>
        <source>Paste the bounce here: the returned message with its headers, or only its text.</source>
        <translation>Plak hier het bouncebericht: het teruggestuurde bericht met de headers, of alleen de tekst.</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Tekst van de bounce</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a saved bounce (.eml, .txt, Outlook .msg)</source>
        <translation>Een opgeslagen bouncebericht openen (.eml, .txt, Outlook .msg)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Wi&amp;ssen</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save this reading as a report (HTML, Markdown or JSON)</source>
        <translation>Deze uitleg opslaan als rapport (HTML, Markdown of JSON)</translation>
    </message>
    <message>
        <source>&amp;Bounce:</source>
        <translation>Bou&amp;nce:</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>Een bouncebericht openen</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} openen…</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>Kan {name} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} geopend.</translation>
    </message>
    <message>
        <source>Paste a bounce or open a file first.</source>
        <translation>Plak eerst een bouncebericht of open een bestand.</translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation>Er is nog niets om te lezen.</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>Het bouncebericht lezen…</translation>
    </message>
    <message>
        <source>This is not a bounce: SMTP Doctor found no delivery report, no failed recipient and no server reply in it.</source>
        <translation>Dit is geen bouncebericht: SMTP Doctor vond er geen afleveringsrapport, geen mislukte ontvanger en geen serverantwoord in.</translation>
    </message>
    <message>
        <source>Paste or open the bounce message.</source>
        <translation>Plak of open het bouncebericht.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>geplakte tekst</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Select two runs and press Compare.</source>
        <translation>Selecteer twee tests en klik op Vergelijken.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Status ervoor</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Status erna</translation>
    </message>
    <message>
        <source>Time before</source>
        <translation>Tijd ervoor</translation>
    </message>
    <message>
        <source>Time after</source>
        <translation>Tijd erna</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed status</source>
        <translation>
            <numerusform>%n stap veranderde van status</numerusform>
            <numerusform>%n stappen veranderden van status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) slowed down</source>
        <translation>
            <numerusform>%n stap werd trager</numerusform>
            <numerusform>%n stappen werden trager</numerusform>
        </translation>
    </message>
    <message>
        <source>No step changed status or slowed down</source>
        <translation>Geen stap veranderde van status of werd trager</translation>
    </message>
    <message>
        <source>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Before: {old_time} — {old_verdict}&lt;br&gt;After: {new_time} — {new_verdict}</source>
        <translation>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Ervoor: {old_time} — {old_verdict}&lt;br&gt;Erna: {new_time} — {new_verdict}</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find my settings: enter your email address (or your domain). SMTP Doctor looks for the outgoing server in provider presets, published SRV records and autoconfig files, and the usual names; tries them all at once and ranks them.</source>
        <translation>Mijn instellingen vinden: voer uw e-mailadres (of uw domein) in. SMTP Doctor zoekt de server voor uitgaande e-mail in providerinstellingen, gepubliceerde SRV-records, autoconfig-bestanden en de gebruikelijke namen; probeert ze allemaal tegelijk en zet ze op volgorde.</translation>
    </message>
    <message>
        <source>Enter your email address and press Find settings.</source>
        <translation>Voer uw e-mailadres in en klik op Instellingen vinden.</translation>
    </message>
    <message>
        <source>F&amp;ind settings</source>
        <translation>Instellingen v&amp;inden</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>u@example.com of example.com</translation>
    </message>
    <message>
        <source>Email &amp;address or domain:</source>
        <translation>E-mail&amp;adres of domein:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-ser&amp;ver:</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Kandidaten, beste eerst</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>Deze instellingen &amp;gebruiken</translation>
    </message>
    <message>
        <source>Put the selected server, port and security into the connection test&apos;s form</source>
        <translation>De geselecteerde server, poort en beveiliging in het formulier van de verbindingstest zetten</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of {query}…</source>
        <translation>Zoeken naar de server voor uitgaande e-mail van {query}…</translation>
    </message>
    <message>
        <source>{listed} listed in the table above ({tried} tried)</source>
        <translation>{listed} in de tabel hierboven ({tried} geprobeerd)</translation>
    </message>
    <message>
        <source>No candidates to use.</source>
        <translation>Geen kandidaten om te gebruiken.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>werkt</translation>
    </message>
    <message>
        <source>did not work here</source>
        <translation>werkte hier niet</translation>
    </message>
    <message>
        <source>; outside your domain</source>
        <translation>; buiten uw domein</translation>
    </message>
    <message>
        <source>{host}, port {port}, {security} ({works}{outside})</source>
        <translation>{host}, poort {port}, {security} ({works}{outside})</translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation>Deze instellingen gebruiken?</translation>
    </message>
    <message>
        <source>Use {host} for sending mail?</source>
        <translation>{host} gebruiken om e-mail te verzenden?</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain health: the DNS records that decide whether mail from your domain is delivered and trusted — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — and the reverse DNS, greeting name and certificates of your mail servers.</source>
        <translation>Domeingezondheid: de DNS-records die bepalen of e-mail van uw domein wordt afgeleverd en vertrouwd — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — en de reverse DNS, begroetingsnaam en certificaten van uw mailservers.</translation>
    </message>
    <message>
        <source>Enter your domain and press Check domain.</source>
        <translation>Voer uw domein in en klik op Domein controleren.</translation>
    </message>
    <message>
        <source>Chec&amp;k domain</source>
        <translation>Domein &amp;controleren</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;mein:</translation>
    </message>
    <message>
        <source>e.g. s1, google (optional)</source>
        <translation>bijv. s1, google (optioneel)</translation>
    </message>
    <message>
        <source>DKIM selectors to check: the s= value in a DKIM-Signature header of a message you sent. Separate with commas.</source>
        <translation>DKIM-selectors om te controleren: de waarde s= in een DKIM-Signature-header van een bericht dat u hebt verzonden. Scheid ze met komma&apos;s.</translation>
    </message>
    <message>
        <source>Also try &amp;common ones</source>
        <translation>Ook &amp;gangbare proberen</translation>
    </message>
    <message>
        <source>Also look for selectors that providers often use (default, google, selector1, k1, …)</source>
        <translation>Ook zoeken naar selectors die providers vaak gebruiken (default, google, selector1, k1, …)</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>DKIM-se&amp;lectors:</translation>
    </message>
    <message>
        <source>the first MX (optional)</source>
        <translation>de eerste MX (optioneel)</translation>
    </message>
    <message>
        <source>The mail server whose reverse DNS and greeting name to check, as host or host:port (default port 25). The port is also used to read the MX servers&apos; certificates for DANE and MTA-STS.</source>
        <translation>De mailserver waarvan de reverse DNS en begroetingsnaam worden gecontroleerd, als host of host:poort (standaardpoort 25). De poort wordt ook gebruikt om de certificaten van de MX-servers te lezen voor DANE en MTA-STS.</translation>
    </message>
    <message>
        <source>Mai&amp;l server:</source>
        <translation>Mail&amp;server:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-ser&amp;ver:</translation>
    </message>
    <message>
        <source>Checking the mail records of {domain}…</source>
        <translation>De e-mailrecords van {domain} controleren…</translation>
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
        <translation>Er loopt al een test.</translation>
    </message>
    <message>
        <source>Filled in {host}, a name taken from the server&apos;s certificate: check with your provider that it is theirs, then run the test.</source>
        <translation>{host} ingevuld, een naam uit het certificaat van de server: vraag uw provider of die van hen is en voer dan de test uit.</translation>
    </message>
    <message>
        <source>Changed the settings ({label}): run the test when ready.</source>
        <translation>De instellingen gewijzigd ({label}): voer de test uit als u klaar bent.</translation>
    </message>
    <message>
        <source>Settings restored: {saved}.</source>
        <translation>Instellingen hersteld: {saved}.</translation>
    </message>
</context>
<context>
    <name>FixActionsBar</name>
    <message>
        <source>Fix it in one click:</source>
        <translation>Met één klik oplossen:</translation>
    </message>
    <message>
        <source>Undo the fix</source>
        <translation>Oplossing ongedaan maken</translation>
    </message>
    <message>
        <source>Same as: {action}</source>
        <translation>Hetzelfde als: {action}</translation>
    </message>
    <message>
        <source>Back to {description}</source>
        <translation>Terug naar {description}</translation>
    </message>
</context>
<context>
    <name>FormWatch</name>
    <message>
        <source>another password</source>
        <translation>een ander wachtwoord</translation>
    </message>
    <message>
        <source>These results are for the previous settings ({changes}).</source>
        <translation>Deze resultaten horen bij de vorige instellingen ({changes}).</translation>
    </message>
    <message>
        <source>These results are for the previous settings.</source>
        <translation>Deze resultaten horen bij de vorige instellingen.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Corrigeer het %n gemarkeerde veld.</numerusform>
            <numerusform>Corrigeer de %n gemarkeerde velden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings look right now. Press Test connection.</source>
        <translation>De instellingen zien er nu goed uit. Klik op Verbinding testen.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofiel:</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <source>Compare the two selected runs step by step</source>
        <translation>De twee geselecteerde tests stap voor stap vergelijken</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Delete the selected runs (Del)</source>
        <translation>De geselecteerde tests verwijderen (Del)</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> tests</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>Te bewaren tests</translation>
    </message>
    <message>
        <source>Older runs (of all profiles) are deleted so the history file cannot grow without bound</source>
        <translation>Oudere tests (van alle profielen) worden verwijderd, zodat het geschiedenisbestand niet eindeloos groeit</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>De l&amp;aatste bewaren:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Toe&amp;passen</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Eerdere tests</translation>
    </message>
    <message>
        <source>Select a run to see its full result.</source>
        <translation>Selecteer een test om het volledige resultaat te zien.</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Resu&amp;ltaat</translation>
    </message>
    <message>
        <source>Compariso&amp;n</source>
        <translation>Vergelijki&amp;ng</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>de geschiedenis lezen</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(geen profiel)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle profielen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in all profiles.</source>
        <translation>
            <numerusform>%n test in alle profielen.</numerusform>
            <numerusform>%n tests in alle profielen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) for “{profile}”.</source>
        <translation>
            <numerusform>%n test voor “{profile}”.</numerusform>
            <numerusform>%n tests voor “{profile}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n.</source>
        <translation>
            <numerusform>De nieuwste %n wordt getoond.</numerusform>
            <numerusform>De nieuwste %n worden getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>That run is no longer in the history.</source>
        <translation>Die test staat niet meer in de geschiedenis.</translation>
    </message>
    <message>
        <source>open the run</source>
        <translation>de test openen</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Tests verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>%n test uit de geschiedenis verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n tests uit de geschiedenis verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history.</source>
        <translation>
            <numerusform>%n test uit de geschiedenis verwijderd.</numerusform>
            <numerusform>%n tests uit de geschiedenis verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation>de tests verwijderen</translation>
    </message>
    <message>
        <source>Select exactly two runs to compare.</source>
        <translation>Selecteer precies twee tests om te vergelijken.</translation>
    </message>
    <message>
        <source>compare the runs</source>
        <translation>de tests vergelijken</translation>
    </message>
    <message>
        <source>Keep fewer runs</source>
        <translation>Minder tests bewaren</translation>
    </message>
    <message numerus="yes">
        <source>Keep only the last %n run(s)? Older runs are deleted now.</source>
        <translation>
            <numerusform>Alleen de laatste %n test bewaren? Oudere tests worden nu verwijderd.</numerusform>
            <numerusform>Alleen de laatste %n tests bewaren? Oudere tests worden nu verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n run(s).</source>
        <translation>
            <numerusform>De geschiedenis bewaart de laatste %n test.</numerusform>
            <numerusform>De geschiedenis bewaart de laatste %n tests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older run(s) were deleted.</source>
        <translation>
            <numerusform>%n oudere test is verwijderd.</numerusform>
            <numerusform>%n oudere tests zijn verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>change the retention</source>
        <translation>de bewaartermijn wijzigen</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>History: could not {what}: {error}</source>
        <translation>Geschiedenis: kan niet {what}: {error}</translation>
    </message>
    <message>
        <source>Could not {what}: {error}</source>
        <translation>Kan niet {what}: {error}</translation>
    </message>
    <message>
        <source>open the history</source>
        <translation>de geschiedenis openen</translation>
    </message>
    <message>
        <source>save the run</source>
        <translation>de test opslaan</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Reading the password from the system keychain…</source>
        <extracomment>The mail password, per profile. A proxy&apos;s password, per proxy account (user@host:port): the same rules, its own entry kind.</extracomment>
        <translation>Het wachtwoord wordt gelezen uit de sleutelhanger van het systeem…</translation>
    </message>
    <message>
        <source>No password is saved in the system keychain yet.</source>
        <translation>Er is nog geen wachtwoord opgeslagen in de sleutelhanger van het systeem.</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Latency chart</source>
        <translation>Latentiegrafiek</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Milliseconden</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>Mislukte test</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofiel:</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Beheren…</translation>
    </message>
    <message>
        <source>Create, rename, duplicate or delete profiles</source>
        <translation>Profielen maken, hernoemen, dupliceren of verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>De test stoppen (Esc)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindingstest</translation>
    </message>
    <message>
        <source>Undo “Use these settings”</source>
        <translation>“Deze instellingen gebruiken” ongedaan maken</translation>
    </message>
    <message>
        <source>Filled in {host}, port {port}: press Test connection (Undo is under Details).</source>
        <translation>{host}, poort {port} ingevuld: klik op Verbinding testen (Ongedaan maken staat onder Details).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profiel op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Profielen &amp;beheren…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>Resultaten als tekst kopiëren</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Transcript kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>&amp;Rapport kopiëren</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Zoals het &amp;systeem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <source>Run last test again</source>
        <translation>Laatste test opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation>&amp;Over SMTP Doctor</translation>
    </message>
    <message>
        <source>A test is already running.</source>
        <translation>Er loopt al een test.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Corrigeer het %n gemarkeerde veld.</numerusform>
            <numerusform>Corrigeer de %n gemarkeerde velden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {host}, port {port}…</source>
        <translation>{host}, poort {port} testen…</translation>
    </message>
    <message>
        <source>Run again: {label}</source>
        <translation>Opnieuw uitvoeren: {label}</translation>
    </message>
    <message>
        <source>Could not save profiles: {exc}</source>
        <translation>Kan de profielen niet opslaan: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {exc}</source>
        <translation>Kan het profiel niet opslaan: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>Kan het profiel niet opslaan: {error}</translation>
    </message>
    <message>
        <source>Provider presets unavailable: {error}</source>
        <translation>Providerinstellingen niet beschikbaar: {error}</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>your user name, if it is an address</source>
        <translation>uw gebruikersnaam, als dat een adres is</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>A&amp;fzender:</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>het Van-adres</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>O&amp;nderwerp:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Te&amp;kst:</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Which test to repeat: connect, encrypt and greet, or also sign in. The settings are those of the Connection test page.</source>
        <translation>Welke test herhaald wordt: verbinden, versleutelen en begroeten, of ook aanmelden. De instellingen zijn die van de pagina Verbindingstest.</translation>
    </message>
    <message>
        <source>Seconds from the start of one run to the start of the next</source>
        <translation>Seconden van het begin van de ene test tot het begin van de volgende</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> tests</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Aantal tests</translation>
    </message>
    <message>
        <source>&amp;Start monitoring</source>
        <translation>Bewaking &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <source>Save every run of this session as a CSV file</source>
        <translation>Elke test van deze sessie opslaan als CSV-bestand</translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation>Contro&amp;le:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Elke:</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>Uitvoe&amp;ren:</translation>
    </message>
    <message>
        <source>Not monitoring yet.</source>
        <translation>Nog niet aan het bewaken.</translation>
    </message>
    <message>
        <source>Monitor runs</source>
        <translation>Bewakingstests</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Latency per phase</source>
        <translation>Latentie per fase</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Tests</translation>
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
        <translation>Tests:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Mislukt:</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begroeting</translation>
    </message>
    <message>
        <source>Repeats the chosen test with the settings of the Connection test page.</source>
        <translation>Herhaalt de gekozen test met de instellingen van de pagina Verbindingstest.</translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation>De instellingen controleren…</translation>
    </message>
    <message>
        <source>Please correct the settings on the Connection test page first: {detail}</source>
        <translation>Corrigeer eerst de instellingen op de pagina Verbindingstest: {detail}</translation>
    </message>
    <message>
        <source>Could not start: {error}</source>
        <translation>Kan niet starten: {error}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message numerus="yes">
        <source>, %n runs</source>
        <translation>
            <numerusform>, %n test</numerusform>
            <numerusform>, %n tests</numerusform>
        </translation>
    </message>
    <message>
        <source> for {value} min</source>
        <translation> gedurende {value} min</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, every {every:g} s{limit}…</source>
        <translation>{host}, poort {port} bewaken, elke {every:g} s{limit}…</translation>
    </message>
    <message>
        <source> until stopped</source>
        <translation> tot u stopt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Run {index} at {time}: {status}</source>
        <translation>Test {index} om {time}: {status}</translation>
    </message>
    <message>
        <source> — monitoring…</source>
        <translation> — bezig met bewaken…</translation>
    </message>
    <message>
        <source>The monitor stopped with an error: {error}</source>
        <translation>De bewaking is gestopt met een fout: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n run(s):</source>
        <translation>
            <numerusform>Gestopt na %n test:</numerusform>
            <numerusform>Gestopt na %n tests:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n run(s):</source>
        <translation>
            <numerusform>Klaar na %n test:</numerusform>
            <numerusform>Klaar na %n tests:</numerusform>
        </translation>
    </message>
    <message>
        <source>{passed} passed, {failures} failed.</source>
        <translation>{passed} geslaagd, {failures} mislukt.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>{runs} ({passed} passed, {failures} failed)</source>
        <translation>{runs} ({passed} geslaagd, {failures} mislukt)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Export monitor runs as CSV</source>
        <translation>Bewakingstests exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Kan {path} niet opslaan: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to {path}.</source>
        <translation>
            <numerusform>%n test opgeslagen in {path}.</numerusform>
            <numerusform>%n tests opgeslagen in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Default</source>
        <extracomment>The form&apos;s provider presets that sign in with OAuth, and with whom.</extracomment>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Aanmeldstatus</translation>
    </message>
    <message>
        <source>Sign in with Microsoft…</source>
        <translation>Aanmelden met Microsoft…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Use a code (sign in on another device)</source>
        <translation>Een code gebruiken (aanmelden op een ander apparaat)</translation>
    </message>
    <message>
        <source>Show a code to enter at microsoft.com/devicelogin instead of opening a browser on this computer</source>
        <translation>Een code tonen om in te voeren op microsoft.com/devicelogin in plaats van een browser te openen op deze computer</translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s own</source>
        <translation>Die van SMTP Doctor</translation>
    </message>
    <message>
        <source>Your organisation&apos;s app registration (client) ID, if it requires its own (see docs/oauth.md)</source>
        <translation>De app-registratie-ID (client-ID) van uw organisatie, als die een eigen vereist (zie docs/oauth.md)</translation>
    </message>
    <message>
        <source>Google Desktop app clients only</source>
        <translation>Alleen voor Google-clients van het type Desktop-app</translation>
    </message>
    <message>
        <source>organizations: work or school accounts; consumers: Outlook.com; common: both; or your tenant ID or domain</source>
        <translation>organizations: werk- of schoolaccounts; consumers: Outlook.com; common: beide; of uw tenant-ID of domein</translation>
    </message>
    <message>
        <source>the scope your provider&apos;s SMTP server needs</source>
        <translation>het bereik (scope) dat de SMTP-server van uw provider nodig heeft</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Clientgeheim:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Tenant:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Uitgever:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>your provider</source>
        <extracomment>What the user entered for a provider, kept in QSettings (never a secret: the Google client secret goes to the keychain entry with the refresh token, not here).</extracomment>
        <translation>uw provider</translation>
    </message>
    <message>
        <source>Sign in with {provider}…</source>
        <translation>Aanmelden met {provider}…</translation>
    </message>
    <message>
        <source>required: your app registration&apos;s client ID</source>
        <translation>vereist: de client-ID van uw app-registratie</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Aanmelden geannuleerd.</translation>
    </message>
    <message>
        <source>The sign-in failed: {name}</source>
        <translation>Het aanmelden is mislukt: {name}</translation>
    </message>
    <message>
        <source>Signed in with {provider} as {account}</source>
        <translation>Aangemeld met {provider} als {account}</translation>
    </message>
    <message>
        <source>; the access token is valid until {until}</source>
        <translation>; het toegangstoken is geldig tot {until}</translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Is it my network? Probes the mail ports of a server in parallel, over IPv4 and IPv6, and the same ports on a control host that answers on every port: a port blocked on both is blocked by your network or provider.</source>
        <translation>Ligt het aan mijn netwerk? Test de mailpoorten van een server tegelijk, via IPv4 en IPv6, en dezelfde poorten op een controlehost die op elke poort antwoordt: een poort die op beide geblokkeerd is, wordt geblokkeerd door uw netwerk of provider.</translation>
    </message>
    <message>
        <source>Enter the server and press Probe ports.</source>
        <translation>Voer de server in en klik op Poorten testen.</translation>
    </message>
    <message>
        <source>&amp;Probe ports</source>
        <translation>&amp;Poorten testen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Ports to probe, separated by commas; add your own (e.g. 8025)</source>
        <translation>Te testen poorten, gescheiden door komma&apos;s; voeg uw eigen toe (bijv. 8025)</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>P&amp;oorten:</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer; the whole probe takes about this long, not this long per port</source>
        <translation>Seconden om op een antwoord te wachten; de hele test duurt ongeveer zo lang, niet zo lang per poort</translation>
    </message>
    <message>
        <source>T&amp;imeout (s):</source>
        <translation>T&amp;ime-out (s):</translation>
    </message>
    <message>
        <source>none: no control comparison</source>
        <translation>geen: geen vergelijking met controlehost</translation>
    </message>
    <message>
        <source>A host that answers on every port (the control). Empty: no control comparison. Remembered for next time.</source>
        <translation>Een host die op elke poort antwoordt (de controle). Leeg: geen vergelijking. Wordt onthouden voor de volgende keer.</translation>
    </message>
    <message>
        <source>Co&amp;ntrol host:</source>
        <translation>Co&amp;ntrolehost:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-ser&amp;ver:</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Poorten</translation>
    </message>
    <message>
        <source>Compare with a control host?</source>
        <translation>Vergelijken met een controlehost?</translation>
    </message>
    <message>
        <source>To tell whether your own network blocks a port, SMTP Doctor can also try the same ports on {host}, a public host run by a third party that answers on every port.</source>
        <translation>Om te bepalen of uw eigen netwerk een poort blokkeert, kan SMTP Doctor dezelfde poorten ook proberen op {host}, een openbare host van een derde partij die op elke poort antwoordt.</translation>
    </message>
    <message>
        <source>Only connections are opened (nothing about you, your server or your password is sent), but {host} sees your internet address. Your answer is remembered; you can change the control host on this page at any time.</source>
        <translation>Er worden alleen verbindingen geopend (er wordt niets over u, uw server of uw wachtwoord verzonden), maar {host} ziet uw internetadres. Uw antwoord wordt onthouden; u kunt de controlehost op deze pagina altijd wijzigen.</translation>
    </message>
    <message>
        <source>Use {host}</source>
        <translation>{host} gebruiken</translation>
    </message>
    <message>
        <source>No control comparison</source>
        <translation>Geen vergelijking met controlehost</translation>
    </message>
    <message>
        <source>Probing {host} on port {ports}…</source>
        <translation>{host} testen op poort {ports}…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wachten…</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Niet getest</translation>
    </message>
    <message>
        <source>The run stopped before this port was probed.</source>
        <translation>De test stopte voordat deze poort werd getest.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>&amp;Profiles (passwords are kept in the system keychain, never in these settings):</source>
        <translation>&amp;Profielen (wachtwoorden staan in de sleutelhanger van het systeem, nooit in deze instellingen):</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profielnaam:</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Naam van profiel wijzigen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its saved password?</source>
        <translation>Het profiel “{name}” en het opgeslagen wachtwoord verwijderen?</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a run that the proxy accepts.</source>
        <translation>Nog niet opgeslagen: het wachtwoord wordt in de sleutelhanger van het systeem opgeslagen na een test die de proxy accepteert.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a run that the proxy accepts.</source>
        <translation>Het opgeslagen wachtwoord verschilt van het ingetypte. De sleutelhanger wordt bijgewerkt na een test die de proxy accepteert.</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>geen (direct)</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port, socks5h://host:port (the proxy looks up names), http://host:port (HTTP CONNECT), with user@ before the host when it needs a login, or system (this computer&apos;s proxy settings). The same setting is used by every tool, and is remembered; the password never goes here.</source>
        <translation>Verbinden via deze proxy: socks5://host:poort, socks5h://host:poort (de proxy zoekt namen op), http://host:poort (HTTP CONNECT), met gebruiker@ voor de host als er aangemeld moet worden, of system (de proxyinstellingen van deze computer). Elke tool gebruikt dezelfde instelling en die wordt onthouden; het wachtwoord komt hier nooit.</translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation>als de proxy erom vraagt</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Run a test (or open one from the history) to export its report.</source>
        <translation>Voer een test uit (of open er een uit de geschiedenis) om het rapport te exporteren.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Could not export the report: {error}</source>
        <translation>Kan het rapport niet exporteren: {error}</translation>
    </message>
    <message>
        <source>Report saved to {written}.</source>
        <translation>Rapport opgeslagen in {written}.</translation>
    </message>
    <message>
        <source>Run a test (or open one from the history) to copy its report.</source>
        <translation>Voer een test uit (of open er een uit de geschiedenis) om het rapport te kopiëren.</translation>
    </message>
    <message>
        <source>Could not copy the report: {error}</source>
        <translation>Kan het rapport niet kopiëren: {error}</translation>
    </message>
    <message>
        <source>Report copied to the clipboard (Markdown and rich text).</source>
        <translation>Rapport gekopieerd naar het klembord (Markdown en opgemaakte tekst).</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Copy &amp;transcript</source>
        <translation>&amp;Transcript kopiëren</translation>
    </message>
    <message>
        <source>Copy results as te&amp;xt</source>
        <translation>Als tekst kopi&amp;ëren</translation>
    </message>
    <message>
        <source>Transcript copied to the clipboard.</source>
        <translation>Transcript gekopieerd naar het klembord.</translation>
    </message>
    <message>
        <source>Results copied to the clipboard.</source>
        <translation>Resultaten gekopieerd naar het klembord.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>The check returned no result: {result!r}</source>
        <translation>De controle gaf geen resultaat: {result!r}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
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
        <translation>Test {index}: {status}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>{title} section</source>
        <translation>Sectie {title}</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>uitgevouwen</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>samengevouwen</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Custom server</source>
        <translation>Eigen server</translation>
    </message>
    <message>
        <source>The provider&apos;s server to use</source>
        <translation>De server van de provider die gebruikt wordt</translation>
    </message>
    <message>
        <source>Provider server</source>
        <translation>Server van provider</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>P&amp;rovider:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>STARTTLS: port 587, encryption starts after connecting.
SSL/TLS: port 465, encrypted from the start.
None: no encryption (port 25, servers on your own network).</source>
        <translation>STARTTLS: poort 587, versleuteling begint na het verbinden.
SSL/TLS: poort 465, versleuteld vanaf het begin.
Geen: geen versleuteling (poort 25, servers in uw eigen netwerk).</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Bevei&amp;liging:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation>Aan&amp;melden:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Wachtwoord of app-wachtwoord</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Het wachtwoord tonen of verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Wa&amp;chtwoord:</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Bewaren in s&amp;ysteemsleutelhanger</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (never in SMTP Doctor&apos;s settings files)</source>
        <translation>Het wachtwoord in de sleutelhanger van het systeem bewaren (nooit in de instellingsbestanden van SMTP Doctor)</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Wachtwoord onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>Save password now</source>
        <translation>Wachtwoord nu opslaan</translation>
    </message>
    <message>
        <source>Save the typed password in the system keychain now, without waiting for a successful login</source>
        <translation>Het ingetypte wachtwoord nu in de sleutelhanger van het systeem opslaan, zonder te wachten op een geslaagde aanmelding</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <source>Use port {default_port}</source>
        <translation>Poort {default_port} gebruiken</translation>
    </message>
    <message>
        <source>{security} usually runs on port {port}</source>
        <translation>{security} gebruikt meestal poort {port}</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Toegangs&amp;token:</translation>
    </message>
    <message>
        <source>OAuth 2 access token (or sign in above)</source>
        <translation>OAuth 2-toegangstoken (of meld u hierboven aan)</translation>
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
        <translation>Geavanceerd</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testbericht</translation>
    </message>
    <message>
        <source>After sending, watch a mailbox</source>
        <translation>Na het verzenden een mailbox bewaken</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with {provider_name}</source>
        <translation>Aanmelden met {provider_name}</translation>
    </message>
    <message>
        <source>Starting the sign-in with {provider_name}…</source>
        <translation>Aanmelden met {provider_name} starten…</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Aanmeldcode</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>Browser &amp;openen</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code. Then sign in with your Microsoft account.</source>
        <translation>Open op een willekeurig apparaat het adres hieronder en voer deze code in. Meld u daarna aan met uw Microsoft-account.</translation>
    </message>
    <message>
        <source>Sign in in your browser; SMTP Doctor continues by itself when you are done. If no browser window opened, open this address:</source>
        <translation>Meld u aan in uw browser; SMTP Doctor gaat vanzelf verder als u klaar bent. Als er geen browservenster is geopend, open dan dit adres:</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Link kopiëren</translation>
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
        <translation>Selecteer een stap om te zien wat er gebeurde en hoe u het oplost.</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Details van de stap</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Wat er misging</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Goed om te weten</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Hoe u het oplost</translation>
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
        <translation>Technische details</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>waiting for {waiting_for}, {waited} s</source>
        <translation>wacht op {waiting_for}, {waited} s</translation>
    </message>
    <message>
        <source>waiting for {waiting_for}, {waited} of {limit} s</source>
        <translation>wacht op {waiting_for}, {waited} van {limit} s</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Gestopt voordat de stap klaar was.</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}: {state}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>bezig</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS details: every certificate the server presents (subject, issuer, names, validity, key, signature), days until expiry, protocol and cipher, whether the chain is complete, and whether something intercepts the connection.</source>
        <translation>TLS-details: elk certificaat dat de server toont (onderwerp, uitgever, namen, geldigheid, sleutel, handtekening), dagen tot het verloopt, protocol en cipher, of de keten compleet is en of iets de verbinding onderschept.</translation>
    </message>
    <message>
        <source>Enter the server (taken from the connection test) and press Inspect TLS.</source>
        <translation>Voer de server in (overgenomen van de verbindingstest) en klik op TLS inspecteren.</translation>
    </message>
    <message>
        <source>&amp;Inspect TLS</source>
        <translation>TLS &amp;inspecteren</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (465). STARTTLS: plain first, then encrypted (587, 25).</source>
        <translation>SSL/TLS: versleuteld vanaf het begin (465). STARTTLS: eerst onversleuteld, daarna versleuteld (587, 25).</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Bevei&amp;liging:</translation>
    </message>
    <message>
        <source>Set in the connection test&apos;s Advanced section (CA file)</source>
        <translation>In te stellen in de sectie Geavanceerd van de verbindingstest (CA-bestand)</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS-ser&amp;ver:</translation>
    </message>
    <message>
        <source>Certificate chain, server first</source>
        <translation>Certificaatketen, server eerst</translation>
    </message>
    <message>
        <source>Inspecting the TLS of {host}, port {port}…</source>
        <translation>De TLS van {host}, poort {port} inspecteren…</translation>
    </message>
    <message>
        <source>Not checked: no certificate was received.</source>
        <translation>Niet gecontroleerd: er is geen certificaat ontvangen.</translation>
    </message>
    <message>
        <source>Valid from {not_before} until {not_after}</source>
        <translation>Geldig van {not_before} tot {not_after}</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation>Uitvoeren (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Stoppen (Esc)</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v van %m stappen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>die van het systeem</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s</source>
        <translation>Deze DNS-server (IP-adres[:poort]) raadplegen in plaats van die van het systeem</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxywachtwoord</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Corrigeer het %n gemarkeerde veld.</numerusform>
            <numerusform>Corrigeer de %n gemarkeerde velden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>The conversation with the server appears here.
C: sent by {APP_NAME}   S: sent by the server   **: note</source>
        <translation>Hier verschijnt het gesprek met de server.
C: verzonden door {APP_NAME}   S: verzonden door de server   **: opmerking</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstreken tijd</translation>
    </message>
    <message>
        <source>Choose a provider or enter your server, then press Test connection.</source>
        <translation>Kies een provider of voer uw server in en klik dan op Verbinding testen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>De test is geannuleerd.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Total {total_ms}</source>
        <translation>Totaal {total_ms}</translation>
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
        <translation>Controleer uw instellingen</translation>
    </message>
    <message>
        <source>SMTP Doctor ran into a problem</source>
        <translation>SMTP Doctor liep tegen een probleem aan</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Elapsed {seconds} s</source>
        <translation>Verstreken: {seconds} s</translation>
    </message>
</context>
<context>
    <name>VerifyWarning</name>
    <message>
        <source>Warning: certificate checks are off</source>
        <translation>Waarschuwing: certificaatcontroles staan uit</translation>
    </message>
</context>
<context>
    <name>WatchForm</name>
    <message>
        <source>After “Send test email”, look for the message in a mailbox (IMAP)</source>
        <translation>Na het verzenden in een mailbox kijken (IMAP)</translation>
    </message>
    <message>
        <source>Shows whether it arrived, in Inbox or Junk, how long it took, and how the receiver judged SPF, DKIM and DMARC.</source>
        <translation>Toont of het aankwam, in Postvak IN of Ongewenste e-mail, hoe lang het duurde en hoe de ontvanger SPF, DKIM en DMARC beoordeelde.</translation>
    </message>
    <message>
        <source>the sending account, or imaps://user@imap.example.com</source>
        <translation>leeg: het verzendende account</translation>
    </message>
    <message>
        <source>Leave empty to watch the account that sends (its IMAP server is guessed from the SMTP server). imaps:// uses port 993, imap:// port 143 with STARTTLS.</source>
        <translation>Laat leeg om het account te bewaken dat verzendt (de IMAP-server wordt afgeleid van de SMTP-server). imaps:// gebruikt poort 993, imap:// poort 143 met STARTTLS.</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>Mailbo&amp;x:</translation>
    </message>
    <message>
        <source>only for another account than the sender&apos;s</source>
        <translation>alleen voor een ander account</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Wachtwoord van mailbox</translation>
    </message>
    <message>
        <source>Mailbox pass&amp;word:</source>
        <translation>Wachtwoord van ma&amp;ilbox:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for the message up to, in seconds</source>
        <translation>Maximaal zo veel seconden op het bericht wachten</translation>
    </message>
    <message>
        <source>Wait &amp;up to:</source>
        <translation>Maximale wachtti&amp;jd:</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Keyring backend</source>
        <translation>Sleutelhanger-backend</translation>
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
        <translation>Alleen IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Alleen IPv6</translation>
    </message>
    <message>
        <source>⚠ Certificate checks are off: SMTP Doctor will not notice an impostor server, and a mail app set up this way is not safe. Use this only to look at a broken certificate.</source>
        <translation>⚠ Certificaatcontroles staan uit: SMTP Doctor merkt een nepserver niet op, en een mail-app die zo is ingesteld, is niet veilig. Gebruik dit alleen om een defect certificaat te bekijken.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>Werkt, met waarschuwingen</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Probleem gevonden</translation>
    </message>
    <message>
        <source>Nothing was tested</source>
        <translation>Er is niets getest</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
</context>
<context>
    <name>device_code</name>
    <message>
        <source>Waiting for you to sign in… {time} left</source>
        <extracomment>The only links the Open button hands to the system: the address comes from the sign-in server, and another scheme (file:, ms-msdt:, a custom handler) would start a local program.</extracomment>
        <translation>Wachten tot u zich aanmeldt… nog {time}</translation>
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
        <translation>Poort</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Gevonden via</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begroeting</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>Providerinstelling</translation>
    </message>
    <message>
        <source>Preset (by MX)</source>
        <translation>Instelling (via MX)</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>SRV-record</translation>
    </message>
    <message>
        <source>Autoconfig</source>
        <translation>Autoconfig</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Gok</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Niet geprobeerd</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Niet getest</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werkt</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>The connection is encrypted</source>
        <translation>De verbinding is versleuteld</translation>
    </message>
    <message>
        <source>No encryption: the password would travel in clear text</source>
        <translation>Geen versleuteling: het wachtwoord zou onversleuteld over het netwerk gaan</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Valid for {host}</source>
        <translation>Geldig voor {host}</translation>
    </message>
    <message>
        <source>{problem}: the certificate is for {names}</source>
        <translation>{problem}: het certificaat is voor {names}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>{host} is outside your domain. Your password would be sent to this host.</source>
        <translation>{host} ligt buiten uw domein. Uw wachtwoord zou naar deze host worden verzonden.</translation>
    </message>
    <message>
        <source>{host} offers no encryption: your password would cross the network unencrypted, readable by anyone on the way.</source>
        <translation>{host} biedt geen versleuteling: uw wachtwoord zou onversleuteld over het netwerk gaan, leesbaar voor iedereen onderweg.</translation>
    </message>
    <message>
        <source>{host} (outside your domain)</source>
        <translation>{host} (buiten uw domein)</translation>
    </message>
</context>
<context>
    <name>dns_setting</name>
    <message>
        <source>the system&apos;s</source>
        <translation>die van het systeem</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s. The same setting is used by the connection test and every tool, and is remembered.</source>
        <translation>Deze DNS-server (IP-adres[:poort]) raadplegen in plaats van die van het systeem. De verbindingstest en elke tool gebruiken dezelfde instelling, en die wordt onthouden.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML-rapport (*.html *.htm)</translation>
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
        <translation>{host}, poort {port}, {security}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>geen server</translation>
    </message>
    <message>
        <source>{label}: applied, testing again…</source>
        <translation>{label}: toegepast, opnieuw testen…</translation>
    </message>
</context>
<context>
    <name>form_watch</name>
    <message>
        <source>server {}</source>
        <translation>server {}</translation>
    </message>
    <message>
        <source>port {}</source>
        <translation>poort {}</translation>
    </message>
    <message>
        <source>security {}</source>
        <translation>beveiliging {}</translation>
    </message>
    <message>
        <source>user name {}</source>
        <translation>gebruikersnaam {}</translation>
    </message>
    <message>
        <source>sign-in {}</source>
        <translation>aanmelden {}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
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
        <translation>status gewijzigd</translation>
    </message>
    <message>
        <source>slower by {delta}</source>
        <translation>{delta} trager</translation>
    </message>
    <message>
        <source>faster by {value}</source>
        <translation>{value} sneller</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Opgeslagen in de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a successful login.</source>
        <translation>Opgeslagen in de sleutelhanger van het systeem na een geslaagde aanmelding.</translation>
    </message>
    <message>
        <source>Read from the system keychain.</source>
        <translation>Gelezen uit de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <source>Not saved: the login failed.</source>
        <translation>Niet opgeslagen: de aanmelding is mislukt.</translation>
    </message>
    <message>
        <source>Not saved: the login failed. The keychain still holds the password saved before.</source>
        <translation>Niet opgeslagen: de aanmelding is mislukt. De sleutelhanger bevat nog het eerder opgeslagen wachtwoord.</translation>
    </message>
    <message>
        <source>The login failed with the password saved in the keychain. It is still saved; type the new one and test the login to replace it.</source>
        <translation>De aanmelding is mislukt met het wachtwoord uit de sleutelhanger. Het blijft opgeslagen; typ het nieuwe wachtwoord en test de aanmelding om het te vervangen.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a successful login, or with Save password now.</source>
        <translation>Het opgeslagen wachtwoord verschilt van het ingetypte. De sleutelhanger wordt bijgewerkt na een geslaagde aanmelding, of met Wachtwoord nu opslaan.</translation>
    </message>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a successful login, or with Save password now.</source>
        <translation>Nog niet opgeslagen: het wachtwoord wordt in de sleutelhanger van het systeem opgeslagen na een geslaagde aanmelding, of met Wachtwoord nu opslaan.</translation>
    </message>
    <message>
        <source>Deleted from the system keychain.</source>
        <translation>Verwijderd uit de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <source>Nothing was saved in the system keychain.</source>
        <translation>Er was niets opgeslagen in de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <source>Still saved in the system keychain (not deleted).</source>
        <translation>Nog steeds opgeslagen in de sleutelhanger van het systeem (niet verwijderd).</translation>
    </message>
    <message>
        <source>No system keychain: the password is kept for this session only.</source>
        <translation>Geen sleutelhanger op dit systeem: het wachtwoord wordt alleen voor deze sessie bewaard.</translation>
    </message>
</context>
<context>
    <name>keychain_ui</name>
    <message>
        <source>Delete the saved password from the keychain?</source>
        <translation>Het opgeslagen wachtwoord uit de sleutelhanger verwijderen?</translation>
    </message>
    <message>
        <source>SMTP Doctor will no longer remember the password of this profile. The password stays in the field until you close the app.</source>
        <translation>SMTP Doctor onthoudt het wachtwoord van dit profiel dan niet meer. Het wachtwoord blijft in het veld staan tot u de app sluit.</translation>
    </message>
    <message>
        <source>Replace the saved password with one that just failed to log in?</source>
        <translation>Het opgeslagen wachtwoord vervangen door een wachtwoord waarmee het aanmelden net mislukte?</translation>
    </message>
    <message>
        <source>The login failed with the password typed now. The keychain holds another password for this profile.</source>
        <translation>Het aanmelden is mislukt met het wachtwoord dat nu is ingetypt. De sleutelhanger bevat een ander wachtwoord voor dit profiel.</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Zoals het &amp;systeem</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localization (for translators)</source>
        <translation>&amp;Pseudolokalisatie (voor vertalers)</translation>
    </message>
    <message>
        <source>The language changes when SMTP Doctor starts again.</source>
        <translation>De taal verandert wanneer SMTP Doctor opnieuw start.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbinding testen</translation>
    </message>
    <message>
        <source>Connect, encrypt and greet the server</source>
        <translation>Verbinden, versleutelen en de server begroeten</translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation>&amp;Aanmelding testen</translation>
    </message>
    <message>
        <source>Also sign in with your user name and password</source>
        <translation>Ook aanmelden met uw gebruikersnaam en wachtwoord</translation>
    </message>
    <message>
        <source>Se&amp;nd test email</source>
        <translation>Testmail ver&amp;zenden</translation>
    </message>
    <message>
        <source>Also send the test message</source>
        <translation>Ook het testbericht verzenden</translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>SMTP Doctor test message</source>
        <translation>Testbericht van SMTP Doctor</translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.
If you can read it, sending mail works.
</source>
        <translation>Dit is een testbericht van SMTP Doctor.
Als u dit kunt lezen, werkt het verzenden van e-mail.
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
        <translation>Begroeting</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Aanmelding testen</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>Tot u stopt</translation>
    </message>
    <message>
        <source>For a time</source>
        <translation>Een tijd lang</translation>
    </message>
    <message>
        <source>A number of times</source>
        <translation>Een aantal keren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
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
        <translation>{host}, poort {port} bewaken, {label}</translation>
    </message>
    <message>
        <source>, without logging in</source>
        <translation>, zonder aanmelden</translation>
    </message>
    <message>
        <source>, logged in as {username}</source>
        <translation>, aangemeld als {username}</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(geen gebruikersnaam)</translation>
    </message>
    <message>
        <source>, DNS server {nameserver}</source>
        <translation>, DNS-server {nameserver}</translation>
    </message>
    <message>
        <source>, through the proxy {proxy}</source>
        <translation>, via de proxy {proxy}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Ports</source>
        <translation>Poorten</translation>
    </message>
    <message>
        <source>Is it my network?</source>
        <translation>Ligt het aan mijn netwerk?</translation>
    </message>
    <message>
        <source>Find my settings</source>
        <translation>Instellingen vinden</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>Domeingezondheid</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>TLS-details</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Bewaking</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
</context>
<context>
    <name>ports</name>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>What answers</source>
        <translation>Wat antwoordt</translation>
    </message>
    <message>
        <source>Control host</source>
        <translation>Controlehost</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>SMTP greeting</source>
        <translation>SMTP-begroeting</translation>
    </message>
    <message>
        <source>SMTP over SSL/TLS</source>
        <translation>SMTP via SSL/TLS</translation>
    </message>
    <message>
        <source>TLS, but no SMTP greeting</source>
        <translation>TLS, maar geen SMTP-begroeting</translation>
    </message>
    <message>
        <source>Not a mail server</source>
        <translation>Geen mailserver</translation>
    </message>
    <message>
        <source>Nothing (silent)</source>
        <translation>Niets (stil)</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Geen adres</translation>
    </message>
    <message>
        <source>The server has no address of this IP version.</source>
        <translation>De server heeft geen adres van deze IP-versie.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open, not SMTP</source>
        <translation>Open, geen SMTP</translation>
    </message>
    <message>
        <source>Open, silent</source>
        <translation>Open, stil</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Gefilterd</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Niet gebruikt</translation>
    </message>
    <message>
        <source>No control host was set.</source>
        <translation>Er is geen controlehost ingesteld.</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Niet getest</translation>
    </message>
    <message>
        <source>The control host could not be probed.</source>
        <translation>De controlehost kon niet worden getest.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoordt</translation>
    </message>
    <message>
        <source>{host} answers on this port from your network.</source>
        <translation>{host} antwoordt vanuit uw netwerk op deze poort.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>{host} refused this port.</source>
        <translation>{host} weigerde deze poort.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>{host} does not answer on this port either: your network probably blocks it.</source>
        <translation>{host} antwoordt ook niet op deze poort: uw netwerk blokkeert hem waarschijnlijk.</translation>
    </message>
</context>
<context>
    <name>server_form</name>
    <message>
        <source>None (no sign-in)</source>
        <translation>Geen (niet aanmelden)</translation>
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
        <translation>Stap</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Bezig…</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>Namen (SAN&apos;s)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagen over</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Verloopdatum</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Keten</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>Onderschepping</translation>
    </message>
    <message>
        <source>Automatic (by port)</source>
        <translation>Automatisch (op poort)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Tussencertificaat</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Basiscertificaat</translation>
    </message>
    <message>
        <source>Trusting only the certificate authorities in {ca_file}</source>
        <translation>Alleen de certificeringsinstanties in {ca_file} worden vertrouwd</translation>
    </message>
    <message>
        <source>Trusting this computer&apos;s certificates</source>
        <translation>De certificaten van deze computer worden vertrouwd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Expired on {not_after}</source>
        <translation>Verlopen op {not_after}</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <source>Valid only from {not_before}</source>
        <translation>Pas geldig vanaf {not_before}</translation>
    </message>
    <message>
        <source>Expires in less than 14 days</source>
        <translation>Verloopt binnen 14 dagen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
</context>
</TS>
