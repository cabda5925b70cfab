#pragma once

#include "storage/database.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace sagstjek {
class AccessPolicy;
}

namespace sagstjek::cli {

// Exit codes (DESIGN.md §8).
enum ExitCode { Success = 0, UsageError = 1, InvalidInput = 2, DatabaseError = 3 };

// A command's arguments: positionals and --options, checked against what the command accepts.
struct Args {
    QStringList positional;
    QHash<QString, QStringList> options; // "--note" → values; flags have an empty list
    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        const QStringList values = options.value(name);
        return values.isEmpty() ? fallback : values.last();
    }
    QStringList values(const QString &name) const { return options.value(name); }
};

class Context {
public:
    QString dbPath;
    QString user;
    QString language = QStringLiteral("en");
    bool json = false;
    Args args;
    QTextStream out{stdout};
    QTextStream err{stderr};

    Context();
    ~Context();
    // Opens the database (once) and checks the user against its user list and roles. On failure it prints the
    // reason and returns nullptr; exit with DatabaseError (a refused user makes main() exit with InvalidInput).
    Database *database(Database::OpenMode mode = Database::OpenMode::OpenExisting);
    // The acting user's access rules, once database() succeeded; give it to services (setPolicy).
    AccessPolicy *policy() { return m_policy.get(); }
    // Set when the command must end with this exit code whatever it returns (a refused user).
    int exitOverride = -1;
    // Prints a JSON value (pretty) followed by a newline.
    void printJson(const QJsonValue &value);
    int fail(int code, const QString &message);
    int fail(const Error &error);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccessPolicy> m_policy; // declared after m_db: destroyed first
};

struct Command {
    QString name;
    QString usage; // "answer CASE_NUMBER ITEM_KEY met|not-met|na [--note TEXT]"
    QString summary;
    QStringList valueOptions; // options that take a value
    QStringList flagOptions;  // options without a value
    std::function<int(Context &)> run;
};

// Commands register themselves from their own source file.
void registerCommand(Command command);
const QList<Command> &commands();

struct Registration {
    explicit Registration(Command command) { registerCommand(std::move(command)); }
};

int exitCodeFor(const Error &error);

} // namespace sagstjek::cli
