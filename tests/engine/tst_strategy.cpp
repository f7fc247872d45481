// Strategy strings: ChatRWKV's grammar and layer allocation, and a clear refusal for
// everything Linnet does not run.
#include "linnet/error.h"
#include "linnet/strategy.h"

#include <QTest>

using namespace linnet;

namespace {

// "B" bf16, "b" bf16i8, "F" fp32, "f" fp32i8, "Q" bf16i4, "q" fp32i4: one letter per
// layer, head last.
QString letters(const StrategyPlan& plan)
{
    constexpr char kLetters[] = "FBfbqQ"; // in the order of Precision
    QString s;
    for (Precision p : plan.layers)
        s += kLetters[static_cast<int>(p)];
    return s;
}

QString repeat(char c, int n)
{
    return QString(n, QChar(c));
}

} // namespace

class StrategyTest : public QObject {
    Q_OBJECT

private slots:
    void plans_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<int>("layers");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fp32") << "cpu fp32" << 24 << repeat('F', 25);
        QTest::newRow("bf16") << "cpu bf16" << 24 << repeat('B', 25);
        QTest::newRow("fp32i8") << "cpu fp32i8" << 12 << repeat('f', 13);
        QTest::newRow("bf16i8") << "cpu bf16i8" << 12 << repeat('b', 13);
        // The head is layer n_layer+1: 20 int8 blocks, then 4 fp32 blocks and an fp32 head.
        QTest::newRow("sized then rest") << "cpu bf16i8 *20 -> cpu fp32" << 24 << repeat('b', 20) + repeat('F', 5);
        // Unsized stages share the rest, the later one taking the odd layer.
        QTest::newRow("two unsized") << "cpu fp32 -> cpu bf16" << 24 << repeat('F', 12) + repeat('B', 13);
        QTest::newRow("unsized around sized")
            << "cpu fp32 -> cpu bf16 *3 -> cpu fp32i8" << 10 << repeat('F', 4) + repeat('B', 3) + repeat('f', 4);
        // Sized stages that do not reach the end: the last stage takes the rest.
        QTest::newRow("sized short") << "cpu bf16 *5 -> cpu fp32i8 *5" << 24 << repeat('B', 5) + repeat('f', 20);
        // Too many layers: the stage is cut, later stages get none.
        QTest::newRow("sized too long") << "cpu bf16 *30 -> cpu fp32" << 24 << repeat('B', 25);
        QTest::newRow("head only differs") << "cpu bf16 *24 -> cpu fp32" << 24 << repeat('B', 24) + "F";
        QTest::newRow("fp32i4") << "cpu fp32i4" << 12 << repeat('q', 13);
        QTest::newRow("bf16i4") << "cpu bf16i4" << 12 << repeat('Q', 13);
        QTest::newRow("bf16i4 then bf16") << "cpu bf16i4 *20 -> cpu bf16" << 24 << repeat('Q', 20) + repeat('B', 5);
        QTest::newRow("int8 then 4-bit") << "cpu fp32i8 *2 -> cpu fp32i4" << 4 << "ffqqq";
        QTest::newRow("4-bit head only") << "cpu bf16 *24 -> cpu bf16i4" << 24 << repeat('B', 24) + "Q";
        QTest::newRow("spacing and case") << "  CPU  BF16i8 *2->cpu   fp32 " << 3 << "bbFF";
    }
    void plans()
    {
        QFETCH(QString, strategy);
        QFETCH(int, layers);
        QFETCH(QString, expected);
        const StrategyPlan plan = parse_strategy(strategy.toStdString(), layers);
        QCOMPARE(letters(plan), expected);
        QCOMPARE(static_cast<int>(plan.layers.size()), layers + 1);
        int covered = 0;
        for (const auto& stage : plan.stages) {
            QCOMPARE(stage.first_layer, covered);
            covered += stage.layer_count;
        }
        QCOMPARE(covered, layers + 1);
    }

    void describe()
    {
        QCOMPARE(QString::fromStdString(parse_strategy("cpu bf16i8 *20 -> cpu fp32", 24).describe()),
                 QString("layers 1-20 bf16i8, layers 21-24 fp32, head fp32"));
        QCOMPARE(QString::fromStdString(parse_strategy("cpu bf16", 1).describe()), QString("layer 1 bf16, head bf16"));
        QCOMPARE(parse_strategy("cpu bf16 *2 -> cpu fp32", 2).head(), Precision::Fp32);
        QCOMPARE(QString(precision_name(Precision::Bf16i8)), QString("bf16i8"));
        QVERIFY(uses_int8(Precision::Fp32i8) && uses_int8(Precision::Bf16i8) && !uses_int8(Precision::Bf16));
        QVERIFY(uses_bf16(Precision::Bf16) && uses_bf16(Precision::Bf16i8) && !uses_bf16(Precision::Fp32i8));
        QVERIFY(uses_int4(Precision::Fp32i4) && uses_int4(Precision::Bf16i4) && !uses_int4(Precision::Bf16i8));
        QVERIFY(uses_bf16(Precision::Bf16i4) && !uses_bf16(Precision::Fp32i4) && !uses_int8(Precision::Bf16i4));
        QCOMPARE(QString(precision_name(Precision::Fp32i4)), QString("fp32i4"));
        QCOMPARE(QString::fromStdString(parse_strategy("cpu bf16i4 *20 -> cpu bf16", 24).describe()),
                 QString("layers 1-20 bf16i4, layers 21-24 bf16, head bf16"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("message_part");
        QTest::newRow("cuda") << "cuda fp16" << "CPU only";
        QTest::newRow("cuda stage") << "cuda:0 fp16 *10 -> cpu fp32" << "'cuda:0'";
        QTest::newRow("mps") << "mps fp32" << "GPU device";
        QTest::newRow("unknown device") << "tpu fp32" << "only device is 'cpu'";
        QTest::newRow("fp16") << "cpu fp16" << "fp32, bf16, fp32i8, bf16i8, fp32i4 and bf16i4";
        QTest::newRow("fp16i4") << "cpu fp16i4" << "GPU precision";
        QTest::newRow("int4") << "cpu int4" << "written 'fp32i4' or 'bf16i4'";
        QTest::newRow("q4_0") << "cpu q4_0 *10 -> cpu bf16" << "unknown precision 'q4_0'";
        QTest::newRow("bf16i3") << "cpu bf16i3" << "8 bits ('fp32i8', 'bf16i8') or 4 bits";
        QTest::newRow("i4 alone") << "cpu i4" << "or 4 bits ('fp32i4', 'bf16i4')";
        QTest::newRow("4-bit bad count") << "cpu bf16i4 *-2" << "number of layers";
        QTest::newRow("4-bit missing device") << "bf16i4 *20 -> cpu bf16" << "unknown device 'bf16i4'";
        QTest::newRow("4-bit two precisions") << "cpu bf16i4 fp32 -> cpu bf16" << "not a layer count";
        QTest::newRow("fp16i8") << "cpu fp16i8" << "GPU precision";
        QTest::newRow("unknown precision") << "cpu float" << "unknown precision 'float'";
        QTest::newRow("streaming") << "cpu bf16 *10+ -> cpu fp32" << "write '*10'";
        QTest::newRow("no precision") << "cpu" << "names no precision";
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("empty stage") << "cpu bf16 -> " << "empty stage";
        QTest::newRow("bad count") << "cpu bf16 *x" << "number of layers";
        QTest::newRow("no star") << "cpu bf16 20" << "not a layer count";
        QTest::newRow("zero layers") << "cpu bf16 *0 -> cpu fp32" << "no layers";
        QTest::newRow("extra word") << "cpu bf16 *10 more" << "unexpected 'more'";
    }
    void refusals()
    {
        QFETCH(QString, strategy);
        QFETCH(QString, message_part);
        try {
            parse_strategy(strategy.toStdString(), 24);
            QFAIL("accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::InvalidArgument);
            QVERIFY2(QString(e.what()).contains(message_part), e.what());
            QVERIFY2(QString(e.what()).startsWith("Strategy: "), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(StrategyTest)
#include "tst_strategy.moc"
