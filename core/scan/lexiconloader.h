#pragma once

#include "scan/lexicon.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redline {

// Reads and validates a scanner lexicon (R-S1: the rules are data). A bad file is refused whole, with one
// line that names where and why: "lexicon: rules[3] (phone_number): \"min_digits\": ...".
class LexiconLoader
{
    Q_DECLARE_TR_FUNCTIONS(LexiconLoader)

public:
    static std::optional<Lexicon> fromJson(const QByteArray &json, QString *error);
};

} // namespace redline
