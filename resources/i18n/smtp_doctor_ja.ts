<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>{APP_NAME} のバージョン情報</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>unavailable ({error})</source>
        <translation>利用できません ({error})</translation>
    </message>
    <message>
        <source>Tells you why your mail (SMTP) settings don&apos;t work and how to fix them.</source>
        <translation>メール (SMTP) の設定が動かない理由と直し方をお知らせします。</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Connect timeout:</source>
        <translation>接続タイムアウト:</translation>
    </message>
    <message>
        <source>Reply timeout:</source>
        <translation>応答タイムアウト:</translation>
    </message>
    <message>
        <source>this computer&apos;s name</source>
        <translation>このコンピューターの名前</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>EHLO 名:</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>サーバーの証明書を検証する</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>システムの信頼済み証明書</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation>CA 証明書ファイル (PEM) を選択</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA ファイル:</translation>
    </message>
    <message>
        <source>Allow old TLS 1.0/1.1 (insecure)</source>
        <translation>古い TLS 1.0/1.1 を許可 (安全でない)</translation>
    </message>
    <message>
        <source>Only for a device you can&apos;t update: if the server offers nothing newer than TLS 1.0/1.1, log in and send over it anyway. This exposes your password.</source>
        <translation>更新できない機器専用: サーバーが TLS 1.0/1.1 までしか対応していなくても、それでログインして送信します。パスワードが危険にさらされます。</translation>
    </message>
    <message>
        <source>Fetch missing intermediate (AIA)</source>
        <translation>不足している中間証明書を取得 (AIA)</translation>
    </message>
    <message>
        <source>When the server&apos;s certificate can&apos;t be verified, download the issuer named in it (over HTTP) to prove that the server doesn&apos;t send its intermediate certificate.</source>
        <translation>サーバーの証明書を検証できないとき、証明書に記載された発行者を (HTTP で) ダウンロードし、サーバーが中間証明書を送っていないことを確かめます。</translation>
    </message>
    <message>
        <source>&amp;IP version:</source>
        <translation>IP バージョン(&amp;I):</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>システムの設定</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>DNS サーバー:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>プロキシ:</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>プロキシのパスワード:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>システムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a run in which the proxy accepted it, never after one it refused.</source>
        <translation>プロキシが受け入れた実行の後にシステムのキーチェーンに保存されます。拒否された後には保存されません。</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA 証明書ファイルを選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>BlocklistPage</name>
    <message>
        <source>Is it my network? Looks an address up on the common spam blocklists (Spamhaus ZEN with its PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and explains each listing. Leave the address empty to check the public address your connections come from.</source>
        <translation>自分のネットワークの問題? 主要なスパムのブロックリスト (Spamhaus ZEN と PBL、Barracuda、SpamCop、UCEPROTECT、PSBL、Mailspike) でアドレスを調べ、各掲載の意味を説明します。アドレスを空にすると、接続元のパブリック アドレスを調べます。</translation>
    </message>
    <message>
        <source>Enter an address, or allow the public-address lookup, and press Check blocklists.</source>
        <translation>アドレスを入力するか、パブリック アドレスの取得を許可して、[ブロックリストを確認] を押してください。</translation>
    </message>
    <message>
        <source>Chec&amp;k blocklists</source>
        <translation>ブロックリストを確認(&amp;K)</translation>
    </message>
    <message>
        <source>empty: my public address</source>
        <translation>空欄: 自分の IP</translation>
    </message>
    <message>
        <source>The IPv4 or IPv6 address to look up, for example the one a bounce message names</source>
        <translation>調べる IPv4 または IPv6 アドレス (例: 不達メッセージに書かれたもの)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>the common lists</source>
        <translation>主要なリスト</translation>
    </message>
    <message>
        <source>Blocklist zones to ask instead of the common ones, separated by commas (for example bl.spamcop.net)</source>
        <translation>主要なリストの代わりに問い合わせるブロックリストのゾーン (カンマ区切り、例: bl.spamcop.net)</translation>
    </message>
    <message>
        <source>Block&amp;lists:</source>
        <translation>ブロックリスト(&amp;L):</translation>
    </message>
    <message>
        <source>Ask an echo service for my &amp;public address</source>
        <translation>エコー サービスで自分の IP を取得(&amp;P)</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>パブリック アドレス:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>your public address</source>
        <translation>あなたのパブリック アドレス</translation>
    </message>
    <message>
        <source>Looking up {what} on the blocklists…</source>
        <translation>ブロックリストで {what} を調べています…</translation>
    </message>
</context>
<context>
    <name>BouncePage</name>
    <message>
        <source>Messages and text (*.eml *.txt *.msg *.mbox *.log);;All files (*)</source>
        <translation>メッセージとテキスト (*.eml *.txt *.msg *.mbox *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Bounce: paste a bounce (the whole message or just its text), drop an .eml or .txt file here, or open one. SMTP Doctor reads who didn&apos;t get the mail, which server said so and why, and what to do about it.</source>
        <translation>不達メール: 不達メッセージ (全体でも本文だけでも) を貼り付けるか、.eml や .txt ファイルをここにドロップするか、開いてください。SMTP Doctor が、誰にメールが届かなかったか、どのサーバーがなぜそう言ったか、どう対処すればよいかを読み取ります。</translation>
    </message>
    <message>
        <source>Paste or open a bounce, then press Read bounce.</source>
        <translation>不達メッセージを貼り付けるか開いて、[不達メールを読む] を押してください。</translation>
    </message>
    <message>
        <source>Read bo&amp;unce</source>
        <translation>不達メールを読む(&amp;U)</translation>
    </message>
    <message>
        <source>Paste the bounce here: the returned message with its headers, or only its text.</source>
        <translation>ここに不達メッセージを貼り付けてください: ヘッダー付きの返送メッセージ、または本文だけ。</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>不達メッセージの本文</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved bounce (.eml, .txt, Outlook .msg)</source>
        <translation>保存された不達メッセージを開く (.eml、.txt、Outlook .msg)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>エクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Save this reading as a report (HTML, Markdown or JSON)</source>
        <translation>この読み取り結果をレポートとして保存 (HTML、Markdown、JSON)</translation>
    </message>
    <message>
        <source>&amp;Bounce:</source>
        <translation>不達メール(&amp;B):</translation>
    </message>
    <message>
        <source>Open a bounce</source>
        <translation>不達メッセージを開く</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} を開いています…</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>{name} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} を開きました。</translation>
    </message>
    <message>
        <source>Paste a bounce or open a file first.</source>
        <translation>まず不達メッセージを貼り付けるか、ファイルを開いてください。</translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation>まだ読み取るものがありません。</translation>
    </message>
    <message>
        <source>Reading the bounce…</source>
        <translation>不達メッセージを読み取っています…</translation>
    </message>
    <message>
        <source>This is not a bounce: SMTP Doctor found no delivery report, no failed recipient and no server reply in it.</source>
        <translation>これは不達メッセージではありません: 配信レポート、失敗した受信者、サーバーの応答のどれも見つかりませんでした。</translation>
    </message>
    <message>
        <source>Paste or open the bounce message.</source>
        <translation>不達メッセージを貼り付けるか開いてください。</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Select two runs and press Compare.</source>
        <translation>2 つの実行を選んで [比較] を押してください。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>前の状態</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>後の状態</translation>
    </message>
    <message>
        <source>Time before</source>
        <translation>前の時間</translation>
    </message>
    <message>
        <source>Time after</source>
        <translation>後の時間</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) changed status</source>
        <translation>
            <numerusform>%n 個のステップの状態が変わりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) slowed down</source>
        <translation>
            <numerusform>%n 個のステップが遅くなりました</numerusform>
        </translation>
    </message>
    <message>
        <source>No step changed status or slowed down</source>
        <translation>状態が変わったり遅くなったりしたステップはありません</translation>
    </message>
    <message>
        <source>&lt;b&gt;{news}.&lt;/b&gt;&lt;br&gt;Before: {old_time} — {old_verdict}&lt;br&gt;After: {new_time} — {new_verdict}</source>
        <translation>&lt;b&gt;{news}。&lt;/b&gt;&lt;br&gt;前: {old_time} — {old_verdict}&lt;br&gt;後: {new_time} — {new_verdict}</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find my settings: enter your email address (or your domain). SMTP Doctor looks for the outgoing server in provider presets, published SRV records and autoconfig files, and the usual names; tries them all at once and ranks them.</source>
        <translation>設定を探す: メール アドレス (またはドメイン) を入力してください。SMTP Doctor はプロバイダーのプリセット、公開された SRV レコードと autoconfig ファイル、よくある名前から送信サーバーを探し、すべてを同時に試して順位を付けます。</translation>
    </message>
    <message>
        <source>Enter your email address and press Find settings.</source>
        <translation>メール アドレスを入力して [設定を探す] を押してください。</translation>
    </message>
    <message>
        <source>F&amp;ind settings</source>
        <translation>設定を探す(&amp;I)</translation>
    </message>
    <message>
        <source>you@example.com or example.com</source>
        <translation>you@example.com または example.com</translation>
    </message>
    <message>
        <source>Email &amp;address or domain:</source>
        <translation>メール アドレスまたはドメイン(&amp;A):</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>候補 (良い順)</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>この設定を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Put the selected server, port and security into the connection test&apos;s form</source>
        <translation>選択したサーバー、ポート、セキュリティを接続テストのフォームに入力します</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of {query}…</source>
        <translation>{query} の送信サーバーを探しています…</translation>
    </message>
    <message>
        <source>{listed} listed in the table above ({tried} tried)</source>
        <translation>上の表に {listed} 件 ({tried} 件試行)</translation>
    </message>
    <message>
        <source>No candidates to use.</source>
        <translation>使える候補がありません。</translation>
    </message>
    <message>
        <source>works</source>
        <translation>動作します</translation>
    </message>
    <message>
        <source>did not work here</source>
        <translation>ここでは動作しませんでした</translation>
    </message>
    <message>
        <source>; outside your domain</source>
        <translation>; ドメイン外</translation>
    </message>
    <message>
        <source>{host}, port {port}, {security} ({works}{outside})</source>
        <translation>{host}、ポート {port}、{security} ({works}{outside})</translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation>この設定を使いますか?</translation>
    </message>
    <message>
        <source>Use {host} for sending mail?</source>
        <translation>メールの送信に {host} を使いますか?</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain health: the DNS records that decide whether mail from your domain is delivered and trusted — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — and the reverse DNS, greeting name and certificates of your mail servers.</source>
        <translation>ドメインの状態: 自分のドメインからのメールが届き、信頼されるかを決める DNS レコード (MX、DNSSEC、SPF、DMARC、DKIM、BIMI、MTA-STS、TLS-RPT、DANE) と、メール サーバーの逆引き DNS、挨拶名、証明書を確認します。</translation>
    </message>
    <message>
        <source>Enter your domain and press Check domain.</source>
        <translation>ドメインを入力して [ドメインを確認] を押してください。</translation>
    </message>
    <message>
        <source>Chec&amp;k domain</source>
        <translation>ドメインを確認(&amp;K)</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>ドメイン(&amp;M):</translation>
    </message>
    <message>
        <source>e.g. s1, google (optional)</source>
        <translation>例: s1, google (省略可)</translation>
    </message>
    <message>
        <source>DKIM selectors to check: the s= value in a DKIM-Signature header of a message you sent. Separate with commas.</source>
        <translation>確認する DKIM セレクター: 送信したメッセージの DKIM-Signature ヘッダーにある s= の値です。カンマで区切ります。</translation>
    </message>
    <message>
        <source>Also try &amp;common ones</source>
        <translation>よく使われるものも試す(&amp;C)</translation>
    </message>
    <message>
        <source>Also look for selectors that providers often use (default, google, selector1, k1, …)</source>
        <translation>プロバイダーがよく使うセレクター (default、google、selector1、k1 など) も探します</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>DKIM セレクター(&amp;S):</translation>
    </message>
    <message>
        <source>the first MX (optional)</source>
        <translation>最初の MX (省略可)</translation>
    </message>
    <message>
        <source>The mail server whose reverse DNS and greeting name to check, as host or host:port (default port 25). The port is also used to read the MX servers&apos; certificates for DANE and MTA-STS.</source>
        <translation>逆引き DNS と挨拶名を確認するメール サーバー (host または host:port、既定のポートは 25)。このポートは DANE と MTA-STS のために MX サーバーの証明書を読むときにも使われます。</translation>
    </message>
    <message>
        <source>Mai&amp;l server:</source>
        <translation>メール サーバー(&amp;L):</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Checking the mail records of {domain}…</source>
        <translation>{domain} のメール レコードを確認しています…</translation>
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
        <translation>テストはすでに実行中です。</translation>
    </message>
    <message>
        <source>Filled in {host}, a name taken from the server&apos;s certificate: check with your provider that it is theirs, then run the test.</source>
        <translation>サーバーの証明書から取った名前 {host} を入力しました: それがプロバイダーのものかを確認してから、テストを実行してください。</translation>
    </message>
    <message>
        <source>Changed the settings ({label}): run the test when ready.</source>
        <translation>設定を変更しました ({label}): 準備ができたらテストを実行してください。</translation>
    </message>
    <message>
        <source>Settings restored: {saved}.</source>
        <translation>設定を元に戻しました: {saved}。</translation>
    </message>
