#include "templateeditor.h"

#include "rules/period.h"
#include "rules/ruleevaluator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

constexpr int SectionRole = Qt::UserRole;
constexpr int ItemRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;

// The keys a check may have (docs/TEMPLATE_FORMAT.md, "Check types"); the fields write only these.
const QStringList &checkKeys()
{
    static const QStringList keys = {QStringLiteral("type"),         QStringLiteral("start"), QStringLiteral("actual"),
                                     QStringLiteral("actual_event"), QStringLiteral("field"), QStringLiteral("event"),
                                     QStringLiteral("period"),       QStringLiteral("roll"),  QStringLiteral("min"),
                                     QStringLiteral("max")};
    return keys;
}

QString periodText(rules::Period::Unit unit, int count)
{
    switch (unit) {
    case rules::Period::Unit::Days:
        return QStringLiteral("P%1D").arg(count);
    case rules::Period::Unit::Weeks:
        return QStringLiteral("P%1W").arg(count);
    case rules::Period::Unit::Months:
        return QStringLiteral("P%1M").arg(count);
    case rules::Period::Unit::WorkingDays:
        return QStringLiteral("%1WD").arg(count);
    case rules::Period::Unit::EndOfWeek:
        return QStringLiteral("EOW%1").arg(count);
    }
    return {};
}

// Selects the item with `data`; a key the card does not know is added as it is, so nothing is lost.
void selectData(QComboBox *combo, const QString &data)
{
    int index = combo->findData(data);
    if (index < 0 && !data.isEmpty()) {
        combo->addItem(data, data);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

LocalizedText localized(const QJsonObject &object, const QString &field)
{
    return LocalizedText::fromJson(object.value(field));
}

QPlainTextEdit *smallTextEdit()
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    return edit;
}

} // namespace

