#include "defecteditor.h"

#include "domain/words.h"
#include "itemmodels/defectlistmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace sagstjek {

namespace {

constexpr int SavePauseMs = 700;

} // namespace

DefectEditor::DefectEditor(QWidget *parent)
    : QFrame(parent)
    , m_description(new QPlainTextEdit)
    , m_severity(new QComboBox)
    , m_owner(new QLineEdit)
    , m_due(new QDateEdit)
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("defectEditor"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#defectEditor { background: #fdf1f0; border: 1px solid #e6b8b3; "
                                 "border-radius: 4px; }"));

    m_description->setObjectName(QStringLiteral("defectDescription"));
    m_description->setAccessibleName(tr("Defect description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What is wrong and what must be done"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);

    m_severity->setObjectName(QStringLiteral("defectSeverity"));
    m_severity->setAccessibleName(tr("Severity"));
    for (const Severity s : {Severity::Critical, Severity::Major, Severity::Minor})
        m_severity->addItem(severityLabel(s), severityKey(s));

    m_owner->setObjectName(QStringLiteral("defectOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setPlaceholderText(tr("Who fixes it"));

    m_due->setObjectName(QStringLiteral("defectDue"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(words::dateFormat()); // the one date format of the language

    auto *title = new QLabel(tr("Defect"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    auto *severityLabelWidget = new QLabel(tr("&Severity:"));
    severityLabelWidget->setBuddy(m_severity);
    auto *ownerLabel = new QLabel(tr("&Owner:"));
    ownerLabel->setBuddy(m_owner);
    auto *dueLabel = new QLabel(tr("D&ue:"));
    dueLabel->setBuddy(m_due);
    row->addWidget(severityLabelWidget);
    row->addWidget(m_severity);
    row->addSpacing(8);
    row->addWidget(ownerLabel);
    row->addWidget(m_owner, 1);
    row->addSpacing(8);
    row->addWidget(dueLabel);
    row->addWidget(m_due);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(m_description);
    layout->addLayout(row);

    m_pause->setSingleShot(true);
    m_pause->setInterval(SavePauseMs);
    connect(m_pause, &QTimer::timeout, this, &DefectEditor::report);
    connect(m_description, &QPlainTextEdit::textChanged, this, &DefectEditor::changed);
    connect(m_owner, &QLineEdit::textEdited, this, &DefectEditor::changed);
    connect(m_owner, &QLineEdit::editingFinished, this, &DefectEditor::report);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        changed();
        report();
    });
    connect(m_due, &QDateEdit::dateChanged, this, &DefectEditor::changed);
    connect(m_due, &QDateEdit::editingFinished, this, &DefectEditor::report);
    for (QWidget *field : {static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_severity),
                           static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_due)})
        field->installEventFilter(this);
}

void DefectEditor::setDefect(const Defect &defect)
{
    m_loading = true;
    m_defect = defect;
    if (m_description->toPlainText() != defect.description)
        m_description->setPlainText(defect.description);
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(severityKey(defect.severity))));
    if (m_owner->text() != defect.owner)
        m_owner->setText(defect.owner);
    m_due->setDate(defect.due.isValid() ? defect.due : QDate::currentDate());
    m_dirty = false;
    m_pause->stop();
    m_loading = false;
}

Defect DefectEditor::defect() const
{
    Defect d = m_defect;
    d.description = m_description->toPlainText().trimmed();
    d.severity = severityFromKey(m_severity->currentData().toString()).value_or(Severity::Major);
    d.owner = m_owner->text().trimmed();
    d.due = m_due->date();
    return d;
}

void DefectEditor::changed()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_pause->start();
}

void DefectEditor::report()
{
    m_pause->stop();
    if (m_loading || !m_dirty)
        return;
    m_dirty = false;
    emit edited(defect());
}

void DefectEditor::flush()
{
    report();
}

bool DefectEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        report();
    else if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        report();
        emit leaveRequested();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace sagstjek
