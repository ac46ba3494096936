#pragma once

#include "clinical/patientrecord.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

// The medication list (docs/clinical.md "MedicationList"): one line per prescription (a dispense
// linked to its order when it can be identified), lines grouped by ingredient with the rule of
// STANDARDS.md §1 "Same ingredient across facilities", the current list as of a date,
// cross-facility duplicates, and refill episodes for the medication timeline.
namespace renkei::clinical {

// Which rule says two lines hold the same ingredient (say it to the user).
enum class IngredientRule {
    Yj7, // YJ codes share their first 7 characters (ingredient + route class)
    GeneralName, // the same 一般名処方マスタ code
    HotProduct, // only HOT codes: the same HOT7 (the same product; HOT → YJ needs MEDIS's master)
    Name, // no code: the same normalised drug name
};

struct MedicationLine {
    int medication = -1; // index in PatientRecord::resources().medications (order, statement or
                         // a dispense no order was found for)
    QList<int> dispenses; // dispenses linked to this order, oldest first
    model::Medication::Kind kind = model::Medication::Kind::Order;
    int group = -1; // ingredient group
    QString name;
    QString dose; // "1錠" (one dose with its unit), empty when not given
    QString usage; // 用法 as written
    std::optional<int> days;
    QString prescriber;
    int facility = -1; // prescribing facility (-1 for a dispense-only line: unknown)
    int pharmacy = -1; // dispensing facility of the first linked dispense (or of the line)
    QDate start;
    QDate end; // last day; invalid when open-ended
    bool openEnded = false; // no end and status active: taken until stopped
    bool excluded = false; // cancelled, entered in error, draft: never active, never a duplicate
    bool stopped = false; // stopped / on-hold: not active, kept in the history
    bool asNeeded = false;
    QString status;
};

struct IngredientGroup {
    QString key; // "yj7:2171022", "general:...", "hot7:...", "name:..."
    QString label; // the 一般名 display when given, else the newest line's drug name
    IngredientRule rule = IngredientRule::Name;
    std::vector<int> lines; // oldest first
};

struct MedicationEpisode {
    int group = -1;
    int facility = -1;
    QString drugKey; // the drug's own code (YJ 12, HOT, 一般名) or name: refills of one drug
    QString name;
    QDate start;
    QDate end; // invalid when open-ended
    bool openEnded = false;
    std::vector<int> lines;
};

struct MedicationDuplicate {
    int group = -1;
    int lineA = -1; // the earlier-starting line
    int lineB = -1;
    int facilityA = -1;
    int facilityB = -1;
    QDate overlapStart;
    QDate overlapEnd; // invalid when both are open-ended
    IngredientRule rule = IngredientRule::Name;
};

class MedicationList {
public:
    struct Options {
        // Refills of one drug at one facility are one episode when the next starts no later
        // than this many days after the previous ends.
        int refillGapDays = 14;
        // A dispense links to an order of the same drug handed over within this many days of
        // the order's date (処方箋の使用期間: 交付の日を含めて4日以内, 療担規則 第20条).
        int dispenseWindowDays = 3;
    };

    MedicationList() = default;
    static MedicationList build(
        std::shared_ptr<const PatientRecord> record, const Options &options);
    static MedicationList build(std::shared_ptr<const PatientRecord> record)
    {
        return build(std::move(record), Options {});
    }

    int lineCount() const { return int(m_lines.size()); }
    const MedicationLine &line(int index) const { return m_lines.at(size_t(index)); }
    const model::Medication &medication(int index) const;
    const std::vector<IngredientGroup> &groups() const { return m_groups; }
    const std::vector<MedicationEpisode> &episodes() const { return m_episodes; }
    // Every cross-facility overlap of one ingredient in the history.
    const std::vector<MedicationDuplicate> &duplicates() const { return m_duplicates; }

    bool isActive(int line, QDate asOf) const;
    // Lines active on a date, ordered by ingredient group then start.
    std::vector<int> current(QDate asOf) const;
    // Duplicates whose two lines are both active on a date.
    std::vector<int> duplicatesAsOf(QDate asOf) const; // indices into duplicates()
    // Episodes that overlap [from, to] (inclusive; an invalid date is open), of one ingredient
    // group or of all (-1): the medication lane under a trend chart.
    std::vector<int> episodesOverlapping(QDate from, QDate to, int group = -1) const;
    // Duplicates a line takes part in.
    std::vector<int> duplicatesOfLine(int line) const;

    const PatientRecord *record() const { return m_record.get(); }

private:
    std::shared_ptr<const PatientRecord> m_record;
    std::vector<MedicationLine> m_lines;
    std::vector<IngredientGroup> m_groups;
    std::vector<MedicationEpisode> m_episodes;
    std::vector<MedicationDuplicate> m_duplicates;
    friend class MedicationListBuilder;
};

} // namespace renkei::clinical
