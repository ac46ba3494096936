#pragma once

#include "ssmix2/hl7message.h"

#include <QString>
#include <QStringView>

// HL7 v2.5 §2.7 escape sequences, with E standing for the escape character:
//   EFE field separator, ESE component, ETE sub-component, ERE repetition, EEE escape,
//   EXhhhh…E hexadecimal bytes (read as UTF-8 when valid, else Latin-1).
// Formatting and character-set sequences (EHE, ENE, E.br E, ECxxyyE, EMxxyyzzE, EZ…E and any
// other) pass through unchanged: they are the sender's and a viewer may render them later.
// An escape character with no closing one is kept as an ordinary character.
namespace renkei::ssmix2 {

QString unescape(QStringView raw, const Delimiters &delimiters);

// Escapes delimiters and the escape character, and CR / LF (as \X0D\ and \X0A\), so that the
// result is one leaf of a field.
QString escape(QStringView text, const Delimiters &delimiters);

// Rewrites raw text written with `from` into the same structure written with `to`: delimiters
// are mapped one to one, escape sequences keep their meaning (the pass-through ones included),
// and characters that are delimiters in `to` only are escaped.
QString transcode(QStringView raw, const Delimiters &from, const Delimiters &to);

} // namespace renkei::ssmix2