TemplateEditor::TemplateEditor(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_service(session)
    , m_language(session.language())
    , m_readOnly(!session.policy().may(Permission::EditTemplates))
{
    setWindowTitle(tr("Edit cue cards"));
    resize(1100, 660);

    m_templates = new QComboBox;
    m_templates->setObjectName(QStringLiteral("templates"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Cue card:")));
    top->addWidget(m_templates, 1);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("items"));
    m_tree->setColumnCount(1);
    m_tree->setHeaderLabels({tr("Question")});
    m_tree->setWordWrap(true);
    m_add = new QPushButton(tr("&Add item…"));
    m_up = new QPushButton(tr("Move &up"));
    m_down = new QPushButton(tr("Move &down"));
    m_remove = new QPushButton(tr("&Retire item"));
    auto *treeButtons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_up, m_down, m_remove})
        treeButtons->addWidget(button);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree);
    leftLayout->addLayout(treeButtons);

    m_itemEditor = new QWidget;
    auto *form = new QFormLayout(m_itemEditor);
    m_itemKey = new QLabel;
    m_itemKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textDa = new QLineEdit;
    m_textDa->setObjectName(QStringLiteral("textDa"));
    m_textEn = new QLineEdit;
    m_lawDa = new QLineEdit;
    m_lawEn = new QLineEdit;
    m_guidanceDa = smallTextEdit();
    m_guidanceEn = smallTextEdit();
    m_remediationDa = smallTextEdit();
    m_remediationEn = smallTextEdit();
    m_severity = new QComboBox;
    m_severity->addItem(tr("Critical"), key("critical"));
    m_severity->addItem(tr("Major"), key("major"));
    m_severity->addItem(tr("Minor"), key("minor"));
    m_subgroups = new QLineEdit;
    m_subgroups->setPlaceholderText(tr("empty = every case of the area"));
    m_rules = new QPlainTextEdit;
    m_rules->setObjectName(QStringLiteral("rules"));
    m_rules->setTabChangesFocus(true);

    // The computed rule, field by field.
    m_ruleBox = new QWidget;
    m_ruleForm = new QFormLayout(m_ruleBox);
    m_ruleForm->setContentsMargins(0, 0, 0, 0);
    m_ruleVersion = new QComboBox;
    m_ruleVersion->setObjectName(QStringLiteral("ruleVersion"));
    m_addVersion = new QPushButton(tr("Add version"));
    m_removeVersion = new QPushButton(tr("Remove version"));
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_ruleVersion, 1);
    versionRow->addWidget(m_addVersion);
    versionRow->addWidget(m_removeVersion);
    m_versionName = new QLineEdit;
    m_validFrom = new QLineEdit;
    m_validTo = new QLineEdit;
    for (QLineEdit *edit : {m_validFrom, m_validTo})
        edit->setPlaceholderText(m_language == u"da" ? tr("dd-mm-yyyy, empty = open") : tr("yyyy-mm-dd, empty = open"));
    m_checkType = new QComboBox;
    m_checkType->addItem(tr("Deadline"), key("deadline"));
    m_checkType->addItem(tr("Date recorded"), key("date_recorded"));
    m_checkType->addItem(tr("Number of events"), key("event_count"));
    m_checkType->addItem(tr("Journal note in time"), key("event_note_lag"));
    m_checkType->addItem(tr("Reason when not in person"), key("event_form_reason"));
    m_startField = new QComboBox;
    m_actual = new QComboBox;
    m_field = new QComboBox;
    m_event = new QComboBox;
    m_periodCount = new QSpinBox;
    m_periodCount->setRange(0, rules::Period::kMaxDays);
    m_periodUnit = new QComboBox;
    m_periodUnit->addItem(tr("days"), int(rules::Period::Unit::Days));
    m_periodUnit->addItem(tr("weeks"), int(rules::Period::Unit::Weeks));
    m_periodUnit->addItem(tr("months"), int(rules::Period::Unit::Months));
    m_periodUnit->addItem(tr("working days"), int(rules::Period::Unit::WorkingDays));
    m_periodUnit->addItem(tr("until the end of week (number)"), int(rules::Period::Unit::EndOfWeek));
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_periodCount);
    periodRow->addWidget(m_periodUnit, 1);
    m_roll = new QComboBox;
    m_roll->addItem(tr("Stays where it is"), key("none"));
    m_roll->addItem(tr("Moves to the next working day"), key("next-working-day"));
    m_min = new QSpinBox;
    m_min->setRange(1, 1000);
    // Long names of dates and events must not widen the form beyond the dialog.
    for (QComboBox *combo : {m_ruleVersion, m_checkType, m_startField, m_actual, m_field, m_event, m_roll}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("ruleExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setFrameShape(QFrame::StyledPanel);
    m_explanation->setMargin(6);
    // Room for a few lines: a word-wrapped label in a scrolled form is not given its height otherwise.
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 4 + 12);
    m_ruleForm->addRow(tr("Rule version:"), versionRow);
    m_ruleForm->addRow(tr("Name of the version:"), m_versionName);
    m_ruleForm->addRow(tr("In force from:"), m_validFrom);
    m_ruleForm->addRow(tr("In force until:"), m_validTo);
    m_ruleForm->addRow(tr("Kind of check:"), m_checkType);
    m_ruleForm->addRow(tr("Counted from:"), m_startField);
    m_ruleForm->addRow(tr("Date checked:"), m_actual);
    m_ruleForm->addRow(tr("Date that must be recorded:"), m_field);
    m_ruleForm->addRow(tr("Event:"), m_event);
    m_ruleForm->addRow(tr("At least:"), m_min);
    m_ruleForm->addRow(tr("Period:"), periodRow);
    m_ruleForm->addRow(tr("Deadline on a weekend or holiday:"), m_roll);

    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_rules->setFont(mono);
    form->addRow(tr("Key:"), m_itemKey);
    form->addRow(tr("Question (Danish):"), m_textDa);
    form->addRow(tr("Question (English):"), m_textEn);
    form->addRow(tr("Law (Danish):"), m_lawDa);
    form->addRow(tr("Law (English):"), m_lawEn);
    form->addRow(tr("Guidance (Danish):"), m_guidanceDa);
    form->addRow(tr("Guidance (English):"), m_guidanceEn);
    form->addRow(tr("Remediation (Danish):"), m_remediationDa);
    form->addRow(tr("Remediation (English):"), m_remediationEn);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Subgroups (comma-separated):"), m_subgroups);
    form->addRow(tr("Computed rule:"), m_ruleBox);
    form->addRow(m_explanation);
    m_rules->setMinimumHeight(90);
    form->addRow(tr("Rules as JSON (advanced):"), m_rules);

    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_tabs = new QTabWidget;
    // The item's fields scroll, so the dialog fits a small screen (1366×768).
    auto *itemScroll = new QScrollArea;
    itemScroll->setWidgetResizable(true);
    itemScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_ruleForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    itemScroll->setFrameShape(QFrame::NoFrame);
    itemScroll->setWidget(m_itemEditor);
    m_tabs->addTab(itemScroll, tr("Item"));
    m_tabs->addTab(m_preview, tr("Preview"));

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);

    m_problems = new QPlainTextEdit;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(90);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("&Save as new version"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (m_readOnly) {
        auto *note = new QLabel(tr("You may look at the cue cards but not change them: editing templates needs "
                                   "the permission to edit cue-card templates."));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(new QLabel(tr("Problems:")));
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_textDa, m_textEn, m_lawDa, m_lawEn, m_subgroups})
        edit->setReadOnly(m_readOnly);
    for (QPlainTextEdit *edit : {m_guidanceDa, m_guidanceEn, m_remediationDa, m_remediationEn, m_rules})
        edit->setReadOnly(m_readOnly);
    m_severity->setEnabled(!m_readOnly);
    for (QPushButton *button : {m_add, m_up, m_down, m_remove, m_save, m_addVersion, m_removeVersion})
        button->setVisible(!m_readOnly);
    for (QLineEdit *edit : {m_versionName, m_validFrom, m_validTo})
        edit->setReadOnly(m_readOnly);
    for (QWidget *field : std::initializer_list<QWidget *>{m_checkType, m_startField, m_actual, m_field, m_event,
                                                           m_periodCount, m_periodUnit, m_roll, m_min})
        field->setEnabled(!m_readOnly);

    connect(m_templates, &QComboBox::currentIndexChanged, this, &TemplateEditor::loadTemplate);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showItem();
        updateButtons();
    });
    auto pairLine = [this](QLineEdit *da, QLineEdit *en, const QString &field) {
        for (QLineEdit *edit : {da, en})
            connect(edit, &QLineEdit::textChanged, this,
                    [this, da, en, field] { storeField(field, da->text(), en->text()); });
    };
    pairLine(m_textDa, m_textEn, key("text"));
    pairLine(m_lawDa, m_lawEn, key("law"));
    auto pairText = [this](QPlainTextEdit *da, QPlainTextEdit *en, const QString &field) {
        for (QPlainTextEdit *edit : {da, en})
            connect(edit, &QPlainTextEdit::textChanged, this,
                    [this, da, en, field] { storeField(field, da->toPlainText(), en->toPlainText()); });
    };
    pairText(m_guidanceDa, m_guidanceEn, key("guidance"));
    pairText(m_remediationDa, m_remediationEn, key("remediation"));
    connect(m_severity, &QComboBox::currentIndexChanged, this, &TemplateEditor::storeSeverity);
    connect(m_subgroups, &QLineEdit::textChanged, this, &TemplateEditor::storeSubgroups);
    connect(m_rules, &QPlainTextEdit::textChanged, this, &TemplateEditor::storeRules);
    connect(m_ruleVersion, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            showVersion();
    });
    connect(m_addVersion, &QPushButton::clicked, this, &TemplateEditor::addRuleVersion);
    connect(m_removeVersion, &QPushButton::clicked, this, &TemplateEditor::removeRuleVersion);
    for (QLineEdit *edit : {m_versionName, m_validFrom, m_validTo})
        connect(edit, &QLineEdit::textEdited, this, &TemplateEditor::storeVersion);
    for (QComboBox *combo : {m_checkType, m_startField, m_actual, m_field, m_event, m_periodUnit, m_roll})
        connect(combo, &QComboBox::currentIndexChanged, this, &TemplateEditor::storeVersion);
    for (QSpinBox *spin : {m_periodCount, m_min})
        connect(spin, &QSpinBox::valueChanged, this, &TemplateEditor::storeVersion);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refreshPreview(); });

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int section = currentPosition().first;
        if (section < 0) {
            m_status->setText(tr("Select the section the new item belongs to."));
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Add item"),
            tr("Name of the new item (lower-case letters, digits, _ and -); its key will be %1.%2.<name>:")
                .arg(m_card.key, m_sections.at(section).json.value(key("key")).toString()),
            QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        QString message;
        if (!addItem(section, name.trimmed(), &message))
            m_status->setText(message);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelectedItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelectedItem(1); });
    connect(m_remove, &QPushButton::clicked, this, &TemplateEditor::removeSelectedItem);
    connect(m_save, &QPushButton::clicked, this, [this] { saveAsNewVersion(); });

    reloadTemplateList();
}

