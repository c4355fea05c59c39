#include "workspace.h"

#include "commands/writecommand.h"
#include "model/checks.h"
#include "model/profilechanges.h"
#include "model/recordedits.h"
#include "storage/catalogueeditor.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace Cairn::Ui {

namespace {

template<typename T>
std::optional<T> findById(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

} // namespace

Workspace::Workspace(Core::Database &database, QObject *parent)
    : QObject(parent), m_database(database), m_undoGroup(new QUndoGroup(this))
{
    m_undoGroup->setActiveStack(stackFor(0));
}

Workspace::~Workspace() = default;

void Workspace::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    Q_EMIT presentingChanged(presenting);
}

QString Workspace::learnerLabel() const
{
    return m_presenting ? tr("Learner") : m_profile.name;
}

QList<Core::LearnerSummary> Workspace::profiles() const
{
    return Core::LearnerRepository(m_database).list();
}

QUndoStack *Workspace::undoStack() const
{
    return m_undoGroup->activeStack();
}

QUndoStack *Workspace::stackFor(qint64 profileId)
{
    QUndoStack *&stack = m_stacks[profileId];
    if (!stack) {
        stack = new QUndoStack(m_undoGroup);
        m_undoGroup->addStack(stack);
    }
    return stack;
}

Core::Status Workspace::openProfile(qint64 id)
{
    Core::LearnerProfile profile;
    qint64 revision = 0;
    if (id > 0) {
        if (Core::Status loaded = Core::LearnerRepository(m_database).load(id, profile, &revision); !loaded)
            return loaded;
    }
    m_profileId = id;
    m_profile = profile;
    m_revision = revision;
    m_undoGroup->setActiveStack(stackFor(id));
    Q_EMIT profileSwitched();
    return Core::Status::success();
}

Core::Status Workspace::openProfileNamed(const QString &name)
{
    const qint64 id = Core::LearnerRepository(m_database).idOf(name);
    if (id < 0)
        return Core::Status::failure(tr("There is no profile called %1.").arg(name));
    return openProfile(id);
}

Core::Status Workspace::createProfile(const Core::LearnerProfile &profile)
{
    qint64 id = 0;
    if (Core::Status created = attempt([&] { return Core::LearnerRepository(m_database).create(profile, &id); }); !created)
        return created;
    written(false);
    Q_EMIT profilesChanged();
    return openProfile(id);
}

Core::Status Workspace::duplicateProfile(const QString &newName)
{
    if (isReadOnly())
        return Core::Status::failure(m_readOnlyReason);
    if (!hasProfile())
        return Core::Status::failure(tr("No profile is open."));
    Core::LearnerProfile copy = m_profile;
    copy.name = newName;
    return createProfile(copy);
}

Core::Status Workspace::deleteProfile()
{
    if (isReadOnly())
        return Core::Status::failure(m_readOnlyReason);
    if (!hasProfile())
        return Core::Status::failure(tr("No profile is open."));
    if (Core::Status removed = attempt([this] { return Core::LearnerRepository(m_database).remove(m_profileId); }); !removed)
        return removed;
    delete m_stacks.take(m_profileId);
    written(false);
    Q_EMIT profilesChanged();
    const QList<Core::LearnerSummary> remaining = profiles();
    return openProfile(remaining.isEmpty() ? 0 : remaining.first().id);
}

Core::Status Workspace::storeProfile(qint64 id, const Core::LearnerProfile &profile)
{
    const bool current = id == m_profileId;
    qint64 revision = 0;
    if (Core::Status updated = Core::LearnerRepository(m_database)
                                   .update(id, profile, current ? std::optional<qint64>(m_revision) : std::nullopt, &revision);
        !updated) {
        return updated.conflicted() && current ? reloadAfterConflict() : updated;
    }
    const bool renamed = current && profile.name != m_profile.name;
    if (current) {
        m_profile = profile;
        m_revision = revision;
    }
    written(false);
    if (renamed)
        Q_EMIT profilesChanged();
    if (id == m_profileId)
        Q_EMIT profileChanged();
    return Core::Status::success();
}

