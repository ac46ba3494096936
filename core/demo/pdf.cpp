#include "pdf.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace renkei::demo::pdf {
namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

// A literal string for the Helvetica font.
QByteArray asciiString(const QString &text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char ch = char(c.unicode());
        if (ch == '(' || ch == ')' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out + ')';
}

// A hex string of UCS-2 (big-endian) codes for the UniJIS-UCS2-H font.
QByteArray ucs2String(const QString &text)
{
    QByteArray out = "<";
    for (const QChar c : text)
        out += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
    return out + '>';
}

// Info dictionary text: UTF-16BE with a byte order mark, as a hex string.
QByteArray infoString(const QString &text)
{
    return isAscii(text) ? asciiString(text) : "<FEFF" + ucs2String(text).mid(1);
}

QByteArray contentStream(const Document &document)
{
    QByteArray out = "BT\n";
    double y = 800;
    const auto line = [&](const QString &text, int size) {
        const bool ascii = isAscii(text);
        out += QByteArray(ascii ? "/F1 " : "/F2 ") + QByteArray::number(size) + " Tf\n";
        out += "1 0 0 1 50 " + QByteArray::number(y, 'f', 0) + " Tm\n";
        out += (ascii ? asciiString(text) : ucs2String(text)) + " Tj\n";
        y -= size + 8;
    };
    line(document.title, 16);
    y -= 6;
    for (const QString &text : document.lines)
        line(text, 10);
    return out + "ET\n";
}

// Code = Unicode for UCS-2: 256 ranges of 256 codes each (a bfrange may only vary its last byte).
QByteArray toUnicodeCMap()
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (int block = 0; block < 256; block += 64) {
        out += "64 beginbfrange\n";
        for (int high = block; high < block + 64; ++high) {
            const QByteArray h = QByteArray::number(high | 0x100, 16).mid(1).toUpper();
            out += '<' + h + "00> <" + h + "FF> <" + h + "00>\n";
        }
        out += "endbfrange\n";
    }
    return out + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

QByteArray stream(const QByteArray &data)
{
    return "<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

QByteArray pdfDate(const QDateTime &when)
{
    return when.toUTC().toString(u"'D:'yyyyMMddHHmmss'Z'"_s).toLatin1();
}

} // namespace

QByteArray render(const Document &document)
{
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H "
        "/DescendantFonts [7 0 R] /ToUnicode 8 0 R >>",
        stream(contentStream(document)),
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> "
        "/FontDescriptor 9 0 R /DW 1000 >>",
        stream(toUnicodeCMap()),
        "<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 "
        "/FontBBox [-92 -250 1010 922] /ItalicAngle 0 /Ascent 752 /Descent -221 "
        "/CapHeight 737 /StemV 114 >>",
        "<< /Title " + infoString(document.title) + " /Author " + infoString(document.author)
            + " /Producer (Renkei Viewer demo network) /CreationDate (" + pdfDate(document.created)
            + ") >>",
    };
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Info 10 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF";
    return out;
}

} // namespace renkei::demo::pdf
