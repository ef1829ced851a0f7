<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Sobre o {APP_NAME}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>unavailable ({error})</source>
        <translation>indisponível ({error})</translation>
    </message>
    <message>
        <source>Tells you why your mail (SMTP) settings don&apos;t work and how to fix them.</source>
        <translation>Mostra por que as suas configurações de e-mail (SMTP) não funcionam e como corrigi-las.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Connect timeout:</source>
        <translation>Tempo limite de conexão:</translation>
    </message>
    <message>
        <source>Reply timeout:</source>
        <translation>Tempo limite de resposta:</translation>
    </message>
    <message>
        <source>this computer&apos;s name</source>
        <translation>o nome deste computador</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>Nome EHLO:</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Verificar o certificado do servidor</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>os certificados confiáveis do sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation>Escolha um arquivo de certificado de CA (PEM)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Arquivo de CA:</translation>
    </message>
    <message>
        <source>Allow old TLS 1.0/1.1 (insecure)</source>
        <translation>Permitir TLS 1.0/1.1 antigo (inseguro)</translation>
    </message>
    <message>
        <source>Only for a device you can&apos;t update: if the server offers nothing newer than TLS 1.0/1.1, log in and send over it anyway. This exposes your password.</source>
        <translation>Só para um dispositivo que você não consegue atualizar: se o servidor não oferecer nada mais novo que TLS 1.0/1.1, fazer login e enviar por ele assim mesmo. Isso expõe a sua senha.</translation>
    </message>
    <message>
        <source>Fetch missing intermediate (AIA)</source>
        <translation>Baixar intermediário ausente (AIA)</translation>
    </message>
    <message>
        <source>When the server&apos;s certificate can&apos;t be verified, download the issuer named in it (over HTTP) to prove that the server doesn&apos;t send its intermediate certificate.</source>
        <translation>Quando o certificado do servidor não puder ser verificado, baixar o emissor citado nele (por HTTP) para provar que o servidor não envia o certificado intermediário.</translation>
    </message>
    <message>
        <source>&amp;IP version:</source>
        <translation>Versão de &amp;IP:</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>o do sistema</translation>
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
        <translation>Senha do proxy:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Lembrar no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a run in which the proxy accepted it, never after one it refused.</source>
        <translation>Salva no chaveiro do sistema depois de uma execução em que o proxy a aceitou, nunca depois de uma em que a recusou.</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Escolha um arquivo de certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>BlocklistPage</name>
    <message>
        <source>Is it my network? Looks an address up on the common spam blocklists (Spamhaus ZEN with its PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and explains each listing. Leave the address empty to check the public address your connections come from.</source>
        <translation>É a minha rede? Consulta um endereço nas listas de bloqueio de spam comuns (Spamhaus ZEN com a PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) e explica cada listagem. Deixe o endereço vazio para verificar o endereço público de onde vêm as suas conexões.</translation>
    </message>
    <message>
        <source>Enter an address, or allow the public-address lookup, and press Check blocklists.</source>
        <translation>Digite um endereço, ou permita a consulta do endereço público, e clique em Verificar listas.</translation>
    </message>
    <message>
        <source>Chec&amp;k blocklists</source>
        <translation>Veri&amp;ficar listas</translation>
    </message>
    <message>
        <source>empty: my public address</source>
        <translation>vazio: meu endereço público</translation>
    </message>
    <message>
        <source>The IPv4 or IPv6 address to look up, for example the one a bounce message names</source>
        <translation>O endereço IPv4 ou IPv6 a consultar, por exemplo o citado numa mensagem de devolução</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <source>the common lists</source>
        <translation>as listas comuns</translation>
    </message>
    <message>
        <source>Blocklist zones to ask instead of the common ones, separated by commas (for example bl.spamcop.net)</source>
        <translation>Zonas de listas de bloqueio a consultar no lugar das comuns, separadas por vírgulas (por exemplo bl.spamcop.net)</translation>
    </message>
    <message>
        <source>Block&amp;lists:</source>
        <translation>&amp;Listas:</translation>
    </message>
    <message>
        <source>Ask an echo service for my &amp;public address</source>
        <translation>&amp;Perguntar meu IP público a um serviço de eco</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Endereço público:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;vidor DNS:</translation>
    </message>
    <message>
        <source>your public address</source>
        <translation>seu endereço público</translation>
    </message>
    <message>
        <source>Looking up {what} on the blocklists…</source>
        <translation>Consultando {what} nas listas de bloqueio…</translation>
    </message>
</context>
<context>
    <name>BouncePage</name>
    <message>
        <source>Messages and text (*.eml *.txt *.msg *.mbox *.log);;All files (*)</source>
        <translation>Mensagens e texto (*.eml *.txt *.msg *.mbox *.log);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Bounce: paste a bounce (the whole message or just its text), drop an .eml or .txt file here, or open one. SMTP Doctor reads who didn&apos;t get the mail, which server said so and why, and what to do about it.</source>
        <translation>Devolução: cole uma mensagem de devolução (a mensagem inteira ou só o texto), solte aqui um arquivo .eml ou .txt, ou abra um. O SMTP Doctor lê quem não recebeu o e-mail, qual servidor disse isso e por quê, e o que fazer.</translation>
    </message>
    <message>
        <source>Paste or open a bounce, then press Read bounce.</source>
        <translation>Cole ou abra uma devolução e clique em Ler devolução.</translation>
    </message>
    <message>
        <source>Read bo&amp;unce</source>
        <translation>Ler de&amp;volução</translation>
    </message>
    <message>
        <source>Paste the bounce here: the returned message with its headers, or only its text.</source>
        <translation>Cole a devolução aqui: a mensagem devolvida com os cabeçalhos, ou só o texto dela.</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>Texto da devolução</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open a saved bounce (.eml, .txt, Outlook .msg)</source>
        <translation>Abrir uma devolução salva (.eml, .txt, .msg do Outlook)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;portar…</translation>
    </message>
    <message>
        <source>Save this reading as a report (HTML, Markdown or JSON)</source>
        <translation>Salvar esta leitura como relatório (HTML, Markdown ou JSON)</translation>
    </message>
    <message>
        <source>&amp;Bounce:</source>
        <translation>&amp;Devolução:</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>Abrir uma devolução</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abrindo {name}…</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>Não foi possível ler {name}: {reason}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} aberto.</translation>
    </message>
    <message>
        <source>Paste a bounce or open a file first.</source>
        <translation>Primeiro cole uma devolução ou abra um arquivo.</translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation>Ainda não há nada para ler.</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>Lendo a devolução…</translation>
    </message>
    <message>
        <source>This is not a bounce: SMTP Doctor found no delivery report, no failed recipient and no server reply in it.</source>
        <translation>Isto não é uma devolução: o SMTP Doctor não encontrou nela relatório de entrega, destinatário com falha nem resposta de servidor.</translation>
    </message>
    <message>
        <source>Paste or open the bounce message.</source>
        <translation>Cole ou abra a mensagem de devolução.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto colado</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Select two runs and press Compare.</source>
        <translation>Selecione duas execuções e clique em Comparar.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Status antes</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Status depois</translation>
    </message>
    <message>
        <source>Time before</source>
        <translation>Tempo antes</translation>
    </message>
    <message>
        <source>Time after</source>
        <translation>Tempo depois</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed status</source>
        <translation>
            <numerusform>%n etapa mudou de status</numerusform>
            <numerusform>%n etapas mudaram de status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) slowed down</source>
        <translation>
            <numerusform>%n etapa ficou mais lenta</numerusform>
            <numerusform>%n etapas ficaram mais lentas</numerusform>
        </translation>
    </message>
    <message>
        <source>No step changed status or slowed down</source>
        <translation>Nenhuma etapa mudou de status nem ficou mais lenta</translation>
    </message>
    <message>
        <source>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Before: {old_time} — {old_verdict}&lt;br&gt;After: {new_time} — {new_verdict}</source>
        <translation>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Antes: {old_time} — {old_verdict}&lt;br&gt;Depois: {new_time} — {new_verdict}</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find my settings: enter your email address (or your domain). SMTP Doctor looks for the outgoing server in provider presets, published SRV records and autoconfig files, and the usual names; tries them all at once and ranks them.</source>
        <translation>Encontrar configurações: digite o seu endereço de e-mail (ou o seu domínio). O SMTP Doctor procura o servidor de saída nas predefinições de provedores, nos registros SRV e arquivos autoconfig publicados e nos nomes habituais; testa todos ao mesmo tempo e os classifica.</translation>
    </message>
    <message>
        <source>Enter your email address and press Find settings.</source>
        <translation>Digite o seu endereço de e-mail e clique em Encontrar.</translation>
    </message>
    <message>
        <source>F&amp;ind settings</source>
        <translation>E&amp;ncontrar</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>voce@example.com ou example.com</translation>
    </message>
    <message>
        <source>Email &amp;address or domain:</source>
        <translation>E-&amp;mail ou domínio:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;vidor DNS:</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Candidatos, o melhor primeiro</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>Usar e&amp;stas configurações</translation>
    </message>
    <message>
        <source>Put the selected server, port and security into the connection test&apos;s form</source>
        <translation>Colocar o servidor, a porta e a segurança selecionados no formulário do teste de conexão</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of {query}…</source>
        <translation>Procurando o servidor de saída de {query}…</translation>
    </message>
    <message>
        <source>{listed} listed in the table above ({tried} tried)</source>
        <translation>{listed} listados na tabela acima ({tried} testados)</translation>
    </message>
    <message>
        <source>No candidates to use.</source>
        <translation>Nenhum candidato para usar.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>did not work here</source>
        <translation>não funcionou aqui</translation>
    </message>
    <message>
        <source>; outside your domain</source>
        <translation>; fora do seu domínio</translation>
    </message>
    <message>
        <source>{host}, port {port}, {security} ({works}{outside})</source>
        <translation>{host}, porta {port}, {security} ({works}{outside})</translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation>Usar estas configurações?</translation>
    </message>
    <message>
        <source>Use {host} for sending mail?</source>
        <translation>Usar {host} para enviar e-mails?</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain health: the DNS records that decide whether mail from your domain is delivered and trusted — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — and the reverse DNS, greeting name and certificates of your mail servers.</source>
        <translation>Saúde do domínio: os registros DNS que decidem se os e-mails do seu domínio são entregues e considerados confiáveis — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — e o DNS reverso, o nome de saudação e os certificados dos seus servidores de e-mail.</translation>
    </message>
    <message>
        <source>Enter your domain and press Check domain.</source>
        <translation>Digite o seu domínio e clique em Verificar domínio.</translation>
    </message>
    <message>
        <source>Chec&amp;k domain</source>
        <translation>Veri&amp;ficar domínio</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>&amp;Domínio:</translation>
    </message>
    <message>
        <source>e.g. s1, google (optional)</source>
        <translation>ex.: s1, google (opcional)</translation>
    </message>
    <message>
        <source>DKIM selectors to check: the s= value in a DKIM-Signature header of a message you sent. Separate with commas.</source>
        <translation>Seletores DKIM a verificar: o valor s= do cabeçalho DKIM-Signature de uma mensagem que você enviou. Separe com vírgulas.</translation>
    </message>
    <message>
        <source>Also try &amp;common ones</source>
        <translation>Testar também os &amp;comuns</translation>
    </message>
    <message>
        <source>Also look for selectors that providers often use (default, google, selector1, k1, …)</source>
        <translation>Procurar também seletores que os provedores costumam usar (default, google, selector1, k1, …)</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>&amp;Seletores DKIM:</translation>
    </message>
    <message>
        <source>the first MX (optional)</source>
        <translation>o primeiro MX (opcional)</translation>
    </message>
    <message>
        <source>The mail server whose reverse DNS and greeting name to check, as host or host:port (default port 25). The port is also used to read the MX servers&apos; certificates for DANE and MTA-STS.</source>
        <translation>O servidor de e-mail cujo DNS reverso e nome de saudação verificar, como host ou host:porta (porta padrão 25). A porta também é usada para ler os certificados dos servidores MX para DANE e MTA-STS.</translation>
    </message>
    <message>
        <source>Mai&amp;l server:</source>
        <translation>Servidor de e-&amp;mail:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;vidor DNS:</translation>
    </message>
    <message>
        <source>Checking the mail records of {domain}…</source>
        <translation>Verificando os registros de e-mail de {domain}…</translation>
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
        <translation>Já há um teste em andamento.</translation>
    </message>
    <message>
        <source>Filled in {host}, a name taken from the server&apos;s certificate: check with your provider that it is theirs, then run the test.</source>
        <translation>Preenchido {host}, um nome tirado do certificado do servidor: confirme com o seu provedor que ele é dele e então execute o teste.</translation>
    </message>
    <message>
        <source>Changed the settings ({label}): run the test when ready.</source>
        <translation>Configurações alteradas ({label}): execute o teste quando quiser.</translation>
    </message>
    <message>
        <source>Settings restored: {saved}.</source>
        <translation>Configurações restauradas: {saved}.</translation>
    </message>
