# Generated from ui/staff_page.ui by tools/compile_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_StaffPage(object):
    def setupUi(self, StaffPage):
        if not StaffPage.objectName():
            StaffPage.setObjectName(u"StaffPage")
        StaffPage.resize(800, 500)
        self.page_layout = QVBoxLayout(StaffPage)
        self.page_layout.setObjectName(u"page_layout")
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.filter_edit = QLineEdit(StaffPage)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.top_row.addWidget(self.filter_edit)

        self.show_inactive_check = QCheckBox(StaffPage)
        self.show_inactive_check.setObjectName(u"show_inactive_check")
        self.show_inactive_check.setChecked(True)

        self.top_row.addWidget(self.show_inactive_check)


        self.page_layout.addLayout(self.top_row)

        self.table = QTableView(StaffPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.table)

        self.error_label = QLabel(StaffPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.page_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.add_button = QPushButton(StaffPage)
        self.add_button.setObjectName(u"add_button")

        self.button_row.addWidget(self.add_button)

        self.edit_button = QPushButton(StaffPage)
        self.edit_button.setObjectName(u"edit_button")

        self.button_row.addWidget(self.edit_button)

        self.toggle_active_button = QPushButton(StaffPage)
        self.toggle_active_button.setObjectName(u"toggle_active_button")

        self.button_row.addWidget(self.toggle_active_button)

        self.reset_password_button = QPushButton(StaffPage)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.button_row.addWidget(self.reset_password_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.refresh_button = QPushButton(StaffPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.button_row.addWidget(self.refresh_button)


        self.page_layout.addLayout(self.button_row)


        self.retranslateUi(StaffPage)

        QMetaObject.connectSlotsByName(StaffPage)
    # setupUi

    def retranslateUi(self, StaffPage):
        self.show_inactive_check.setText(QCoreApplication.translate("StaffPage", u"Show &inactive accounts", None))
        self.add_button.setText(QCoreApplication.translate("StaffPage", u"&Add\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("StaffPage", u"&Edit\u2026", None))
        self.toggle_active_button.setText(QCoreApplication.translate("StaffPage", u"&Deactivate", None))
        self.reset_password_button.setText(QCoreApplication.translate("StaffPage", u"&Reset password\u2026", None))
        self.refresh_button.setText(QCoreApplication.translate("StaffPage", u"Re&fresh", None))
        pass
    # retranslateUi