void TemplateEditor::reloadTemplateList(qint64 selectId)
{
    auto list = m_service.list();
    const QSignalBlocker blocker(m_templates);
    m_templates->clear();
    m_templateIds.clear();
    if (!list) {
        m_status->setText(list.error().message);
        return;
    }
    int select = 0;
    for (const TemplateSummary &summary : list.value()) {
        if (summary.id == selectId)
            select = int(m_templateIds.size());
        m_templateIds << summary.id;
        m_templates->addItem(
            tr("%1, version %2: %3").arg(summary.key).arg(summary.version).arg(summary.title.in(m_language)));
    }
    m_templates->setCurrentIndex(select);
    loadTemplate(select);
}

void TemplateEditor::loadTemplate(int index)
{
    m_sections.clear();
    m_rulesErrors.clear();
    m_card = CueCard();
    if (index >= 0 && index < m_templateIds.size()) {
        auto card = m_service.load(m_templateIds.at(index));
        if (!card) {
            m_status->setText(card.error().message);
        } else {
            m_card = card.value();
            for (const QJsonValue &sectionValue : m_card.json.value(key("sections")).toArray()) {
                Section section;
                section.json = sectionValue.toObject();
                for (const QJsonValue &item : section.json.value(key("items")).toArray())
                    section.items << item.toObject();
                section.json.remove(key("items"));
                m_sections << section;
            }
        }
    }
    {
        const QSignalBlocker blockStart(m_startField), blockActual(m_actual), blockField(m_field), blockEvent(m_event);
        for (QComboBox *combo : {m_startField, m_actual, m_field, m_event})
            combo->clear();
        for (const NamedField &date : std::as_const(m_card.dateFields)) {
            const QString label = date.label.in(m_language);
            m_startField->addItem(label, date.key);
            m_field->addItem(label, date.key);
            m_actual->addItem(label, QStringLiteral("date:") + date.key);
        }
        for (const NamedField &event : std::as_const(m_card.eventKinds)) {
            m_event->addItem(event.label.in(m_language), event.key);
            m_actual->addItem(tr("The first \"%1\" from then on").arg(event.label.in(m_language)),
                              QStringLiteral("event:") + event.key);
        }
    }
    rebuildTree();
    refreshProblems();
    refreshPreview();
}

QString TemplateEditor::itemLabel(const QJsonObject &item) const
{
    return localized(item, key("text")).in(m_language);
}

