#include "campaignspecform.h"

#include "campaign/campaignactioneditor.h"
#include "policytext.h"

#include "campaign/campaignspecloader.h"
#include "store/store.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace redline {

namespace {

// The categories the post checker's findings carry (docs/rules.md "Content checks").
const QStringList &findingCategories()
{
    static const QStringList ids{QStringLiteral("diversion"),     QStringLiteral("absolute_claim"),
                                 QStringLiteral("false_promise"), QStringLiteral("medical_claim"),
                                 QStringLiteral("sensitive"),     QStringLiteral("regulated_topic"),
                                 QStringLiteral("teen_mode")};
    return ids;
}

// The keys a console list's filter hands over (SubjectListSpec), shown as one line rather than as fields.
const QStringList &listFilterKeys()
{
    static const QStringList keys{QStringLiteral("search"),      QStringLiteral("min_score"), QStringLiteral("max_score"),
                                  QStringLiteral("restriction"), QStringLiteral("band"),      QStringLiteral("mcn")};
    return keys;
}

QLineEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(CampaignSpecForm::tr("YYYY-MM-DD"));
    edit->setClearButtonEnabled(true);
    edit->setMaximumWidth(130);
    return edit;
}

void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        o.insert(QLatin1String(key), value.trimmed());
}

} // namespace

