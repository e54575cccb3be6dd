#pragma once

#include <QWidget>

namespace redline {

// A page a later issue fills in: says what will be there, so the navigation is complete from day one.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, const QStringList &planned,
                    QWidget *parent = nullptr);
};

} // namespace redline
