<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Informazioni su {APP_NAME}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verifica in corso…</translation>
    </message>
    <message>
        <source>unavailable ({error})</source>
        <translation>non disponibile ({error})</translation>
    </message>
    <message>
        <source>Tells you why your mail (SMTP) settings don&apos;t work and how to fix them.</source>
        <translation>Spiega perché le impostazioni di posta (SMTP) non funzionano e come correggerle.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Connect timeout:</source>
        <translation>Timeout di connessione:</translation>
    </message>
    <message>
        <source>Reply timeout:</source>
        <translation>Timeout di risposta:</translation>
    </message>
    <message>
        <source>this computer&apos;s name</source>
        <translation>il nome di questo computer</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>Nome EHLO:</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Verifica il certificato del server</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>i certificati attendibili del sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation>Scegli un file di certificati CA (PEM)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>File CA:</translation>
    </message>
    <message>
        <source>Allow old TLS 1.0/1.1 (insecure)</source>
        <translation>Consenti il vecchio TLS 1.0/1.1 (non sicuro)</translation>
    </message>
    <message>
        <source>Only for a device you can&apos;t update: if the server offers nothing newer than TLS 1.0/1.1, log in and send over it anyway. This exposes your password.</source>
        <translation>Solo per un dispositivo che non puoi aggiornare: se il server non offre niente di più recente di TLS 1.0/1.1, accedi e invia comunque così. La password resta esposta.</translation>
    </message>
    <message>
        <source>Fetch missing intermediate (AIA)</source>
        <translation>Scarica l&apos;intermedio mancante (AIA)</translation>
    </message>
    <message>
        <source>When the server&apos;s certificate can&apos;t be verified, download the issuer named in it (over HTTP) to prove that the server doesn&apos;t send its intermediate certificate.</source>
        <translation>Se il certificato del server non può essere verificato, scarica l&apos;emittente indicato al suo interno (via HTTP) per dimostrare che il server non invia il proprio certificato intermedio.</translation>
    </message>
    <message>
        <source>&amp;IP version:</source>
        <translation>Versione &amp;IP:</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>quello del sistema</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>Server DNS:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Password del proxy:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Ricorda nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a run in which the proxy accepted it, never after one it refused.</source>
        <translation>Salvata nel portachiavi di sistema dopo un&apos;esecuzione in cui il proxy l&apos;ha accettata, mai dopo una in cui l&apos;ha rifiutata.</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Scegli un file di certificati CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>BlocklistPage</name>
    <message>
        <source>Is it my network? Looks an address up on the common spam blocklists (Spamhaus ZEN with its PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and explains each listing. Leave the address empty to check the public address your connections come from.</source>
        <translation>È la mia rete? Cerca un indirizzo nelle blocklist antispam più comuni (Spamhaus ZEN con la sua PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) e spiega ogni inserimento. Lascia vuoto l&apos;indirizzo per controllare l&apos;indirizzo pubblico da cui partono le tue connessioni.</translation>
    </message>
    <message>
        <source>Enter an address, or allow the public-address lookup, and press Check blocklists.</source>
        <translation>Inserisci un indirizzo, oppure consenti la ricerca dell&apos;indirizzo pubblico, e premi Controlla blocklist.</translation>
    </message>
    <message>
        <source>Chec&amp;k blocklists</source>
        <translation>Controlla bloc&amp;klist</translation>
    </message>
    <message>
        <source>empty: my public address</source>
        <translation>vuoto: indirizzo pubblico</translation>
    </message>
    <message>
        <source>The IPv4 or IPv6 address to look up, for example the one a bounce message names</source>
        <translation>L&apos;indirizzo IPv4 o IPv6 da cercare, per esempio quello indicato in un messaggio di mancato recapito</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>the common lists</source>
        <translation>le liste comuni</translation>
    </message>
    <message>
        <source>Blocklist zones to ask instead of the common ones, separated by commas (for example bl.spamcop.net)</source>
        <translation>Zone di blocklist da interrogare al posto di quelle comuni, separate da virgole (per esempio bl.spamcop.net)</translation>
    </message>
    <message>
        <source>Block&amp;lists:</source>
        <translation>&amp;Blocklist:</translation>
    </message>
    <message>
        <source>Ask an echo service for my &amp;public address</source>
        <translation>Rileva il mio indirizzo &amp;pubblico (servizio eco)</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Indirizzo pubblico:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;ver DNS:</translation>
    </message>
    <message>
        <source>your public address</source>
        <translation>il tuo indirizzo pubblico</translation>
    </message>
    <message>
        <source>Looking up {what} on the blocklists…</source>
        <translation>Ricerca di {what} nelle blocklist…</translation>
    </message>
</context>
<context>
    <name>BouncePage</name>
    <message>
        <source>Messages and text (*.eml *.txt *.msg *.mbox *.log);;All files (*)</source>
        <translation>Messaggi e testo (*.eml *.txt *.msg *.mbox *.log);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Bounce: paste a bounce (the whole message or just its text), drop an .eml or .txt file here, or open one. SMTP Doctor reads who didn&apos;t get the mail, which server said so and why, and what to do about it.</source>
        <translation>Mancato recapito: incolla un avviso di mancato recapito (l&apos;intero messaggio o solo il testo), trascina qui un file .eml o .txt, oppure aprilo. SMTP Doctor legge chi non ha ricevuto la posta, quale server l&apos;ha detto e perché, e cosa fare.</translation>
    </message>
    <message>
        <source>Paste or open a bounce, then press Read bounce.</source>
        <translation>Incolla o apri un avviso di mancato recapito, poi premi Leggi avviso.</translation>
    </message>
    <message>
        <source>Read bo&amp;unce</source>
        <translation>Legg&amp;i avviso</translation>
    </message>
    <message>
        <source>Paste the bounce here: the returned message with its headers, or only its text.</source>
        <translation>Incolla qui l&apos;avviso di mancato recapito: il messaggio restituito con le intestazioni, o solo il testo.</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Testo dell&apos;avviso</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open a saved bounce (.eml, .txt, Outlook .msg)</source>
        <translation>Apri un avviso salvato (.eml, .txt, Outlook .msg)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <source>Save this reading as a report (HTML, Markdown or JSON)</source>
        <translation>Salva questa lettura come rapporto (HTML, Markdown o JSON)</translation>
    </message>
    <message>
        <source>&amp;Bounce:</source>
        <translation>A&amp;vviso:</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>Apri un avviso di mancato recapito</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Apertura di {name}…</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>Impossibile leggere {name}: {reason}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} aperto.</translation>
    </message>
    <message>
        <source>Paste a bounce or open a file first.</source>
        <translation>Prima incolla un avviso o apri un file.</translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation>Non c&apos;è ancora niente da leggere.</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>Lettura dell&apos;avviso…</translation>
    </message>
    <message>
        <source>This is not a bounce: SMTP Doctor found no delivery report, no failed recipient and no server reply in it.</source>
        <translation>Questo non è un avviso di mancato recapito: SMTP Doctor non vi ha trovato né un rapporto di consegna, né un destinatario non raggiunto, né una risposta di un server.</translation>
    </message>
    <message>
        <source>Paste or open the bounce message.</source>
        <translation>Incolla o apri il messaggio di mancato recapito.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>testo incollato</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Select two runs and press Compare.</source>
        <translation>Seleziona due esecuzioni e premi Confronta.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Stato prima</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Stato dopo</translation>
    </message>
    <message>
        <source>Time before</source>
        <translation>Tempo prima</translation>
    </message>
    <message>
        <source>Time after</source>
        <translation>Tempo dopo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed status</source>
        <translation>
            <numerusform>%n passaggio ha cambiato stato</numerusform>
            <numerusform>%n passaggi hanno cambiato stato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) slowed down</source>
        <translation>
            <numerusform>%n passaggio è più lento</numerusform>
            <numerusform>%n passaggi sono più lenti</numerusform>
        </translation>
    </message>
    <message>
        <source>No step changed status or slowed down</source>
        <translation>Nessun passaggio ha cambiato stato o è più lento</translation>
    </message>
    <message>
        <source>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Before: {old_time} — {old_verdict}&lt;br&gt;After: {new_time} — {new_verdict}</source>
        <translation>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Prima: {old_time} — {old_verdict}&lt;br&gt;Dopo: {new_time} — {new_verdict}</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find my settings: enter your email address (or your domain). SMTP Doctor looks for the outgoing server in provider presets, published SRV records and autoconfig files, and the usual names; tries them all at once and ranks them.</source>
        <translation>Trova impostazioni: inserisci il tuo indirizzo email (o il tuo dominio). SMTP Doctor cerca il server di posta in uscita nelle impostazioni note dei provider, nei record SRV e nei file autoconfig pubblicati e tra i nomi abituali; li prova tutti insieme e li mette in ordine.</translation>
    </message>
    <message>
        <source>Enter your email address and press Find settings.</source>
        <translation>Inserisci il tuo indirizzo email e premi Trova impostazioni.</translation>
    </message>
    <message>
        <source>F&amp;ind settings</source>
        <translation>&amp;Trova impostazioni</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>tu@example.com o example.com</translation>
    </message>
    <message>
        <source>Email &amp;address or domain:</source>
        <translation>&amp;Indirizzo email o dominio:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;ver DNS:</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Candidati, dal migliore</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>&amp;Usa queste impostazioni</translation>
    </message>
    <message>
        <source>Put the selected server, port and security into the connection test&apos;s form</source>
        <translation>Inserisci server, porta e sicurezza selezionati nel modulo del test di connessione</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of {query}…</source>
        <translation>Ricerca del server in uscita di {query}…</translation>
    </message>
    <message>
        <source>{listed} listed in the table above ({tried} tried)</source>
        <translation>{listed} elencati nella tabella sopra ({tried} provati)</translation>
    </message>
    <message>
        <source>No candidates to use.</source>
        <translation>Nessun candidato da usare.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funziona</translation>
    </message>
    <message>
        <source>did not work here</source>
        <translation>qui non ha funzionato</translation>
    </message>
    <message>
        <source>; outside your domain</source>
        <translation>; fuori dal tuo dominio</translation>
    </message>
    <message>
        <source>{host}, port {port}, {security} ({works}{outside})</source>
        <translation>{host}, porta {port}, {security} ({works}{outside})</translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation>Usare queste impostazioni?</translation>
    </message>
    <message>
        <source>Use {host} for sending mail?</source>
        <translation>Usare {host} per inviare la posta?</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain health: the DNS records that decide whether mail from your domain is delivered and trusted — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — and the reverse DNS, greeting name and certificates of your mail servers.</source>
        <translation>Stato del dominio: i record DNS che decidono se la posta del tuo dominio viene recapitata e considerata affidabile — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — oltre a DNS inverso, nome di saluto e certificati dei tuoi server di posta.</translation>
    </message>
    <message>
        <source>Enter your domain and press Check domain.</source>
        <translation>Inserisci il tuo dominio e premi Controlla dominio.</translation>
    </message>
    <message>
        <source>Chec&amp;k domain</source>
        <translation>&amp;Controlla dominio</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>D&amp;ominio:</translation>
    </message>
    <message>
        <source>e.g. s1, google (optional)</source>
        <translation>es. s1, google (facoltativo)</translation>
    </message>
    <message>
        <source>DKIM selectors to check: the s= value in a DKIM-Signature header of a message you sent. Separate with commas.</source>
        <translation>Selettori DKIM da controllare: il valore s= nell&apos;intestazione DKIM-Signature di un messaggio che hai inviato. Separali con virgole.</translation>
    </message>
    <message>
        <source>Also try &amp;common ones</source>
        <translation>Prova anche quelli com&amp;uni</translation>
    </message>
    <message>
        <source>Also look for selectors that providers often use (default, google, selector1, k1, …)</source>
        <translation>Cerca anche i selettori usati spesso dai provider (default, google, selector1, k1, …)</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>&amp;Selettori DKIM:</translation>
    </message>
    <message>
        <source>the first MX (optional)</source>
        <translation>il primo MX (facoltativo)</translation>
    </message>
    <message>
        <source>The mail server whose reverse DNS and greeting name to check, as host or host:port (default port 25). The port is also used to read the MX servers&apos; certificates for DANE and MTA-STS.</source>
        <translation>Il server di posta di cui controllare DNS inverso e nome di saluto, come host o host:porta (porta predefinita 25). La porta serve anche a leggere i certificati dei server MX per DANE e MTA-STS.</translation>
    </message>
    <message>
        <source>Mai&amp;l server:</source>
        <translation>Server di pos&amp;ta:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;ver DNS:</translation>
    </message>
    <message>
        <source>Checking the mail records of {domain}…</source>
        <translation>Controllo dei record di posta di {domain}…</translation>
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
        <translation>Un test è già in corso.</translation>
    </message>
    <message>
        <source>Filled in {host}, a name taken from the server&apos;s certificate: check with your provider that it is theirs, then run the test.</source>
        <translation>Inserito {host}, un nome preso dal certificato del server: verifica con il tuo provider che sia suo, poi esegui il test.</translation>
    </message>
    <message>
        <source>Changed the settings ({label}): run the test when ready.</source>
        <translation>Impostazioni modificate ({label}): esegui il test quando vuoi.</translation>
    </message>
    <message>
        <source>Settings restored: {saved}.</source>
        <translation>Impostazioni ripristinate: {saved}.</translation>
    </message>
