#pragma once

#include <QString>

namespace renkei::ui {

// The product's names. Proper names, not translations of each other: the About dialog shows
// both in either UI language. The window title is tr("Renkei Viewer"), which the Japanese
// translation renders as productNameJapanese().
inline QString productNameJapanese()
{
    return QStringLiteral("地域医療連携ビューア");
}

inline QString productNameEnglish()
{
    return QStringLiteral("Renkei Viewer");
}

} // namespace renkei::ui
