#pragma once

#include "clinical/patientrecord.h"

#include <memory>
#include <vector>

// Discharge summaries and referral letters by date and facility, with their sections in reading
// order (docs/clinical.md "Documents"). The sections are model::DocumentSection as read, unknown
// ones included (STANDARDS.md §2: never drop a section).
namespace renkei::clinical {

struct DocumentEntry {
    int document = -1; // index in PatientRecord::resources().documents
    model::ClinicalDocument::Kind kind = model::ClinicalDocument::Kind::Other;
    qint64 time = kNoTime;
    int facility = -1;
    QString title;
    bool hasPdf = false;
    int attachmentCount = 0;
};

// One section in reading order: depth 0 for a top-level section.
struct SectionRef {
    int depth = 0;
    const model::DocumentSection *section = nullptr;
};

class Documents {
public:
    Documents() = default;
    static Documents build(std::shared_ptr<const PatientRecord> record);

    // Newest first.
    int count() const { return int(m_entries.size()); }
    const DocumentEntry &entry(int index) const { return m_entries.at(size_t(index)); }
    const model::ClinicalDocument &document(int index) const;
    std::vector<int> ofKind(model::ClinicalDocument::Kind kind) const;
    std::vector<int> ofFacility(int facility) const;
    // The sections of an entry, depth first, in the document's order (valid while this object
    // and its record live).
    std::vector<SectionRef> sections(int index) const;
    // The newest entry dated on or before a day (the workspace date), -1 when none.
    int atOrBefore(QDate day) const;

private:
    std::shared_ptr<const PatientRecord> m_record;
    std::vector<DocumentEntry> m_entries;
};

} // namespace renkei::clinical