CampaignSpecForm::CampaignSpecForm(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("campaignSpecForm"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setPlaceholderText(tr("e.g. Medical aesthetics special campaign, round 2"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("campaignReason"));
    m_reason->setPlaceholderText(tr("Why: the rule or notice the campaign enforces (shown in every notice and the report)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("campaignKind"));
    m_kind->addItem(PolicyText::kindPlural(SubjectKind::Mcn), QStringLiteral("mcn"));
    m_kind->addItem(PolicyText::kindPlural(SubjectKind::Brand), QStringLiteral("brand"));
    m_kind->addItem(PolicyText::kindPlural(SubjectKind::Creator), QStringLiteral("creator"));
    m_kind->addItem(tr("Posts (笔记)"), QStringLiteral("post"));
    m_kind->setCurrentIndex(2);

    auto *head = new QFormLayout;
    head->addRow(tr("&Name:"), m_name);
    head->addRow(tr("&Reason:"), m_reason);
    head->addRow(tr("Ac&ts on:"), m_kind);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->addLayout(head);
    contentLayout->addWidget(buildCriteria());
    contentLayout->addWidget(buildActions());
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("specScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CampaignSpecForm::onKindChanged);
    connect(m_name, &QLineEdit::textChanged, this, &CampaignSpecForm::changed);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CampaignSpecForm::changed);
    addAction();
    onKindChanged();
}

QWidget *CampaignSpecForm::buildCriteria()
{
    auto *box = new QGroupBox(tr("Selection: every criterion given must hold"), this);
    m_criteria = new QFormLayout(box);
    const auto line = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, &CampaignSpecForm::changed);
        return edit;
    };
    m_category = line(QStringLiteral("criterionCategory"), tr("any (e.g. medical_aesthetics)"));
    m_creatorCategory = line(QStringLiteral("criterionCreatorCategory"), tr("any (the post's creator's category)"));
    m_company = line(QStringLiteral("criterionCompany"), tr("any (e.g. sole_proprietorship, limited)"));
    m_region = line(QStringLiteral("criterionRegion"), tr("any"));
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("criterionTopic"));
    m_topic->addItem(tr("any topic"), QString());
    m_topic->addItem(PolicyText::topicLabel(QStringLiteral("medical")), QStringLiteral("medical"));
    m_topic->addItem(PolicyText::topicLabel(QStringLiteral("education")), QStringLiteral("education"));
    m_certified = new QComboBox(this);
    m_certified->setObjectName(QStringLiteral("criterionCertified"));
    m_certified->addItem(tr("any"), QString());
    m_certified->addItem(tr("certified now (R-M4)"), QStringLiteral("yes"));
    m_certified->addItem(tr("not certified now"), QStringLiteral("no"));
    m_triage = new QComboBox(this);
    m_triage->setObjectName(QStringLiteral("criterionTriage"));
    m_triage->addItem(tr("any post"), QString());
    m_triage->addItem(tr("triage item open"), QStringLiteral("open"));
    m_triage->addItem(tr("triage item claimed"), QStringLiteral("claimed"));
    m_triage->addItem(tr("triage item confirmed"), QStringLiteral("confirmed"));
    m_triage->addItem(tr("triage item dismissed"), QStringLiteral("dismissed"));
    for (QComboBox *combo : {m_topic, m_certified, m_triage})
        connect(combo, &QComboBox::currentIndexChanged, this, &CampaignSpecForm::changed);

    m_registeredFrom = dateEdit(this, QStringLiteral("registeredFrom"));
    m_registeredTo = dateEdit(this, QStringLiteral("registeredTo"));
    m_postedFrom = dateEdit(this, QStringLiteral("postedFrom"));
    m_postedTo = dateEdit(this, QStringLiteral("postedTo"));
    const auto range = [this](QLineEdit *from, QLineEdit *to) {
        auto *w = new QWidget(this);
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(from);
        h->addWidget(new QLabel(tr("to (not included)"), w));
        h->addWidget(to);
        h->addStretch(1);
        for (QLineEdit *e : {from, to})
            connect(e, &QLineEdit::textChanged, this, &CampaignSpecForm::changed);
        return w;
    };

    m_findings = new QToolButton(this);
    m_findings->setObjectName(QStringLiteral("criterionFindings"));
    m_findings->setPopupMode(QToolButton::InstantPopup);
    m_findings->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_findingsMenu = new QMenu(m_findings);
    for (const QString &id : findingCategories()) {
        QAction *a = m_findingsMenu->addAction(PolicyText::findingCategoryLabel(id));
        a->setData(id);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this] {
            QStringList chosen;
            for (QAction *each : m_findingsMenu->actions()) {
                if (each->isChecked())
                    chosen << each->text();
            }
            m_findings->setText(chosen.isEmpty() ? tr("any (no finding needed)") : chosen.join(QStringLiteral(", ")));
            emit changed();
        });
    }
    m_findings->setMenu(m_findingsMenu);
    m_findings->setText(tr("any (no finding needed)"));

    m_list = new QPlainTextEdit(this);
    m_list->setObjectName(QStringLiteral("explicitList"));
    m_list->setTabChangesFocus(true);
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_list, &QPlainTextEdit::textChanged, this, &CampaignSpecForm::changed);
    auto *loadList = new QPushButton(tr("Load from file…"), this);
    loadList->setObjectName(QStringLiteral("loadList"));
    connect(loadList, &QPushButton::clicked, this, &CampaignSpecForm::loadList);
    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    listLayout->addWidget(m_list);
    listLayout->addWidget(loadList, 0, Qt::AlignLeft);

    m_listFilter = new QLabel(this);
    m_listFilter->setObjectName(QStringLiteral("listFilter"));
    m_listFilter->setWordWrap(true);
    m_clearListFilter = new QToolButton(this);
    m_clearListFilter->setText(tr("Clear"));
    m_clearListFilter->setToolTip(tr("Select without the list's filter"));
    connect(m_clearListFilter, &QToolButton::clicked, this, [this] {
        m_listFilterJson = QJsonObject();
        updateListFilter();
        emit changed();
    });
    auto *filterBox = new QWidget(this);
    auto *filterLayout = new QHBoxLayout(filterBox);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_listFilter, 1);
    filterLayout->addWidget(m_clearListFilter);
    filterBox->setObjectName(QStringLiteral("listFilterRow"));

    m_criteria->addRow(tr("Category:"), m_category);
    m_criteria->addRow(tr("Creator category:"), m_creatorCategory);
    m_criteria->addRow(tr("Topic:"), m_topic);
    m_criteria->addRow(tr("Company type:"), m_company);
    m_criteria->addRow(tr("Region:"), m_region);
    m_criteria->addRow(tr("Certification:"), m_certified);
    m_criteria->addRow(tr("Registered from:"), range(m_registeredFrom, m_registeredTo));
    m_criteria->addRow(tr("Posted from:"), range(m_postedFrom, m_postedTo));
    m_criteria->addRow(tr("With findings:"), m_findings);
    m_criteria->addRow(tr("Triage:"), m_triage);
    m_criteria->addRow(tr("Only these:"), listBox);
    m_criteria->addRow(tr("List filter:"), filterBox);
    updateListFilter();
    return box;
}

QWidget *CampaignSpecForm::buildActions()
{
    auto *box = new QGroupBox(tr("Actions, on every selected target"), this);
    auto *layout = new QVBoxLayout(box);
    m_actionsLayout = new QVBoxLayout;
    layout->addLayout(m_actionsLayout);
    auto *add = new QPushButton(tr("Add action"), box);
    add->setObjectName(QStringLiteral("addAction"));
    connect(add, &QPushButton::clicked, this, [this] {
        addAction();
        emit changed();
    });
    layout->addWidget(add, 0, Qt::AlignLeft);
    return box;
}

