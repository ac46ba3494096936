// Scrolls the labs view's cumulative table of the demo's large chart end to end, offscreen, and
// prints how long each frame took (the scroll, then every paint it caused) as
// `name<TAB>value<TAB>unit` lines:
//   bench_labscroll [--size large|typical] [--seed N] [--width W] [--height H] [--grab FILE]
// --language ja|en (ja by default). --grab FILE also writes a picture of the view (two tests
// selected, the workspace date set). A figure, not a test (DESIGN.md): read it against the
// machine's load.

#include "clinical/labtable.h"
#include "clinical/patientrecord.h"
#include "demo/dataset.h"
#include "fhir/reader.h"
#include "frozentableview.h"
#include "labsview.h"
#include "labtablemodel.h"
#include "languagemanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace renkei;

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s\t%.2f\t%s\n", name, value, unit);
    std::fflush(stdout);
}

// The richest chart of a generated network (most resources), read as the viewer opens it.
std::shared_ptr<const clinical::PatientRecord> richestRecord(bool large, quint64 seed)
{
    const demo::Dataset dataset = demo::generate(demo::GeneratorOptions {
        large ? demo::GeneratorOptions::Size::Large : demo::GeneratorOptions::Size::Typical, seed,
        QDate(2025, 6, 30) });
    QHash<QString, int> counts;
    for (const demo::StoredResource &r : dataset.resources) {
        if (!r.patientId.isEmpty())
            ++counts[r.patientId];
    }
    QString patientId;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (patientId.isEmpty() || it.value() > counts.value(patientId)
            || (it.value() == counts.value(patientId) && it.key() < patientId))
            patientId = it.key();
    }
    model::ResourceSet set;
    for (const demo::StoredResource &r : dataset.resources) {
        if (r.patientId != patientId && r.id != patientId && r.type != u"Organization"_s)
            continue;
        if (r.type == u"Patient"_s && r.id != patientId)
            continue;
        if (const auto read = fhir::readResource(r.json, u"demo"_s))
            set.append(read->resources);
    }
    clinical::RecordOptions options;
    options.patientId = patientId;
    return clinical::PatientRecord::build(std::move(set), options);
}

// CPU time of this (the GUI) thread: on a loaded machine, wall time also counts the waits for a
// core; both are reported.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Sample {
    double wall = 0;
    double cpu = 0;
};

struct Frames {
    std::vector<double> ms;
    std::vector<double> cpu;
    void add(Sample s)
    {
        ms.push_back(s.wall);
        cpu.push_back(s.cpu);
    }
    void report(const char *prefix) const
    {
        report(prefix, ms, "");
        report(prefix, cpu, "_cpu");
    }
    static void report(const char *prefix, const std::vector<double> &ms, const char *kind)
    {
        if (ms.empty())
            return;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double q) {
            return sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))];
        };
        const QByteArray p(prefix);
        if (*kind == 0)
            print(QByteArray(p + "_frames").constData(), double(sorted.size()), "count");
        print(QByteArray(p + "_median" + kind).constData(), at(0.5), "ms");
        print(QByteArray(p + "_p95" + kind).constData(), at(0.95), "ms");
        print(QByteArray(p + "_max" + kind).constData(), sorted.back(), "ms");
    }
};

// One frame: move the scroll bar, then let every paint it queued happen.
Sample frame(QScrollBar *bar, int value)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    bar->setValue(value);
    QApplication::processEvents();
    return Sample { double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpu };
}

