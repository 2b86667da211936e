#include "lintas/exchange/Json.h"

#include <cmath>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <string>

namespace lintas::exchange::json {
namespace {

Value parseOk(std::string_view text) {
    auto parsed = parse(text, "doc.json");
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().toString());
    return parsed.ok() ? parsed.value() : Value();
}

/// Asserts that `text` is rejected with `code`, names the document and explains why.
void expectRejected(std::string_view text, ErrorCode code = ErrorCode::Malformed, const Limits& limits = {}) {
    auto parsed = parse(text, "doc.json", limits);
    ASSERT_FALSE(parsed.ok()) << "accepted: " << text;
    EXPECT_EQ(parsed.error().code, code) << parsed.error().toString();
    EXPECT_EQ(parsed.error().field, "doc.json");
    EXPECT_FALSE(parsed.error().detail.empty());
}

std::string nested(std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

// --- reading -------------------------------------------------------------------------------

TEST(JsonParse, ReadsEveryKindOfValue) {
    const Value v = parseOk(R"( {"n":null,"t":true,"f":false,"i":-42,"d":2.5,"s":"x","a":[1,[]],"o":{}} )");
    ASSERT_TRUE(v.isObject());
    EXPECT_TRUE(v.find("n")->isNull());
    EXPECT_TRUE(v.find("t")->asBool());
    EXPECT_FALSE(v.find("f")->asBool());
    EXPECT_EQ(v.find("i")->asInt(), -42);
    EXPECT_EQ(v.find("d")->asDouble(), 2.5);
    EXPECT_EQ(v.find("s")->asString(), "x");
    EXPECT_EQ(v.find("a")->asArray().size(), 2u);
    EXPECT_TRUE(v.find("o")->asObject().empty());
    EXPECT_EQ(v.find("missing"), nullptr);
}

TEST(JsonParse, KeepsMembersInDocumentOrder) {
    const Value v = parseOk(R"({"z":1,"a":2,"m":3})");
    const auto& members = v.asObject();
    ASSERT_EQ(members.size(), 3u);
    EXPECT_EQ(members[0].first, "z");
    EXPECT_EQ(members[1].first, "a");
    EXPECT_EQ(members[2].first, "m");
}

TEST(JsonParse, AcceptsScalarDocumentsAndJsonWhitespace) {
    EXPECT_EQ(parseOk("7").asInt(), 7);
    EXPECT_EQ(parseOk(" \t\r\n\"s\" \n").asString(), "s");
    EXPECT_TRUE(parseOk("null").isNull());
}

TEST(JsonParse, DecodesEscapes) {
    const Value v = parseOk(R"("q\" b\\ s\/ \b\f\n\r\t \u00e9 \u20AC \ud83d\ude00 \u0000")");
    EXPECT_EQ(v.asString(),
              std::string("q\" b\\ s/ \b\f\n\r\t \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 ") + std::string(1, '\0'));
}

TEST(JsonParse, AcceptsRawUtf8) {
    // Thai, Khmer, Vietnamese and a four-byte emoji, as raw UTF-8.
    const std::string text = "\"\xE0\xB8\x81 \xE1\x9E\x80 Vi\xE1\xBB\x87t \xF0\x9F\x98\x80\"";
    EXPECT_EQ(parseOk(text).asString(), text.substr(1, text.size() - 2));
}

TEST(JsonParse, ReadsIntegersExactlyAtTheLimits) {
    EXPECT_EQ(parseOk("9223372036854775807").asInt(), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(parseOk("-9223372036854775808").asInt(), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(parseOk("9007199254740993").asInt(), 9007199254740993); // not representable as a double
    EXPECT_TRUE(parseOk("-0").isInt());
}

TEST(JsonParse, RejectsIntegersBeyond64Bits) {
    expectRejected("9223372036854775808");
    expectRejected("-9223372036854775809");
    expectRejected("[123456789012345678901234567890]");
}

TEST(JsonParse, ReadsFractionsAndExponentsAsDoubles) {
    EXPECT_TRUE(parseOk("1.0").type() == Value::Type::Double);
    EXPECT_TRUE(parseOk("1e2").type() == Value::Type::Double);
    EXPECT_EQ(parseOk("1E+2").asDouble(), 100.0);
    EXPECT_EQ(parseOk("-2.5e-3").asDouble(), -0.0025);
    EXPECT_EQ(parseOk("0.1").asDouble(), 0.1);
    EXPECT_TRUE(std::signbit(parseOk("-0.0").asDouble()));
}

TEST(JsonParse, RejectsNumbersJsonDoesNotHave) {
    expectRejected("NaN");
    expectRejected("-NaN");
    expectRejected("Infinity");
    expectRejected("-Infinity");
    expectRejected("[nan]");
    expectRejected("1e400"); // overflows to infinity
    expectRejected("+1");
    expectRejected(".5");
    expectRejected("1.");
    expectRejected("1.e3");
    expectRejected("1e");
    expectRejected("1e+");
    expectRejected("-");
    expectRejected("0x10");
}

TEST(JsonParse, RejectsLeadingZeros) {
    expectRejected("01");
    expectRejected("-01");
    expectRejected("00");
    expectRejected("[007]");
    expectRejected("{\"a\":00.5}");
}

TEST(JsonParse, RejectsDuplicateKeys) {
    expectRejected(R"({"a":1,"a":2})");
    expectRejected(R"({"a":1,"b":2,"a":1})");
}

TEST(JsonParse, RejectsDuplicateKeysAtDepth) {
    expectRejected(R"({"x":[{"k":{"a":1,"a":1}}]})");
    expectRejected(R"([{},{"id":1,"id":1}])");
}

TEST(JsonParse, RejectsKeysThatAreDuplicatesOnceUnescaped) {
    expectRejected(R"({"ab":1,"a\u0062":2})");
    expectRejected(R"({"\/":1,"/":2})");
}

TEST(JsonParse, AllowsTheSameKeyInDifferentObjects) {
    const Value v = parseOk(R"({"a":{"a":1},"b":{"a":2}})");
    EXPECT_EQ(v.find("b")->find("a")->asInt(), 2);
}

TEST(JsonParse, DuplicateKeyErrorGivesItsOffsetAndNotTheContent) {
    auto parsed = parse(R"({"secret":1,"secret":2})", "manifest.json");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().field, "manifest.json");
    EXPECT_EQ(parsed.error().detail, "duplicate key at byte 12");
    EXPECT_EQ(parsed.error().detail.find("secret"), std::string::npos);
}

TEST(JsonParse, RefusesNestingDeeperThanTheLimit) {
    EXPECT_TRUE(parse(nested(64), "doc.json").ok());
    expectRejected(nested(65), ErrorCode::Refused);
    expectRejected(std::string(100000, '['), ErrorCode::Refused); // no stack overflow
    expectRejected(R"({"a":{"b":{"c":1}}})", ErrorCode::Refused, Limits{.maxDepth = 2});
    EXPECT_TRUE(parse(R"({"a":{"b":1}})", "doc.json", Limits{.maxDepth = 2}).ok());
}

TEST(JsonParse, RejectsInvalidUtf8) {
    expectRejected("\"\x80\"");             // stray continuation byte
    expectRejected("\"\xC3\"");             // truncated two-byte sequence
    expectRejected("\"\xC3(\"");            // bad continuation
    expectRejected("\"\xE2\x82\"");         // truncated three-byte sequence
    expectRejected("\"\xF0\x9F\x98\"");     // truncated four-byte sequence
    expectRejected("\"\xF5\x80\x80\x80\""); // lead byte beyond U+10FFFF
    expectRejected("\"\xF4\x90\x80\x80\""); // U+110000
    expectRejected("\"\xFE\"");
    expectRejected("\"\xFF\"");
    expectRejected("{\"k\xC3\":1}");   // in a key
    expectRejected("\"ok\" \xC3\xA9"); // outside a string
}

TEST(JsonParse, RejectsOverlongUtf8) {
    expectRejected("\"\xC0\xAF\""); // '/' in two bytes
    expectRejected("\"\xC1\xBF\"");
    expectRejected("\"\xE0\x80\xAF\""); // '/' in three bytes
    expectRejected("\"\xE0\x9F\xBF\"");
    expectRejected("\"\xF0\x80\x80\xAF\""); // '/' in four bytes
    expectRejected("\"\xF0\x8F\xBF\xBF\"");
    expectRejected("\"\xC0\x80\""); // "modified UTF-8" NUL
}

TEST(JsonParse, RejectsSurrogatesEncodedInUtf8) {
    expectRejected("\"\xED\xA0\x80\"");                                // U+D800
    expectRejected("\"\xED\xBF\xBF\"");                                // U+DFFF
    expectRejected("\"\xED\xA0\xBD\xED\xB8\x80\"");                    // CESU-8 pair
    EXPECT_EQ(parseOk("\"\xED\x9F\xBF\"").asString(), "\xED\x9F\xBF"); // U+D7FF is fine
}

TEST(JsonParse, RejectsLoneSurrogateEscapes) {
    expectRejected(R"("\ud800")");
    expectRejected(R"("\udc00")");
    expectRejected(R"("\ud800x")");
    expectRejected(R"("\ud800\u0041")");
    expectRejected(R"("\ud800\ud800")");
    expectRejected(R"("\ude00\ud83d")"); // reversed pair
    expectRejected(R"("\ud800\")");
}

TEST(JsonParse, RejectsBadEscapes) {
    expectRejected(R"("\x41")");
    expectRejected(R"("\u12G4")");
    expectRejected(R"("\u12")");
    expectRejected(R"("\U0041")");
    expectRejected(R"("\')");
}

TEST(JsonParse, RejectsControlCharactersInStrings) {
    expectRejected("\"a\nb\"");
    expectRejected("\"a\tb\"");
    expectRejected(std::string("\"a\0b\"", 5));
    expectRejected("\"\x1F\"");
    EXPECT_EQ(parseOk("\"\x7F\"").asString(), "\x7F"); // DEL is not a JSON control character
}

TEST(JsonParse, RejectsTrailingGarbage) {
    expectRejected("{} x");
    expectRejected("1 2");
    expectRejected("[]]");
    expectRejected("{}{}");
    expectRejected("null,");
    expectRejected(std::string("{}\0", 3));
}

TEST(JsonParse, RejectsLeadingGarbageAndByteOrderMark) {
    expectRejected("\xEF\xBB\xBF{}");
    expectRejected("x{}");
    expectRejected("\f{}"); // form feed is not JSON whitespace
}

TEST(JsonParse, RejectsOtherSyntaxErrors) {
    expectRejected("");
    expectRejected("   ");
    expectRejected("[1,]");
    expectRejected("{\"a\":1,}");
    expectRejected("{'a':1}");
    expectRejected("{a:1}");
    expectRejected("{\"a\" 1}");
    expectRejected("{\"a\":}");
    expectRejected("[1 2]");
    expectRejected("[");
    expectRejected("{\"a\":1");
    expectRejected("\"open");
    expectRejected("tru");
    expectRejected("nul");
    expectRejected("True");
    expectRejected("[1]//comment");
    expectRejected("/*c*/[1]");
}

TEST(JsonParse, RefusesDocumentsBeyondTheLimits) {
    expectRejected("[1,2,3]", ErrorCode::Refused, Limits{.maxBytes = 6});
    EXPECT_TRUE(parse("[1,2,3]", "doc.json", Limits{.maxBytes = 7}).ok());
    expectRejected("\"abcdef\"", ErrorCode::Refused, Limits{.maxStringBytes = 5});
    EXPECT_TRUE(parse("\"abcde\"", "doc.json", Limits{.maxStringBytes = 5}).ok());
    expectRejected("{\"abcdef\":1}", ErrorCode::Refused, Limits{.maxStringBytes = 5});
    expectRejected("[1,2,3]", ErrorCode::Refused, Limits{.maxMembers = 3});
    EXPECT_TRUE(parse("[1,2,3]", "doc.json", Limits{.maxMembers = 4}).ok());
}

TEST(JsonParse, ErrorsGiveTheByteOffset) {
    auto parsed = parse("[1, 2, 01]");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().field, "json");
    EXPECT_EQ(parsed.error().detail, "leading zero in number at byte 7");
}

// --- writing -------------------------------------------------------------------------------

Value sample() {
    Value v;
    v.set("format", "lintas-bundle");
    v.set("version", 1);
    v.set("ratio", 0.5);
    v.set("ok", true);
    v.set("none", nullptr);
    Value list;
    list.push(1);
    list.push("two");
    list.push(Value(json::Object{}));
    list.push(Value(json::Array{}));
    v.set("list", list);
    v.set("sender", {}).set("agency", "ID-POLRI");
    return v;
}

TEST(JsonWrite, WritesCompactBytesExactly) {
    EXPECT_EQ(write(sample()), R"({"format":"lintas-bundle","version":1,"ratio":0.5,"ok":true,"none":null,)"
                               R"("list":[1,"two",{},[]],"sender":{"agency":"ID-POLRI"}})");
}

TEST(JsonWrite, WritesPrettyBytesExactly) {
    EXPECT_EQ(write(sample(), true), "{\n"
                                     "  \"format\": \"lintas-bundle\",\n"
                                     "  \"version\": 1,\n"
                                     "  \"ratio\": 0.5,\n"
                                     "  \"ok\": true,\n"
                                     "  \"none\": null,\n"
                                     "  \"list\": [\n"
                                     "    1,\n"
                                     "    \"two\",\n"
                                     "    {},\n"
                                     "    []\n"
                                     "  ],\n"
                                     "  \"sender\": {\n"
                                     "    \"agency\": \"ID-POLRI\"\n"
                                     "  }\n"
                                     "}");
}

TEST(JsonWrite, SameValueGivesSameBytes) {
    EXPECT_EQ(write(sample()), write(sample()));
    EXPECT_EQ(write(sample(), true), write(sample(), true));
    EXPECT_EQ(write(parseOk(write(sample()))), write(sample()));
}

TEST(JsonWrite, EscapesOnlyWhatJsonRequires) {
    EXPECT_EQ(write(Value("q\" b\\ / \b\f\n\r\t \x01\x1F \x7F")), R"("q\" b\\ / \b\f\n\r\t \u0001\u001f )"
                                                                  "\x7F\"");
    EXPECT_EQ(write(Value(std::string("a\0b", 3))), R"("a\u0000b")");
    EXPECT_EQ(write(Value("\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80")), "\"\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"");
}

TEST(JsonWrite, ReplacesInvalidUtf8WithReplacementCharacter) {
    EXPECT_EQ(write(Value("a\xFF"
                          "b\xC0\xAF")),
              "\"a\xEF\xBF\xBD"
              "b\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST(JsonWrite, WritesIntegersExactly) {
    EXPECT_EQ(write(Value(std::numeric_limits<std::int64_t>::max())), "9223372036854775807");
    EXPECT_EQ(write(Value(std::numeric_limits<std::int64_t>::min())), "-9223372036854775808");
    EXPECT_EQ(write(Value(0)), "0");
}

TEST(JsonWrite, WritesDoublesShortestAndKeepsThemDoubles) {
    EXPECT_EQ(write(Value(0.1)), "0.1");
    EXPECT_EQ(write(Value(1.0)), "1.0");
    EXPECT_EQ(write(Value(-0.0)), "-0.0");
    EXPECT_EQ(write(Value(100.0)), "100.0");
    EXPECT_EQ(write(Value(1e300)), "1e+300");
    EXPECT_EQ(write(Value(2.5e-8)), "2.5e-08");
    EXPECT_EQ(write(Value(std::numeric_limits<double>::quiet_NaN())), "null");
    EXPECT_EQ(write(Value(std::numeric_limits<double>::infinity())), "null");
}

TEST(JsonRoundTrip, ValuesSurviveWriteAndParse) {
    const std::vector<Value> values = {
        sample(),
        Value(0.1 + 0.2),
        Value(1.0),
        Value(-0.0),
        Value(5e-324),
        Value(std::numeric_limits<double>::max()),
        Value(std::numeric_limits<std::int64_t>::min()),
        Value(std::string("\0\x01\"\\\xE2\x80\xA8", 7)),
        Value(json::Array{Value(json::Array{Value(json::Array{})})}),
    };
    for (const Value& v : values) {
        for (const bool pretty : {false, true}) {
            const std::string text = write(v, pretty);
            auto back = parse(text);
            ASSERT_TRUE(back.ok()) << text << ": " << back.error().toString();
            EXPECT_TRUE(back.value() == v) << text;
            EXPECT_EQ(write(back.value(), pretty), text);
        }
    }
}

TEST(JsonRoundTrip, DocumentsSurviveParseAndWrite) {
    const std::string compact = R"({"a":[1,-2,3.25,"x\n",true,false,null,{}],"b":{"c":"\u0001"}})";
    EXPECT_EQ(write(parseOk(compact)), compact);
}

// --- the Value API ---------------------------------------------------------------------------

TEST(JsonValue, SetReplacesInPlaceAndAppendsNewKeys) {
    Value v;
    v.set("a", 1);
    v.set("b", 2);
    v.set("a", 3);
    ASSERT_EQ(v.asObject().size(), 2u);
    EXPECT_EQ(v.asObject()[0].first, "a");
    EXPECT_EQ(v.find("a")->asInt(), 3);
    EXPECT_EQ(write(v), R"({"a":3,"b":2})");
}

TEST(JsonValue, SetReturnsTheMemberForNesting) {
    Value v;
    v.set("outer", {}).set("inner", "x");
    EXPECT_EQ(write(v), R"({"outer":{"inner":"x"}})");
}

TEST(JsonValue, PushTurnsNullIntoAnArray) {
    Value v;
    v.push(1);
    v.push("a");
    EXPECT_EQ(write(v), R"([1,"a"])");
}

TEST(JsonValue, FindOnANonObjectIsNull) {
    EXPECT_EQ(Value(1).find("a"), nullptr);
    EXPECT_EQ(Value(json::Array{}).find("a"), nullptr);
}

TEST(JsonValue, AsDoubleConvertsIntegers) {
    EXPECT_EQ(Value(3).asDouble(), 3.0);
    EXPECT_FALSE(Value(3) == Value(3.0)); // the type is part of the value
}

} // namespace
} // namespace lintas::exchange::json
