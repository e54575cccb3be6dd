#include "subjectfilterbar.h"

#include "policytext.h"
#include "store/store.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace redline {

namespace {

constexpr int kSearchDelayMs = 180;

} // namespace

SubjectFilterBar::SubjectFilterBar(Store &store, SubjectKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    const Scale &scale = store.storedPolicy().scale(kind);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search handle or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(240);
    m_search->installEventFilter(this);
    layout->addWidget(m_search, 2);

    auto *scoreLabel = new QLabel(tr("Score"), this);
    layout->addWidget(scoreLabel);
    m_minScore = new QSpinBox(this);
    m_minScore->setObjectName(QStringLiteral("minScore"));
    m_minScore->setRange(scale.min - 1, scale.max);
    m_minScore->setSpecialValueText(tr("min"));
    m_minScore->setValue(m_minScore->minimum());
    m_minScore->setToolTip(tr("Lowest score to show"));
    layout->addWidget(m_minScore);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    m_maxScore = new QSpinBox(this);
    m_maxScore->setObjectName(QStringLiteral("maxScore"));
    m_maxScore->setRange(scale.min - 1, scale.max);
    m_maxScore->setSpecialValueText(tr("max"));
    m_maxScore->setValue(m_maxScore->minimum());
    m_maxScore->setToolTip(tr("Highest score to show"));
    layout->addWidget(m_maxScore);

    m_restriction = restrictionCombo(store);
    layout->addWidget(m_restriction, 1);
    if (!scale.bands.isEmpty()) {
        m_band = bandCombo(store);
        layout->addWidget(m_band);
    }
    if (kind == SubjectKind::Creator) {
        m_mcn = mcnCombo(store);
        layout->addWidget(m_mcn, 1);
    }

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the search and every filter"));
    m_clear->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, &SubjectFilterBar::clear);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &SubjectFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // Enter sends at once, without waiting for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            emit changed();
        }
        emit leaveSearch();
    });
    for (QSpinBox *box : {m_minScore, m_maxScore})
        connect(box, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_restriction, m_band, m_mcn}) {
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, &SubjectFilterBar::changed);
    }
}

QComboBox *SubjectFilterBar::restrictionCombo(Store &store)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("restrictionFilter"));
    combo->setToolTip(tr("Only subjects with this restriction or sanction active"));
    combo->addItem(tr("Any restriction"), QString());
    const Policy &policy = store.storedPolicy();
    for (const QString &id : PolicyText::restrictionsOf(policy, m_kind))
        combo->addItem(PolicyText::restrictionLabel(policy, id), id);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    return combo;
}

QComboBox *SubjectFilterBar::bandCombo(Store &store)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("bandFilter"));
    combo->setToolTip(tr("Only subjects in this score band"));
    combo->addItem(tr("Any band"), SubjectListSpec::kAnyBand);
    combo->addItem(PolicyText::bandLabel(std::nullopt), SubjectListSpec::kNoBand);
    const Scale &scale = store.storedPolicy().scale(m_kind);
    for (const RestrictionBand &band : scale.bands)
        combo->addItem(PolicyText::bandLabel(band.below), band.below);
    return combo;
}

QComboBox *SubjectFilterBar::mcnCombo(Store &store)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("mcnFilter"));
    combo->setToolTip(tr("Only creators contracted to this MCN"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(tr("Any MCN"), qint64(0));
    StoreError error;
    const QVector<McnChoice> mcns = SubjectQuery(store).mcns(&error);
    for (const McnChoice &mcn : mcns)
        combo->addItem(QStringLiteral("%1 · %2").arg(mcn.handle, mcn.name), mcn.id);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    return combo;
}

SubjectListSpec SubjectFilterBar::spec() const
{
    SubjectListSpec spec;
    spec.kind = m_kind;
    spec.search = m_search->text().trimmed();
    if (m_minScore->value() != m_minScore->minimum())
        spec.minScore = m_minScore->value();
    if (m_maxScore->value() != m_maxScore->minimum())
        spec.maxScore = m_maxScore->value();
    spec.restriction = m_restriction->currentData().toString();
    if (m_band)
        spec.band = m_band->currentData().toInt();
    if (m_mcn && m_mcn->currentIndex() >= 0)
        spec.mcnId = m_mcn->currentData().toLongLong();
    return spec;
}

void SubjectFilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_debounce->stop();
    emit changed();
}

void SubjectFilterBar::setMcn(qint64 mcnId)
{
    if (!m_mcn)
        return;
    const int index = m_mcn->findData(mcnId);
    if (index >= 0)
        m_mcn->setCurrentIndex(index);
}

bool SubjectFilterBar::hasActiveFilter() const
{
    const SubjectListSpec s = spec();
    return !s.search.isEmpty() || s.minScore || s.maxScore || !s.restriction.isEmpty()
           || s.band != SubjectListSpec::kAnyBand || s.mcnId != 0;
}

void SubjectFilterBar::clear()
{
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockMin(m_minScore);
    const QSignalBlocker blockMax(m_maxScore);
    m_search->clear();
    m_minScore->setValue(m_minScore->minimum());
    m_maxScore->setValue(m_maxScore->minimum());
    for (QComboBox *combo : {m_restriction, m_band, m_mcn}) {
        if (combo) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
    }
    m_debounce->stop();
    emit changed();
}

void SubjectFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool SubjectFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            emit leaveSearch();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace redline
