#include "policy/policyfields.h"

#include "policytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <limits>

namespace redline {

namespace {

// Wide enough for any value a policy may hold, and for the out-of-range ones the loader must refuse.
constexpr int kSpinLow = -999999999;
constexpr int kSpinHigh = 999999999;

QSpinBox *spinBox(const QString &path, int value)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(path);
    spin->setRange(kSpinLow, kSpinHigh);
    spin->setValue(value);
    spin->setKeyboardTracking(true);
    spin->setMinimumWidth(90);
    spin->setMaximumWidth(140);
    return spin;
}

QJsonArray parseIntList(const QString &text)
{
    QJsonArray values;
    const QStringList tokens = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        bool ok = false;
        const QString trimmed = token.trimmed();
        const int value = trimmed.toInt(&ok);
        values.append(ok ? QJsonValue(value) : QJsonValue(trimmed));
    }
    return values;
}

QStringList parseIdList(const QString &text)
{
    QStringList ids;
    const QStringList tokens = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &token : tokens)
        ids << token.trimmed();
    return ids;
}

QString listText(const QJsonArray &values)
{
    QStringList texts;
    for (const QJsonValue &value : values)
        texts << (value.isDouble() ? QString::number(value.toInt()) : value.toString());
    return texts.join(QLatin1String(", "));
}

} // namespace

PolicyFields::PolicyFields(const Policy &policy, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
{
}

QLabel *PolicyFields::errorLabel(const QString &path)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String("error:") + path);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->setVisible(false);
    bindErrorLabel(path, label);
    return label;
}

void PolicyFields::bindErrorLabel(const QString &path, QLabel *label)
{
    m_bindings.append(Binding{path, nullptr, label, m_tab});
}

QWidget *PolicyFields::withErrorLabel(const QString &path, QWidget *editor)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    // Numbers keep a narrow box; text and choices take the room the reason does not need.
    const bool narrow = qobject_cast<QSpinBox *>(editor) || qobject_cast<QCheckBox *>(editor);
    layout->addWidget(editor, narrow ? 0 : 2);
    auto *error = new QLabel;
    error->setObjectName(QLatin1String("error:") + path);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setWordWrap(true);
    layout->addWidget(error, 1);
    m_bindings.append(Binding{path, editor, error, m_tab});
    return row;
}

QWidget *PolicyFields::intField(const QString &path, int value)
{
    QSpinBox *spin = spinBox(path, value);
    connect(spin, qOverload<int>(&QSpinBox::valueChanged), this,
            [this, path](int v) { emit edited(path, QJsonValue(v)); });
    return withErrorLabel(path, spin);
}

QWidget *PolicyFields::intCell(const QString &path, int value, QLabel *error)
{
    QSpinBox *spin = spinBox(path, value);
    spin->setFrame(false);
    connect(spin, qOverload<int>(&QSpinBox::valueChanged), this,
            [this, path](int v) { emit edited(path, QJsonValue(v)); });
    m_bindings.append(Binding{path, spin, error, m_tab});
    return spin;
}

QWidget *PolicyFields::optionalIntField(const QString &path, std::optional<int> value, const QString &noneText,
                                        bool removeWhenNone)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    QSpinBox *spin = spinBox(path, value.value_or(0));
    auto *none = new QCheckBox(noneText);
    none->setObjectName(QLatin1String("none:") + path);
    none->setChecked(!value);
    spin->setEnabled(value.has_value());
    layout->addWidget(spin);
    layout->addWidget(none);
    const auto emitValue = [this, path, spin, none, removeWhenNone] {
        spin->setEnabled(!none->isChecked());
        const QJsonValue absent = removeWhenNone ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonValue::Null);
        emit edited(path, none->isChecked() ? absent : QJsonValue(spin->value()));
    };
    connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, emitValue);
    connect(none, &QCheckBox::toggled, this, emitValue);
    QWidget *row = withErrorLabel(path, box);
    m_bindings.last().editor = spin;
    return row;
}

QWidget *PolicyFields::textField(const QString &path, const QString &value)
{
    auto *edit = new QLineEdit(value);
    edit->setObjectName(path);
    connect(edit, &QLineEdit::textEdited, this, [this, path](const QString &text) { emit edited(path, text); });
    return withErrorLabel(path, edit);
}

QWidget *PolicyFields::boolField(const QString &path, bool value, const QString &text)
{
    auto *check = new QCheckBox(text);
    check->setObjectName(path);
    check->setChecked(value);
    connect(check, &QCheckBox::toggled, this, [this, path](bool on) { emit edited(path, on); });
    return withErrorLabel(path, check);
}

QWidget *PolicyFields::intListField(const QString &path, const QJsonArray &values)
{
    auto *edit = new QLineEdit(listText(values));
    edit->setObjectName(path);
    edit->setPlaceholderText(tr("none"));
    edit->setToolTip(tr("Integers separated by commas"));
    connect(edit, &QLineEdit::textEdited, this,
            [this, path](const QString &text) { emit edited(path, parseIntList(text)); });
    return withErrorLabel(path, edit);
}