</context>
<context>
    <name>FixActionsBar</name>
    <message>
        <source>Fix it in one click:</source>
        <translation>ワンクリックで修正:</translation>
    </message>
    <message>
        <source>Undo the fix</source>
        <translation>修正を元に戻す</translation>
    </message>
    <message>
        <source>Same as: {action}</source>
        <translation>同じ内容: {action}</translation>
    </message>
    <message>
        <source>Back to {description}</source>
        <translation>{description} に戻す</translation>
    </message>
</context>
<context>
    <name>FormWatch</name>
    <message>
        <source>another password</source>
        <translation>別のパスワード</translation>
    </message>
    <message>
        <source>These results are for the previous settings ({changes}).</source>
        <translation>この結果は以前の設定のものです ({changes})。</translation>
    </message>
    <message>
        <source>These results are for the previous settings.</source>
        <translation>この結果は以前の設定のものです。</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>強調表示された %n 個の項目を修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings look right now. Press Test connection.</source>
        <translation>設定は正しそうです。[接続テスト] を押してください。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>プロファイル(&amp;O):</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比較(&amp;M)</translation>
    </message>
    <message>
        <source>Compare the two selected runs step by step</source>
        <translation>選択した 2 つの実行をステップごとに比較します</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected runs (Del)</source>
        <translation>選択した実行を削除 (Del)</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> 件</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>保持する実行</translation>
    </message>
    <message>
        <source>Older runs (of all profiles) are deleted so the history file cannot grow without bound</source>
        <translation>履歴ファイルが際限なく大きくならないよう、古い実行 (全プロファイル) は削除されます</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>保持する件数(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>過去の実行</translation>
    </message>
    <message>
        <source>Select a run to see its full result.</source>
        <translation>実行を選ぶと、その結果全体が表示されます。</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>結果(&amp;U)</translation>
    </message>
    <message>
        <source>Compariso&amp;n</source>
        <translation>比較(&amp;N)</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>履歴を読み込む</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(プロファイルなし)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>すべてのプロファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in all profiles.</source>
        <translation>
            <numerusform>全プロファイルで %n 件の実行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) for “{profile}”.</source>
        <translation>
            <numerusform>“{profile}” の実行 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n.</source>
        <translation>
            <numerusform>最新の %n 件を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>That run is no longer in the history.</source>
        <translation>その実行はもう履歴にありません。</translation>
    </message>
    <message>
        <source>open the run</source>
        <translation>実行を開く</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>実行の削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>履歴から %n 件の実行を削除しますか? 元に戻せません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history.</source>
        <translation>
            <numerusform>履歴から %n 件の実行を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation>実行を削除する</translation>
    </message>
    <message>
        <source>Select exactly two runs to compare.</source>
        <translation>比較する実行をちょうど 2 つ選んでください。</translation>
    </message>
    <message>
        <source>compare the runs</source>
        <translation>実行を比較する</translation>
    </message>
    <message>
        <source>Keep fewer runs</source>
        <translation>保持する実行を減らす</translation>
    </message>
    <message numerus="yes">
        <source>Keep only the last %n run(s)? Older runs are deleted now.</source>
        <translation>
            <numerusform>最新の %n 件だけを保持しますか? 古い実行は今すぐ削除されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n run(s).</source>
        <translation>
            <numerusform>履歴には最新の %n 件が保持されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older run(s) were deleted.</source>
        <translation>
            <numerusform>古い実行 %n 件を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>change the retention</source>
        <translation>保持期間を変更する</translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>History: could not {what}: {error}</source>
        <translation>履歴: {what}ことができませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not {what}: {error}</source>
        <translation>{what}ことができませんでした: {error}</translation>
    </message>
    <message>
        <source>open the history</source>
        <translation>履歴を開く</translation>
    </message>
    <message>
        <source>save the run</source>
        <translation>実行を保存する</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Reading the password from the system keychain…</source>
        <extracomment>The mail password, per profile. A proxy&apos;s password, per proxy account (user@host:port): the same rules, its own entry kind.</extracomment>
        <translation>システムのキーチェーンからパスワードを読み込んでいます…</translation>
    </message>
    <message>
        <source>No password is saved in the system keychain yet.</source>
        <translation>システムのキーチェーンにはまだパスワードが保存されていません。</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>Latency chart</source>
        <translation>遅延グラフ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>失敗した実行</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>プロファイル(&amp;O):</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <source>Create, rename, duplicate or delete profiles</source>
        <translation>プロファイルの作成、名前の変更、複製、削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>テストを停止 (Esc)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Undo “Use these settings”</source>
        <translation>「この設定を使う」を元に戻す</translation>
    </message>
    <message>
        <source>Filled in {host}, port {port}: press Test connection (Undo is under Details).</source>
        <translation>{host}、ポート {port} を入力しました: [接続テスト] を押してください (元に戻すには [詳細] から)。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>プロファイルを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>プロファイルの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>レポートのエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>結果をテキストでコピー</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>通信ログをコピー</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>レポートをコピー(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>外観(&amp;P)</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run last test again</source>
        <translation>前回のテストを再実行</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation>SMTP Doctor について(&amp;A)</translation>
    </message>
    <message>
        <source>A test is already running.</source>
        <translation>テストはすでに実行中です。</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>強調表示された %n 個の項目を修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing {host}, port {port}…</source>
        <translation>{host} のポート {port} をテストしています…</translation>
    </message>
    <message>
        <source>Run again: {label}</source>
        <translation>再実行: {label}</translation>
    </message>
    <message>
        <source>Could not save profiles: {exc}</source>
        <translation>プロファイルを保存できませんでした: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {exc}</source>
        <translation>プロファイルを保存できませんでした: {exc}</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>プロファイルを保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Provider presets unavailable: {error}</source>
        <translation>プロバイダーのプリセットを利用できません: {error}</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>your user name, if it is an address</source>
        <translation>ユーザー名 (アドレスの場合)</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>差出人(&amp;M):</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>差出人アドレス</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>件名(&amp;J):</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>本文(&amp;B):</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Which test to repeat: connect, encrypt and greet, or also sign in. The settings are those of the Connection test page.</source>
        <translation>繰り返すテスト: 接続・暗号化・挨拶のみ、またはサインインも。設定は [接続テスト] ページのものを使います。</translation>
    </message>
    <message>
        <source>Seconds from the start of one run to the start of the next</source>
        <translation>ある実行の開始から次の実行の開始までの秒数</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>期間 (分)</translation>
    </message>
    <message>
        <source> runs</source>
        <comment>a suffix after a number of runs</comment>
        <translation> 回</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>実行回数</translation>
    </message>
    <message>
        <source>&amp;Start monitoring</source>
        <translation>監視を開始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV をエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Save every run of this session as a CSV file</source>
        <translation>このセッションのすべての実行を CSV ファイルに保存</translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation>確認(&amp;K):</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>間隔(&amp;V):</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>実行(&amp;U):</translation>
    </message>
    <message>
        <source>Not monitoring yet.</source>
        <translation>まだ監視していません。</translation>
    </message>
    <message>
        <source>Monitor runs</source>
        <translation>監視の実行</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Latency per phase</source>
        <translation>フェーズごとの遅延</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行</translation>
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
        <translation>最大 ms</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>実行:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>失敗:</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>挨拶</translation>
    </message>
    <message>
        <source>Repeats the chosen test with the settings of the Connection test page.</source>
        <translation>[接続テスト] ページの設定で、選んだテストを繰り返します。</translation>
    </message>
    <message>
        <source>Checking the settings…</source>
        <translation>設定を確認しています…</translation>
    </message>
    <message>
        <source>Please correct the settings on the Connection test page first: {detail}</source>
        <translation>まず [接続テスト] ページの設定を修正してください: {detail}</translation>
    </message>
    <message>
        <source>Could not start: {error}</source>
        <translation>開始できませんでした: {error}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message numerus="yes">
        <source>, %n runs</source>
        <translation>
            <numerusform>、%n 回</numerusform>
        </translation>
    </message>
    <message>
        <source> for {value} min</source>
        <translation>、{value} 分間</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, every {every:g} s{limit}…</source>
        <translation>{host} のポート {port} を {every:g} 秒ごとに監視しています{limit}…</translation>
    </message>
    <message>
        <source> until stopped</source>
        <translation>、停止するまで</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>Run {index} at {time}: {status}</source>
        <translation>実行 {index} ({time}): {status}</translation>
    </message>
    <message>
        <source> — monitoring…</source>
        <translation> — 監視中…</translation>
    </message>
    <message>
        <source>The monitor stopped with an error: {error}</source>
        <translation>監視がエラーで停止しました: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n run(s):</source>
        <translation>
            <numerusform>%n 回の実行後に停止しました:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n run(s):</source>
        <translation>
            <numerusform>%n 回の実行後に終了しました:</numerusform>
        </translation>
    </message>
    <message>
        <source>{passed} passed, {failures} failed.</source>
        <translation>成功 {passed} 回、失敗 {failures} 回。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>{runs} ({passed} passed, {failures} failed)</source>
        <translation>{runs} (成功 {passed}、失敗 {failures})</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Export monitor runs as CSV</source>
        <translation>監視の実行を CSV でエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>{path} を保存できませんでした: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to {path}.</source>
        <translation>
            <numerusform>%n 件の実行を {path} に保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Default</source>
        <extracomment>The form&apos;s provider presets that sign in with OAuth, and with whom.</extracomment>
        <translation>既定</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>サインインの状態</translation>
    </message>
    <message>
        <source>Sign in with Microsoft…</source>
        <translation>Microsoft でサインイン…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Use a code (sign in on another device)</source>
        <translation>コードを使う (別のデバイスでサインイン)</translation>
    </message>
    <message>
        <source>Show a code to enter at microsoft.com/devicelogin instead of opening a browser on this computer</source>
        <translation>このコンピューターでブラウザーを開く代わりに、microsoft.com/devicelogin で入力するコードを表示します</translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s own</source>
        <translation>SMTP Doctor 独自のもの</translation>
    </message>
    <message>
        <source>Your organisation&apos;s app registration (client) ID, if it requires its own (see docs/oauth.md)</source>
        <translation>組織独自のアプリ登録 (クライアント) ID が必要な場合はその ID (docs/oauth.md を参照)</translation>
    </message>
    <message>
        <source>Google Desktop app clients only</source>
        <translation>Google のデスクトップ アプリ クライアントのみ</translation>
    </message>
    <message>
        <source>organizations: work or school accounts; consumers: Outlook.com; common: both; or your tenant ID or domain</source>
        <translation>organizations: 職場または学校のアカウント、consumers: Outlook.com、common: 両方、またはテナント ID やドメイン</translation>
    </message>
    <message>
        <source>the scope your provider&apos;s SMTP server needs</source>
        <translation>プロバイダーの SMTP サーバーが必要とするスコープ</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>クライアント シークレット:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>テナント:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <source>your provider</source>
        <extracomment>What the user entered for a provider, kept in QSettings (never a secret: the Google client secret goes to the keychain entry with the refresh token, not here).</extracomment>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Sign in with {provider}…</source>
        <translation>{provider} でサインイン…</translation>
    </message>
    <message>
        <source>required: your app registration&apos;s client ID</source>
        <translation>必須: アプリ登録のクライアント ID</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>サインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>The sign-in failed: {name}</source>
        <translation>サインインに失敗しました: {name}</translation>
    </message>
    <message>
        <source>Signed in with {provider} as {account}</source>
        <translation>{provider} に {account} としてサインインしました</translation>
    </message>
    <message>
        <source>; the access token is valid until {until}</source>
        <translation>。アクセス トークンの有効期限: {until}</translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Is it my network? Probes the mail ports of a server in parallel, over IPv4 and IPv6, and the same ports on a control host that answers on every port: a port blocked on both is blocked by your network or provider.</source>
        <translation>自分のネットワークの問題? サーバーのメール用ポートを IPv4 と IPv6 で並行して調べ、どのポートにも応答する対照ホストの同じポートも調べます。両方でブロックされているポートは、ネットワークかプロバイダーがブロックしています。</translation>
    </message>
    <message>
        <source>Enter the server and press Probe ports.</source>
        <translation>サーバーを入力して [ポートを調べる] を押してください。</translation>
    </message>
    <message>
        <source>&amp;Probe ports</source>
        <translation>ポートを調べる(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Ports to probe, separated by commas; add your own (e.g. 8025)</source>
        <translation>調べるポート (カンマ区切り)。独自のポートも追加できます (例: 8025)</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer; the whole probe takes about this long, not this long per port</source>
        <translation>応答を待つ秒数。ポートごとではなく、調査全体でおよそこの時間がかかります</translation>
    </message>
    <message>
        <source>T&amp;imeout (s):</source>
        <translation>タイムアウト (秒)(&amp;I):</translation>
    </message>
    <message>
        <source>none: no control comparison</source>
        <translation>なし: 対照比較をしない</translation>
    </message>
    <message>
        <source>A host that answers on every port (the control). Empty: no control comparison. Remembered for next time.</source>
        <translation>どのポートにも応答するホスト (対照)。空欄: 対照比較なし。次回のために記憶されます。</translation>
    </message>
    <message>
        <source>Co&amp;ntrol host:</source>
        <translation>対照ホスト(&amp;N):</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Compare with a control host?</source>
        <translation>対照ホストと比較しますか?</translation>
    </message>
    <message>
        <source>To tell whether your own network blocks a port, SMTP Doctor can also try the same ports on {host}, a public host run by a third party that answers on every port.</source>
        <translation>自分のネットワークがポートをブロックしているかを判断するため、SMTP Doctor は同じポートを {host} でも試せます。これは第三者が運営する、どのポートにも応答する公開ホストです。</translation>
    </message>
    <message>
        <source>Only connections are opened (nothing about you, your server or your password is sent), but {host} sees your internet address. Your answer is remembered; you can change the control host on this page at any time.</source>
        <translation>接続を開くだけです (あなた自身、サーバー、パスワードに関する情報は何も送りません) が、{host} にはあなたのインターネット アドレスが見えます。回答は記憶されます。対照ホストはこのページでいつでも変更できます。</translation>
    </message>
    <message>
        <source>Use {host}</source>
        <translation>{host} を使う</translation>
    </message>
    <message>
        <source>No control comparison</source>
        <translation>対照比較なし</translation>
    </message>
    <message>
        <source>Probing {host} on port {ports}…</source>
        <translation>{host} のポート {ports} を調べています…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未調査</translation>
    </message>
    <message>
        <source>The run stopped before this port was probed.</source>
        <translation>このポートを調べる前に実行が停止しました。</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>&amp;Profiles (passwords are kept in the system keychain, never in these settings):</source>
        <translation>プロファイル(&amp;P) (パスワードはこの設定ではなく、システムのキーチェーンに保存されます):</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前の変更(&amp;R)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>プロファイル名:</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>プロファイル名の変更</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” and its saved password?</source>
        <translation>プロファイル “{name}” と保存されたパスワードを削除しますか?</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a run that the proxy accepts.</source>
        <translation>未保存: プロキシが受け入れた実行の後に、パスワードがシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a run that the proxy accepts.</source>
        <translation>保存されたパスワードが入力したものと異なります。プロキシが受け入れた実行の後にキーチェーンが更新されます。</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>なし (直接接続)</translation>
    </message>
    <message>
        <source>Connect through this proxy: socks5://host:port, socks5h://host:port (the proxy looks up names), http://host:port (HTTP CONNECT), with user@ before the host when it needs a login, or system (this computer&apos;s proxy settings). The same setting is used by every tool, and is remembered; the password never goes here.</source>
        <translation>このプロキシ経由で接続します: socks5://host:port、socks5h://host:port (名前解決はプロキシが行う)、http://host:port (HTTP CONNECT)。ログインが必要ならホストの前に user@ を付けます。system にするとこのコンピューターのプロキシ設定を使います。すべてのツールで同じ設定が使われ、記憶されます。パスワードはここに書きません。</translation>
    </message>
    <message>
        <source>if the proxy asks for one</source>
        <translation>プロキシに求められた場合</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Run a test (or open one from the history) to export its report.</source>
        <translation>レポートをエクスポートするには、テストを実行してください (または履歴から開いてください)。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Could not export the report: {error}</source>
        <translation>レポートをエクスポートできませんでした: {error}</translation>
    </message>
    <message>
        <source>Report saved to {written}.</source>
        <translation>レポートを {written} に保存しました。</translation>
    </message>
    <message>
        <source>Run a test (or open one from the history) to copy its report.</source>
        <translation>レポートをコピーするには、テストを実行してください (または履歴から開いてください)。</translation>
    </message>
    <message>
        <source>Could not copy the report: {error}</source>
        <translation>レポートをコピーできませんでした: {error}</translation>
    </message>
    <message>
        <source>Report copied to the clipboard (Markdown and rich text).</source>
        <translation>レポートをクリップボードにコピーしました (Markdown とリッチ テキスト)。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>通信ログ</translation>
    </message>
    <message>
        <source>Copy &amp;transcript</source>
        <translation>通信ログをコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy results as te&amp;xt</source>
        <translation>結果をコピー(&amp;X)</translation>
    </message>
    <message>
        <source>Transcript copied to the clipboard.</source>
        <translation>通信ログをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Results copied to the clipboard.</source>
        <translation>結果をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>The check returned no result: {result!r}</source>
        <translation>チェックが結果を返しませんでした: {result!r}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Diagnosis: {id}</source>
        <translation>診断: {id}</translation>
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
        <translation>実行 {index}: {status}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>{title} section</source>
        <translation>{title} セクション</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>折りたたみ</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Custom server</source>
        <translation>カスタム サーバー</translation>
    </message>
    <message>
        <source>The provider&apos;s server to use</source>
        <translation>使用するプロバイダーのサーバー</translation>
    </message>
    <message>
        <source>Provider server</source>
        <translation>プロバイダーのサーバー</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>プロバイダー(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>STARTTLS: port 587, encryption starts after connecting.
SSL/TLS: port 465, encrypted from the start.
None: no encryption (port 25, servers on your own network).</source>
        <translation>STARTTLS: ポート 587、接続後に暗号化を開始します。
SSL/TLS: ポート 465、最初から暗号化されます。
なし: 暗号化なし (ポート 25、自分のネットワーク内のサーバー)。</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>セキュリティ(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation>サインイン(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>パスワードまたはアプリ パスワード</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>パスワードの表示/非表示</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>キーチェーンに保存(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain (never in SMTP Doctor&apos;s settings files)</source>
        <translation>パスワードをシステムのキーチェーンに保存します (SMTP Doctor の設定ファイルには保存しません)</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>パスワードをシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>Save password now</source>
        <translation>今すぐパスワードを保存</translation>
    </message>
    <message>
        <source>Save the typed password in the system keychain now, without waiting for a successful login</source>
        <translation>ログインの成功を待たずに、入力したパスワードを今すぐシステムのキーチェーンに保存します</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message>
        <source>Use port {default_port}</source>
        <translation>ポート {default_port} を使う</translation>
    </message>
    <message>
        <source>{security} usually runs on port {port}</source>
        <translation>{security} は通常ポート {port} で動作します</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>アクセス トークン(&amp;A):</translation>
    </message>
    <message>
        <source>OAuth 2 access token (or sign in above)</source>
        <translation>OAuth 2 アクセス トークン (または上でサインイン)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>テスト メッセージ</translation>
    </message>
    <message>
        <source>After sending, watch a mailbox</source>
        <translation>送信後にメールボックスを確認</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with {provider_name}</source>
        <translation>{provider_name} でサインイン</translation>
    </message>
    <message>
        <source>Starting the sign-in with {provider_name}…</source>
        <translation>{provider_name} でのサインインを開始しています…</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>サインイン コード</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>コードをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>ブラウザーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code. Then sign in with your Microsoft account.</source>
        <translation>任意のデバイスで下のアドレスを開き、このコードを入力してください。その後、Microsoft アカウントでサインインします。</translation>
    </message>
    <message>
        <source>Sign in in your browser; SMTP Doctor continues by itself when you are done. If no browser window opened, open this address:</source>
        <translation>ブラウザーでサインインしてください。完了すると SMTP Doctor が自動的に続行します。ブラウザーのウィンドウが開かなかった場合は、このアドレスを開いてください:</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>リンクをコピー(&amp;C)</translation>
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
        <translation>ステップを選ぶと、何が起きたかと直し方が表示されます。</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>ステップの詳細</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>知っておくとよいこと</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>直し方</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>診断:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技術的な詳細</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>waiting for {waiting_for}, {waited} s</source>
        <translation>{waiting_for}を待機中、{waited} 秒</translation>
    </message>
    <message>
        <source>waiting for {waiting_for}, {waited} of {limit} s</source>
        <translation>{waiting_for}を待機中、{waited}/{limit} 秒</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Stopped before it finished.</source>
        <translation>完了前に停止しました。</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}: {state}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS details: every certificate the server presents (subject, issuer, names, validity, key, signature), days until expiry, protocol and cipher, whether the chain is complete, and whether something intercepts the connection.</source>
        <translation>TLS の詳細: サーバーが提示するすべての証明書 (サブジェクト、発行者、名前、有効期間、鍵、署名)、有効期限までの日数、プロトコルと暗号、チェーンが完全か、接続が傍受されていないかを表示します。</translation>
    </message>
    <message>
        <source>Enter the server (taken from the connection test) and press Inspect TLS.</source>
        <translation>サーバーを入力して (接続テストから取得されます) [TLS を調べる] を押してください。</translation>
    </message>
    <message>
        <source>&amp;Inspect TLS</source>
        <translation>TLS を調べる(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (465). STARTTLS: plain first, then encrypted (587, 25).</source>
        <translation>SSL/TLS: 最初から暗号化 (465)。STARTTLS: 最初は平文、その後暗号化 (587、25)。</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>セキュリティ(&amp;C):</translation>
    </message>
    <message>
        <source>Set in the connection test&apos;s Advanced section (CA file)</source>
        <translation>接続テストの [詳細設定] セクション (CA ファイル) で設定します</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>DNS サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Certificate chain, server first</source>
        <translation>証明書チェーン (サーバーから順に)</translation>
    </message>
    <message>
        <source>Inspecting the TLS of {host}, port {port}…</source>
        <translation>{host} のポート {port} の TLS を調べています…</translation>
    </message>
    <message>
        <source>Not checked: no certificate was received.</source>
        <translation>未確認: 証明書を受信しませんでした。</translation>
    </message>
    <message>
        <source>Valid from {not_before} until {not_after}</source>
        <translation>有効期間: {not_before} から {not_after} まで</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation>実行 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>停止 (Esc)</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v / %m ステップ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>システムの設定</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s</source>
        <translation>システムの代わりにこの DNS サーバー (IP アドレス[:ポート]) に問い合わせます</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>プロキシ(&amp;Y):</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the %n highlighted field(s).</source>
        <translation>
            <numerusform>強調表示された %n 個の項目を修正してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>The conversation with the server appears here.
C: sent by {APP_NAME}   S: sent by the server   **: note</source>
        <translation>サーバーとのやり取りがここに表示されます。
C: {APP_NAME} が送信   S: サーバーが送信   **: メモ</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Choose a provider or enter your server, then press Test connection.</source>
        <translation>プロバイダーを選ぶかサーバーを入力して、[接続テスト] を押してください。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>テストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Total {total_ms}</source>
        <translation>合計 {total_ms}</translation>
    </message>
    <message>
        <source>{heading}: {verdict}</source>
        <translation>{heading}: {verdict}</translation>
    </message>
    <message>
        <source>{status}, {step}: {summary}</source>
        <translation>{status}、{step}: {summary}</translation>
    </message>
    <message>
        <source>Check your settings</source>
        <translation>設定を確認してください</translation>
    </message>
    <message>
        <source>SMTP Doctor ran into a problem</source>
        <translation>SMTP Doctor で問題が発生しました</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Elapsed {seconds} s</source>
        <translation>経過 {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>VerifyWarning</name>
    <message>
        <source>Warning: certificate checks are off</source>
        <translation>警告: 証明書の確認がオフです</translation>
    </message>
</context>
<context>
    <name>WatchForm</name>
    <message>
        <source>After “Send test email”, look for the message in a mailbox (IMAP)</source>
        <translation>送信後、メールボックス (IMAP) で受信を確認</translation>
    </message>
    <message>
        <source>Shows whether it arrived, in Inbox or Junk, how long it took, and how the receiver judged SPF, DKIM and DMARC.</source>
        <translation>届いたかどうか、受信トレイか迷惑メールか、かかった時間、受信側が SPF、DKIM、DMARC をどう判定したかを表示します。</translation>
    </message>
    <message>
        <source>the sending account, or imaps://user@imap.example.com</source>
        <translation>送信アカウント、または imaps://user@imap.example.com</translation>
    </message>
    <message>
        <source>Leave empty to watch the account that sends (its IMAP server is guessed from the SMTP server). imaps:// uses port 993, imap:// port 143 with STARTTLS.</source>
        <translation>空欄にすると送信するアカウントを確認します (IMAP サーバーは SMTP サーバーから推測します)。imaps:// はポート 993、imap:// は STARTTLS でポート 143 を使います。</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>メールボックス(&amp;Z):</translation>
    </message>
    <message>
        <source>only for another account than the sender&apos;s</source>
        <translation>差出人とは別のアカウントの場合のみ</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>メールボックスのパスワード</translation>
    </message>
    <message>
        <source>Mailbox pass&amp;word:</source>
        <translation>メールボックスのパスワード(&amp;Q):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Wait for the message up to, in seconds</source>
        <translation>メッセージを待つ最大秒数</translation>
    </message>
    <message>
        <source>Wait &amp;up to:</source>
        <translation>最大待機時間:</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Keyring backend</source>
        <translation>キーリングのバックエンド</translation>
    </message>
</context>
<context>
    <name>advanced</name>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>IPv4 のみ</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>IPv6 のみ</translation>
    </message>
    <message>
        <source>⚠ Certificate checks are off: SMTP Doctor will not notice an impostor server, and a mail app set up this way is not safe. Use this only to look at a broken certificate.</source>
        <translation>⚠ 証明書の確認がオフです: SMTP Doctor は偽のサーバーに気付けず、この設定のメール アプリは安全ではありません。壊れた証明書を調べるときだけ使ってください。</translation>
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
        <translation>成功</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>動作します (警告あり)</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>問題が見つかりました</translation>
    </message>
    <message>
        <source>Nothing was tested</source>
        <translation>何もテストされませんでした</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
</context>
<context>
    <name>device_code</name>
    <message>
        <source>Waiting for you to sign in… {time} left</source>
        <extracomment>The only links the Open button hands to the system: the address comes from the sign-in server, and another scheme (file:, ms-msdt:, a custom handler) would start a local program.</extracomment>
        <translation>サインインを待っています… 残り {time}</translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>検出元</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>挨拶</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>プロバイダーのプリセット</translation>
    </message>
    <message>
        <source>Preset (by MX)</source>
        <translation>プリセット (MX から)</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>SRV レコード</translation>
    </message>
    <message>
        <source>Autoconfig</source>
        <translation>Autoconfig</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>推測</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>未試行</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未調査</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>The connection is encrypted</source>
        <translation>接続は暗号化されています</translation>
    </message>
    <message>
        <source>No encryption: the password would travel in clear text</source>
        <translation>暗号化なし: パスワードが平文で送られます</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Valid for {host}</source>
        <translation>{host} に有効</translation>
    </message>
    <message>
        <source>{problem}: the certificate is for {names}</source>
        <translation>{problem}: 証明書の名前は {names} です</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>{host} is outside your domain. Your password would be sent to this host.</source>
        <translation>{host} はドメイン外です。パスワードがこのホストに送信されます。</translation>
    </message>
    <message>
        <source>{host} offers no encryption: your password would cross the network unencrypted, readable by anyone on the way.</source>
        <translation>{host} は暗号化に対応していません: パスワードが暗号化されずにネットワークを通り、途中の誰にでも読まれます。</translation>
    </message>
    <message>
        <source>{host} (outside your domain)</source>
        <translation>{host} (ドメイン外)</translation>
    </message>
</context>
<context>
    <name>dns_setting</name>
    <message>
        <source>the system&apos;s</source>
        <translation>システムの設定</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address[:port]) instead of the system&apos;s. The same setting is used by the connection test and every tool, and is remembered.</source>
        <translation>システムの代わりにこの DNS サーバー (IP アドレス[:ポート]) に問い合わせます。接続テストとすべてのツールで同じ設定が使われ、記憶されます。</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML レポート (*.html *.htm)</translation>
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
        <translation>{value} 秒</translation>
    </message>
</context>
<context>
    <name>fix_actions</name>
    <message>
        <source>{host}, port {port}, {security}</source>
        <translation>{host}、ポート {port}、{security}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>サーバーなし</translation>
    </message>
    <message>
        <source>{label}: applied, testing again…</source>
        <translation>{label}: 適用しました。再テストしています…</translation>
    </message>
</context>
<context>
    <name>form_watch</name>
    <message>
        <source>server {}</source>
        <translation>サーバー {}</translation>
    </message>
    <message>
        <source>port {}</source>
        <translation>ポート {}</translation>
    </message>
    <message>
        <source>security {}</source>
        <translation>セキュリティ {}</translation>
    </message>
    <message>
        <source>user name {}</source>
        <translation>ユーザー名 {}</translation>
    </message>
    <message>
        <source>sign-in {}</source>
        <translation>サインイン {}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>, {security}</source>
        <translation>、{security}</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>状態が変化</translation>
    </message>
    <message>
        <source>slower by {delta}</source>
        <translation>{delta} 遅い</translation>
    </message>
    <message>
        <source>faster by {value}</source>
        <translation>{value} 速い</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>システムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>Saved in the system keychain after a successful login.</source>
        <translation>ログインに成功した後、システムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>Read from the system keychain.</source>
        <translation>システムのキーチェーンから読み込みました。</translation>
    </message>
    <message>
        <source>Not saved: the login failed.</source>
        <translation>未保存: ログインに失敗しました。</translation>
    </message>
    <message>
        <source>Not saved: the login failed. The keychain still holds the password saved before.</source>
        <translation>未保存: ログインに失敗しました。キーチェーンには以前保存したパスワードが残っています。</translation>
    </message>
    <message>
        <source>The login failed with the password saved in the keychain. It is still saved; type the new one and test the login to replace it.</source>
        <translation>キーチェーンに保存されたパスワードでのログインに失敗しました。パスワードは保存されたままです。新しいパスワードを入力し、ログインをテストして置き換えてください。</translation>
    </message>
    <message>
        <source>The saved password differs from the one typed. The keychain is updated after a successful login, or with Save password now.</source>
        <translation>保存されたパスワードが入力したものと異なります。キーチェーンはログインに成功した後、または [今すぐパスワードを保存] で更新されます。</translation>
    </message>
    <message>
        <source>Not saved yet: the password is saved in the system keychain after a successful login, or with Save password now.</source>
        <translation>未保存: パスワードはログインに成功した後、または [今すぐパスワードを保存] でシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Deleted from the system keychain.</source>
        <translation>システムのキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>Nothing was saved in the system keychain.</source>
        <translation>システムのキーチェーンには何も保存されていませんでした。</translation>
    </message>
    <message>
        <source>Still saved in the system keychain (not deleted).</source>
        <translation>システムのキーチェーンに保存されたままです (削除されていません)。</translation>
    </message>
    <message>
        <source>No system keychain: the password is kept for this session only.</source>
        <translation>システムのキーチェーンがありません: パスワードはこのセッションの間だけ保持されます。</translation>
    </message>
</context>
<context>
    <name>keychain_ui</name>
    <message>
        <source>Delete the saved password from the keychain?</source>
        <translation>保存されたパスワードをキーチェーンから削除しますか?</translation>
    </message>
    <message>
        <source>SMTP Doctor will no longer remember the password of this profile. The password stays in the field until you close the app.</source>
        <translation>SMTP Doctor はこのプロファイルのパスワードを記憶しなくなります。アプリを閉じるまで、パスワードは入力欄に残ります。</translation>
    </message>
    <message>
        <source>Replace the saved password with one that just failed to log in?</source>
        <translation>保存されたパスワードを、ログインに失敗したばかりのパスワードで置き換えますか?</translation>
    </message>
    <message>
        <source>The login failed with the password typed now. The keychain holds another password for this profile.</source>
        <translation>今入力したパスワードでのログインに失敗しました。キーチェーンにはこのプロファイルの別のパスワードが保存されています。</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localization (for translators)</source>
        <translation>疑似ローカライズ (翻訳者向け)(&amp;P)</translation>
    </message>
    <message>
        <source>The language changes when SMTP Doctor starts again.</source>
        <translation>言語は SMTP Doctor を次に起動したときに変わります。</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Test &amp;connection</source>
        <translation>接続テスト(&amp;C)</translation>
    </message>
    <message>
        <source>Connect, encrypt and greet the server</source>
        <translation>サーバーに接続し、暗号化して挨拶します</translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation>ログイン テスト(&amp;L)</translation>
    </message>
    <message>
        <source>Also sign in with your user name and password</source>
        <translation>ユーザー名とパスワードでサインインもします</translation>
    </message>
    <message>
        <source>Se&amp;nd test email</source>
        <translation>テスト メールを送信(&amp;N)</translation>
    </message>
    <message>
        <source>Also send the test message</source>
        <translation>テスト メッセージも送信します</translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>SMTP Doctor test message</source>
        <translation>SMTP Doctor テスト メッセージ</translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.
If you can read it, sending mail works.
</source>
        <translation>これは SMTP Doctor からのテスト メッセージです。
これが読めれば、メールの送信は正常に動作しています。
</translation>
    </message>
</context>
<context>
    <name>monitor</name>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>挨拶</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>ログイン テスト</translation>
    </message>
    <message>
        <source>Until stopped</source>
        <translation>停止するまで</translation>
    </message>
    <message>
        <source>For a time</source>
        <translation>一定時間</translation>
    </message>
    <message>
        <source>A number of times</source>
        <translation>指定回数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Monitoring {host}, port {port}, {label}</source>
        <translation>{host} のポート {port} を監視中、{label}</translation>
    </message>
    <message>
        <source>, without logging in</source>
        <translation>、ログインなし</translation>
    </message>
    <message>
        <source>, logged in as {username}</source>
        <translation>、{username} としてログイン</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(ユーザー名なし)</translation>
    </message>
    <message>
        <source>, DNS server {nameserver}</source>
        <translation>、DNS サーバー {nameserver}</translation>
    </message>
    <message>
        <source>, through the proxy {proxy}</source>
        <translation>、プロキシ {proxy} 経由</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Is it my network?</source>
        <translation>自分のネットワークの問題?</translation>
    </message>
    <message>
        <source>Find my settings</source>
        <translation>設定を探す</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>ドメインの状態</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>TLS の詳細</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>不達メール</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>ports</name>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>What answers</source>
        <translation>応答したもの</translation>
    </message>
    <message>
        <source>Control host</source>
        <translation>対照ホスト</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>SMTP greeting</source>
        <translation>SMTP の挨拶</translation>
    </message>
    <message>
        <source>SMTP over SSL/TLS</source>
        <translation>SSL/TLS 上の SMTP</translation>
    </message>
    <message>
        <source>TLS, but no SMTP greeting</source>
        <translation>TLS のみ (SMTP の挨拶なし)</translation>
    </message>
    <message>
        <source>Not a mail server</source>
        <translation>メール サーバーではない</translation>
    </message>
    <message>
        <source>Nothing (silent)</source>
        <translation>なし (無応答)</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>The server has no address of this IP version.</source>
        <translation>サーバーにはこの IP バージョンのアドレスがありません。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開放</translation>
    </message>
    <message>
        <source>Open, not SMTP</source>
        <translation>開放 (SMTP 以外)</translation>
    </message>
    <message>
        <source>Open, silent</source>
        <translation>開放 (無応答)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>閉鎖</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>No control host was set.</source>
        <translation>対照ホストが設定されていません。</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未調査</translation>
    </message>
    <message>
        <source>The control host could not be probed.</source>
        <translation>対照ホストを調べられませんでした。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <source>{host} answers on this port from your network.</source>
        <translation>{host} はあなたのネットワークからこのポートで応答します。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>{host} refused this port.</source>
        <translation>{host} はこのポートを拒否しました。</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>{host} does not answer on this port either: your network probably blocks it.</source>
        <translation>{host} もこのポートで応答しません: ネットワークがブロックしている可能性があります。</translation>
    </message>
</context>
<context>
    <name>server_form</name>
    <message>
        <source>None (no sign-in)</source>
        <translation>なし (サインインしない)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <translation>状態</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>名前 (SAN)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>傍受</translation>
    </message>
    <message>
        <source>Automatic (by port)</source>
        <translation>自動 (ポートから)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中間</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Trusting only the certificate authorities in {ca_file}</source>
        <translation>{ca_file} の認証局のみを信頼</translation>
    </message>
    <message>
        <source>Trusting this computer&apos;s certificates</source>
        <translation>このコンピューターの証明書を信頼</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Expired on {not_after}</source>
        <translation>{not_after} に期限切れ</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>まだ有効ではありません</translation>
    </message>
    <message>
        <source>Valid only from {not_before}</source>
        <translation>{not_before} から有効</translation>
    </message>
    <message>
        <source>Expires in less than 14 days</source>
        <translation>14 日以内に期限切れ</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
</context>
</TS>
