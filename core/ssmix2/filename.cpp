#include "ssmix2/filename.h"

#include <QDate>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2 {

namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

FileNameResult fail(FileNameError::Kind kind, const QString &message)
{
    return FileNameResult { std::nullopt, FileNameError { kind, message } };
}

bool validDataType(QStringView type)
{
    // ABC or ABC-nn: three capitals, optionally a dash and two digits.
    if (type.size() != 3 && type.size() != 6)
        return false;
    for (int i = 0; i < 3; ++i) {
        if (type.at(i) < u'A' || type.at(i) > u'Z')
            return false;
    }
    return type.size() == 3 || (type.at(3) == u'-' && allDigits(type.mid(4)));
}

} // namespace

FileNameResult parseFileName(const QString &fileName)
{
    const QStringList parts = fileName.split(u'_');
    if (parts.size() != 7) {
        return fail(FileNameError::Kind::FieldCount,
            u"the file name has %1 parts separated by '_', not 7"_s.arg(parts.size()));
    }
    static const char16_t *const names[] = { u"patient id", u"date", u"data type", u"order number",
        u"timestamp", u"department", u"condition flag" };
    for (int i = 0; i < 7; ++i) {
        if (parts.at(i).isEmpty()) {
            return fail(FileNameError::Kind::EmptyField,
                u"the file name's %1 is empty"_s.arg(QString::fromUtf16(names[i])));
        }
    }
    FileName name;
    name.patientId = parts.at(0);
    for (QChar c : name.patientId) {
        if (!isAsciiAlnum(c) && c != u'-')
            return fail(FileNameError::Kind::PatientId,
                u"the file name's patient id has characters other than letters and digits"_s);
    }
    name.date = parts.at(1);
    if (name.date != u"-"
        && (name.date.size() != 8 || !allDigits(name.date)
            || !QDate::fromString(name.date, u"yyyyMMdd"_s).isValid())) {
        return fail(
            FileNameError::Kind::Date, u"the file name's date is neither yyyyMMdd nor '-'"_s);
    }
    name.dataType = parts.at(2);
    if (!validDataType(name.dataType)) {
        return fail(FileNameError::Kind::DataType,
            u"the file name's data type is not of the form ABC or ABC-nn"_s);
    }
    name.orderNumber = parts.at(3);
    name.timestamp = parts.at(4);
    if (name.timestamp.size() != 17 || !allDigits(name.timestamp)) {
        return fail(FileNameError::Kind::Timestamp,
            u"the file name's timestamp is not 17 digits (yyyyMMddHHmmssfff)"_s);
    }
    const QDate day = QDate::fromString(name.timestamp.left(8), u"yyyyMMdd"_s);
    const QTime time = QTime::fromString(name.timestamp.mid(8), u"HHmmsszzz"_s);
    if (!day.isValid() || !time.isValid()) {
        return fail(FileNameError::Kind::Timestamp,
            u"the file name's timestamp is not a real date and time"_s);
    }
    name.issued = QDateTime(day, time, QTimeZone(9 * 3600));
    name.department = parts.at(5);
    name.conditionFlag = parts.at(6);
    if (name.conditionFlag.size() != 1 || !allDigits(name.conditionFlag)) {
        return fail(FileNameError::Kind::ConditionFlag,
            u"the file name's condition flag is not a single digit"_s);
    }
    return FileNameResult { name, std::nullopt };
}

QString expectedRelativePath(const FileName &name, const QString &fileName)
{
    const QString &id = name.patientId;
    return id.left(3) + u'/' + id.mid(3, 3) + u'/' + id + u'/' + name.date + u'/' + name.dataType
        + u'/' + fileName;
}

} // namespace renkei::ssmix2