</context>
<context>
    <name>FixActionsBar</name>
    <message>
        <source>Fix it in one click:</source>
        <translation>Correggi con un clic:</translation>
    </message>
    <message>
        <source>Undo the fix</source>
        <translation>Annulla la correzione</translation>
    </message>
    <message>
        <source>Same as: {action}</source>
        <translation>Come: {action}</translation>
    </message>
    <message>
        <source>Back to {description}</source>
        <translation>Torna a {description}</translation>
    </message>
</context>
<context>
    <name>FormWatch</name>
    <message>
        <source>another password</source>
        <translation>un&apos;altra password</translation>
    </message>
    <message>
        <source>These results are for the previous settings ({changes}).</source>
        <translation>Questi risultati si riferiscono alle impostazioni precedenti ({changes}).</translation>
    </message>
    <message>
        <source>These results are for the previous settings.</source>
        <translation>Questi risultati si riferiscono alle impostazioni precedenti.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Correggi il campo evidenziato.</numerusform>
            <numerusform>Correggi i %n campi evidenziati.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings look right now. Press Test connection.</source>
        <translation>Ora le impostazioni sembrano corrette. Premi Test connessione.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofilo:</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Confronta</translation>
    </message>
    <message>
        <source>Compare the two selected runs step by step</source>
        <translation>Confronta passo per passo le due esecuzioni selezionate</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Elimi&amp;na</translation>
    </message>
    <message>
        <source>Delete the selected runs (Del)</source>
        <translation>Elimina le esecuzioni selezionate (Canc)</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> esecuzioni</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>Esecuzioni da conservare</translation>
    </message>
    <message>
        <source>Older runs (of all profiles) are deleted so the history file cannot grow without bound</source>
        <translation>Le esecuzioni più vecchie (di tutti i profili) vengono eliminate, così il file della cronologia non cresce senza limiti</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Conser&amp;va le ultime:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;pplica</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Esecuzioni passate</translation>
    </message>
    <message>
        <source>Select a run to see its full result.</source>
        <translation>Seleziona un&apos;esecuzione per vederne il risultato completo.</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Ris&amp;ultato</translation>
    </message>
    <message>
        <source>Compariso&amp;n</source>
        <translation>Confron&amp;to</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>leggere la cronologia</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(nessun profilo)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tutti i profili</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in all profiles.</source>
        <translation>
            <numerusform>%n esecuzione in tutti i profili.</numerusform>
            <numerusform>%n esecuzioni in tutti i profili.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) for “{profile}”.</source>
        <translation>
            <numerusform>%n esecuzione per “{profile}”.</numerusform>
            <numerusform>%n esecuzioni per “{profile}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n.</source>
        <translation>
            <numerusform>Viene mostrata la più recente.</numerusform>
            <numerusform>Vengono mostrate le %n più recenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>That run is no longer in the history.</source>
        <translation>Quell&apos;esecuzione non è più nella cronologia.</translation>
    </message>
    <message>
        <source>open the run</source>
        <translation>aprire l&apos;esecuzione</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Elimina esecuzioni</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare %n esecuzione dalla cronologia? L&apos;operazione non può essere annullata.</numerusform>
            <numerusform>Eliminare %n esecuzioni dalla cronologia? L&apos;operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history.</source>
        <translation>
            <numerusform>%n esecuzione eliminata dalla cronologia.</numerusform>
            <numerusform>%n esecuzioni eliminate dalla cronologia.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation>eliminare le esecuzioni</translation>
    </message>
    <message>
        <source>Select exactly two runs to compare.</source>
        <translation>Seleziona esattamente due esecuzioni da confrontare.</translation>
    </message>
    <message>
        <source>compare the runs</source>
        <translation>confrontare le esecuzioni</translation>
    </message>
    <message>
        <source>Keep fewer runs</source>
        <translation>Conserva meno esecuzioni</translation>
    </message>
    <message numerus="yes">
        <source>Keep only the last %n run(s)? Older runs are deleted now.</source>
        <translation>
            <numerusform>Conservare solo l&apos;ultima esecuzione? Le più vecchie vengono eliminate subito.</numerusform>
            <numerusform>Conservare solo le ultime %n esecuzioni? Le più vecchie vengono eliminate subito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n run(s).</source>
        <translation>
            <numerusform>La cronologia conserva l&apos;ultima esecuzione.</numerusform>
            <numerusform>La cronologia conserva le ultime %n esecuzioni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older run(s) were deleted.</source>
        <translation>
            <numerusform>%n esecuzione più vecchia è stata eliminata.</numerusform>
            <numerusform>%n esecuzioni più vecchie sono state eliminate.</numerusform>
        </translation>
    </message>
    <message>
        <source>change the retention</source>
        <translation>modificare la conservazione</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>History: could not {what}: {error}</source>
        <translation>Cronologia: impossibile {what}: {error}</translation>
    </message>
    <message>
        <source>Could not {what}: {error}</source>
        <translation>Impossibile {what}: {error}</translation>
    </message>
    <message>
        <source>open the history</source>
        <translation>aprire la cronologia</translation>
    </message>
    <message>
        <source>save the run</source>
        <translation>salvare l&apos;esecuzione</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Reading the password from the system keychain…</source>
        <extracomment>The mail password, per profile. A proxy&apos;s password, per proxy account (user@host:port): the same rules, its own entry kind.</extracomment>
        <translation>Lettura della password dal portachiavi di sistema…</translation>
    </message>
    <message>
        <source>No password is saved in the system keychain yet.</source>
        <translation>Nel portachiavi di sistema non è ancora salvata nessuna password.</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Latency chart</source>
        <translation>Grafico della latenza</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Millisecondi</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>Esecuzione non riuscita</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofilo:</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Gestisci…</translation>
    </message>
    <message>
        <source>Create, rename, duplicate or delete profiles</source>
        <translation>Crea, rinomina, duplica o elimina profili</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>Interrompi il test (Esc)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test connessione</translation>
    </message>
    <message>
        <source>Undo “Use these settings”</source>
        <translation>Annulla “Usa queste impostazioni”</translation>
    </message>
    <message>
        <source>Filled in {host}, port {port}: press Test connection (Undo is under Details).</source>
        <translation>Inseriti {host}, porta {port}: premi Test connessione (Annulla si trova in Dettagli).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Salva profilo</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gestisci profili…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Es&amp;porta rapporto…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>Copia i risultati come testo</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copia la trascrizione</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Copia il &amp;rapporto</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Aspetto</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Esegui</translation>
    </message>
    <message>
        <source>Run last test again</source>
        <translation>Esegui di nuovo l&apos;ultimo test</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation>&amp;Informazioni su SMTP Doctor</translation>
    </message>
    <message>
        <source>A test is already running.</source>
        <translation>Un test è già in corso.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Correggi il campo evidenziato.</numerusform>
            <numerusform>Correggi i %n campi evidenziati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {host}, port {port}…</source>
        <translation>Test di {host}, porta {port}…</translation>
    </message>
    <message>
        <source>Run again: {label}</source>
        <translation>Esegui di nuovo: {label}</translation>
    </message>
    <message>
        <source>Could not save profiles: {exc}</source>
        <translation>Impossibile salvare i profili: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {exc}</source>
        <translation>Impossibile salvare il profilo: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>Impossibile salvare il profilo: {error}</translation>
    </message>
    <message>
        <source>Provider presets unavailable: {error}</source>
        <translation>Impostazioni dei provider non disponibili: {error}</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>your user name, if it is an address</source>
        <translation>il tuo nome utente, se è un indirizzo</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>l&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Testo:</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Which test to repeat: connect, encrypt and greet, or also sign in. The settings are those of the Connection test page.</source>
        <translation>Quale test ripetere: connessione, cifratura e saluto, oppure anche l&apos;accesso. Le impostazioni sono quelle della pagina Test connessione.</translation>
    </message>
    <message>
        <source>Seconds from the start of one run to the start of the next</source>
        <translation>Secondi dall&apos;inizio di un&apos;esecuzione all&apos;inizio della successiva</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durata in minuti</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> esecuzioni</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Numero di esecuzioni</translation>
    </message>
    <message>
        <source>&amp;Start monitoring</source>
        <translation>&amp;Avvia monitoraggio</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Save every run of this session as a CSV file</source>
        <translation>Salva ogni esecuzione di questa sessione come file CSV</translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation>&amp;Test:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Ogni:</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <source>Not monitoring yet.</source>
        <translation>Monitoraggio non ancora avviato.</translation>
    </message>
    <message>
        <source>Monitor runs</source>
        <translation>Esecuzioni del monitoraggio</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Latency per phase</source>
        <translation>Latenza per fase</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Esecuzioni</translation>
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
        <translation>max ms</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Esecuzioni:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Errori:</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saluto</translation>
    </message>
    <message>
        <source>Repeats the chosen test with the settings of the Connection test page.</source>
        <translation>Ripete il test scelto con le impostazioni della pagina Test connessione.</translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation>Controllo delle impostazioni…</translation>
    </message>
    <message>
        <source>Please correct the settings on the Connection test page first: {detail}</source>
        <translation>Correggi prima le impostazioni nella pagina Test connessione: {detail}</translation>
    </message>
    <message>
        <source>Could not start: {error}</source>
        <translation>Impossibile avviare: {error}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message numerus="yes">
        <source>, %n runs</source>
        <translation>
            <numerusform>, %n esecuzione</numerusform>
            <numerusform>, %n esecuzioni</numerusform>
        </translation>
    </message>
    <message>
        <source> for {value} min</source>
        <translation> per {value} min</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, every {every:g} s{limit}…</source>
        <translation>Monitoraggio di {host}, porta {port}, ogni {every:g} s{limit}…</translation>
    </message>
    <message>
        <source> until stopped</source>
        <translation> fino all&apos;interruzione</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <source>Run {index} at {time}: {status}</source>
        <translation>Esecuzione {index} alle {time}: {status}</translation>
    </message>
    <message>
        <source> — monitoring…</source>
        <translation> — monitoraggio in corso…</translation>
    </message>
    <message>
        <source>The monitor stopped with an error: {error}</source>
        <translation>Il monitoraggio si è interrotto con un errore: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n run(s):</source>
        <translation>
            <numerusform>Interrotto dopo %n esecuzione:</numerusform>
            <numerusform>Interrotto dopo %n esecuzioni:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n run(s):</source>
        <translation>
            <numerusform>Terminato dopo %n esecuzione:</numerusform>
            <numerusform>Terminato dopo %n esecuzioni:</numerusform>
        </translation>
    </message>
    <message>
        <source>{passed} passed, {failures} failed.</source>
        <translation>{passed} riuscite, {failures} non riuscite.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>{runs} ({passed} passed, {failures} failed)</source>
        <translation>{runs} ({passed} riuscite, {failures} non riuscite)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuna</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Export monitor runs as CSV</source>
        <translation>Esporta le esecuzioni del monitoraggio come CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossibile salvare {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to {path}.</source>
        <translation>
            <numerusform>%n esecuzione salvata in {path}.</numerusform>
            <numerusform>%n esecuzioni salvate in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Default</source>
        <extracomment>The form&apos;s provider presets that sign in with OAuth, and with whom.</extracomment>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Accesso non effettuato</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Stato dell&apos;accesso</translation>
    </message>
    <message>
        <source>Sign in with Microsoft…</source>
        <translation>Accedi con Microsoft…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci dall&apos;account</translation>
    </message>
    <message>
        <source>Use a code (sign in on another device)</source>
        <translation>Usa un codice (accedi da un altro dispositivo)</translation>
    </message>
    <message>
        <source>Show a code to enter at microsoft.com/devicelogin instead of opening a browser on this computer</source>
        <translation>Mostra un codice da inserire su microsoft.com/devicelogin invece di aprire un browser su questo computer</translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s own</source>
        <translation>quello di SMTP Doctor</translation>
    </message>
    <message>
        <source>Your organisation&apos;s app registration (client) ID, if it requires its own (see docs/oauth.md)</source>
        <translation>L&apos;ID applicazione (client) della registrazione dell&apos;app della tua organizzazione, se ne richiede uno proprio (vedi docs/oauth.md)</translation>
    </message>
    <message>
        <source>Google Desktop app clients only</source>
        <translation>Solo client di app desktop Google</translation>
    </message>
    <message>
        <source>organizations: work or school accounts; consumers: Outlook.com; common: both; or your tenant ID or domain</source>
        <translation>organizations: account aziendali o scolastici; consumers: Outlook.com; common: entrambi; oppure l&apos;ID o il dominio del tuo tenant</translation>
    </message>
    <message>
        <source>the scope your provider&apos;s SMTP server needs</source>
        <translation>l&apos;ambito richiesto dal server SMTP del tuo provider</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Segreto client:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Tenant:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emittente:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ambito:</translation>
    </message>
    <message>
        <source>your provider</source>
        <extracomment>What the user entered for a provider, kept in QSettings (never a secret: the Google client secret goes to the keychain entry with the refresh token, not here).</extracomment>
        <translation>il tuo provider</translation>
    </message>
    <message>
        <source>Sign in with {provider}…</source>
        <translation>Accedi con {provider}…</translation>
    </message>
    <message>
        <source>required: your app registration&apos;s client ID</source>
        <translation>obbligatorio: l&apos;ID client della registrazione della tua app</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Accesso annullato.</translation>
    </message>
    <message>
        <source>The sign-in failed: {name}</source>
        <translation>Accesso non riuscito: {name}</translation>
    </message>
    <message>
        <source>Signed in with {provider} as {account}</source>
        <translation>Accesso effettuato con {provider} come {account}</translation>
    </message>
    <message>
        <source>; the access token is valid until {until}</source>
        <translation>; il token di accesso è valido fino a {until}</translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Is it my network? Probes the mail ports of a server in parallel, over IPv4 and IPv6, and the same ports on a control host that answers on every port: a port blocked on both is blocked by your network or provider.</source>
        <translation>È la mia rete? Verifica in parallelo le porte di posta di un server, via IPv4 e IPv6, e le stesse porte su un host di controllo che risponde su ogni porta: una porta bloccata su entrambi è bloccata dalla tua rete o dal tuo provider.</translation>
    </message>
    <message>
        <source>Enter the server and press Probe ports.</source>
        <translation>Inserisci il server e premi Verifica porte.</translation>
    </message>
    <message>
        <source>&amp;Probe ports</source>
        <translation>Verifica &amp;porte</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Ports to probe, separated by commas; add your own (e.g. 8025)</source>
        <translation>Porte da verificare, separate da virgole; aggiungi le tue (es. 8025)</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>P&amp;orte:</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer; the whole probe takes about this long, not this long per port</source>
        <translation>Secondi di attesa per una risposta; l&apos;intera verifica dura più o meno questo tempo, non questo tempo per ogni porta</translation>
    </message>
    <message>
        <source>T&amp;imeout (s):</source>
        <translation>T&amp;imeout (s):</translation>
    </message>
    <message>
        <source>none: no control comparison</source>
        <translation>nessuno: nessun confronto di controllo</translation>
    </message>
    <message>
        <source>A host that answers on every port (the control). Empty: no control comparison. Remembered for next time.</source>
        <translation>Un host che risponde su ogni porta (il controllo). Vuoto: nessun confronto di controllo. Viene ricordato per la prossima volta.</translation>
    </message>
    <message>
        <source>Co&amp;ntrol host:</source>
        <translation>Host di co&amp;ntrollo:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;ver DNS:</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Compare with a control host?</source>
        <translation>Confrontare con un host di controllo?</translation>
    </message>
    <message>
        <source>To tell whether your own network blocks a port, SMTP Doctor can also try the same ports on {host}, a public host run by a third party that answers on every port.</source>
        <translation>Per capire se è la tua rete a bloccare una porta, SMTP Doctor può provare le stesse porte anche su {host}, un host pubblico gestito da terzi che risponde su ogni porta.</translation>
    </message>
    <message>
        <source>Only connections are opened (nothing about you, your server or your password is sent), but {host} sees your internet address. Your answer is remembered; you can change the control host on this page at any time.</source>
        <translation>Vengono solo aperte delle connessioni (non viene inviato niente su di te, sul tuo server o sulla tua password), ma {host} vede il tuo indirizzo internet. La risposta viene ricordata; puoi cambiare l&apos;host di controllo in questa pagina in qualsiasi momento.</translation>
    </message>
    <message>
        <source>Use {host}</source>
        <translation>Usa {host}</translation>
    </message>
    <message>
        <source>No control comparison</source>
        <translation>Nessun confronto di controllo</translation>
    </message>
    <message>
        <source>Probing {host} on port {ports}…</source>
        <translation>Verifica di {host} sulla porta {ports}…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>In attesa…</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Non verificata</translation>
    </message>
    <message>
        <source>The run stopped before this port was probed.</source>
        <translation>L&apos;esecuzione si è interrotta prima che questa porta fosse verificata.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profili</translation>
    </message>
    <message>
        <source>&amp;Profiles (passwords are kept in the system keychain, never in these settings):</source>
        <translation>&amp;Profili (le password sono conservate nel portachiavi di sistema, mai in queste impostazioni):</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rinomina…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nome del profilo:</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuovo profilo</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Rinomina profilo</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Elimina profilo</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its saved password?</source>
        <translation>Eliminare il profilo “{name}” e la sua password salvata?</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a run that the proxy accepts.</source>
        <translation>Non ancora salvata: la password viene salvata nel portachiavi di sistema dopo un&apos;esecuzione accettata dal proxy.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a run that the proxy accepts.</source>
        <translation>La password salvata è diversa da quella digitata. Il portachiavi viene aggiornato dopo un&apos;esecuzione accettata dal proxy.</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>nessuno (diretto)</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port, socks5h://host:port (the proxy looks up names), http://host:port (HTTP CONNECT), with user@ before the host when it needs a login, or system (this computer&apos;s proxy settings). The same setting is used by every tool, and is remembered; the password never goes here.</source>
        <translation>Connettiti tramite questo proxy: socks5://host:porta, socks5h://host:porta (il proxy risolve i nomi), http://host:porta (HTTP CONNECT), con utente@ prima dell&apos;host se richiede un accesso, oppure system (le impostazioni proxy di questo computer). La stessa impostazione vale per tutti gli strumenti e viene ricordata; la password non va mai qui.</translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation>se il proxy ne chiede una</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Run a test (or open one from the history) to export its report.</source>
        <translation>Esegui un test (o aprine uno dalla cronologia) per esportarne il rapporto.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <source>Could not export the report: {error}</source>
        <translation>Impossibile esportare il rapporto: {error}</translation>
    </message>
    <message>
        <source>Report saved to {written}.</source>
        <translation>Rapporto salvato in {written}.</translation>
    </message>
    <message>
        <source>Run a test (or open one from the history) to copy its report.</source>
        <translation>Esegui un test (o aprine uno dalla cronologia) per copiarne il rapporto.</translation>
    </message>
    <message>
        <source>Could not copy the report: {error}</source>
        <translation>Impossibile copiare il rapporto: {error}</translation>
    </message>
    <message>
        <source>Report copied to the clipboard (Markdown and rich text).</source>
        <translation>Rapporto copiato negli Appunti (Markdown e testo formattato).</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Trascrizione</translation>
    </message>
    <message>
        <source>Copy &amp;transcript</source>
        <translation>Copia t&amp;rascrizione</translation>
    </message>
    <message>
        <source>Copy results as te&amp;xt</source>
        <translation>Copia risu&amp;ltati come testo</translation>
    </message>
    <message>
        <source>Transcript copied to the clipboard.</source>
        <translation>Trascrizione copiata negli Appunti.</translation>
    </message>
    <message>
        <source>Results copied to the clipboard.</source>
        <translation>Risultati copiati negli Appunti.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>The check returned no result: {result!r}</source>
        <translation>Il controllo non ha restituito alcun risultato: {result!r}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Diagnosis: {id}</source>
        <translation>Diagnosi: {id}</translation>
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
        <translation>Esecuzione {index}: {status}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>{title} section</source>
        <translation>Sezione {title}</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>espansa</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>compressa</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Custom server</source>
        <translation>Server personalizzato</translation>
    </message>
    <message>
        <source>The provider&apos;s server to use</source>
        <translation>Il server del provider da usare</translation>
    </message>
    <message>
        <source>Provider server</source>
        <translation>Server del provider</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pro&amp;vider:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>STARTTLS: port 587, encryption starts after connecting.
SSL/TLS: port 465, encrypted from the start.
None: no encryption (port 25, servers on your own network).</source>
        <translation>STARTTLS: porta 587, la cifratura inizia dopo la connessione.
SSL/TLS: porta 465, cifrato fin dall&apos;inizio.
Nessuna: nessuna cifratura (porta 25, server sulla tua rete).</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sicure&amp;zza:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation>&amp;Accesso:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Password o password per le app</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Mostra o nascondi la password</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostra password</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Ricorda nel portac&amp;hiavi di sistema</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (never in SMTP Doctor&apos;s settings files)</source>
        <translation>Conserva la password nel portachiavi di sistema (mai nei file di impostazioni di SMTP Doctor)</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Ricorda la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Save password now</source>
        <translation>Salva ora la password</translation>
    </message>
    <message>
        <source>Save the typed password in the system keychain now, without waiting for a successful login</source>
        <translation>Salva subito la password digitata nel portachiavi di sistema, senza attendere un accesso riuscito</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <source>Use port {default_port}</source>
        <translation>Usa la porta {default_port}</translation>
    </message>
    <message>
        <source>{security} usually runs on port {port}</source>
        <translation>{security} di solito usa la porta {port}</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>To&amp;ken di accesso:</translation>
    </message>
    <message>
        <source>OAuth 2 access token (or sign in above)</source>
        <translation>Token di accesso OAuth 2 (oppure accedi qui sopra)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
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
        <translation>Avanzate</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Messaggio di prova</translation>
    </message>
    <message>
        <source>After sending, watch a mailbox</source>
        <translation>Dopo l&apos;invio, controlla una casella di posta</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with {provider_name}</source>
        <translation>Accedi con {provider_name}</translation>
    </message>
    <message>
        <source>Starting the sign-in with {provider_name}…</source>
        <translation>Avvio dell&apos;accesso con {provider_name}…</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Codice di accesso</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copia codice</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Apri browser</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code. Then sign in with your Microsoft account.</source>
        <translation>Su qualsiasi dispositivo, apri l&apos;indirizzo qui sotto e inserisci questo codice. Poi accedi con il tuo account Microsoft.</translation>
    </message>
    <message>
        <source>Sign in in your browser; SMTP Doctor continues by itself when you are done. If no browser window opened, open this address:</source>
        <translation>Accedi nel browser; SMTP Doctor prosegue da solo quando hai finito. Se non si è aperta nessuna finestra del browser, apri questo indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copia link</translation>
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
        <translation>Seleziona un passaggio per vedere cosa è successo e come correggerlo.</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Dettagli del passaggio</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>In corso…</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Cosa non ha funzionato</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Da sapere</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Come correggere</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnosi:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Dettagli tecnici</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>waiting for {waiting_for}, {waited} s</source>
        <translation>in attesa di {waiting_for}, {waited} s</translation>
    </message>
    <message>
        <source>waiting for {waiting_for}, {waited} of {limit} s</source>
        <translation>in attesa di {waiting_for}, {waited} di {limit} s</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Interrotto prima della fine.</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}: {state}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS details: every certificate the server presents (subject, issuer, names, validity, key, signature), days until expiry, protocol and cipher, whether the chain is complete, and whether something intercepts the connection.</source>
        <translation>Dettagli TLS: ogni certificato presentato dal server (soggetto, emittente, nomi, validità, chiave, firma), giorni alla scadenza, protocollo e cifrario, se la catena è completa e se qualcosa intercetta la connessione.</translation>
    </message>
    <message>
        <source>Enter the server (taken from the connection test) and press Inspect TLS.</source>
        <translation>Inserisci il server (preso dal test di connessione) e premi Esamina TLS.</translation>
    </message>
    <message>
        <source>&amp;Inspect TLS</source>
        <translation>Esam&amp;ina TLS</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (465). STARTTLS: plain first, then encrypted (587, 25).</source>
        <translation>SSL/TLS: cifrato fin dall&apos;inizio (465). STARTTLS: prima in chiaro, poi cifrato (587, 25).</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;curezza:</translation>
    </message>
    <message>
        <source>Set in the connection test&apos;s Advanced section (CA file)</source>
        <translation>Si imposta nella sezione Avanzate del test di connessione (file CA)</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;ver DNS:</translation>
    </message>
    <message>
        <source>Certificate chain, server first</source>
        <translation>Catena di certificati, prima il server</translation>
    </message>
    <message>
        <source>Inspecting the TLS of {host}, port {port}…</source>
        <translation>Esame del TLS di {host}, porta {port}…</translation>
    </message>
    <message>
        <source>Not checked: no certificate was received.</source>
        <translation>Non controllato: non è stato ricevuto nessun certificato.</translation>
    </message>
    <message>
        <source>Valid from {not_before} until {not_after}</source>
        <translation>Valido dal {not_before} al {not_after}</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>Esegu&amp;i</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation>Esegui (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Interrompi (Esc)</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v di %m passaggi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>quello del sistema</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s</source>
        <translation>Interroga questo server DNS (indirizzo IP[:porta]) invece di quello del sistema</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Password del proxy</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>Prox&amp;y:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Correggi il campo evidenziato.</numerusform>
            <numerusform>Correggi i %n campi evidenziati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>The conversation with the server appears here.
C: sent by {APP_NAME}   S: sent by the server   **: note</source>
        <translation>Qui compare la conversazione con il server.
C: inviato da {APP_NAME}   S: inviato dal server   **: nota</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tempo trascorso</translation>
    </message>
    <message>
        <source>Choose a provider or enter your server, then press Test connection.</source>
        <translation>Scegli un provider o inserisci il tuo server, poi premi Test connessione.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Il test è stato annullato.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Total {total_ms}</source>
        <translation>Totale {total_ms}</translation>
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
        <translation>Controlla le impostazioni</translation>
    </message>
    <message>
        <source>SMTP Doctor ran into a problem</source>
        <translation>SMTP Doctor ha incontrato un problema</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Elapsed {seconds} s</source>
        <translation>Trascorsi {seconds} s</translation>
    </message>
</context>
<context>
    <name>VerifyWarning</name>
    <message>
        <source>Warning: certificate checks are off</source>
        <translation>Attenzione: i controlli dei certificati sono disattivati</translation>
    </message>
</context>
<context>
    <name>WatchForm</name>
    <message>
        <source>After “Send test email”, look for the message in a mailbox (IMAP)</source>
        <translation>Dopo “Invia email di prova”, cercalo in una casella (IMAP)</translation>
    </message>
    <message>
        <source>Shows whether it arrived, in Inbox or Junk, how long it took, and how the receiver judged SPF, DKIM and DMARC.</source>
        <translation>Mostra se è arrivato, in Posta in arrivo o in Posta indesiderata, quanto ci ha messo e come il destinatario ha valutato SPF, DKIM e DMARC.</translation>
    </message>
    <message>
        <source>the sending account, or imaps://user@imap.example.com</source>
        <translation>vuoto: l&apos;account che invia</translation>
    </message>
    <message>
        <source>Leave empty to watch the account that sends (its IMAP server is guessed from the SMTP server). imaps:// uses port 993, imap:// port 143 with STARTTLS.</source>
        <translation>Lascia vuoto per controllare l&apos;account che invia (il suo server IMAP viene dedotto dal server SMTP). imaps:// usa la porta 993, imap:// la porta 143 con STARTTLS.</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>Casella:</translation>
    </message>
    <message>
        <source>only for another account than the sender&apos;s</source>
        <translation>solo per un altro account</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Password della casella</translation>
    </message>
    <message>
        <source>Mailbox pass&amp;word:</source>
        <translation>Password casella:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for the message up to, in seconds</source>
        <translation>Attendi il messaggio fino a, in secondi</translation>
    </message>
    <message>
        <source>Wait &amp;up to:</source>
        <translation>Attendi al pi&amp;ù:</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Keyring backend</source>
        <translation>Backend del portachiavi</translation>
    </message>
</context>
<context>
    <name>advanced</name>
    <message>
        <source>Automatic</source>
        <translation>Automatica</translation>
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
        <translation>⚠ I controlli dei certificati sono disattivati: SMTP Doctor non si accorgerà di un server impostore, e un&apos;app di posta configurata così non è sicura. Usalo solo per esaminare un certificato difettoso.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Passed</source>
        <translation>Riuscito</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>Funziona, con avvisi</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problema trovato</translation>
    </message>
    <message>
        <source>Nothing was tested</source>
        <translation>Non è stato testato niente</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test in corso…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
</context>
<context>
    <name>device_code</name>
    <message>
        <source>Waiting for you to sign in… {time} left</source>
        <extracomment>The only links the Open button hands to the system: the address comes from the sign-in server, and another scheme (file:, ms-msdt:, a custom handler) would start a local program.</extracomment>
        <translation>In attesa del tuo accesso… mancano {time}</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Trovato tramite</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificato</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saluto</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>Impostazione del provider</translation>
    </message>
    <message>
        <source>Preset (by MX)</source>
        <translation>Impostazione (da MX)</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>Record SRV</translation>
    </message>
    <message>
        <source>Autoconfig</source>
        <translation>Autoconfig</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Ipotesi</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Non provato</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Non verificato</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funziona</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Non funziona</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>The connection is encrypted</source>
        <translation>La connessione è cifrata</translation>
    </message>
    <message>
        <source>No encryption: the password would travel in clear text</source>
        <translation>Nessuna cifratura: la password viaggerebbe in chiaro</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valido</translation>
    </message>
    <message>
        <source>Valid for {host}</source>
        <translation>Valido per {host}</translation>
    </message>
    <message>
        <source>{problem}: the certificate is for {names}</source>
        <translation>{problem}: il certificato è per {names}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>{host} is outside your domain. Your password would be sent to this host.</source>
        <translation>{host} è fuori dal tuo dominio. La tua password verrebbe inviata a questo host.</translation>
    </message>
    <message>
        <source>{host} offers no encryption: your password would cross the network unencrypted, readable by anyone on the way.</source>
        <translation>{host} non offre cifratura: la tua password attraverserebbe la rete in chiaro, leggibile da chiunque lungo il percorso.</translation>
    </message>
    <message>
        <source>{host} (outside your domain)</source>
        <translation>{host} (fuori dal tuo dominio)</translation>
    </message>
</context>
<context>
    <name>dns_setting</name>
    <message>
        <source>the system&apos;s</source>
        <translation>quello del sistema</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s. The same setting is used by the connection test and every tool, and is remembered.</source>
        <translation>Interroga questo server DNS (indirizzo IP[:porta]) invece di quello del sistema. La stessa impostazione vale per il test di connessione e per tutti gli strumenti, e viene ricordata.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>Rapporto HTML (*.html *.htm)</translation>
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
        <translation>{host}, porta {port}, {security}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>nessun server</translation>
    </message>
    <message>
        <source>{label}: applied, testing again…</source>
        <translation>{label}: applicata, nuovo test in corso…</translation>
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
        <translation>porta {}</translation>
    </message>
    <message>
        <source>security {}</source>
        <translation>sicurezza {}</translation>
    </message>
    <message>
        <source>user name {}</source>
        <translation>nome utente {}</translation>
    </message>
    <message>
        <source>sign-in {}</source>
        <translation>accesso {}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
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
        <translation>stato cambiato</translation>
    </message>
    <message>
        <source>slower by {delta}</source>
        <translation>più lento di {delta}</translation>
    </message>
    <message>
        <source>faster by {value}</source>
        <translation>più veloce di {value}</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Salvata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a successful login.</source>
        <translation>Salvata nel portachiavi di sistema dopo un accesso riuscito.</translation>
    </message>
    <message>
        <source>Read from the system keychain.</source>
        <translation>Letta dal portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Not saved: the login failed.</source>
        <translation>Non salvata: l&apos;accesso non è riuscito.</translation>
    </message>
    <message>
        <source>Not saved: the login failed. The keychain still holds the password saved before.</source>
        <translation>Non salvata: l&apos;accesso non è riuscito. Il portachiavi conserva ancora la password salvata prima.</translation>
    </message>
    <message>
        <source>The login failed with the password saved in the keychain. It is still saved; type the new one and test the login to replace it.</source>
        <translation>L&apos;accesso con la password salvata nel portachiavi non è riuscito. È ancora salvata; digita quella nuova e prova l&apos;accesso per sostituirla.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a successful login, or with Save password now.</source>
        <translation>La password salvata è diversa da quella digitata. Il portachiavi viene aggiornato dopo un accesso riuscito, oppure con Salva ora la password.</translation>
    </message>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a successful login, or with Save password now.</source>
        <translation>Non ancora salvata: la password viene salvata nel portachiavi di sistema dopo un accesso riuscito, oppure con Salva ora la password.</translation>
    </message>
    <message>
        <source>Deleted from the system keychain.</source>
        <translation>Eliminata dal portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Nothing was saved in the system keychain.</source>
        <translation>Nel portachiavi di sistema non era salvato niente.</translation>
    </message>
    <message>
        <source>Still saved in the system keychain (not deleted).</source>
        <translation>Ancora salvata nel portachiavi di sistema (non eliminata).</translation>
    </message>
    <message>
        <source>No system keychain: the password is kept for this session only.</source>
        <translation>Nessun portachiavi di sistema: la password viene conservata solo per questa sessione.</translation>
    </message>
</context>
<context>
    <name>keychain_ui</name>
    <message>
        <source>Delete the saved password from the keychain?</source>
        <translation>Eliminare la password salvata dal portachiavi?</translation>
    </message>
    <message>
        <source>SMTP Doctor will no longer remember the password of this profile. The password stays in the field until you close the app.</source>
        <translation>SMTP Doctor non ricorderà più la password di questo profilo. La password resta nel campo finché non chiudi l&apos;app.</translation>
    </message>
    <message>
        <source>Replace the saved password with one that just failed to log in?</source>
        <translation>Sostituire la password salvata con una con cui l&apos;accesso è appena fallito?</translation>
    </message>
    <message>
        <source>The login failed with the password typed now. The keychain holds another password for this profile.</source>
        <translation>L&apos;accesso con la password digitata ora non è riuscito. Il portachiavi contiene un&apos;altra password per questo profilo.</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localization (for translators)</source>
        <translation>&amp;Pseudo-localizzazione (per i traduttori)</translation>
    </message>
    <message>
        <source>The language changes when SMTP Doctor starts again.</source>
        <translation>La lingua cambia al prossimo avvio di SMTP Doctor.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connessione</translation>
    </message>
    <message>
        <source>Connect, encrypt and greet the server</source>
        <translation>Connettiti, avvia la cifratura e saluta il server</translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation>&amp;Test accesso</translation>
    </message>
    <message>
        <source>Also sign in with your user name and password</source>
        <translation>Accedi anche con nome utente e password</translation>
    </message>
    <message>
        <source>Se&amp;nd test email</source>
        <translation>I&amp;nvia email di prova</translation>
    </message>
    <message>
        <source>Also send the test message</source>
        <translation>Invia anche il messaggio di prova</translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>SMTP Doctor test message</source>
        <translation>Messaggio di prova di SMTP Doctor</translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.
If you can read it, sending mail works.
</source>
        <translation>Questo è un messaggio di prova di SMTP Doctor.
Se riesci a leggerlo, l&apos;invio della posta funziona.
</translation>
    </message>
</context>
<context>
    <name>monitor</name>
    <message>
        <source>Connect</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saluto</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connessione</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Test accesso</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>Fino all&apos;interruzione</translation>
    </message>
    <message>
        <source>For a time</source>
        <translation>Per un certo tempo</translation>
    </message>
    <message>
        <source>A number of times</source>
        <translation>Un certo numero di volte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosi</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, {label}</source>
        <translation>Monitoraggio di {host}, porta {port}, {label}</translation>
    </message>
    <message>
        <source>, without logging in</source>
        <translation>, senza accesso</translation>
    </message>
    <message>
        <source>, logged in as {username}</source>
        <translation>, con accesso come {username}</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(nessun nome utente)</translation>
    </message>
    <message>
        <source>, DNS server {nameserver}</source>
        <translation>, server DNS {nameserver}</translation>
    </message>
    <message>
        <source>, through the proxy {proxy}</source>
        <translation>, tramite il proxy {proxy}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Ports</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Is it my network?</source>
        <translation>È la mia rete?</translation>
    </message>
    <message>
        <source>Find my settings</source>
        <translation>Trova impostazioni</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>Stato del dominio</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>Dettagli TLS</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Mancato recapito</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitoraggio</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
</context>
<context>
    <name>ports</name>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>What answers</source>
        <translation>Cosa risponde</translation>
    </message>
    <message>
        <source>Control host</source>
        <translation>Host di controllo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>SMTP greeting</source>
        <translation>Saluto SMTP</translation>
    </message>
    <message>
        <source>SMTP over SSL/TLS</source>
        <translation>SMTP su SSL/TLS</translation>
    </message>
    <message>
        <source>TLS, but no SMTP greeting</source>
        <translation>TLS, ma nessun saluto SMTP</translation>
    </message>
    <message>
        <source>Not a mail server</source>
        <translation>Non è un server di posta</translation>
    </message>
    <message>
        <source>Nothing (silent)</source>
        <translation>Niente (silenzio)</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Nessun indirizzo</translation>
    </message>
    <message>
        <source>The server has no address of this IP version.</source>
        <translation>Il server non ha indirizzi di questa versione IP.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Open, not SMTP</source>
        <translation>Aperta, non SMTP</translation>
    </message>
    <message>
        <source>Open, silent</source>
        <translation>Aperta, silenziosa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtrata</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Irraggiungibile</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non usato</translation>
    </message>
    <message>
        <source>No control host was set.</source>
        <translation>Non è stato impostato nessun host di controllo.</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Non verificato</translation>
    </message>
    <message>
        <source>The control host could not be probed.</source>
        <translation>Non è stato possibile verificare l&apos;host di controllo.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risponde</translation>
    </message>
    <message>
        <source>{host} answers on this port from your network.</source>
        <translation>{host} risponde su questa porta dalla tua rete.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>{host} refused this port.</source>
        <translation>{host} ha rifiutato questa porta.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>{host} does not answer on this port either: your network probably blocks it.</source>
        <translation>Neanche {host} risponde su questa porta: probabilmente la tua rete la blocca.</translation>
    </message>
</context>
<context>
    <name>server_form</name>
    <message>
        <source>None (no sign-in)</source>
        <translation>Nessuno (senza accesso)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
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
        <translation>Stato</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Passed</source>
        <translation>Riuscito</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>In corso…</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>Certificate</source>
        <translation>Certificato</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Soggetto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emittente</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>Nomi (SAN)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Giorni rimanenti</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Catena</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>Intercettazione</translation>
    </message>
    <message>
        <source>Automatic (by port)</source>
        <translation>Automatica (in base alla porta)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Radice</translation>
    </message>
    <message>
        <source>Trusting only the certificate authorities in {ca_file}</source>
        <translation>Considera attendibili solo le autorità di certificazione in {ca_file}</translation>
    </message>
    <message>
        <source>Trusting this computer&apos;s certificates</source>
        <translation>Considera attendibili i certificati di questo computer</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Expired on {not_after}</source>
        <translation>Scaduto il {not_after}</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Non ancora valido</translation>
    </message>
    <message>
        <source>Valid only from {not_before}</source>
        <translation>Valido solo dal {not_before}</translation>
    </message>
    <message>
        <source>Expires in less than 14 days</source>
        <translation>Scade tra meno di 14 giorni</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valido</translation>
    </message>
</context>
</TS>
