#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the patient summary holds (issue 7 §1) and who prints it: the sections the user chose,
// the period, and the footer's "printed by <user> at <facility>, <date time>".
namespace renkei::ui::print {

enum class Section { Allergies, Problems, Medications, Labs, Encounters, Documents };

// Every section, in the document's order.
QList<Section> allSections();
// The stable names used on the command line and in the audit log: "allergies", "problems",
// "medications", "labs", "encounters", "documents".
QString sectionName(Section section);
std::optional<Section> sectionFromName(const QString &name);
// "a,b,c" → sections in document order; nullopt (with `bad` set) for an unknown name.
std::optional<QList<Section>> parseSections(const QString &list, QString *bad = nullptr);
QStringList sectionNames(const QList<Section> &sections);

struct SummaryOptions {
    QList<Section> sections = allSections();
    QDate from; // invalid: one year before `to`
    QDate to; // invalid: the printing day
    int labResultsPerTest = 3; // the last N results of each key test
    int maxLabTests = 14; // the key tests: those measured most often in the period
    int maxListRows = 15; // encounters and documents, newest first

    bool has(Section s) const { return sections.contains(s); }
    // The period with its defaults filled in for a printing day.
    QDate effectiveTo(QDate today) const { return to.isValid() ? to : today; }
    QDate effectiveFrom(QDate today) const
    {
        return from.isValid() ? from : effectiveTo(today).addYears(-1);
    }
};

// The footer's facts. Never the patient: the title and metadata of a PDF name the document kind.
struct PrintContext {
    QString user; // who prints (the signed-in account's display name)
    QString facility; // where (the workstation's facility or the network)
    QDateTime printedAt; // local time
};

} // namespace renkei::ui::print