QWidget *PolicyFields::restrictionListField(const QString &path, const QStringList &ids)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(ids.join(QLatin1String(", ")));
    edit->setObjectName(path);
    edit->setPlaceholderText(tr("none"));
    edit->setToolTip(tr("Restriction ids separated by commas; the policy defines: %1")
                         .arg(restrictionIdsByLabel().join(QLatin1String(", "))));
    auto *words = new QLabel(PolicyText::restrictionList(m_policy, ids));
    words->setWordWrap(true);
    words->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(edit);
    layout->addWidget(words);
    connect(edit, &QLineEdit::textEdited, this, [this, path, words](const QString &text) {
        const QStringList typed = parseIdList(text);
        words->setText(PolicyText::restrictionList(m_policy, typed));
        emit edited(path, QJsonArray::fromStringList(typed));
    });
    QWidget *row = withErrorLabel(path, box);
    m_bindings.last().editor = edit;
    return row;
}

QStringList PolicyFields::restrictionIdsByLabel() const
{
    QStringList ids = m_policy.restrictionLabels.keys();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return PolicyText::restrictionLabel(m_policy, a).localeAwareCompare(PolicyText::restrictionLabel(m_policy, b)) < 0;
    });
    return ids;
}

QWidget *PolicyFields::restrictionChoice(const QString &path, const QString &id)
{
    auto *combo = new QComboBox;
    combo->setObjectName(path);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    for (const QString &known : restrictionIdsByLabel())
        combo->addItem(PolicyText::restrictionLabel(m_policy, known), known);
    if (combo->findData(id) < 0)
        combo->addItem(id, id);
    combo->setCurrentIndex(combo->findData(id));
    connect(combo, qOverload<int>(&QComboBox::activated), this,
            [this, path, combo](int index) { emit edited(path, combo->itemData(index).toString()); });
    return withErrorLabel(path, combo);
}

QWidget *PolicyFields::codeChoice(const QString &path, SubjectKind kind, const QString &code)
{
    auto *combo = new QComboBox;
    combo->setObjectName(path);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    for (const ViolationCode &known : m_policy.scale(kind).codes)
        combo->addItem(PolicyText::codeDescription(m_policy, kind, known.id), known.id);
    if (combo->findData(code) < 0)
        combo->addItem(code, code);
    combo->setCurrentIndex(combo->findData(code));
    connect(combo, qOverload<int>(&QComboBox::activated), this,
            [this, path, combo](int index) { emit edited(path, combo->itemData(index).toString()); });
    return withErrorLabel(path, combo);
}

QWidget *PolicyFields::sanctionField(const QString &path, const QString &id, std::optional<int> days)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(restrictionChoice(path + QLatin1String(".sanction"), id), 3);
    layout->addWidget(new QLabel(tr("days")));
    layout->addWidget(optionalIntField(path + QLatin1String(".days"), days, tr("permanent"), false), 2);
    return box;
}

const PolicyFields::Binding *PolicyFields::bindingFor(const QString &errorPath) const
{
    const Binding *best = nullptr;
    for (const Binding &binding : m_bindings) {
        if (binding.path == errorPath)
            return &binding;
        const bool inside = errorPath.startsWith(binding.path)
                            && (errorPath.at(binding.path.size()) == QLatin1Char('.')
                                || errorPath.at(binding.path.size()) == QLatin1Char('['));
        if (inside && (!best || binding.path.size() > best->path.size()))
            best = &binding;
    }
    if (best)
        return best;
    // An error on a whole list or object ("must not be empty"): the first field inside it shows it.
    for (const Binding &binding : m_bindings) {
        if (binding.path.startsWith(errorPath + QLatin1Char('.')) || binding.path.startsWith(errorPath + QLatin1Char('[')))
            return &binding;
    }
    return nullptr;
}

int PolicyFields::showError(const QString &errorPath, const QString &reason)
{
    clearErrors();
    const Binding *binding = errorPath.isEmpty() ? nullptr : bindingFor(errorPath);
    if (!binding || !binding->error)
        return -1;
    binding->error->setText(reason);
    binding->error->setToolTip(errorPath + QLatin1String(": ") + reason);
    binding->error->setVisible(true);
    if (binding->editor)
        binding->editor->setProperty("invalid", true);
    return binding->tab;
}

void PolicyFields::clearErrors()
{
    for (const Binding &binding : m_bindings) {
        if (binding.error) {
            binding.error->clear();
            binding.error->setToolTip(QString());
            if (!binding.editor) // group and row labels take no room while empty
                binding.error->setVisible(false);
        }
        if (binding.editor)
            binding.editor->setProperty("invalid", false);
    }
}

QString PolicyFields::errorText(const QString &path) const
{
    for (const Binding &binding : m_bindings) {
        if (binding.path == path && binding.error)
            return binding.error->text();
    }
    return QString();
}

QWidget *PolicyFields::field(const QString &path) const
{
    for (const Binding &binding : m_bindings) {
        if (binding.path == path && binding.editor)
            return binding.editor;
    }
    return nullptr;
}

} // namespace redline
