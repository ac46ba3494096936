#include "clinical/medicationlist.h"

#include "clinical/labcodes.h"

#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace renkei::clinical {

namespace {

struct DrugKeys {
    QString yj7;
    QString general;
    QString hot7;
    QString name;
    QString drug; // the drug itself: YJ 12, else 一般名, else HOT, else name
};

DrugKeys keysOf(const model::Medication &m)
{
    DrugKeys k;
    QString yj;
    QString hot;
    for (const model::Coding &c : m.medication.codings) {
        const QString code = c.code.trimmed();
        if (code.isEmpty())
            continue;
        switch (model::codeKind(c.system)) {
        case model::CodeKind::Yj:
            if (yj.isEmpty() && code.size() >= 7) {
                yj = code;
                k.yj7 = code.left(7);
            }
            break;
        case model::CodeKind::GeneralName:
            if (k.general.isEmpty())
                k.general = code;
            break;
        case model::CodeKind::Hot:
            // HOT7 is the first 7 digits of HOT9 and HOT13 (処方用番号: one product).
            if (hot.isEmpty() && code.size() >= 7) {
                hot = code;
                k.hot7 = code.left(7);
            }
            break;
        default:
            break;
        }
    }
    k.name = normalizedName(m.name.isEmpty() ? m.medication.displayText() : m.name);
    k.drug = !yj.isEmpty()     ? u"yj:"_s + yj
        : !k.general.isEmpty() ? u"general:"_s + k.general
        : !hot.isEmpty()       ? u"hot:"_s + hot.left(9)
                               : u"name:"_s + k.name;
    return k;
}

// Union-find over the ingredient keys.
class Groups {
public:
    int add(const QString &key)
    {
        auto it = m_index.find(key);
        if (it != m_index.end())
            return *it;
        const int id = int(m_parent.size());
        m_parent.push_back(id);
        m_index.insert(key, id);
        return id;
    }
    int find(int x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }
    void unite(int a, int b) { m_parent[size_t(find(a))] = find(b); }

private:
    std::vector<int> m_parent;
    QHash<QString, int> m_index;
};

IngredientRule pairRule(const DrugKeys &a, const DrugKeys &b, IngredientRule fallback)
{
    if (!a.yj7.isEmpty() && a.yj7 == b.yj7)
        return IngredientRule::Yj7;
    if (!a.general.isEmpty() && a.general == b.general)
        return IngredientRule::GeneralName;
    if (!a.hot7.isEmpty() && a.hot7 == b.hot7)
        return IngredientRule::HotProduct;
    if (a.yj7.isEmpty() && a.general.isEmpty() && a.hot7.isEmpty() && a.name == b.name)
        return IngredientRule::Name;
    return fallback;
}

QDate dateOf(const model::PartialDateTime &value)
{
    return value.isNull() ? QDate() : value.date();
}

} // namespace

class MedicationListBuilder {
public:
    MedicationListBuilder(
        std::shared_ptr<const PatientRecord> record, const MedicationList::Options &options)
        : m_record(std::move(record))
        , m_options(options)
    {
    }