void TemplateEditor::rebuildTree(const QString &selectKey)
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem *selected = nullptr;
    for (int s = 0; s < m_sections.size(); ++s) {
        const Section &section = m_sections.at(s);
        // The questions, not their keys: the key is shown with the selected item.
        auto *sectionNode = new QTreeWidgetItem(m_tree, {localized(section.json, key("title")).in(m_language)});
        QFont bold = sectionNode->font(0);
        bold.setBold(true);
        sectionNode->setFont(0, bold);
        sectionNode->setData(0, SectionRole, s);
        sectionNode->setData(0, ItemRole, -1);
        sectionNode->setData(0, KeyRole, section.json.value(key("key")).toString());
        for (int i = 0; i < section.items.size(); ++i) {
            const QJsonObject &item = section.items.at(i);
            const QString itemKey = item.value(key("key")).toString();
            const QString question = itemLabel(item);
            auto *node = new QTreeWidgetItem(sectionNode, {question.isEmpty() ? tr("(no question yet)") : question});
            node->setData(0, SectionRole, s);
            node->setData(0, ItemRole, i);
            node->setData(0, KeyRole, itemKey);
            node->setToolTip(0, question);
            if (itemKey == selectKey)
                selected = node;
        }
        sectionNode->setExpanded(true);
    }
    if (selected)
        m_tree->setCurrentItem(selected);
    showItem();
    updateButtons();
}

std::pair<int, int> TemplateEditor::currentPosition() const
{
    const QTreeWidgetItem *node = m_tree->currentItem();
    if (!node)
        return {-1, -1};
    return {node->data(0, SectionRole).toInt(), node->data(0, ItemRole).toInt()};
}

QJsonObject *TemplateEditor::currentItem()
{
    const auto [section, item] = currentPosition();
    if (section < 0 || section >= m_sections.size() || item < 0 || item >= m_sections.at(section).items.size())
        return nullptr;
    return &m_sections[section].items[item];
}

bool TemplateEditor::selectItem(const QString &itemKey)
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *sectionNode = m_tree->topLevelItem(s);
        for (int i = 0; i < sectionNode->childCount(); ++i) {
            QTreeWidgetItem *node = sectionNode->child(i);
            if (node->data(0, KeyRole).toString() == itemKey) {
                m_tree->setCurrentItem(node);
                return true;
            }
        }
    }
    return false;
}

void TemplateEditor::showItem()
{
    const QJsonObject *item = currentItem();
    m_loading = true;
    m_itemEditor->setEnabled(item != nullptr);
    const QJsonObject shown = item ? *item : QJsonObject();
    const QString itemKey = shown.value(key("key")).toString();
    m_itemKey->setText(itemKey);
    auto setPair = [&shown](auto *da, auto *en, const QString &field) {
        const LocalizedText text = localized(shown, field);
        if constexpr (std::is_same_v<std::remove_pointer_t<decltype(da)>, QLineEdit>) {
            da->setText(text.da);
            en->setText(text.en);
        } else {
            da->setPlainText(text.da);
            en->setPlainText(text.en);
        }
    };
    setPair(m_textDa, m_textEn, key("text"));
    setPair(m_lawDa, m_lawEn, key("law"));
    setPair(m_guidanceDa, m_guidanceEn, key("guidance"));
    setPair(m_remediationDa, m_remediationEn, key("remediation"));
    const int severity = m_severity->findData(shown.value(key("severity")).toString(key("major")));
    m_severity->setCurrentIndex(severity < 0 ? 1 : severity);
    QStringList subgroups;
    for (const QJsonValue &value : shown.value(key("applies")).toObject().value(key("subgroups")).toArray())
        subgroups << value.toString();
    m_subgroups->setText(subgroups.join(QStringLiteral(", ")));
    const QJsonArray rules = shown.value(key("rules")).toArray();
    m_rules->setPlainText(rules.isEmpty() ? QString()
                                          : QString::fromUtf8(QJsonDocument(rules).toJson(QJsonDocument::Indented)));
    m_loading = false;
    showRules(0);
}

void TemplateEditor::storeField(const QString &field, const QString &da, const QString &en)
{
    QJsonObject *item = currentItem();
    if (m_loading || m_readOnly || !item)
        return;
    if (field != u"text" && da.isEmpty() && en.isEmpty())
        item->remove(field);
    else
        item->insert(field, QJsonObject{{key("da"), da}, {key("en"), en}});
    if (field == u"text")
        if (QTreeWidgetItem *node = m_tree->currentItem())
            node->setText(0, itemLabel(*item));
    refreshProblems();
}

void TemplateEditor::storeSeverity()
{
    QJsonObject *item = currentItem();
    if (m_loading || m_readOnly || !item)
        return;
    item->insert(key("severity"), m_severity->currentData().toString());
    refreshProblems();
}

