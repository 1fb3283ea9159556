#include "core/exchange/CsvReader.h"
#include "core/exchange/CsvWriter.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace relais::core;

namespace {

struct Read
{
    std::vector<CsvRecord> records;
    std::optional<CsvSyntaxError> error;
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = 0;
};

Read readAll(const QByteArray& bytes)
{
    Read result;
    CsvReader reader(bytes);
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    result.error = reader.read([&](const CsvRecord& record) {
        result.records.push_back(record);
        return true;
    });
    return result;
}

QStringList fields(std::initializer_list<const char*> utf8)
{
    QStringList list;
    for (const char* text : utf8) {
        list << QString::fromUtf8(text);
    }
    return list;
}

} // namespace

TEST_CASE("The CSV reader splits quoted values holding the delimiter and doubled quotes", "[exchange][csv]")
{
    const Read read = readAll("code,name,kind\r\n"
                              "CLSC,\"CLSC de Magog, point de service\",\"dit \"\"le CLSC\"\"\"\r\n");
    REQUIRE_FALSE(read.error);
    REQUIRE(read.records.size() == 2);
    CHECK(read.records[1].fields == fields({"CLSC", "CLSC de Magog, point de service", "dit \"le CLSC\""}));
}

TEST_CASE("A quoted value spanning lines keeps its line breaks and the next record's line is its own",
          "[exchange][csv]")
{
    const Read read = readAll("ref,note\n"
                              "I1,\"first line\nsecond line\n\nfourth line\"\n"
                              "I2,short\n"
                              "\n"
                              "I3,\"a\r\nb\"\r\n");
    REQUIRE_FALSE(read.error);
    REQUIRE(read.records.size() == 4);
    CHECK(read.records[0].line == 1);
    CHECK(read.records[1].line == 2);
    CHECK(read.records[1].fields.at(1) == QStringLiteral("first line\nsecond line\n\nfourth line"));
    CHECK(read.records[2].line == 6);
    CHECK(read.records[3].line == 8); // the blank line 7 starts no record
    CHECK(read.records[3].fields.at(1) == QStringLiteral("a\r\nb"));
}

TEST_CASE("CRLF, LF and old Mac CR line ends all end records on the right line", "[exchange][csv]")
{
    for (const char* end : {"\r\n", "\n", "\r"}) {
        INFO("line end " << QByteArray(end).toHex().toStdString());
        const QByteArray eol(end);
        const Read read = readAll("a,b" + eol + "1,2" + eol + "3,4" + eol);
        REQUIRE_FALSE(read.error);
        REQUIRE(read.records.size() == 3);
        CHECK(read.records[2].line == 3);
        CHECK(read.records[2].fields == fields({"3", "4"}));
    }
}

TEST_CASE("A last record without a line end is read", "[exchange][csv]")
{
    const Read read = readAll("a,b\n1,2");
    REQUIRE_FALSE(read.error);
    REQUIRE(read.records.size() == 2);
    CHECK(read.records[1].fields == fields({"1", "2"}));
}

TEST_CASE("A UTF-8 byte-order mark is skipped and the text read as UTF-8", "[exchange][csv]")
{
    const Read read = readAll("\xEF\xBB\xBFref;first_name\r\nP1;H\xC3\xA9l\xC3\xA8ne\r\n");
    REQUIRE_FALSE(read.error);
    CHECK(read.encoding == TextEncoding::Utf8);
    CHECK(read.delimiter == ';');
    CHECK(read.records[0].fields == fields({"ref", "first_name"}));
    CHECK(read.records[1].fields.at(1) == QString::fromUtf8("Hélène"));
}

TEST_CASE("Bytes that are not UTF-8 are read as Windows-1252, as Excel writes them", "[exchange][csv]")
{
    // "Hélène", "l’abri" (0x92), "œuvre" (0x9C), "€" (0x80) in Windows-1252.
    const Read read = readAll("ref;note\r\nP1;\"H\xE9l\xE8ne \xE0 l\x92"
                              "abri; \x9Cuvre \x80\"\r\n");
    REQUIRE_FALSE(read.error);
    CHECK(read.encoding == TextEncoding::Windows1252);
    CHECK(read.delimiter == ';');
    CHECK(read.records[1].fields.at(1) == QString::fromUtf8("Hélène à l’abri; œuvre €"));
}

TEST_CASE("The delimiter is the one the header line has most of, outside quotes", "[exchange][csv]")
{
    CHECK(CsvReader::detectDelimiter("code,name,kind") == ',');
    CHECK(CsvReader::detectDelimiter("code;name;kind") == ';');
    CHECK(CsvReader::detectDelimiter("\"a,b,c\";name;kind") == ';');
    CHECK(CsvReader::detectDelimiter("code\tname\tkind") == '\t');
    CHECK(CsvReader::detectDelimiter("single") == ',');
    const Read read = readAll("\n\nref;\"a,b,c,d\"\nx;y\n");
    CHECK(read.delimiter == ';');
    REQUIRE(read.records.size() == 2);
    CHECK(read.records[0].line == 3);
}