</context>
<context>
    <name>FixActionsBar</name>
    <message>
        <source>Fix it in one click:</source>
        <translation>Corrigir com um clique:</translation>
    </message>
    <message>
        <source>Undo the fix</source>
        <translation>Desfazer a correção</translation>
    </message>
    <message>
        <source>Same as: {action}</source>
        <translation>O mesmo que: {action}</translation>
    </message>
    <message>
        <source>Back to {description}</source>
        <translation>Voltar para {description}</translation>
    </message>
</context>
<context>
    <name>FormWatch</name>
    <message>
        <source>another password</source>
        <translation>outra senha</translation>
    </message>
    <message>
        <source>These results are for the previous settings ({changes}).</source>
        <translation>Estes resultados são das configurações anteriores ({changes}).</translation>
    </message>
    <message>
        <source>These results are for the previous settings.</source>
        <translation>Estes resultados são das configurações anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Corrija o campo destacado.</numerusform>
            <numerusform>Corrija os %n campos destacados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings look right now. Press Test connection.</source>
        <translation>As configurações parecem certas agora. Clique em Testar conexão.</translation>
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
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Compare the two selected runs step by step</source>
        <translation>Comparar as duas execuções selecionadas etapa por etapa</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Exclu&amp;ir</translation>
    </message>
    <message>
        <source>Delete the selected runs (Del)</source>
        <translation>Excluir as execuções selecionadas (Del)</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> execuções</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>Execuções a manter</translation>
    </message>
    <message>
        <source>Older runs (of all profiles) are deleted so the history file cannot grow without bound</source>
        <translation>As execuções mais antigas (de todos os perfis) são excluídas para que o arquivo de histórico não cresça sem limite</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Manter as últimas:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Execuções anteriores</translation>
    </message>
    <message>
        <source>Select a run to see its full result.</source>
        <translation>Selecione uma execução para ver o resultado completo.</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Re&amp;sultado</translation>
    </message>
    <message>
        <source>Compariso&amp;n</source>
        <translation>C&amp;omparação</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>ler o histórico</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(sem perfil)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos os perfis</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in all profiles.</source>
        <translation>
            <numerusform>%n execução em todos os perfis.</numerusform>
            <numerusform>%n execuções em todos os perfis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) for “{profile}”.</source>
        <translation>
            <numerusform>%n execução de “{profile}”.</numerusform>
            <numerusform>%n execuções de “{profile}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n.</source>
        <translation>
            <numerusform>Mostrando a mais recente.</numerusform>
            <numerusform>Mostrando as %n mais recentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>That run is no longer in the history.</source>
        <translation>Essa execução não está mais no histórico.</translation>
    </message>
    <message>
        <source>open the run</source>
        <translation>abrir a execução</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Excluir execuções</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Excluir %n execução do histórico? Isso não pode ser desfeito.</numerusform>
            <numerusform>Excluir %n execuções do histórico? Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history.</source>
        <translation>
            <numerusform>%n execução excluída do histórico.</numerusform>
            <numerusform>%n execuções excluídas do histórico.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation>excluir as execuções</translation>
    </message>
    <message>
        <source>Select exactly two runs to compare.</source>
        <translation>Selecione exatamente duas execuções para comparar.</translation>
    </message>
    <message>
        <source>compare the runs</source>
        <translation>comparar as execuções</translation>
    </message>
    <message>
        <source>Keep fewer runs</source>
        <translation>Manter menos execuções</translation>
    </message>
    <message numerus="yes">
        <source>Keep only the last %n run(s)? Older runs are deleted now.</source>
        <translation>
            <numerusform>Manter só a última execução? As mais antigas são excluídas agora.</numerusform>
            <numerusform>Manter só as últimas %n execuções? As mais antigas são excluídas agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n run(s).</source>
        <translation>
            <numerusform>O histórico mantém a última execução.</numerusform>
            <numerusform>O histórico mantém as últimas %n execuções.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older run(s) were deleted.</source>
        <translation>
            <numerusform>%n execução mais antiga foi excluída.</numerusform>
            <numerusform>%n execuções mais antigas foram excluídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>change the retention</source>
        <translation>alterar a retenção</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>History: could not {what}: {error}</source>
        <translation>Histórico: não foi possível {what}: {error}</translation>
    </message>
    <message>
        <source>Could not {what}: {error}</source>
        <translation>Não foi possível {what}: {error}</translation>
    </message>
    <message>
        <source>open the history</source>
        <translation>abrir o histórico</translation>
    </message>
    <message>
        <source>save the run</source>
        <translation>salvar a execução</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Reading the password from the system keychain…</source>
        <extracomment>The mail password, per profile. A proxy&apos;s password, per proxy account (user@host:port): the same rules, its own entry kind.</extracomment>
        <translation>Lendo a senha do chaveiro do sistema…</translation>
    </message>
    <message>
        <source>No password is saved in the system keychain yet.</source>
        <translation>Ainda não há senha salva no chaveiro do sistema.</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Latency chart</source>
        <translation>Gráfico de latência</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Milissegundos</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>Execução com falha</translation>
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
        <translation>Gerenciar…</translation>
    </message>
    <message>
        <source>Create, rename, duplicate or delete profiles</source>
        <translation>Criar, renomear, duplicar ou excluir perfis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>Parar o teste (Esc)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Teste de conexão</translation>
    </message>
    <message>
        <source>Undo “Use these settings”</source>
        <translation>Desfazer “Usar estas configurações”</translation>
    </message>
    <message>
        <source>Filled in {host}, port {port}: press Test connection (Undo is under Details).</source>
        <translation>Preenchido {host}, porta {port}: clique em Testar conexão (Desfazer fica em Detalhes).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Salvar perfil</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gerenciar perfis…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>Copiar resultados como texto</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copiar transcrição</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Copiar &amp;relatório</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;parência</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Como o &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <source>Run last test again</source>
        <translation>Executar o último teste de novo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation>&amp;Sobre o SMTP Doctor</translation>
    </message>
    <message>
        <source>A test is already running.</source>
        <translation>Já há um teste em andamento.</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Corrija o campo destacado.</numerusform>
            <numerusform>Corrija os %n campos destacados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {host}, port {port}…</source>
        <translation>Testando {host}, porta {port}…</translation>
    </message>
    <message>
        <source>Run again: {label}</source>
        <translation>Executar de novo: {label}</translation>
    </message>
    <message>
        <source>Could not save profiles: {exc}</source>
        <translation>Não foi possível salvar os perfis: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {exc}</source>
        <translation>Não foi possível salvar o perfil: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>Não foi possível salvar o perfil: {error}</translation>
    </message>
    <message>
        <source>Provider presets unavailable: {error}</source>
        <translation>Predefinições de provedores indisponíveis: {error}</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>your user name, if it is an address</source>
        <translation>seu nome de usuário, se for um endereço</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>o endereço De</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Mensagem:</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Which test to repeat: connect, encrypt and greet, or also sign in. The settings are those of the Connection test page.</source>
        <translation>Qual teste repetir: conectar, criptografar e cumprimentar, ou também fazer login. As configurações são as da página Teste de conexão.</translation>
    </message>
    <message>
        <source>Seconds from the start of one run to the start of the next</source>
        <translation>Segundos entre o início de uma execução e o início da seguinte</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> execuções</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Número de execuções</translation>
    </message>
    <message>
        <source>&amp;Start monitoring</source>
        <translation>&amp;Iniciar monitoramento</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>Save every run of this session as a CSV file</source>
        <translation>Salvar todas as execuções desta sessão num arquivo CSV</translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation>&amp;Verificar:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>A &amp;cada:</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>Executa&amp;r:</translation>
    </message>
    <message>
        <source>Not monitoring yet.</source>
        <translation>Ainda sem monitoramento.</translation>
    </message>
    <message>
        <source>Monitor runs</source>
        <translation>Execuções do monitor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Latency per phase</source>
        <translation>Latência por fase</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
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
        <translation>Execuções:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Falhas:</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <source>Repeats the chosen test with the settings of the Connection test page.</source>
        <translation>Repete o teste escolhido com as configurações da página Teste de conexão.</translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation>Verificando as configurações…</translation>
    </message>
    <message>
        <source>Please correct the settings on the Connection test page first: {detail}</source>
        <translation>Primeiro corrija as configurações na página Teste de conexão: {detail}</translation>
    </message>
    <message>
        <source>Could not start: {error}</source>
        <translation>Não foi possível iniciar: {error}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message numerus="yes">
        <source>, %n runs</source>
        <translation>
            <numerusform>, %n execução</numerusform>
            <numerusform>, %n execuções</numerusform>
        </translation>
    </message>
    <message>
        <source> for {value} min</source>
        <translation> por {value} min</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, every {every:g} s{limit}…</source>
        <translation>Monitorando {host}, porta {port}, a cada {every:g} s{limit}…</translation>
    </message>
    <message>
        <source> until stopped</source>
        <translation> até ser parado</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Run {index} at {time}: {status}</source>
        <translation>Execução {index} às {time}: {status}</translation>
    </message>
    <message>
        <source> — monitoring…</source>
        <translation> — monitorando…</translation>
    </message>
    <message>
        <source>The monitor stopped with an error: {error}</source>
        <translation>O monitor parou com um erro: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n run(s):</source>
        <translation>
            <numerusform>Parado após %n execução:</numerusform>
            <numerusform>Parado após %n execuções:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n run(s):</source>
        <translation>
            <numerusform>Concluído após %n execução:</numerusform>
            <numerusform>Concluído após %n execuções:</numerusform>
        </translation>
    </message>
    <message>
        <source>{passed} passed, {failures} failed.</source>
        <translation>{passed} aprovadas, {failures} com falha.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>{runs} ({passed} passed, {failures} failed)</source>
        <translation>{runs} ({passed} aprovadas, {failures} com falha)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Export monitor runs as CSV</source>
        <translation>Exportar as execuções do monitor como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Não foi possível salvar {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to {path}.</source>
        <translation>
            <numerusform>%n execução salva em {path}.</numerusform>
            <numerusform>%n execuções salvas em {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Default</source>
        <extracomment>The form&apos;s provider presets that sign in with OAuth, and with whom.</extracomment>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sem login</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status do login</translation>
    </message>
    <message>
        <source>Sign in with Microsoft…</source>
        <translation>Entrar com a Microsoft…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Use a code (sign in on another device)</source>
        <translation>Usar um código (entrar em outro dispositivo)</translation>
    </message>
    <message>
        <source>Show a code to enter at microsoft.com/devicelogin instead of opening a browser on this computer</source>
        <translation>Mostrar um código para digitar em microsoft.com/devicelogin em vez de abrir um navegador neste computador</translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s own</source>
        <translation>o do SMTP Doctor</translation>
    </message>
    <message>
        <source>Your organisation&apos;s app registration (client) ID, if it requires its own (see docs/oauth.md)</source>
        <translation>O ID do registro de aplicativo (cliente) da sua organização, se ela exigir um próprio (veja docs/oauth.md)</translation>
    </message>
    <message>
        <source>Google Desktop app clients only</source>
        <translation>Só clientes Google do tipo App para computador</translation>
    </message>
    <message>
        <source>organizations: work or school accounts; consumers: Outlook.com; common: both; or your tenant ID or domain</source>
        <translation>organizations: contas corporativas ou de estudante; consumers: Outlook.com; common: as duas; ou o ID ou domínio do seu locatário</translation>
    </message>
    <message>
        <source>the scope your provider&apos;s SMTP server needs</source>
        <translation>o escopo de que o servidor SMTP do seu provedor precisa</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID do cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Segredo do cliente:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locatário:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emissor:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Escopo:</translation>
    </message>
    <message>
        <source>your provider</source>
        <extracomment>What the user entered for a provider, kept in QSettings (never a secret: the Google client secret goes to the keychain entry with the refresh token, not here).</extracomment>
        <translation>seu provedor</translation>
    </message>
    <message>
        <source>Sign in with {provider}…</source>
        <translation>Entrar com {provider}…</translation>
    </message>
    <message>
        <source>required: your app registration&apos;s client ID</source>
        <translation>obrigatório: o ID do cliente do seu registro de aplicativo</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Login cancelado.</translation>
    </message>
    <message>
        <source>The sign-in failed: {name}</source>
        <translation>O login falhou: {name}</translation>
    </message>
    <message>
        <source>Signed in with {provider} as {account}</source>
        <translation>Conectado com {provider} como {account}</translation>
    </message>
    <message>
        <source>; the access token is valid until {until}</source>
        <translation>; o token de acesso vale até {until}</translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Is it my network? Probes the mail ports of a server in parallel, over IPv4 and IPv6, and the same ports on a control host that answers on every port: a port blocked on both is blocked by your network or provider.</source>
        <translation>É a minha rede? Testa em paralelo as portas de e-mail de um servidor, por IPv4 e IPv6, e as mesmas portas num host de controle que responde em todas as portas: uma porta bloqueada nos dois é bloqueada pela sua rede ou pelo seu provedor.</translation>
    </message>
    <message>
        <source>Enter the server and press Probe ports.</source>
        <translation>Digite o servidor e clique em Testar portas.</translation>
    </message>
    <message>
        <source>&amp;Probe ports</source>
        <translation>Testar p&amp;ortas</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Ports to probe, separated by commas; add your own (e.g. 8025)</source>
        <translation>Portas a testar, separadas por vírgulas; adicione as suas (ex.: 8025)</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>&amp;Portas:</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer; the whole probe takes about this long, not this long per port</source>
        <translation>Segundos de espera por uma resposta; o teste inteiro leva mais ou menos isso, não isso por porta</translation>
    </message>
    <message>
        <source>T&amp;imeout (s):</source>
        <translation>Tempo &amp;limite (s):</translation>
    </message>
    <message>
        <source>none: no control comparison</source>
        <translation>nenhum: sem comparação de controle</translation>
    </message>
    <message>
        <source>A host that answers on every port (the control). Empty: no control comparison. Remembered for next time.</source>
        <translation>Um host que responde em todas as portas (o controle). Vazio: sem comparação de controle. Lembrado para a próxima vez.</translation>
    </message>
    <message>
        <source>Co&amp;ntrol host:</source>
        <translation>&amp;Host de controle:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;vidor DNS:</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Portas</translation>
    </message>
    <message>
        <source>Compare with a control host?</source>
        <translation>Comparar com um host de controle?</translation>
    </message>
    <message>
        <source>To tell whether your own network blocks a port, SMTP Doctor can also try the same ports on {host}, a public host run by a third party that answers on every port.</source>
        <translation>Para saber se a sua própria rede bloqueia uma porta, o SMTP Doctor também pode testar as mesmas portas em {host}, um host público mantido por terceiros que responde em todas as portas.</translation>
    </message>
    <message>
        <source>Only connections are opened (nothing about you, your server or your password is sent), but {host} sees your internet address. Your answer is remembered; you can change the control host on this page at any time.</source>
        <translation>Só são abertas conexões (nada sobre você, o seu servidor ou a sua senha é enviado), mas {host} vê o seu endereço de internet. A sua resposta é lembrada; você pode mudar o host de controle nesta página a qualquer momento.</translation>
    </message>
    <message>
        <source>Use {host}</source>
        <translation>Usar {host}</translation>
    </message>
    <message>
        <source>No control comparison</source>
        <translation>Sem comparação de controle</translation>
    </message>
    <message>
        <source>Probing {host} on port {ports}…</source>
        <translation>Testando {host} na porta {ports}…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Aguardando…</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Não testada</translation>
    </message>
    <message>
        <source>The run stopped before this port was probed.</source>
        <translation>A execução parou antes de esta porta ser testada.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>&amp;Profiles (passwords are kept in the system keychain, never in these settings):</source>
        <translation>&amp;Perfis (as senhas ficam no chaveiro do sistema, nunca nestas configurações):</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nome do perfil:</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renomear perfil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its saved password?</source>
        <translation>Excluir o perfil “{name}” e a senha salva dele?</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a run that the proxy accepts.</source>
        <translation>Ainda não salva: a senha é salva no chaveiro do sistema depois de uma execução que o proxy aceite.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a run that the proxy accepts.</source>
        <translation>A senha salva é diferente da digitada. O chaveiro é atualizado depois de uma execução que o proxy aceite.</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>nenhum (direto)</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port, socks5h://host:port (the proxy looks up names), http://host:port (HTTP CONNECT), with user@ before the host when it needs a login, or system (this computer&apos;s proxy settings). The same setting is used by every tool, and is remembered; the password never goes here.</source>
        <translation>Conectar por este proxy: socks5://host:porta, socks5h://host:porta (o proxy consulta os nomes), http://host:porta (HTTP CONNECT), com usuario@ antes do host quando ele exige login, ou system (as configurações de proxy deste computador). A mesma configuração vale para todas as ferramentas e é lembrada; a senha nunca vai aqui.</translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation>se o proxy pedir uma</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Run a test (or open one from the history) to export its report.</source>
        <translation>Execute um teste (ou abra um do histórico) para exportar o relatório dele.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Could not export the report: {error}</source>
        <translation>Não foi possível exportar o relatório: {error}</translation>
    </message>
    <message>
        <source>Report saved to {written}.</source>
        <translation>Relatório salvo em {written}.</translation>
    </message>
    <message>
        <source>Run a test (or open one from the history) to copy its report.</source>
        <translation>Execute um teste (ou abra um do histórico) para copiar o relatório dele.</translation>
    </message>
    <message>
        <source>Could not copy the report: {error}</source>
        <translation>Não foi possível copiar o relatório: {error}</translation>
    </message>
    <message>
        <source>Report copied to the clipboard (Markdown and rich text).</source>
        <translation>Relatório copiado para a área de transferência (Markdown e texto formatado).</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>Copy &amp;transcript</source>
        <translation>Copiar &amp;transcrição</translation>
    </message>
    <message>
        <source>Copy results as te&amp;xt</source>
        <translation>Copia&amp;r como texto</translation>
    </message>
    <message>
        <source>Transcript copied to the clipboard.</source>
        <translation>Transcrição copiada para a área de transferência.</translation>
    </message>
    <message>
        <source>Results copied to the clipboard.</source>
        <translation>Resultados copiados para a área de transferência.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>The check returned no result: {result!r}</source>
        <translation>A verificação não devolveu resultado: {result!r}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
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
        <translation>Execução {index}: {status}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>{title} section</source>
        <translation>Seção {title}</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>expandida</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>recolhida</translation>
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
        <translation>O servidor do provedor a usar</translation>
    </message>
    <message>
        <source>Provider server</source>
        <translation>Servidor do provedor</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pro&amp;vedor:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>STARTTLS: port 587, encryption starts after connecting.
SSL/TLS: port 465, encrypted from the start.
None: no encryption (port 25, servers on your own network).</source>
        <translation>STARTTLS: porta 587, a criptografia começa depois de conectar.
SSL/TLS: porta 465, criptografado desde o início.
Nenhuma: sem criptografia (porta 25, servidores na sua própria rede).</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Se&amp;gurança:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation>L&amp;ogin:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome de usuário:</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Senha ou senha de app</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Mostrar ou ocultar a senha</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar senha</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Lem&amp;brar no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (never in SMTP Doctor&apos;s settings files)</source>
        <translation>Guardar a senha no chaveiro do sistema (nunca nos arquivos de configuração do SMTP Doctor)</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Lembrar a senha no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Save password now</source>
        <translation>Salvar senha agora</translation>
    </message>
    <message>
        <source>Save the typed password in the system keychain now, without waiting for a successful login</source>
        <translation>Salvar agora a senha digitada no chaveiro do sistema, sem esperar um login bem-sucedido</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <source>Use port {default_port}</source>
        <translation>Usar a porta {default_port}</translation>
    </message>
    <message>
        <source>{security} usually runs on port {port}</source>
        <translation>{security} geralmente usa a porta {port}</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>To&amp;ken de acesso:</translation>
    </message>
    <message>
        <source>OAuth 2 access token (or sign in above)</source>
        <translation>Token de acesso OAuth 2 (ou entre acima)</translation>
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
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Mensagem de teste</translation>
    </message>
    <message>
        <source>After sending, watch a mailbox</source>
        <translation>Após enviar, acompanhar uma caixa</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with {provider_name}</source>
        <translation>Entrar com {provider_name}</translation>
    </message>
    <message>
        <source>Starting the sign-in with {provider_name}…</source>
        <translation>Iniciando o login com {provider_name}…</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de login</translation>
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
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code. Then sign in with your Microsoft account.</source>
        <translation>Em qualquer dispositivo, abra o endereço abaixo e digite este código. Depois entre com a sua conta Microsoft.</translation>
    </message>
    <message>
        <source>Sign in in your browser; SMTP Doctor continues by itself when you are done. If no browser window opened, open this address:</source>
        <translation>Entre pelo navegador; o SMTP Doctor continua sozinho quando você terminar. Se nenhuma janela do navegador abriu, abra este endereço:</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar link</translation>
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
        <translation>Selecione uma etapa para ver o que aconteceu e como corrigir.</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Detalhes da etapa</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Executando…</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>O que deu errado</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Bom saber</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Como corrigir</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnóstico:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalhes técnicos</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>waiting for {waiting_for}, {waited} s</source>
        <translation>aguardando {waiting_for}, {waited} s</translation>
    </message>
    <message>
        <source>waiting for {waiting_for}, {waited} of {limit} s</source>
        <translation>aguardando {waiting_for}, {waited} de {limit} s</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Parado antes de terminar.</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}: {state}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em execução</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS details: every certificate the server presents (subject, issuer, names, validity, key, signature), days until expiry, protocol and cipher, whether the chain is complete, and whether something intercepts the connection.</source>
        <translation>Detalhes do TLS: todos os certificados que o servidor apresenta (titular, emissor, nomes, validade, chave, assinatura), os dias até expirar, protocolo e cifra, se a cadeia está completa e se algo intercepta a conexão.</translation>
    </message>
    <message>
        <source>Enter the server (taken from the connection test) and press Inspect TLS.</source>
        <translation>Digite o servidor (vem do teste de conexão) e clique em Examinar TLS.</translation>
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
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (465). STARTTLS: plain first, then encrypted (587, 25).</source>
        <translation>SSL/TLS: criptografado desde o início (465). STARTTLS: primeiro sem criptografia, depois criptografado (587, 25).</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;gurança:</translation>
    </message>
    <message>
        <source>Set in the connection test&apos;s Advanced section (CA file)</source>
        <translation>Definido na seção Avançado do teste de conexão (arquivo de CA)</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Ser&amp;vidor DNS:</translation>
    </message>
    <message>
        <source>Certificate chain, server first</source>
        <translation>Cadeia de certificados, servidor primeiro</translation>
    </message>
    <message>
        <source>Inspecting the TLS of {host}, port {port}…</source>
        <translation>Examinando o TLS de {host}, porta {port}…</translation>
    </message>
    <message>
        <source>Not checked: no certificate was received.</source>
        <translation>Não verificado: nenhum certificado foi recebido.</translation>
    </message>
    <message>
        <source>Valid from {not_before} until {not_after}</source>
        <translation>Válido de {not_before} até {not_after}</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation>Executar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Parar (Esc)</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v de %m etapas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>o do sistema</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s</source>
        <translation>Consultar este servidor DNS (endereço IP[:porta]) em vez do do sistema</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Senha do proxy</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>Prox&amp;y:</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>Corrija o campo destacado.</numerusform>
            <numerusform>Corrija os %n campos destacados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>The conversation with the server appears here.
C: sent by {APP_NAME}   S: sent by the server   **: note</source>
        <translation>A conversa com o servidor aparece aqui.
C: enviado pelo {APP_NAME}   S: enviado pelo servidor   **: observação</translation>
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
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>Choose a provider or enter your server, then press Test connection.</source>
        <translation>Escolha um provedor ou digite o seu servidor e clique em Testar conexão.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>O teste foi cancelado.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
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
        <translation>Verifique as suas configurações</translation>
    </message>
    <message>
        <source>SMTP Doctor ran into a problem</source>
        <translation>O SMTP Doctor teve um problema</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Elapsed {seconds} s</source>
        <translation>Decorridos {seconds} s</translation>
    </message>
</context>
<context>
    <name>VerifyWarning</name>
    <message>
        <source>Warning: certificate checks are off</source>
        <translation>Aviso: a verificação de certificados está desligada</translation>
    </message>
</context>
<context>
    <name>WatchForm</name>
    <message>
        <source>After “Send test email”, look for the message in a mailbox (IMAP)</source>
        <translation>Após “Enviar e-mail”, procurar a mensagem numa caixa (IMAP)</translation>
    </message>
    <message>
        <source>Shows whether it arrived, in Inbox or Junk, how long it took, and how the receiver judged SPF, DKIM and DMARC.</source>
        <translation>Mostra se ela chegou, na Caixa de entrada ou no Spam, quanto tempo levou e como o destinatário avaliou SPF, DKIM e DMARC.</translation>
    </message>
    <message>
        <source>the sending account, or imaps://user@imap.example.com</source>
        <translation>a conta que envia, ou imaps://usuario@imap.example.com</translation>
    </message>
    <message>
        <source>Leave empty to watch the account that sends (its IMAP server is guessed from the SMTP server). imaps:// uses port 993, imap:// port 143 with STARTTLS.</source>
        <translation>Deixe vazio para acompanhar a conta que envia (o servidor IMAP dela é deduzido do servidor SMTP). imaps:// usa a porta 993, imap:// a porta 143 com STARTTLS.</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>Caixa de correio:</translation>
    </message>
    <message>
        <source>only for another account than the sender&apos;s</source>
        <translation>só para uma conta diferente da do remetente</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Senha da caixa de correio</translation>
    </message>
    <message>
        <source>Mailbox pass&amp;word:</source>
        <translation>Senha da caixa:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for the message up to, in seconds</source>
        <translation>Esperar a mensagem por até, em segundos</translation>
    </message>
    <message>
        <source>Wait &amp;up to:</source>
        <translation>Pra&amp;zo de espera:</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Keyring backend</source>
        <translation>Mecanismo do chaveiro</translation>
    </message>
</context>
<context>
    <name>advanced</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Só IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Só IPv6</translation>
    </message>
    <message>
        <source>⚠ Certificate checks are off: SMTP Doctor will not notice an impostor server, and a mail app set up this way is not safe. Use this only to look at a broken certificate.</source>
        <translation>⚠ A verificação de certificados está desligada: o SMTP Doctor não vai perceber um servidor impostor, e um aplicativo de e-mail configurado assim não é seguro. Use isto só para examinar um certificado quebrado.</translation>
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
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>Funciona, com avisos</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problema encontrado</translation>
    </message>
    <message>
        <source>Nothing was tested</source>
        <translation>Nada foi testado</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
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
        <translation>Aguardando o seu login… faltam {time}</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Encontrado por</translation>
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
        <translation>Saudação</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>Predefinição do provedor</translation>
    </message>
    <message>
        <source>Preset (by MX)</source>
        <translation>Predefinição (pelo MX)</translation>
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
        <translation>Palpite</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Não testado</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Não testada</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>The connection is encrypted</source>
        <translation>A conexão é criptografada</translation>
    </message>
    <message>
        <source>No encryption: the password would travel in clear text</source>
        <translation>Sem criptografia: a senha trafegaria como texto legível</translation>
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
        <translation>{problem}: o certificado é para {names}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>{host} is outside your domain. Your password would be sent to this host.</source>
        <translation>{host} está fora do seu domínio. A sua senha seria enviada para esse host.</translation>
    </message>
    <message>
        <source>{host} offers no encryption: your password would cross the network unencrypted, readable by anyone on the way.</source>
        <translation>{host} não oferece criptografia: a sua senha atravessaria a rede sem criptografia, legível para qualquer um no caminho.</translation>
    </message>
    <message>
        <source>{host} (outside your domain)</source>
        <translation>{host} (fora do seu domínio)</translation>
    </message>
</context>
<context>
    <name>dns_setting</name>
    <message>
        <source>the system&apos;s</source>
        <translation>o do sistema</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s. The same setting is used by the connection test and every tool, and is remembered.</source>
        <translation>Consultar este servidor DNS (endereço IP[:porta]) em vez do do sistema. A mesma configuração vale para o teste de conexão e todas as ferramentas, e é lembrada.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>Relatório HTML (*.html *.htm)</translation>
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
        <translation>nenhum servidor</translation>
    </message>
    <message>
        <source>{label}: applied, testing again…</source>
        <translation>{label}: aplicado, testando de novo…</translation>
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
        <translation>porta {}</translation>
    </message>
    <message>
        <source>security {}</source>
        <translation>segurança {}</translation>
    </message>
    <message>
        <source>user name {}</source>
        <translation>nome de usuário {}</translation>
    </message>
    <message>
        <source>sign-in {}</source>
        <translation>login {}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>Data/hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
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
        <translation>status mudou</translation>
    </message>
    <message>
        <source>slower by {delta}</source>
        <translation>{delta} mais lento</translation>
    </message>
    <message>
        <source>faster by {value}</source>
        <translation>{value} mais rápido</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Salva no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a successful login.</source>
        <translation>Salva no chaveiro do sistema depois de um login bem-sucedido.</translation>
    </message>
    <message>
        <source>Read from the system keychain.</source>
        <translation>Lida do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Not saved: the login failed.</source>
        <translation>Não salva: o login falhou.</translation>
    </message>
    <message>
        <source>Not saved: the login failed. The keychain still holds the password saved before.</source>
        <translation>Não salva: o login falhou. O chaveiro ainda guarda a senha salva antes.</translation>
    </message>
    <message>
        <source>The login failed with the password saved in the keychain. It is still saved; type the new one and test the login to replace it.</source>
        <translation>O login falhou com a senha salva no chaveiro. Ela continua salva; digite a nova e teste o login para substituí-la.</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a successful login, or with Save password now.</source>
        <translation>A senha salva é diferente da digitada. O chaveiro é atualizado depois de um login bem-sucedido, ou com Salvar senha agora.</translation>
    </message>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a successful login, or with Save password now.</source>
        <translation>Ainda não salva: a senha é salva no chaveiro do sistema depois de um login bem-sucedido, ou com Salvar senha agora.</translation>
    </message>
    <message>
        <source>Deleted from the system keychain.</source>
        <translation>Excluída do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Nothing was saved in the system keychain.</source>
        <translation>Nada foi salvo no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Still saved in the system keychain (not deleted).</source>
        <translation>Ainda salva no chaveiro do sistema (não excluída).</translation>
    </message>
    <message>
        <source>No system keychain: the password is kept for this session only.</source>
        <translation>Sem chaveiro do sistema: a senha é guardada só nesta sessão.</translation>
    </message>
</context>
<context>
    <name>keychain_ui</name>
    <message>
        <source>Delete the saved password from the keychain?</source>
        <translation>Excluir a senha salva do chaveiro?</translation>
    </message>
    <message>
        <source>SMTP Doctor will no longer remember the password of this profile. The password stays in the field until you close the app.</source>
        <translation>O SMTP Doctor não vai mais lembrar a senha deste perfil. A senha fica no campo até você fechar o aplicativo.</translation>
    </message>
    <message>
        <source>Replace the saved password with one that just failed to log in?</source>
        <translation>Substituir a senha salva por uma que acabou de falhar no login?</translation>
    </message>
    <message>
        <source>The login failed with the password typed now. The keychain holds another password for this profile.</source>
        <translation>O login falhou com a senha digitada agora. O chaveiro guarda outra senha para este perfil.</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Como o &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localization (for translators)</source>
        <translation>&amp;Pseudolocalização (para tradutores)</translation>
    </message>
    <message>
        <source>The language changes when SMTP Doctor starts again.</source>
        <translation>O idioma muda quando o SMTP Doctor for aberto de novo.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Test &amp;connection</source>
        <translation>Testar &amp;conexão</translation>
    </message>
    <message>
        <source>Connect, encrypt and greet the server</source>
        <translation>Conectar, criptografar e cumprimentar o servidor</translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation>Testar &amp;login</translation>
    </message>
    <message>
        <source>Also sign in with your user name and password</source>
        <translation>Também fazer login com o seu nome de usuário e senha</translation>
    </message>
    <message>
        <source>Se&amp;nd test email</source>
        <translation>Enviar e-&amp;mail</translation>
    </message>
    <message>
        <source>Also send the test message</source>
        <translation>Também enviar a mensagem de teste</translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>SMTP Doctor test message</source>
        <translation>Mensagem de teste do SMTP Doctor</translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.
If you can read it, sending mail works.
</source>
        <translation>Esta é uma mensagem de teste do SMTP Doctor.
Se você consegue lê-la, o envio de e-mails funciona.
</translation>
    </message>
</context>
<context>
    <name>monitor</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Testar login</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>Até ser parado</translation>
    </message>
    <message>
        <source>For a time</source>
        <translation>Por um tempo</translation>
    </message>
    <message>
        <source>A number of times</source>
        <translation>Um número de vezes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, {label}</source>
        <translation>Monitorando {host}, porta {port}, {label}</translation>
    </message>
    <message>
        <source>, without logging in</source>
        <translation>, sem login</translation>
    </message>
    <message>
        <source>, logged in as {username}</source>
        <translation>, com login como {username}</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(sem nome de usuário)</translation>
    </message>
    <message>
        <source>, DNS server {nameserver}</source>
        <translation>, servidor DNS {nameserver}</translation>
    </message>
    <message>
        <source>, through the proxy {proxy}</source>
        <translation>, pelo proxy {proxy}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Ports</source>
        <translation>Portas</translation>
    </message>
    <message>
        <source>Is it my network?</source>
        <translation>É a minha rede?</translation>
    </message>
    <message>
        <source>Find my settings</source>
        <translation>Encontrar configurações</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>Saúde do domínio</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>Detalhes do TLS</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
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
        <translation>O que responde</translation>
    </message>
    <message>
        <source>Control host</source>
        <translation>Host de controle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>SMTP greeting</source>
        <translation>Saudação SMTP</translation>
    </message>
    <message>
        <source>SMTP over SSL/TLS</source>
        <translation>SMTP via SSL/TLS</translation>
    </message>
    <message>
        <source>TLS, but no SMTP greeting</source>
        <translation>TLS, mas sem saudação SMTP</translation>
    </message>
    <message>
        <source>Not a mail server</source>
        <translation>Não é servidor de e-mail</translation>
    </message>
    <message>
        <source>Nothing (silent)</source>
        <translation>Nada (silêncio)</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Sem endereço</translation>
    </message>
    <message>
        <source>The server has no address of this IP version.</source>
        <translation>O servidor não tem endereço nesta versão de IP.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Open, not SMTP</source>
        <translation>Aberta, não é SMTP</translation>
    </message>
    <message>
        <source>Open, silent</source>
        <translation>Aberta, em silêncio</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtrada</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inacessível</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Não usado</translation>
    </message>
    <message>
        <source>No control host was set.</source>
        <translation>Nenhum host de controle foi definido.</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Não testada</translation>
    </message>
    <message>
        <source>The control host could not be probed.</source>
        <translation>Não foi possível testar o host de controle.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>{host} answers on this port from your network.</source>
        <translation>{host} responde nesta porta a partir da sua rede.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>{host} refused this port.</source>
        <translation>{host} recusou esta porta.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>{host} does not answer on this port either: your network probably blocks it.</source>
        <translation>{host} também não responde nesta porta: a sua rede provavelmente a bloqueia.</translation>
    </message>
</context>
<context>
    <name>server_form</name>
    <message>
        <source>None (no sign-in)</source>
        <translation>Nenhum (sem login)</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
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
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Executando…</translation>
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
        <translation>Titular</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>Nomes (SANs)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dias restantes</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadeia</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>Interceptação</translation>
    </message>
    <message>
        <source>Automatic (by port)</source>
        <translation>Automático (pela porta)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediário</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Raiz</translation>
    </message>
    <message>
        <source>Trusting only the certificate authorities in {ca_file}</source>
        <translation>Confiando só nas autoridades certificadoras de {ca_file}</translation>
    </message>
    <message>
        <source>Trusting this computer&apos;s certificates</source>
        <translation>Confiando nos certificados deste computador</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Expired on {not_after}</source>
        <translation>Expirou em {not_after}</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Ainda não válido</translation>
    </message>
    <message>
        <source>Valid only from {not_before}</source>
        <translation>Válido só a partir de {not_before}</translation>
    </message>
    <message>
        <source>Expires in less than 14 days</source>
        <translation>Expira em menos de 14 dias</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
</context>
</TS>