void TemplateEditor::storeSubgroups()
{
    QJsonObject *item = currentItem();
    if (m_loading || m_readOnly || !item)
        return;
    QJsonArray subgroups;
    for (const QString &part : m_subgroups->text().split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            subgroups.append(part.trimmed());
    QJsonObject applies = item->value(key("applies")).toObject();
    if (subgroups.isEmpty())
        applies.remove(key("subgroups"));
    else
        applies.insert(key("subgroups"), subgroups);
    if (applies.isEmpty())
        item->remove(key("applies"));
    else
        item->insert(key("applies"), applies);
    refreshProblems();
}

void TemplateEditor::storeRules()
{
    QJsonObject *item = currentItem();
    if (m_loading || m_readOnly || !item)
        return;
    const QString itemKey = item->value(key("key")).toString();
    const QString text = m_rules->toPlainText().trimmed();
    m_rulesErrors.remove(itemKey);
    if (text.isEmpty()) {
        item->remove(key("rules"));
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            m_rulesErrors.insert(itemKey, tr("%1: the rules are not valid JSON at byte %2: %3")
                                              .arg(itemKey)
                                              .arg(error.offset)
                                              .arg(error.errorString()));
        else if (!document.isArray())
            m_rulesErrors.insert(itemKey, tr("%1: the rules must be a JSON array.").arg(itemKey));
        else
            item->insert(key("rules"), document.array());
    }
    showRules(m_ruleVersion->currentIndex());
    refreshProblems();
}

QString TemplateEditor::dateLabel(const QString &fieldKey) const
{
    for (const NamedField &date : m_card.dateFields)
        if (date.key == fieldKey)
            return date.label.in(m_language);
    return fieldKey;
}

QString TemplateEditor::eventLabel(const QString &eventKey) const
{
    for (const NamedField &event : m_card.eventKinds)
        if (event.key == eventKey)
            return event.label.in(m_language);
    return eventKey;
}

void TemplateEditor::showRules(int selectVersion)
{
    const QJsonObject *item = currentItem();
    const QJsonArray rules = item ? item->value(key("rules")).toArray() : QJsonArray();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_ruleVersion->clear();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString name = rules.at(i).toObject().value(key("version")).toString();
        m_ruleVersion->addItem(name.isEmpty() ? tr("Version %1").arg(i + 1) : name);
    }
    m_ruleVersion->setCurrentIndex(rules.isEmpty() ? -1
                                                   : int(std::clamp<qsizetype>(selectVersion, 0, rules.size() - 1)));
    m_loading = wasLoading;
    showVersion();
}

void TemplateEditor::showVersion()
{
    const QJsonObject *item = currentItem();
    const QJsonArray rules = item ? item->value(key("rules")).toArray() : QJsonArray();
    const int index = m_ruleVersion->currentIndex();
    const bool has = index >= 0 && index < rules.size();
    const QJsonObject version = has ? rules.at(index).toObject() : QJsonObject();
    const QJsonObject check = version.value(key("check")).toObject();
    const bool wasLoading = m_loading;
    m_loading = true;
    const auto shownDate = [this](const QJsonValue &value) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid())
            return value.toString();
        return date.toString(m_language == u"da" ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("yyyy-MM-dd"));
    };
    m_versionName->setText(version.value(key("version")).toString());
    m_validFrom->setText(shownDate(version.value(key("valid_from"))));
    m_validTo->setText(shownDate(version.value(key("valid_to"))));
    const QString type = check.value(key("type")).toString(key("deadline"));
    selectData(m_checkType, type);
    selectData(m_startField, check.value(key("start")).toString());
    if (check.contains(key("actual_event")))
        selectData(m_actual, QStringLiteral("event:") + check.value(key("actual_event")).toString());
    else
        selectData(m_actual, QStringLiteral("date:") + check.value(key("actual")).toString());
    selectData(m_field, check.value(key("field")).toString());
    selectData(m_event, check.value(key("event")).toString());
    const QString periodKey = type == u"event_note_lag" ? key("max") : key("period");
    const auto period = rules::Period::parse(check.value(periodKey).toString());
    m_periodCount->setValue(period ? period->count() : 0);
    m_periodUnit->setCurrentIndex(
        std::max(0, m_periodUnit->findData(int(period ? period->unit() : rules::Period::Unit::Days))));
    selectData(m_roll, check.value(key("roll")).toString(key("none")));
    m_min->setValue(check.value(key("min")).toInt(1));
    // The fields a kind of check does not use are greyed out (its explanation says what is checked).
    const auto show = [this, has](QWidget *field, bool used) { field->setEnabled(!m_readOnly && has && used); };
    for (QWidget *field : std::initializer_list<QWidget *>{m_versionName, m_validFrom, m_validTo, m_checkType})
        show(field, true);
    show(m_startField, type == u"deadline" || type == u"event_count");
    show(m_actual, type == u"deadline");
    show(m_field, type == u"date_recorded");
    show(m_event, type == u"event_count" || type == u"event_note_lag" || type == u"event_form_reason");
    show(m_min, type == u"event_count");
    const bool usesPeriod = type == u"deadline" || type == u"event_count" || type == u"event_note_lag";
    show(m_periodCount, usesPeriod);
    show(m_periodUnit, usesPeriod);
    show(m_roll, type == u"deadline");
    m_removeVersion->setEnabled(!m_readOnly && has);
    m_addVersion->setEnabled(!m_readOnly && item);
    m_explanation->setText(has ? explainRule(version)
                               : tr("No computed rule: the reviewer answers the question from the case."));
    m_loading = wasLoading;
}

