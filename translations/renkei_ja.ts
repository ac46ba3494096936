<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CommandLine</name>
    <message>
        <source>Renkei Viewer: a viewer for Japanese regional healthcare information-sharing networks.</source>
        <translation>地域医療連携ビューア：地域医療情報連携ネットワークの診療情報を閲覧するアプリケーションです。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version, the build and the Qt and OpenSSL versions, and exit.</source>
        <translation>バージョン、ビルド、Qt と OpenSSL のバージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Start against the built-in demo network (synthetic patients; nothing leaves this computer).</source>
        <translation>内蔵のデモネットワークに接続して起動します（架空の患者データを使用し、このコンピューターの外には何も送信しません）。</translation>
    </message>
    <message>
        <source>Once the window is shown, save it as a PNG image and quit.</source>
        <translation>ウィンドウを表示した後、その画像を PNG ファイルに保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>User interface language: ja or en.</source>
        <translation>表示言語：ja（日本語）または en（英語）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>不明な引数です：%1</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot にはファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Unsupported language: %1 (use ja or en).</source>
        <translation>対応していない言語です：%1（ja または en を指定してください）。</translation>
    </message>
</context>
<context>
    <name>renkei::ui::AboutDialog</name>
    <message>
        <source>About Renkei Viewer</source>
        <translation>Renkei Viewerについて</translation>
    </message>
    <message>
        <source>Brings a patient&apos;s records from every facility in a regional healthcare network together in one view.</source>
        <translation>地域医療連携ネットワークに参加する各施設の診療情報を、
