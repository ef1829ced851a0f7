<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells you why your mail (SMTP) settings don&apos;t work and how to fix them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow old TLS 1.0/1.1 (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a device you can&apos;t update: if the server offers nothing newer than TLS 1.0/1.1, log in and send over it anyway. This exposes your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch missing intermediate (AIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server&apos;s certificate can&apos;t be verified, download the issuer named in it (over HTTP) to prove that the server doesn&apos;t send its intermediate certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain after a run in which the proxy accepted it, never after one it refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlocklistPage</name>
    <message>
        <source>Is it my network? Looks an address up on the common spam blocklists (Spamhaus ZEN with its PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and explains each listing. Leave the address empty to check the public address your connections come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address, or allow the public-address lookup, and press Check blocklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k blocklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: my public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv4 or IPv6 address to look up, for example the one a bounce message names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the common lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist zones to ask instead of the common ones, separated by commas (for example bl.spamcop.net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block&amp;lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an echo service for my &amp;public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up {what} on the blocklists…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BouncePage</name>
    <message>
        <source>Messages and text (*.eml *.txt *.msg *.mbox *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce: paste a bounce (the whole message or just its text), drop an .eml or .txt file here, or open one. SMTP Doctor reads who didn&apos;t get the mail, which server said so and why, and what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or open a bounce, then press Read bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read bo&amp;unce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the bounce here: the returned message with its headers, or only its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved bounce (.eml, .txt, Outlook .msg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this reading as a report (HTML, Markdown or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bounce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a bounce or open a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a bounce: SMTP Doctor found no delivery report, no failed recipient and no server reply in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or open the bounce message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Select two runs and press Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed status</source>
        <translation>
            <numerusform>%n step changed status</numerusform>
            <numerusform>%n steps changed status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) slowed down</source>
        <translation>
            <numerusform>%n step slowed down</numerusform>
            <numerusform>%n steps slowed down</numerusform>
        </translation>
    </message>
    <message>
        <source>No step changed status or slowed down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Before: {old_time} — {old_verdict}&lt;br&gt;After: {new_time} — {new_verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find my settings: enter your email address (or your domain). SMTP Doctor looks for the outgoing server in provider presets, published SRV records and autoconfig files, and the usual names; tries them all at once and ranks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address and press Find settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email &amp;address or domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected server, port and security into the connection test&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the outgoing server of {query}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{listed} listed in the table above ({tried} tried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not work here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; outside your domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}, port {port}, {security} ({works}{outside})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {host} for sending mail?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain health: the DNS records that decide whether mail from your domain is delivered and trusted — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — and the reverse DNS, greeting name and certificates of your mail servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your domain and press Check domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. s1, google (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM selectors to check: the s= value in a DKIM-Signature header of a message you sent. Separate with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also try &amp;common ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also look for selectors that providers often use (default, google, selector1, k1, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first MX (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server whose reverse DNS and greeting name to check, as host or host:port (default port 25). The port is also used to read the MX servers&apos; certificates for DANE and MTA-STS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mai&amp;l server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the mail records of {domain}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>⚠ {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixActions</name>
    <message>
        <source>A test is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in {host}, a name taken from the server&apos;s certificate: check with your provider that it is theirs, then run the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the settings ({label}): run the test when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings restored: {saved}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixActionsBar</name>
    <message>
        <source>Fix it in one click:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to {description}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormWatch</name>
    <message>
        <source>another password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These results are for the previous settings ({changes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These results are for the previous settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Please correct the highlighted field.</numerusform>
            <numerusform>Please correct the %n highlighted fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings look right now. Press Test connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected runs step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected runs (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older runs (of all profiles) are deleted so the history file cannot grow without bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its full result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compariso&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in all profiles.</source>
        <translation>
            <numerusform>%n run in all profiles.</numerusform>
            <numerusform>%n runs in all profiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) for “{profile}”.</source>
        <translation>
            <numerusform>%n run for “{profile}”.</numerusform>
            <numerusform>%n runs for “{profile}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n.</source>
        <translation>
            <numerusform>Showing the newest.</numerusform>
            <numerusform>Showing the newest %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That run is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n run from the history? This cannot be undone.</numerusform>
            <numerusform>Delete %n runs from the history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history.</source>
        <translation>
            <numerusform>Deleted %n run from the history.</numerusform>
            <numerusform>Deleted %n runs from the history.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two runs to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep fewer runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep only the last %n run(s)? Older runs are deleted now.</source>
        <translation>
            <numerusform>Keep only the last run? Older runs are deleted now.</numerusform>
            <numerusform>Keep only the last %n runs? Older runs are deleted now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n run(s).</source>
        <translation>
            <numerusform>The history keeps the last run.</numerusform>
            <numerusform>The history keeps the last %n runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older run(s) were deleted.</source>
        <translation>
            <numerusform>%n older run was deleted.</numerusform>
            <numerusform>%n older runs were deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>change the retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>History: could not {what}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not {what}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Reading the password from the system keychain…</source>
        <extracomment>The mail password, per profile. A proxy&apos;s password, per proxy account (user@host:port): the same rules, its own entry kind.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved in the system keychain yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Latency chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename, duplicate or delete profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo “Use these settings”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in {host}, port {port}: press Test connection (Undo is under Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run last test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Please correct the highlighted field.</numerusform>
            <numerusform>Please correct the %n highlighted fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {host}, port {port}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save profiles: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider presets unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>your user name, if it is an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Which test to repeat: connect, encrypt and greet, or also sign in. The settings are those of the Connection test page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds from the start of one run to the start of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every run of this session as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not monitoring yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats the chosen test with the settings of the Connection test page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the settings on the Connection test page first: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n runs</source>
        <translation>
            <numerusform>, %n run</numerusform>
            <numerusform>, %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source> for {value} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, every {every:g} s{limit}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {index} at {time}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — monitoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor stopped with an error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n run(s):</source>
        <translation>
            <numerusform>Stopped after %n run:</numerusform>
            <numerusform>Stopped after %n runs:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n run(s):</source>
        <translation>
            <numerusform>Finished after %n run:</numerusform>
            <numerusform>Finished after %n runs:</numerusform>
        </translation>
    </message>
    <message>
        <source>{passed} passed, {failures} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{runs} ({passed} passed, {failures} failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export monitor runs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n run to {path}.</numerusform>
            <numerusform>Saved %n runs to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Default</source>
        <extracomment>The form&apos;s provider presets that sign in with OAuth, and with whom.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Microsoft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a code (sign in on another device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a code to enter at microsoft.com/devicelogin instead of opening a browser on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s app registration (client) ID, if it requires its own (see docs/oauth.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Desktop app clients only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations: work or school accounts; consumers: Outlook.com; common: both; or your tenant ID or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scope your provider&apos;s SMTP server needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your provider</source>
        <extracomment>What the user entered for a provider, kept in QSettings (never a secret: the Google client secret goes to the keychain entry with the refresh token, not here).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with {provider}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: your app registration&apos;s client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with {provider} as {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the access token is valid until {until}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Is it my network? Probes the mail ports of a server in parallel, over IPv4 and IPv6, and the same ports on a control host that answers on every port: a port blocked on both is blocked by your network or provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server and press Probe ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports to probe, separated by commas; add your own (e.g. 8025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for an answer; the whole probe takes about this long, not this long per port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: no control comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host that answers on every port (the control). Empty: no control comparison. Remembered for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntrol host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a control host?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To tell whether your own network blocks a port, SMTP Doctor can also try the same ports on {host}, a public host run by a third party that answers on every port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only connections are opened (nothing about you, your server or your password is sent), but {host} sees your internet address. Your answer is remembered; you can change the control host on this page at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing {host} on port {ports}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped before this port was probed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles (passwords are kept in the system keychain, never in these settings):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its saved password?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a run that the proxy accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a run that the proxy accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port, socks5h://host:port (the proxy looks up names), http://host:port (HTTP CONNECT), with user@ before the host when it needs a login, or system (this computer&apos;s proxy settings). The same setting is used by every tool, and is remembered; the password never goes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Run a test (or open one from the history) to export its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the report: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {written}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a test (or open one from the history) to copy its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the report: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report copied to the clipboard (Markdown and rich text).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy results as te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>The check returned no result: {result!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis: {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <source>{title} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {index}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>{title} section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s server to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS: port 587, encryption starts after connecting.
SSL/TLS: port 465, encrypted from the start.
None: no encryption (port 25, servers on your own network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (never in SMTP Doctor&apos;s settings files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save password now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the typed password in the system keychain now, without waiting for a successful login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port {default_port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{security} usually runs on port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2 access token (or sign in above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After sending, watch a mailbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with {provider_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sign-in with {provider_name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code. Then sign in with your Microsoft account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in your browser; SMTP Doctor continues by itself when you are done. If no browser window opened, open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>{status}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <source>Select a step to see what happened and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>waiting for {waiting_for}, {waited} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for {waiting_for}, {waited} of {limit} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS details: every certificate the server presents (subject, issuer, names, validity, key, signature), days until expiry, protocol and cipher, whether the chain is complete, and whether something intercepts the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server (taken from the connection test) and press Inspect TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (465). STARTTLS: plain first, then encrypted (587, 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in the connection test&apos;s Advanced section (CA file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain, server first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting the TLS of {host}, port {port}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: no certificate was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from {not_before} until {not_after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Please correct the highlighted field.</numerusform>
            <numerusform>Please correct the %n highlighted fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>The conversation with the server appears here.
C: sent by {APP_NAME}   S: sent by the server   **: note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider or enter your server, then press Test connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total_ms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, {step}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Doctor ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyWarning</name>
    <message>
        <source>Warning: certificate checks are off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchForm</name>
    <message>
        <source>After “Send test email”, look for the message in a mailbox (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows whether it arrived, in Inbox or Junk, how long it took, and how the receiver judged SPF, DKIM and DMARC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sending account, or imaps://user@imap.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to watch the account that sends (its IMAP server is guessed from the SMTP server). imaps:// uses port 993, imap:// port 143 with STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for another account than the sender&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the message up to, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait &amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Keyring backend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>advanced</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Certificate checks are off: SMTP Doctor will not notice an impostor server, and a mail app set up this way is not safe. Use this only to look at a broken certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_code</name>
    <message>
        <source>Waiting for you to sign in… {time} left</source>
        <extracomment>The only links the Open button hands to the system: the address comes from the sign-in server, and another scheme (file:, ms-msdt:, a custom handler) would start a local program.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset (by MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption: the password would travel in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}: the certificate is for {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is outside your domain. Your password would be sent to this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} offers no encryption: your password would cross the network unencrypted, readable by anyone on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} (outside your domain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dns_setting</name>
    <message>
        <source>the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s. The same setting is used by the connection test and every tool, and is remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>{value} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fix_actions</name>
    <message>
        <source>{host}, port {port}, {security}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: applied, testing again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>form_watch</name>
    <message>
        <source>server {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {security}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slower by {delta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster by {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain after a successful login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the login failed. The keychain still holds the password saved before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed with the password saved in the keychain. It is still saved; type the new one and test the login to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a successful login, or with Save password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a successful login, or with Save password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still saved in the system keychain (not deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain: the password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keychain_ui</name>
    <message>
        <source>Delete the saved password from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Doctor will no longer remember the password of this profile. The password stays in the field until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the saved password with one that just failed to log in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed with the password typed now. The keychain holds another password for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudo-localization (for translators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when SMTP Doctor starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, encrypt and greet the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sign in with your user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send the test message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>SMTP Doctor test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.
If you can read it, sending mail works.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monitor</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, without logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, logged in as {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, DNS server {nameserver}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, through the proxy {proxy}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it my network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find my settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ports</name>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP over SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, but no SMTP greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (silent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no address of this IP version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, not SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control host was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control host could not be probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} answers on this port from your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} refused this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} does not answer on this port either: your network probably blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>server_form</name>
    <message>
        <source>None (no sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2 (XOAUTH2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2 (OAUTHBEARER)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting only the certificate authorities in {ca_file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting this computer&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on {not_after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid only from {not_before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in less than 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