Frames scroll(QScrollBar *bar, int step)
{
    Frames frames;
    bar->setValue(bar->minimum());
    QApplication::processEvents();
    for (int v = bar->minimum() + step; v < bar->maximum() + step; v += step)
        frames.add(frame(bar, std::min(v, bar->maximum())));
    return frames;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"size"_s, u"typical or large"_s, u"size"_s, u"large"_s });
    parser.addOption({ u"seed"_s, u"generator seed"_s, u"n"_s, u"7"_s });
    parser.addOption({ u"width"_s, u"window width"_s, u"px"_s, u"1440"_s });
    parser.addOption({ u"height"_s, u"window height"_s, u"px"_s, u"900"_s });
    parser.addOption({ u"grab"_s, u"write a PNG of the view"_s, u"file"_s });
    parser.addOption({ u"language"_s, u"ja or en"_s, u"code"_s, u"ja"_s });
    parser.process(app);
    ui::LanguageManager languages;
    languages.setLanguage(parser.value(u"language"_s));

    QElapsedTimer timer;
    timer.start();
    const auto record = richestRecord(
        parser.value(u"size"_s) != u"typical"_s, parser.value(u"seed"_s).toULongLong());
    print("record_lab_results", record->count(clinical::ResourceKind::Lab), "count");
    print("record_prepared", double(timer.restart()), "ms");

    ui::LabsView view;
    view.resize(parser.value(u"width"_s).toInt(), parser.value(u"height"_s).toInt());
    view.show();
    QApplication::processEvents();
    QEventLoop loop;
    bool shown = false;
    QObject::connect(&view, &ui::LabsView::recordShown, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    timer.restart();
    view.setRecord(record);
    const double setRecordMs = double(timer.nsecsElapsed()) / 1e6;
    if (!shown)
        loop.exec();
    if (!shown) {
        std::fprintf(stderr, "the labs view did not show the record\n");
        return 1;
    }
    print("set_record_returns", setRecordMs, "ms");
    print("table_built_on_worker", double(view.lastBuildMs()), "ms");
    print("table_on_screen", double(timer.elapsed()), "ms");
    ui::LabTableModel *model = view.model();
    print("table_rows", model->rowCount(), "count");
    print("table_date_columns", model->dateColumnCount(), "count");

    ui::FrozenTableView *table = view.table();
    QScrollBar *horizontal = table->horizontalScrollBar();
    QScrollBar *vertical = table->verticalScrollBar();
    // End to end a page at a time, then in wheel-sized steps over the first 2,000 frames' worth.
    scroll(horizontal, std::max(1, horizontal->pageStep())).report("hscroll_page");
    Frames wheel;
    horizontal->setValue(0);
    QApplication::processEvents();
    const int wheelStep = 3 * table->horizontalHeader()->defaultSectionSize();
    for (int i = 1; i <= 2000 && i * wheelStep <= horizontal->maximum(); ++i)
        wheel.add(frame(horizontal, i * wheelStep));
    wheel.report("hscroll_wheel");
    horizontal->setValue(horizontal->maximum() / 2);
    scroll(vertical, std::max(1, vertical->singleStep() * 3)).report("vscroll");

    if (parser.isSet(u"grab"_s)) {
        // Two numeric tests with the most results, the workspace date a year before the newest.
        std::vector<std::pair<int, int>> byCount;
        for (int r = 0; r < model->rowCount(); ++r) {
            const int tableRow = model->tableRow(r);
            if (tableRow >= 0 && model->table()->row(tableRow).numeric)
                byCount.emplace_back(-model->table()->row(tableRow).abnormalCount
                        - model->table()->row(tableRow).resultCount,
                    r);
        }
        std::sort(byCount.begin(), byCount.end());
        QItemSelection selection;
        for (size_t i = 0; i < std::min<size_t>(2, byCount.size()); ++i) {
            const int r = byCount[i].second;
            selection.select(model->index(r, 0), model->index(r, model->columnCount() - 1));
        }
        table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        horizontal->setValue(0);
        vertical->setValue(0);
        view.setWorkspaceDate(model->columnDate(ui::LabTableModel::FixedColumnCount).addMonths(-2));
        for (int i = 0; i < 3; ++i) // the chart follows the selection, then lays out its lane
            QApplication::processEvents();
        if (!view.grab().save(parser.value(u"grab"_s))) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(parser.value(u"grab"_s)));
            return 1;
        }
    }
    return 0;
}
