#pragma once

#include "model/catalogue.h"
#include "model/learnerprofile.h"
#include "model/status.h"
#include "storage/learnerrepository.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QUndoGroup;
class QUndoStack;

namespace Cairn::Core {
class CatalogueEditor;
class Database;
}

namespace Cairn::Ui {

// What the window works on: one database, the learner profile that is open,
// and one undo stack per profile. Every edit goes through here: it is checked
// by the core, written to the database at once (no Save to forget) and pushed
// as a command whose undo writes the database back. Views listen to the
// signals and re-read what they show.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(Core::Database &database, QObject *parent = nullptr);
    ~Workspace() override;

    Core::Database &database() const { return m_database; }

    // Profiles. Opening 0 closes the profile (an empty database has none).
    QList<Core::LearnerSummary> profiles() const;
    bool hasProfile() const { return m_profileId > 0; }
    qint64 profileId() const { return m_profileId; }
    const Core::LearnerProfile &profile() const { return m_profile; }
    Core::Status openProfile(qint64 id);
    Core::Status openProfileNamed(const QString &name);
    Core::Status createProfile(const Core::LearnerProfile &profile);
    Core::Status duplicateProfile(const QString &newName);
    // Deletes the open profile (its undo history goes with it) and opens the
    // first that remains.
    Core::Status deleteProfile();

    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QUndoStack *undoStack() const;

    // Edits of the open profile, each one undoable step.
    Core::Status changeProfile(const Core::LearnerProfile &after, const QString &actionText);
    Core::Status planCourses(const QStringList &codes);
    Core::Status removeRecord(const QString &code);
    Core::Status replaceRecord(const Core::Record &record);
    Core::Status addGoal(const QString &qualificationCode);
    // An advisor's decision: a new one (no index) or a change to the one at
    // `index` of the profile's overrides. The core's checks have been shown
    // in the dialog; this refuses what they refuse all the same.
    Core::Status putOverride(std::optional<qsizetype> index, const Core::AuditOverride &override,
                             const Core::Qualification &qualification);
    Core::Status removeOverride(qsizetype index);

    // Edits of the catalogue, each one undoable step on the open profile's stack.
    Core::Status putCourse(const Core::Course &course);
    Core::Status removeCourse(const QString &code);
    Core::Status putProvider(const Core::Provider &provider);
    Core::Status removeProvider(const QString &id);
    Core::Status putSkill(const Core::Skill &skill);
    Core::Status removeSkill(const QString &id);
    Core::Status putQualification(const Core::Qualification &qualification);
    Core::Status removeQualification(const QString &code);

    // After an import, which replaces what it touches and cannot be undone:
    // re-reads the profiles and tells every view.
    void reloadAfterImport();

    QDateTime lastSaved() const { return m_lastSaved; }

    // Presentation mode: the window is shown to a room or a client, so the
    // views leave out the learner's personal details (name, grades, notes,
    // costs). The name a view may show: the profile's, or "Learner".
    void setPresenting(bool presenting);
    bool isPresenting() const { return m_presenting; }
    QString learnerLabel() const;

    // Asked when a write meets another program's lock on the database (past
    // SQLite's busy timeout), with the message: true to try the same write
    // again. Without a prompt (unattended runs, tests) the write fails.
    using RetryPrompt = std::function<bool(const QString &message)>;
    void setRetryPrompt(RetryPrompt prompt) { m_retryPrompt = std::move(prompt); }

    using Write = std::function<Core::Status()>;
    // Runs `write` unless the database is read-only, again as long as it
    // meets a lock and the retry prompt says so. Every edit goes through it;
    // a write outside the undo history (an import) may too.
    Core::Status attempt(const Write &write);

    // A database that must not be written (found damaged): every edit, undo
    // and redo is refused with `reason` from now on.
    void setReadOnly(const QString &reason);
    // The database now holds another store's data (a local copy in place of
    // a server that went away, or the server again): every view reads it
    // anew, the open profile is found again by name, and the undo history,
    // made against the other store, is dropped. `readOnlyReason` as for
    // setReadOnly().
    void storeReplaced(const QString &readOnlyReason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

Q_SIGNALS:
    void profileSwitched();  // another profile (or none) is open
    void profileChanged();   // the open profile's settings or records changed
    void profilesChanged();  // a profile was created, renamed or deleted
    void catalogueChanged(); // courses, providers, skills or qualifications changed
    void saved(const QDateTime &when);
    void notice(const QString &message);      // something the user should read, not an error
    void writeFailed(const QString &message); // an undo or redo could not be written
    void connectionLost(const QString &message); // a study centre's server went away during a write
    void presentingChanged(bool presenting);

private:

    // Runs `redoWrite`; when it succeeds, pushes a command that can undo it
    // by `undoWrite` (both through attempt()).
    Core::Status record(const QString &text, const Write &undoWrite, const Write &redoWrite);
    // A write through the catalogue editor that tells the views when it lands.
    Write catalogueWrite(const std::function<Core::Status(Core::CatalogueEditor &)> &write);
    Core::Status storeProfile(qint64 id, const Core::LearnerProfile &profile);
    // After another desk or window wrote the open profile first: shows its
    // version instead, and says what it changed.
    Core::Status reloadAfterConflict();
    void written(bool catalogue);
    QUndoStack *stackFor(qint64 profileId);

    Core::Database &m_database;
    qint64 m_profileId = 0;
    Core::LearnerProfile m_profile;
    qint64 m_revision = 0; // of m_profile as read: a write based on an older one is refused
    QUndoGroup *m_undoGroup;
    QHash<qint64, QUndoStack *> m_stacks;
    QDateTime m_lastSaved;
    QString m_readOnlyReason;
    RetryPrompt m_retryPrompt;
    bool m_presenting = false;
};

} // namespace Cairn::Ui
