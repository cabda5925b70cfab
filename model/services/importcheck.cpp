#include "services/importcheck.h"

#include "services/tablefile.h"

#include <QHash>

namespace sagstjek {

namespace {

class Checker {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::CaseImporter)
public:
    Checker(CaseFileCheck &check, CaseRowConverter &converter, int numberColumn, QString numberHeader)
        : m_check(check)
        , m_converter(converter)
        , m_numberColumn(numberColumn)
        , m_numberHeader(std::move(numberHeader))
    {
    }

    void row(const QStringList &values, int rowNumber)
    {
        ++m_check.rows;
        CaseRowConverter::Outcome outcome = m_converter.convert(values, rowNumber);
        if (outcome.errors.isEmpty() && m_numberColumn >= 0) {
            // The same words as the import's check of a number that is twice in the file.
            const QString number = outcome.caseFile.caseNumber;
            const auto first = m_firstRow.constFind(number);
            if (first != m_firstRow.cend()) {
                outcome.errors << ImportProblem{rowNumber, m_numberHeader, number,
                                                tr("The case number is also on row %1.").arg(first.value()), false};
                outcome.errorColumns << m_numberColumn;
            } else {
                m_firstRow.insert(number, rowNumber);
            }
        }
        if (outcome.errors.isEmpty())
            return;
        ++m_check.invalidRows;
        if (m_check.invalid.size() < CaseFileCheck::MaxListedRows)
            m_check.invalid << CaseFileCheck::Row{rowNumber, values, outcome.errors, outcome.errorColumns};
    }

private:
    CaseFileCheck &m_check;
    CaseRowConverter &m_converter;
    int m_numberColumn;
    QString m_numberHeader;
    QHash<QString, int> m_firstRow;
};

} // namespace

CaseFileCheck checkCaseFile(TableFile &file, const QList<CueCard> &cards, const ImportMapping &mapping,
                            const std::function<bool(double)> &keepGoing, int sampleRows)
{
    CaseFileCheck check;
    ImportMapping fileMapping = mapping;
    fileMapping.headerRow = file.headerRow();
    const QStringList headers = file.headers();
    CaseRowConverter converter(headers, cards, fileMapping);
    for (const ImportProblem &p : converter.headerProblems())
        if (!p.warning)
            check.fileProblems << p;
    io::TableReader &reader = file.reader();
    const auto stop = [&] {
        if (keepGoing && !keepGoing(file.progress())) {
            check.cancelled = true;
            return true;
        }
        return false;
    };
    // The first rows decide the date order, as in CaseImportJob::start (with the same memory bound).
    constexpr qint64 MaxSampleMemory = 32LL * 1024 * 1024;
    QList<std::pair<QStringList, int>> sample;
    QList<QStringList> values;
    qint64 sampleMemory = 0;
    QStringList row;
    while (sample.size() < sampleRows && sampleMemory < MaxSampleMemory && reader.readRow(row)) {
        for (const QString &field : std::as_const(row))
            sampleMemory += qint64(sizeof(QString)) + 2 * field.size();
        sample << std::pair{row, int(reader.rowNumber())};
        values << row;
        if (sample.size() % 256 == 0 && stop())
            return check;
    }
    for (const ImportProblem &p : converter.detectDateOrders(values))
        if (!p.warning)
            check.fileProblems << p;
    values.clear();
    const int numberColumn = int(converter.targets().indexOf(QStringLiteral("case_number")));
    Checker checker(check, converter, numberColumn, headers.value(numberColumn).trimmed());
    for (const auto &[sampleRow, rowNumber] : std::as_const(sample))
        checker.row(sampleRow, rowNumber);
    sample.clear();
    qint64 read = 0;
    while (!reader.hasError() && reader.readRow(row)) {
        checker.row(row, int(reader.rowNumber()));
        if (++read % 256 == 0 && stop())
            return check;
    }
    if (reader.hasError())
        check.readError = reader.error().toString();
    return check;
}

} // namespace sagstjek
