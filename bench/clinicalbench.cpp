// Builds the clinical views of the demo network's largest chart and prints how long each took.
//   bench_clinical [--size large|typical] [--seed N] [--repeat N]
// The FHIR reading that precedes (what the cache does when it opens a record) is timed too, as
// context; the figures that concern core/clinical are the build times after it.

#include "clinical/documents.h"
#include "clinical/labtable.h"
#include "clinical/medicationlist.h"
#include "clinical/patientrecord.h"
#include "clinical/timeline.h"
#include "demo/dataset.h"
#include "fhir/reader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;

namespace {

// Peak resident memory in MiB (Linux), -1 elsewhere.
double peakMemoryMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// CPU time of this thread: the machine is shared, wall time says more about the neighbours.
qint64 cpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

struct Timing {
    std::vector<double> ms;
    std::vector<double> cpu;
    qint64 cpuStart = 0;
    void start(QElapsedTimer &timer)
    {
        cpuStart = cpuNs();
        timer.start();
    }
    void add(qint64 ns)
    {
        cpu.push_back(double(cpuNs() - cpuStart) / 1e6);
        ms.push_back(double(ns) / 1e6);
    }
    double bestCpu() const { return *std::min_element(cpu.cbegin(), cpu.cend()); }
    double best() const { return *std::min_element(ms.cbegin(), ms.cend()); }
    double median() const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted[sorted.size() / 2];
    }
};

void print(const char *what, const Timing &t)
{
    std::printf("  %-34s cpu best %7.1f ms   wall best %7.1f ms   wall median %7.1f ms\n", what,
        t.bestCpu(), t.best(), t.median());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"size"_s, u"typical or large"_s, u"size"_s, u"large"_s });
    parser.addOption({ u"seed"_s, u"generator seed"_s, u"n"_s, u"7"_s });
    parser.addOption({ u"repeat"_s, u"builds per figure"_s, u"n"_s, u"5"_s });
    parser.process(app);
    const bool large = parser.value(u"size"_s) != u"typical"_s;
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());

    QElapsedTimer timer;
    timer.start();
    const demo::Dataset dataset = demo::generate(demo::GeneratorOptions {
        large ? demo::GeneratorOptions::Size::Large : demo::GeneratorOptions::Size::Typical,
        parser.value(u"seed"_s).toULongLong(), QDate(2025, 6, 30) });
    QHash<QString, int> counts;
    for (const demo::StoredResource &r : dataset.resources) {
        if (!r.patientId.isEmpty())
            ++counts[r.patientId];
    }
    QString patientId;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (patientId.isEmpty() || it.value() > counts.value(patientId))
            patientId = it.key();
    }
    std::printf("generated %lld resources in %lld ms; chart %s: %d resources\n",
        qlonglong(dataset.resources.size()), timer.restart(), qPrintable(patientId),
        counts.value(patientId));

    model::ResourceSet set;
    for (const demo::StoredResource &r : dataset.resources) {
        if (r.patientId != patientId && r.id != patientId && r.type != u"Organization"_s)
            continue;
        if (const auto read = fhir::readResource(r.json, u"demo"_s))
            set.append(read->resources);
    }
    std::printf("read into %lld model values in %lld ms (FHIR reader, for context)\n\n",
        qlonglong(set.count()), timer.restart());

    Timing recordTime, labDay, labTime, meds, timeline, docs, access;
    std::shared_ptr<const clinical::PatientRecord> record;
    clinical::LabTable table;
    clinical::MedicationList list;
    clinical::Timeline axis;
    clinical::Documents documents;
    clinical::LabTable::Options perTimestamp;
    perTimestamp.columns = clinical::LabTable::ColumnMode::PerTimestamp;
    qint64 checksum = 0;
    for (int i = 0; i < repeat; ++i) {
        clinical::RecordOptions options;
        options.patientId = patientId;
        recordTime.start(timer);
        record = clinical::PatientRecord::build(set, options);
        recordTime.add(timer.nsecsElapsed());
        labDay.start(timer);
        table = clinical::LabTable::build(record);
        labDay.add(timer.nsecsElapsed());
        labTime.start(timer);
        checksum += clinical::LabTable::build(record, perTimestamp).columnCount();
        labTime.add(timer.nsecsElapsed());
        meds.start(timer);
        list = clinical::MedicationList::build(record);
        meds.add(timer.nsecsElapsed());
        timeline.start(timer);
        axis = clinical::Timeline::build(record);
        timeline.add(timer.nsecsElapsed());
        docs.start(timer);
        documents = clinical::Documents::build(record);
        docs.add(timer.nsecsElapsed());
        // What a table view does while scrolling: a million random cells.
        QRandomGenerator rng(42);
        access.start(timer);
        for (int n = 0; n < 1'000'000; ++n) {
            const auto *cell = table.cell(
                int(rng.bounded(table.rowCount())), int(rng.bounded(table.columnCount())));
            checksum += cell ? cell->result : 0;
        }
        access.add(timer.nsecsElapsed());
    }

    qsizetype cells = 0;
    for (int r = 0; r < table.rowCount(); ++r)
        cells += qsizetype(table.rowCells(r).size());
    std::printf("record: %d labs, %d medications, %d encounters, %d documents; %d facilities\n",
        record->count(clinical::ResourceKind::Lab),
        record->count(clinical::ResourceKind::Medication),
        record->count(clinical::ResourceKind::Encounter),
        record->count(clinical::ResourceKind::Document), record->sharingFacilityCount());
    std::printf("lab table: %d rows x %d day columns, %lld cells; medication list: %d lines, %zu "
                "groups, %zu episodes, %zu cross-facility duplicates; timeline: %d items\n\n",
        table.rowCount(), table.columnCount(), qlonglong(cells), list.lineCount(),
        list.groups().size(), list.episodes().size(), list.duplicates().size(), axis.count());
    std::printf("build times over %d runs:\n", repeat);
    print("PatientRecord::build", recordTime);
    print("LabTable::build (per day)", labDay);
    print("LabTable::build (per timestamp)", labTime);
    print("MedicationList::build", meds);
    print("Timeline::build", timeline);
    print("Documents::build", docs);
    std::printf("  %-34s cpu %7.1f ms, wall %7.1f ms (sums of the bests)\n", "record + all views",
        recordTime.bestCpu() + labDay.bestCpu() + meds.bestCpu() + timeline.bestCpu()
            + docs.bestCpu(),
        recordTime.best() + labDay.best() + meds.best() + timeline.best() + docs.best());
    print("1,000,000 random LabTable::cell()", access);
    std::printf("peak memory %.0f MiB (the whole process, dataset included); checksum %lld\n",
        peakMemoryMiB(), checksum);
    return 0;
}