    MedicationList build()
    {
        MedicationList list;
        list.m_record = m_record;
        if (!m_record)
            return list;
        const QList<model::Medication> &meds = m_record->resources().medications;
        m_keys.reserve(size_t(meds.size()));
        for (const model::Medication &m : meds)
            m_keys.push_back(keysOf(m));
        makeLines(list);
        linkDispenses(list);
        makeGroups(list);
        findDuplicates(list);
        makeEpisodes(list);
        return list;
    }

private:
    MedicationLine lineOf(int index)
    {
        const model::Medication &m = m_record->resources().medications.at(index);
        MedicationLine line;
        line.medication = index;
        line.kind = m.kind;
        line.name = m.name.isEmpty() ? m.medication.displayText() : m.name;
        if (m.dose)
            line.dose = QString::number(*m.dose, 'g', 10) + m.doseUnit;
        line.usage = m.usageText;
        line.days = m.days;
        line.prescriber = m.prescriber;
        line.status = m.status;
        line.asNeeded = m.asNeeded;
        const int facility = m_record->facilityOf(ResourceKind::Medication, index);
        const bool dispense = m.kind == model::Medication::Kind::Dispense;
        line.facility = dispense ? -1 : facility;
        line.pharmacy = dispense ? facility : -1;
        if (dispense)
            line.prescriber.clear(); // a dispense's performer is the pharmacist
        line.start
            = dispense ? dateOf(!m.handedOver.isNull() ? m.handedOver : m.start) : dateOf(m.start);
        if (!line.start.isValid())
            line.start = japanDate(m_record->timeOf(ResourceKind::Medication, index));
        const QString status = m.status;
        line.excluded = m.provenance.cancelled || status == u"cancelled"_s
            || status == u"entered-in-error"_s || status == u"draft"_s || status == u"declined"_s;
        line.stopped = status == u"stopped"_s || status == u"on-hold"_s;
        if (!m.end.isNull() && !dispense)
            line.end = m.end.date();
        else if (m.days && *m.days >= 1 && line.start.isValid())
            line.end = line.start.addDays(*m.days - 1);
        else if (status == u"active"_s || status == u"intended"_s)
            line.openEnded = true;
        else
            line.end = line.start; // a one-off
        return line;
    }

    void makeLines(MedicationList &list)
    {
        const std::vector<int> &byDate = m_record->byDate(ResourceKind::Medication);
        const QList<model::Medication> &meds = m_record->resources().medications;
        for (const int i : byDate) {
            if (meds.at(i).kind != model::Medication::Kind::Dispense)
                list.m_lines.push_back(lineOf(i));
        }
    }

    // A dispense links to an order of the same drug (same code, else same ingredient) whose
    // date is at most `dispenseWindowDays` before the hand-over, with the same days when both
    // say; an order not yet linked first, then the nearest. Otherwise it is a line of its own.
    void linkDispenses(MedicationList &list)
    {
        const QList<model::Medication> &meds = m_record->resources().medications;
        // Per drug, its orders by the date they were written (lines are in that order).
        struct Written {
            QDate date;
            int line;
        };
        QHash<QString, std::vector<Written>> ordersOfDrug;
        for (size_t l = 0; l < list.m_lines.size(); ++l) {
            const MedicationLine &order = list.m_lines[l];
            const model::Medication &o = meds.at(order.medication);
            const QDate written = !o.authored.isNull() ? o.authored.date() : order.start;
            if (written.isValid())
                ordersOfDrug[m_keys[size_t(order.medication)].drug].push_back(
                    Written { written, int(l) });
        }
        for (auto &orders : ordersOfDrug)
            std::stable_sort(orders.begin(), orders.end(),
                [](const Written &a, const Written &b) { return a.date < b.date; });
        std::vector<MedicationLine> dispenseLines;
        for (const int i : m_record->byDate(ResourceKind::Medication)) {
            const model::Medication &d = meds.at(i);
            if (d.kind != model::Medication::Kind::Dispense)
                continue;
            MedicationLine own = lineOf(i);
            int best = -1;
            int bestScore = std::numeric_limits<int>::max();
            const auto found = ordersOfDrug.constFind(m_keys[size_t(i)].drug);
            if (found != ordersOfDrug.constEnd() && own.start.isValid()) {
                const QDate earliest = own.start.addDays(-m_options.dispenseWindowDays);
                auto it = std::lower_bound(found->cbegin(), found->cend(), earliest,
                    [](const Written &w, QDate day) { return w.date < day; });
                for (; it != found->cend() && it->date <= own.start; ++it) {
                    const MedicationLine &order = list.m_lines[size_t(it->line)];
                    const model::Medication &o = meds.at(order.medication);
                    if (o.days && d.days && *o.days != *d.days)
                        continue;
                    const int score
                        = int(it->date.daysTo(own.start)) + (order.dispenses.isEmpty() ? 0 : 1000);
                    if (score < bestScore) {
                        bestScore = score;
                        best = it->line;
                    }
                }
            }
            if (best < 0) {
                dispenseLines.push_back(own);
                continue;
            }
            MedicationLine &order = list.m_lines[size_t(best)];
            order.dispenses.append(i);
            if (order.pharmacy < 0)
                order.pharmacy = own.pharmacy;
        }
        list.m_lines.insert(list.m_lines.end(), dispenseLines.cbegin(), dispenseLines.cend());
        std::stable_sort(list.m_lines.begin(), list.m_lines.end(),
            [](const MedicationLine &a, const MedicationLine &b) { return a.start < b.start; });
    }

