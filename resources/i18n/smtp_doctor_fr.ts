<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>À propos de {APP_NAME}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>unavailable ({error})</source>
        <translation>indisponible ({error})</translation>
    </message>
    <message>
        <source>Tells you why your mail (SMTP) settings don&apos;t work and how to fix them.</source>
        <translation>Vous explique pourquoi vos paramètres de messagerie (SMTP) ne fonctionnent pas et comment les corriger.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Connect timeout:</source>
        <translation>Délai de connexion :</translation>
    </message>
    <message>
        <source>Reply timeout:</source>
        <translation>Délai de réponse :</translation>
    </message>
    <message>
        <source>this computer&apos;s name</source>
        <translation>le nom de cet ordinateur</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>Nom EHLO :</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>les certificats de confiance du système</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation>Choisir un fichier de certificat d’AC (PEM)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier d’AC :</translation>
    </message>
    <message>
        <source>Allow old TLS 1.0/1.1 (insecure)</source>
        <translation>Autoriser l’ancien TLS 1.0/1.1 (non sûr)</translation>
    </message>
    <message>
        <source>Only for a device you can&apos;t update: if the server offers nothing newer than TLS 1.0/1.1, log in and send over it anyway. This exposes your password.</source>
        <translation>Uniquement pour un appareil impossible à mettre à jour : si le serveur ne propose rien de plus récent que TLS 1.0/1.1, s’identifier et envoyer quand même. Votre mot de passe est alors exposé.</translation>
    </message>
    <message>
        <source>Fetch missing intermediate (AIA)</source>
        <translation>Récupérer l’intermédiaire manquant (AIA)</translation>
    </message>
    <message>
        <source>When the server&apos;s certificate can&apos;t be verified, download the issuer named in it (over HTTP) to prove that the server doesn&apos;t send its intermediate certificate.</source>
        <translation>Si le certificat du serveur ne peut pas être vérifié, télécharger l’émetteur qu’il désigne (via HTTP) pour prouver que le serveur n’envoie pas son certificat intermédiaire.</translation>
    </message>
    <message>
        <source>&amp;IP version:</source>
        <translation>&amp;Version d’IP :</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>celui du système</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>Serveur DNS :</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy :</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Mot de passe proxy :</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a run in which the proxy accepted it, never after one it refused.</source>
        <translation>Enregistré dans le trousseau du système après une exécution où le proxy l’a accepté, jamais après un refus.</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat d’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>BlocklistPage</name>
    <message>
        <source>Is it my network? Looks an address up on the common spam blocklists (Spamhaus ZEN with its PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and explains each listing. Leave the address empty to check the public address your connections come from.</source>
        <translation>Est-ce mon réseau ? Recherche une adresse sur les listes de blocage anti-spam courantes (Spamhaus ZEN avec sa PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) et explique chaque inscription. Laissez l’adresse vide pour vérifier l’adresse publique d’où partent vos connexions.</translation>
    </message>
    <message>
        <source>Enter an address, or allow the public-address lookup, and press Check blocklists.</source>
        <translation>Saisissez une adresse, ou autorisez la recherche de l’adresse publique, puis cliquez sur Vérifier les listes.</translation>
    </message>
    <message>
        <source>Chec&amp;k blocklists</source>
        <translation>Vé&amp;rifier les listes</translation>
    </message>
    <message>
        <source>empty: my public address</source>
        <translation>vide : adresse publique</translation>
    </message>
    <message>
        <source>The IPv4 or IPv6 address to look up, for example the one a bounce message names</source>
        <translation>L’adresse IPv4 ou IPv6 à rechercher, par exemple celle que cite un message de non-remise</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse :</translation>
    </message>
    <message>
        <source>the common lists</source>
        <translation>les listes courantes</translation>
    </message>
    <message>
        <source>Blocklist zones to ask instead of the common ones, separated by commas (for example bl.spamcop.net)</source>
        <translation>Zones de listes de blocage à interroger à la place des listes courantes, séparées par des virgules (par exemple bl.spamcop.net)</translation>
    </message>
    <message>
        <source>Block&amp;lists:</source>
        <translation>Listes de &amp;blocage :</translation>
    </message>
    <message>
        <source>Ask an echo service for my &amp;public address</source>
        <translation>Demander mon adresse &amp;publique en ligne</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Adresse publique :</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;veur DNS :</translation>
    </message>
    <message>
        <source>your public address</source>
        <translation>votre adresse publique</translation>
    </message>
    <message>
        <source>Looking up {what} on the blocklists…</source>
        <translation>Recherche de {what} sur les listes de blocage…</translation>
    </message>
</context>
<context>
    <name>BouncePage</name>
    <message>
        <source>Messages and text (*.eml *.txt *.msg *.mbox *.log);;All files (*)</source>
        <translation>Messages et texte (*.eml *.txt *.msg *.mbox *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Bounce: paste a bounce (the whole message or just its text), drop an .eml or .txt file here, or open one. SMTP Doctor reads who didn&apos;t get the mail, which server said so and why, and what to do about it.</source>
        <translation>Non-remise : collez un message de non-remise (le message entier ou seulement son texte), déposez ici un fichier .eml ou .txt, ou ouvrez-en un. SMTP Doctor lit qui n’a pas reçu le message, quel serveur l’a signalé et pourquoi, et ce qu’il faut faire.</translation>
    </message>
    <message>
        <source>Paste or open a bounce, then press Read bounce.</source>
        <translation>Collez ou ouvrez un message de non-remise, puis cliquez sur Lire.</translation>
    </message>
    <message>
        <source>Read bo&amp;unce</source>
        <translation>Li&amp;re</translation>
    </message>
    <message>
        <source>Paste the bounce here: the returned message with its headers, or only its text.</source>
        <translation>Collez ici le message de non-remise : le message renvoyé avec ses en-têtes, ou seulement son texte.</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Texte du message de non-remise</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a saved bounce (.eml, .txt, Outlook .msg)</source>
        <translation>Ouvrir un message de non-remise enregistré (.eml, .txt, .msg d’Outlook)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;porter…</translation>
    </message>
    <message>
        <source>Save this reading as a report (HTML, Markdown or JSON)</source>
        <translation>Enregistrer cette lecture comme rapport (HTML, Markdown ou JSON)</translation>
    </message>
    <message>
        <source>&amp;Bounce:</source>
        <translation>&amp;Message de non-remise :</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>Ouvrir un message de non-remise</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>Impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} ouvert.</translation>
    </message>
    <message>
        <source>Paste a bounce or open a file first.</source>
        <translation>Collez d’abord un message de non-remise ou ouvrez un fichier.</translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation>Il n’y a encore rien à lire.</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>Lecture du message de non-remise…</translation>
    </message>
    <message>
        <source>This is not a bounce: SMTP Doctor found no delivery report, no failed recipient and no server reply in it.</source>
        <translation>Ce n’est pas un message de non-remise : SMTP Doctor n’y a trouvé ni rapport de remise, ni destinataire en échec, ni réponse de serveur.</translation>
    </message>
    <message>
        <source>Paste or open the bounce message.</source>
        <translation>Collez ou ouvrez le message de non-remise.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Select two runs and press Compare.</source>
        <translation>Sélectionnez deux exécutions et cliquez sur Comparer.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>État avant</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>État après</translation>
    </message>
    <message>
        <source>Time before</source>
        <translation>Durée avant</translation>
    </message>
    <message>
        <source>Time after</source>
        <translation>Durée après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed status</source>
        <translation>
            <numerusform>%n étape a changé d’état</numerusform>
            <numerusform>%n étapes ont changé d’état</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) slowed down</source>
        <translation>
            <numerusform>%n étape a ralenti</numerusform>
            <numerusform>%n étapes ont ralenti</numerusform>
        </translation>
    </message>
    <message>
        <source>No step changed status or slowed down</source>
        <translation>Aucune étape n’a changé d’état ni ralenti</translation>
    </message>
    <message>
        <source>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Before: {old_time} — {old_verdict}&lt;br&gt;After: {new_time} — {new_verdict}</source>
        <translation>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Avant : {old_time} — {old_verdict}&lt;br&gt;Après : {new_time} — {new_verdict}</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find my settings: enter your email address (or your domain). SMTP Doctor looks for the outgoing server in provider presets, published SRV records and autoconfig files, and the usual names; tries them all at once and ranks them.</source>
        <translation>Trouver mes paramètres : saisissez votre adresse e-mail (ou votre domaine). SMTP Doctor cherche le serveur sortant dans les préréglages des fournisseurs, les enregistrements SRV et fichiers autoconfig publiés, et parmi les noms habituels ; il les essaie tous à la fois et les classe.</translation>
    </message>
    <message>
        <source>Enter your email address and press Find settings.</source>
        <translation>Saisissez votre adresse e-mail et cliquez sur Trouver.</translation>
    </message>
    <message>
        <source>F&amp;ind settings</source>
        <translation>&amp;Trouver</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>vous@example.com ou example.com</translation>
    </message>
    <message>
        <source>Email &amp;address or domain:</source>
        <translation>Adr&amp;esse e-mail ou domaine :</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;veur DNS :</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Candidats, le meilleur en premier</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>&amp;Utiliser ces paramètres</translation>
    </message>
    <message>
        <source>Put the selected server, port and security into the connection test&apos;s form</source>
        <translation>Reporter le serveur, le port et la sécurité choisis dans le formulaire du test de connexion</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of {query}…</source>
        <translation>Recherche du serveur sortant de {query}…</translation>
    </message>
    <message>
        <source>{listed} listed in the table above ({tried} tried)</source>
        <translation>{listed} dans le tableau ci-dessus ({tried} essayés)</translation>
    </message>
    <message>
        <source>No candidates to use.</source>
        <translation>Aucun candidat à utiliser.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>did not work here</source>
        <translation>n’a pas fonctionné ici</translation>
    </message>
    <message>
        <source>; outside your domain</source>
        <translation> ; hors de votre domaine</translation>
    </message>
    <message>
        <source>{host}, port {port}, {security} ({works}{outside})</source>
        <translation>{host}, port {port}, {security} ({works}{outside})</translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation>Utiliser ces paramètres ?</translation>
    </message>
    <message>
        <source>Use {host} for sending mail?</source>
        <translation>Utiliser {host} pour envoyer le courrier ?</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain health: the DNS records that decide whether mail from your domain is delivered and trusted — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — and the reverse DNS, greeting name and certificates of your mail servers.</source>
        <translation>Santé du domaine : les enregistrements DNS qui décident si le courrier de votre domaine est remis et jugé fiable — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — ainsi que le DNS inverse, le nom d’accueil et les certificats de vos serveurs de messagerie.</translation>
    </message>
    <message>
        <source>Enter your domain and press Check domain.</source>
        <translation>Saisissez votre domaine et cliquez sur Vérifier le domaine.</translation>
    </message>
    <message>
        <source>Chec&amp;k domain</source>
        <translation>Vé&amp;rifier le domaine</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;maine :</translation>
    </message>
    <message>
        <source>e.g. s1, google (optional)</source>
        <translation>p. ex. s1, google (facultatif)</translation>
    </message>
    <message>
        <source>DKIM selectors to check: the s= value in a DKIM-Signature header of a message you sent. Separate with commas.</source>
        <translation>Sélecteurs DKIM à vérifier : la valeur s= d’un en-tête DKIM-Signature d’un message que vous avez envoyé. Séparez-les par des virgules.</translation>
    </message>
    <message>
        <source>Also try &amp;common ones</source>
        <translation>Essayer aussi les &amp;usuels</translation>
    </message>
    <message>
        <source>Also look for selectors that providers often use (default, google, selector1, k1, …)</source>
        <translation>Chercher aussi les sélecteurs souvent utilisés par les fournisseurs (default, google, selector1, k1, …)</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>&amp;Sélecteurs DKIM :</translation>
    </message>
    <message>
        <source>the first MX (optional)</source>
        <translation>le premier MX (facultatif)</translation>
    </message>
    <message>
        <source>The mail server whose reverse DNS and greeting name to check, as host or host:port (default port 25). The port is also used to read the MX servers&apos; certificates for DANE and MTA-STS.</source>
        <translation>Le serveur de messagerie dont vérifier le DNS inverse et le nom d’accueil, sous la forme hôte ou hôte:port (port 25 par défaut). Ce port sert aussi à lire les certificats des serveurs MX pour DANE et MTA-STS.</translation>
    </message>
    <message>
        <source>Mai&amp;l server:</source>
        <translation>Serveur de messa&amp;gerie :</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;veur DNS :</translation>
    </message>
    <message>
        <source>Checking the mail records of {domain}…</source>
        <translation>Vérification des enregistrements de messagerie de {domain}…</translation>
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
        <translation>Un test est déjà en cours.</translation>
    </message>
    <message>
        <source>Filled in {host}, a name taken from the server&apos;s certificate: check with your provider that it is theirs, then run the test.</source>
        <translation>{host} a été saisi, un nom tiré du certificat du serveur : vérifiez auprès de votre fournisseur qu’il lui appartient, puis lancez le test.</translation>
    </message>
    <message>
        <source>Changed the settings ({label}): run the test when ready.</source>
        <translation>Paramètres modifiés ({label}) : lancez le test quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Settings restored: {saved}.</source>
        <translation>Paramètres rétablis : {saved}.</translation>
    </message>
