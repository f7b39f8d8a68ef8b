# Generated from ui/desk_page.ui by tools/compile_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_DeskPage(object):
    def setupUi(self, DeskPage):
        if not DeskPage.objectName():
            DeskPage.setObjectName(u"DeskPage")
        DeskPage.resize(1366, 720)
        self.mainLayout = QVBoxLayout(DeskPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(DeskPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(DeskPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(420, 32))
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.registerButton = QPushButton(DeskPage)
        self.registerButton.setObjectName(u"registerButton")

        self.searchRow.addWidget(self.registerButton)

        self.anonymousButton = QPushButton(DeskPage)
        self.anonymousButton.setObjectName(u"anonymousButton")

        self.searchRow.addWidget(self.anonymousButton)


        self.mainLayout.addLayout(self.searchRow)

        self.statusLabel = QLabel(DeskPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.mainLayout.addWidget(self.statusLabel)

        self.splitter = QSplitter(DeskPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.resultsPanel = QWidget(self.splitter)
        self.resultsPanel.setObjectName(u"resultsPanel")
        self.resultsLayout = QVBoxLayout(self.resultsPanel)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(0, 0, 0, 0)
        self.resultsView = QTableView(self.resultsPanel)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsView.setAlternatingRowColors(True)
        self.resultsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsView.setTabKeyNavigation(False)
        self.resultsView.setSortingEnabled(True)
        self.resultsView.horizontalHeader().setStretchLastSection(True)
        self.resultsView.verticalHeader().setVisible(False)

        self.resultsLayout.addWidget(self.resultsView)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.recordVisitButton = QPushButton(self.resultsPanel)
        self.recordVisitButton.setObjectName(u"recordVisitButton")
        self.recordVisitButton.setEnabled(False)

        self.actionsRow.addWidget(self.recordVisitButton)

        self.recordConsultationButton = QPushButton(self.resultsPanel)
        self.recordConsultationButton.setObjectName(u"recordConsultationButton")
        self.recordConsultationButton.setEnabled(False)

        self.actionsRow.addWidget(self.recordConsultationButton)

        self.openPersonButton = QPushButton(self.resultsPanel)
        self.openPersonButton.setObjectName(u"openPersonButton")
        self.openPersonButton.setEnabled(False)

        self.actionsRow.addWidget(self.openPersonButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)

        self.employmentLabel = QLabel(self.resultsPanel)
        self.employmentLabel.setObjectName(u"employmentLabel")
        self.employmentLabel.setText(u"")

        self.actionsRow.addWidget(self.employmentLabel)


        self.resultsLayout.addLayout(self.actionsRow)

        self.splitter.addWidget(self.resultsPanel)
        self.todayPanel = QWidget(self.splitter)
        self.todayPanel.setObjectName(u"todayPanel")
        self.todayLayout = QVBoxLayout(self.todayPanel)
        self.todayLayout.setObjectName(u"todayLayout")
        self.todayLayout.setContentsMargins(0, 6, 0, 0)
        self.todayHeader = QHBoxLayout()
        self.todayHeader.setObjectName(u"todayHeader")
        self.todayLabel = QLabel(self.todayPanel)
        self.todayLabel.setObjectName(u"todayLabel")

        self.todayHeader.addWidget(self.todayLabel)

        self.todaySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.todayHeader.addItem(self.todaySpacer)

        self.todayCountLabel = QLabel(self.todayPanel)
        self.todayCountLabel.setObjectName(u"todayCountLabel")

        self.todayHeader.addWidget(self.todayCountLabel)


        self.todayLayout.addLayout(self.todayHeader)

        self.todayView = QTableView(self.todayPanel)
        self.todayView.setObjectName(u"todayView")
        self.todayView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.todayView.setAlternatingRowColors(True)
        self.todayView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.todayView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.todayView.setTabKeyNavigation(False)
        self.todayView.horizontalHeader().setStretchLastSection(True)
        self.todayView.verticalHeader().setVisible(False)

        self.todayLayout.addWidget(self.todayView)

        self.splitter.addWidget(self.todayPanel)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.todayLabel.setBuddy(self.todayView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.resultsView)
        QWidget.setTabOrder(self.resultsView, self.recordVisitButton)
        QWidget.setTabOrder(self.recordVisitButton, self.recordConsultationButton)
        QWidget.setTabOrder(self.recordConsultationButton, self.openPersonButton)
        QWidget.setTabOrder(self.openPersonButton, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.anonymousButton)
        QWidget.setTabOrder(self.anonymousButton, self.todayView)

        self.retranslateUi(DeskPage)

        QMetaObject.connectSlotsByName(DeskPage)
    # setupUi

    def retranslateUi(self, DeskPage):
        DeskPage.setWindowTitle(QCoreApplication.translate("DeskPage", u"Front desk", None))
        self.searchLabel.setText(QCoreApplication.translate("DeskPage", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DeskPage", u"Name in any script, phone, PESEL, date of birth \u2014 Ctrl+F", None))
#if QT_CONFIG(tooltip)
        self.registerButton.setToolTip(QCoreApplication.translate("DeskPage", u"Register a new person, starting from what is typed in the search field (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.registerButton.setText(QCoreApplication.translate("DeskPage", u"Register new person (Ctrl+N)", None))
#if QT_CONFIG(tooltip)
        self.anonymousButton.setToolTip(QCoreApplication.translate("DeskPage", u"A visit of someone who does not consent to registration: no name is kept (Ctrl+Shift+A)", None))
#endif // QT_CONFIG(tooltip)
        self.anonymousButton.setText(QCoreApplication.translate("DeskPage", u"Anonymous visit (Ctrl+Shift+A)", None))
        self.statusLabel.setText(QCoreApplication.translate("DeskPage", u"Type a name, phone number, PESEL or date of birth. Down arrow moves to the results.", None))
#if QT_CONFIG(tooltip)
        self.recordVisitButton.setToolTip(QCoreApplication.translate("DeskPage", u"Record a visit of the selected person (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.recordVisitButton.setText(QCoreApplication.translate("DeskPage", u"Record visit (Ctrl+R)", None))
#if QT_CONFIG(tooltip)
        self.recordConsultationButton.setToolTip(QCoreApplication.translate("DeskPage", u"Record a consultation with the selected person (Ctrl+Shift+K)", None))
#endif // QT_CONFIG(tooltip)
        self.recordConsultationButton.setText(QCoreApplication.translate("DeskPage", u"Record consultation (Ctrl+Shift+K)", None))
#if QT_CONFIG(tooltip)
        self.openPersonButton.setToolTip(QCoreApplication.translate("DeskPage", u"Open the selected person's page (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.openPersonButton.setText(QCoreApplication.translate("DeskPage", u"Open person (Enter)", None))
        self.todayLabel.setText(QCoreApplication.translate("DeskPage", u"&Today's visits", None))
        self.todayCountLabel.setText("")
    # retranslateUi

