#pragma once

#include "model/catalogue.h"

#include <QWidget>

#include <optional>

class QStackedWidget;
class QTextBrowser;

namespace Cairn::Core {
class Database;
struct CourseDetails;
}

namespace Cairn::Ui {

// Everything about the selected course: the EU standard elements of a
// micro-credential (title, awarding body and country, credits, level and
// framework, workload, learning outcomes, assessment, form of participation,
// quality assurance, prerequisites) and the qualifications it counts toward.
// Details are read from the database when a course is selected.
class CourseDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseDetailsPane)

public:
    explicit CourseDetailsPane(Core::Database &database, QWidget *parent = nullptr);

    void showCourse(const QString &code);
    QString course() const { return m_code; }
    // The catalogue changed: qualifications and names are read again.
    void reload();
    // Made when the first course is shown.
    QTextBrowser *browser();

Q_SIGNALS:
    void courseLinkActivated(const QString &code);

private:
    QString html(const Core::CourseDetails &details) const;
    const Core::Catalogue &context() const;

    Core::Database &m_database;
    QString m_code;
    QStackedWidget *m_pages;
    QTextBrowser *m_browser = nullptr;
    QWidget *m_nothing = nullptr;
    // Frameworks, providers, skills and qualifications, read on first use:
    // small beside the courses, and needed for every course shown.
    mutable std::optional<Core::Catalogue> m_context;
};

} // namespace Cairn::Ui
