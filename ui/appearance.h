#pragma once

namespace renkei::ui {

// Raises the application font to at least `minimumPointSize` when the platform's is smaller
// (kanji and kana need a little more size than Latin text to stay legible); never lowers it.
// Call once, after QApplication exists and before any window is created.
void ensureReadableFont(double minimumPointSize = 10.0);

} // namespace renkei::ui
