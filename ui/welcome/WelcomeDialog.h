#pragma once

#include "welcome/DemoBuilder.h"

#include <QDialog>
#include <QString>

class QCommandLinkButton;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace lintas::ui {

class AccountForm;

/// First start: create the agency's database, open an existing one, or create a demo database.
/// The demo page runs core's demo generator in a worker (DemoBuilder) with a progress bar and
/// Cancel; it can also be shown on its own (File → New demo database…).
class WelcomeDialog : public QDialog {
    Q_OBJECT

public:
    /// `proposedPath`: where the agency's new database goes; the demo file defaults to its folder.
    explicit WelcomeDialog(QString proposedPath, QWidget* parent = nullptr);
    ~WelcomeDialog() override;

    /// A line above the choices, e.g. that the database used last is gone. Plain text.
    void setNotice(const QString& text);
    /// Shows the demo page alone, without the way back to the other choices.
    void showDemoOnly();

    [[nodiscard]] const QString& proposedPath() const { return m_proposedPath; }
    [[nodiscard]] bool isOnDemoPage() const;
    [[nodiscard]] bool isGenerating() const;

    /// The demo database's account (its administrator, holding every role so that everything can
    /// be tried).
    [[nodiscard]] AccountForm* demoAccountForm() const { return m_demoAccount; }
    /// The demo database's workspace, signed in as that account, after demoDatabaseReady; once.
    [[nodiscard]] std::unique_ptr<Workspace> takeDemoWorkspace();

    /// Demo settings, as on the page.
    void setDemoCases(int cases);
    void setDemoPath(const QString& path);
    [[nodiscard]] int demoCases() const;
    [[nodiscard]] QString demoPath() const;
    /// Starts the demo run with the page's settings (the Create button).
    void startDemo();
    /// Stops the demo run after its current batch (the Cancel button while it runs).
    void cancelDemo();

    /// A file name for a demo database in `folder` that is not taken yet.
    [[nodiscard]] static QString freeDemoPath(const QString& folder);

signals:
    /// "Create the database for your agency": the caller continues with the first-start dialog.
    void createDatabaseChosen(const QString& path);
    /// "Open an existing database": the caller asks for the file.
    void openDatabaseChosen();
    void demoProgress(int done, int total);
    /// The demo database is written; `cases` of `requested` were made (fewer when the run was
    /// cancelled). Its workspace waits in takeDemoWorkspace(). The dialog has closed.
    void demoDatabaseReady(const QString& path, int cases, int requested, bool cancelled);

public slots:
    /// Closing while a demo run is going cancels it first (what was made is kept and opened).
    void reject() override;

protected:
    /// Grows the dialog when a message appears (see growToFitContents).
    bool event(QEvent* event) override;

private:
    QWidget* buildChoicePage();
    QWidget* buildDemoPage();
    void showChoices();
    void showDemoPage();
    void chooseDemoPath();
    void setGenerating(bool generating);
    void onProgress(int done, int total);
    void onFinished(const DemoBuilder::Outcome& outcome);

    QString m_proposedPath;
    bool m_demoOnly = false;
    DemoBuilder* m_builder = nullptr;

    QStackedWidget* m_pages = nullptr;
    QWidget* m_choicePage = nullptr;
    QWidget* m_demoPage = nullptr;
    QLabel* m_notice = nullptr;

    QSpinBox* m_demoCases = nullptr;
    QLineEdit* m_demoPath = nullptr;
    QPushButton* m_demoBrowse = nullptr;
    AccountForm* m_demoAccount = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_demoStatus = nullptr;
    QLabel* m_demoError = nullptr;
    QPushButton* m_demoBack = nullptr;
    QPushButton* m_demoCreate = nullptr;
    QPushButton* m_demoCancel = nullptr;
};

}  // namespace lintas::ui
