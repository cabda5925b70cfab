#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace sagstjek::money {

// Money is øre in a qint64, never a floating-point number: 281.160 kr. is 28'116'000 øre. These functions turn
// øre into text for people and text from people into øre, with integer arithmetic only.

// Danish: "281.160 kr.", "-3.127,50 kr.", "0 kr."; øre are shown only when the amount is not whole kroner.
QString formatDanish(qint64 ore);
// English: "281,160 DKK", "-3,127.50 DKK" (the currency code after the amount, as Danish authorities write it
// in English; the amount keeps the English separators so that it cannot be read as a Danish one).
QString formatEnglish(qint64 ore);
// formatDanish for "da", formatEnglish otherwise.
QString format(qint64 ore, const QString &language);
// The amount in kroner for a JSON number (display only: the øre integer beside it is the exact figure).
double kronerForJson(qint64 ore);

// An amount in kroner as people type it, into øre: "3960", "3.960", "3 960", "3960,50", "3.960,5", "3960 kr.",
// "-12,00". The comma is always the decimal comma and a point always groups thousands (groups of exactly three
// digits), so "3,960" (three decimals) and "3960.50" or "3,960.50" (English) are refused rather than guessed.
// At most two decimals; at most 15 digits of kroner.
Result<qint64> parseKroner(const QString &text);

} // namespace sagstjek::money
