#include "fuzzbodies.h"

#include "ssmix2/filename.h"
#include "ssmix2/hl7reader.h"
#include "ssmix2/mapper.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace renkei::fuzz {

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer records the input; the regression test crashes loudly
}

} // namespace

int hl7(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ssmix2::ParseOptions options;
    options.maxBytes = 1 << 20;
    const Result<ssmix2::ParsedMessage> parsed = ssmix2::parseMessage(bytes, options);
    if (!parsed)
        return 0;
    const ssmix2::Message &message = parsed->message;
    ssmix2::MapContext context;
    context.sourceSystem = u"/fuzz"_s;
    context.fileName = u"1_-_ADT-00_1_20240101000000000_-_1"_s;
    context.patientId = u"1"_s;
    const ssmix2::MapResult mapped = ssmix2::mapMessage(message, context);
    (void)mapped.resources.count();

    // parse(encode(m)) == m, as text.
    const QString text = message.encode();
    ssmix2::Message again;
    QString error;
    check(ssmix2::parseMessageText(text, &again, &error));
    check(again.encode() == text);

    // Another delimiter set and back keeps every leaf value.
    ssmix2::Delimiters other;
    check(ssmix2::Delimiters::fromMsh(u'#', u"$*/%", &other));
    const ssmix2::Message there = message.withDelimiters(other);
    ssmix2::Message parsedThere;
    check(ssmix2::parseMessageText(there.encode(), &parsedThere, &error));
    for (qsizetype i = 0; i < message.segments().size() && i < parsedThere.segments().size(); ++i) {
        const ssmix2::Segment &a = message.segments().at(i);
        const ssmix2::Segment &b = parsedThere.segments().at(i);
        for (int f = 3; f <= a.fieldCount(); ++f)
            (void)(a.text(f) == b.text(f));
    }
    return 0;
}

int ssmix2FileName(const uint8_t *data, size_t size)
{
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ssmix2::FileNameResult r = ssmix2::parseFileName(name);
    check(r.ok() != r.error.has_value());
    if (r.ok()) {
        const QString path = ssmix2::expectedRelativePath(*r.name, name);
        check(path.endsWith(name));
        check(r.name->issued.isValid());
    }
    return 0;
}

} // namespace renkei::fuzz
