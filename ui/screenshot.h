#pragma once

class QString;
class QWidget;

namespace renkei::ui {

// Renders `widget` (laid out, as on screen, without the window frame) into a PNG file at `path`.
// Used by `renkei --screenshot` (the README's headless check) and by the tests. False when the
// widget is null, renders to nothing, or the file cannot be written.
bool saveScreenshot(QWidget *widget, const QString &path);

} // namespace renkei::ui
