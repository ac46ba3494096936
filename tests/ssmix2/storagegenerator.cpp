#include "storagegenerator.h"

#include "ssmix2/hl7charset.h"

#include <QDir>
#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace renkei::test::ssmix2gen {

QString msh(const QString &facility, const QString &messageType)
{
    return u"MSH|^~\\&|HIS|%1|GW|RCV|20240501101010||%2|1|P|2.5||||||~ISO IR87||ISO2022-1994\r"_s
        .arg(facility, messageType);
}

QString pid(const QString &id)
{
    return u"PID|0001||%1^^^^PI||東京^太郎^^^^^L^I~トウキョウ^タロウ^^^^^L^P||19700101|M\r"_s.arg(
        id);
}

QString labMessage(const QString &id, const QString &facility, double value)
{
    QString text = msh(facility, u"OUL^R22^OUL_R22"_s) + pid(id)
        + u"SPM|1|||023^血清^JC10\rOBR|1|1||E001^生化学^99O03|||20240501\r"_s;
    for (int i = 1; i <= 5; ++i) {
        text += u"OBX|%1|NM|3A0100000023271%2^項目%1^JC10||%3|g/dl^g/dl^99XYZ|6.70-8.3|H|||F\r"_s
                    .arg(i)
                    .arg(i, 2, 10, QChar(u'0'))
                    .arg(value);
    }
    return text;
}

QString prescription(const QString &id, const QString &drug, const QString &facility)
{
    return msh(facility.isEmpty() ? u"SEND"_s : facility, u"RDE^O11^RDE_O11"_s) + pid(id)
        + u"ORC|NW|1||1|||||20240501\rRXE||%1^薬^HOT9|1||TAB^錠^MR9P|||||3|TAB^錠^MR9P\r"
          "TQ1|1||1013044400000000&内服・経口・１日３回朝昼夕食後&JAMISDP01|||3^d|2024050100\r"_s
              .arg(drug);
}

QString demographics(const QString &id, const QString &facility)
{
    return msh(facility.isEmpty() ? u"SEND"_s : facility, u"ADT^A08^ADT_A01"_s) + pid(id);
}

QString put(const QString &root, const QString &id, const QString &date, const QString &type,
    const QString &order, const QString &timestamp, const QString &flag, const QString &text)
{
    const QString name = QStringList { id, date, type, order, timestamp, u"01"_s, flag }.join(u'_');
    const QString dir
        = root + u'/' + id.left(3) + u'/' + id.mid(3, 3) + u'/' + id + u'/' + date + u'/' + type;
    QDir().mkpath(dir);
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const auto bytes = ssmix2::encodeText(text, ssmix2::Charset::Iso2022Jp);
    if (!bytes)
        return {};
    file.write(*bytes);
    return name;
}

} // namespace renkei::test::ssmix2gen