CampaignActionEditor *CampaignSpecForm::addAction()
{
    auto *editor = new CampaignActionEditor(m_store.policy(), this);
    editor->setTarget(selectsPosts(), subjectKind());
    m_actionsLayout->addWidget(editor);
    m_actions.append(editor);
    connect(editor, &CampaignActionEditor::changed, this, &CampaignSpecForm::changed);
    connect(editor, &CampaignActionEditor::removeRequested, this, &CampaignSpecForm::removeAction);
    return editor;
}

void CampaignSpecForm::removeAction(CampaignActionEditor *editor)
{
    m_actions.removeOne(editor);
    editor->deleteLater();
    emit changed();
}

bool CampaignSpecForm::selectsPosts() const
{
    return m_kind->currentData().toString() == QLatin1String("post");
}

SubjectKind CampaignSpecForm::subjectKind() const
{
    return selectsPosts() ? SubjectKind::Creator : subjectKindFromName(m_kind->currentData().toString()).value_or(SubjectKind::Creator);
}

void CampaignSpecForm::setRowVisible(QWidget *field, bool visible)
{
    QWidget *row = field;
    // A range's fields sit in a row widget: hide the row the form knows.
    if (m_criteria->labelForField(field) == nullptr && field->parentWidget() && field->parentWidget() != this)
        row = field->parentWidget();
    if (QWidget *label = m_criteria->labelForField(row))
        label->setVisible(visible);
    row->setVisible(visible);
}

// Only the criteria that fit the kind (CampaignSpecLoader refuses the others, naming them).
void CampaignSpecForm::onKindChanged()
{
    const QString kind = m_kind->currentData().toString();
    const bool posts = kind == QLatin1String("post");
    const bool mcn = kind == QLatin1String("mcn");
    setRowVisible(m_category, true);
    setRowVisible(m_creatorCategory, posts);
    setRowVisible(m_topic, posts);
    setRowVisible(m_company, mcn);
    setRowVisible(m_region, mcn);
    setRowVisible(m_certified, mcn);
    setRowVisible(m_registeredFrom, !posts);
    setRowVisible(m_postedFrom, posts);
    setRowVisible(m_triage, posts);
    m_list->setPlaceholderText(posts ? tr("Post ids, one per line (pasted or loaded); empty: any post")
                                     : tr("Handles, one per line (pasted or loaded); empty: any"));
    for (CampaignActionEditor *editor : std::as_const(m_actions))
        editor->setTarget(posts, subjectKind());
    updateListFilter();
    emit changed();
}

void CampaignSpecForm::loadList()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a list"), QString(),
                                                      tr("Text files (*.txt *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Could not read the list"), tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    m_list->setPlainText(QString::fromUtf8(file.readAll()));
}

void CampaignSpecForm::updateListFilter()
{
    QStringList parts;
    const QJsonObject &f = m_listFilterJson;
    if (f.contains(QStringLiteral("search")))
        parts << tr("search “%1”").arg(f.value(QStringLiteral("search")).toString());
    if (f.contains(QStringLiteral("min_score")) || f.contains(QStringLiteral("max_score")))
        parts << tr("score %1–%2")
                     .arg(f.contains(QStringLiteral("min_score")) ? QString::number(f.value(QStringLiteral("min_score")).toInt()) : tr("min"),
                          f.contains(QStringLiteral("max_score")) ? QString::number(f.value(QStringLiteral("max_score")).toInt()) : tr("max"));
    if (f.contains(QStringLiteral("restriction")))
        parts << tr("restriction %1").arg(PolicyText::restrictionLabel(m_store.policy(), f.value(QStringLiteral("restriction")).toString()));
    if (f.contains(QStringLiteral("band"))) {
        const int band = f.value(QStringLiteral("band")).toInt();
        parts << tr("band %1").arg(PolicyText::bandLabel(band < 0 ? std::nullopt : std::optional<int>(band)));
    }
    if (f.contains(QStringLiteral("mcn")))
        parts << tr("contracted to %1").arg(f.value(QStringLiteral("mcn")).toString());
    if (f.contains(QStringLiteral("triage")))
        parts << tr("triage %1").arg(f.value(QStringLiteral("triage")).toString());
    m_listFilter->setText(parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(" · ")));
    m_listFilter->setForegroundRole(parts.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    m_clearListFilter->setVisible(!parts.isEmpty());
}

