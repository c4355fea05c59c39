#include "io/jsonvalue.h"

#include <QTest>

using namespace Cairn::Core;

// The views over simdjson that every reader reads through.
class TestJsonValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEachKindOfValue()
    {
        ParsedJson parsed;
        Problems problems;
        QVERIFY(parsed.parse(QByteArray(R"({"s": "t\u00e9xt", "n": 2.5, "i": -3, "b": true, "z": null,
                                            "a": [1, "two", {"k": [3]}], "o": {"inner": "x"}})"),
                             problems));
        const JsonObjectView root = parsed.root().toObject();
        QCOMPARE(root.value(u"s").toString(), QStringLiteral("t\u00e9xt"));
        QVERIFY(root.value(u"n").isNumber());
        QCOMPARE(root.value(u"n").toDouble(), 2.5);
        QCOMPARE(root.value(u"i").toDouble(), -3.0);
        QVERIFY(root.value(u"b").isBool());
        QVERIFY(root.value(u"z").isDefined());
        QVERIFY(root.value(u"z").isNull());
        QVERIFY(!root.value(u"missing").isDefined());
        QVERIFY(!root.contains(u"missing"));
        QVERIFY(root.contains(u"o"));
        QCOMPARE(root.value(u"o").toObject().value(u"inner").toString(), QStringLiteral("x"));

        // A value read as the wrong type is empty, never a crash.
        QCOMPARE(root.value(u"n").toString(), QString());
        QCOMPARE(root.value(u"s").toDouble(), 0.0);
        QVERIFY(root.value(u"s").toObject().isEmpty());
        QCOMPARE(root.value(u"s").toArray().size(), 0);
        QVERIFY(!root.value(u"missing").toObject().contains(u"k"));
    }

    void walksAnArrayInOrder()
    {
        ParsedJson parsed;
        Problems problems;
        QVERIFY(parsed.parse(QByteArray(R"([10, 20, 30, [], {}])"), problems));
        const JsonArrayView array = parsed.root().toArray();
        QCOMPARE(array.size(), 5);
        QList<double> numbers;
        for (const JsonView element : array) {
            if (element.isNumber())
                numbers.append(element.toDouble());
        }
        QCOMPARE(numbers, (QList<double>{10, 20, 30}));
        QVERIFY(JsonArrayView().isEmpty());
        QVERIFY(JsonArrayView().begin() == JsonArrayView().end());
    }

    void aStoredTextThatDoesNotParseIsUndefined()
    {
        ParsedJson parsed;
        QVERIFY(!parsed.parseStored(QStringLiteral("{broken")).isDefined());
        const JsonView again = parsed.parseStored(QStringLiteral(R"(["a", "b"])"));
        QCOMPARE(again.toArray().size(), 2);
    }

    void aKeyLongerThanAnyOfCairnsIsNotFound()
    {
        const QString longKey(100, u'k');
        ParsedJson parsed;
        Problems problems;
        QVERIFY(parsed.parse(QStringLiteral(R"({"%1": 1})").arg(longKey).toUtf8(), problems));
        QVERIFY(!parsed.root().toObject().contains(longKey));
    }

    void aTextWithoutRoomAfterItIsReadToo()
    {
        // fromRawData has no spare capacity: simdjson gets a padded copy.
        static const char text[] = R"({"k": "v"})";
        const QByteArray raw = QByteArray::fromRawData(text, sizeof text - 1);
        ParsedJson parsed;
        Problems problems;
        QVERIFY(parsed.parse(raw, problems));
        QCOMPARE(parsed.root().toObject().value(u"k").toString(), QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestJsonValue)
#include "tst_jsonvalue.moc"
