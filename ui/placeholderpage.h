#pragma once

#include "page.h"

namespace redline {

// A page a later issue fills in: says what will be there, so the navigation is complete from day one.
class PlaceholderPage : public Page
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, const QStringList &planned,
                    QWidget *parent = nullptr);

    QString title() const override { return m_title; }
    void refresh() override {}

private:
    QString m_title;
};

} // namespace redline
