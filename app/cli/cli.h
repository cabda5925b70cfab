#pragma once

#include "services/accesspolicy.h"
#include "services/session.h"
#include "storage/database.h"

#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace sagstjek::cli {

using namespace Qt::StringLiterals;

// Exit codes (DESIGN.md §8).
enum ExitCode { Success = 0, UsageError = 1, InvalidInput = 2, DatabaseError = 3 };

// What a positional argument's or an option's value must be. The framework refuses anything else (exit 1)
// before the handler runs, so a handler reads already-checked values.
enum class ValueType {
    Text,    // anything (optionally narrowed by a check function)
    Date,    // ISO yyyy-MM-dd
    Integer, // a whole number, optionally within [minimum, maximum]
    Choice,  // one of `choices`
};

struct ValueRule {
    ValueType type = ValueType::Text;
    QStringList choices{};
    std::optional<qint64> minimum{};
    std::optional<qint64> maximum{};
    // For text with a shape of its own (a period, a timestamp): whether `value` has it, and what it is
    // ("a period like P1M or 10WD"), for the message and --help.
    std::function<bool(const QString &value)> accepts{};
    QString acceptsDescription{};

    // What is wrong with `value`, or empty when it is fine; `subject` names the argument ("--as-of").
    QString problem(const QString &subject, const QString &value) const;
    // "a date, YYYY-MM-DD", "a whole number from 1 to 1000", "one of csv, xlsx".
    QString describe() const;
};

// Builder methods shared by positionals and options (they return a changed copy, so declarations chain them).
template <typename Self> struct Typed {
    ValueRule rule{};
    Self date() const
    {
        return with([](ValueRule &r) { r.type = ValueType::Date; });
    }
    Self integer(std::optional<qint64> minimum = {}, std::optional<qint64> maximum = {}) const
    {
        return with([&](ValueRule &r) {
            r.type = ValueType::Integer;
            r.minimum = minimum;
            r.maximum = maximum;
        });
    }
    Self choice(const QStringList &choices) const
    {
        return with([&](ValueRule &r) {
            r.type = ValueType::Choice;
            r.choices = choices;
        });
    }
    Self accepting(std::function<bool(const QString &)> accepts, const QString &description) const
    {
        return with([&](ValueRule &r) {
            r.accepts = std::move(accepts);
            r.acceptsDescription = description;
        });
    }

private:
    template <typename F> Self with(F change) const
    {
        Self copy = static_cast<const Self &>(*this);
        change(copy.rule);
        return copy;
    }
};

struct Positional : Typed<Positional> {
    enum class Count { One, Optional, OneOrMore };
    QString name{}; // "CASE_NUMBER"
    QString description{};
    Count count = Count::One;

    Positional optional() const;
    Positional oneOrMore() const;
};

struct Option : Typed<Option> {
    QString name{};        // "--as-of", "-o"
    QString placeholder{}; // "DATE", "FILE"; empty for a flag
    QString description{};
    bool isFlag = false;
    bool isRequired = false;
    bool isRepeatable = false; // values add up (values()); otherwise giving it twice is refused

    Option required() const;
    Option repeatable() const;
};

// Declaration helpers: positional(u"CASE_NUMBER", u"…"), option(u"--note", u"TEXT", u"…"), flag(u"--dry-run", u"…"),
// dateOption(u"--as-of", u"…").
Positional positional(QStringView name, QStringView description);
Option option(QStringView name, QStringView placeholder, QStringView description);
Option flag(QStringView name, QStringView description);
Option dateOption(QStringView name, QStringView description);

// A command's arguments, checked against its declaration before the handler runs.
struct Args {
    QStringList positional;              // in order; a group's subcommand words are not included
    QHash<QString, QStringList> options; // "--note" → values; flags have an empty list
    QHash<QString, QStringList> named;   // "CASE_NUMBER" → the positional values it took

    bool has(const QString &name) const { return options.contains(name) || named.contains(name); }
    // An option's (last) value, or a positional's by its declared name.
    QString value(const QString &name, const QString &fallback = {}) const;
    // A repeatable option's values, or a one-or-more positional's.
    QStringList values(const QString &name) const;
    // A date option or positional (checked); an invalid QDate when absent.
    QDate date(const QString &name) const;
    // An integer option or positional (checked); `fallback` when absent.
    qint64 integer(const QString &name, qint64 fallback = 0) const;
};

