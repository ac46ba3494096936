// The sign-in page of the demo network's authorization server (OAuthService::signInPage).
#include "demo/oauth.h"

using namespace Qt::StringLiterals;

namespace renkei::demo {

namespace {

QString hidden(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return {};
    return u"<input type=\"hidden\" name=\""_s + name + u"\" value=\""_s + value.toHtmlEscaped()
        + u"\">\n"_s;
}

const char16_t kStyle[] = uR"(
body{margin:0;font-family:"IPAexGothic","IPAGothic","Noto Sans CJK JP","Hiragino Sans",
 "Yu Gothic",sans-serif;background:#eef2f5;color:#1f2933}
main{max-width:380px;margin:8vh auto;background:#fff;border-radius:8px;padding:28px 32px;
 box-shadow:0 2px 12px rgba(0,0,0,.08)}
h1{font-size:1.15rem;margin:0 0 4px}
p.sub{margin:0 0 20px;color:#52606d;font-size:.85rem}
label{display:block;font-size:.85rem;margin:14px 0 4px}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:9px 10px;
 border:1px solid #9aa5b1;border-radius:4px;font-size:1rem}
button{margin-top:22px;width:100%;padding:10px;border:0;border-radius:4px;background:#2f6fab;
 color:#fff;font-size:1rem;cursor:pointer}
.error{background:#fde8e8;color:#9b1c1c;padding:8px 10px;border-radius:4px;font-size:.85rem}
.note{margin-top:18px;color:#7b8794;font-size:.75rem}
)";

} // namespace

HttpResponse OAuthService::signInPage(
    const AuthorizeParams &p, int status, const QString &message) const
{
    const QString network
        = m_networkName.isEmpty() ? u"地域医療連携ネットワーク（デモ）"_s : m_networkName;
    QString html = u"<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                   u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   u"<title>サインイン — "_s
        + network.toHtmlEscaped() + u"</title>\n<style>"_s + QString::fromUtf16(kStyle)
        + u"</style>\n</head>\n<body>\n<main>\n<h1>"_s + network.toHtmlEscaped()
        + u"</h1>\n<p class=\"sub\">連携ビューアへのサインイン</p>\n"_s;
    if (!message.isEmpty())
        html += u"<p class=\"error\" role=\"alert\">"_s + message.toHtmlEscaped() + u"</p>\n"_s;
    const bool canSignIn = status != 400;
    if (canSignIn) {
        html += u"<form method=\"post\" action=\"/authorize\" autocomplete=\"off\">\n"_s
            + hidden(u"response_type"_s, p.responseType) + hidden(u"client_id"_s, p.clientId)
            + hidden(u"redirect_uri"_s, p.redirectUri) + hidden(u"scope"_s, p.scope)
            + hidden(u"state"_s, p.state) + hidden(u"code_challenge"_s, p.challenge)
            + hidden(u"code_challenge_method"_s, p.challengeMethod) + hidden(u"aud"_s, p.aud)
            + u"<label for=\"user_id\">ユーザーID</label>\n"
              u"<input type=\"text\" id=\"user_id\" name=\"user_id\" required autofocus>\n"
              u"<label for=\"password\">パスワード</label>\n"
              u"<input type=\"password\" id=\"password\" name=\"password\" required>\n"
              u"<label for=\"otp\">ワンタイムコード（6桁）</label>\n"
              u"<input type=\"text\" id=\"otp\" name=\"otp\" inputmode=\"numeric\" "
              u"pattern=\"[0-9]{6}\" maxlength=\"6\" required>\n"
              u"<button type=\"submit\">サインイン</button>\n</form>\n"
              u"<p class=\"note\">デモ環境です。アカウントとワンタイムコードの秘密鍵は "
              u"docs/demo-network.md にあります。</p>\n"_s;
    }
    html += u"</main>\n</body>\n</html>\n"_s;
    return HttpResponse::html(status, html.toUtf8());
}

} // namespace renkei::demo
