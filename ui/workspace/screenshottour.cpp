#include "workspace/screenshottour.h"

#include "clinical/patientrecord.h"
#include "screenshot.h"
#include "uilogging.h"
#include "workspace/patientarea.h"
#include "workspace/patientopener.h"
#include "workspace/viewerui.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSplitter>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

// Lets the event loop run (worker threads of the views deliver their results) for a while.
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

// The newest document's day (a discharge summary or a referral: the side-by-side picture shows
// it beside the labs of that time), else the latest admission, else the record's newest day.
QDate interestingDate(const clinical::PatientRecord &record)
{
    const auto &documents = record.byDate(clinical::ResourceKind::Document);
    if (!documents.empty()) {
        const qint64 t = record.timeOf(clinical::ResourceKind::Document, documents.back());
        if (t != clinical::kNoTime)
            return clinical::japanDate(t);
    }
    qint64 best = clinical::kNoTime;
    const auto &encounters = record.resources().encounters;
    for (qsizetype i = 0; i < encounters.size(); ++i) {
        if (encounters.at(i).encounterClass == model::Encounter::Class::Inpatient)
            best = std::max(best, record.timeOf(clinical::ResourceKind::Encounter, i));
    }
    return clinical::japanDate(best != clinical::kNoTime ? best : record.newestTime());
}

} // namespace

ScreenshotTour::ScreenshotTour(
    QWidget &window, ViewerUi &viewer, QString directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_viewer(viewer)
    , m_directory(std::move(directory))
{
}

void ScreenshotTour::run(const QString &patientId)
{
    PatientOpener *opener = m_viewer.opener();
    connect(opener, &PatientOpener::syncRunningChanged, this, [this](bool running) {
        if (!running)
            m_syncDone = true;
    });
    connect(opener, &PatientOpener::recordChanged, this, [this](const auto &record) {
        if (m_syncDone && record && !m_started) {
            m_started = true;
            QTimer::singleShot(0, this, &ScreenshotTour::shoot);
        }
    });
    if (!QDir().mkpath(m_directory)) {
        Q_EMIT finished(false);
        return;
    }
    opener->openFromNetwork(patientId);
}

bool ScreenshotTour::save(const QString &name)
{
    settle(1500);
    const QString path = QDir(m_directory).filePath(name);
    if (!saveScreenshot(&m_window, path))
        return false;
    m_written.append(path);
    return true;
}

void ScreenshotTour::shoot()
{
    Workspace *workspace = m_viewer.patientArea()->workspace();
    const auto record = m_viewer.opener()->record();
    if (!record) {
        Q_EMIT finished(false);
        return;
    }
    const QDate date = interestingDate(*record);
    m_window.resize(1600, 940);
    bool ok = true;
    for (const QString &id : workspace->registry().ids()) {
        workspace->showOnly(id);
        workspace->setWorkspaceDate(date);
        ok = save(id + u".png"_s) && ok;
    }
    workspace->showAllPanes();
    // The document beside the labs of its time (the doctor's preset when there is no document
    // view in this build).
    if (workspace->registry().contains(u"docs"_s))
        workspace->setPaneViews({ u"docs"_s, u"labs"_s });
    else
        workspace->applyPreset(Workspace::Preset::Doctor);
    workspace->splitter()->setSizes({ 1, 1, 1 });
    workspace->setWorkspaceDate(date);
    ok = save(u"side-by-side.png"_s) && ok;
    qCInfo(lcUi) << "screenshots written:" << m_written.size();
    Q_EMIT finished(ok);
}

} // namespace renkei::ui
