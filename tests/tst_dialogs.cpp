#include "dialogs/coursedialog.h"
#include "dialogs/exchangerateseditor.h"
#include "dialogs/formdialog.h"
#include "dialogs/itemdialogs.h"
#include "dialogs/profiledialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Cairn::Core;
using namespace Cairn::Ui;

namespace {

// Runs `steps` on the dialog that exec() opens next.
void whenShown(const std::function<void(FormDialog &)> &steps)
{
    QTimer::singleShot(0, [steps] {
        auto *dialog = qobject_cast<FormDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            qFatal("no dialog was shown");
        steps(*dialog);
    });
}

QLineEdit *field(FormDialog &dialog, const QString &accessibleName)
{
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    qFatal("no field %s", qPrintable(accessibleName));
}

CatalogueFacts facts()
{
    CatalogueFacts facts;
    facts.frameworks = {{QStringLiteral("nzqcf"), QStringLiteral("NZQCF"), 10.0, 1, 10}};
    facts.courseExists = [](const QString &code) { return code == u"DAT401"; };
    facts.providerExists = [](const QString &id) { return id == u"harbour"; };
    facts.skillExists = [](const QString &) { return true; };
    facts.qualificationExists = [](const QString &code) { return code == u"DIP-DA5"; };
    return facts;
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theProfileDialogChecksAsTheUserTypes()
    {
        LearnerProfile profile;
        profile.name = QStringLiteral("Aroha");
        Qualification diploma;
        diploma.code = QStringLiteral("DIP-DA5");
        diploma.title = QStringLiteral("Diploma in Data Analytics");
        QString problemWhileClashing;
        bool okWhileClashing = true;
        whenShown([&](FormDialog &dialog) {
            QLineEdit *name = field(dialog, QStringLiteral("Name"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("ben"));
            problemWhileClashing = dialog.problemLabel()->text();
            okWhileClashing = dialog.okButton()->isEnabled();
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Aroha Ngata"));
            auto *goals = dialog.findChild<QListWidget *>();
            goals->item(0)->setCheckState(Qt::Checked);
            QVERIFY(dialog.okButton()->isEnabled());
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        });
        const auto edited = ProfileDialog::edit(nullptr, QStringLiteral("Edit Profile"), profile, {QStringLiteral("Ben")},
                                                {diploma});
        QCOMPARE(problemWhileClashing, QStringLiteral("Another profile is called ben."));
        QVERIFY(!okWhileClashing);
        QVERIFY(edited);
        QCOMPARE(edited->name, QStringLiteral("Aroha Ngata"));
        QCOMPARE(edited->goals, QStringList{QStringLiteral("DIP-DA5")});
    }

    void theProfileDialogEditsTheExchangeRates()
    {
        LearnerProfile profile;
        profile.name = QStringLiteral("Aroha");
        profile.exchangeRates = {{QStringLiteral("AUD"), QStringLiteral("NZD"), 1.09, QDate(2026, 11, 1)}};
        QString problemWhileSame;
        whenShown([&](FormDialog &dialog) {
            // The rate it had is shown; a second one is added and filled in.
            auto *editor = dialog.findChild<ExchangeRatesEditor *>();
            QVERIFY(editor);
            QCOMPARE(editor->table()->rowCount(), 1);
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addRate")), Qt::LeftButton);
            QCOMPARE(editor->table()->rowCount(), 2);
            auto *to = static_cast<QLineEdit *>(editor->table()->cellWidget(1, 1));
            to->selectAll();
            QTest::keyClicks(to, QStringLiteral("EUR")); // EUR into EUR: refused as typed
            problemWhileSame = dialog.problemLabel()->text();
            QVERIFY(!dialog.okButton()->isEnabled());
            to->selectAll();
            QTest::keyClicks(to, QStringLiteral("nzd")); // taken as NZD
            static_cast<QDoubleSpinBox *>(editor->table()->cellWidget(1, 2))->setValue(1.8);
            QVERIFY(dialog.okButton()->isEnabled());
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        });
        const auto edited = ProfileDialog::edit(nullptr, QStringLiteral("Edit Profile"), profile, {}, {});
        QCOMPARE(problemWhileSame, QStringLiteral("Rate 2 converts a currency into itself."));
        QVERIFY(edited);
        QCOMPARE(edited->exchangeRates.size(), 2);
        QCOMPARE(edited->exchangeRates[0], profile.exchangeRates[0]);
        QCOMPARE(edited->exchangeRates[1].from, QStringLiteral("EUR"));
        QCOMPARE(edited->exchangeRates[1].to, QStringLiteral("NZD"));
        QCOMPARE(edited->exchangeRates[1].rate, 1.8);
        QCOMPARE(edited->exchangeRates[1].date, QDate::currentDate());
    }

    void theCourseDialogReturnsATypedCourseAndRefusesATakenCode()
    {
        const QList<Provider> providers{{QStringLiteral("harbour"), QStringLiteral("Harbour Polytechnic"), {}, {}}};
        const QList<Skill> skills{{QStringLiteral("data-vis"), QStringLiteral("Data visualisation"), {}}};
        bool okWithTakenCode = true;
        whenShown([&](FormDialog &dialog) {
            QTest::keyClicks(field(dialog, QStringLiteral("Code")), QStringLiteral("DAT401"));
            okWithTakenCode = dialog.okButton()->isEnabled();
            field(dialog, QStringLiteral("Code"))->setText(QStringLiteral("DAT601"));
            QTest::keyClicks(field(dialog, QStringLiteral("Title")), QStringLiteral("Data storytelling"));
            auto *provider = dialog.findChild<QComboBox *>(); // the first combo box is the provider
            provider->setCurrentIndex(1);
            dialog.findChild<QListWidget *>()->item(0)->setCheckState(Qt::Checked);
            QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problemLabel()->text()));
            dialog.accept();
        });
        const auto course = CourseDialog::edit(nullptr, std::nullopt, facts(), providers, skills);
        QVERIFY(!okWithTakenCode);
        QVERIFY(course);
        QCOMPARE(course->code, QStringLiteral("DAT601"));
        QCOMPARE(course->title, QStringLiteral("Data storytelling"));
        QCOMPARE(course->provider, QStringLiteral("harbour"));
        QCOMPARE(course->skills, QStringList{QStringLiteral("data-vis")});
        QCOMPARE(course->hours, 150.0); // follows 15 credits at 10 hours a credit
    }

    void cancellingReturnsNothing()
    {
        whenShown([](FormDialog &dialog) { dialog.reject(); });
        QVERIFY(!ItemDialogs::editSkill(nullptr, std::nullopt, facts()));
    }

    void aProviderNeedsANameAndAFreeId()
    {
        QString problem;
        whenShown([&](FormDialog &dialog) {
            QTest::keyClicks(field(dialog, QStringLiteral("Id")), QStringLiteral("harbour"));
            problem = dialog.problemLabel()->text();
            field(dialog, QStringLiteral("Id"))->setText(QStringLiteral("bees"));
            QVERIFY(!dialog.okButton()->isEnabled()); // still no name
            QTest::keyClicks(field(dialog, QStringLiteral("Name")), QStringLiteral("Bee School"));
            dialog.accept();
        });
        const auto provider = ItemDialogs::editProvider(nullptr, std::nullopt, facts());
        QCOMPARE(problem, QStringLiteral("There is already a provider with the code harbour."));
        QVERIFY(provider);
        QCOMPARE(provider->name, QStringLiteral("Bee School"));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