</context>
<context>
    <name>FixActionsBar</name>
    <message>
        <source>Fix it in one click:</source>
        <translation>Corriger en un clic :</translation>
    </message>
    <message>
        <source>Undo the fix</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <source>Same as: {action}</source>
        <translation>Identique à : {action}</translation>
    </message>
    <message>
        <source>Back to {description}</source>
        <translation>Revenir à {description}</translation>
    </message>
</context>
<context>
    <name>FormWatch</name>
    <message>
        <source>another password</source>
        <translation>un autre mot de passe</translation>
    </message>
    <message>
        <source>These results are for the previous settings ({changes}).</source>
        <translation>Ces résultats portent sur les paramètres précédents ({changes}).</translation>
    </message>
    <message>
        <source>These results are for the previous settings.</source>
        <translation>Ces résultats portent sur les paramètres précédents.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Veuillez corriger %n champ en surbrillance.</numerusform>
            <numerusform>Veuillez corriger les %n champs en surbrillance.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings look right now. Press Test connection.</source>
        <translation>Les paramètres semblent corrects. Cliquez sur Tester la connexion.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil :</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Compare the two selected runs step by step</source>
        <translation>Comparer étape par étape les deux exécutions sélectionnées</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>Delete the selected runs (Del)</source>
        <translation>Supprimer les exécutions sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> exécutions</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>Exécutions à conserver</translation>
    </message>
    <message>
        <source>Older runs (of all profiles) are deleted so the history file cannot grow without bound</source>
        <translation>Les exécutions plus anciennes (de tous les profils) sont supprimées pour que le fichier d’historique ne grossisse pas indéfiniment</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Conser&amp;ver les dernières :</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Exécutions passées</translation>
    </message>
    <message>
        <source>Select a run to see its full result.</source>
        <translation>Sélectionnez une exécution pour voir son résultat complet.</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Rés&amp;ultat</translation>
    </message>
    <message>
        <source>Compariso&amp;n</source>
        <translation>Compa&amp;raison</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>lire l’historique</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(aucun profil)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in all profiles.</source>
        <translation>
            <numerusform>%n exécution dans tous les profils.</numerusform>
            <numerusform>%n exécutions dans tous les profils.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) for “{profile}”.</source>
        <translation>
            <numerusform>%n exécution pour « {profile} ».</numerusform>
            <numerusform>%n exécutions pour « {profile} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n.</source>
        <translation>
            <numerusform>Affichage de la plus récente (%n).</numerusform>
            <numerusform>Affichage des %n plus récentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>That run is no longer in the history.</source>
        <translation>Cette exécution ne figure plus dans l’historique.</translation>
    </message>
    <message>
        <source>open the run</source>
        <translation>ouvrir l’exécution</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Supprimer des exécutions</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n exécution de l’historique ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n exécutions de l’historique ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history.</source>
        <translation>
            <numerusform>%n exécution supprimée de l’historique.</numerusform>
            <numerusform>%n exécutions supprimées de l’historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation>supprimer les exécutions</translation>
    </message>
    <message>
        <source>Select exactly two runs to compare.</source>
        <translation>Sélectionnez exactement deux exécutions à comparer.</translation>
    </message>
    <message>
        <source>compare the runs</source>
        <translation>comparer les exécutions</translation>
    </message>
    <message>
        <source>Keep fewer runs</source>
        <translation>Conserver moins d’exécutions</translation>
    </message>
    <message numerus="yes">
        <source>Keep only the last %n run(s)? Older runs are deleted now.</source>
        <translation>
            <numerusform>Ne conserver que la dernière exécution (%n) ? Les plus anciennes sont supprimées maintenant.</numerusform>
            <numerusform>Ne conserver que les %n dernières exécutions ? Les plus anciennes sont supprimées maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n run(s).</source>
        <translation>
            <numerusform>L’historique conserve la dernière exécution (%n).</numerusform>
            <numerusform>L’historique conserve les %n dernières exécutions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older run(s) were deleted.</source>
        <translation>
            <numerusform>%n exécution plus ancienne a été supprimée.</numerusform>
            <numerusform>%n exécutions plus anciennes ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>change the retention</source>
        <translation>modifier la durée de conservation</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>History: could not {what}: {error}</source>
        <translation>Historique : impossible de {what} : {error}</translation>
    </message>
    <message>
        <source>Could not {what}: {error}</source>
        <translation>Impossible de {what} : {error}</translation>
    </message>
    <message>
        <source>open the history</source>
        <translation>ouvrir l’historique</translation>
    </message>
    <message>
        <source>save the run</source>
        <translation>enregistrer l’exécution</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Reading the password from the system keychain…</source>
        <extracomment>The mail password, per profile. A proxy&apos;s password, per proxy account (user@host:port): the same rules, its own entry kind.</extracomment>
        <translation>Lecture du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>No password is saved in the system keychain yet.</source>
        <translation>Aucun mot de passe n’est encore enregistré dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Latency chart</source>
        <translation>Graphique de latence</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Millisecondes</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>Exécution en échec</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil :</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Gérer…</translation>
    </message>
    <message>
        <source>Create, rename, duplicate or delete profiles</source>
        <translation>Créer, renommer, dupliquer ou supprimer des profils</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>Arrêter le test (Échap)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Undo “Use these settings”</source>
        <translation>Annuler « Utiliser ces paramètres »</translation>
    </message>
    <message>
        <source>Filled in {host}, port {port}: press Test connection (Undo is under Details).</source>
        <translation>{host}, port {port} saisis : cliquez sur Tester la connexion (Annuler se trouve sous Détails).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gérer les profils…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>Copier les résultats en texte</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copier la transcription</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Copier le &amp;rapport</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Run last test again</source>
        <translation>Relancer le dernier test</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation>À &amp;propos de SMTP Doctor</translation>
    </message>
    <message>
        <source>A test is already running.</source>
        <translation>Un test est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Veuillez corriger %n champ en surbrillance.</numerusform>
            <numerusform>Veuillez corriger les %n champs en surbrillance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {host}, port {port}…</source>
        <translation>Test de {host}, port {port}…</translation>
    </message>
    <message>
        <source>Run again: {label}</source>
        <translation>Relancer : {label}</translation>
    </message>
    <message>
        <source>Could not save profiles: {exc}</source>
        <translation>Impossible d’enregistrer les profils : {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {exc}</source>
        <translation>Impossible d’enregistrer le profil : {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>Impossible d’enregistrer le profil : {error}</translation>
    </message>
    <message>
        <source>Provider presets unavailable: {error}</source>
        <translation>Préréglages des fournisseurs indisponibles : {error}</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>your user name, if it is an address</source>
        <translation>votre identifiant, si c’est une adresse</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Expéditeu&amp;r :</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>l’adresse d’expédition</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>Ob&amp;jet :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>T&amp;exte :</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Which test to repeat: connect, encrypt and greet, or also sign in. The settings are those of the Connection test page.</source>
        <translation>Le test à répéter : se connecter, chiffrer et recevoir l’accueil, ou aussi s’identifier. Les paramètres sont ceux de la page Test de connexion.</translation>
    </message>
    <message>
        <source>Seconds from the start of one run to the start of the next</source>
        <translation>Secondes entre le début d’une exécution et le début de la suivante</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> exécutions</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Nombre d’exécutions</translation>
    </message>
    <message>
        <source>&amp;Start monitoring</source>
        <translation>Dé&amp;marrer la surveillance</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save every run of this session as a CSV file</source>
        <translation>Enregistrer toutes les exécutions de cette session dans un fichier CSV</translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation>&amp;Vérifier :</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Toutes les :</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>Dur&amp;ée :</translation>
    </message>
    <message>
        <source>Not monitoring yet.</source>
        <translation>Pas encore de surveillance.</translation>
    </message>
    <message>
        <source>Monitor runs</source>
        <translation>Exécutions surveillées</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Latency per phase</source>
        <translation>Latence par phase</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
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
        <translation>Exécutions :</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Échecs :</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Repeats the chosen test with the settings of the Connection test page.</source>
        <translation>Répète le test choisi avec les paramètres de la page Test de connexion.</translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation>Vérification des paramètres…</translation>
    </message>
    <message>
        <source>Please correct the settings on the Connection test page first: {detail}</source>
        <translation>Corrigez d’abord les paramètres sur la page Test de connexion : {detail}</translation>
    </message>
    <message>
        <source>Could not start: {error}</source>
        <translation>Impossible de démarrer : {error}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message numerus="yes">
        <source>, %n runs</source>
        <translation>
            <numerusform>, %n exécution</numerusform>
            <numerusform>, %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source> for {value} min</source>
        <translation> pendant {value} min</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, every {every:g} s{limit}…</source>
        <translation>Surveillance de {host}, port {port}, toutes les {every:g} s{limit}…</translation>
    </message>
    <message>
        <source> until stopped</source>
        <translation> jusqu’à l’arrêt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Run {index} at {time}: {status}</source>
        <translation>Exécution {index} à {time} : {status}</translation>
    </message>
    <message>
        <source> — monitoring…</source>
        <translation> — surveillance…</translation>
    </message>
    <message>
        <source>The monitor stopped with an error: {error}</source>
        <translation>La surveillance s’est arrêtée sur une erreur : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n run(s):</source>
        <translation>
            <numerusform>Arrêtée après %n exécution :</numerusform>
            <numerusform>Arrêtée après %n exécutions :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n run(s):</source>
        <translation>
            <numerusform>Terminée après %n exécution :</numerusform>
            <numerusform>Terminée après %n exécutions :</numerusform>
        </translation>
    </message>
    <message>
        <source>{passed} passed, {failures} failed.</source>
        <translation>{passed} réussies, {failures} en échec.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <source>{runs} ({passed} passed, {failures} failed)</source>
        <translation>{runs} ({passed} réussies, {failures} en échec)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Export monitor runs as CSV</source>
        <translation>Exporter les exécutions surveillées en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d’enregistrer {path} : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to {path}.</source>
        <translation>
            <numerusform>%n exécution enregistrée dans {path}.</numerusform>
            <numerusform>%n exécutions enregistrées dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Default</source>
        <extracomment>The form&apos;s provider presets that sign in with OAuth, and with whom.</extracomment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion au compte</translation>
    </message>
    <message>
        <source>Sign in with Microsoft…</source>
        <translation>Se connecter avec Microsoft…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Use a code (sign in on another device)</source>
        <translation>Utiliser un code (se connecter sur un autre appareil)</translation>
    </message>
    <message>
        <source>Show a code to enter at microsoft.com/devicelogin instead of opening a browser on this computer</source>
        <translation>Afficher un code à saisir sur microsoft.com/devicelogin au lieu d’ouvrir un navigateur sur cet ordinateur</translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s own</source>
        <translation>celui de SMTP Doctor</translation>
    </message>
    <message>
        <source>Your organisation&apos;s app registration (client) ID, if it requires its own (see docs/oauth.md)</source>
        <translation>L’ID (client) de l’inscription d’application de votre organisation, si elle exige la sienne (voir docs/oauth.md)</translation>
    </message>
    <message>
        <source>Google Desktop app clients only</source>
        <translation>Clients d’application de bureau Google uniquement</translation>
    </message>
    <message>
        <source>organizations: work or school accounts; consumers: Outlook.com; common: both; or your tenant ID or domain</source>
        <translation>organizations : comptes professionnels ou scolaires ; consumers : Outlook.com ; common : les deux ; ou l’ID ou le domaine de votre locataire</translation>
    </message>
    <message>
        <source>the scope your provider&apos;s SMTP server needs</source>
        <translation>l’étendue (scope) exigée par le serveur SMTP de votre fournisseur</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client :</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client :</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Étendue :</translation>
    </message>
    <message>
        <source>your provider</source>
        <extracomment>What the user entered for a provider, kept in QSettings (never a secret: the Google client secret goes to the keychain entry with the refresh token, not here).</extracomment>
        <translation>votre fournisseur</translation>
    </message>
    <message>
        <source>Sign in with {provider}…</source>
        <translation>Se connecter avec {provider}…</translation>
    </message>
    <message>
        <source>required: your app registration&apos;s client ID</source>
        <translation>obligatoire : l’ID client de votre inscription d’application</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>The sign-in failed: {name}</source>
        <translation>La connexion a échoué : {name}</translation>
    </message>
    <message>
        <source>Signed in with {provider} as {account}</source>
        <translation>Connecté avec {provider} en tant que {account}</translation>
    </message>
    <message>
        <source>; the access token is valid until {until}</source>
        <translation> ; le jeton d’accès est valide jusqu’à {until}</translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Is it my network? Probes the mail ports of a server in parallel, over IPv4 and IPv6, and the same ports on a control host that answers on every port: a port blocked on both is blocked by your network or provider.</source>
        <translation>Est-ce mon réseau ? Teste en parallèle les ports de messagerie d’un serveur, en IPv4 et en IPv6, ainsi que les mêmes ports sur un hôte témoin qui répond sur tous les ports : un port bloqué sur les deux l’est par votre réseau ou votre fournisseur.</translation>
    </message>
    <message>
        <source>Enter the server and press Probe ports.</source>
        <translation>Saisissez le serveur et cliquez sur Tester les ports.</translation>
    </message>
    <message>
        <source>&amp;Probe ports</source>
        <translation>&amp;Tester les ports</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Ports to probe, separated by commas; add your own (e.g. 8025)</source>
        <translation>Ports à tester, séparés par des virgules ; ajoutez les vôtres (p. ex. 8025)</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>P&amp;orts :</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer; the whole probe takes about this long, not this long per port</source>
        <translation>Secondes d’attente d’une réponse ; le test entier dure à peu près ce temps, pas ce temps par port</translation>
    </message>
    <message>
        <source>T&amp;imeout (s):</source>
        <translation>D&amp;élai (s) :</translation>
    </message>
    <message>
        <source>none: no control comparison</source>
        <translation>aucun : pas de comparaison avec un témoin</translation>
    </message>
    <message>
        <source>A host that answers on every port (the control). Empty: no control comparison. Remembered for next time.</source>
        <translation>Un hôte qui répond sur tous les ports (le témoin). Vide : pas de comparaison. Mémorisé pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Co&amp;ntrol host:</source>
        <translation>&amp;Hôte témoin :</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;veur DNS :</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Compare with a control host?</source>
        <translation>Comparer avec un hôte témoin ?</translation>
    </message>
    <message>
        <source>To tell whether your own network blocks a port, SMTP Doctor can also try the same ports on {host}, a public host run by a third party that answers on every port.</source>
        <translation>Pour savoir si votre propre réseau bloque un port, SMTP Doctor peut aussi essayer les mêmes ports sur {host}, un hôte public géré par un tiers qui répond sur tous les ports.</translation>
    </message>
    <message>
        <source>Only connections are opened (nothing about you, your server or your password is sent), but {host} sees your internet address. Your answer is remembered; you can change the control host on this page at any time.</source>
        <translation>Seules des connexions sont ouvertes (rien sur vous, votre serveur ou votre mot de passe n’est envoyé), mais {host} voit votre adresse Internet. Votre réponse est mémorisée ; vous pouvez changer l’hôte témoin sur cette page à tout moment.</translation>
    </message>
    <message>
        <source>Use {host}</source>
        <translation>Utiliser {host}</translation>
    </message>
    <message>
        <source>No control comparison</source>
        <translation>Pas de comparaison avec un témoin</translation>
    </message>
    <message>
        <source>Probing {host} on port {ports}…</source>
        <translation>Test de {host} sur le port {ports}…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Non testé</translation>
    </message>
    <message>
        <source>The run stopped before this port was probed.</source>
        <translation>L’exécution s’est arrêtée avant le test de ce port.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;Profiles (passwords are kept in the system keychain, never in these settings):</source>
        <translation>&amp;Profils (les mots de passe sont conservés dans le trousseau du système, jamais dans ces paramètres) :</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its saved password?</source>
        <translation>Supprimer le profil « {name} » et son mot de passe enregistré ?</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a run that the proxy accepts.</source>
        <translation>Pas encore enregistré : le mot de passe est enregistré dans le trousseau du système après une exécution acceptée par le proxy.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a run that the proxy accepts.</source>
        <translation>Le mot de passe enregistré diffère de celui saisi. Le trousseau est mis à jour après une exécution acceptée par le proxy.</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>aucun (direct)</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port, socks5h://host:port (the proxy looks up names), http://host:port (HTTP CONNECT), with user@ before the host when it needs a login, or system (this computer&apos;s proxy settings). The same setting is used by every tool, and is remembered; the password never goes here.</source>
        <translation>Se connecter via ce proxy : socks5://hôte:port, socks5h://hôte:port (le proxy résout les noms), http://hôte:port (HTTP CONNECT), avec utilisateur@ devant l’hôte s’il demande une identification, ou system (les paramètres de proxy de cet ordinateur). Ce réglage sert à tous les outils et est mémorisé ; le mot de passe n’a pas sa place ici.</translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation>si demandé</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Run a test (or open one from the history) to export its report.</source>
        <translation>Lancez un test (ou ouvrez-en un depuis l’historique) pour exporter son rapport.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Could not export the report: {error}</source>
        <translation>Impossible d’exporter le rapport : {error}</translation>
    </message>
    <message>
        <source>Report saved to {written}.</source>
        <translation>Rapport enregistré dans {written}.</translation>
    </message>
    <message>
        <source>Run a test (or open one from the history) to copy its report.</source>
        <translation>Lancez un test (ou ouvrez-en un depuis l’historique) pour copier son rapport.</translation>
    </message>
    <message>
        <source>Could not copy the report: {error}</source>
        <translation>Impossible de copier le rapport : {error}</translation>
    </message>
    <message>
        <source>Report copied to the clipboard (Markdown and rich text).</source>
        <translation>Rapport copié dans le presse-papiers (Markdown et texte enrichi).</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Déta&amp;ils</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Copy &amp;transcript</source>
        <translation>Copier &amp;la transcription</translation>
    </message>
    <message>
        <source>Copy results as te&amp;xt</source>
        <translation>&amp;Copier les résultats</translation>
    </message>
    <message>
        <source>Transcript copied to the clipboard.</source>
        <translation>Transcription copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Results copied to the clipboard.</source>
        <translation>Résultats copiés dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>The check returned no result: {result!r}</source>
        <translation>La vérification n’a renvoyé aucun résultat : {result!r}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Diagnosis: {id}</source>
        <translation>Diagnostic : {id}</translation>
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
        <translation>Exécution {index} : {status}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>{title} section</source>
        <translation>Section {title}</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>développée</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>réduite</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
    <message>
        <source>The provider&apos;s server to use</source>
        <translation>Le serveur du fournisseur à utiliser</translation>
    </message>
    <message>
        <source>Provider server</source>
        <translation>Serveur du fournisseur</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Fo&amp;urnisseur :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>STARTTLS: port 587, encryption starts after connecting.
SSL/TLS: port 465, encrypted from the start.
None: no encryption (port 25, servers on your own network).</source>
        <translation>STARTTLS : port 587, le chiffrement démarre après la connexion.
SSL/TLS : port 465, chiffré dès le début.
Aucune : pas de chiffrement (port 25, serveurs de votre propre réseau).</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>S&amp;écurité :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation>Aut&amp;hentification :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Mot de passe (ou d’application)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Afficher ou masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>&amp;Garder dans le trousseau</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (never in SMTP Doctor&apos;s settings files)</source>
        <translation>Garder le mot de passe dans le trousseau du système (jamais dans les fichiers de paramètres de SMTP Doctor)</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Save password now</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the typed password in the system keychain now, without waiting for a successful login</source>
        <translation>Enregistrer tout de suite le mot de passe saisi dans le trousseau du système, sans attendre une identification réussie</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <source>Use port {default_port}</source>
        <translation>Utiliser le port {default_port}</translation>
    </message>
    <message>
        <source>{security} usually runs on port {port}</source>
        <translation>{security} fonctionne en général sur le port {port}</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Jeton d’accès :</translation>
    </message>
    <message>
        <source>OAuth 2 access token (or sign in above)</source>
        <translation>Jeton d’accès OAuth 2 (ou connectez-vous ci-dessus)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Message de test</translation>
    </message>
    <message>
        <source>After sending, watch a mailbox</source>
        <translation>Après l’envoi, surveiller une boîte aux lettres</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with {provider_name}</source>
        <translation>Se connecter avec {provider_name}</translation>
    </message>
    <message>
        <source>Starting the sign-in with {provider_name}…</source>
        <translation>Démarrage de la connexion avec {provider_name}…</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Ouvrir le navigateur</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code. Then sign in with your Microsoft account.</source>
        <translation>Sur n’importe quel appareil, ouvrez l’adresse ci-dessous et saisissez ce code. Connectez-vous ensuite avec votre compte Microsoft.</translation>
    </message>
    <message>
        <source>Sign in in your browser; SMTP Doctor continues by itself when you are done. If no browser window opened, open this address:</source>
        <translation>Connectez-vous dans votre navigateur ; SMTP Doctor reprend tout seul quand vous avez terminé. Si aucune fenêtre de navigateur ne s’est ouverte, ouvrez cette adresse :</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>{status}: {text}</source>
        <translation>{status} : {text}</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <source>Select a step to see what happened and how to fix it.</source>
        <translation>Sélectionnez une étape pour voir ce qui s’est passé et comment corriger.</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Détail de l’étape</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n’a pas marché</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnostic :</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>waiting for {waiting_for}, {waited} s</source>
        <translation>attente de {waiting_for}, {waited} s</translation>
    </message>
    <message>
        <source>waiting for {waiting_for}, {waited} of {limit} s</source>
        <translation>attente de {waiting_for}, {waited} s sur {limit}</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title} : {state}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS details: every certificate the server presents (subject, issuer, names, validity, key, signature), days until expiry, protocol and cipher, whether the chain is complete, and whether something intercepts the connection.</source>
        <translation>Détails TLS : chaque certificat présenté par le serveur (sujet, émetteur, noms, validité, clé, signature), les jours avant expiration, le protocole et le chiffrement, si la chaîne est complète et si quelque chose intercepte la connexion.</translation>
    </message>
    <message>
        <source>Enter the server (taken from the connection test) and press Inspect TLS.</source>
        <translation>Saisissez le serveur (repris du test de connexion) et cliquez sur Examiner TLS.</translation>
    </message>
    <message>
        <source>&amp;Inspect TLS</source>
        <translation>&amp;Examiner TLS</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (465). STARTTLS: plain first, then encrypted (587, 25).</source>
        <translation>SSL/TLS : chiffré dès le début (465). STARTTLS : en clair d’abord, puis chiffré (587, 25).</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Séc&amp;urité :</translation>
    </message>
    <message>
        <source>Set in the connection test&apos;s Advanced section (CA file)</source>
        <translation>Défini dans la section Avancé du test de connexion (fichier d’AC)</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;veur DNS :</translation>
    </message>
    <message>
        <source>Certificate chain, server first</source>
        <translation>Chaîne de certificats, serveur en premier</translation>
    </message>
    <message>
        <source>Inspecting the TLS of {host}, port {port}…</source>
        <translation>Examen du TLS de {host}, port {port}…</translation>
    </message>
    <message>
        <source>Not checked: no certificate was received.</source>
        <translation>Non vérifié : aucun certificat reçu.</translation>
    </message>
    <message>
        <source>Valid from {not_before} until {not_after}</source>
        <translation>Valide du {not_before} au {not_after}</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation>Lancer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Arrêter (Échap)</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v étapes sur %m</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>celui du système</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s</source>
        <translation>Interroger ce serveur DNS (adresse IP[:port]) au lieu de celui du système</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>Prox&amp;y :</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Veuillez corriger %n champ en surbrillance.</numerusform>
            <numerusform>Veuillez corriger les %n champs en surbrillance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>The conversation with the server appears here.
C: sent by {APP_NAME}   S: sent by the server   **: note</source>
        <translation>La conversation avec le serveur s’affiche ici.
C : envoyé par {APP_NAME}   S : envoyé par le serveur   ** : remarque</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Choose a provider or enter your server, then press Test connection.</source>
        <translation>Choisissez un fournisseur ou saisissez votre serveur, puis cliquez sur Tester la connexion.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Total {total_ms}</source>
        <translation>Total {total_ms}</translation>
    </message>
    <message>
        <source>{heading}: {verdict}</source>
        <translation>{heading} : {verdict}</translation>
    </message>
    <message>
        <source>{status}, {step}: {summary}</source>
        <translation>{status}, {step} : {summary}</translation>
    </message>
    <message>
        <source>Check your settings</source>
        <translation>Vérifiez vos paramètres</translation>
    </message>
    <message>
        <source>SMTP Doctor ran into a problem</source>
        <translation>SMTP Doctor a rencontré un problème</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Elapsed {seconds} s</source>
        <translation>{seconds} s écoulées</translation>
    </message>
</context>
<context>
    <name>VerifyWarning</name>
    <message>
        <source>Warning: certificate checks are off</source>
        <translation>Attention : les vérifications de certificat sont désactivées</translation>
    </message>
</context>
<context>
    <name>WatchForm</name>
    <message>
        <source>After “Send test email”, look for the message in a mailbox (IMAP)</source>
        <translation>Après l’envoi, chercher le message par IMAP</translation>
    </message>
    <message>
        <source>Shows whether it arrived, in Inbox or Junk, how long it took, and how the receiver judged SPF, DKIM and DMARC.</source>
        <translation>Indique s’il est arrivé, dans la boîte de réception ou les indésirables, en combien de temps, et comment le destinataire a jugé SPF, DKIM et DMARC.</translation>
    </message>
    <message>
        <source>the sending account, or imaps://user@imap.example.com</source>
        <translation>le compte d’envoi, ou imaps://utilisateur@imap.example.com</translation>
    </message>
    <message>
        <source>Leave empty to watch the account that sends (its IMAP server is guessed from the SMTP server). imaps:// uses port 993, imap:// port 143 with STARTTLS.</source>
        <translation>Laissez vide pour surveiller le compte d’envoi (son serveur IMAP est déduit du serveur SMTP). imaps:// utilise le port 993, imap:// le port 143 avec STARTTLS.</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>Boîte &amp;à surveiller :</translation>
    </message>
    <message>
        <source>only for another account than the sender&apos;s</source>
        <translation>uniquement pour un autre compte que celui de l’expéditeur</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Mot de passe de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Mailbox pass&amp;word:</source>
        <translation>Mot de passe (&amp;boîte) :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for the message up to, in seconds</source>
        <translation>Attendre le message jusqu’à, en secondes</translation>
    </message>
    <message>
        <source>Wait &amp;up to:</source>
        <translation>Attendre jus&amp;qu’à :</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Keyring backend</source>
        <translation>Gestionnaire de trousseau</translation>
    </message>
</context>
<context>
    <name>advanced</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>IPv4 uniquement</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>IPv6 uniquement</translation>
    </message>
    <message>
        <source>⚠ Certificate checks are off: SMTP Doctor will not notice an impostor server, and a mail app set up this way is not safe. Use this only to look at a broken certificate.</source>
        <translation>⚠ Les vérifications de certificat sont désactivées : SMTP Doctor ne remarquera pas un serveur imposteur, et une application de messagerie configurée ainsi n’est pas sûre. Ne l’utilisez que pour examiner un certificat défectueux.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>Fonctionne, avec des avertissements</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problème détecté</translation>
    </message>
    <message>
        <source>Nothing was tested</source>
        <translation>Rien n’a été testé</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>device_code</name>
    <message>
        <source>Waiting for you to sign in… {time} left</source>
        <extracomment>The only links the Open button hands to the system: the address comes from the sign-in server, and another scheme (file:, ms-msdt:, a custom handler) would start a local program.</extracomment>
        <translation>En attente de votre connexion… {time} restantes</translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Trouvé via</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>Préréglage du fournisseur</translation>
    </message>
    <message>
        <source>Preset (by MX)</source>
        <translation>Préréglage (par MX)</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>Enregistrement SRV</translation>
    </message>
    <message>
        <source>Autoconfig</source>
        <translation>Autoconfig</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Supposition</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Non essayé</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Non testé</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Échoue</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>The connection is encrypted</source>
        <translation>La connexion est chiffrée</translation>
    </message>
    <message>
        <source>No encryption: the password would travel in clear text</source>
        <translation>Pas de chiffrement : le mot de passe circulerait en clair</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Valid for {host}</source>
        <translation>Valide pour {host}</translation>
    </message>
    <message>
        <source>{problem}: the certificate is for {names}</source>
        <translation>{problem} : le certificat est établi pour {names}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>{host} is outside your domain. Your password would be sent to this host.</source>
        <translation>{host} est hors de votre domaine. Votre mot de passe serait envoyé à cet hôte.</translation>
    </message>
    <message>
        <source>{host} offers no encryption: your password would cross the network unencrypted, readable by anyone on the way.</source>
        <translation>{host} ne propose aucun chiffrement : votre mot de passe traverserait le réseau en clair, lisible par quiconque sur le trajet.</translation>
    </message>
    <message>
        <source>{host} (outside your domain)</source>
        <translation>{host} (hors de votre domaine)</translation>
    </message>
</context>
<context>
    <name>dns_setting</name>
    <message>
        <source>the system&apos;s</source>
        <translation>celui du système</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s. The same setting is used by the connection test and every tool, and is remembered.</source>
        <translation>Interroger ce serveur DNS (adresse IP[:port]) au lieu de celui du système. Ce réglage sert au test de connexion et à tous les outils, et il est mémorisé.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>Rapport HTML (*.html *.htm)</translation>
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
        <translation>aucun serveur</translation>
    </message>
    <message>
        <source>{label}: applied, testing again…</source>
        <translation>{label} : appliqué, nouveau test…</translation>
    </message>
</context>
<context>
    <name>form_watch</name>
    <message>
        <source>server {}</source>
        <translation>serveur {}</translation>
    </message>
    <message>
        <source>port {}</source>
        <translation>port {}</translation>
    </message>
    <message>
        <source>security {}</source>
        <translation>sécurité {}</translation>
    </message>
    <message>
        <source>user name {}</source>
        <translation>nom d’utilisateur {}</translation>
    </message>
    <message>
        <source>sign-in {}</source>
        <translation>identification {}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>, {security}</source>
        <translation>, {security}</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>changement d’état</translation>
    </message>
    <message>
        <source>slower by {delta}</source>
        <translation>plus lent de {delta}</translation>
    </message>
    <message>
        <source>faster by {value}</source>
        <translation>plus rapide de {value}</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a successful login.</source>
        <translation>Enregistré dans le trousseau du système après une identification réussie.</translation>
    </message>
    <message>
        <source>Read from the system keychain.</source>
        <translation>Lu dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Not saved: the login failed.</source>
        <translation>Non enregistré : l’identification a échoué.</translation>
    </message>
    <message>
        <source>Not saved: the login failed. The keychain still holds the password saved before.</source>
        <translation>Non enregistré : l’identification a échoué. Le trousseau contient toujours le mot de passe enregistré auparavant.</translation>
    </message>
    <message>
        <source>The login failed with the password saved in the keychain. It is still saved; type the new one and test the login to replace it.</source>
        <translation>L’identification a échoué avec le mot de passe du trousseau. Il y reste enregistré ; saisissez le nouveau et testez l’identification pour le remplacer.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a successful login, or with Save password now.</source>
        <translation>Le mot de passe enregistré diffère de celui saisi. Le trousseau est mis à jour après une identification réussie, ou avec le bouton Enregistrer.</translation>
    </message>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a successful login, or with Save password now.</source>
        <translation>Pas encore enregistré : le mot de passe est enregistré dans le trousseau du système après une identification réussie, ou avec le bouton Enregistrer.</translation>
    </message>
    <message>
        <source>Deleted from the system keychain.</source>
        <translation>Supprimé du trousseau du système.</translation>
    </message>
    <message>
        <source>Nothing was saved in the system keychain.</source>
        <translation>Rien n’était enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Still saved in the system keychain (not deleted).</source>
        <translation>Toujours enregistré dans le trousseau du système (non supprimé).</translation>
    </message>
    <message>
        <source>No system keychain: the password is kept for this session only.</source>
        <translation>Pas de trousseau système : le mot de passe n’est conservé que pour cette session.</translation>
    </message>
</context>
<context>
    <name>keychain_ui</name>
    <message>
        <source>Delete the saved password from the keychain?</source>
        <translation>Supprimer le mot de passe enregistré du trousseau ?</translation>
    </message>
    <message>
        <source>SMTP Doctor will no longer remember the password of this profile. The password stays in the field until you close the app.</source>
        <translation>SMTP Doctor ne mémorisera plus le mot de passe de ce profil. Le mot de passe reste dans le champ jusqu’à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Replace the saved password with one that just failed to log in?</source>
        <translation>Remplacer le mot de passe enregistré par un mot de passe qui vient d’échouer ?</translation>
    </message>
    <message>
        <source>The login failed with the password typed now. The keychain holds another password for this profile.</source>
        <translation>L’identification a échoué avec le mot de passe saisi. Le trousseau contient un autre mot de passe pour ce profil.</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localization (for translators)</source>
        <translation>&amp;Pseudo-localisation (pour les traducteurs)</translation>
    </message>
    <message>
        <source>The language changes when SMTP Doctor starts again.</source>
        <translation>La langue change au prochain démarrage de SMTP Doctor.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect, encrypt and greet the server</source>
        <translation>Se connecter, chiffrer et recevoir l’accueil du serveur</translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation>Tester l’acc&amp;ès</translation>
    </message>
    <message>
        <source>Also sign in with your user name and password</source>
        <translation>S’identifier aussi avec votre nom d’utilisateur et votre mot de passe</translation>
    </message>
    <message>
        <source>Se&amp;nd test email</source>
        <translation>Envo&amp;yer un e-mail de test</translation>
    </message>
    <message>
        <source>Also send the test message</source>
        <translation>Envoyer aussi le message de test</translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>SMTP Doctor test message</source>
        <translation>Message de test de SMTP Doctor</translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.
If you can read it, sending mail works.
</source>
        <translation>Ceci est un message de test de SMTP Doctor.
Si vous pouvez le lire, l’envoi de courrier fonctionne.
</translation>
    </message>
</context>
<context>
    <name>monitor</name>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Tester l’accès</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>Jusqu’à l’arrêt</translation>
    </message>
    <message>
        <source>For a time</source>
        <translation>Pendant une durée</translation>
    </message>
    <message>
        <source>A number of times</source>
        <translation>Un nombre de fois</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, {label}</source>
        <translation>Surveillance de {host}, port {port}, {label}</translation>
    </message>
    <message>
        <source>, without logging in</source>
        <translation>, sans identification</translation>
    </message>
    <message>
        <source>, logged in as {username}</source>
        <translation>, identifié en tant que {username}</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(aucun nom d’utilisateur)</translation>
    </message>
    <message>
        <source>, DNS server {nameserver}</source>
        <translation>, serveur DNS {nameserver}</translation>
    </message>
    <message>
        <source>, through the proxy {proxy}</source>
        <translation>, via le proxy {proxy}</translation>
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
        <translation>Est-ce mon réseau ?</translation>
    </message>
    <message>
        <source>Find my settings</source>
        <translation>Trouver mes paramètres</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>Santé du domaine</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>Détails TLS</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Non-remise</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
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
        <translation>Ce qui répond</translation>
    </message>
    <message>
        <source>Control host</source>
        <translation>Hôte témoin</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>SMTP greeting</source>
        <translation>Accueil SMTP</translation>
    </message>
    <message>
        <source>SMTP over SSL/TLS</source>
        <translation>SMTP sur SSL/TLS</translation>
    </message>
    <message>
        <source>TLS, but no SMTP greeting</source>
        <translation>TLS, mais pas d’accueil SMTP</translation>
    </message>
    <message>
        <source>Not a mail server</source>
        <translation>Pas un serveur de messagerie</translation>
    </message>
    <message>
        <source>Nothing (silent)</source>
        <translation>Rien (muet)</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Pas d’adresse</translation>
    </message>
    <message>
        <source>The server has no address of this IP version.</source>
        <translation>Le serveur n’a pas d’adresse dans cette version d’IP.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Open, not SMTP</source>
        <translation>Ouvert, pas SMTP</translation>
    </message>
    <message>
        <source>Open, silent</source>
        <translation>Ouvert, muet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtré</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>No control host was set.</source>
        <translation>Aucun hôte témoin n’est défini.</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Non testé</translation>
    </message>
    <message>
        <source>The control host could not be probed.</source>
        <translation>L’hôte témoin n’a pas pu être testé.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Répond</translation>
    </message>
    <message>
        <source>{host} answers on this port from your network.</source>
        <translation>{host} répond sur ce port depuis votre réseau.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>{host} refused this port.</source>
        <translation>{host} a refusé ce port.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>{host} does not answer on this port either: your network probably blocks it.</source>
        <translation>{host} ne répond pas non plus sur ce port : votre réseau le bloque probablement.</translation>
    </message>
</context>
<context>
    <name>server_form</name>
    <message>
        <source>None (no sign-in)</source>
        <translation>Aucune (sans identification)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>Noms (SAN)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>Interception</translation>
    </message>
    <message>
        <source>Automatic (by port)</source>
        <translation>Automatique (selon le port)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <source>Trusting only the certificate authorities in {ca_file}</source>
        <translation>Seules les autorités de certification de {ca_file} sont approuvées</translation>
    </message>
    <message>
        <source>Trusting this computer&apos;s certificates</source>
        <translation>Les certificats de cet ordinateur sont approuvés</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expired on {not_after}</source>
        <translation>Expiré le {not_after}</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Pas encore valide</translation>
    </message>
    <message>
        <source>Valid only from {not_before}</source>
        <translation>Valide seulement à partir du {not_before}</translation>
    </message>
    <message>
        <source>Expires in less than 14 days</source>
        <translation>Expire dans moins de 14 jours</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
</context>
</TS>
