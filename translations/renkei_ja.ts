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
    <name>SignInErrors</name>
    <message>
        <source>This session has no desktop services (for example a remote login), so the system keychain cannot be reached.</source>
        <translation>このログインにはデスクトップのサービスがないため（リモートログインなど）、システムのキーチェーンに接続できません。</translation>
    </message>
    <message>
        <source>No keychain service (such as GNOME Keyring or KWallet) is running.</source>
        <translation>キーチェーンのサービス（GNOME キーリングや KWallet など）が動いていません。</translation>
    </message>
    <message>
        <source>The keychain has no default collection to keep passwords in.</source>
        <translation>キーチェーンにパスワードを保存する既定の保管場所がありません。</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (usually by signing in to the computer again) and try again.</source>
        <translation>キーチェーンがロックされています。ロックを解除して（通常はコンピューターにログインし直します）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>キーチェーンへのアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>キーチェーンから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The system keychain reported a problem.</source>
        <translation>システムのキーチェーンで問題が起きました。</translation>
    </message>
    <message>
        <source>The system keychain is not available</source>
        <translation>システムのキーチェーン（パスワードの保管場所）を使えません</translation>
    </message>
    <message>
        <source>You can set a passphrase instead: your sign-in is then kept on this computer, encrypted with a key made from the passphrase. Without one, your sign-in lasts only until you quit.</source>
        <translation>代わりにパスフレーズを設定できます。サインイン情報は、パスフレーズから作った鍵で暗号化してこのコンピューターに保存されます。設定しない場合、サインインはアプリを終了するまで有効です。</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>サインインを取り消しました</translation>
    </message>
    <message>
        <source>You cancelled the sign-in. Nothing was changed.</source>
        <translation>サインインを取り消しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Cannot reach the network</source>
        <translation>ネットワークに接続できません</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the network cable, Wi-Fi or VPN, then try again.</source>
        <translation>サーバーに接続できませんでした。LAN ケーブル、Wi-Fi、VPN の接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in in the browser did not finish</source>
        <translation>ブラウザでのサインインが完了しませんでした</translation>
    </message>
    <message>
        <source>No sign-in came back from the browser within 5 minutes. Press Sign In to start again.</source>
        <translation>5分以内にブラウザからサインインの結果が戻りませんでした。「サインイン」を押して、もう一度始めてください。</translation>
    </message>
    <message>
        <source>The server is not answering</source>
        <translation>サーバーが応答しません</translation>
    </message>
    <message>
        <source>The server took too long to answer. It may be busy or the connection may be slow. Try again in a moment.</source>
        <translation>サーバーの応答に時間がかかりすぎました。サーバーが混み合っているか、回線が遅い可能性があります。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server&apos;s identity does not match</source>
        <translation>サーバーの身元が一致しません</translation>
    </message>
    <message>
        <source>The server presented a key other than the one registered for this network, so the connection was refused. Contact your network administrator before trying again.</source>
        <translation>サーバーが、このネットワークに登録された鍵とは違う鍵を示したため、接続を中止しました。もう一度試す前に、ネットワークの管理者に連絡してください。</translation>
    </message>
    <message>
        <source>An insecure connection was refused</source>
        <translation>安全でない接続を拒否しました</translation>
    </message>
    <message>
        <source>The server tried to move the connection to an unencrypted address. The connection was refused to protect your sign-in.</source>
        <translation>サーバーが暗号化されていないアドレスへ接続を移そうとしました。サインイン情報を守るため、接続を拒否しました。</translation>
    </message>
    <message>
        <source>The network&apos;s certificates cannot be used</source>
        <translation>ネットワークの証明書を使えません</translation>
    </message>
    <message>
        <source>A certificate file of this network&apos;s settings is missing or cannot be read. Ask your administrator to check the network settings.</source>
        <translation>このネットワークの設定にある証明書ファイルが見つからないか、読み込めません。管理者にネットワーク設定の確認を依頼してください。</translation>
    </message>
    <message>
        <source>The connection is not trusted</source>
        <translation>接続の安全性を確認できません</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the connection was refused. This can mean the network uses a private certificate that is not set up here, or that someone is intercepting the connection. Contact your network administrator.</source>
        <translation>サーバーの証明書を確認できなかったため、接続を中止しました。ネットワークが独自の証明書を使っていてこのコンピューターに設定されていないか、通信が第三者に傍受されている可能性があります。ネットワークの管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The server is busy</source>
        <translation>サーバーが混み合っています</translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Try again in a few minutes.</source>
        <translation>サーバーへの要求が集中しています。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server sent the sign-in elsewhere</source>
        <translation>サーバーがサインインを別の場所へ転送しようとしました</translation>
    </message>
    <message>
        <source>The server redirected the connection to another address, which was refused. Ask your administrator to check the network settings.</source>
        <translation>サーバーが別のアドレスへ接続を転送しようとしたため、拒否しました。管理者にネットワーク設定の確認を依頼してください。</translation>
    </message>
    <message>
        <source>The server has a problem</source>
        <translation>サーバーで問題が起きています</translation>
    </message>
    <message>
        <source>The network&apos;s server reported an internal error. Try again in a few minutes; if it persists, contact the network&apos;s help desk.</source>
        <translation>ネットワークのサーバーで内部エラーが起きました。数分後にもう一度お試しください。続く場合は、ネットワークの問い合わせ窓口に連絡してください。</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>サーバーが要求を受け付けませんでした</translation>
    </message>
    <message>
        <source>The network&apos;s server answered with an error. Try again; if it persists, contact the network&apos;s help desk.</source>
        <translation>ネットワークのサーバーがエラーを返しました。もう一度お試しください。続く場合は、ネットワークの問い合わせ窓口に連絡してください。</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>もう一度サインインしてください</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn (for example after signing out on another computer, or by the network). Sign in again to continue.</source>
        <translation>サインインの有効期限が切れたか、取り消されました（別のコンピューターでサインアウトした場合や、ネットワーク側で取り消された場合など）。続けるには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in was refused</source>
        <translation>サインインが拒否されました</translation>
    </message>
    <message>
        <source>The network did not accept the sign-in. Check your user ID, password and one-time code, then try again.</source>
        <translation>ネットワークがサインインを受け付けませんでした。ユーザーID、パスワード、ワンタイムコードを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in could not be confirmed</source>
        <translation>サインインを確認できませんでした</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so it was rejected for your safety. Close the browser tab and sign in again.</source>
        <translation>ブラウザから届いた応答がこのサインインのものではなかったため、安全のために拒否しました。ブラウザのタブを閉じて、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This workstation is not registered with the network</source>
        <translation>このアプリはネットワークに登録されていません</translation>
    </message>
    <message>
        <source>The network does not accept this application&apos;s registration or the access it asks for. Ask your administrator to check the network settings.</source>
        <translation>ネットワークが、このアプリの登録内容または求めているアクセス権を受け付けませんでした。管理者にネットワーク設定の確認を依頼してください。</translation>
    </message>
    <message>
        <source>The sign-in was not accepted</source>
        <translation>サインインが受け付けられませんでした</translation>
    </message>
    <message>
        <source>The network did not accept the sign-in. Try again; if it persists, contact the network&apos;s help desk.</source>
        <translation>ネットワークがサインインを受け付けませんでした。もう一度お試しください。続く場合は、ネットワークの問い合わせ窓口に連絡してください。</translation>
    </message>
    <message>
        <source>Access is not allowed</source>
        <translation>アクセスが許可されていません</translation>
    </message>
    <message>
        <source>You are signed in, but your account may not use this network&apos;s records from this application. Contact the network&apos;s help desk.</source>
        <translation>サインインはできていますが、このアカウントにはこのアプリからネットワークの記録を見る権限がありません。ネットワークの問い合わせ窓口に連絡してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be used</source>
        <translation>サーバーの応答を読み取れません</translation>
    </message>
    <message>
        <source>The server answered in a way this application does not understand. Check that the network&apos;s address is right, or ask your administrator.</source>
        <translation>サーバーから、このアプリが理解できない形式の応答が返りました。ネットワークのアドレスが正しいか確認するか、管理者に相談してください。</translation>
    </message>
    <message>
        <source>The network&apos;s address is not secure</source>
        <translation>ネットワークのアドレスが安全ではありません</translation>
    </message>
    <message>
        <source>The network&apos;s address does not use an encrypted connection (https), so it was not contacted. Ask your administrator to correct the network settings.</source>
        <translation>ネットワークのアドレスが暗号化された接続（https）ではないため、接続しませんでした。管理者にネットワーク設定の修正を依頼してください。</translation>
    </message>
    <message>
        <source>The network&apos;s settings are incomplete</source>
        <translation>ネットワークの設定が不足しています</translation>
    </message>
    <message>
        <source>The network does not say where to sign in, and its settings here do not either. Ask your administrator to check the network settings.</source>
        <translation>サインイン先がネットワークからも、このコンピューターの設定からも分かりません。管理者にネットワーク設定の確認を依頼してください。</translation>
    </message>
    <message>
        <source>The browser cannot be opened</source>
        <translation>ブラウザを開けません</translation>
    </message>
    <message>
        <source>No web browser could be started for the sign-in. Check that a default browser is set on this computer.</source>
        <translation>サインインのためのブラウザを起動できませんでした。このコンピューターに既定のブラウザが設定されているか確認してください。</translation>
    </message>
    <message>
        <source>The passphrase is not right</source>
        <translation>パスフレーズが違います</translation>
    </message>
    <message>
        <source>The saved sign-in cannot be opened with this passphrase. Type it again, or sign in again to start afresh.</source>
        <translation>このパスフレーズでは保存したサインイン情報を開けません。もう一度入力するか、サインインし直してください。</translation>
    </message>
    <message>
        <source>The saved sign-in cannot be opened</source>
        <translation>保存したサインイン情報を開けません</translation>
    </message>
    <message>
        <source>The sign-in saved on this computer is damaged or belongs to another passphrase. Sign in again to replace it.</source>
        <translation>このコンピューターに保存したサインイン情報が壊れているか、別のパスフレーズのものです。サインインし直すと置き換わります。</translation>
    </message>
    <message>
        <source>The sign-in cannot be saved on this computer</source>
        <translation>サインイン情報をこのコンピューターに保存できません</translation>
    </message>
    <message>
        <source>A file for the saved sign-in could not be read or written (the disk may be full or the folder not writable).</source>
        <translation>サインイン情報のファイルを読み書きできませんでした（ディスクがいっぱいか、フォルダーに書き込めない可能性があります）。</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインできませんでした</translation>
    </message>
    <message>
        <source>Something unexpected went wrong during the sign-in. Try again; if it persists, contact your administrator.</source>
        <translation>サインイン中に予期しない問題が起きました。もう一度お試しください。続く場合は、管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Lab Results</source>
        <translation>検査結果</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>処方・調剤</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
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
    <message>
        <source>%1 (built with %2)</source>
        <extracomment>The version in use, then the version the program was built against.</extracomment>
        <translation>%1（ビルド時 %2）</translation>
    </message>
