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
</TS>
