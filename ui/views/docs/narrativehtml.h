#pragma once

#include <QString>

// A FHIR narrative (section.text.div, XHTML) made safe to show: only a whitelist of text
// elements is kept (paragraphs, emphasis, lists, tables, line breaks), every attribute is
// dropped except a table cell's colspan/rowspan, links become their text, images, scripts,
// styles, forms and objects are left out (an image leaves a note). Nothing in the result can
// make QTextDocument load a resource. Not well-formed XHTML falls back to the plain text.
namespace renkei::ui {

struct SafeNarrative {
    QString html; // a fragment to embed in the reader's document
    int removedImages = 0; // images left out (the reader says so)
    bool fellBack = false; // not well-formed: `html` is the escaped plain text
};

SafeNarrative sanitizeNarrative(const QString &xhtml, const QString &plainFallback);

} // namespace renkei::ui