</context>
<context>
    <name>renkei::ui::AllergyBanner</name>
    <message>
        <source>drug</source>
        <translation>薬剤</translation>
    </message>
    <message>
        <source>food</source>
        <translation>食物</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>biologic</source>
        <translation>生物由来</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>重篤</translation>
    </message>
    <message>
        <source>(substance not given)</source>
        <translation>（原因物質の記載なし）</translation>
    </message>
    <message numerus="yes">
        <source>Allergies (%n)</source>
        <translation>
            <numerusform>アレルギー %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>No allergy recorded by any facility (this does not mean there is none).</source>
        <translation>アレルギーの記録はどの施設からもありません（アレルギーがないという意味ではありません）。</translation>
    </message>
    <message numerus="yes">
        <source>No active allergy (%n resolved or refuted).</source>
        <translation>
            <numerusform>有効なアレルギーの記録はありません（解消・否定済み %n件）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::ui::DocumentListModel</name>
    <message>
        <source>Discharge summary</source>
        <translation>退院時サマリー</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>診療情報提供書</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>その他の文書</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付：%1</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>施設：%1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>作成者：%1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>宛先：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>添付 %n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::ui::DocumentReader</name>
    <message>
        <source>Date</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>作成施設</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>入院期間</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>（表題のない節）</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>節 %1</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>（記載なし）</translation>
    </message>
    <message>
        <source>This section&apos;s formatting could not be read; its text is shown plain.</source>
        <translation>この節の書式を読み取れなかったため、本文をそのまま表示しています。</translation>
    </message>
    <message>
        <source>This document has no structured sections.</source>
        <translation>この文書には構造化された節がありません。</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>［画像は表示しません］</translation>
    </message>
</context>
<context>
    <name>renkei::ui::DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>No discharge summary or referral letter has been shared for this patient.</source>
        <translation>この患者の退院時サマリー・診療情報提供書は共有されていません。</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>添付 %1</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF：%1</translation>
    </message>
    <message>
        <source>The attachment has neither content nor an address.</source>
        <translation>この添付ファイルには内容も取得先もありません。</translation>
    </message>
    <message>
        <source>Open the attachment to search it.</source>
        <translation>検索するには添付ファイルを開いてください。</translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation>患者が選択されていません</translation>
    </message>
    <message>
        <source>Open a patient to read the discharge summaries and referral letters shared by every facility.</source>
        <translation>患者を開くと、各施設から共有された退院時サマリーと診療情報提供書を読めます。</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>すべての文書</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>文書の種別</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>文書の本文</translation>
    </message>
    <message>
        <source>The attachment points outside the network (%1); it is not opened.</source>
        <translation>この添付ファイルはネットワーク外（%1）を指しているため、開きません。</translation>
    </message>
</context>
<context>
    <name>renkei::ui::FindBar</name>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2件</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>文書内を検索</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前を検索（Shift+Enter）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次を検索（Enter）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