void TemplateEditor::storeVersion()
{
    QJsonObject *item = currentItem();
    if (m_loading || m_readOnly || !item)
        return;
    QJsonArray rules = item->value(key("rules")).toArray();
    const int index = m_ruleVersion->currentIndex();
    if (index < 0 || index >= rules.size())
        return;
    QJsonObject version = rules.at(index).toObject();
    version.insert(key("version"), m_versionName->text().trimmed());
    const auto storedDate = [](const QString &text) -> QJsonValue {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return QJsonValue::Null;
        for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd-MM-yyyy")})
            if (const QDate date = QDate::fromString(trimmed, format); date.isValid())
                return date.toString(Qt::ISODate);
        return trimmed; // as typed: the problems list says it is not a date
    };
    version.insert(key("valid_from"), storedDate(m_validFrom->text()));
    version.insert(key("valid_to"), storedDate(m_validTo->text()));
    QJsonObject check = version.value(key("check")).toObject();
    for (const QString &field : checkKeys())
        check.remove(field);
    const QString type = m_checkType->currentData().toString();
    check.insert(key("type"), type);
    const QString period = periodText(rules::Period::Unit(m_periodUnit->currentData().toInt()), m_periodCount->value());
    if (type == u"deadline") {
        check.insert(key("start"), m_startField->currentData().toString());
        const QString actual = m_actual->currentData().toString();
        if (actual.startsWith(u"event:"))
            check.insert(key("actual_event"), actual.mid(6));
        else
            check.insert(key("actual"), actual.startsWith(u"date:") ? actual.mid(5) : actual);
        check.insert(key("period"), period);
        check.insert(key("roll"), m_roll->currentData().toString());
    } else if (type == u"date_recorded") {
        check.insert(key("field"), m_field->currentData().toString());
    } else if (type == u"event_count") {
        check.insert(key("event"), m_event->currentData().toString());
        check.insert(key("start"), m_startField->currentData().toString());
        check.insert(key("period"), period);
        check.insert(key("min"), m_min->value());
    } else if (type == u"event_note_lag") {
        check.insert(key("event"), m_event->currentData().toString());
        check.insert(key("max"), period);
    } else {
        check.insert(key("event"), m_event->currentData().toString());
    }
    version.insert(key("check"), check);
    rules.replace(index, version);
    item->insert(key("rules"), rules);
    m_rulesErrors.remove(item->value(key("key")).toString());
    {
        const bool wasLoading = m_loading;
        m_loading = true;
        m_rules->setPlainText(QString::fromUtf8(QJsonDocument(rules).toJson(QJsonDocument::Indented)));
        const QString name = version.value(key("version")).toString();
        m_ruleVersion->setItemText(index, name.isEmpty() ? tr("Version %1").arg(index + 1) : name);
        m_loading = wasLoading;
    }
    showVersion(); // the rows that apply to the kind of check, and the explanation
    refreshProblems();
}

void TemplateEditor::setRules(const QJsonArray &rules, int selectVersion)
{
    QJsonObject *item = currentItem();
    if (m_readOnly || !item)
        return;
    if (rules.isEmpty())
        item->remove(key("rules"));
    else
        item->insert(key("rules"), rules);
    m_rulesErrors.remove(item->value(key("key")).toString());
    const bool wasLoading = m_loading;
    m_loading = true;
    m_rules->setPlainText(rules.isEmpty() ? QString()
                                          : QString::fromUtf8(QJsonDocument(rules).toJson(QJsonDocument::Indented)));
    m_loading = wasLoading;
    showRules(selectVersion);
    refreshProblems();
}

void TemplateEditor::addRuleVersion()
{
    QJsonObject *item = currentItem();
    if (m_readOnly || !item)
        return;
    QJsonArray rules = item->value(key("rules")).toArray();
    QJsonObject version;
    const int index = m_ruleVersion->currentIndex();
    if (index >= 0 && index < rules.size()) {
        version = rules.at(index).toObject(); // the same check, for another period of law
    } else {
        const QString first = m_card.dateFields.isEmpty() ? QString() : m_card.dateFields.first().key;
        version.insert(key("check"), QJsonObject{{key("type"), key("date_recorded")}, {key("field"), first}});
    }
    version.insert(key("version"), tr("New version"));
    version.insert(key("valid_from"), QJsonValue::Null);
    version.insert(key("valid_to"), QJsonValue::Null);
    version.remove(key("note"));
    rules.append(version);
    setRules(rules, int(rules.size() - 1));
}

void TemplateEditor::removeRuleVersion()
{
    QJsonObject *item = currentItem();
    const int index = m_ruleVersion->currentIndex();
    if (m_readOnly || !item || index < 0)
        return;
    QJsonArray rules = item->value(key("rules")).toArray();
    if (index >= rules.size())
        return;
    rules.removeAt(index);
    setRules(rules, std::max(0, index - 1));
}

