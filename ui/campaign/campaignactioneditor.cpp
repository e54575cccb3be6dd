#include "campaignactioneditor.h"

#include "policytext.h"

#include "base/eventvocabulary.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

namespace redline {

namespace {

QString typeLabel(CampaignAction::Type type)
{
    switch (type) {
    case CampaignAction::Type::RevokeCertification: return CampaignActionEditor::tr("Revoke the certification");
    case CampaignAction::Type::RemovePosts: return CampaignActionEditor::tr("Remove the posts");
    case CampaignAction::Type::Ban: return CampaignActionEditor::tr("Ban the brand (R-B2)");
    case CampaignAction::Type::Violation: return CampaignActionEditor::tr("Record a violation");
    case CampaignAction::Type::Note: return CampaignActionEditor::tr("Add a note");
    }
    return QString();
}

bool fits(CampaignAction::Type type, bool posts, SubjectKind kind)
{
    switch (type) {
    case CampaignAction::Type::RevokeCertification: return !posts && kind == SubjectKind::Mcn;
    case CampaignAction::Type::Ban: return !posts && kind == SubjectKind::Brand;
    case CampaignAction::Type::RemovePosts: return posts;
    case CampaignAction::Type::Violation:
    case CampaignAction::Type::Note: return true;
    }
    return false;
}

} // namespace

CampaignActionEditor::CampaignActionEditor(const Policy &policy, QWidget *parent)
    : QFrame(parent)
    , m_policy(policy)
{
    setObjectName(QStringLiteral("campaignActionEditor"));
    setFrameShape(QFrame::StyledPanel);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("actionType"));
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("actionCode"));
    m_code->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_code->setMinimumContentsLength(24);
    m_points = new QSpinBox(this);
    m_points->setObjectName(QStringLiteral("actionPoints"));
    m_points->setSuffix(tr(" points"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("actionSeverity"));
    for (const QString &id : EventVocabulary::severities())
        m_severity->addItem(PolicyText::severityLabel(id), id);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("actionSource"));
    for (const QString &id : EventVocabulary::sources())
        m_source->addItem(PolicyText::sourceLabel(id), id);
    m_source->setCurrentIndex(std::max(0, m_source->findData(QStringLiteral("human_review"))));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("actionText"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
    m_text->setToolTip(tr("{handle}, {name}, {posts} and {campaign} are replaced for each target"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_remove->setToolTip(tr("Remove this action"));
    m_remove->setAutoRaise(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 4, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_type, 0, 0, 1, 3);
    grid->addWidget(m_remove, 0, 3);
    m_codeLabel = new QLabel(tr("Code:"), this);
    grid->addWidget(m_codeLabel, 1, 0);
    grid->addWidget(m_code, 1, 1, 1, 3);
    m_pointsLabel = new QLabel(tr("Points:"), this);
    grid->addWidget(m_pointsLabel, 2, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_points);
    m_severityLabel = new QLabel(tr("Severity:"), this);
    row->addWidget(m_severityLabel);
    row->addWidget(m_severity);
    m_sourceLabel = new QLabel(tr("Source:"), this);
    row->addWidget(m_sourceLabel);
    row->addWidget(m_source, 1);
    grid->addLayout(row, 2, 1, 1, 3);
    m_textLabel = new QLabel(this);
    grid->addWidget(m_textLabel, 3, 0, Qt::AlignTop);
    grid->addWidget(m_text, 3, 1, 1, 3);
    grid->setColumnStretch(2, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        emit changed();
    });
    connect(m_code, &QComboBox::currentIndexChanged, this, [this] {
        onCodeChanged();
        emit changed();
    });
    for (QComboBox *combo : {m_severity, m_source})
        connect(combo, &QComboBox::currentIndexChanged, this, &CampaignActionEditor::changed);
    connect(m_points, &QSpinBox::valueChanged, this, &CampaignActionEditor::changed);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CampaignActionEditor::changed);
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });

    fillTypes();
}

SubjectKind CampaignActionEditor::codeKind() const
{
    return m_posts ? SubjectKind::Creator : m_kind; // a post campaign's violations are its creators'
}

void CampaignActionEditor::setTarget(bool posts, SubjectKind kind)
{
    if (posts == m_posts && kind == m_kind && m_type->count() > 0)
        return;
    m_posts = posts;
    m_kind = kind;
    fillTypes();
}

