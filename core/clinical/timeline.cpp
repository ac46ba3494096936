#include "clinical/timeline.h"

#include "clinical/labcodes.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace renkei::clinical {

namespace {

bool cancelledStatus(const QString &status)
{
    return status == u"cancelled"_s || status == u"entered-in-error"_s;
}

// The last instant of a day (Japan time).
qint64 dayEnd(QDate day)
{
    return japanDayStart(day.addDays(1)) - 1;
}

// The last day a medication covers: its end, else start + days - 1, else its start.
QDate lastDay(const model::Medication &m, qint64 time)
{
    if (!m.end.isNull())
        return m.end.date();
    const QDate start = !m.start.isNull() ? m.start.date() : japanDate(time);
    if (m.days && *m.days >= 1)
        return start.addDays(*m.days - 1);
    return start;
}

void appendTitle(TimelineItem &item, const QString &text)
{
    if (text.isEmpty() || item.title == text)
        return;
    if (item.title.isEmpty())
        item.title = text;
    else if (!item.title.split(u"、"_s).contains(text))
        item.title += u"、"_s + text;
}

class Builder {
public:
    explicit Builder(const PatientRecord &record)
        : m_record(record)
    {
    }

    std::vector<TimelineItem> build()
    {
        encounters();
        documents();
        medications();
        labs();
        return std::move(m_items);
    }

private:
    void encounters()
    {
        const QList<model::Encounter> &list = m_record.resources().encounters;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const model::Encounter &e = list.at(i);
            const qint64 start = m_record.timeOf(ResourceKind::Encounter, i);
            if (start == kNoTime || e.provenance.cancelled || cancelledStatus(e.status))
                continue;
            TimelineItem item;
            const bool admission = e.encounterClass == model::Encounter::Class::Inpatient;
            item.kind = admission ? TimelineItem::Kind::Admission : TimelineItem::Kind::Encounter;
            item.start = start;
            item.end = e.period.end.isNull() ? start : std::max(start, msecsOf(e.period.end));
            if (admission && e.period.end.isNull() && e.status == u"in-progress"_s)
                item.end = std::max(start, m_record.newestTime()); // still in hospital
            item.title = !e.department.isEmpty() ? e.department
                : !e.reason.isEmpty()            ? e.reason
                                                 : e.classCode;
            add(item, ResourceKind::Encounter, int(i), e.provenance.sourceId);
        }
    }

