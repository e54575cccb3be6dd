// The translation list of the default policy's labels and descriptions must name exactly what the shipped
// policy holds, or a label silently loses its Chinese text at the next lupdate.
#include "policy/policyloader.h"
#include "policystrings.h"

#include <QtTest>

using namespace redline;

class TestPolicyStrings : public QObject
{
    Q_OBJECT

private slots:
    void listMatchesTheDefaultPolicy();
};

void TestPolicyStrings::listMatchesTheDefaultPolicy()
{
    const Policy &policy = PolicyLoader::defaultPolicy();
    QStringList expected = policy.restrictionLabels.values();
    for (const Scale &scale : policy.scales) {
        for (const ViolationCode &code : scale.codes)
            expected << code.description;
    }
    QStringList listed = PolicyStrings::defaultPolicyTexts();
    expected.sort();
    listed.sort();
    QCOMPARE(listed, expected);
}

QTEST_GUILESS_MAIN(TestPolicyStrings)
#include "tst_policystrings.moc"