Core::Status Workspace::reloadAfterConflict()
{
    Core::LearnerProfile stored;
    qint64 revision = 0;
    if (Core::Status loaded = Core::LearnerRepository(m_database).load(m_profileId, stored, &revision); !loaded)
        return loaded;
    const QStringList changes = Core::profileChanges(m_profile, stored);
    const bool renamed = stored.name != m_profile.name;
    m_profile = stored;
    m_revision = revision;
    // The undo history was made against the version before: undoing now would
    // overwrite the other change. Cleared once the running command is done.
    QMetaObject::invokeMethod(
        this,
        [this, id = m_profileId] {
            if (QUndoStack *stack = m_stacks.value(id))
                stack->clear();
        },
        Qt::QueuedConnection);
    if (renamed)
        Q_EMIT profilesChanged();
    Q_EMIT profileChanged();
    const QString what = changes.isEmpty() ? tr("saved again with the same content")
                                           : tr("changed: %1").arg(changes.join(QStringLiteral(", ")));
    return Core::Status::conflict(tr("%1 was changed at another desk or in another window (%2). Your change was not "
                                     "saved; the profile now shows that version, and its undo history was cleared.")
                                      .arg(stored.name, what));
}

void Workspace::written(bool catalogue)
{
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT saved(m_lastSaved);
    if (catalogue)
        Q_EMIT catalogueChanged();
}

void Workspace::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
}

void Workspace::storeReplaced(const QString &readOnlyReason)
{
    m_readOnlyReason = readOnlyReason;
    const QString name = m_profile.name;
    for (QUndoStack *stack : std::as_const(m_stacks))
        delete stack;
    m_stacks.clear();
    Q_EMIT catalogueChanged();
    Q_EMIT profilesChanged();
    const qint64 id = name.isEmpty() ? -1 : Core::LearnerRepository(m_database).idOf(name);
    (void)openProfile(id > 0 ? id : 0);
}

Core::Status Workspace::record(const QString &text, const Write &undoWrite, const Write &redoWrite)
{
    // Guarded when they run, not when they are made: a database found damaged
    // later refuses the undo of an edit made before.
    const Write undo = [this, undoWrite] { return attempt(undoWrite); };
    const Write redo = [this, redoWrite] { return attempt(redoWrite); };
    if (Core::Status done = redo(); !done)
        return done;
    undoStack()->push(new WriteCommand(text, undo, redo, [this](const Core::Status &status) {
        Q_EMIT writeFailed(status.message());
    }));
    return Core::Status::success();
}

Core::Status Workspace::attempt(const Write &write)
{
    for (;;) {
        if (isReadOnly())
            return Core::Status::failure(m_readOnlyReason);
        Core::Status status = write();
        if (!status && m_database.isServer() && !m_database.isOpen()) {
            const QString message = tr("The connection to the study centre's server was lost, so this change was "
                                       "not saved.");
            Q_EMIT connectionLost(message);
            return Core::Status::failure(message);
        }
        if (status || !status.retryable() || !m_retryPrompt || !m_retryPrompt(status.message()))
            return status;
    }
}

Core::Status Workspace::changeProfile(const Core::LearnerProfile &after, const QString &actionText)
{
    if (!hasProfile())
        return Core::Status::failure(tr("Create or open a profile first."));
    if (after == m_profile)
        return Core::Status::success();
    const qint64 id = m_profileId;
    const Core::LearnerProfile before = m_profile;
    return record(
        actionText, [this, id, before] { return storeProfile(id, before); },
        [this, id, after] { return storeProfile(id, after); });
}

Core::Status Workspace::planCourses(const QStringList &codes)
{
    if (!hasProfile())
        return Core::Status::failure(tr("Create a profile to plan courses in."));
    Core::LearnerProfile after = m_profile;
    QStringList planned;
    QStringList refused;
    for (const QString &code : codes) {
        if (Core::Status status = Core::RecordEdits::plan(after, code); status)
            planned.append(code);
        else
            refused.append(status.message());
    }
    if (planned.isEmpty())
        return Core::Status::failure(refused.join(u' '));
    if (!refused.isEmpty())
        Q_EMIT notice(refused.join(u' '));
    const QString text = planned.size() == 1 ? tr("Plan %1").arg(planned.first())
                                             : tr("Plan %1 Courses").arg(planned.size());
    return changeProfile(after, text);
}

