#include "clinical/documents.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::clinical {

namespace {

void flatten(const QList<model::DocumentSection> &sections, int depth, std::vector<SectionRef> &out)
{
    for (const model::DocumentSection &s : sections) {
        out.push_back(SectionRef { depth, &s });
        flatten(s.sections, depth + 1, out);
    }
}

} // namespace

Documents Documents::build(std::shared_ptr<const PatientRecord> record)
{
    Documents docs;
    docs.m_record = std::move(record);
    if (!docs.m_record)
        return docs;
    const QList<model::ClinicalDocument> &list = docs.m_record->resources().documents;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const model::ClinicalDocument &d = list.at(i);
        if (d.status == u"entered-in-error"_s)
            continue;
        DocumentEntry e;
        e.document = int(i);
        e.kind = d.kind;
        e.time = docs.m_record->timeOf(ResourceKind::Document, i);
        e.facility = docs.m_record->facilityOf(ResourceKind::Document, i);
        e.title = d.title.isEmpty() ? d.type.displayText() : d.title;
        e.attachmentCount = int(d.attachments.size());
        e.hasPdf = std::any_of(d.attachments.cbegin(), d.attachments.cend(),
            [](const model::Attachment &a) { return a.contentType == u"application/pdf"_s; });
        docs.m_entries.push_back(e);
    }
    std::stable_sort(docs.m_entries.begin(), docs.m_entries.end(),
        [](const DocumentEntry &a, const DocumentEntry &b) { return a.time > b.time; });
    return docs;
}

const model::ClinicalDocument &Documents::document(int index) const
{
    return m_record->resources().documents.at(entry(index).document);
}

std::vector<int> Documents::ofKind(model::ClinicalDocument::Kind kind) const
{
    std::vector<int> out;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].kind == kind)
            out.push_back(int(i));
    }
    return out;
}

std::vector<int> Documents::ofFacility(int facility) const
{
    std::vector<int> out;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].facility == facility)
            out.push_back(int(i));
    }
    return out;
}

std::vector<SectionRef> Documents::sections(int index) const
{
    std::vector<SectionRef> out;
    flatten(document(index).sections, 0, out);
    return out;
}

int Documents::atOrBefore(QDate day) const
{
    const qint64 end = japanDayStart(day.addDays(1));
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].time != kNoTime && m_entries[i].time < end)
            return int(i);
    }
    return -1;
}

} // namespace renkei::clinical