void CampaignActionEditor::fillTypes()
{
    const QString wanted = m_type->currentData().toString();
    const QSignalBlocker block(m_type);
    m_type->clear();
    for (CampaignAction::Type type : {CampaignAction::Type::RevokeCertification, CampaignAction::Type::RemovePosts,
                                      CampaignAction::Type::Ban, CampaignAction::Type::Violation,
                                      CampaignAction::Type::Note}) {
        if (fits(type, m_posts, m_kind))
            m_type->addItem(typeLabel(type), CampaignAction::typeId(type));
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(wanted)));
    fillCodes();
    updateFields();
}

void CampaignActionEditor::fillCodes()
{
    const QString wanted = m_code->currentData().toString();
    const QSignalBlocker block(m_code);
    m_code->clear();
    const SubjectKind kind = codeKind();
    for (const ViolationCode &code : m_policy.scale(kind).codes)
        m_code->addItem(QStringLiteral("%1 — %2").arg(PolicyText::codeDescription(m_policy, kind, code.id), code.id), code.id);
    m_code->setCurrentIndex(std::max(0, m_code->findData(wanted)));
    onCodeChanged();
}

void CampaignActionEditor::onCodeChanged()
{
    const Scale &scale = m_policy.scale(codeKind());
    const int index = scale.codeIndex(m_code->currentData().toString());
    const QSignalBlocker block(m_points);
    if (index < 0) {
        m_points->setRange(0, 0);
        return;
    }
    const ViolationCode &code = scale.codes.at(index);
    m_points->setRange(code.minPoints, code.maxPoints);
    m_points->setValue(code.points);
    m_points->setEnabled(code.minPoints < code.maxPoints);
    m_points->setToolTip(tr("%1–%2 points, default %3 (R-L2)").arg(code.minPoints).arg(code.maxPoints).arg(code.points));
}

void CampaignActionEditor::updateFields()
{
    const auto type = CampaignAction::typeFromId(m_type->currentData().toString());
    const bool violation = type == CampaignAction::Type::Violation;
    const bool note = type == CampaignAction::Type::Note;
    for (QWidget *w : std::initializer_list<QWidget *>{m_codeLabel, m_code, m_pointsLabel, m_points, m_severityLabel,
                                                       m_severity, m_sourceLabel, m_source})
        w->setVisible(violation);
    m_text->setVisible(violation || note);
    m_textLabel->setVisible(violation || note);
    m_textLabel->setText(note ? tr("Note:") : tr("Evidence:"));
    m_text->setPlaceholderText(note ? tr("The note on each subject, e.g. Special campaign {campaign}: reviewed")
                                    : tr("Evidence template, e.g. Campaign {campaign}: {posts}"));
}

QJsonObject CampaignActionEditor::toJson() const
{
    const QString type = m_type->currentData().toString();
    QJsonObject o{{QStringLiteral("type"), type}};
    const auto t = CampaignAction::typeFromId(type);
    if (t == CampaignAction::Type::Violation) {
        o.insert(QStringLiteral("code"), m_code->currentData().toString());
        o.insert(QStringLiteral("points"), m_points->value());
        o.insert(QStringLiteral("severity"), m_severity->currentData().toString());
        o.insert(QStringLiteral("source"), m_source->currentData().toString());
        const QString evidence = m_text->toPlainText().trimmed();
        if (!evidence.isEmpty())
            o.insert(QStringLiteral("evidence"), evidence);
    } else if (t == CampaignAction::Type::Note) {
        o.insert(QStringLiteral("text"), m_text->toPlainText().trimmed());
    }
    return o;
}

void CampaignActionEditor::setJson(const QJsonObject &action)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(action.value(QStringLiteral("type")).toString())));
    const auto t = CampaignAction::typeFromId(m_type->currentData().toString());
    if (t == CampaignAction::Type::Violation) {
        m_code->setCurrentIndex(std::max(0, m_code->findData(action.value(QStringLiteral("code")).toString())));
        if (action.contains(QStringLiteral("points")))
            m_points->setValue(action.value(QStringLiteral("points")).toInt());
        const int severity = m_severity->findData(action.value(QStringLiteral("severity")).toString());
        if (severity >= 0)
            m_severity->setCurrentIndex(severity);
        const int source = m_source->findData(action.value(QStringLiteral("source")).toString());
        if (source >= 0)
            m_source->setCurrentIndex(source);
        m_text->setPlainText(action.value(QStringLiteral("evidence")).toString());
    } else if (t == CampaignAction::Type::Note) {
        m_text->setPlainText(action.value(QStringLiteral("text")).toString());
    }
}

} // namespace redline