Core::Status Workspace::removeRecord(const QString &code)
{
    Core::LearnerProfile after = m_profile;
    if (Core::Status removed = Core::RecordEdits::remove(after, code); !removed)
        return removed;
    return changeProfile(after, tr("Remove %1").arg(code));
}

Core::Status Workspace::replaceRecord(const Core::Record &record)
{
    Core::LearnerProfile after = m_profile;
    if (Core::Status replaced = Core::RecordEdits::replace(after, record, QDate::currentDate()); !replaced)
        return replaced;
    return changeProfile(after, tr("Edit %1").arg(record.course));
}

Core::Status Workspace::addGoal(const QString &qualificationCode)
{
    if (m_profile.goals.contains(qualificationCode))
        return Core::Status::success();
    Core::LearnerProfile after = m_profile;
    after.goals.append(qualificationCode);
    return changeProfile(after, tr("Make %1 a Goal").arg(qualificationCode));
}

Core::Status Workspace::putOverride(std::optional<qsizetype> index, const Core::AuditOverride &override,
                                    const Core::Qualification &qualification)
{
    Core::LearnerProfile after = m_profile;
    if (index && (*index < 0 || *index >= after.overrides.size()))
        return Core::Status::failure(tr("That decision is no longer in the profile."));
    if (index)
        after.overrides.removeAt(*index);
    if (const Core::FieldProblems problems = Core::checkOverride(override, qualification, after); !problems.isEmpty())
        return Core::Status::failure(Core::firstMessage(problems));
    after.overrides.insert(index.value_or(after.overrides.size()), override);
    QString text;
    switch (override.kind) {
    case Core::AuditOverride::Kind::Waive:
        text = tr("Waive a Requirement of %1").arg(override.qualification);
        break;
    case Core::AuditOverride::Kind::Substitute:
        text = tr("Count %1 toward %2").arg(override.course, override.qualification);
        break;
    case Core::AuditOverride::Kind::Exclude:
        text = tr("Exclude %1 from %2").arg(override.course, override.qualification);
        break;
    }
    if (index)
        text = tr("Edit Decision about %1").arg(override.qualification);
    return changeProfile(after, text);
}

Core::Status Workspace::removeOverride(qsizetype index)
{
    if (index < 0 || index >= m_profile.overrides.size())
        return Core::Status::failure(tr("That decision is no longer in the profile."));
    Core::LearnerProfile after = m_profile;
    const Core::AuditOverride removed = after.overrides.takeAt(index);
    return changeProfile(after, tr("Remove Decision about %1").arg(removed.qualification));
}

Workspace::Write Workspace::catalogueWrite(const std::function<Core::Status(Core::CatalogueEditor &)> &write)
{
    return [this, write] {
        Core::CatalogueEditor editor(m_database);
        Core::Status status = write(editor);
        if (status)
            written(true);
        return status;
    };
}

Core::Status Workspace::putCourse(const Core::Course &course)
{
    const std::optional<Core::Course> before = Core::CatalogueRepository(m_database).loadCourse(course.code);
    const Write undo = before ? catalogueWrite([value = *before](auto &editor) { return editor.putCourse(value); })
                              : catalogueWrite([code = course.code](auto &editor) { return editor.removeCourse(code); });
    return record(before ? tr("Edit Course %1").arg(course.code) : tr("New Course %1").arg(course.code), undo,
                  catalogueWrite([course](auto &editor) { return editor.putCourse(course); }));
}

Core::Status Workspace::removeCourse(const QString &code)
{
    const std::optional<Core::Course> before = Core::CatalogueRepository(m_database).loadCourse(code);
    if (!before)
        return Core::Status::failure(tr("There is no course %1.").arg(code));
    return record(tr("Delete Course %1").arg(code),
                  catalogueWrite([value = *before](auto &editor) { return editor.putCourse(value); }),
                  catalogueWrite([code](auto &editor) { return editor.removeCourse(code); }));
}

