#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// SS-MIX2 standard-storage file names (STANDARDS.md §3):
//   ID_診療日_データ種別_オーダNo_発生日時_診療科_コンディションフラグ
// e.g. 9999013_20110701_OMP-01_000000011000185_20110701224603984_01_1.
namespace renkei::ssmix2 {

struct FileName {
    QString patientId;
    QString date; // "yyyyMMdd", or "-" when the data has no date (ADT-00, PPR-01, ...)
    QString dataType; // "OMP-01", "OML-11", "OMD", ...
    QString orderNumber;
    QString timestamp; // 発生日時 as written, yyyyMMddHHmmssfff (17 digits)
    QDateTime issued; // the same, Japan time
    QString department; // 診療科 code, or "-"
    QString conditionFlag; // "1" valid, "0" cancelled; "2" is read by some as past history

    bool isCancelled() const { return conditionFlag == u"0"; }
    bool hasDate() const { return date != u"-"; }
};

struct FileNameError {
    enum class Kind {
        FieldCount, // not seven fields separated by '_'
        EmptyField, // a field is empty
        PatientId, // characters other than letters, digits and '-'
        Date, // not yyyyMMdd (a real date) nor "-"
        DataType, // not of the form ABC or ABC-nn
        Timestamp, // not 17 digits of a real date and time
        ConditionFlag, // not a single digit
    };
    Kind kind;
    QString message; // English, names the part; never echoes the patient id
};

struct FileNameResult {
    std::optional<FileName> name;
    std::optional<FileNameError> error;
    bool ok() const { return name.has_value(); }
};

// A pure function: no file system access. Accepts only the file name, not a path.
FileNameResult parseFileName(const QString &fileName);

// The expected storage path of a file, relative to the root:
// <id[0:3]>/<id[3:6]>/<id>/<date>/<type>/<file>.
QString expectedRelativePath(const FileName &name, const QString &fileName);

} // namespace renkei::ssmix2