QString TemplateEditor::explainRule(const QJsonObject &version) const
{
    const QJsonObject check = version.value(key("check")).toObject();
    const QString type = check.value(key("type")).toString();
    const auto period = [&](const QString &field) -> std::optional<rules::Period> {
        return rules::Period::parse(check.value(field).toString());
    };
    // "at most 1 month after" / "before the end of week 8 counted from"
    const auto within = [&](const std::optional<rules::Period> &p) {
        if (!p)
            return tr("within a period that is not valid after");
        if (p->unit() == rules::Period::Unit::EndOfWeek)
            return tr("before the end of week %1 counted from").arg(p->count());
        return tr("at most %1 after").arg(p->describe(m_language));
    };
    QStringList sentences;
    if (type == u"deadline") {
        const QString start = dateLabel(check.value(key("start")).toString());
        if (check.contains(key("actual_event")))
            sentences << tr("The first \"%1\" on or after \"%2\" must be %3 \"%2\".")
                             .arg(eventLabel(check.value(key("actual_event")).toString()), start,
                                  within(period(key("period"))));
        else
            sentences << tr("The date \"%1\" must be %2 \"%3\".")
                             .arg(dateLabel(check.value(key("actual")).toString()), within(period(key("period"))),
                                  start);
        sentences << (check.value(key("roll")).toString() == u"next-working-day"
                          ? tr("A deadline that falls on a weekend or holiday moves to the next working day.")
                          : tr("The deadline stays where it falls, also on a weekend or holiday."));
    } else if (type == u"date_recorded") {
        sentences << tr("The date \"%1\" must be recorded.").arg(dateLabel(check.value(key("field")).toString()));
    } else if (type == u"event_count") {
        const auto p = period(key("period"));
        const QString span = !p ? tr("within a period that is not valid after")
                             : p->unit() == rules::Period::Unit::EndOfWeek
                                 ? tr("before the end of week %1 counted from").arg(p->count())
                                 : tr("within %1 of").arg(p->describe(m_language));
        sentences << tr("There must be at least %1 × \"%2\" %3 \"%4\".")
                         .arg(check.value(key("min")).toInt())
                         .arg(eventLabel(check.value(key("event")).toString()), span,
                              dateLabel(check.value(key("start")).toString()));
    } else if (type == u"event_note_lag") {
        const auto p = period(key("max"));
        sentences << tr("The journal note of every \"%1\" must be written %2 the event.")
                         .arg(eventLabel(check.value(key("event")).toString()), within(p));
    } else if (type == u"event_form_reason") {
        sentences << tr("Every \"%1\" not held in person must have a recorded reason.")
                         .arg(eventLabel(check.value(key("event")).toString()));
    }
    // Which cases the version applies to.
    const QString selecting =
        dateLabel(check.contains(key("start")) ? check.value(key("start")).toString() : m_card.referenceDate);
    const auto shown = [this](const QJsonValue &value) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid()
                   ? date.toString(m_language == u"da" ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("yyyy-MM-dd"))
                   : value.toString();
    };
    const QJsonValue from = version.value(key("valid_from"));
    const QJsonValue to = version.value(key("valid_to"));
    const bool hasFrom = from.isString() && !from.toString().isEmpty();
    const bool hasTo = to.isString() && !to.toString().isEmpty();
    if (hasFrom && hasTo)
        sentences << tr("This version applies when \"%1\" is from %2 to %3.").arg(selecting, shown(from), shown(to));
    else if (hasFrom)
        sentences << tr("This version applies when \"%1\" is on %2 or later.").arg(selecting, shown(from));
    else if (hasTo)
        sentences << tr("This version applies when \"%1\" is on %2 or earlier.").arg(selecting, shown(to));
    else
        sentences << tr("This version applies whatever the date.");
    rules::TemplateVocabulary vocabulary;
    for (const NamedField &date : m_card.dateFields)
        vocabulary.dateFields << date.key;
    for (const NamedField &event : m_card.eventKinds)
        vocabulary.eventKinds << event.key;
    const QStringList problems = rules::validateRule(version, vocabulary, m_language);
    if (!problems.isEmpty())
        sentences << tr("Problem: %1").arg(problems.join(QStringLiteral(" ")));
    return sentences.join(u' ');
}

QJsonObject TemplateEditor::editedJson() const
{
    QJsonObject json = m_card.json;
    QJsonArray sections;
    for (const Section &section : m_sections) {
        QJsonObject object = section.json;
        QJsonArray items;
        for (const QJsonObject &item : section.items)
            items.append(item);
        object.insert(key("items"), items);
        sections.append(object);
    }
    json.insert(key("sections"), sections);
    return json;
}

QStringList TemplateEditor::currentProblems() const
{
    if (m_card.key.isEmpty())
        return {tr("No cue card is loaded.")};
    QStringList found = m_rulesErrors.values();
    found.sort();
    auto card = CueCard::fromJson(editedJson());
    if (!card)
        found << card.error().message;
    else
        found << TemplateService::problems(card.value());
    return found;
}

void TemplateEditor::refreshProblems()
{
    const QStringList found = currentProblems();
    m_problems->setPlainText(found.isEmpty() ? tr("No problems.") : found.join(u'\n'));
    if (m_tabs->currentWidget() == m_preview)
        refreshPreview();
    updateButtons();
}