    void documents()
    {
        const QList<model::ClinicalDocument> &list = m_record.resources().documents;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const model::ClinicalDocument &d = list.at(i);
            const qint64 start = m_record.timeOf(ResourceKind::Document, i);
            if (start == kNoTime || d.provenance.cancelled || cancelledStatus(d.status))
                continue;
            TimelineItem item;
            item.kind = TimelineItem::Kind::Document;
            item.start = item.end = start;
            item.title = d.title.isEmpty() ? d.type.displayText() : d.title;
            add(item, ResourceKind::Document, int(i), d.provenance.sourceId);
        }
    }

    // One prescription (or one hand-over) per facility and time: its drugs together.
    void medications()
    {
        const QList<model::Medication> &list = m_record.resources().medications;
        QHash<QPair<qint64, int>, int> prescriptions;
        QHash<QPair<qint64, int>, int> dispenses;
        for (const int i : m_record.byDate(ResourceKind::Medication)) {
            const model::Medication &m = list.at(i);
            const qint64 start = m_record.timeOf(ResourceKind::Medication, i);
            if (start == kNoTime || m.provenance.cancelled || cancelledStatus(m.status))
                continue;
            const int lane = m_record.facilityOf(ResourceKind::Medication, i);
            const bool dispense = m.kind == model::Medication::Kind::Dispense;
            auto &groups = dispense ? dispenses : prescriptions;
            const QPair<qint64, int> key { start, lane };
            const QString name = m.name.isEmpty() ? m.medication.displayText() : m.name;
            const qint64 end = std::max(start, dayEnd(lastDay(m, start)));
            const auto it = groups.constFind(key);
            if (it != groups.constEnd()) {
                TimelineItem &item = m_items[size_t(*it)];
                item.end = std::max(item.end, end);
                item.sources.append(i);
                item.count = int(item.sources.size());
                appendTitle(item, name);
                continue;
            }
            TimelineItem item;
            item.kind = dispense ? TimelineItem::Kind::Dispense : TimelineItem::Kind::Prescription;
            item.start = start;
            item.end = end;
            item.title = name;
            groups.insert(key, int(m_items.size()));
            add(item, ResourceKind::Medication, i, m.provenance.sourceId);
        }
    }

    // One panel per report (panelId), else per facility and collection time.
    void labs()
    {
        const QList<model::LabResult> &list = m_record.resources().labs;
        QHash<QString, int> byReport;
        QHash<QPair<qint64, int>, int> byDraw;
        QHash<QString, QString> classNames; // JLAC10 code → its class label
        for (qsizetype i = 0; i < list.size(); ++i) {
            const model::LabResult &l = list.at(i);
            const qint64 start = m_record.timeOf(ResourceKind::Lab, i);
            if (start == kNoTime || l.provenance.cancelled || cancelledStatus(l.status))
                continue;
            const int lane = m_record.facilityOf(ResourceKind::Lab, i);
            const QString panel
                = !l.panel.isEmpty() ? l.panel : jlac10ClassName(jlac10Class(l.jlac10()));
            int *existing = nullptr;
            if (!l.panelId.isEmpty()) {
                const auto it = byReport.find(l.panelId);
                if (it != byReport.end())
                    existing = &*it;
            } else {
                const auto it = byDraw.find({ start, lane });
                if (it != byDraw.end())
                    existing = &*it;
            }
            if (existing) {
                TimelineItem &item = m_items[size_t(*existing)];
                item.sources.append(int(i));
                item.count = int(item.sources.size());
                item.start = std::min(item.start, start);
                item.end = std::max(item.end, start);
                appendTitle(item, panel);
                continue;
            }
            if (!l.panelId.isEmpty())
                byReport.insert(l.panelId, int(m_items.size()));
            else
                byDraw.insert({ start, lane }, int(m_items.size()));
            TimelineItem item;
            item.kind = TimelineItem::Kind::LabPanel;
            item.start = item.end = start;
            item.title = panel;
            add(item, ResourceKind::Lab, int(i), l.provenance.sourceId);
        }
    }

    void add(TimelineItem &item, ResourceKind kind, int index, const QString &sourceId)
    {
        item.sourceKind = kind;
        item.sources = { index };
        item.sourceId = sourceId;
        item.lane = m_record.facilityOf(kind, index);
        m_items.push_back(std::move(item));
    }

    const PatientRecord &m_record;
    std::vector<TimelineItem> m_items;
};

} // namespace

Timeline Timeline::build(std::shared_ptr<const PatientRecord> record)
{
    Timeline timeline;
    timeline.m_record = std::move(record);
    if (!timeline.m_record)
        return timeline;
    timeline.m_items = Builder(*timeline.m_record).build();
    std::stable_sort(timeline.m_items.begin(), timeline.m_items.end(),
        [](const TimelineItem &a, const TimelineItem &b) {
            if (a.start != b.start)
                return a.start < b.start;
            if (a.kind != b.kind)
                return a.kind < b.kind;
            return a.lane < b.lane;
        });
    timeline.m_maxEnd.reserve(timeline.m_items.size());
    qint64 running = kNoTime;
    for (const TimelineItem &item : timeline.m_items) {
        running = std::max(running, item.end);
        timeline.m_maxEnd.push_back(running);
    }
    return timeline;
}

std::vector<int> Timeline::inRange(qint64 from, qint64 to) const
{
    std::vector<int> out;
    // Items before `first` all end before `from`; items from `last` on start after `to`.
    const auto first = std::lower_bound(m_maxEnd.cbegin(), m_maxEnd.cend(), from);
    const auto last = std::upper_bound(m_items.cbegin(), m_items.cend(), to,
        [](qint64 t, const TimelineItem &item) { return t < item.start; });
    for (auto i = size_t(first - m_maxEnd.cbegin()); i < size_t(last - m_items.cbegin()); ++i) {
        if (m_items[i].end >= from)
            out.push_back(int(i));
    }
    return out;
}

int Timeline::newCount(qint64 since) const
{
    const auto it = std::upper_bound(m_items.cbegin(), m_items.cend(), since,
        [](qint64 t, const TimelineItem &item) { return t < item.start; });
    return int(m_items.cend() - it);
}

std::vector<int> Timeline::lanes() const
{
    std::vector<int> out;
    for (const TimelineItem &item : m_items) {
        if (item.lane >= 0)
            out.push_back(item.lane);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

qint64 Timeline::firstTime() const
{
    return m_items.empty() ? kNoTime : m_items.front().start;
}

qint64 Timeline::lastTime() const
{
    return m_maxEnd.empty() ? kNoTime : m_maxEnd.back();
}

} // namespace renkei::clinical
