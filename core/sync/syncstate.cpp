#include "sync/syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace renkei::sync {

namespace {

QString instant(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseInstant(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

QString ResumeState::toText() const
{
    QJsonArray list;
    for (const StreamState &s : streams)
        list.append(
            QJsonObject { { u"t"_s, s.type }, { u"f"_s, s.first.toString(QUrl::FullyEncoded) },
                { u"n"_s, s.next.toString(QUrl::FullyEncoded) }, { u"d"_s, s.done } });
    const QJsonObject o { { u"v"_s, 1 }, { u"phase"_s, phase }, { u"inc"_s, incremental },
        { u"all"_s, everything }, { u"since"_s, instant(since) }, { u"cutoff"_s, instant(cutoff) },
        { u"mark"_s, instant(mark) }, { u"streams"_s, list },
        { u"refs"_s, QJsonArray::fromStringList(references) } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ResumeState> ResumeState::fromText(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject o = doc.object();
    if (o.value(u"v"_s).toInt() != 1 || o.value(u"phase"_s).toString().isEmpty())
        return std::nullopt;
    ResumeState s;
    s.phase = o.value(u"phase"_s).toString();
    s.incremental = o.value(u"inc"_s).toBool();
    s.everything = o.value(u"all"_s).toBool();
    s.since = parseInstant(o.value(u"since"_s));
    s.cutoff = parseInstant(o.value(u"cutoff"_s));
    s.mark = parseInstant(o.value(u"mark"_s));
    const QJsonArray refs = o.value(u"refs"_s).toArray();
    for (const QJsonValue &v : refs)
        s.references.append(v.toString());
    const QJsonArray list = o.value(u"streams"_s).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject so = v.toObject();
        StreamState st;
        st.type = so.value(u"t"_s).toString();
        st.first = QUrl(so.value(u"f"_s).toString(), QUrl::StrictMode);
        st.next = QUrl(so.value(u"n"_s).toString(), QUrl::StrictMode);
        st.done = so.value(u"d"_s).toBool();
        if (!st.first.isValid() || st.first.isEmpty())
            return std::nullopt;
        s.streams.append(st);
    }
    if (s.incremental && !s.since.isValid())
        return std::nullopt;
    return s;
}

} // namespace renkei::sync
