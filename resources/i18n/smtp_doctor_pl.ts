<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>O programie {APP_NAME}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>sprawdzanie…</translation>
    </message>
    <message>
        <source>unavailable ({error})</source>
        <translation>niedostępne ({error})</translation>
    </message>
    <message>
        <source>Tells you why your mail (SMTP) settings don&apos;t work and how to fix them.</source>
        <translation>Mówi, dlaczego Twoje ustawienia poczty (SMTP) nie działają i jak je naprawić.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Connect timeout:</source>
        <translation>Limit połączenia:</translation>
    </message>
    <message>
        <source>Reply timeout:</source>
        <translation>Limit odpowiedzi:</translation>
    </message>
    <message>
        <source>this computer&apos;s name</source>
        <translation>nazwa tego komputera</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>Nazwa EHLO:</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Weryfikuj certyfikat serwera</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>zaufane certyfikaty systemu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation>Wybierz plik certyfikatu CA (PEM)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Plik CA:</translation>
    </message>
    <message>
        <source>Allow old TLS 1.0/1.1 (insecure)</source>
        <translation>Zezwól na TLS 1.0/1.1 (niebezpieczne)</translation>
    </message>
    <message>
        <source>Only for a device you can&apos;t update: if the server offers nothing newer than TLS 1.0/1.1, log in and send over it anyway. This exposes your password.</source>
        <translation>Tylko dla urządzenia, którego nie da się zaktualizować: jeśli serwer nie oferuje nic nowszego niż TLS 1.0/1.1, zaloguj się i wyślij mimo to. To naraża Twoje hasło.</translation>
    </message>
    <message>
        <source>Fetch missing intermediate (AIA)</source>
        <translation>Pobierz certyfikat pośredni (AIA)</translation>
    </message>
    <message>
        <source>When the server&apos;s certificate can&apos;t be verified, download the issuer named in it (over HTTP) to prove that the server doesn&apos;t send its intermediate certificate.</source>
        <translation>Gdy certyfikatu serwera nie da się zweryfikować, pobierz wskazanego w nim wystawcę (przez HTTP), aby wykazać, że serwer nie wysyła swojego certyfikatu pośredniego.</translation>
    </message>
    <message>
        <source>&amp;IP version:</source>
        <translation>&amp;Wersja IP:</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>systemowy</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>Serwer DNS:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Hasło proxy:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Zapamiętaj w systemowym pęku kluczy</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a run in which the proxy accepted it, never after one it refused.</source>
        <translation>Zapisywane w systemowym pęku kluczy po teście, w którym serwer proxy je przyjął, nigdy po takim, w którym je odrzucił.</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Wybierz plik certyfikatu CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certyfikaty (*.pem *.crt *.cer);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>BlocklistPage</name>
    <message>
        <source>Is it my network? Looks an address up on the common spam blocklists (Spamhaus ZEN with its PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and explains each listing. Leave the address empty to check the public address your connections come from.</source>
        <translation>Czy to moja sieć? Sprawdza adres na popularnych czarnych listach spamu (Spamhaus ZEN z PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) i wyjaśnia każdy wpis. Zostaw adres pusty, aby sprawdzić adres publiczny, z którego wychodzą Twoje połączenia.</translation>
    </message>
    <message>
        <source>Enter an address, or allow the public-address lookup, and press Check blocklists.</source>
        <translation>Wpisz adres lub zezwól na ustalenie adresu publicznego i naciśnij Sprawdź listy.</translation>
    </message>
    <message>
        <source>Chec&amp;k blocklists</source>
        <translation>Sprawdź &amp;listy</translation>
    </message>
    <message>
        <source>empty: my public address</source>
        <translation>puste: mój adres publiczny</translation>
    </message>
    <message>
        <source>The IPv4 or IPv6 address to look up, for example the one a bounce message names</source>
        <translation>Adres IPv4 lub IPv6 do sprawdzenia, na przykład ten podany w zwrocie</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>the common lists</source>
        <translation>popularne listy</translation>
    </message>
    <message>
        <source>Blocklist zones to ask instead of the common ones, separated by commas (for example bl.spamcop.net)</source>
        <translation>Strefy czarnych list do zapytania zamiast popularnych, oddzielone przecinkami (na przykład bl.spamcop.net)</translation>
    </message>
    <message>
        <source>Block&amp;lists:</source>
        <translation>Czarne lis&amp;ty:</translation>
    </message>
    <message>
        <source>Ask an echo service for my &amp;public address</source>
        <translation>Zapytaj usługę echo o mój adres pu&amp;bliczny</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Adres publiczny:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Serwer &amp;DNS:</translation>
    </message>
    <message>
        <source>your public address</source>
        <translation>Twój adres publiczny</translation>
    </message>
    <message>
        <source>Looking up {what} on the blocklists…</source>
        <translation>Sprawdzanie na czarnych listach: {what}…</translation>
    </message>
</context>
<context>
    <name>BouncePage</name>
    <message>
        <source>Messages and text (*.eml *.txt *.msg *.mbox *.log);;All files (*)</source>
        <translation>Wiadomości i tekst (*.eml *.txt *.msg *.mbox *.log);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Bounce: paste a bounce (the whole message or just its text), drop an .eml or .txt file here, or open one. SMTP Doctor reads who didn&apos;t get the mail, which server said so and why, and what to do about it.</source>
        <translation>Zwrot: wklej zwrot (całą wiadomość lub sam tekst), upuść tu plik .eml lub .txt albo go otwórz. SMTP Doctor odczyta, kto nie dostał poczty, który serwer to zgłosił i dlaczego, oraz co z tym zrobić.</translation>
    </message>
    <message>
        <source>Paste or open a bounce, then press Read bounce.</source>
        <translation>Wklej lub otwórz zwrot, a potem naciśnij Odczytaj zwrot.</translation>
    </message>
    <message>
        <source>Read bo&amp;unce</source>
        <translation>&amp;Odczytaj zwrot</translation>
    </message>
    <message>
        <source>Paste the bounce here: the returned message with its headers, or only its text.</source>
        <translation>Wklej tu zwrot: zwróconą wiadomość z nagłówkami lub sam jej tekst.</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Tekst zwrotu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>O&amp;twórz…</translation>
    </message>
    <message>
        <source>Open a saved bounce (.eml, .txt, Outlook .msg)</source>
        <translation>Otwórz zapisany zwrot (.eml, .txt, Outlook .msg)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wyczyść</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ek&amp;sportuj…</translation>
    </message>
    <message>
        <source>Save this reading as a report (HTML, Markdown or JSON)</source>
        <translation>Zapisz ten odczyt jako raport (HTML, Markdown lub JSON)</translation>
    </message>
    <message>
        <source>&amp;Bounce:</source>
        <translation>Zw&amp;rot:</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>Otwórz zwrot</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Otwieranie {name}…</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>Nie można odczytać {name}: {reason}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Otwarto {name}.</translation>
    </message>
    <message>
        <source>Paste a bounce or open a file first.</source>
        <translation>Najpierw wklej zwrot lub otwórz plik.</translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation>Nie ma jeszcze czego odczytać.</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>Odczytywanie zwrotu…</translation>
    </message>
    <message>
        <source>This is not a bounce: SMTP Doctor found no delivery report, no failed recipient and no server reply in it.</source>
        <translation>To nie jest zwrot: SMTP Doctor nie znalazł w nim raportu doręczenia, odbiorcy z błędem ani odpowiedzi serwera.</translation>
    </message>
    <message>
        <source>Paste or open the bounce message.</source>
        <translation>Wklej lub otwórz wiadomość zwrotną.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>wklejony tekst</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Select two runs and press Compare.</source>
        <translation>Zaznacz dwa testy i naciśnij Porównaj.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Stan przed</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Stan po</translation>
    </message>
    <message>
        <source>Time before</source>
        <translation>Czas przed</translation>
    </message>
    <message>
        <source>Time after</source>
        <translation>Czas po</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed status</source>
        <translation>
            <numerusform>%n krok zmienił stan</numerusform>
            <numerusform>%n kroki zmieniły stan</numerusform>
            <numerusform>%n kroków zmieniło stan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) slowed down</source>
        <translation>
            <numerusform>%n krok zwolnił</numerusform>
            <numerusform>%n kroki zwolniły</numerusform>
            <numerusform>%n kroków zwolniło</numerusform>
        </translation>
    </message>
    <message>
        <source>No step changed status or slowed down</source>
        <translation>Żaden krok nie zmienił stanu ani nie zwolnił</translation>
    </message>
    <message>
        <source>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Before: {old_time} — {old_verdict}&lt;br&gt;After: {new_time} — {new_verdict}</source>
        <translation>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Przed: {old_time} — {old_verdict}&lt;br&gt;Po: {new_time} — {new_verdict}</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find my settings: enter your email address (or your domain). SMTP Doctor looks for the outgoing server in provider presets, published SRV records and autoconfig files, and the usual names; tries them all at once and ranks them.</source>
        <translation>Znajdź ustawienia: wpisz swój adres e-mail (lub domenę). SMTP Doctor szuka serwera poczty wychodzącej w ustawieniach dostawców, opublikowanych rekordach SRV i plikach autoconfig oraz wśród typowych nazw; sprawdza wszystkie naraz i układa je od najlepszego.</translation>
    </message>
    <message>
        <source>Enter your email address and press Find settings.</source>
        <translation>Wpisz adres e-mail i naciśnij Znajdź ustawienia.</translation>
    </message>
    <message>
        <source>F&amp;ind settings</source>
        <translation>Zna&amp;jdź ustawienia</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>ty@example.com lub example.com</translation>
    </message>
    <message>
        <source>Email &amp;address or domain:</source>
        <translation>&amp;Adres e-mail lub domena:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Serwer &amp;DNS:</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Kandydaci, od najlepszego</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>Użyj &amp;tych ustawień</translation>
    </message>
    <message>
        <source>Put the selected server, port and security into the connection test&apos;s form</source>
        <translation>Wstaw zaznaczony serwer, port i szyfrowanie do formularza testu połączenia</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of {query}…</source>
        <translation>Szukanie serwera poczty wychodzącej dla {query}…</translation>
    </message>
    <message>
        <source>{listed} listed in the table above ({tried} tried)</source>
        <translation>w tabeli powyżej: {listed} (sprawdzono: {tried})</translation>
    </message>
    <message>
        <source>No candidates to use.</source>
        <translation>Brak kandydatów do użycia.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>działa</translation>
    </message>
    <message>
        <source>did not work here</source>
        <translation>tu nie zadziałał</translation>
    </message>
    <message>
        <source>; outside your domain</source>
        <translation>; poza Twoją domeną</translation>
    </message>
    <message>
        <source>{host}, port {port}, {security} ({works}{outside})</source>
        <translation>{host}, port {port}, {security} ({works}{outside})</translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation>Użyć tych ustawień?</translation>
    </message>
    <message>
        <source>Use {host} for sending mail?</source>
        <translation>Używać {host} do wysyłania poczty?</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain health: the DNS records that decide whether mail from your domain is delivered and trusted — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — and the reverse DNS, greeting name and certificates of your mail servers.</source>
        <translation>Kondycja domeny: rekordy DNS, od których zależy, czy poczta z Twojej domeny jest doręczana i wiarygodna — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — oraz odwrotny DNS, nazwa w powitaniu i certyfikaty Twoich serwerów poczty.</translation>
    </message>
    <message>
        <source>Enter your domain and press Check domain.</source>
        <translation>Wpisz domenę i naciśnij Sprawdź domenę.</translation>
    </message>
    <message>
        <source>Chec&amp;k domain</source>
        <translation>&amp;Sprawdź domenę</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;mena:</translation>
    </message>
    <message>
        <source>e.g. s1, google (optional)</source>
        <translation>np. s1, google (opcjonalnie)</translation>
    </message>
    <message>
        <source>DKIM selectors to check: the s= value in a DKIM-Signature header of a message you sent. Separate with commas.</source>
        <translation>Selektory DKIM do sprawdzenia: wartość s= w nagłówku DKIM-Signature wysłanej przez Ciebie wiadomości. Oddziel przecinkami.</translation>
    </message>
    <message>
        <source>Also try &amp;common ones</source>
        <translation>Spróbuj też &amp;typowych</translation>
    </message>
    <message>
        <source>Also look for selectors that providers often use (default, google, selector1, k1, …)</source>
        <translation>Szukaj też selektorów często używanych przez dostawców (default, google, selector1, k1, …)</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>Se&amp;lektory DKIM:</translation>
    </message>
    <message>
        <source>the first MX (optional)</source>
        <translation>pierwszy MX (opcjonalnie)</translation>
    </message>
    <message>
        <source>The mail server whose reverse DNS and greeting name to check, as host or host:port (default port 25). The port is also used to read the MX servers&apos; certificates for DANE and MTA-STS.</source>
        <translation>Serwer poczty, którego odwrotny DNS i nazwę w powitaniu sprawdzić, jako host lub host:port (domyślnie port 25). Ten port służy też do odczytu certyfikatów serwerów MX dla DANE i MTA-STS.</translation>
    </message>
    <message>
        <source>Mai&amp;l server:</source>
        <translation>Serwer p&amp;oczty:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Serwer &amp;DNS:</translation>
    </message>
    <message>
        <source>Checking the mail records of {domain}…</source>
        <translation>Sprawdzanie rekordów pocztowych domeny {domain}…</translation>
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
        <translation>Test już trwa.</translation>
    </message>
    <message>
        <source>Filled in {host}, a name taken from the server&apos;s certificate: check with your provider that it is theirs, then run the test.</source>
        <translation>Wpisano {host}, nazwę wziętą z certyfikatu serwera: upewnij się u dostawcy, że należy do niego, a potem uruchom test.</translation>
    </message>
    <message>
        <source>Changed the settings ({label}): run the test when ready.</source>
        <translation>Zmieniono ustawienia ({label}): uruchom test, gdy będziesz gotowy.</translation>
    </message>
    <message>
        <source>Settings restored: {saved}.</source>
        <translation>Przywrócono ustawienia: {saved}.</translation>
    </message>