患者ごとにひとつの画面にまとめて表示します。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>バージョン情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>renkei::ui::MainWindow</name>
    <message>
        <source>Renkei Viewer</source>
        <translation>地域医療連携ビューア</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Patient…</source>
        <translation>患者を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>PDFに書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Renkei Viewer</source>
        <translation>Renkei Viewerについて(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <source>Patient Search</source>
        <translation>患者検索</translation>
    </message>
    <message>
        <source>Not connected to a network</source>
        <translation>ネットワークに接続していません</translation>
    </message>
    <message>
        <source>Once you are connected to a regional network, you can search for patients here.</source>
        <translation>地域医療連携ネットワークに接続すると、
ここで患者を検索できます。</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>患者が選択されていません</translation>
    </message>
    <message>
        <source>Search for a patient and select them to see their timeline, lab results, prescriptions and discharge summaries from every facility.</source>
        <translation>患者を検索して選択すると、
各施設の経過、検査結果、処方、退院時サマリーがここに表示されます。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Connected to the built-in demo network. All patients are synthetic.</source>
        <translation>内蔵のデモネットワークに接続しています。患者はすべて架空のものです。</translation>
    </message>
    <message>
        <source>Not connected to any network.</source>
        <translation>どのネットワークにも接続していません。</translation>
    </message>
    <message>
        <source>Demo network (starting…)</source>
        <translation>デモネットワーク（起動中…）</translation>
    </message>
    <message>
        <source>The built-in demo network is preparing its synthetic patients.</source>
        <translation>内蔵のデモネットワークが架空の患者データを準備しています。</translation>
    </message>
    <message>
        <source>Demo network (%1)</source>
        <translation>デモネットワーク（%1）</translation>
    </message>
    <message>
        <source>Demo network could not start</source>
        <translation>デモネットワークを起動できませんでした</translation>
    </message>
    <message>
        <source>The built-in demo network could not start. Restart Renkei Viewer; if it happens again, see the log.</source>
        <translation>内蔵のデモネットワークを起動できませんでした。Renkei Viewer を再起動してください。繰り返し起きる場合はログを確認してください。</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>The demo network is running. Once you sign in, you can search for patients here.</source>
        <translation>デモネットワークが起動しています。
サインインすると、ここで患者を検索できます。</translation>
    </message>
</context>
<context>
    <name>renkei::ui::NetworkSettingsDialog</name>
    <message>
        <source>&amp;Network Settings…</source>
        <translation>ネットワーク設定(&amp;N)…</translation>
    </message>
    <message>
        <source>Remove Network</source>
        <translation>ネットワークの削除</translation>
    </message>
    <message>
        <source>Remove the network &quot;%1&quot; and the passwords stored for it?</source>
        <translation>ネットワーク「%1」と、そのために保存したパスワードを削除しますか?</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12ファイル (*.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Network Settings</source>
        <translation>ネットワーク設定</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>FHIR base URL:</source>
        <translation>FHIRベースURL:</translation>
    </message>
    <message>
        <source>Sign-in method:</source>
        <translation>サインイン方式:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>クライアントID:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>クライアントシークレット:</translation>
    </message>
    <message>
        <source>Client certificate (PKCS#12):</source>
        <translation>クライアント証明書 (PKCS#12):</translation>
    </message>
    <message>
        <source>Certificate password:</source>
        <translation>証明書のパスワード:</translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM):</source>
        <translation>追加のCA証明書 (PEM):</translation>
    </message>
    <message>
        <source>Pinned server key (SHA-256):</source>
        <translation>ピン留めするサーバー鍵 (SHA-256):</translation>
    </message>
    <message>
        <source>a-z, 0-9 and &apos;-&apos;, e.g. kanto-net</source>
        <translation>a-z、0-9、&apos;-&apos; (例: kanto-net)</translation>
    </message>
    <message>
        <source>Browser sign-in (authorization code with PKCE)</source>
        <translation>ブラウザでサインイン (認可コード + PKCE)</translation>
    </message>
    <message>
        <source>Unattended workstation (client credentials)</source>
        <translation>無人の端末 (クライアントクレデンシャル)</translation>
    </message>
    <message>
        <source>Kept in the keychain; leave empty to keep it</source>
        <translation>キーチェーンに保存されます。空欄のままなら変更しません</translation>
    </message>
    <message>
        <source>Optional: base64 SHA-256 of the server&apos;s public key</source>
        <translation>任意: サーバー公開鍵のSHA-256 (base64)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The id must be 1 to 40 characters: lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>IDは1〜40文字の小文字a-z、数字、&apos;-&apos;で入力してください。</translation>
    </message>
    <message>
        <source>Enter a name for the network.</source>
        <translation>ネットワークの名称を入力してください。</translation>
    </message>
    <message>
        <source>The FHIR base URL is not a valid address.</source>
        <translation>FHIRベースURLが正しいアドレスではありません。</translation>
    </message>
    <message>
        <source>Only https addresses are allowed (http only to this computer: 127.0.0.1 or localhost).</source>
        <translation>httpsのアドレスのみ使用できます (httpはこのコンピューター 127.0.0.1 / localhost に限ります)。</translation>
    </message>
    <message>
        <source>Enter the client id the network registered for this clinic.</source>
        <translation>ネットワークがこの医療機関に発行したクライアントIDを入力してください。</translation>
    </message>
    <message>
        <source>The pinned key must be a base64 SHA-256 digest (44 characters).</source>
        <translation>ピン留めする鍵はSHA-256ダイジェストのbase64 (44文字) で入力してください。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>The client certificate cannot be opened: wrong password, or not a PKCS#12 file.</source>
        <translation>クライアント証明書を開けません。パスワードが違うか、PKCS#12ファイルではありません。</translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>CAファイルにPEM形式の証明書がありません。</translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1). Nothing was saved. On a workstation without a keychain, an administrator can add this network with &quot;renkei-cli network add --passphrase-file&quot;.</source>
        <translation>キーチェーンを利用できません (%1)。何も保存していません。キーチェーンのない端末では、管理者が「renkei-cli network add --passphrase-file」でこのネットワークを追加できます。</translation>
    </message>
    <message>
        <source>The secure connection was refused: the server&apos;s certificate is not trusted, does not match the pinned key, or the server wants a client certificate.</source>
        <translation>安全な接続が拒否されました。サーバー証明書が信頼されていないか、ピン留めした鍵と一致しないか、サーバーがクライアント証明書を求めています。</translation>
    </message>
    <message>
        <source>No connection to the server. Check the address and the network.</source>
        <translation>サーバーに接続できません。アドレスとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>サーバーがエラーを返しました (%1)。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a FHIR CapabilityStatement.</source>
        <translation>サーバーの応答がFHIRのCapabilityStatementではありません。</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>テストを中止しました。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>問題が発生しました: %1</translation>
    </message>
    <message>
        <source>A network with the id &quot;%1&quot; exists already.</source>
        <translation>ID「%1」のネットワークはすでにあります。</translation>
    </message>
    <message>
        <source>An unattended workstation needs the client secret.</source>
        <translation>無人の端末にはクライアントシークレットが必要です。</translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation>設定を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Removed the network &quot;%1&quot; and its stored passwords.</source>
        <translation>ネットワーク「%1」と保存したパスワードを削除しました。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>Connected: a FHIR %1 server%2.</source>
        <translation>接続できました: FHIR %1 のサーバー%2。</translation>
    </message>
</context>
</TS>