    void makeGroups(MedicationList &list)
    {
        Groups uf;
        std::vector<int> node(list.m_lines.size());
        for (size_t l = 0; l < list.m_lines.size(); ++l) {
            const DrugKeys &k = m_keys[size_t(list.m_lines[l].medication)];
            QStringList keys;
            if (!k.yj7.isEmpty())
                keys.append(u"yj7:"_s + k.yj7);
            if (!k.general.isEmpty())
                keys.append(u"general:"_s + k.general);
            if (!k.hot7.isEmpty())
                keys.append(u"hot7:"_s + k.hot7);
            if (keys.isEmpty())
                keys.append(u"name:"_s + k.name);
            node[l] = uf.add(keys.first());
            for (qsizetype i = 1; i < keys.size(); ++i)
                uf.unite(uf.add(keys.at(i)), node[l]);
        }
        QHash<int, int> groupOfRoot;
        for (size_t l = 0; l < list.m_lines.size(); ++l) {
            const int root = uf.find(node[l]);
            auto it = groupOfRoot.find(root);
            if (it == groupOfRoot.end()) {
                it = groupOfRoot.insert(root, int(list.m_groups.size()));
                list.m_groups.push_back(IngredientGroup {});
            }
            list.m_lines[l].group = *it;
            list.m_groups[size_t(*it)].lines.push_back(int(l));
        }
        const QList<model::Medication> &meds = m_record->resources().medications;
        for (IngredientGroup &g : list.m_groups) {
            g.rule = IngredientRule::Name;
            for (const int l : g.lines) {
                const int index = list.m_lines[size_t(l)].medication;
                const model::Medication &m = meds.at(index);
                const DrugKeys &k = m_keys[size_t(index)];
                const IngredientRule rule = !k.yj7.isEmpty() ? IngredientRule::Yj7
                    : !k.general.isEmpty()                   ? IngredientRule::GeneralName
                    : !k.hot7.isEmpty()                      ? IngredientRule::HotProduct
                                                             : IngredientRule::Name;
                if (g.key.isEmpty() || rule < g.rule) {
                    g.rule = rule;
                    g.key = !k.yj7.isEmpty()   ? u"yj7:"_s + k.yj7
                        : !k.general.isEmpty() ? u"general:"_s + k.general
                        : !k.hot7.isEmpty()    ? u"hot7:"_s + k.hot7
                                               : u"name:"_s + k.name;
                }
                if (const model::Coding *general
                    = m.medication.findKind(model::CodeKind::GeneralName);
                    general && !general->display.isEmpty())
                    g.label = general->display;
            }
            if (g.label.isEmpty())
                g.label = list.m_lines[size_t(g.lines.back())].name;
        }
    }

    void findDuplicates(MedicationList &list)
    {
        for (size_t g = 0; g < list.m_groups.size(); ++g) {
            std::vector<int> lines;
            for (const int l : list.m_groups[g].lines) {
                const MedicationLine &line = list.m_lines[size_t(l)];
                if (!line.excluded && line.facility >= 0 && line.start.isValid())
                    lines.push_back(l);
            }
            // Lines are in start order; each is compared with those starting before it ends.
            for (size_t i = 0; i < lines.size(); ++i) {
                const MedicationLine &a = list.m_lines[size_t(lines[i])];
                for (size_t j = i + 1; j < lines.size(); ++j) {
                    const MedicationLine &b = list.m_lines[size_t(lines[j])];
                    if (!a.openEnded && b.start > a.end)
                        break;
                    if (a.facility == b.facility)
                        continue;
                    MedicationDuplicate d;
                    d.group = int(g);
                    d.lineA = lines[i];
                    d.lineB = lines[j];
                    d.facilityA = a.facility;
                    d.facilityB = b.facility;
                    d.overlapStart = b.start;
                    if (!a.openEnded && !b.openEnded)
                        d.overlapEnd = std::min(a.end, b.end);
                    else
                        d.overlapEnd = a.openEnded ? b.end : a.end;
                    d.rule = pairRule(m_keys[size_t(a.medication)], m_keys[size_t(b.medication)],
                        list.m_groups[g].rule);
                    list.m_duplicates.push_back(d);
                }
            }
        }
    }