</context>
<context>
    <name>FixActionsBar</name>
    <message>
        <source>Fix it in one click:</source>
        <translation>Napraw jednym kliknięciem:</translation>
    </message>
    <message>
        <source>Undo the fix</source>
        <translation>Cofnij poprawkę</translation>
    </message>
    <message>
        <source>Same as: {action}</source>
        <translation>To samo co: {action}</translation>
    </message>
    <message>
        <source>Back to {description}</source>
        <translation>Wróć do: {description}</translation>
    </message>
</context>
<context>
    <name>FormWatch</name>
    <message>
        <source>another password</source>
        <translation>inne hasło</translation>
    </message>
    <message>
        <source>These results are for the previous settings ({changes}).</source>
        <translation>Te wyniki dotyczą poprzednich ustawień ({changes}).</translation>
    </message>
    <message>
        <source>These results are for the previous settings.</source>
        <translation>Te wyniki dotyczą poprzednich ustawień.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Popraw %n wyróżnione pole.</numerusform>
            <numerusform>Popraw %n wyróżnione pola.</numerusform>
            <numerusform>Popraw %n wyróżnionych pól.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings look right now. Press Test connection.</source>
        <translation>Ustawienia wyglądają teraz dobrze. Naciśnij Test połączenia.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Po&amp;równaj</translation>
    </message>
    <message>
        <source>Compare the two selected runs step by step</source>
        <translation>Porównaj krok po kroku dwa zaznaczone testy</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Delete the selected runs (Del)</source>
        <translation>Usuń zaznaczone testy (Del)</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> uruchomień</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>Ile testów zachować</translation>
    </message>
    <message>
        <source>Older runs (of all profiles) are deleted so the history file cannot grow without bound</source>
        <translation>Starsze testy (wszystkich profili) są usuwane, aby plik historii nie rósł bez końca</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Zac&amp;howaj ostatnie:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Z&amp;astosuj</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Poprzednie testy</translation>
    </message>
    <message>
        <source>Select a run to see its full result.</source>
        <translation>Zaznacz test, aby zobaczyć pełny wynik.</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>&amp;Wynik</translation>
    </message>
    <message>
        <source>Compariso&amp;n</source>
        <translation>Porów&amp;nanie</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>odczytać historii</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(bez profilu)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Wszystkie profile</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in all profiles.</source>
        <translation>
            <numerusform>%n test we wszystkich profilach.</numerusform>
            <numerusform>%n testy we wszystkich profilach.</numerusform>
            <numerusform>%n testów we wszystkich profilach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) for “{profile}”.</source>
        <translation>
            <numerusform>%n test dla „{profile}”.</numerusform>
            <numerusform>%n testy dla „{profile}”.</numerusform>
            <numerusform>%n testów dla „{profile}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n.</source>
        <translation>
            <numerusform>Pokazano najnowszy %n.</numerusform>
            <numerusform>Pokazano najnowsze %n.</numerusform>
            <numerusform>Pokazano najnowszych %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That run is no longer in the history.</source>
        <translation>Tego testu nie ma już w historii.</translation>
    </message>
    <message>
        <source>open the run</source>
        <translation>otworzyć testu</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Usuń testy</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć %n test z historii? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n testy z historii? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n testów z historii? Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history.</source>
        <translation>
            <numerusform>Usunięto %n test z historii.</numerusform>
            <numerusform>Usunięto %n testy z historii.</numerusform>
            <numerusform>Usunięto %n testów z historii.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation>usunąć testów</translation>
    </message>
    <message>
        <source>Select exactly two runs to compare.</source>
        <translation>Zaznacz dokładnie dwa testy do porównania.</translation>
    </message>
    <message>
        <source>compare the runs</source>
        <translation>porównać testów</translation>
    </message>
    <message>
        <source>Keep fewer runs</source>
        <translation>Zachowaj mniej testów</translation>
    </message>
    <message numerus="yes">
        <source>Keep only the last %n run(s)? Older runs are deleted now.</source>
        <translation>
            <numerusform>Zachować tylko ostatni %n test? Starsze testy zostaną teraz usunięte.</numerusform>
            <numerusform>Zachować tylko ostatnie %n testy? Starsze testy zostaną teraz usunięte.</numerusform>
            <numerusform>Zachować tylko ostatnie %n testów? Starsze testy zostaną teraz usunięte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n run(s).</source>
        <translation>
            <numerusform>Historia przechowuje ostatni %n test.</numerusform>
            <numerusform>Historia przechowuje ostatnie %n testy.</numerusform>
            <numerusform>Historia przechowuje ostatnie %n testów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older run(s) were deleted.</source>
        <translation>
            <numerusform>Usunięto %n starszy test.</numerusform>
            <numerusform>Usunięto %n starsze testy.</numerusform>
            <numerusform>Usunięto %n starszych testów.</numerusform>
        </translation>
    </message>
    <message>
        <source>change the retention</source>
        <translation>zmienić liczby przechowywanych testów</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>History: could not {what}: {error}</source>
        <translation>Historia: nie udało się {what}: {error}</translation>
    </message>
    <message>
        <source>Could not {what}: {error}</source>
        <translation>Nie udało się {what}: {error}</translation>
    </message>
    <message>
        <source>open the history</source>
        <translation>otworzyć historii</translation>
    </message>
    <message>
        <source>save the run</source>
        <translation>zapisać testu</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Reading the password from the system keychain…</source>
        <extracomment>The mail password, per profile. A proxy&apos;s password, per proxy account (user@host:port): the same rules, its own entry kind.</extracomment>
        <translation>Odczytywanie hasła z systemowego pęku kluczy…</translation>
    </message>
    <message>
        <source>No password is saved in the system keychain yet.</source>
        <translation>W systemowym pęku kluczy nie zapisano jeszcze hasła.</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Latency chart</source>
        <translation>Wykres opóźnień</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Milisekundy</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>Nieudany test</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Zarządzaj…</translation>
    </message>
    <message>
        <source>Create, rename, duplicate or delete profiles</source>
        <translation>Twórz, zmieniaj nazwy, duplikuj lub usuwaj profile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>Zatrzymaj test (Esc)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test połączenia</translation>
    </message>
    <message>
        <source>Undo “Use these settings”</source>
        <translation>Cofnij „Użyj tych ustawień”</translation>
    </message>
    <message>
        <source>Filled in {host}, port {port}: press Test connection (Undo is under Details).</source>
        <translation>Wpisano {host}, port {port}: naciśnij Test połączenia (Cofnij jest w Szczegółach).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Zapisz profil</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Zarządzaj &amp;profilami…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Eksportuj raport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>Kopiuj wyniki jako tekst</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Kopiuj zapis rozmowy</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Kopiuj &amp;raport</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Wygląd</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Jak w &amp;systemie</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <source>Run last test again</source>
        <translation>Uruchom ponownie ostatni test</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation>&amp;O programie SMTP Doctor</translation>
    </message>
    <message>
        <source>A test is already running.</source>
        <translation>Test już trwa.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Popraw %n wyróżnione pole.</numerusform>
            <numerusform>Popraw %n wyróżnione pola.</numerusform>
            <numerusform>Popraw %n wyróżnionych pól.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {host}, port {port}…</source>
        <translation>Testowanie {host}, port {port}…</translation>
    </message>
    <message>
        <source>Run again: {label}</source>
        <translation>Uruchom ponownie: {label}</translation>
    </message>
    <message>
        <source>Could not save profiles: {exc}</source>
        <translation>Nie udało się zapisać profili: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {exc}</source>
        <translation>Nie udało się zapisać profilu: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>Nie udało się zapisać profilu: {error}</translation>
    </message>
    <message>
        <source>Provider presets unavailable: {error}</source>
        <translation>Ustawienia dostawców są niedostępne: {error}</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>your user name, if it is an address</source>
        <translation>Twoja nazwa użytkownika, jeśli to adres</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>adres Od</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>Te&amp;mat:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Treść:</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Which test to repeat: connect, encrypt and greet, or also sign in. The settings are those of the Connection test page.</source>
        <translation>Który test powtarzać: połączenie, szyfrowanie i powitanie, czy także logowanie. Ustawienia pochodzą ze strony Test połączenia.</translation>
    </message>
    <message>
        <source>Seconds from the start of one run to the start of the next</source>
        <translation>Sekundy od początku jednego testu do początku następnego</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Czas trwania w minutach</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> uruchomień</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Liczba testów</translation>
    </message>
    <message>
        <source>&amp;Start monitoring</source>
        <translation>&amp;Rozpocznij monitorowanie</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj CS&amp;V…</translation>
    </message>
    <message>
        <source>Save every run of this session as a CSV file</source>
        <translation>Zapisz wszystkie testy tej sesji jako plik CSV</translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation>&amp;Sprawdzaj:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>Co &amp;ile:</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>&amp;Jak długo:</translation>
    </message>
    <message>
        <source>Not monitoring yet.</source>
        <translation>Monitorowanie jeszcze nie trwa.</translation>
    </message>
    <message>
        <source>Monitor runs</source>
        <translation>Testy monitorowania</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Latency per phase</source>
        <translation>Opóźnienie według etapu</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Testy</translation>
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
        <translation>maks. ms</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Testy:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Błędy:</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Powitanie</translation>
    </message>
    <message>
        <source>Repeats the chosen test with the settings of the Connection test page.</source>
        <translation>Powtarza wybrany test z ustawieniami ze strony Test połączenia.</translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation>Sprawdzanie ustawień…</translation>
    </message>
    <message>
        <source>Please correct the settings on the Connection test page first: {detail}</source>
        <translation>Najpierw popraw ustawienia na stronie Test połączenia: {detail}</translation>
    </message>
    <message>
        <source>Could not start: {error}</source>
        <translation>Nie można uruchomić: {error}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message numerus="yes">
        <source>, %n runs</source>
        <translation>
            <numerusform>, %n test</numerusform>
            <numerusform>, %n testy</numerusform>
            <numerusform>, %n testów</numerusform>
        </translation>
    </message>
    <message>
        <source> for {value} min</source>
        <translation> przez {value} min</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, every {every:g} s{limit}…</source>
        <translation>Monitorowanie {host}, port {port}, co {every:g} s{limit}…</translation>
    </message>
    <message>
        <source> until stopped</source>
        <translation> do zatrzymania</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>Run {index} at {time}: {status}</source>
        <translation>Test {index} o {time}: {status}</translation>
    </message>
    <message>
        <source> — monitoring…</source>
        <translation> — monitorowanie…</translation>
    </message>
    <message>
        <source>The monitor stopped with an error: {error}</source>
        <translation>Monitorowanie zatrzymało się z błędem: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n run(s):</source>
        <translation>
            <numerusform>Zatrzymano po %n teście:</numerusform>
            <numerusform>Zatrzymano po %n testach:</numerusform>
            <numerusform>Zatrzymano po %n testach:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n run(s):</source>
        <translation>
            <numerusform>Zakończono po %n teście:</numerusform>
            <numerusform>Zakończono po %n testach:</numerusform>
            <numerusform>Zakończono po %n testach:</numerusform>
        </translation>
    </message>
    <message>
        <source>{passed} passed, {failures} failed.</source>
        <translation>zaliczone: {passed}, nieudane: {failures}.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>{runs} ({passed} passed, {failures} failed)</source>
        <translation>{runs} (zaliczone: {passed}, nieudane: {failures})</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Export monitor runs as CSV</source>
        <translation>Eksportuj testy monitorowania jako CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Nie udało się zapisać {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to {path}.</source>
        <translation>
            <numerusform>Zapisano %n test w {path}.</numerusform>
            <numerusform>Zapisano %n testy w {path}.</numerusform>
            <numerusform>Zapisano %n testów w {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Default</source>
        <extracomment>The form&apos;s provider presets that sign in with OAuth, and with whom.</extracomment>
        <translation>Domyślny</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nie zalogowano</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Stan logowania</translation>
    </message>
    <message>
        <source>Sign in with Microsoft…</source>
        <translation>Zaloguj się przez Microsoft…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj się</translation>
    </message>
    <message>
        <source>Use a code (sign in on another device)</source>
        <translation>Użyj kodu (logowanie na innym urządzeniu)</translation>
    </message>
    <message>
        <source>Show a code to enter at microsoft.com/devicelogin instead of opening a browser on this computer</source>
        <translation>Pokaż kod do wpisania na microsoft.com/devicelogin zamiast otwierać przeglądarkę na tym komputerze</translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s own</source>
        <translation>własny SMTP Doctor</translation>
    </message>
    <message>
        <source>Your organisation&apos;s app registration (client) ID, if it requires its own (see docs/oauth.md)</source>
        <translation>Identyfikator rejestracji aplikacji (klienta) Twojej organizacji, jeśli wymaga ona własnego (zobacz docs/oauth.md)</translation>
    </message>
    <message>
        <source>Google Desktop app clients only</source>
        <translation>tylko klienci typu aplikacja komputerowa Google</translation>
    </message>
    <message>
        <source>organizations: work or school accounts; consumers: Outlook.com; common: both; or your tenant ID or domain</source>
        <translation>organizations: konta służbowe lub szkolne; consumers: Outlook.com; common: oba; albo identyfikator lub domena Twojej dzierżawy</translation>
    </message>
    <message>
        <source>the scope your provider&apos;s SMTP server needs</source>
        <translation>zakres wymagany przez serwer SMTP dostawcy</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Identyfikator klienta:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Klucz tajny klienta:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Dzierżawa:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Wystawca:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Zakres:</translation>
    </message>
    <message>
        <source>your provider</source>
        <extracomment>What the user entered for a provider, kept in QSettings (never a secret: the Google client secret goes to the keychain entry with the refresh token, not here).</extracomment>
        <translation>Twojego dostawcę</translation>
    </message>
    <message>
        <source>Sign in with {provider}…</source>
        <translation>Zaloguj się przez {provider}…</translation>
    </message>
    <message>
        <source>required: your app registration&apos;s client ID</source>
        <translation>wymagane: identyfikator klienta Twojej rejestracji aplikacji</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Logowanie anulowane.</translation>
    </message>
    <message>
        <source>The sign-in failed: {name}</source>
        <translation>Logowanie nie powiodło się: {name}</translation>
    </message>
    <message>
        <source>Signed in with {provider} as {account}</source>
        <translation>Zalogowano przez {provider} jako {account}</translation>
    </message>
    <message>
        <source>; the access token is valid until {until}</source>
        <translation>; token dostępu jest ważny do {until}</translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Is it my network? Probes the mail ports of a server in parallel, over IPv4 and IPv6, and the same ports on a control host that answers on every port: a port blocked on both is blocked by your network or provider.</source>
        <translation>Czy to moja sieć? Sprawdza równolegle porty pocztowe serwera, przez IPv4 i IPv6, oraz te same porty na hoście kontrolnym, który odpowiada na każdym porcie: port zablokowany na obu blokuje Twoja sieć lub dostawca.</translation>
    </message>
    <message>
        <source>Enter the server and press Probe ports.</source>
        <translation>Wpisz serwer i naciśnij Sprawdź porty.</translation>
    </message>
    <message>
        <source>&amp;Probe ports</source>
        <translation>Sprawdź p&amp;orty</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>Ports to probe, separated by commas; add your own (e.g. 8025)</source>
        <translation>Porty do sprawdzenia, oddzielone przecinkami; dodaj własne (np. 8025)</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>Po&amp;rty:</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer; the whole probe takes about this long, not this long per port</source>
        <translation>Ile sekund czekać na odpowiedź; całe sprawdzanie trwa mniej więcej tyle, a nie tyle na każdy port</translation>
    </message>
    <message>
        <source>T&amp;imeout (s):</source>
        <translation>&amp;Limit czasu (s):</translation>
    </message>
    <message>
        <source>none: no control comparison</source>
        <translation>brak: bez porównania kontrolnego</translation>
    </message>
    <message>
        <source>A host that answers on every port (the control). Empty: no control comparison. Remembered for next time.</source>
        <translation>Host, który odpowiada na każdym porcie (kontrolny). Pusto: bez porównania kontrolnego. Zapamiętywane na następny raz.</translation>
    </message>
    <message>
        <source>Co&amp;ntrol host:</source>
        <translation>Host kontrol&amp;ny:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Serwer &amp;DNS:</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Porty</translation>
    </message>
    <message>
        <source>Compare with a control host?</source>
        <translation>Porównać z hostem kontrolnym?</translation>
    </message>
    <message>
        <source>To tell whether your own network blocks a port, SMTP Doctor can also try the same ports on {host}, a public host run by a third party that answers on every port.</source>
        <translation>Aby ustalić, czy Twoja własna sieć blokuje port, SMTP Doctor może też spróbować tych samych portów na {host}, publicznym hoście prowadzonym przez kogoś innego, który odpowiada na każdym porcie.</translation>
    </message>
    <message>
        <source>Only connections are opened (nothing about you, your server or your password is sent), but {host} sees your internet address. Your answer is remembered; you can change the control host on this page at any time.</source>
        <translation>Otwierane są tylko połączenia (nic o Tobie, Twoim serwerze ani haśle nie jest wysyłane), ale {host} widzi Twój adres internetowy. Twoja odpowiedź zostanie zapamiętana; host kontrolny możesz w każdej chwili zmienić na tej stronie.</translation>
    </message>
    <message>
        <source>Use {host}</source>
        <translation>Użyj {host}</translation>
    </message>
    <message>
        <source>No control comparison</source>
        <translation>Bez porównania kontrolnego</translation>
    </message>
    <message>
        <source>Probing {host} on port {ports}…</source>
        <translation>Sprawdzanie {host} na porcie {ports}…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Oczekiwanie…</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Nie sprawdzono</translation>
    </message>
    <message>
        <source>The run stopped before this port was probed.</source>
        <translation>Test zatrzymał się, zanim sprawdzono ten port.</translation>
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
        <translation>&amp;Profile (hasła są przechowywane w systemowym pęku kluczy, nigdy w tych ustawieniach):</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Zmień &amp;nazwę…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikuj</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nazwa profilu:</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Zmień nazwę profilu</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its saved password?</source>
        <translation>Usunąć profil „{name}” i jego zapisane hasło?</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a run that the proxy accepts.</source>
        <translation>Jeszcze niezapisane: hasło zostanie zapisane w systemowym pęku kluczy po teście, który serwer proxy zaakceptuje.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a run that the proxy accepts.</source>
        <translation>Zapisane hasło różni się od wpisanego. Pęk kluczy zostanie zaktualizowany po teście, który serwer proxy zaakceptuje.</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>brak (bezpośrednio)</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port, socks5h://host:port (the proxy looks up names), http://host:port (HTTP CONNECT), with user@ before the host when it needs a login, or system (this computer&apos;s proxy settings). The same setting is used by every tool, and is remembered; the password never goes here.</source>
        <translation>Łącz przez ten serwer proxy: socks5://host:port, socks5h://host:port (proxy rozwiązuje nazwy), http://host:port (HTTP CONNECT), z użytkownik@ przed hostem, gdy wymaga logowania, albo system (ustawienia proxy tego komputera). To samo ustawienie obowiązuje we wszystkich narzędziach i jest zapamiętywane; hasła nigdy tu nie wpisuj.</translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation>jeśli proxy go wymaga</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Run a test (or open one from the history) to export its report.</source>
        <translation>Uruchom test (lub otwórz jeden z historii), aby wyeksportować jego raport.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>Could not export the report: {error}</source>
        <translation>Nie udało się wyeksportować raportu: {error}</translation>
    </message>
    <message>
        <source>Report saved to {written}.</source>
        <translation>Raport zapisano w {written}.</translation>
    </message>
    <message>
        <source>Run a test (or open one from the history) to copy its report.</source>
        <translation>Uruchom test (lub otwórz jeden z historii), aby skopiować jego raport.</translation>
    </message>
    <message>
        <source>Could not copy the report: {error}</source>
        <translation>Nie udało się skopiować raportu: {error}</translation>
    </message>
    <message>
        <source>Report copied to the clipboard (Markdown and rich text).</source>
        <translation>Raport skopiowano do schowka (Markdown i tekst sformatowany).</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Szczegół&amp;y</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Zapis rozmowy</translation>
    </message>
    <message>
        <source>Copy &amp;transcript</source>
        <translation>Kopiuj &amp;zapis rozmowy</translation>
    </message>
    <message>
        <source>Copy results as te&amp;xt</source>
        <translation>Kopiuj wyniki jako te&amp;kst</translation>
    </message>
    <message>
        <source>Transcript copied to the clipboard.</source>
        <translation>Zapis rozmowy skopiowano do schowka.</translation>
    </message>
    <message>
        <source>Results copied to the clipboard.</source>
        <translation>Wyniki skopiowano do schowka.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>The check returned no result: {result!r}</source>
        <translation>Sprawdzanie nie zwróciło wyniku: {result!r}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Diagnosis: {id}</source>
        <translation>Diagnoza: {id}</translation>
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
        <translation>Sekcja {title}</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>rozwinięta</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>zwinięta</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Custom server</source>
        <translation>Własny serwer</translation>
    </message>
    <message>
        <source>The provider&apos;s server to use</source>
        <translation>Serwer dostawcy, którego użyć</translation>
    </message>
    <message>
        <source>Provider server</source>
        <translation>Serwer dostawcy</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Dostawca:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>STARTTLS: port 587, encryption starts after connecting.
SSL/TLS: port 465, encrypted from the start.
None: no encryption (port 25, servers on your own network).</source>
        <translation>STARTTLS: port 587, szyfrowanie zaczyna się po połączeniu.
SSL/TLS: port 465, szyfrowane od początku.
Brak: bez szyfrowania (port 25, serwery w Twojej własnej sieci).</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Szyfrowan&amp;ie:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation>&amp;Logowanie:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Hasło lub hasło aplikacji</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Pokaż lub ukryj hasło</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Pokaż hasło</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Zapamiętaj w pęku kluczy systemu</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (never in SMTP Doctor&apos;s settings files)</source>
        <translation>Przechowuj hasło w systemowym pęku kluczy (nigdy w plikach ustawień SMTP Doctor)</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Zapamiętaj hasło w systemowym pęku kluczy</translation>
    </message>
    <message>
        <source>Save password now</source>
        <translation>Zapisz hasło teraz</translation>
    </message>
    <message>
        <source>Save the typed password in the system keychain now, without waiting for a successful login</source>
        <translation>Zapisz wpisane hasło w systemowym pęku kluczy teraz, bez czekania na udane logowanie</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <source>Use port {default_port}</source>
        <translation>Użyj portu {default_port}</translation>
    </message>
    <message>
        <source>{security} usually runs on port {port}</source>
        <translation>{security} działa zwykle na porcie {port}</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>To&amp;ken dostępu:</translation>
    </message>
    <message>
        <source>OAuth 2 access token (or sign in above)</source>
        <translation>Token dostępu OAuth 2 (lub zaloguj się powyżej)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Zaawansowane</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Wiadomość testowa</translation>
    </message>
    <message>
        <source>After sending, watch a mailbox</source>
        <translation>Po wysłaniu obserwuj skrzynkę</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with {provider_name}</source>
        <translation>Logowanie przez {provider_name}</translation>
    </message>
    <message>
        <source>Starting the sign-in with {provider_name}…</source>
        <translation>Rozpoczynanie logowania przez {provider_name}…</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Kod logowania</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Kopiuj kod</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Otwórz przeglądarkę</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code. Then sign in with your Microsoft account.</source>
        <translation>Na dowolnym urządzeniu otwórz poniższy adres i wpisz ten kod. Potem zaloguj się kontem Microsoft.</translation>
    </message>
    <message>
        <source>Sign in in your browser; SMTP Doctor continues by itself when you are done. If no browser window opened, open this address:</source>
        <translation>Zaloguj się w przeglądarce; SMTP Doctor sam będzie kontynuować, gdy skończysz. Jeśli okno przeglądarki się nie otworzyło, otwórz ten adres:</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Kopiuj link</translation>
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
        <translation>Zaznacz krok, aby zobaczyć, co się stało i jak to naprawić.</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Szczegóły kroku</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>W toku…</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Co poszło nie tak</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Warto wiedzieć</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Jak to naprawić</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnoza:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Szczegóły techniczne</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>waiting for {waiting_for}, {waited} s</source>
        <translation>oczekiwanie na: {waiting_for}, {waited} s</translation>
    </message>
    <message>
        <source>waiting for {waiting_for}, {waited} of {limit} s</source>
        <translation>oczekiwanie na: {waiting_for}, {waited} z {limit} s</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Zatrzymano przed końcem.</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}: {state}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>w toku</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS details: every certificate the server presents (subject, issuer, names, validity, key, signature), days until expiry, protocol and cipher, whether the chain is complete, and whether something intercepts the connection.</source>
        <translation>Szczegóły TLS: każdy certyfikat przedstawiony przez serwer (podmiot, wystawca, nazwy, ważność, klucz, podpis), dni do wygaśnięcia, protokół i szyfr, czy łańcuch jest kompletny i czy coś przechwytuje połączenie.</translation>
    </message>
    <message>
        <source>Enter the server (taken from the connection test) and press Inspect TLS.</source>
        <translation>Wpisz serwer (wzięty z testu połączenia) i naciśnij Zbadaj TLS.</translation>
    </message>
    <message>
        <source>&amp;Inspect TLS</source>
        <translation>Z&amp;badaj TLS</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (465). STARTTLS: plain first, then encrypted (587, 25).</source>
        <translation>SSL/TLS: szyfrowane od początku (465). STARTTLS: najpierw jawnie, potem szyfrowane (587, 25).</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Szyfr&amp;owanie:</translation>
    </message>
    <message>
        <source>Set in the connection test&apos;s Advanced section (CA file)</source>
        <translation>Ustawiane w sekcji Zaawansowane testu połączenia (plik CA)</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Serwer &amp;DNS:</translation>
    </message>
    <message>
        <source>Certificate chain, server first</source>
        <translation>Łańcuch certyfikatów, od serwera</translation>
    </message>
    <message>
        <source>Inspecting the TLS of {host}, port {port}…</source>
        <translation>Badanie TLS serwera {host}, port {port}…</translation>
    </message>
    <message>
        <source>Not checked: no certificate was received.</source>
        <translation>Nie sprawdzono: nie otrzymano certyfikatu.</translation>
    </message>
    <message>
        <source>Valid from {not_before} until {not_after}</source>
        <translation>Ważny od {not_before} do {not_after}</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation>Uruchom (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Zatrzymaj (Esc)</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v z %m kroków</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>systemowy</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s</source>
        <translation>Pytaj ten serwer DNS (adres IP[:port]) zamiast systemowego</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Hasło proxy</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Popraw %n wyróżnione pole.</numerusform>
            <numerusform>Popraw %n wyróżnione pola.</numerusform>
            <numerusform>Popraw %n wyróżnionych pól.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>The conversation with the server appears here.
C: sent by {APP_NAME}   S: sent by the server   **: note</source>
        <translation>Tu pojawi się rozmowa z serwerem.
C: wysłane przez {APP_NAME}   S: wysłane przez serwer   **: uwaga</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Choose a provider or enter your server, then press Test connection.</source>
        <translation>Wybierz dostawcę lub wpisz swój serwer, a potem naciśnij Test połączenia.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Test został anulowany.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Total {total_ms}</source>
        <translation>Łącznie {total_ms}</translation>
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
        <translation>Sprawdź ustawienia</translation>
    </message>
    <message>
        <source>SMTP Doctor ran into a problem</source>
        <translation>SMTP Doctor napotkał problem</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Elapsed {seconds} s</source>
        <translation>Upłynęło {seconds} s</translation>
    </message>
</context>
<context>
    <name>VerifyWarning</name>
    <message>
        <source>Warning: certificate checks are off</source>
        <translation>Uwaga: sprawdzanie certyfikatów jest wyłączone</translation>
    </message>
</context>
<context>
    <name>WatchForm</name>
    <message>
        <source>After “Send test email”, look for the message in a mailbox (IMAP)</source>
        <translation>Po „Wyślij e-mail testowy” szukaj jej w skrzynce (IMAP)</translation>
    </message>
    <message>
        <source>Shows whether it arrived, in Inbox or Junk, how long it took, and how the receiver judged SPF, DKIM and DMARC.</source>
        <translation>Pokazuje, czy dotarła, do Odebranych czy do Wiadomości-śmieci, ile to trwało i jak odbiorca ocenił SPF, DKIM i DMARC.</translation>
    </message>
    <message>
        <source>the sending account, or imaps://user@imap.example.com</source>
        <translation>konto wysyłające lub imaps://uzytkownik@imap.example.com</translation>
    </message>
    <message>
        <source>Leave empty to watch the account that sends (its IMAP server is guessed from the SMTP server). imaps:// uses port 993, imap:// port 143 with STARTTLS.</source>
        <translation>Zostaw puste, aby obserwować konto wysyłające (jego serwer IMAP zostanie odgadnięty z serwera SMTP). imaps:// używa portu 993, imap:// portu 143 ze STARTTLS.</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>O&amp;bserwuj skrzynkę:</translation>
    </message>
    <message>
        <source>only for another account than the sender&apos;s</source>
        <translation>tylko dla innego konta niż nadawcy</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Hasło skrzynki</translation>
    </message>
    <message>
        <source>Mailbox pass&amp;word:</source>
        <translation>Hasło skrzynki:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for the message up to, in seconds</source>
        <translation>Jak długo czekać na wiadomość, w sekundach</translation>
    </message>
    <message>
        <source>Wait &amp;up to:</source>
        <translation>Czekaj najwyżej:</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Keyring backend</source>
        <translation>Mechanizm pęku kluczy</translation>
    </message>
</context>
<context>
    <name>advanced</name>
    <message>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Tylko IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Tylko IPv6</translation>
    </message>
    <message>
        <source>⚠ Certificate checks are off: SMTP Doctor will not notice an impostor server, and a mail app set up this way is not safe. Use this only to look at a broken certificate.</source>
        <translation>⚠ Sprawdzanie certyfikatów jest wyłączone: SMTP Doctor nie zauważy podszywającego się serwera, a program pocztowy tak skonfigurowany nie jest bezpieczny. Używaj tego tylko, by obejrzeć wadliwy certyfikat.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekund</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Passed</source>
        <translation>Zaliczono</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>Działa, z ostrzeżeniami</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Znaleziono problem</translation>
    </message>
    <message>
        <source>Nothing was tested</source>
        <translation>Nic nie przetestowano</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testowanie…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>device_code</name>
    <message>
        <source>Waiting for you to sign in… {time} left</source>
        <extracomment>The only links the Open button hands to the system: the address comes from the sign-in server, and another scheme (file:, ms-msdt:, a custom handler) would start a local program.</extracomment>
        <translation>Czekanie na Twoje zalogowanie… pozostało {time}</translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Znaleziono przez</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Powitanie</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>Ustawienie dostawcy</translation>
    </message>
    <message>
        <source>Preset (by MX)</source>
        <translation>Ustawienie (według MX)</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>Rekord SRV</translation>
    </message>
    <message>
        <source>Autoconfig</source>
        <translation>Autoconfig</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Zgadywanie</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Nie próbowano</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Nie sprawdzono</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Działa</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Nie działa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>The connection is encrypted</source>
        <translation>Połączenie jest szyfrowane</translation>
    </message>
    <message>
        <source>No encryption: the password would travel in clear text</source>
        <translation>Bez szyfrowania: hasło szłoby otwartym tekstem</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Ważny</translation>
    </message>
    <message>
        <source>Valid for {host}</source>
        <translation>Ważny dla {host}</translation>
    </message>
    <message>
        <source>{problem}: the certificate is for {names}</source>
        <translation>{problem}: certyfikat jest dla {names}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{host} is outside your domain. Your password would be sent to this host.</source>
        <translation>{host} jest poza Twoją domeną. Twoje hasło zostałoby wysłane do tego hosta.</translation>
    </message>
    <message>
        <source>{host} offers no encryption: your password would cross the network unencrypted, readable by anyone on the way.</source>
        <translation>{host} nie oferuje szyfrowania: Twoje hasło szłoby przez sieć niezaszyfrowane, czytelne dla każdego po drodze.</translation>
    </message>
    <message>
        <source>{host} (outside your domain)</source>
        <translation>{host} (poza Twoją domeną)</translation>
    </message>
</context>
<context>
    <name>dns_setting</name>
    <message>
        <source>the system&apos;s</source>
        <translation>systemowy</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s. The same setting is used by the connection test and every tool, and is remembered.</source>
        <translation>Pytaj ten serwer DNS (adres IP[:port]) zamiast systemowego. To samo ustawienie obowiązuje w teście połączenia i we wszystkich narzędziach i jest zapamiętywane.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>Raport HTML (*.html *.htm)</translation>
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
        <translation>{host}, port {port}, {security}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>brak serwera</translation>
    </message>
    <message>
        <source>{label}: applied, testing again…</source>
        <translation>{label}: zastosowano, ponowny test…</translation>
    </message>
</context>
<context>
    <name>form_watch</name>
    <message>
        <source>server {}</source>
        <translation>serwer {}</translation>
    </message>
    <message>
        <source>port {}</source>
        <translation>port {}</translation>
    </message>
    <message>
        <source>security {}</source>
        <translation>szyfrowanie {}</translation>
    </message>
    <message>
        <source>user name {}</source>
        <translation>nazwa użytkownika {}</translation>
    </message>
    <message>
        <source>sign-in {}</source>
        <translation>logowanie {}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Werdykt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Łącznie</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>, {security}</source>
        <translation>, {security}</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>zmiana stanu</translation>
    </message>
    <message>
        <source>slower by {delta}</source>
        <translation>wolniej o {delta}</translation>
    </message>
    <message>
        <source>faster by {value}</source>
        <translation>szybciej o {value}</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Zapisano w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a successful login.</source>
        <translation>Zapisano w systemowym pęku kluczy po udanym logowaniu.</translation>
    </message>
    <message>
        <source>Read from the system keychain.</source>
        <translation>Odczytano z systemowego pęku kluczy.</translation>
    </message>
    <message>
        <source>Not saved: the login failed.</source>
        <translation>Nie zapisano: logowanie nie powiodło się.</translation>
    </message>
    <message>
        <source>Not saved: the login failed. The keychain still holds the password saved before.</source>
        <translation>Nie zapisano: logowanie nie powiodło się. Pęk kluczy nadal zawiera wcześniej zapisane hasło.</translation>
    </message>
    <message>
        <source>The login failed with the password saved in the keychain. It is still saved; type the new one and test the login to replace it.</source>
        <translation>Logowanie hasłem z pęku kluczy nie powiodło się. Hasło jest nadal zapisane; wpisz nowe i przetestuj logowanie, aby je zastąpić.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a successful login, or with Save password now.</source>
        <translation>Zapisane hasło różni się od wpisanego. Pęk kluczy zostanie zaktualizowany po udanym logowaniu lub przyciskiem Zapisz hasło teraz.</translation>
    </message>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a successful login, or with Save password now.</source>
        <translation>Jeszcze niezapisane: hasło zostanie zapisane w systemowym pęku kluczy po udanym logowaniu lub przyciskiem Zapisz hasło teraz.</translation>
    </message>
    <message>
        <source>Deleted from the system keychain.</source>
        <translation>Usunięto z systemowego pęku kluczy.</translation>
    </message>
    <message>
        <source>Nothing was saved in the system keychain.</source>
        <translation>W systemowym pęku kluczy nic nie zapisano.</translation>
    </message>
    <message>
        <source>Still saved in the system keychain (not deleted).</source>
        <translation>Nadal zapisane w systemowym pęku kluczy (nie usunięto).</translation>
    </message>
    <message>
        <source>No system keychain: the password is kept for this session only.</source>
        <translation>Brak systemowego pęku kluczy: hasło jest przechowywane tylko w tej sesji.</translation>
    </message>
</context>
<context>
    <name>keychain_ui</name>
    <message>
        <source>Delete the saved password from the keychain?</source>
        <translation>Usunąć zapisane hasło z pęku kluczy?</translation>
    </message>
    <message>
        <source>SMTP Doctor will no longer remember the password of this profile. The password stays in the field until you close the app.</source>
        <translation>SMTP Doctor przestanie pamiętać hasło tego profilu. Hasło pozostanie w polu, dopóki nie zamkniesz aplikacji.</translation>
    </message>
    <message>
        <source>Replace the saved password with one that just failed to log in?</source>
        <translation>Zastąpić zapisane hasło takim, którym właśnie nie udało się zalogować?</translation>
    </message>
    <message>
        <source>The login failed with the password typed now. The keychain holds another password for this profile.</source>
        <translation>Logowanie wpisanym teraz hasłem nie powiodło się. Pęk kluczy zawiera inne hasło dla tego profilu.</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Jak w &amp;systemie</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localization (for translators)</source>
        <translation>&amp;Pseudolokalizacja (dla tłumaczy)</translation>
    </message>
    <message>
        <source>The language changes when SMTP Doctor starts again.</source>
        <translation>Język zmieni się po ponownym uruchomieniu SMTP Doctor.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test połączeni&amp;a</translation>
    </message>
    <message>
        <source>Connect, encrypt and greet the server</source>
        <translation>Połącz, zaszyfruj i przywitaj się z serwerem</translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation>Test lo&amp;gowania</translation>
    </message>
    <message>
        <source>Also sign in with your user name and password</source>
        <translation>Zaloguj się też nazwą użytkownika i hasłem</translation>
    </message>
    <message>
        <source>Se&amp;nd test email</source>
        <translation>Wyśli&amp;j e-mail testowy</translation>
    </message>
    <message>
        <source>Also send the test message</source>
        <translation>Wyślij też wiadomość testową</translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>SMTP Doctor test message</source>
        <translation>Wiadomość testowa SMTP Doctor</translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.
If you can read it, sending mail works.
</source>
        <translation>To jest wiadomość testowa od SMTP Doctor.
Jeśli możesz ją przeczytać, wysyłanie poczty działa.
</translation>
    </message>
</context>
<context>
    <name>monitor</name>
    <message>
        <source>Connect</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Powitanie</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Łącznie</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test połączenia</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Test logowania</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>Do zatrzymania</translation>
    </message>
    <message>
        <source>For a time</source>
        <translation>Przez pewien czas</translation>
    </message>
    <message>
        <source>A number of times</source>
        <translation>Określoną liczbę razy</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnoza</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, {label}</source>
        <translation>Monitorowanie {host}, port {port}, {label}</translation>
    </message>
    <message>
        <source>, without logging in</source>
        <translation>, bez logowania</translation>
    </message>
    <message>
        <source>, logged in as {username}</source>
        <translation>, zalogowano jako {username}</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(brak nazwy użytkownika)</translation>
    </message>
    <message>
        <source>, DNS server {nameserver}</source>
        <translation>, serwer DNS {nameserver}</translation>
    </message>
    <message>
        <source>, through the proxy {proxy}</source>
        <translation>, przez proxy {proxy}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Ports</source>
        <translation>Porty</translation>
    </message>
    <message>
        <source>Is it my network?</source>
        <translation>Czy to moja sieć?</translation>
    </message>
    <message>
        <source>Find my settings</source>
        <translation>Znajdź ustawienia</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>Kondycja domeny</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>Szczegóły TLS</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
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
        <translation>Co odpowiada</translation>
    </message>
    <message>
        <source>Control host</source>
        <translation>Host kontrolny</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Werdykt</translation>
    </message>
    <message>
        <source>SMTP greeting</source>
        <translation>Powitanie SMTP</translation>
    </message>
    <message>
        <source>SMTP over SSL/TLS</source>
        <translation>SMTP przez SSL/TLS</translation>
    </message>
    <message>
        <source>TLS, but no SMTP greeting</source>
        <translation>TLS, ale bez powitania SMTP</translation>
    </message>
    <message>
        <source>Not a mail server</source>
        <translation>To nie serwer poczty</translation>
    </message>
    <message>
        <source>Nothing (silent)</source>
        <translation>Nic (cisza)</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Brak adresu</translation>
    </message>
    <message>
        <source>The server has no address of this IP version.</source>
        <translation>Serwer nie ma adresu w tej wersji IP.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <source>Open, not SMTP</source>
        <translation>Otwarty, nie SMTP</translation>
    </message>
    <message>
        <source>Open, silent</source>
        <translation>Otwarty, cichy</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtrowany</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nieosiągalny</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nieużywany</translation>
    </message>
    <message>
        <source>No control host was set.</source>
        <translation>Nie ustawiono hosta kontrolnego.</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Nie sprawdzono</translation>
    </message>
    <message>
        <source>The control host could not be probed.</source>
        <translation>Nie udało się sprawdzić hosta kontrolnego.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiada</translation>
    </message>
    <message>
        <source>{host} answers on this port from your network.</source>
        <translation>{host} odpowiada na tym porcie z Twojej sieci.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odrzucono</translation>
    </message>
    <message>
        <source>{host} refused this port.</source>
        <translation>{host} odrzucił połączenie na tym porcie.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>{host} does not answer on this port either: your network probably blocks it.</source>
        <translation>{host} również nie odpowiada na tym porcie: Twoja sieć prawdopodobnie go blokuje.</translation>
    </message>
</context>
<context>
    <name>server_form</name>
    <message>
        <source>None (no sign-in)</source>
        <translation>Brak (bez logowania)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
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
        <translation>Stan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Passed</source>
        <translation>Zaliczono</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>W toku…</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Podmiot</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Wystawca</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>Nazwy (SAN)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Pozostało dni</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Wygaśnięcie</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Łańcuch</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>Przechwytywanie</translation>
    </message>
    <message>
        <source>Automatic (by port)</source>
        <translation>Automatycznie (według portu)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Pośredni</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>Trusting only the certificate authorities in {ca_file}</source>
        <translation>Zaufane są tylko urzędy certyfikacji z {ca_file}</translation>
    </message>
    <message>
        <source>Trusting this computer&apos;s certificates</source>
        <translation>Zaufane są certyfikaty tego komputera</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasł</translation>
    </message>
    <message>
        <source>Expired on {not_after}</source>
        <translation>Wygasł dnia {not_after}</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Jeszcze nieważny</translation>
    </message>
    <message>
        <source>Valid only from {not_before}</source>
        <translation>Ważny dopiero od {not_before}</translation>
    </message>
    <message>
        <source>Expires in less than 14 days</source>
        <translation>Wygasa za mniej niż 14 dni</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Ważny</translation>
    </message>
</context>
</TS>
