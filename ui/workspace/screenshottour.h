#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace renkei::ui {

class ViewerUi;

// `renkei --demo --screenshot DIR` (issue 6 §8): opens a patient from the network (sync, then
// the record from the cache), then saves the window once per view (timeline.png, labs.png,
// meds.png, docs.png: those built in) and once with the doctor's side-by-side layout
// (side-by-side.png), the workspace date on the patient's latest admission.
class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(QWidget &window, ViewerUi &viewer, QString directory, QObject *parent = nullptr);

    void run(const QString &patientId);
    QStringList written() const { return m_written; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void shoot();
    bool save(const QString &name);

    QWidget &m_window;
    ViewerUi &m_viewer;
    QString m_directory;
    QStringList m_written;
    bool m_syncDone = false;
    bool m_started = false;
};

} // namespace renkei::ui
