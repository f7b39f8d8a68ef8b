# Generated from ui/lock_screen.ui by tools/compile_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(600, 400)
        self.outer_layout = QVBoxLayout(LockScreen)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.top_spacer)

        self.centre_row = QHBoxLayout()
        self.centre_row.setObjectName(u"centre_row")
        self.left_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre_row.addItem(self.left_spacer)

        self.panel = QFrame(LockScreen)
        self.panel.setObjectName(u"panel")
        self.panel.setMinimumSize(QSize(440, 0))
        self.panel.setMaximumSize(QSize(440, 16777215))
        self.panel.setFrameShape(QFrame.StyledPanel)
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setSpacing(10)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(self.panel)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setAlignment(Qt.AlignCenter)

        self.panel_layout.addWidget(self.title_label)

        self.user_label = QLabel(self.panel)
        self.user_label.setObjectName(u"user_label")
        self.user_label.setText(u"")
        self.user_label.setAlignment(Qt.AlignCenter)
        self.user_label.setWordWrap(True)

        self.panel_layout.addWidget(self.user_label)

        self.pin_edit = QLineEdit(self.panel)
        self.pin_edit.setObjectName(u"pin_edit")
        self.pin_edit.setEchoMode(QLineEdit.Password)

        self.panel_layout.addWidget(self.pin_edit)

        self.error_label = QLabel(self.panel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.panel_layout.addWidget(self.error_label)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.logout_button = QPushButton(self.panel)
        self.logout_button.setObjectName(u"logout_button")
        self.logout_button.setAutoDefault(False)

        self.buttons.addWidget(self.logout_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.button_spacer)

        self.unlock_button = QPushButton(self.panel)
        self.unlock_button.setObjectName(u"unlock_button")

        self.buttons.addWidget(self.unlock_button)


        self.panel_layout.addLayout(self.buttons)


        self.centre_row.addWidget(self.panel)

        self.right_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre_row.addItem(self.right_spacer)


        self.outer_layout.addLayout(self.centre_row)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)


        self.retranslateUi(LockScreen)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        self.title_label.setText(QCoreApplication.translate("LockScreen", u"This desk is locked", None))
        self.logout_button.setText(QCoreApplication.translate("LockScreen", u"Log &out", None))
        self.unlock_button.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
        pass
    # retranslateUi

