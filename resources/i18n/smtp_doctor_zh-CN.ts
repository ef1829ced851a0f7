<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>关于 {APP_NAME}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>unavailable ({error})</source>
        <translation>不可用（{error}）</translation>
    </message>
    <message>
        <source>Tells you why your mail (SMTP) settings don&apos;t work and how to fix them.</source>
        <translation>告诉你邮件（SMTP）设置为什么不能用，以及如何修复。</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Connect timeout:</source>
        <translation>连接超时：</translation>
    </message>
    <message>
        <source>Reply timeout:</source>
        <translation>回复超时：</translation>
    </message>
    <message>
        <source>this computer&apos;s name</source>
        <translation>本计算机的名称</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>EHLO 名称：</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>验证服务器的证书</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>系统信任的证书</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation>选择 CA 证书文件（PEM）</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>Allow old TLS 1.0/1.1 (insecure)</source>
        <translation>允许旧版 TLS 1.0/1.1（不安全）</translation>
    </message>
    <message>
        <source>Only for a device you can&apos;t update: if the server offers nothing newer than TLS 1.0/1.1, log in and send over it anyway. This exposes your password.</source>
        <translation>仅用于无法更新的设备：如果服务器只提供 TLS 1.0/1.1，仍然通过它登录和发送。这会泄露你的密码。</translation>
    </message>
    <message>
        <source>Fetch missing intermediate (AIA)</source>
        <translation>获取缺少的中间证书（AIA）</translation>
    </message>
    <message>
        <source>When the server&apos;s certificate can&apos;t be verified, download the issuer named in it (over HTTP) to prove that the server doesn&apos;t send its intermediate certificate.</source>
        <translation>当服务器的证书无法验证时，下载证书中指明的签发者（通过 HTTP），以证明服务器没有发送其中间证书。</translation>
    </message>
    <message>
        <source>&amp;IP version:</source>
        <translation>IP 版本(&amp;I)：</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>DNS 服务器：</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>代理密码：</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>记住在系统钥匙串中</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a run in which the proxy accepted it, never after one it refused.</source>
        <translation>在代理接受该密码的一次运行后保存到系统钥匙串，被拒绝时绝不保存。</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>BlocklistPage</name>
    <message>
        <source>Is it my network? Looks an address up on the common spam blocklists (Spamhaus ZEN with its PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and explains each listing. Leave the address empty to check the public address your connections come from.</source>
        <translation>是我的网络问题吗？在常见的垃圾邮件黑名单（Spamhaus ZEN 及其 PBL、Barracuda、SpamCop、UCEPROTECT、PSBL、Mailspike）中查询一个地址，并解释每一条列入记录。地址留空则检查你的连接所使用的公网地址。</translation>
    </message>
    <message>
        <source>Enter an address, or allow the public-address lookup, and press Check blocklists.</source>
        <translation>输入一个地址，或允许查询公网地址，然后按“检查黑名单”。</translation>
    </message>
    <message>
        <source>Chec&amp;k blocklists</source>
        <translation>检查黑名单(&amp;K)</translation>
    </message>
    <message>
        <source>empty: my public address</source>
        <translation>留空：我的公网地址</translation>
    </message>
    <message>
        <source>The IPv4 or IPv6 address to look up, for example the one a bounce message names</source>
        <translation>要查询的 IPv4 或 IPv6 地址，例如退信中提到的地址</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>the common lists</source>
        <translation>常见黑名单</translation>
    </message>
    <message>
        <source>Blocklist zones to ask instead of the common ones, separated by commas (for example bl.spamcop.net)</source>
        <translation>代替常见黑名单要查询的黑名单区域，用逗号分隔（例如 bl.spamcop.net）</translation>
    </message>
    <message>
        <source>Block&amp;lists:</source>
        <translation>黑名单(&amp;L)：</translation>
    </message>
    <message>
        <source>Ask an echo service for my &amp;public address</source>
        <translation>向回显服务查询我的公网地址(&amp;P)</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>公网地址：</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS 服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>your public address</source>
        <translation>你的公网地址</translation>
    </message>
    <message>
        <source>Looking up {what} on the blocklists…</source>
        <translation>正在黑名单中查询 {what}…</translation>
    </message>
</context>
<context>
    <name>BouncePage</name>
    <message>
        <source>Messages and text (*.eml *.txt *.msg *.mbox *.log);;All files (*)</source>
        <translation>邮件和文本 (*.eml *.txt *.msg *.mbox *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Bounce: paste a bounce (the whole message or just its text), drop an .eml or .txt file here, or open one. SMTP Doctor reads who didn&apos;t get the mail, which server said so and why, and what to do about it.</source>
        <translation>退信：粘贴一封退信（整封邮件或只是正文），把 .eml 或 .txt 文件拖到这里，或打开一个文件。SMTP Doctor 会读出谁没收到邮件、哪个服务器这样说、原因是什么，以及该怎么办。</translation>
    </message>
    <message>
        <source>Paste or open a bounce, then press Read bounce.</source>
        <translation>粘贴或打开一封退信，然后按“读取退信”。</translation>
    </message>
    <message>
        <source>Read bo&amp;unce</source>
        <translation>读取退信(&amp;U)</translation>
    </message>
    <message>
        <source>Paste the bounce here: the returned message with its headers, or only its text.</source>
        <translation>在此粘贴退信：带邮件头的退回邮件，或只是它的正文。</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>退信文本</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved bounce (.eml, .txt, Outlook .msg)</source>
        <translation>打开已保存的退信（.eml、.txt、Outlook .msg）</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>导出(&amp;P)…</translation>
    </message>
    <message>
        <source>Save this reading as a report (HTML, Markdown or JSON)</source>
        <translation>将此次读取结果保存为报告（HTML、Markdown 或 JSON）</translation>
    </message>
    <message>
        <source>&amp;Bounce:</source>
        <translation>退信(&amp;B)：</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>打开退信</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>已打开 {name}。</translation>
    </message>
    <message>
        <source>Paste a bounce or open a file first.</source>
        <translation>请先粘贴退信或打开文件。</translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation>还没有可读取的内容。</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>正在读取退信…</translation>
    </message>
    <message>
        <source>This is not a bounce: SMTP Doctor found no delivery report, no failed recipient and no server reply in it.</source>
        <translation>这不是退信：SMTP Doctor 在其中没有找到投递报告、失败的收件人或服务器回复。</translation>
    </message>
    <message>
        <source>Paste or open the bounce message.</source>
        <translation>粘贴或打开退信。</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Select two runs and press Compare.</source>
        <translation>选择两次运行，然后按“比较”。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>之前状态</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>之后状态</translation>
    </message>
    <message>
        <source>Time before</source>
        <translation>之前用时</translation>
    </message>
    <message>
        <source>Time after</source>
        <translation>之后用时</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed status</source>
        <translation>
            <numerusform>%n 个步骤状态改变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) slowed down</source>
        <translation>
            <numerusform>%n 个步骤变慢</numerusform>
        </translation>
    </message>
    <message>
        <source>No step changed status or slowed down</source>
        <translation>没有步骤改变状态或变慢</translation>
    </message>
    <message>
        <source>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Before: {old_time} — {old_verdict}&lt;br&gt;After: {new_time} — {new_verdict}</source>
        <translation>&lt;b&gt;{news}。&lt;/b&gt;&lt;br&gt;之前：{old_time} — {old_verdict}&lt;br&gt;之后：{new_time} — {new_verdict}</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find my settings: enter your email address (or your domain). SMTP Doctor looks for the outgoing server in provider presets, published SRV records and autoconfig files, and the usual names; tries them all at once and ranks them.</source>
        <translation>查找我的设置：输入你的电子邮件地址（或域名）。SMTP Doctor 会在服务商预设、公布的 SRV 记录、自动配置文件和常用名称中查找发件服务器，同时尝试全部并排序。</translation>
    </message>
    <message>
        <source>Enter your email address and press Find settings.</source>
        <translation>输入你的电子邮件地址，然后按“查找设置”。</translation>
    </message>
    <message>
        <source>F&amp;ind settings</source>
        <translation>查找设置(&amp;I)</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>you@example.com 或 example.com</translation>
    </message>
    <message>
        <source>Email &amp;address or domain:</source>
        <translation>电子邮件地址或域名(&amp;A)：</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS 服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>候选项，最佳的在前</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>使用这些设置(&amp;U)</translation>
    </message>
    <message>
        <source>Put the selected server, port and security into the connection test&apos;s form</source>
        <translation>把所选的服务器、端口和安全方式填入连接测试的表单</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of {query}…</source>
        <translation>正在查找 {query} 的发件服务器…</translation>
    </message>
    <message>
        <source>{listed} listed in the table above ({tried} tried)</source>
        <translation>上表列出 {listed} 个（已尝试 {tried} 个）</translation>
    </message>
    <message>
        <source>No candidates to use.</source>
        <translation>没有可用的候选项。</translation>
    </message>
    <message>
        <source>works</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>did not work here</source>
        <translation>在此不可用</translation>
    </message>
    <message>
        <source>; outside your domain</source>
        <translation>；不在你的域名内</translation>
    </message>
    <message>
        <source>{host}, port {port}, {security} ({works}{outside})</source>
        <translation>{host}，端口 {port}，{security}（{works}{outside}）</translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation>使用这些设置？</translation>
    </message>
    <message>
        <source>Use {host} for sending mail?</source>
        <translation>使用 {host} 发送邮件？</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain health: the DNS records that decide whether mail from your domain is delivered and trusted — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — and the reverse DNS, greeting name and certificates of your mail servers.</source>
        <translation>域名健康：决定你的域名发出的邮件能否送达并被信任的 DNS 记录——MX、DNSSEC、SPF、DMARC、DKIM、BIMI、MTA-STS、TLS-RPT、DANE——以及邮件服务器的反向 DNS、问候名称和证书。</translation>
    </message>
    <message>
        <source>Enter your domain and press Check domain.</source>
        <translation>输入你的域名，然后按“检查域名”。</translation>
    </message>
    <message>
        <source>Chec&amp;k domain</source>
        <translation>检查域名(&amp;K)</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>域名(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. s1, google (optional)</source>
        <translation>例如 s1、google（可选）</translation>
    </message>
    <message>
        <source>DKIM selectors to check: the s= value in a DKIM-Signature header of a message you sent. Separate with commas.</source>
        <translation>要检查的 DKIM 选择器：你发出的邮件的 DKIM-Signature 头中 s= 的值。用逗号分隔。</translation>
    </message>
    <message>
        <source>Also try &amp;common ones</source>
        <translation>同时尝试常见选择器(&amp;C)</translation>
    </message>
    <message>
        <source>Also look for selectors that providers often use (default, google, selector1, k1, …)</source>
        <translation>同时查找服务商常用的选择器（default、google、selector1、k1 等）</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>DKIM 选择器(&amp;S)：</translation>
    </message>
    <message>
        <source>the first MX (optional)</source>
        <translation>第一个 MX（可选）</translation>
    </message>
    <message>
        <source>The mail server whose reverse DNS and greeting name to check, as host or host:port (default port 25). The port is also used to read the MX servers&apos; certificates for DANE and MTA-STS.</source>
        <translation>要检查其反向 DNS 和问候名称的邮件服务器，格式为 主机 或 主机:端口（默认端口 25）。该端口也用于读取 MX 服务器的证书，以检查 DANE 和 MTA-STS。</translation>
    </message>
    <message>
        <source>Mai&amp;l server:</source>
        <translation>邮件服务器(&amp;L)：</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS 服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>Checking the mail records of {domain}…</source>
        <translation>正在检查 {domain} 的邮件记录…</translation>
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
        <translation>已有测试正在运行。</translation>
    </message>
    <message>
        <source>Filled in {host}, a name taken from the server&apos;s certificate: check with your provider that it is theirs, then run the test.</source>
        <translation>已填入 {host}，这是从服务器证书中取得的名称：请向你的服务商确认它确实属于他们，然后运行测试。</translation>
    </message>
    <message>
        <source>Changed the settings ({label}): run the test when ready.</source>
        <translation>已更改设置（{label}）：准备好后运行测试。</translation>
    </message>
    <message>
        <source>Settings restored: {saved}.</source>
        <translation>设置已恢复：{saved}。</translation>
    </message>
</context>
<context>
    <name>FixActionsBar</name>
    <message>
        <source>Fix it in one click:</source>
        <translation>一键修复：</translation>
    </message>
    <message>
        <source>Undo the fix</source>
        <translation>撤销修复</translation>
    </message>
    <message>
        <source>Same as: {action}</source>
        <translation>等同于：{action}</translation>
    </message>
    <message>
        <source>Back to {description}</source>
        <translation>恢复为 {description}</translation>
    </message>
</context>
<context>
    <name>FormWatch</name>
    <message>
        <source>another password</source>
        <translation>另一个密码</translation>
    </message>
    <message>
        <source>These results are for the previous settings ({changes}).</source>
        <translation>这些结果对应之前的设置（{changes}）。</translation>
    </message>
    <message>
        <source>These results are for the previous settings.</source>
        <translation>这些结果对应之前的设置。</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>请更正 %n 个突出显示的字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings look right now. Press Test connection.</source>
        <translation>现在设置看起来正确。请按“测试连接”。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>配置文件(&amp;O)：</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>Compare the two selected runs step by step</source>
        <translation>逐步比较所选的两次运行</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected runs (Del)</source>
        <translation>删除所选的运行（Del）</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> 次</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>保留的运行次数</translation>
    </message>
    <message>
        <source>Older runs (of all profiles) are deleted so the history file cannot grow without bound</source>
        <translation>较早的运行（所有配置文件的）会被删除，以免历史文件无限增长</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>保留最近(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>过去的运行</translation>
    </message>
    <message>
        <source>Select a run to see its full result.</source>
        <translation>选择一次运行以查看完整结果。</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <source>Compariso&amp;n</source>
        <translation>比较(&amp;N)</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>读取历史记录</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>（无配置文件）</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>所有配置文件</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in all profiles.</source>
        <translation>
            <numerusform>所有配置文件中共 %n 次运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) for “{profile}”.</source>
        <translation>
            <numerusform>“{profile}”共 %n 次运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n.</source>
        <translation>
            <numerusform>显示最新的 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>That run is no longer in the history.</source>
        <translation>该运行已不在历史记录中。</translation>
    </message>
    <message>
        <source>open the run</source>
        <translation>打开该运行</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>从历史记录中删除 %n 次运行？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history.</source>
        <translation>
            <numerusform>已从历史记录中删除 %n 次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Select exactly two runs to compare.</source>
        <translation>请正好选择两次运行进行比较。</translation>
    </message>
    <message>
        <source>compare the runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>Keep fewer runs</source>
        <translation>保留更少的运行</translation>
    </message>
    <message numerus="yes">
        <source>Keep only the last %n run(s)? Older runs are deleted now.</source>
        <translation>
            <numerusform>只保留最近 %n 次运行？较早的运行将立即删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n run(s).</source>
        <translation>
            <numerusform>历史记录保留最近 %n 次运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older run(s) were deleted.</source>
        <translation>
            <numerusform>已删除 %n 次较早的运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>change the retention</source>
        <translation>更改保留数量</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>History: could not {what}: {error}</source>
        <translation>历史记录：无法{what}：{error}</translation>
    </message>
    <message>
        <source>Could not {what}: {error}</source>
        <translation>无法{what}：{error}</translation>
    </message>
    <message>
        <source>open the history</source>
        <translation>打开历史记录</translation>
    </message>
    <message>
        <source>save the run</source>
        <translation>保存运行</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Reading the password from the system keychain…</source>
        <extracomment>The mail password, per profile. A proxy&apos;s password, per proxy account (user@host:port): the same rules, its own entry kind.</extracomment>
        <translation>正在从系统钥匙串读取密码…</translation>
    </message>
    <message>
        <source>No password is saved in the system keychain yet.</source>
        <translation>系统钥匙串中还没有保存密码。</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Latency chart</source>
        <translation>延迟图表</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>失败的运行</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>配置文件(&amp;O)：</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <source>Create, rename, duplicate or delete profiles</source>
        <translation>创建、重命名、复制或删除配置文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>停止测试（Esc）</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>Undo “Use these settings”</source>
        <translation>撤销“使用这些设置”</translation>
    </message>
    <message>
        <source>Filled in {host}, port {port}: press Test connection (Undo is under Details).</source>
        <translation>已填入 {host}，端口 {port}：请按“测试连接”（撤销在“详细信息”下）。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>保存配置文件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>管理配置文件(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>将结果复制为文本</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>复制会话记录</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>复制报告(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>外观(&amp;P)</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run last test again</source>
        <translation>再次运行上次测试</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation>关于 SMTP Doctor(&amp;A)</translation>
    </message>
    <message>
        <source>A test is already running.</source>
        <translation>已有测试正在运行。</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>请更正 %n 个突出显示的字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {host}, port {port}…</source>
        <translation>正在测试 {host}，端口 {port}…</translation>
    </message>
    <message>
        <source>Run again: {label}</source>
        <translation>再次运行：{label}</translation>
    </message>
    <message>
        <source>Could not save profiles: {exc}</source>
        <translation>无法保存配置文件：{exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {exc}</source>
        <translation>无法保存该配置文件：{exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>无法保存该配置文件：{error}</translation>
    </message>
    <message>
        <source>Provider presets unavailable: {error}</source>
        <translation>服务商预设不可用：{error}</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>your user name, if it is an address</source>
        <translation>你的用户名（如果是地址）</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>发件人(&amp;M)：</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>同发件人地址</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>主题(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Which test to repeat: connect, encrypt and greet, or also sign in. The settings are those of the Connection test page.</source>
        <translation>要重复哪项测试：连接、加密并问候，或同时登录。设置取自“连接测试”页面。</translation>
    </message>
    <message>
        <source>Seconds from the start of one run to the start of the next</source>
        <translation>从一次运行开始到下一次运行开始的秒数</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>持续时间（分钟）</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> 次</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>&amp;Start monitoring</source>
        <translation>开始监控(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save every run of this session as a CSV file</source>
        <translation>将本次会话的每次运行保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation>检查(&amp;K)：</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>间隔(&amp;V)：</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>运行(&amp;U)：</translation>
    </message>
    <message>
        <source>Not monitoring yet.</source>
        <translation>尚未监控。</translation>
    </message>
    <message>
        <source>Monitor runs</source>
        <translation>监控运行</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Latency per phase</source>
        <translation>各阶段延迟</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 毫秒</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 毫秒</translation>
    </message>
    <message>
        <source>max ms</source>
        <translation>最大毫秒</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>失败：</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Repeats the chosen test with the settings of the Connection test page.</source>
        <translation>使用“连接测试”页面的设置重复所选测试。</translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation>正在检查设置…</translation>
    </message>
    <message>
        <source>Please correct the settings on the Connection test page first: {detail}</source>
        <translation>请先在“连接测试”页面更正设置：{detail}</translation>
    </message>
    <message>
        <source>Could not start: {error}</source>
        <translation>无法启动：{error}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message numerus="yes">
        <source>, %n runs</source>
        <translation>
            <numerusform>，%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source> for {value} min</source>
        <translation>，持续 {value} 分钟</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, every {every:g} s{limit}…</source>
        <translation>正在监控 {host}，端口 {port}，每 {every:g} 秒{limit}…</translation>
    </message>
    <message>
        <source> until stopped</source>
        <translation>，直到停止</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Run {index} at {time}: {status}</source>
        <translation>第 {index} 次运行，{time}：{status}</translation>
    </message>
    <message>
        <source> — monitoring…</source>
        <translation> — 正在监控…</translation>
    </message>
    <message>
        <source>The monitor stopped with an error: {error}</source>
        <translation>监控因错误而停止：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n run(s):</source>
        <translation>
            <numerusform>运行 %n 次后停止：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n run(s):</source>
        <translation>
            <numerusform>运行 %n 次后完成：</numerusform>
        </translation>
    </message>
    <message>
        <source>{passed} passed, {failures} failed.</source>
        <translation>{passed} 次通过，{failures} 次失败。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>{runs} ({passed} passed, {failures} failed)</source>
        <translation>{runs}（{passed} 次通过，{failures} 次失败）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Export monitor runs as CSV</source>
        <translation>将监控运行导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>无法保存 {path}：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to {path}.</source>
        <translation>
            <numerusform>已将 %n 次运行保存到 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Default</source>
        <extracomment>The form&apos;s provider presets that sign in with OAuth, and with whom.</extracomment>
        <translation>默认</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Sign in with Microsoft…</source>
        <translation>使用 Microsoft 登录…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Use a code (sign in on another device)</source>
        <translation>使用代码（在另一台设备上登录）</translation>
    </message>
    <message>
        <source>Show a code to enter at microsoft.com/devicelogin instead of opening a browser on this computer</source>
        <translation>显示一个代码，在 microsoft.com/devicelogin 输入，而不是在本计算机上打开浏览器</translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s own</source>
        <translation>SMTP Doctor 自带</translation>
    </message>
    <message>
        <source>Your organisation&apos;s app registration (client) ID, if it requires its own (see docs/oauth.md)</source>
        <translation>你的组织的应用注册（客户端）ID，如果组织要求使用自己的（见 docs/oauth.md）</translation>
    </message>
    <message>
        <source>Google Desktop app clients only</source>
        <translation>仅限 Google 桌面应用客户端</translation>
    </message>
    <message>
        <source>organizations: work or school accounts; consumers: Outlook.com; common: both; or your tenant ID or domain</source>
        <translation>organizations：工作或学校帐户；consumers：Outlook.com；common：两者皆可；或你的租户 ID 或域名</translation>
    </message>
    <message>
        <source>the scope your provider&apos;s SMTP server needs</source>
        <translation>你的服务商 SMTP 服务器需要的范围</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>客户端密钥：</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>租户：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>your provider</source>
        <extracomment>What the user entered for a provider, kept in QSettings (never a secret: the Google client secret goes to the keychain entry with the refresh token, not here).</extracomment>
        <translation>你的服务商</translation>
    </message>
    <message>
        <source>Sign in with {provider}…</source>
        <translation>使用 {provider} 登录…</translation>
    </message>
    <message>
        <source>required: your app registration&apos;s client ID</source>
        <translation>必填：你的应用注册的客户端 ID</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>The sign-in failed: {name}</source>
        <translation>登录失败：{name}</translation>
    </message>
    <message>
        <source>Signed in with {provider} as {account}</source>
        <translation>已使用 {provider} 登录为 {account}</translation>
    </message>
    <message>
        <source>; the access token is valid until {until}</source>
        <translation>；访问令牌有效期至 {until}</translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Is it my network? Probes the mail ports of a server in parallel, over IPv4 and IPv6, and the same ports on a control host that answers on every port: a port blocked on both is blocked by your network or provider.</source>
        <translation>是我的网络问题吗？并行探测服务器的邮件端口（IPv4 和 IPv6），并探测一个在所有端口都应答的对照主机的相同端口：两边都被阻止的端口，是被你的网络或服务商阻止的。</translation>
    </message>
    <message>
        <source>Enter the server and press Probe ports.</source>
        <translation>输入服务器，然后按“探测端口”。</translation>
    </message>
    <message>
        <source>&amp;Probe ports</source>
        <translation>探测端口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Ports to probe, separated by commas; add your own (e.g. 8025)</source>
        <translation>要探测的端口，用逗号分隔；可添加自己的（例如 8025）</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer; the whole probe takes about this long, not this long per port</source>
        <translation>等待应答的秒数；整个探测大约需要这么久，而不是每个端口这么久</translation>
    </message>
    <message>
        <source>T&amp;imeout (s):</source>
        <translation>超时（秒）(&amp;I)：</translation>
    </message>
    <message>
        <source>none: no control comparison</source>
        <translation>无：不与对照主机比较</translation>
    </message>
    <message>
        <source>A host that answers on every port (the control). Empty: no control comparison. Remembered for next time.</source>
        <translation>在所有端口都应答的主机（对照）。留空：不做对照比较。下次会记住。</translation>
    </message>
    <message>
        <source>Co&amp;ntrol host:</source>
        <translation>对照主机(&amp;N)：</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS 服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Compare with a control host?</source>
        <translation>与对照主机比较？</translation>
    </message>
    <message>
        <source>To tell whether your own network blocks a port, SMTP Doctor can also try the same ports on {host}, a public host run by a third party that answers on every port.</source>
        <translation>为了判断是否是你自己的网络阻止了某个端口，SMTP Doctor 还可以在 {host} 上尝试相同端口，这是一个由第三方运营、在所有端口都应答的公共主机。</translation>
    </message>
    <message>
        <source>Only connections are opened (nothing about you, your server or your password is sent), but {host} sees your internet address. Your answer is remembered; you can change the control host on this page at any time.</source>
        <translation>只会打开连接（不会发送关于你、你的服务器或密码的任何信息），但 {host} 会看到你的互联网地址。你的选择会被记住；你可以随时在此页面更改对照主机。</translation>
    </message>
    <message>
        <source>Use {host}</source>
        <translation>使用 {host}</translation>
    </message>
    <message>
        <source>No control comparison</source>
        <translation>不做对照比较</translation>
    </message>
    <message>
        <source>Probing {host} on port {ports}…</source>
        <translation>正在探测 {host} 的端口 {ports}…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>正在等待…</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未探测</translation>
    </message>
    <message>
        <source>The run stopped before this port was probed.</source>
        <translation>运行在探测此端口之前停止了。</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>&amp;Profiles (passwords are kept in the system keychain, never in these settings):</source>
        <translation>配置文件(&amp;P)（密码保存在系统钥匙串中，绝不保存在这些设置中）：</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>配置文件名称：</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>重命名配置文件</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its saved password?</source>
        <translation>删除配置文件“{name}”及其保存的密码？</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a run that the proxy accepts.</source>
        <translation>尚未保存：密码会在代理接受它的一次运行后保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a run that the proxy accepts.</source>
        <translation>保存的密码与输入的不同。钥匙串会在代理接受的一次运行后更新。</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>无（直连）</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port, socks5h://host:port (the proxy looks up names), http://host:port (HTTP CONNECT), with user@ before the host when it needs a login, or system (this computer&apos;s proxy settings). The same setting is used by every tool, and is remembered; the password never goes here.</source>
        <translation>通过此代理连接：socks5://host:port、socks5h://host:port（由代理解析名称）、http://host:port（HTTP CONNECT），需要登录时在主机前加 user@，或 system（本计算机的代理设置）。所有工具都使用同一设置，并会被记住；密码不要写在这里。</translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation>如果代理要求密码</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Run a test (or open one from the history) to export its report.</source>
        <translation>运行一次测试（或从历史记录中打开一次）以导出其报告。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Could not export the report: {error}</source>
        <translation>无法导出报告：{error}</translation>
    </message>
    <message>
        <source>Report saved to {written}.</source>
        <translation>报告已保存到 {written}。</translation>
    </message>
    <message>
        <source>Run a test (or open one from the history) to copy its report.</source>
        <translation>运行一次测试（或从历史记录中打开一次）以复制其报告。</translation>
    </message>
    <message>
        <source>Could not copy the report: {error}</source>
        <translation>无法复制报告：{error}</translation>
    </message>
    <message>
        <source>Report copied to the clipboard (Markdown and rich text).</source>
        <translation>报告已复制到剪贴板（Markdown 和富文本）。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>会话记录</translation>
    </message>
    <message>
        <source>Copy &amp;transcript</source>
        <translation>复制会话记录(&amp;T)</translation>
    </message>
    <message>
        <source>Copy results as te&amp;xt</source>
        <translation>将结果复制为文本(&amp;X)</translation>
    </message>
    <message>
        <source>Transcript copied to the clipboard.</source>
        <translation>会话记录已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Results copied to the clipboard.</source>
        <translation>结果已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>The check returned no result: {result!r}</source>
        <translation>检查没有返回结果：{result!r}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Diagnosis: {id}</source>
        <translation>诊断：{id}</translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <source>{title} ms</source>
        <translation>{title} 毫秒</translation>
    </message>
    <message>
        <source>Run {index}: {status}</source>
        <translation>第 {index} 次运行：{status}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>{title} section</source>
        <translation>{title} 部分</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>已展开</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>已折叠</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Custom server</source>
        <translation>自定义服务器</translation>
    </message>
    <message>
        <source>The provider&apos;s server to use</source>
        <translation>要使用的服务商服务器</translation>
    </message>
    <message>
        <source>Provider server</source>
        <translation>服务商服务器</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>服务商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>STARTTLS: port 587, encryption starts after connecting.
SSL/TLS: port 465, encrypted from the start.
None: no encryption (port 25, servers on your own network).</source>
        <translation>STARTTLS：端口 587，连接后开始加密。
SSL/TLS：端口 465，从一开始就加密。
无：不加密（端口 25，你自己网络中的服务器）。</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>安全(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation>登录方式(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>密码或应用专用密码</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>显示或隐藏密码</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>记住在系统钥匙串中(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (never in SMTP Doctor&apos;s settings files)</source>
        <translation>将密码保存在系统钥匙串中（绝不保存在 SMTP Doctor 的设置文件中）</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>Save password now</source>
        <translation>立即保存密码</translation>
    </message>
    <message>
        <source>Save the typed password in the system keychain now, without waiting for a successful login</source>
        <translation>立即将输入的密码保存到系统钥匙串，无需等待登录成功</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <source>Use port {default_port}</source>
        <translation>使用端口 {default_port}</translation>
    </message>
    <message>
        <source>{security} usually runs on port {port}</source>
        <translation>{security} 通常使用端口 {port}</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>访问令牌(&amp;A)：</translation>
    </message>
    <message>
        <source>OAuth 2 access token (or sign in above)</source>
        <translation>OAuth 2 访问令牌（或在上方登录）</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>测试邮件</translation>
    </message>
    <message>
        <source>After sending, watch a mailbox</source>
        <translation>发送后，检查邮箱</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with {provider_name}</source>
        <translation>使用 {provider_name} 登录</translation>
    </message>
    <message>
        <source>Starting the sign-in with {provider_name}…</source>
        <translation>正在开始使用 {provider_name} 登录…</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>登录代码</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>复制代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>打开浏览器(&amp;O)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code. Then sign in with your Microsoft account.</source>
        <translation>在任意设备上打开下面的地址并输入此代码，然后用你的 Microsoft 帐户登录。</translation>
    </message>
    <message>
        <source>Sign in in your browser; SMTP Doctor continues by itself when you are done. If no browser window opened, open this address:</source>
        <translation>请在浏览器中登录；完成后 SMTP Doctor 会自动继续。如果没有打开浏览器窗口，请打开此地址：</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>{status}: {text}</source>
        <translation>{status}：{text}</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <source>Select a step to see what happened and how to fix it.</source>
        <translation>选择一个步骤，查看发生了什么以及如何修复。</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>步骤详细信息</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>出了什么问题</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>值得了解</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>如何修复</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>诊断：</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术细节</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>waiting for {waiting_for}, {waited} s</source>
        <translation>正在等待{waiting_for}，{waited} 秒</translation>
    </message>
    <message>
        <source>waiting for {waiting_for}, {waited} of {limit} s</source>
        <translation>正在等待{waiting_for}，{waited}/{limit} 秒</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Stopped before it finished.</source>
        <translation>在完成前停止。</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}：{state}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS details: every certificate the server presents (subject, issuer, names, validity, key, signature), days until expiry, protocol and cipher, whether the chain is complete, and whether something intercepts the connection.</source>
        <translation>TLS 详情：服务器出示的每张证书（主体、颁发者、名称、有效期、密钥、签名）、距到期的天数、协议和加密套件、证书链是否完整，以及是否有东西拦截了连接。</translation>
    </message>
    <message>
        <source>Enter the server (taken from the connection test) and press Inspect TLS.</source>
        <translation>输入服务器（取自连接测试），然后按“检查 TLS”。</translation>
    </message>
    <message>
        <source>&amp;Inspect TLS</source>
        <translation>检查 TLS(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (465). STARTTLS: plain first, then encrypted (587, 25).</source>
        <translation>SSL/TLS：从一开始就加密（465）。STARTTLS：先明文，再加密（587、25）。</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>安全(&amp;C)：</translation>
    </message>
    <message>
        <source>Set in the connection test&apos;s Advanced section (CA file)</source>
        <translation>在连接测试的“高级”部分设置（CA 文件）</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS 服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>Certificate chain, server first</source>
        <translation>证书链，服务器证书在前</translation>
    </message>
    <message>
        <source>Inspecting the TLS of {host}, port {port}…</source>
        <translation>正在检查 {host} 端口 {port} 的 TLS…</translation>
    </message>
    <message>
        <source>Not checked: no certificate was received.</source>
        <translation>未检查：没有收到证书。</translation>
    </message>
    <message>
        <source>Valid from {not_before} until {not_after}</source>
        <translation>有效期从 {not_before} 到 {not_after}</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation>运行（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>停止（Esc）</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v / %m 个步骤</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s</source>
        <translation>询问此 DNS 服务器（IP 地址[:端口]），而不是系统默认的</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>代理(&amp;Y)：</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>请更正 %n 个突出显示的字段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>The conversation with the server appears here.
C: sent by {APP_NAME}   S: sent by the server   **: note</source>
        <translation>与服务器的对话显示在这里。
C：由 {APP_NAME} 发送   S：由服务器发送   **：备注</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Choose a provider or enter your server, then press Test connection.</source>
        <translation>选择一个服务商或输入你的服务器，然后按“测试连接”。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Total {total_ms}</source>
        <translation>总计 {total_ms}</translation>
    </message>
    <message>
        <source>{heading}: {verdict}</source>
        <translation>{heading}：{verdict}</translation>
    </message>
    <message>
        <source>{status}, {step}: {summary}</source>
        <translation>{status}，{step}：{summary}</translation>
    </message>
    <message>
        <source>Check your settings</source>
        <translation>请检查你的设置</translation>
    </message>
    <message>
        <source>SMTP Doctor ran into a problem</source>
        <translation>SMTP Doctor 遇到了问题</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Elapsed {seconds} s</source>
        <translation>已用 {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>VerifyWarning</name>
    <message>
        <source>Warning: certificate checks are off</source>
        <translation>警告：证书检查已关闭</translation>
    </message>
</context>
<context>
    <name>WatchForm</name>
    <message>
        <source>After “Send test email”, look for the message in a mailbox (IMAP)</source>
        <translation>“发送测试邮件”后，在邮箱（IMAP）中查找该邮件</translation>
    </message>
    <message>
        <source>Shows whether it arrived, in Inbox or Junk, how long it took, and how the receiver judged SPF, DKIM and DMARC.</source>
        <translation>显示邮件是否到达、在收件箱还是垃圾邮件中、用了多长时间，以及收件方如何判定 SPF、DKIM 和 DMARC。</translation>
    </message>
    <message>
        <source>the sending account, or imaps://user@imap.example.com</source>
        <translation>发送帐户，或 imaps://user@imap.example.com</translation>
    </message>
    <message>
        <source>Leave empty to watch the account that sends (its IMAP server is guessed from the SMTP server). imaps:// uses port 993, imap:// port 143 with STARTTLS.</source>
        <translation>留空则检查发送邮件的帐户（其 IMAP 服务器根据 SMTP 服务器推测）。imaps:// 使用端口 993，imap:// 使用端口 143 和 STARTTLS。</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>邮箱(&amp;Z)：</translation>
    </message>
    <message>
        <source>only for another account than the sender&apos;s</source>
        <translation>仅用于发件人以外的帐户</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>邮箱密码</translation>
    </message>
    <message>
        <source>Mailbox pass&amp;word:</source>
        <translation>邮箱密码(&amp;Q)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Wait for the message up to, in seconds</source>
        <translation>等待邮件的最长时间（秒）</translation>
    </message>
    <message>
        <source>Wait &amp;up to:</source>
        <translation>最长等待(&amp;1)：</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Keyring backend</source>
        <translation>钥匙串后端</translation>
    </message>
</context>
<context>
    <name>advanced</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>仅 IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>仅 IPv6</translation>
    </message>
    <message>
        <source>⚠ Certificate checks are off: SMTP Doctor will not notice an impostor server, and a mail app set up this way is not safe. Use this only to look at a broken certificate.</source>
        <translation>⚠ 证书检查已关闭：SMTP Doctor 将无法发现冒充的服务器，而这样设置的邮件应用并不安全。仅在查看损坏的证书时使用。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>可用，但有警告</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Nothing was tested</source>
        <translation>未进行任何测试</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>device_code</name>
    <message>
        <source>Waiting for you to sign in… {time} left</source>
        <extracomment>The only links the Open button hands to the system: the address comes from the sign-in server, and another scheme (file:, ms-msdt:, a custom handler) would start a local program.</extracomment>
        <translation>正在等待你登录… 剩余 {time}</translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>发现方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>服务商预设</translation>
    </message>
    <message>
        <source>Preset (by MX)</source>
        <translation>预设（按 MX）</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>SRV 记录</translation>
    </message>
    <message>
        <source>Autoconfig</source>
        <translation>自动配置</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>猜测</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>未尝试</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未探测</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>The connection is encrypted</source>
        <translation>连接已加密</translation>
    </message>
    <message>
        <source>No encryption: the password would travel in clear text</source>
        <translation>未加密：密码将以明文传输</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Valid for {host}</source>
        <translation>对 {host} 有效</translation>
    </message>
    <message>
        <source>{problem}: the certificate is for {names}</source>
        <translation>{problem}：证书是颁发给 {names} 的</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>{host} is outside your domain. Your password would be sent to this host.</source>
        <translation>{host} 不在你的域名内。你的密码将被发送到此主机。</translation>
    </message>
    <message>
        <source>{host} offers no encryption: your password would cross the network unencrypted, readable by anyone on the way.</source>
        <translation>{host} 不提供加密：你的密码将以未加密的形式经过网络，途中任何人都能读取。</translation>
    </message>
    <message>
        <source>{host} (outside your domain)</source>
        <translation>{host}（不在你的域名内）</translation>
    </message>
</context>
<context>
    <name>dns_setting</name>
    <message>
        <source>the system&apos;s</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s. The same setting is used by the connection test and every tool, and is remembered.</source>
        <translation>询问此 DNS 服务器（IP 地址[:端口]），而不是系统默认的。连接测试和所有工具都使用同一设置，并会被记住。</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML 报告 (*.html *.htm)</translation>
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
        <translation>{value} 毫秒</translation>
    </message>
    <message>
        <source>{value} s</source>
        <translation>{value} 秒</translation>
    </message>
</context>
<context>
    <name>fix_actions</name>
    <message>
        <source>{host}, port {port}, {security}</source>
        <translation>{host}，端口 {port}，{security}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>无服务器</translation>
    </message>
    <message>
        <source>{label}: applied, testing again…</source>
        <translation>{label}：已应用，正在重新测试…</translation>
    </message>
</context>
<context>
    <name>form_watch</name>
    <message>
        <source>server {}</source>
        <translation>服务器 {}</translation>
    </message>
    <message>
        <source>port {}</source>
        <translation>端口 {}</translation>
    </message>
    <message>
        <source>security {}</source>
        <translation>安全 {}</translation>
    </message>
    <message>
        <source>user name {}</source>
        <translation>用户名 {}</translation>
    </message>
    <message>
        <source>sign-in {}</source>
        <translation>登录方式 {}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>, {security}</source>
        <translation>，{security}</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>状态已改变</translation>
    </message>
    <message>
        <source>slower by {delta}</source>
        <translation>慢了 {delta}</translation>
    </message>
    <message>
        <source>faster by {value}</source>
        <translation>快了 {value}</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a successful login.</source>
        <translation>登录成功后已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>Read from the system keychain.</source>
        <translation>已从系统钥匙串读取。</translation>
    </message>
    <message>
        <source>Not saved: the login failed.</source>
        <translation>未保存：登录失败。</translation>
    </message>
    <message>
        <source>Not saved: the login failed. The keychain still holds the password saved before.</source>
        <translation>未保存：登录失败。钥匙串中仍保留之前保存的密码。</translation>
    </message>
    <message>
        <source>The login failed with the password saved in the keychain. It is still saved; type the new one and test the login to replace it.</source>
        <translation>使用钥匙串中保存的密码登录失败。它仍被保存；请输入新密码并测试登录以替换它。</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a successful login, or with Save password now.</source>
        <translation>保存的密码与输入的不同。钥匙串会在登录成功后更新，或点击“立即保存密码”。</translation>
    </message>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a successful login, or with Save password now.</source>
        <translation>尚未保存：密码会在登录成功后保存到系统钥匙串，或点击“立即保存密码”。</translation>
    </message>
    <message>
        <source>Deleted from the system keychain.</source>
        <translation>已从系统钥匙串删除。</translation>
    </message>
    <message>
        <source>Nothing was saved in the system keychain.</source>
        <translation>系统钥匙串中没有保存任何内容。</translation>
    </message>
    <message>
        <source>Still saved in the system keychain (not deleted).</source>
        <translation>仍保存在系统钥匙串中（未删除）。</translation>
    </message>
    <message>
        <source>No system keychain: the password is kept for this session only.</source>
        <translation>没有系统钥匙串：密码只在本次会话中保留。</translation>
    </message>
</context>
<context>
    <name>keychain_ui</name>
    <message>
        <source>Delete the saved password from the keychain?</source>
        <translation>从钥匙串中删除保存的密码？</translation>
    </message>
    <message>
        <source>SMTP Doctor will no longer remember the password of this profile. The password stays in the field until you close the app.</source>
        <translation>SMTP Doctor 将不再记住此配置文件的密码。在你关闭应用之前，密码仍会留在输入框中。</translation>
    </message>
    <message>
        <source>Replace the saved password with one that just failed to log in?</source>
        <translation>用刚刚登录失败的密码替换已保存的密码？</translation>
    </message>
    <message>
        <source>The login failed with the password typed now. The keychain holds another password for this profile.</source>
        <translation>使用现在输入的密码登录失败。钥匙串中为此配置文件保存的是另一个密码。</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localization (for translators)</source>
        <translation>伪本地化(&amp;P)（供翻译人员使用）</translation>
    </message>
    <message>
        <source>The language changes when SMTP Doctor starts again.</source>
        <translation>语言将在 SMTP Doctor 下次启动时更改。</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect, encrypt and greet the server</source>
        <translation>连接服务器、加密并问候</translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation>测试登录(&amp;L)</translation>
    </message>
    <message>
        <source>Also sign in with your user name and password</source>
        <translation>同时使用你的用户名和密码登录</translation>
    </message>
    <message>
        <source>Se&amp;nd test email</source>
        <translation>发送测试邮件(&amp;N)</translation>
    </message>
    <message>
        <source>Also send the test message</source>
        <translation>同时发送测试邮件</translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>SMTP Doctor test message</source>
        <translation>SMTP Doctor 测试邮件</translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.
If you can read it, sending mail works.
</source>
        <translation>这是一封来自 SMTP Doctor 的测试邮件。
如果你能读到它，说明发送邮件正常。
</translation>
    </message>
</context>
<context>
    <name>monitor</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>测试登录</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>For a time</source>
        <translation>持续一段时间</translation>
    </message>
    <message>
        <source>A number of times</source>
        <translation>指定次数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, {label}</source>
        <translation>正在监控 {host}，端口 {port}，{label}</translation>
    </message>
    <message>
        <source>, without logging in</source>
        <translation>，不登录</translation>
    </message>
    <message>
        <source>, logged in as {username}</source>
        <translation>，以 {username} 登录</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>（无用户名）</translation>
    </message>
    <message>
        <source>, DNS server {nameserver}</source>
        <translation>，DNS 服务器 {nameserver}</translation>
    </message>
    <message>
        <source>, through the proxy {proxy}</source>
        <translation>，通过代理 {proxy}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Is it my network?</source>
        <translation>是我的网络问题吗？</translation>
    </message>
    <message>
        <source>Find my settings</source>
        <translation>查找我的设置</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>域名健康</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>TLS 详情</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>ports</name>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>What answers</source>
        <translation>应答内容</translation>
    </message>
    <message>
        <source>Control host</source>
        <translation>对照主机</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>SMTP greeting</source>
        <translation>SMTP 问候</translation>
    </message>
    <message>
        <source>SMTP over SSL/TLS</source>
        <translation>基于 SSL/TLS 的 SMTP</translation>
    </message>
    <message>
        <source>TLS, but no SMTP greeting</source>
        <translation>TLS，但没有 SMTP 问候</translation>
    </message>
    <message>
        <source>Not a mail server</source>
        <translation>不是邮件服务器</translation>
    </message>
    <message>
        <source>Nothing (silent)</source>
        <translation>无（静默）</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>无地址</translation>
    </message>
    <message>
        <source>The server has no address of this IP version.</source>
        <translation>服务器没有此 IP 版本的地址。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Open, not SMTP</source>
        <translation>开放，非 SMTP</translation>
    </message>
    <message>
        <source>Open, silent</source>
        <translation>开放，静默</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>被过滤</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>No control host was set.</source>
        <translation>未设置对照主机。</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未探测</translation>
    </message>
    <message>
        <source>The control host could not be probed.</source>
        <translation>无法探测对照主机。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>{host} answers on this port from your network.</source>
        <translation>从你的网络访问时，{host} 在此端口应答。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>{host} refused this port.</source>
        <translation>{host} 拒绝了此端口。</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>{host} does not answer on this port either: your network probably blocks it.</source>
        <translation>{host} 在此端口也没有应答：很可能是你的网络阻止了它。</translation>
    </message>
</context>
<context>
    <name>server_form</name>
    <message>
        <source>None (no sign-in)</source>
        <translation>无（不登录）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>OAuth 2 (XOAUTH2)</source>
        <translation>OAuth 2（XOAUTH2）</translation>
    </message>
    <message>
        <source>OAuth 2 (OAUTHBEARER)</source>
        <translation>OAuth 2（OAUTHBEARER）</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>名称（SAN）</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>Automatic (by port)</source>
        <translation>自动（按端口）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中间证书</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>根证书</translation>
    </message>
    <message>
        <source>Trusting only the certificate authorities in {ca_file}</source>
        <translation>仅信任 {ca_file} 中的证书颁发机构</translation>
    </message>
    <message>
        <source>Trusting this computer&apos;s certificates</source>
        <translation>信任本计算机的证书</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expired on {not_after}</source>
        <translation>已于 {not_after} 过期</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Valid only from {not_before}</source>
        <translation>仅从 {not_before} 起有效</translation>
    </message>
    <message>
        <source>Expires in less than 14 days</source>
        <translation>将在 14 天内到期</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
</context>
</TS>
