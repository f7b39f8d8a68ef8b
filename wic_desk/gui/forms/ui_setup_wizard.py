# Generated from ui/setup_wizard.ui by tools/compile_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(640, 460)
        SetupWizard.setWizardStyle(QWizard.ClassicStyle)
        self.centre_page = QWizardPage()
        self.centre_page.setObjectName(u"centre_page")
        self.centre_page_layout = QVBoxLayout(self.centre_page)
        self.centre_page_layout.setObjectName(u"centre_page_layout")
        self.centre_page_form = QFormLayout()
        self.centre_page_form.setObjectName(u"centre_page_form")
        self.centre_caption = QLabel(self.centre_page)
        self.centre_caption.setObjectName(u"centre_caption")

        self.centre_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.centre_caption)

        self.centre_edit = QLineEdit(self.centre_page)
        self.centre_edit.setObjectName(u"centre_edit")

        self.centre_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.centre_edit)

        self.centre_error = QLabel(self.centre_page)
        self.centre_error.setObjectName(u"centre_error")
        self.centre_error.setStyleSheet(u"color: #b00020;")
        self.centre_error.setText(u"")
        self.centre_error.setWordWrap(True)

        self.centre_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.centre_error)

        self.desk_caption = QLabel(self.centre_page)
        self.desk_caption.setObjectName(u"desk_caption")

        self.centre_page_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.desk_caption)

        self.desk_edit = QLineEdit(self.centre_page)
        self.desk_edit.setObjectName(u"desk_edit")

        self.centre_page_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.desk_edit)

        self.desk_error = QLabel(self.centre_page)
        self.desk_error.setObjectName(u"desk_error")
        self.desk_error.setStyleSheet(u"color: #b00020;")
        self.desk_error.setText(u"")
        self.desk_error.setWordWrap(True)

        self.centre_page_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.desk_error)


        self.centre_page_layout.addLayout(self.centre_page_form)

        SetupWizard.addPage(self.centre_page)
        self.admin_page = QWizardPage()
        self.admin_page.setObjectName(u"admin_page")
        self.admin_page_layout = QVBoxLayout(self.admin_page)
        self.admin_page_layout.setObjectName(u"admin_page_layout")
        self.admin_page_form = QFormLayout()
        self.admin_page_form.setObjectName(u"admin_page_form")
        self.login_caption = QLabel(self.admin_page)
        self.login_caption.setObjectName(u"login_caption")

        self.admin_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.login_caption)

        self.login_edit = QLineEdit(self.admin_page)
        self.login_edit.setObjectName(u"login_edit")

        self.admin_page_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login_edit)

        self.login_error = QLabel(self.admin_page)
        self.login_error.setObjectName(u"login_error")
        self.login_error.setStyleSheet(u"color: #b00020;")
        self.login_error.setText(u"")
        self.login_error.setWordWrap(True)

        self.admin_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.login_error)

        self.full_name_caption = QLabel(self.admin_page)
        self.full_name_caption.setObjectName(u"full_name_caption")

        self.admin_page_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.full_name_caption)

        self.full_name_edit = QLineEdit(self.admin_page)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.admin_page_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.full_name_error = QLabel(self.admin_page)
        self.full_name_error.setObjectName(u"full_name_error")
        self.full_name_error.setStyleSheet(u"color: #b00020;")
        self.full_name_error.setText(u"")
        self.full_name_error.setWordWrap(True)

        self.admin_page_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.full_name_error)

        self.pin_caption = QLabel(self.admin_page)
        self.pin_caption.setObjectName(u"pin_caption")

        self.admin_page_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pin_caption)

        self.pin_edit = QLineEdit(self.admin_page)
        self.pin_edit.setObjectName(u"pin_edit")
        self.pin_edit.setEchoMode(QLineEdit.Password)

        self.admin_page_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pin_edit)

        self.pin_repeat_caption = QLabel(self.admin_page)
        self.pin_repeat_caption.setObjectName(u"pin_repeat_caption")

        self.admin_page_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pin_repeat_caption)

        self.pin_repeat_edit = QLineEdit(self.admin_page)
        self.pin_repeat_edit.setObjectName(u"pin_repeat_edit")
        self.pin_repeat_edit.setEchoMode(QLineEdit.Password)

        self.admin_page_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pin_repeat_edit)

        self.pin_error = QLabel(self.admin_page)
        self.pin_error.setObjectName(u"pin_error")
        self.pin_error.setStyleSheet(u"color: #b00020;")
        self.pin_error.setText(u"")
        self.pin_error.setWordWrap(True)

        self.admin_page_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.pin_error)

        self.general_error = QLabel(self.admin_page)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"color: #b00020;")
        self.general_error.setText(u"")
        self.general_error.setWordWrap(True)

        self.admin_page_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.general_error)


        self.admin_page_layout.addLayout(self.admin_page_form)

        SetupWizard.addPage(self.admin_page)
#if QT_CONFIG(shortcut)
        self.centre_caption.setBuddy(self.centre_edit)
        self.desk_caption.setBuddy(self.desk_edit)
        self.login_caption.setBuddy(self.login_edit)
        self.full_name_caption.setBuddy(self.full_name_edit)
        self.pin_caption.setBuddy(self.pin_edit)
        self.pin_repeat_caption.setBuddy(self.pin_repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Set up WIC Desk", None))
        self.centre_page.setTitle(QCoreApplication.translate("SetupWizard", u"The centre and this desk", None))
        self.centre_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"WIC Desk is starting for the first time on this computer. Name the centre and this desk (each laptop is one desk).", None))
        self.centre_caption.setText(QCoreApplication.translate("SetupWizard", u"&Centre:", None))
        self.centre_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. Centrum Integracji Cudzoziemc\u00f3w", None))
        self.desk_caption.setText(QCoreApplication.translate("SetupWizard", u"&This desk:", None))
        self.desk_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. Recepcja 1", None))
        self.admin_page.setTitle(QCoreApplication.translate("SetupWizard", u"The first administrator", None))
        self.admin_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"The administrator adds the other staff accounts. Choose a PIN or password of at least 4 characters and keep it safe.", None))
        self.login_caption.setText(QCoreApplication.translate("SetupWizard", u"&Login:", None))
        self.full_name_caption.setText(QCoreApplication.translate("SetupWizard", u"&Full name:", None))
        self.pin_caption.setText(QCoreApplication.translate("SetupWizard", u"&PIN or password:", None))
        self.pin_repeat_caption.setText(QCoreApplication.translate("SetupWizard", u"Repeat the P&IN:", None))
    # retranslateUi

