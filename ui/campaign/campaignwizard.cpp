#include "campaignwizard.h"

#include "campaign/campaignpreviewview.h"
#include "campaign/campaignprogress.h"
#include "campaign/campaignspecform.h"
#include "policytext.h"
#include "writegate.h"

#include "actions/actions.h"
#include "campaign/campaignspecloader.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

namespace redline {

CampaignWizard::CampaignWizard(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("campaignWizard"));
    setWindowTitle(tr("New special governance campaign"));
    m_form = new CampaignSpecForm(store, this);
    m_preview = new CampaignPreviewView(this);

    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("Compute exactly what the campaign would do, writing nothing"));
    m_applyButton = new QPushButton(tr("&Apply…"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    auto *open = new QPushButton(tr("&Open spec…"), this);
    open->setObjectName(QStringLiteral("openSpec"));
    auto *save = new QPushButton(tr("&Save spec…"), this);
    save->setObjectName(QStringLiteral("saveSpec"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("wizardStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_form, 1);
    auto *files = new QHBoxLayout;
    files->addWidget(open);
    files->addWidget(save);
    files->addStretch(1);
    leftLayout->addLayout(files);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("wizardSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({560, 900});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_applyButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_applyButton->setAutoDefault(false);
    m_previewButton->setDefault(true);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    resize(1500, 900);

    connect(m_previewButton, &QPushButton::clicked, this, &CampaignWizard::runPreview);
    connect(m_applyButton, &QPushButton::clicked, this, [this] { runApply(true); });
    connect(open, &QPushButton::clicked, this, &CampaignWizard::chooseOpenSpec);
    connect(save, &QPushButton::clicked, this, &CampaignWizard::chooseSaveSpec);
    connect(m_form, &CampaignSpecForm::changed, this, &CampaignWizard::onFormChanged);
    updateApply();
}

void CampaignWizard::setSelection(const CampaignSelection &selection)
{
    m_form->setSelection(selection);
}

void CampaignWizard::onFormChanged()
{
    // A preview of another spec says nothing about this one: Apply waits for a new preview.
    if (m_previewed && m_form->toJson() != m_previewedJson) {
        m_previewed = false;
        m_status->setText(tr("The spec changed since the preview: preview again before applying."));
    }
    updateApply();
}

QString CampaignWizard::applyBlockedReason() const
{
    const QString refused = WriteGate::refusal(&m_store, m_session, Permission::StartCampaign);
    if (!refused.isEmpty())
        return refused;
    if (!m_appliedId.isEmpty())
        return tr("Applied as %1.").arg(m_appliedId);
    if (!m_previewed || !m_preview->hasOutcome())
        return tr("Preview the campaign first: Apply does exactly what the preview shows.");
    const CampaignOutcome &o = m_preview->outcome();
    if (o.refusalCount > 0 || !o.refusals.isEmpty())
        return tr("Targets that would be refused: %1. Change the selection or the actions until the preview shows no "
                  "refusal.").arg(PolicyText::groupedNumber(std::max<qint64>(o.refusalCount, o.refusals.size())));
    if (o.acceptedTotal() == 0)
        return tr("The campaign would act on nothing.");
    return QString();
}

void CampaignWizard::updateApply()
{
    const QString why = applyBlockedReason();
    m_applyButton->setEnabled(why.isEmpty());
    m_applyButton->setToolTip(why.isEmpty() ? tr("Apply the campaign as previewed, in one transaction") : why);
}

bool CampaignWizard::runPreview()
{
    CampaignSpec spec;
    QString error;
    if (!m_form->spec(&spec, &error)) {
        m_previewed = false;
        m_preview->showMessage(tr("The spec is not complete: %1").arg(error));
        updateApply();
        return false;
    }
    const QJsonObject json = m_form->toJson();
    CampaignOutcome outcome;
    StoreError storeError;
    CampaignProgress progress(this, tr("Previewing %1…").arg(spec.name));
    const bool ok = Actions(m_store, m_session).previewCampaign(spec, &outcome, &storeError, progress.callback());
    if (!ok) {
        m_previewed = false;
        m_preview->showMessage(progress.cancelled() ? tr("Preview cancelled.")
                                                    : tr("The preview failed: %1").arg(storeError.message));
        updateApply();
        return false;
    }
    m_previewed = true;
    m_previewedJson = json;
    m_preview->showOutcome(outcome, m_store.policy());
    m_status->setText(tr("Previewed at %1 on the store as it is now.").arg(PolicyText::formatDateTime(m_store.now())));
    updateApply();
    return true;
}

bool CampaignWizard::runApply(bool askFirst)
{
    if (!applyBlockedReason().isEmpty())
        return false;
    CampaignSpec spec;
    QString error;
    if (!m_form->spec(&spec, &error))
        return false;
    const CampaignOutcome &previewed = m_preview->outcome();
    if (askFirst) {
        const auto answer = QMessageBox::question(
            this, tr("Apply %1?").arg(spec.name),
            tr("Apply the campaign to %1 targets (%2 subjects) in one transaction, as %3?\n\nEvery event is linked to the "
               "campaign; the whole campaign can be undone later as one compensating action.")
                .arg(PolicyText::groupedNumber(previewed.targets), PolicyText::groupedNumber(previewed.subjects),
                     WriteGate::sessionText(m_session)),
            QMessageBox::Apply | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Apply)
            return false;
    }
    CampaignOutcome outcome;
    StoreError storeError;
    bool ok = false;
    bool cancelled = false;
    {
        CampaignProgress progress(this, tr("Applying %1…").arg(spec.name));
        ok = Actions(m_store, m_session).applyCampaign(spec, &outcome, &storeError, progress.callback());
        cancelled = progress.cancelled();
    }
    if (!ok) {
        const QString text = cancelled ? tr("Cancelled: nothing was written.")
                                       : tr("%1\n\nNothing was written.").arg(storeError.message);
        m_status->setText(text);
        if (askFirst)
            QMessageBox::warning(this, tr("The campaign was not applied"), text);
        // The store may have changed since the preview: what it shows no longer holds.
        m_previewed = false;
        updateApply();
        return false;
    }
    m_appliedId = outcome.id;
    // Apply does not count tiers again: they are the preview's, which met the store apply wrote to.
    if (outcome.tiers.isEmpty())
        outcome.tiers = previewed.tiers;
    m_preview->showOutcome(outcome, m_store.policy());
    m_status->setText(tr("Applied as %1: %2 events written.").arg(outcome.id, PolicyText::groupedNumber(outcome.eventsWritten)));
    updateApply();
    m_previewButton->setEnabled(false);
    emit applied(outcome.id);
    return true;
}

bool CampaignWizard::openSpec(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    CampaignSpec spec;
    QString why;
    if (!CampaignSpecLoader::load(file.readAll(), m_store.policy(), &spec, &why)) {
        *error = tr("%1: %2").arg(path, why);
        return false;
    }
    m_form->setJson(spec.toJson());
    return true;
}

bool CampaignWizard::saveSpec(const QString &path, QString *error)
{
    CampaignSpec spec;
    QString why;
    // A saved spec loads again: only a complete one is written.
    if (!m_form->spec(&spec, &why)) {
        *error = tr("The spec is not complete: %1").arg(why);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CampaignWizard::chooseOpenSpec()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a campaign spec"), QString(), tr("Campaign specs (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openSpec(path, &error))
        QMessageBox::warning(this, tr("Could not open the spec"), error);
}

void CampaignWizard::chooseSaveSpec()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the campaign spec"), QStringLiteral("campaign.json"),
                                                      tr("Campaign specs (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveSpec(path, &error))
        QMessageBox::warning(this, tr("Could not save the spec"), error);
}

} // namespace redline
