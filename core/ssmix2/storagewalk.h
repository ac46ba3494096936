#pragma once

#include "ssmix2/filename.h"
#include "ssmix2/storage.h"

#include <QList>
#include <QString>

// The first pass of readStorage: find the files, parse their names, check names against
// folders. No file is opened here. Internal to core/ssmix2.
namespace renkei::ssmix2::detail {

struct FileEntry {
    QString absolutePath;
    QString relativePath;
    QString fileName;
    FileName name;
    qint64 size = 0;
};

struct WalkResult {
    QList<FileEntry> entries; // files whose name and place agree well enough to be read
    QList<FileIssue> issues;
    int filesFound = 0;
    int filesRejected = 0;
};

// `root` is the storage root; `onlyPatient` restricts the walk to root/xxx/yyy/<onlyPatient>.
WalkResult walkStorage(
    const QString &root, const QString &onlyPatient, const StorageOptions &options);

} // namespace renkei::ssmix2::detail