void TemplateEditor::refreshPreview()
{
    if (m_tabs->currentWidget() != m_preview && !m_preview->document()->isEmpty())
        return;
    QString html = QStringLiteral("<h2>%1</h2>").arg(m_card.title.in(m_language).toHtmlEscaped());
    for (const Section &section : m_sections) {
        html +=
            QStringLiteral("<h3>%1</h3><ol>").arg(localized(section.json, key("title")).in(m_language).toHtmlEscaped());
        for (const QJsonObject &item : section.items) {
            const QString law = localized(item, key("law")).in(m_language);
            html += QStringLiteral("<li>%1").arg(itemLabel(item).toHtmlEscaped());
            if (!law.isEmpty())
                html += QStringLiteral(" <i>(%1)</i>").arg(law.toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    m_preview->setHtml(html);
}

void TemplateEditor::updateButtons()
{
    const auto [section, item] = currentPosition();
    m_add->setEnabled(!m_readOnly && section >= 0);
    const bool onItem = !m_readOnly && section >= 0 && item >= 0;
    m_up->setEnabled(onItem && item > 0);
    m_down->setEnabled(onItem && item + 1 < m_sections.at(section).items.size());
    m_remove->setEnabled(onItem);
    m_save->setEnabled(!m_readOnly && !m_card.key.isEmpty());
}

bool TemplateEditor::addItem(int sectionIndex, const QString &name, QString *message)
{
    auto refuse = [message](const QString &text) {
        if (message)
            *message = text;
        return false;
    };
    if (m_readOnly)
        return refuse(tr("You may not change cue cards."));
    if (sectionIndex < 0 || sectionIndex >= m_sections.size())
        return refuse(tr("Select the section the new item belongs to."));
    const QString itemKey =
        QStringLiteral("%1.%2.%3").arg(m_card.key, m_sections.at(sectionIndex).json.value(key("key")).toString(), name);
    // The name is the key's last segment: no '.' of its own, and the whole key must be valid.
    if (name.contains(u'.') || !isValidItemKey(name) || !isValidItemKey(itemKey))
        return refuse(tr("The name \"%1\" is not valid: use lower-case letters, digits, _ and -.").arg(name));
    for (const Section &section : m_sections)
        for (const QJsonObject &item : section.items)
            if (item.value(key("key")).toString() == itemKey)
                return refuse(tr("The cue card already has an item %1.").arg(itemKey));
    m_sections[sectionIndex].items.append(
        QJsonObject{{key("key"), itemKey},
                    {key("text"), QJsonObject{{key("da"), QString()}, {key("en"), QString()}}},
                    {key("severity"), key("major")}});
    rebuildTree(itemKey);
    refreshProblems();
    m_tabs->setCurrentIndex(0);
    m_textDa->setFocus();
    return true;
}

void TemplateEditor::moveSelectedItem(int delta)
{
    const auto [section, item] = currentPosition();
    if (m_readOnly || !currentItem())
        return;
    QList<QJsonObject> &items = m_sections[section].items;
    const int target = item + delta;
    if (target < 0 || target >= items.size())
        return;
    const QString itemKey = items.at(item).value(key("key")).toString();
    items.move(item, target);
    rebuildTree(itemKey);
    refreshProblems();
}

void TemplateEditor::removeSelectedItem()
{
    const auto [section, item] = currentPosition();
    if (m_readOnly || !currentItem())
        return;
    const QString itemKey = m_sections.at(section).items.at(item).value(key("key")).toString();
    m_sections[section].items.removeAt(item);
    m_rulesErrors.remove(itemKey);
    rebuildTree();
    if (QTreeWidgetItem *sectionNode = m_tree->topLevelItem(section))
        m_tree->setCurrentItem(sectionNode);
    m_status->setText(tr("Item %1 retired; it disappears from the cue card when you save.").arg(itemKey));
    refreshProblems();
}

int TemplateEditor::saveAsNewVersion()
{
    if (m_readOnly) {
        m_status->setText(tr("You may not change cue cards."));
        return 0;
    }
    const QStringList found = currentProblems();
    if (!found.isEmpty()) {
        m_problems->setPlainText(found.join(u'\n'));
        m_status->setText(tr("Not saved: the cue card has problems:\n%1").arg(found.join(u'\n')));
        return 0;
    }
    auto edited = CueCard::fromJson(editedJson());
    if (!edited) {
        m_status->setText(tr("Not saved: %1").arg(edited.error().message));
        return 0;
    }
    auto orphaned = m_service.orphanedItems(edited.value());
    if (!orphaned) {
        m_status->setText(tr("Not saved: %1").arg(orphaned.error().message));
        return 0;
    }
    if (!orphaned->isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Items with answers"),
            tr("Answers in existing reviews refer to these items, which the new version no longer has:\n\n%1\n\n"
               "Those reviews keep their version and still show the answers. Save the new version?")
                .arg(orphaned->join(u'\n')),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_status->setText(tr("Not saved."));
            return 0;
        }
    }
    auto stored = m_service.saveNewVersion(edited.value());
    if (!stored) {
        m_status->setText(tr("Not saved: %1").arg(stored.error().message));
        return 0;
    }
    const int version = stored->version;
    reloadTemplateList(stored->id);
    m_status->setText(tr("Saved %1 as version %2.").arg(stored->key).arg(version));
    emit saved(version);
    return version;
}

} // namespace sagstjek