// stdout or stderr for text that may carry a user's or a file's words (issue 14): every control character except
// the newline and the tab that structure the output (ESC, CR, BEL, backspace, DEL, the C1 controls) is written as
// a visible escape ("\x1b"; DEL and the C1 controls as "\u007f", "\u0085", which JSON reads too), so no name,
// note or file content can move the cursor, recolour the terminal or overwrite a line. Fields that must stay on one
// line are escaped further with plaintext::escaped().
class TerminalText final : public QIODevice {
public:
    explicit TerminalText(FILE *stream);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
    bool m_afterC2 = false; // the previous byte was 0xC2, the lead byte of a C1 control in UTF-8
};

// A field of a line of text output, escaped so it stays one field on one line (plaintext::escaped).
QString field(const QString &text);

class Context {
public:
    QString dbPath;
    QString user;
    bool userGiven = false; // --user was on the command line (a team server refuses another name than the login)
    QString language = QStringLiteral("en");
    bool languageGiven = false; // --lang was on the command line (reports on paper default to Danish otherwise)
    bool json = false;
    Args args;
    TerminalText outDevice{stdout}; // declared before the streams: they write into it until they are destroyed
    TerminalText errDevice{stderr};
    QTextStream out{&outDevice};
    QTextStream err{&errDevice};

    Context();
    ~Context();
    // Opens the database (once) and checks the user against its user list and roles. On failure it prints the
    // reason and returns nullptr; exit with DatabaseError (a refused user makes main() exit with InvalidInput).
    // The framework calls it before a handler whose command declared a database; the handler then gets the
    // same, already open, database from it.
    Database *database(Database::OpenMode mode = Database::OpenMode::OpenExisting);
    // The acting user's access rules, once database() succeeded.
    AccessPolicy *policy() { return m_policy.get(); }
    // Who is acting, for the services, once database() succeeded. Its "today" is the command's --as-of when it
    // declares one.
    Session &session();
    // The daily backup when due, after the command: its output is written and stdout released first, so the first
    // command of the day answers as fast as any other. The framework calls it after every command that opened the
    // database.
    void dailyBackupAfterCommand();
    // Set when the command must end with this exit code whatever it returns (a refused user).
    int exitOverride = -1;
    // Prints a JSON value (pretty) followed by a newline.
    void printJson(const QJsonValue &value);
    int fail(int code, const QString &message);
    int fail(const Error &error);
    // A usage error the declaration cannot express (a combination of options): the message and the running
    // command's usage, exit 1.
    int usageError(const QString &message);
    // The running command's usage lines, set by the framework before the handler runs.
    QString usage;
    // False while a command that declared no database runs: it must not open one behind the declaration.
    bool databaseDeclared = true;

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccessPolicy> m_policy; // declared after m_db: destroyed first
    std::unique_ptr<rules::FixedClock> m_asOf;
    std::unique_ptr<Session> m_session;
};

enum class DatabaseUse {
    None,            // the handler does not touch the database (or, like restore, handles the file itself)
    OpenExisting,    // opened before the handler runs; a missing database is an error (exit 3)
    CreateIfMissing, // opened, and created and migrated when missing
};

// One command (or a group of subcommands), declared in the source file of its area. Everything the handler
// relies on is declared here, checked by the framework and printed by --help.
struct Command {
    QString name{};        // "card"; in a group, the subcommand word ("add" in "users add")
    QString summary{};     // one line for the command list
    QString description{}; // more for `COMMAND --help`, optional
    QList<Positional> positionals{};
    QList<Option> options{};
    std::optional<AccessPolicy::Permission> permission{}; // required before the handler runs (needs a database)
    DatabaseUse database = DatabaseUse::None;
    bool printsJson = false;      // honours the global --json
    QList<Command> subcommands{}; // non-empty: a group; `run` is then unused
    std::function<int(Context &)> run{};
};

// Commands register themselves from their own source file.
void registerCommand(Command command);
const QList<Command> &commands();

struct Registration {
    explicit Registration(Command command) { registerCommand(std::move(command)); }
};

int exitCodeFor(const Error &error);

} // namespace sagstjek::cli
