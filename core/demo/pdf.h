#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A tiny hand-written PDF 1.4 (no Gui, no fonts embedded): one A4 page of text lines. ASCII lines
// use Helvetica; lines with Japanese use the standard CJK font HeiseiKakuGo-W5 through the
// UniJIS-UCS2-H CMap, with a ToUnicode map so text extraction gives the characters back.
namespace renkei::demo::pdf {

struct Document {
    QString title; // first line, larger
    QStringList lines; // the body, one line each (long lines are not wrapped)
    QString author; // Info /Author (ASCII or Japanese)
    QDateTime created; // Info /CreationDate (deterministic: never the clock)
};

QByteArray render(const Document &document);

} // namespace renkei::demo::pdf