</context>
<context>
    <name>renkei::ui::LabTableModel</name>
    <message>
        <source>Test</source>
        <translation>検査項目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Unknown facility</source>
        <translation>施設不明</translation>
    </message>
    <message>
        <source>Reference range: %1 %2</source>
        <translation>基準値: %1 %2</translation>
    </message>
    <message>
        <source>Reference range: %1</source>
        <translation>基準値: %1</translation>
    </message>
    <message>
        <source>Converted from %1 %2</source>
        <translation>換算前の値: %1 %2</translation>
    </message>
    <message>
        <source>%1 results on this day</source>
        <translation>この日の結果 %1 件</translation>
    </message>
    <message>
        <source>JLAC10: %1</source>
        <translation>JLAC10: %1</translation>
    </message>
    <message>
        <source>Specimen: %1</source>
        <translation>材料: %1</translation>
    </message>
    <message>
        <source>%1 results from %2</source>
        <translation>%1 件（%2）</translation>
    </message>
    <message>
        <source>Results without a JLAC10 code joined this row by their name.</source>
        <translation>JLAC10 コードのない結果を名称でこの行にまとめています。</translation>
    </message>
    <message>
        <source>Also reported in another unit that cannot be converted exactly: shown on its own row.</source>
        <translation>正確に換算できない別の単位でも報告されています（別の行に表示）。</translation>
    </message>
    <message>
        <source>Some values were converted exactly into %1.</source>
        <translation>一部の値は %1 に換算しています。</translation>
    </message>
    <message>
        <source>Reference ranges (they differ):</source>
        <translation>基準値（施設により異なります）:</translation>
    </message>
    <message>
        <source>Reference range:</source>
        <translation>基準値:</translation>
    </message>
</context>
<context>
    <name>renkei::ui::LabTrendChart</name>
    <message>
        <source>Select one or more tests in the table to see their trend (Ctrl+click adds a test).</source>
        <translation>表で検査項目を選ぶと推移グラフを表示します（Ctrl+クリックで項目を追加）。</translation>
    </message>
    <message>
        <source>The selected tests have no numeric results in this period.</source>
        <translation>選んだ項目にはこの期間の数値結果がありません。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 selected tests.</source>
        <translation>選択した %2 項目のうち最初の %1 項目を表示しています。</translation>
    </message>
    <message>
        <source>%1 reference range</source>
        <translation>%1 基準範囲</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>推移グラフ</translation>
    </message>
    <message>
        <source>%1 values: showing the last year. Drag across the chart to zoom, right-click to zoom out, or choose a period above.</source>
        <translation>%1 件の値: 直近1年を表示しています。ドラッグで拡大、右クリックで縮小、または上で期間を選んでください。</translation>
    </message>
    <message>
        <source>Reference range: %1 %2</source>
        <translation>基準値: %1 %2</translation>
    </message>
