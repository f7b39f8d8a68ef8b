# Generated from ui/main_window.ui by tools/compile_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        MainWindow.setMinimumSize(QSize(900, 560))
        MainWindow.setWindowTitle(u"WIC Desk")
        self.action_lock = QAction(MainWindow)
        self.action_lock.setObjectName(u"action_lock")
#if QT_CONFIG(shortcut)
        self.action_lock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.action_logout = QAction(MainWindow)
        self.action_logout.setObjectName(u"action_logout")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.action_lang_pl = QAction(MainWindow)
        self.action_lang_pl.setObjectName(u"action_lang_pl")
        self.action_lang_pl.setCheckable(True)
        self.action_lang_pl.setText(u"Polski")
        self.action_lang_uk = QAction(MainWindow)
        self.action_lang_uk.setObjectName(u"action_lang_uk")
        self.action_lang_uk.setCheckable(True)
        self.action_lang_uk.setText(u"\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430")
        self.action_lang_en = QAction(MainWindow)
        self.action_lang_en.setObjectName(u"action_lang_en")
        self.action_lang_en.setCheckable(True)
        self.action_lang_en.setText(u"English")
        self.action_staff = QAction(MainWindow)
        self.action_staff.setObjectName(u"action_staff")
        self.action_topics = QAction(MainWindow)
        self.action_topics.setObjectName(u"action_topics")
        self.action_settings = QAction(MainWindow)
        self.action_settings.setObjectName(u"action_settings")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.central_layout = QVBoxLayout(self.central)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self.central)
        self.stack.setObjectName(u"stack")
        self.content_page = QWidget()
        self.content_page.setObjectName(u"content_page")
        self.content_layout = QVBoxLayout(self.content_page)
        self.content_layout.setObjectName(u"content_layout")
        self.content_layout.setContentsMargins(4, 4, 4, 0)
        self.tabs = QTabWidget(self.content_page)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.content_layout.addWidget(self.tabs)

        self.stack.addWidget(self.content_page)

        self.central_layout.addWidget(self.stack)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menu_file = QMenu(self.menubar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_view = QMenu(self.menubar)
        self.menu_view.setObjectName(u"menu_view")
        self.menu_language = QMenu(self.menu_view)
        self.menu_language.setObjectName(u"menu_language")
        self.menu_admin = QMenu(self.menubar)
        self.menu_admin.setObjectName(u"menu_admin")
        self.menu_help = QMenu(self.menubar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menu_file.menuAction())
        self.menubar.addAction(self.menu_view.menuAction())
        self.menubar.addAction(self.menu_admin.menuAction())
        self.menubar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_lock)
        self.menu_file.addAction(self.action_logout)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_view.addAction(self.menu_language.menuAction())
        self.menu_language.addAction(self.action_lang_pl)
        self.menu_language.addAction(self.action_lang_uk)
        self.menu_language.addAction(self.action_lang_en)
        self.menu_admin.addAction(self.action_staff)
        self.menu_admin.addAction(self.action_topics)
        self.menu_admin.addAction(self.action_settings)
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.action_lock.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
        self.action_logout.setText(QCoreApplication.translate("MainWindow", u"Log &out", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.action_staff.setText(QCoreApplication.translate("MainWindow", u"&Staff accounts", None))
        self.action_topics.setText(QCoreApplication.translate("MainWindow", u"Consultation &topics\u2026", None))
        self.action_settings.setText(QCoreApplication.translate("MainWindow", u"S&ettings\u2026", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About WIC Desk", None))
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_view.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menu_language.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menu_admin.setTitle(QCoreApplication.translate("MainWindow", u"&Admin", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        pass
    # retranslateUi