TEST_CASE("A stray quote is an error naming the line where its record starts", "[exchange][csv]")
{
    const Read read = readAll("ref,note\nI1,ok\nI2,\"multi\nline\"x\nI3,fine\n");
    REQUIRE(read.error);
    CHECK(read.error->line == 3);
    CHECK(read.error->reason.contains(QStringLiteral("line 4")));
    CHECK(read.records.size() == 2);
}

TEST_CASE("A quote never closed is an error naming where it opened", "[exchange][csv]")
{
    const Read read = readAll("ref,note\nI1,ok\nI2,\"never closed\nI3,fine\n");
    REQUIRE(read.error);
    CHECK(read.error->line == 3);
    CHECK(read.error->reason.contains(QStringLiteral("never closed")));
}

TEST_CASE("A UTF-16 file is refused with advice rather than read as garbage", "[exchange][csv]")
{
    const Read read = readAll(QByteArray("\xFF\xFE", 2) + QByteArray("r\0e\0f\0", 6));
    REQUIRE(read.error);
    CHECK(read.error->line == 1);
    CHECK(read.error->reason.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("UTF-8 validation accepts real text and refuses Latin-1 and broken sequences", "[exchange][csv]")
{
    CHECK(CsvReader::isValidUtf8(QByteArray("plain ascii, long enough to use the fast path")));
    CHECK(CsvReader::isValidUtf8(QString::fromUtf8("Hélène, Bjørn, œuvre, €, 🙂").toUtf8()));
    CHECK_FALSE(CsvReader::isValidUtf8(QByteArray("H\xE9l\xE8ne")));
    CHECK_FALSE(CsvReader::isValidUtf8(QByteArray("cut \xC3")));
    CHECK_FALSE(CsvReader::isValidUtf8(QByteArray("\xC0\xAF"))); // overlong
    CHECK_FALSE(CsvReader::isValidUtf8(QByteArray("\xED\xA0\x80"))); // surrogate
}

TEST_CASE("The CSV writer quotes what needs it and the reader reads it back the same", "[exchange][csv]")
{
    const QStringList values
        = {QStringLiteral("plain"),      QStringLiteral("with;semicolon"), QStringLiteral("a \"quote\""),
           QStringLiteral("two\nlines"), QStringLiteral(" padded "),       QString(),
           QString::fromUtf8("Hélène")};
    for (const char delimiter : {',', ';'}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(buffer, delimiter);
            writer.writeRecord({QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
                                QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("h7")});
            writer.writeRecord(values);
            REQUIRE(writer.flush());
        }
        const QByteArray bytes = buffer.data();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.contains("\r\n"));
        const Read read = readAll(bytes);
        REQUIRE_FALSE(read.error);
        CHECK(read.delimiter == delimiter);
        REQUIRE(read.records.size() == 2);
        CHECK(read.records[1].fields == values);
    }
}

TEST_CASE("What a spreadsheet would run as a formula is written with an apostrophe and read back without it",
          "[exchange][csv][security]")
{
    // OWASP "CSV injection": a note or a phone number opened in Excel must not run.
    const QStringList values = {QStringLiteral("=HYPERLINK(\"http://x\";\"clic\")"),
                                QStringLiteral("+1 819 555 0101"),
                                QStringLiteral("@SUM(A1:A9)"),
                                QStringLiteral("-5"),
                                QStringLiteral("+3.5"),
                                QStringLiteral("- vu au parc"),
                                QStringLiteral("plain")};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer, ';');
        writer.writeRecord({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                            QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")});
        writer.writeRecord(values);
        REQUIRE(writer.flush());
    }
    const QByteArray bytes = buffer.data();
    CHECK(bytes.contains("\"'=HYPERLINK("));
    CHECK(bytes.contains(";'+1 819 555 0101;"));
    CHECK(bytes.contains(";'@SUM(A1:A9);"));
    CHECK(bytes.contains(";-5;+3.5;'- vu au parc;plain"));
    const Read read = readAll(bytes);
    REQUIRE_FALSE(read.error);
    REQUIRE(read.records.size() == 2);
    CHECK(read.records[1].fields == values);
}

TEST_CASE("A workbook or a binary file is refused on line 1 with what to do instead", "[exchange][csv]")
{
    static const char kZip[] = "PK\x03\x04\x14\x00\x06\x00[Content_Types].xml";
    const Read workbook = readAll(QByteArray(kZip, sizeof kZip - 1));
    REQUIRE(workbook.error);
    CHECK(workbook.error->line == 1);
    CHECK(workbook.error->reason.contains(QStringLiteral("workbook")));
    CHECK(workbook.error->reason.contains(QStringLiteral("CSV UTF-8")));

    QByteArray binary;
    for (int i = 0; i < 2048; ++i) {
        binary.append(static_cast<char>((i * 37 + 11) % 256));
    }
    const Read garbage = readAll(binary);
    REQUIRE(garbage.error);
    CHECK(garbage.error->line == 1);
    CHECK(garbage.error->reason.contains(QStringLiteral("binary data")));

    // Text in Windows-1252 with tabs and CRLF is still text.
    const Read text = readAll(QByteArray("ref\tnote\r\nP1\tCaf\xe9 \x92 soir\r\n"));
    REQUIRE_FALSE(text.error);
    CHECK(text.records.size() == 2);
}