</context>
<context>
    <name>renkei::ui::LabsView</name>
    <message>
        <source>Labs</source>
        <translation>検査結果</translation>
    </message>
    <message>
        <source>No lab results</source>
        <translation>検査結果がありません</translation>
    </message>
    <message>
        <source>No facility has shared lab results for this patient.</source>
        <translation>この患者の検査結果を共有している施設はありません。</translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>すべての検査群</translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation>患者が開かれていません</translation>
    </message>
    <message>
        <source>Open a patient to see their lab results over time.</source>
        <translation>患者を開くと検査結果の時系列を表示します。</translation>
    </message>
    <message>
        <source>%1 of %2 tests · %3 of %4 dates</source>
        <translation>%1 / %2 項目 · %3 / %4 日</translation>
    </message>
    <message>
        <source>&amp;Panel:</source>
        <translation>検査群(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Abnormal only</source>
        <translation>異常値のみ(&amp;A)</translation>
    </message>
    <message>
        <source>Show only tests with a value outside its reference range in the period</source>
        <translation>期間内に基準値を外れた値のある項目だけを表示します</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>期間(&amp;D):</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>過去3か月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>過去1年</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>過去3年</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>過去5年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>指定期間</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>検査群</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Cumulative lab results</source>
        <translation>検査結果時系列表</translation>
    </message>
    <message>
        <source>Arranging the lab results…</source>
        <translation>検査結果を集計しています…</translation>
    </message>
</context>
<context>
    <name>renkei::ui::LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>画面をロックしました</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN またはパスワード</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロックを解除</translation>
    </message>
    <message>
        <source>Patient information is hidden. Enter your PIN to continue.</source>
        <translation>患者情報を隠しています。PIN を入力してください。</translation>
    </message>
    <message>
        <source>Forgot your PIN? Sign in again</source>
        <translation>PIN を忘れた場合はサインインし直す</translation>
    </message>
    <message>
        <source>Patient information is hidden. Sign in again to continue.</source>
        <translation>患者情報を隠しています。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>もう一度サインイン</translation>
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
    <message>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>Connected to %1. Patient search will appear here.</source>
        <translation>%1 に接続しています。患者検索はここに表示されます。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
    <message>
        <source>Finish the sign-in to search for patients.</source>
        <translation>サインインを済ませると、患者を検索できます。</translation>
    </message>
    <message>
        <source>Choose File › Sign In… to connect to %1.</source>
        <translation>「ファイル」›「サインイン…」から %1 に接続してください。</translation>
    </message>
</context>
<context>
    <name>renkei::ui::MedicationLane</name>
    <message>
        <source>Medication lane</source>
        <translation>処方レーン</translation>
    </message>
    <message>
        <source>No prescriptions in this period</source>
        <translation>この期間の処方はありません</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>ほか %1 剤</translation>
    </message>
    <message>
        <source>continuing</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>%1 prescriptions</source>
        <translation>処方 %1 回</translation>
    </message>
</context>
<context>
    <name>renkei::ui::MedicationTimeline</name>
    <message numerus="yes">
        <source>%1
%2
%3 · %n prescription(s)</source>
        <translation>
            <numerusform>%1
%2
%3・処方 %n回</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>No medication in this period</source>
        <translation>この期間の投薬はありません</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Same ingredient from two facilities</source>
        <translation>複数施設からの同一成分</translation>
    </message>
</context>
<context>
    <name>renkei::ui::MedicationTreeModel</name>
    <message>
        <source>Drug</source>
        <translation>薬剤</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>処方医</translation>
    </message>
    <message>
        <source>Prescribed at</source>
        <translation>処方施設</translation>
    </message>
    <message>
        <source>Dispensed by</source>
        <translation>調剤薬局</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message numerus="yes">
        <source>%n prescription(s)</source>
        <translation>
            <numerusform>処方 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (as needed)</source>
        <translation>%1（頓用）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日分</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>服用中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>開始前</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duplicate · %1</source>
        <translation>重複・%1</translation>
    </message>
    <message>
        <source>Prescribed at: %1</source>
        <translation>処方施設：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Prescriber: %1</source>
        <translation>処方医：%1</translation>
    </message>
    <message>
        <source>Dispensed by: %1</source>
        <translation>調剤薬局：%1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期間：%1</translation>
    </message>
    <message>
        <source>the first 7 characters of the YJ codes match</source>
        <translation>YJコードの先頭7桁が一致</translation>
    </message>
    <message>
        <source>the generic-name codes match</source>
        <translation>一般名コードが一致</translation>
    </message>
    <message>
        <source>the HOT codes name the same product</source>
        <translation>HOTコードが同一製品</translation>
    </message>
    <message>
        <source>the drug names match</source>
        <translation>薬剤名が一致</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Same ingredient from two facilities (%1), overlapping %2:
• %3
• %4</source>
        <translation>複数施設から同一成分（%1）、重複期間 %2：
• %3
• %4</translation>
    </message>
</context>
<context>
    <name>renkei::ui::MedicationsView</name>
    <message>
        <source>Medications</source>
        <translation>投薬</translation>
    </message>
    <message>
        <source>No medication active on %1</source>
        <translation>%1 時点で服用中の薬はありません</translation>
    </message>
    <message numerus="yes">
        <source>Active on %1: %n drug(s)</source>
        <translation>
            <numerusform>%1 時点で服用中：%n剤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ingredient(s)</source>
        <translation>
            <numerusform>（%n成分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History: %n prescription(s)</source>
        <translation>
            <numerusform>投薬歴：処方 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2（%3）</translation>
    </message>
    <message>
        <source>%1: %2 and %3 — %4</source>
        <translation>%1：%2 と %3 ― %4</translation>
    </message>
    <message numerus="yes">
        <source>Same ingredient prescribed by two facilities (%n)</source>
        <translation>
            <numerusform>複数施設から同一成分が処方されています（%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation>患者が選択されていません</translation>
    </message>
    <message>
        <source>Open a patient to see the medications from every facility.</source>
        <translation>患者を開くと、すべての施設の投薬を表示します。</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現在の投薬</translation>
    </message>
    <message>
        <source>Medications active on the workspace date (or today)</source>
        <translation>基準日（未設定なら今日）に服用中の薬</translation>
    </message>
    <message>
        <source>History</source>
        <translation>投薬歴</translation>
    </message>
    <message>
        <source>Every prescription, newest first</source>
        <translation>すべての処方（新しい順）</translation>
    </message>
    <message>
        <source>Filter by drug, facility…</source>
        <translation>薬剤名・施設で絞り込み…</translation>
    </message>
    <message>
        <source>Filter the medication list</source>
        <translation>投薬一覧を絞り込む</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>投薬一覧</translation>
    </message>
    <message>
        <source>Medication timeline</source>
        <translation>投薬タイムライン</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3年</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Reading the medications…</source>
        <translation>投薬を読み込んでいます…</translation>
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
    <message>
        <source>Authorization endpoint:</source>
        <translation>認可エンドポイント:</translation>
    </message>
    <message>
        <source>Token endpoint:</source>
        <translation>トークンエンドポイント:</translation>
    </message>
    <message>
        <source>Revocation endpoint:</source>
        <translation>失効エンドポイント:</translation>
    </message>
    <message>
        <source>Optional: used when the server does not publish it</source>
        <translation>任意: サーバーが公開していない場合に使います</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid https address.</source>
        <translation>エンドポイント「%1」は正しいhttpsのアドレスではありません。</translation>
    </message>
    <message>
        <source>SS-MIX2 folders:</source>
        <translation>SS-MIX2 フォルダ：</translation>
    </message>
    <message>
        <source>The facility code &quot;%1&quot; is not 10 digits.</source>
        <translation>医療機関コード「%1」は10桁の数字ではありません。</translation>
    </message>
</context>
<context>
    <name>renkei::ui::NewSecretDialog</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>%n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>2 つの入力が一致しません。</translation>
    </message>
    <message>
        <source>Set an unlock PIN</source>
        <translation>ロック解除用の PIN を設定</translation>
    </message>
    <message>
        <source>Set a PIN for the screen lock</source>
        <translation>画面ロックの PIN を設定してください</translation>
    </message>
    <message numerus="yes">
        <source>When you leave the computer, the window locks and hides patient information. This PIN unlocks it; after %n wrong tries you must sign in again. Choose at least %1 characters; a longer password is safer.</source>
        <translation>
            <numerusform>コンピューターから離れると、ウィンドウがロックされて患者情報が隠れます。この PIN でロックを解除できます。%n 回間違えると、サインインし直す必要があります。%1 文字以上にしてください。長いパスワードほど安全です。</numerusform>
        </translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>新しい PIN：</translation>
    </message>
    <message>
        <source>Repeat PIN:</source>
        <translation>PIN（確認）：</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>パスフレーズを設定</translation>
    </message>
    <message>
        <source>Keep your sign-in with a passphrase</source>
        <translation>パスフレーズでサインイン情報を保存</translation>
    </message>
    <message>
        <source>The system keychain is not available. Your sign-in can instead be kept on this computer, encrypted with a key made from this passphrase. You will type it each time Renkei Viewer starts. If you forget it, you simply sign in again.</source>
        <translation>システムのキーチェーンを使えません。代わりに、このパスフレーズから作った鍵で暗号化して、サインイン情報をこのコンピューターに保存できます。パスフレーズはアプリを起動するたびに入力します。忘れた場合は、サインインし直せば大丈夫です。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ：</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>パスフレーズ（確認）：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>パスフレーズを入力</translation>
    </message>
    <message>
        <source>Open your saved sign-in</source>
        <translation>保存したサインイン情報を開く</translation>
    </message>
    <message>
        <source>Type the passphrase that protects your sign-in on this computer.</source>
        <translation>このコンピューターのサインイン情報を保護しているパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>renkei::ui::PatientArea</name>
    <message>
        <source>Part of this record could not be opened; what is shown is incomplete.</source>
        <translation>記録の一部を開けませんでした。表示内容は不完全です。</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>患者が選択されていません</translation>
    </message>
    <message>
        <source>Search for a patient and select them to see their timeline, lab results, prescriptions and discharge summaries from every facility.</source>
        <translation>患者を検索して選択すると、各施設のタイムライン・検査結果・処方・退院時サマリーを表示します。</translation>
    </message>
</context>
<context>
    <name>renkei::ui::PatientBanner</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3 件</translation>
    </message>
    <message>
        <source>%1: %2 received</source>
        <translation>%1：%2 件受信</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Get this patient&apos;s latest data from the network (F5)</source>
        <translation>この患者の最新データをネットワークから取得します（F5）</translation>
    </message>
    <message>
        <source>Sync this patient</source>
        <translation>この患者を同期</translation>
    </message>
    <message>
        <source>Stop the sync (what has arrived is kept)</source>
        <translation>同期を中止します（受信済みのデータは保持されます）</translation>
    </message>
    <message>
        <source>Stop the sync</source>
        <translation>同期を中止</translation>
    </message>
    <message>
        <source>Regional ID</source>
        <translation>地域共通ID</translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation>患者が開かれていません</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>性別不明</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n歳</numerusform>
        </translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>生年月日 %1</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>生年月日不明</translation>
    </message>
    <message numerus="yes">
        <source>Allergies: %n</source>
        <translation>
            <numerusform>アレルギー %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Active allergies: %1</source>
        <translation>有効なアレルギー：%1</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>アレルギー情報なし</translation>
    </message>
    <message numerus="yes">
        <source>%n facilities sharing</source>
        <translation>
            <numerusform>共有施設 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>最終同期 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>患者：%1</translation>
    </message>
</context>
<context>
    <name>renkei::ui::PatientListModel</name>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
</context>
<context>
    <name>renkei::ui::PatientOpener</name>
    <message>
        <source>The sync stopped: %1 What arrived is kept.</source>
        <translation>同期が中断しました：%1 受信済みのデータは保持されています。</translation>
    </message>
    <message>
        <source>This patient&apos;s record could not be opened from the cache.</source>
        <translation>この患者の記録をキャッシュから開けませんでした。</translation>
    </message>
    <message>
        <source>Recent data</source>
        <translation>直近のデータ</translation>
    </message>
    <message>
        <source>Earlier history</source>
        <translation>過去の履歴</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更新分</translation>
    </message>
    <message>
        <source>Facilities and documents</source>
        <translation>施設・文書</translation>
    </message>
    <message>
        <source>Removals</source>
        <translation>削除分</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同期中</translation>
    </message>
</context>
<context>
    <name>renkei::ui::PatientSearchPanel</name>
    <message>
        <source>Recent patients</source>
        <translation>最近の患者</translation>
    </message>
    <message numerus="yes">
        <source>On this computer (%n)</source>
        <translation>
            <numerusform>この端末（%n人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All cached patients (%n)</source>
        <translation>
            <numerusform>この端末に保存済みの患者（%n人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the network (%n)</source>
        <translation>
            <numerusform>ネットワーク（%n人）</numerusform>
        </translation>
    </message>
    <message>
        <source>The birth date cannot be read. Try 1970/03/01, S45.3.1 or 昭和45年3月1日.</source>
        <translation>生年月日を読み取れません。1970/03/01、S45.3.1、昭和45年3月1日 のように入力してください。</translation>
    </message>
    <message>
        <source>The cached patients could not be read.</source>
        <translation>この端末に保存された患者を読み込めませんでした。</translation>
    </message>
    <message>
        <source>No local cache is open yet.</source>
        <translation>ローカルキャッシュはまだ開かれていません。</translation>
    </message>
    <message>
        <source>No cached patient matches. Press Enter to search the network.</source>
        <translation>この端末に該当する患者はいません。Enterキーでネットワークを検索します。</translation>
    </message>
    <message>
        <source>No cached patient matches.</source>
        <translation>この端末に該当する患者はいません。</translation>
    </message>
    <message>
        <source>No patients on this computer yet. Search the network by name, birth date or id.</source>
        <translation>この端末にはまだ患者がいません。氏名・生年月日・IDでネットワークを検索してください。</translation>
    </message>
    <message>
        <source>No patients on this computer yet.</source>
        <translation>この端末にはまだ患者がいません。</translation>
    </message>
    <message>
        <source>Type a name, an id or a birth date to search the network.</source>
        <translation>ネットワークを検索するには、氏名・ID・生年月日のいずれかを入力してください。</translation>
    </message>
    <message>
        <source>Searching the network…</source>
        <translation>ネットワークを検索しています…</translation>
    </message>
    <message>
        <source>The network search failed: %1</source>
        <translation>ネットワーク検索に失敗しました：%1</translation>
    </message>
    <message>
        <source>No patient on the network matches.</source>
        <translation>ネットワークに該当する患者はいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found on the network.</source>
        <translation>
            <numerusform>ネットワークで %n人 見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient Search</source>
        <translation>患者検索</translation>
    </message>
    <message>
        <source>Name (kanji or kana) or ID</source>
        <translation>氏名（漢字・カナ）またはID</translation>
    </message>
    <message>
        <source>Patient name or ID</source>
        <translation>患者の氏名またはID</translation>
    </message>
    <message>
        <source>Birth date, e.g. S45.3.1</source>
        <translation>生年月日 例：S45.3.1</translation>
    </message>
    <message>
        <source>1970/03/01, 19700301, S45.3.1 or 昭和45年3月1日; a year alone works too</source>
        <translation>1970/03/01、19700301、S45.3.1、昭和45年3月1日。年だけでも検索できます</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>性別指定なし</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Search the Network</source>
        <translation>ネットワークを検索</translation>
    </message>
    <message>
        <source>Search the regional network&apos;s patients (Enter)</source>
        <translation>地域連携ネットワークの患者を検索します（Enter）</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>患者一覧</translation>
    </message>
    <message numerus="yes">
        <source>Other cached patients (%n)</source>
        <translation>
            <numerusform>その他の保存済みの患者（%n人）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::ui::PdfAttachmentView</name>
    <message>
        <source>The attachment is not a PDF this viewer can open.</source>
        <translation>この添付ファイルは、このビューアで開ける PDF ではありません。</translation>
    </message>
    <message>
        <source>Page %1: …%2【%3】%4…</source>
        <translation>%1ページ：…%2【%3】%4…</translation>
    </message>
    <message>
        <source>PDF attachment</source>
        <translation>添付PDF</translation>
    </message>
    <message>
        <source>This attachment is kept on the network&apos;s server and is not in the local record yet.</source>
        <translation>この添付ファイルはネットワークのサーバーにあり、まだ手元の記録にはありません。</translation>
    </message>
    <message>
        <source>Size: %1.</source>
        <translation>サイズ：%1</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>&amp;Download and open</source>
        <translation>ダウンロードして開く(&amp;D)</translation>
    </message>
    <message>
        <source>No attachment selected.</source>
        <translation>添付ファイルが選択されていません。</translation>
    </message>
</context>
<context>
    <name>renkei::ui::ScreenLock</name>
    <message>
        <source>The PIN could not be checked. Sign in again to unlock.</source>
        <translation>PIN を確認できませんでした。ロックを解除するには、もう一度サインインしてください。</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. Attempts left: %n.</source>
        <translation>
            <numerusform>PIN が違います。残り %n 回です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN was wrong %n times.</source>
        <translation>
            <numerusform>PIN を %n 回間違えました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>renkei::ui::SessionIndicator</name>
    <message>
        <source>Signed out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>Renewing the session…</source>
        <translation>セッションを更新中…</translation>
    </message>
    <message>
        <source>Session expired: sign in again</source>
        <translation>セッション期限切れ：再度サインインしてください</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>ネットワーク：%1</translation>
    </message>
    <message>
        <source>Access valid until %1 (renewed automatically)</source>
        <translation>%1 まで有効（自動で更新されます）</translation>
    </message>
</context>
<context>
    <name>renkei::ui::SessionUi</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>サインアウト(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Lock Screen</source>
        <translation>画面をロック(&amp;L)</translation>
    </message>
</context>
<context>
    <name>renkei::ui::SignInDialog</name>
    <message>
        <source>No network is set up on this computer. Ask your administrator to add one.</source>
        <translation>このコンピューターにはネットワークが設定されていません。管理者に追加を依頼してください。</translation>
    </message>
    <message>
        <source>%1 · unattended workstation (no browser)</source>
        <translation>%1 · 無人端末（ブラウザは使いません）</translation>
    </message>
    <message>
        <source>%1 · you sign in in your web browser</source>
        <translation>%1 · ブラウザでサインインします</translation>
    </message>
    <message>
        <source>Your sign-in is kept on this computer, encrypted with your passphrase.</source>
        <translation>サインイン情報は、パスフレーズで暗号化してこのコンピューターに保存されます。</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign in to a regional network</source>
        <translation>地域医療連携ネットワークにサインイン</translation>
    </message>
    <message>
        <source>Choose your network and press Sign In. Your web browser opens the network&apos;s sign-in page; come back here when you are done.</source>
        <translation>ネットワークを選んで「サインイン」を押してください。ブラウザでネットワークのサインイン画面が開きます。サインインが終わったら、この画面に戻ってください。</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>ネットワーク：</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>パスフレーズを設定…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>もう一度サインイン</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>サインインを中止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Contacting the network</source>
        <translation>ネットワークに接続しています</translation>
    </message>
    <message>
        <source>Sign in in your web browser</source>
        <translation>ブラウザでサインインしてください</translation>
    </message>
    <message>
        <source>Confirming the sign-in</source>
        <translation>サインインを確認しています</translation>
    </message>
    <message>
        <source>Authenticating this workstation</source>
        <translation>この端末を認証しています</translation>
    </message>
    <message>
        <source>Renewing the session</source>
        <translation>セッションを更新しています</translation>
    </message>
    <message>
        <source>Sign In as the Demo Doctor</source>
        <translation>デモ医師として自動でサインイン</translation>
    </message>
</context>
<context>
    <name>renkei::ui::Ssmix2FoldersEditor</name>
    <message>
        <source>Choose an SS-MIX2 Folder</source>
        <translation>SS-MIX2 フォルダを選択</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Facility code (10 digits)</source>
        <translation>医療機関コード（10桁）</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>医療機関名</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>フォルダを追加…</translation>
    </message>
    <message>
        <source>Remove Folder</source>
        <translation>フォルダを削除</translation>
    </message>
</context>
<context>
    <name>renkei::ui::Ssmix2Import</name>
    <message>
        <source>The folder was not found. If it is on a shared drive, check that the share is mounted and reachable from this computer.</source>
        <translation>フォルダが見つかりません。共有フォルダの場合は、このコンピューターから接続（マウント）されているか確認してください。</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose the SS-MIX2 storage&apos;s root folder.</source>
        <translation>これはフォルダではなくファイルです。SS-MIX2 標準化ストレージのルートフォルダを選んでください。</translation>
    </message>
    <message>
        <source>The folder cannot be read (no permission, or the share was disconnected).</source>
        <translation>フォルダを読み込めません（アクセス権がないか、共有フォルダの接続が切れています）。</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>取り込みに失敗しました：%1</translation>
    </message>
    <message>
        <source>The import was cancelled. What was imported before stays in the cache.</source>
        <translation>取り込みを中止しました。中止までに取り込んだデータはキャッシュに残っています。</translation>
    </message>
    <message>
        <source>No SS-MIX2 files were found. Choose the storage&apos;s root folder (the one holding the three-digit folders) or one patient&apos;s folder.</source>
        <translation>SS-MIX2 のファイルが見つかりません。標準化ストレージのルートフォルダ（3桁の数字のフォルダが並ぶフォルダ）か、患者ごとのフォルダを選んでください。</translation>
    </message>
    <message>
        <source>Patients: %1 (%2 joined to the network&apos;s patients)</source>
        <translation>患者：%1人（うちネットワークの患者と統合：%2人）</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) could not be joined: the facility code is not known. Enter it in Network Settings.</source>
        <translation>
            <numerusform>%n人の患者を統合できませんでした：医療機関コードが不明です。ネットワーク設定で入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1 read of %2; values stored: %3, unchanged: %4, removed: %5</source>
        <translation>ファイル：%2件中 %1件を読み込み／保存したデータ：%3件、変更なし：%4件、削除：%5件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had problems and were skipped or read in part.</source>
        <translation>
            <numerusform>%n件のファイルに問題があり、読み飛ばすか一部だけ読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported (not supported yet): %1</source>
        <translation>取り込まなかった種別（未対応）：%1</translation>
    </message>
</context>
<context>
    <name>renkei::ui::Ssmix2ImportUi</name>
    <message>
        <source>Sign in to a network first: SS-MIX2 data is imported into that network&apos;s cache.</source>
        <translation>先にネットワークにサインインしてください。SS-MIX2 のデータはそのネットワークのキャッシュに取り込まれます。</translation>
    </message>
    <message>
        <source>Choose an SS-MIX2 Folder</source>
        <translation>SS-MIX2 フォルダを選択</translation>
    </message>
    <message>
        <source>An SS-MIX2 import is already running.</source>
        <translation>SS-MIX2 の取り込みはすでに実行中です。</translation>
    </message>
    <message>
        <source>Import SS-MIX2</source>
        <translation>SS-MIX2 の取り込み</translation>
    </message>
    <message>
        <source>Reading the SS-MIX2 folder…</source>
        <translation>SS-MIX2 フォルダを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Importing folder %1 of %2: patient %3 of %4</source>
        <translation>フォルダ %1/%2 を取り込み中：患者 %3/%4</translation>
    </message>
    <message>
        <source>Importing patient %1 of %2</source>
        <translation>患者を取り込み中：%1/%2</translation>
    </message>
    <message>
        <source>Import SS-&amp;MIX2…</source>
        <translation>SS-MIX2 を取り込む(&amp;M)…</translation>
    </message>
    <message>
        <source>Import the network&apos;s SS-MIX2 folders into the cache</source>
        <translation>ネットワークの SS-MIX2 フォルダをキャッシュに取り込みます</translation>
    </message>
</context>
<context>
    <name>renkei::ui::TimelineCanvas</name>
    <message>
        <source>Visit</source>
        <translation>受診</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>入院</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>処方</translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation>調剤</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Unknown facility</source>
        <translation>施設不明</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>結果 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drug(s)</source>
        <translation>
            <numerusform>薬剤 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>New since you last viewed this patient</source>
        <translation>前回の閲覧以降の新しい情報</translation>
    </message>
    <message>
        <source>Last viewed</source>
        <translation>前回閲覧</translation>
    </message>
    <message>
        <source>New since last viewed</source>
        <translation>前回閲覧以降の新着</translation>
    </message>
</context>
<context>
    <name>renkei::ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>10 y</source>
        <translation>10年</translation>
    </message>
    <message>
        <source>5 y</source>
        <translation>5年</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>3 mo</source>
        <translation>3か月</translation>
    </message>
    <message>
        <source>1 mo</source>
        <translation>1か月</translation>
    </message>
    <message>
        <source>1 wk</source>
        <translation>1週</translation>
    </message>
    <message>
        <source>Show ten years</source>
        <translation>10年間を表示</translation>
    </message>
    <message>
        <source>Show five years</source>
        <translation>5年間を表示</translation>
    </message>
    <message>
        <source>Show one year</source>
        <translation>1年間を表示</translation>
    </message>
    <message>
        <source>Show three months</source>
        <translation>3か月間を表示</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>1か月間を表示</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>1週間を表示</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>拡大（+）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>縮小（−）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Show the most recent items (End)</source>
        <translation>最新の項目を表示（End）</translation>
    </message>
    <message>
        <source>Encounters, admissions, lab results, prescriptions and documents by facility. Arrow keys move, plus and minus zoom.</source>
        <translation>施設ごとの受診・入院・検査・処方・文書。矢印キーで移動、＋／−で拡大・縮小します。</translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation>患者が開かれていません</translation>
    </message>
    <message>
        <source>Open a patient to see every visit, admission, lab result, prescription and document on one time axis.</source>
        <translation>患者を開くと、受診・入院・検査・処方・文書を一つの時間軸で表示します。</translation>
    </message>
    <message>
        <source>Nothing dated yet</source>
        <translation>日付のある情報がありません</translation>
    </message>
    <message>
        <source>This record has no dated visits, results, prescriptions or documents yet.</source>
        <translation>この記録には日付のある受診・検査・処方・文書がまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from %1 facilities</source>
        <translation>
            <numerusform>%1施設の %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since last viewed</source>
        <translation>
            <numerusform>前回閲覧以降 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the timeline…</source>
        <translation>タイムラインを準備しています…</translation>
    </message>
    <message>
        <source>A large record: its items are being placed on the time axis.</source>
        <translation>大きな記録です。項目を時間軸に配置しています。</translation>
    </message>
</context>
<context>
    <name>renkei::ui::ViewerUi</name>
    <message>
        <source>&amp;Layout</source>
        <translation>レイアウト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation>患者を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close Patient</source>
        <translation>患者を閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Go to Pane &amp;%1</source>
        <translation>ペイン%1へ移動(&amp;%1)</translation>
    </message>
    <message>
        <source>Show Japanese Era Dates (和暦)</source>
        <translation>和暦を表示</translation>
    </message>
</context>
<context>
    <name>renkei::ui::Workspace</name>
    <message>
        <source>Doctor: Timeline, Labs, Documents</source>
        <translation>医師：タイムライン・検査結果・文書</translation>
    </message>
    <message>
        <source>Pharmacist: Medications, Labs</source>
        <translation>薬剤師：処方・調剤・検査結果</translation>
    </message>
    <message>
        <source>Clerk: Timeline, Documents</source>
        <translation>事務：タイムライン・文書</translation>
    </message>
    <message>
        <source>Two Panes</source>
        <translation>2分割</translation>
    </message>
    <message>
        <source>Three Panes</source>
        <translation>3分割</translation>
    </message>
    <message>
        <source>Pane &amp;%1</source>
        <translation>ペイン%1(&amp;%1)</translation>
    </message>
</context>
<context>
    <name>renkei::ui::WorkspacePane</name>
    <message>
        <source>Choose what pane %1 shows</source>
        <translation>ペイン%1に表示する内容を選択</translation>
    </message>
    <message>
        <source>Pane %1: %2</source>
        <translation>ペイン%1：%2</translation>
    </message>
    <message>
        <source>The workspace date every pane follows</source>
        <translation>すべてのペインが従う作業日</translation>
    </message>
</context>
<context>
    <name>renkei::ui::emergency::BreakGlassDialog</name>
    <message>
        <source>Emergency Access</source>
        <translation>救急時閲覧</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are opening %1 outside the normal consent path.&lt;/b&gt;&lt;br/&gt;Give the reason. It is recorded in the audit log with your name and the time, and the network may review it.</source>
        <translation>&lt;b&gt;%1 さんの情報を、通常の同意手続きによらずに開こうとしています。&lt;/b&gt;&lt;br/&gt;理由を入力してください。理由は利用者名・日時とともに監査ログに記録され、ネットワークが確認することがあります。</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>理由を選択…</translation>
    </message>
    <message>
        <source>Emergency transport: the patient cannot give consent</source>
        <translation>救急搬送：本人の同意が得られない</translation>
    </message>
    <message>
        <source>Unconscious or confused on arrival</source>
        <translation>意識障害・混乱状態で来院</translation>
    </message>
    <message>
        <source>Life-threatening condition: immediate treatment</source>
        <translation>生命に関わる状態：直ちに治療が必要</translation>
    </message>
    <message>
        <source>Other (describe below)</source>
        <translation>その他（下に記入）</translation>
    </message>
    <message>
        <source>Details (required for &quot;Other&quot;)</source>
        <translation>詳細（「その他」の場合は必須）</translation>
    </message>
    <message>
        <source>Open in Emergency View</source>
        <translation>救急時閲覧で開く</translation>
    </message>
</context>
<context>
    <name>renkei::ui::emergency::EmergencyAccess</name>
    <message>
        <source>Allergies, medications, diagnoses and key results of this patient on one screen (break the glass when needed)</source>
        <translation>この患者のアレルギー・処方・診断・主な検査結果を一画面に表示します（必要なら緊急アクセス）</translation>
    </message>
    <message>
        <source>Choose a patient first.</source>
        <translation>先に患者を選んでください。</translation>
    </message>
    <message>
        <source>The emergency access could not be recorded in the audit log, so it was not opened.</source>
        <translation>救急時閲覧を監査ログに記録できなかったため、開きませんでした。</translation>
    </message>
    <message>
        <source>Emergency View</source>
        <translation>救急時閲覧</translation>
    </message>
</context>
<context>
    <name>renkei::ui::emergency::EmergencyFacts</name>
    <message>
        <source>⚠ same ingredient from another facility</source>
        <translation>⚠ 他院から同一成分</translation>
    </message>
    <message>
        <source> (suspected)</source>
        <translation>（疑い）</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1〜</translation>
    </message>
</context>
<context>
    <name>renkei::ui::emergency::EmergencyView</name>
    <message>
        <source>End Emergency Access</source>
        <translation>救急時閲覧を終了</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS (break the glass) — reason: %1 — this access is recorded in the audit log.</source>
        <translation>救急時閲覧（緊急アクセス）中 — 理由：%1 — この閲覧は監査ログに記録されています。</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>%1生</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation><numerusform>%n歳</numerusform></translation>
    </message>
    <message>
        <source>male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>性別不明</translation>
    </message>
    <message>
        <source>Regional ID %1</source>
        <translation>地域ID %1</translation>
    </message>
    <message>
        <source>data as of %1</source>
        <translation>%1 時点のデータ</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>アレルギー・禁忌</translation>
    </message>
    <message>
        <source>No allergy recorded by any facility.</source>
        <translation>どの医療機関にもアレルギーの記録はありません。</translation>
    </message>
    <message>
        <source>Current medications (%1)</source>
        <translation>現在の処方（%1）</translation>
    </message>
    <message>
        <source>No current medication.</source>
        <translation>現在の処方はありません。</translation>
    </message>
    <message>
        <source>Major diagnoses</source>
        <translation>主な診断</translation>
    </message>
    <message>
        <source>No active problem recorded.</source>
        <translation>現在の病名の記録はありません。</translation>
    </message>
    <message>
        <source>Recent key laboratory results (90 days)</source>
        <translation>最近の主な検査結果（90日）</translation>
    </message>
    <message>
        <source>No result in the last 90 days.</source>
        <translation>直近90日の検査結果はありません。</translation>
    </message>
    <message>
        <source>Last discharge summary: diagnoses</source>
        <translation>直近の退院時サマリー：退院時診断</translation>
    </message>
    <message>
        <source>No discharge summary.</source>
        <translation>退院時サマリーはありません。</translation>
    </message>
    <message>
        <source>The summary names no discharge diagnosis.</source>
        <translation>退院時診断の記載はありません。</translation>
    </message>
</context>
<context>
    <name>renkei::ui::format</name>
    <message>
        <source>Unknown facility</source>
        <translation>施設不明</translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::PagePrinter</name>
    <message>
        <source>Printed by %1 at %2, %3</source>
        <translation>印刷者：%1（%2）　%3</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>（利用者不明）</translation>
    </message>
    <message>
        <source>(unknown facility)</source>
        <translation>（施設不明）</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Confidential: this document holds a patient&apos;s medical information. Use it only for the patient&apos;s care; do not copy or pass it on.</source>
        <translation>取扱注意：この文書には患者の診療情報が含まれています。診療の目的以外に使用せず、複製・第三者への提供はしないでください。</translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::PrintActions</name>
    <message>
        <source>The network&apos;s policy (%1) does not allow printing on this workstation.</source>
        <translation>ネットワーク（%1）の運用方針により、この端末では印刷できません。</translation>
    </message>
    <message>
        <source>Open a patient to print their summary.</source>
        <translation>患者を開くと患者サマリーを印刷できます。</translation>
    </message>
    <message>
        <source>The network&apos;s policy (%1) does not allow exporting patient data.</source>
        <translation>ネットワーク（%1）の運用方針により、患者データの書き出しはできません。</translation>
    </message>
    <message>
        <source>Open a patient to export their summary.</source>
        <translation>患者を開くと患者サマリーを書き出せます。</translation>
    </message>
    <message>
        <source>Print the patient summary (preview first)</source>
        <translation>患者サマリーを印刷します（先にプレビューを表示）</translation>
    </message>
    <message>
        <source>Save the patient summary as a PDF file</source>
        <translation>患者サマリーをPDFファイルに保存します</translation>
    </message>
    <message>
        <source>Warning: this print or export could not be recorded in the audit log.</source>
        <translation>警告：この印刷・書き出しを監査ログに記録できませんでした。</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>The patient summary was sent to the printer.</source>
        <translation>患者サマリーを印刷しました。</translation>
    </message>
    <message>
        <source>Export Patient Summary as PDF</source>
        <translation>患者サマリーをPDFで書き出す</translation>
    </message>
    <message>
        <source>patient-summary.pdf</source>
        <translation>患者サマリー.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the patient summary to %1.</source>
        <translation>患者サマリーを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>PDFファイルを書き込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::PrintUi</name>
    <message>
        <source>Emer&amp;gency View…</source>
        <translation>救急時閲覧(&amp;G)…</translation>
    </message>
    <message>
        <source>Emergency View</source>
        <translation>救急時閲覧</translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::SummaryDialog</name>
    <message>
        <source>Print Patient Summary</source>
        <translation>患者サマリーの印刷</translation>
    </message>
    <message>
        <source>Export Patient Summary as PDF</source>
        <translation>患者サマリーをPDFで書き出す</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>印刷する項目</translation>
    </message>
    <message>
        <source>Period (encounters, documents, laboratory results)</source>
        <translation>期間（受診・文書・検査結果）</translation>
    </message>
    <message>
        <source>Allergies, active problems and current medications are as of the end of the period.</source>
        <translation>アレルギー・現在の病名・現在の処方は期間の終了日時点の内容です。</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>プレビュー…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>アレルギー・禁忌</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>現在の病名</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>現在の処方</translation>
    </message>
    <message>
        <source>Recent laboratory results</source>
        <translation>最近の検査結果</translation>
    </message>
    <message>
        <source>Recent encounters</source>
        <translation>最近の受診</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>最近の文書</translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::SummaryDocument</name>
    <message>
        <source>male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（氏名なし）</translation>
    </message>
    <message>
        <source>Mr./Ms.</source>
        <translation>様</translation>
    </message>
    <message numerus="yes">
        <source> (%n years)</source>
        <translation><numerusform>（%n歳）</numerusform></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Regional ID</source>
        <translation>地域ID</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>アレルギー・禁忌</translation>
    </message>
    <message>
        <source>No allergy or contraindication recorded.</source>
        <translation>アレルギー・禁忌の記録はありません。</translation>
    </message>
    <message>
        <source>drug</source>
        <translation>薬剤</translation>
    </message>
    <message>
        <source>food</source>
        <translation>食物</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>原因物質</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重篤度</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録施設</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録日</translation>
    </message>
    <message>
        <source> (suspected)</source>
        <translation>（疑い）</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>現在の病名</translation>
    </message>
    <message>
        <source>No active problem recorded.</source>
        <translation>現在の病名の記録はありません。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>病名</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Current medications (as of %1)</source>
        <translation>現在の処方（%1 時点）</translation>
    </message>
    <message>
        <source>No medication current on this date.</source>
        <translation>この日に有効な処方はありません。</translation>
    </message>
    <message numerus="yes">
        <source> × %n day(s)</source>
        <translation><numerusform> × %n日分</numerusform></translation>
    </message>
    <message>
        <source>⚠ same ingredient: %1</source>
        <translation>⚠ 同一成分：%1</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>薬剤名</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>処方医</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>⚠ The same ingredient is prescribed by more than one facility: check with the prescribers.</source>
        <translation>⚠ 同一成分の薬剤が複数の医療機関から処方されています。処方医に確認してください。</translation>
    </message>
    <message>
        <source>Recent laboratory results</source>
        <translation>最近の検査結果</translation>
    </message>
    <message>
        <source>No result in this period.</source>
        <translation>この期間の検査結果はありません。</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>検査項目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前回</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Recent encounters</source>
        <translation>最近の受診</translation>
    </message>
    <message>
        <source>No encounter in this period.</source>
        <translation>この期間の受診はありません。</translation>
    </message>
    <message>
        <source>admission</source>
        <translation>入院</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>救急</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>在宅</translation>
    </message>
    <message>
        <source>outpatient</source>
        <translation>外来</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older</source>
        <translation><numerusform>… ほか%n件（それ以前）</numerusform></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>診療科</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>最近の文書</translation>
    </message>
    <message>
        <source>No document in this period.</source>
        <translation>この期間の文書はありません。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Patient summary</source>
        <translation>患者サマリー</translation>
    </message>
</context>
<context>
    <name>renkei::ui::print::ViewPrint</name>
    <message>
        <source>born %1</source>
        <translation>%1生</translation>
    </message>
    <message>
        <source>Regional ID %1</source>
        <translation>地域ID %1</translation>
    </message>
    <message>
        <source>Cumulative laboratory results</source>
        <translation>検査結果時系列表</translation>
    </message>
    <message>
        <source>No result to print.</source>
        <translation>印刷する検査結果はありません。</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>検査項目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Medication list (as of %1)</source>
        <translation>処方一覧（%1 時点）</translation>
    </message>
    <message numerus="yes">
        <source> × %n day(s)</source>
        <translation><numerusform> × %n日分</numerusform></translation>
    </message>
    <message>
        <source>⚠ also from %1</source>
        <translation>⚠ %1 からも処方</translation>
    </message>
    <message>
        <source>No medication current on this date.</source>
        <translation>この日に有効な処方はありません。</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>薬剤名</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>処方医</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>薬局</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付：%1</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>医療機関：%1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>作成者：%1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>宛先：%1</translation>
    </message>
    <message>
        <source>This document has no text sections (see its attachment).</source>
        <translation>この文書には本文のセクションがありません（添付ファイルを参照してください）。</translation>
    </message>
</context>
</TS>