    void makeEpisodes(MedicationList &list)
    {
        QHash<QString, int> open; // (group, facility, drug) → its latest episode
        for (size_t l = 0; l < list.m_lines.size(); ++l) {
            const MedicationLine &line = list.m_lines[l];
            if (line.excluded || !line.start.isValid())
                continue;
            const int facility = line.facility >= 0 ? line.facility : line.pharmacy;
            const QString &drug = m_keys[size_t(line.medication)].drug;
            const QString key
                = QString::number(line.group) + u'|' + QString::number(facility) + u'|' + drug;
            const auto it = open.constFind(key);
            if (it != open.constEnd()) {
                MedicationEpisode &e = list.m_episodes[size_t(*it)];
                if (e.openEnded || line.start.daysTo(e.end) >= -(m_options.refillGapDays + 1)) {
                    e.lines.push_back(int(l));
                    if (line.openEnded) {
                        e.openEnded = true;
                        e.end = QDate();
                    } else if (!e.openEnded && line.end > e.end) {
                        e.end = line.end;
                    }
                    e.name = line.name;
                    continue;
                }
            }
            MedicationEpisode e;
            e.group = line.group;
            e.facility = facility;
            e.drugKey = drug;
            e.name = line.name;
            e.start = line.start;
            e.end = line.openEnded ? QDate() : line.end;
            e.openEnded = line.openEnded;
            e.lines.push_back(int(l));
            open.insert(key, int(list.m_episodes.size()));
            list.m_episodes.push_back(e);
        }
    }

    std::shared_ptr<const PatientRecord> m_record;
    MedicationList::Options m_options;
    std::vector<DrugKeys> m_keys; // per medication value
};

MedicationList MedicationList::build(
    std::shared_ptr<const PatientRecord> record, const Options &options)
{
    return MedicationListBuilder(std::move(record), options).build();
}

const model::Medication &MedicationList::medication(int index) const
{
    return m_record->resources().medications.at(index);
}

bool MedicationList::isActive(int index, QDate asOf) const
{
    const MedicationLine &l = m_lines.at(size_t(index));
    if (l.excluded || l.stopped || !l.start.isValid() || !asOf.isValid() || asOf < l.start)
        return false;
    return l.openEnded || asOf <= l.end;
}

std::vector<int> MedicationList::current(QDate asOf) const
{
    std::vector<int> out;
    for (const IngredientGroup &g : m_groups) {
        for (const int l : g.lines) {
            if (isActive(l, asOf))
                out.push_back(l);
        }
    }
    return out;
}

std::vector<int> MedicationList::duplicatesAsOf(QDate asOf) const
{
    std::vector<int> out;
    for (size_t d = 0; d < m_duplicates.size(); ++d) {
        if (isActive(m_duplicates[d].lineA, asOf) && isActive(m_duplicates[d].lineB, asOf))
            out.push_back(int(d));
    }
    return out;
}

std::vector<int> MedicationList::episodesOverlapping(QDate from, QDate to, int group) const
{
    std::vector<int> out;
    for (size_t e = 0; e < m_episodes.size(); ++e) {
        const MedicationEpisode &episode = m_episodes[e];
        if (group >= 0 && episode.group != group)
            continue;
        const bool endsBefore = from.isValid() && !episode.openEnded && episode.end < from;
        const bool startsAfter = to.isValid() && episode.start > to;
        if (!endsBefore && !startsAfter)
            out.push_back(int(e));
    }
    return out;
}

std::vector<int> MedicationList::duplicatesOfLine(int line) const
{
    std::vector<int> out;
    for (size_t d = 0; d < m_duplicates.size(); ++d) {
        if (m_duplicates[d].lineA == line || m_duplicates[d].lineB == line)
            out.push_back(int(d));
    }
    return out;
}

} // namespace renkei::clinical