Core::Status Workspace::putProvider(const Core::Provider &provider)
{
    QList<Core::Provider> providers;
    if (Core::Status loaded = Core::CatalogueRepository(m_database).loadProviders(providers); !loaded)
        return loaded;
    const auto before = findById(providers, provider.id);
    const Write undo = before ? catalogueWrite([value = *before](auto &editor) { return editor.putProvider(value); })
                              : catalogueWrite([id = provider.id](auto &editor) { return editor.removeProvider(id); });
    return record(before ? tr("Edit Provider %1").arg(provider.id) : tr("New Provider %1").arg(provider.id), undo,
                  catalogueWrite([provider](auto &editor) { return editor.putProvider(provider); }));
}

Core::Status Workspace::removeProvider(const QString &id)
{
    QList<Core::Provider> providers;
    if (Core::Status loaded = Core::CatalogueRepository(m_database).loadProviders(providers); !loaded)
        return loaded;
    const auto before = findById(providers, id);
    if (!before)
        return Core::Status::failure(tr("There is no provider %1.").arg(id));
    return record(tr("Delete Provider %1").arg(id),
                  catalogueWrite([value = *before](auto &editor) { return editor.putProvider(value); }),
                  catalogueWrite([id](auto &editor) { return editor.removeProvider(id); }));
}

Core::Status Workspace::putSkill(const Core::Skill &skill)
{
    QList<Core::Skill> skills;
    if (Core::Status loaded = Core::CatalogueRepository(m_database).loadSkills(skills); !loaded)
        return loaded;
    const auto before = findById(skills, skill.id);
    const Write undo = before ? catalogueWrite([value = *before](auto &editor) { return editor.putSkill(value); })
                              : catalogueWrite([id = skill.id](auto &editor) { return editor.removeSkill(id); });
    return record(before ? tr("Edit Skill %1").arg(skill.id) : tr("New Skill %1").arg(skill.id), undo,
                  catalogueWrite([skill](auto &editor) { return editor.putSkill(skill); }));
}

Core::Status Workspace::removeSkill(const QString &id)
{
    QList<Core::Skill> skills;
    if (Core::Status loaded = Core::CatalogueRepository(m_database).loadSkills(skills); !loaded)
        return loaded;
    const auto before = findById(skills, id);
    if (!before)
        return Core::Status::failure(tr("There is no skill %1.").arg(id));
    return record(tr("Delete Skill %1").arg(id),
                  catalogueWrite([value = *before](auto &editor) { return editor.putSkill(value); }),
                  catalogueWrite([id](auto &editor) { return editor.removeSkill(id); }));
}

Core::Status Workspace::putQualification(const Core::Qualification &qualification)
{
    const auto before = Core::CatalogueRepository(m_database).loadQualification(qualification.code);
    const Write undo = before
        ? catalogueWrite([value = *before](auto &editor) { return editor.putQualification(value); })
        : catalogueWrite([code = qualification.code](auto &editor) { return editor.removeQualification(code); });
    return record(before ? tr("Edit Qualification %1").arg(qualification.code)
                         : tr("New Qualification %1").arg(qualification.code),
                  undo, catalogueWrite([qualification](auto &editor) { return editor.putQualification(qualification); }));
}

Core::Status Workspace::removeQualification(const QString &code)
{
    const auto before = Core::CatalogueRepository(m_database).loadQualification(code);
    if (!before)
        return Core::Status::failure(tr("There is no qualification %1.").arg(code));
    return record(tr("Delete Qualification %1").arg(code),
                  catalogueWrite([value = *before](auto &editor) { return editor.putQualification(value); }),
                  catalogueWrite([code](auto &editor) { return editor.removeQualification(code); }));
}

void Workspace::reloadAfterImport()
{
    written(true);
    Q_EMIT profilesChanged();
    if (hasProfile()) {
        if (!openProfile(m_profileId))
            (void)openProfile(0);
    } else if (const QList<Core::LearnerSummary> all = profiles(); !all.isEmpty()) {
        (void)openProfile(all.first().id);
    }
}

} // namespace Cairn::Ui