QJsonObject CampaignSpecForm::toJson() const
{
    const QString kind = m_kind->currentData().toString();
    const bool posts = kind == QLatin1String("post");
    const bool mcn = kind == QLatin1String("mcn");
    QJsonObject sel{{QStringLiteral("kind"), kind}};
    putText(sel, "category", m_category->text());
    if (posts) {
        putText(sel, "creator_category", m_creatorCategory->text());
        putText(sel, "topic", m_topic->currentData().toString());
        putText(sel, "posted_from", m_postedFrom->text());
        putText(sel, "posted_to", m_postedTo->text());
        putText(sel, "triage", m_triage->currentData().toString());
    } else {
        putText(sel, "registered_from", m_registeredFrom->text());
        putText(sel, "registered_to", m_registeredTo->text());
    }
    if (mcn) {
        putText(sel, "company", m_company->text());
        putText(sel, "region", m_region->text());
        if (!m_certified->currentData().toString().isEmpty())
            sel.insert(QStringLiteral("certified"), m_certified->currentData().toString() == QLatin1String("yes"));
    }
    QJsonArray findings;
    for (QAction *a : m_findingsMenu->actions()) {
        if (a->isChecked())
            findings.append(a->data().toString());
    }
    if (!findings.isEmpty())
        sel.insert(QStringLiteral("findings"), findings);
    QJsonArray items;
    for (const QString &line : m_list->toPlainText().split(QLatin1Char('\n'))) {
        const QString item = line.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    if (!items.isEmpty())
        sel.insert(posts ? QStringLiteral("posts") : QStringLiteral("handles"), items);
    for (auto it = m_listFilterJson.begin(); it != m_listFilterJson.end(); ++it)
        sel.insert(it.key(), it.value());

    QJsonArray actions;
    for (const CampaignActionEditor *editor : m_actions)
        actions.append(editor->toJson());
    QJsonObject out{{QStringLiteral("name"), m_name->text().trimmed()},
                    {QStringLiteral("reason"), m_reason->toPlainText().trimmed()},
                    {QStringLiteral("select"), sel},
                    {QStringLiteral("actions"), actions}};
    return out;
}

bool CampaignSpecForm::spec(CampaignSpec *out, QString *error) const
{
    return CampaignSpecLoader::fromJson(toJson(), m_store.policy(), out, error);
}

void CampaignSpecForm::setJson(const QJsonObject &spec)
{
    const QJsonObject sel = spec.value(QStringLiteral("select")).toObject();
    const auto text = [&sel](const char *key) { return sel.value(QLatin1String(key)).toString(); };
    m_name->setText(spec.value(QStringLiteral("name")).toString());
    m_reason->setPlainText(spec.value(QStringLiteral("reason")).toString());
    const int kind = m_kind->findData(text("kind"));
    m_kind->setCurrentIndex(kind >= 0 ? kind : 2);
    m_category->setText(text("category"));
    m_creatorCategory->setText(text("creator_category"));
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(text("topic"))));
    m_company->setText(text("company"));
    m_region->setText(text("region"));
    m_certified->setCurrentIndex(!sel.contains(QStringLiteral("certified")) ? 0
                                 : sel.value(QStringLiteral("certified")).toBool() ? 1 : 2);
    m_registeredFrom->setText(text("registered_from"));
    m_registeredTo->setText(text("registered_to"));
    m_postedFrom->setText(text("posted_from"));
    m_postedTo->setText(text("posted_to"));
    m_triage->setCurrentIndex(std::max(0, m_triage->findData(text("triage"))));
    const QJsonArray findings = sel.value(QStringLiteral("findings")).toArray();
    for (QAction *a : m_findingsMenu->actions())
        a->setChecked(findings.contains(a->data().toString()));
    QStringList items;
    for (const QJsonValue &v : sel.value(sel.contains(QStringLiteral("posts")) ? QStringLiteral("posts") : QStringLiteral("handles")).toArray())
        items << v.toString();
    m_list->setPlainText(items.join(QLatin1Char('\n')));
    m_listFilterJson = QJsonObject();
    for (const QString &key : listFilterKeys()) {
        if (sel.contains(key))
            m_listFilterJson.insert(key, sel.value(key));
    }
    updateListFilter();

    while (!m_actions.isEmpty())
        delete m_actions.takeLast();
    const QJsonArray actions = spec.value(QStringLiteral("actions")).toArray();
    for (const QJsonValue &v : actions)
        addAction()->setJson(v.toObject());
    if (m_actions.isEmpty())
        addAction();
    emit changed();
}

void CampaignSpecForm::setSelection(const CampaignSelection &selection)
{
    CampaignSpec spec;
    spec.select = selection;
    QJsonObject json = spec.toJson();
    json.insert(QStringLiteral("name"), m_name->text());
    json.insert(QStringLiteral("reason"), m_reason->toPlainText());
    QJsonArray actions;
    for (const CampaignActionEditor *editor : std::as_const(m_actions))
        actions.append(editor->toJson());
    json.insert(QStringLiteral("actions"), actions);
    setJson(json);
}

} // namespace redline
