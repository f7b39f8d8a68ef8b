# Generated from ui/setup_wizard.ui by tools/compile_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

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
        self.new_centre_radio = QRadioButton(self.centre_page)
        self.new_centre_radio.setObjectName(u"new_centre_radio")
        self.new_centre_radio.setChecked(True)

        self.centre_page_layout.addWidget(self.new_centre_radio)

        self.join_radio = QRadioButton(self.centre_page)
        self.join_radio.setObjectName(u"join_radio")

        self.centre_page_layout.addWidget(self.join_radio)

        self.join_hint = QLabel(self.centre_page)
        self.join_hint.setObjectName(u"join_hint")
        self.join_hint.setWordWrap(True)
        self.join_hint.setIndent(22)

        self.centre_page_layout.addWidget(self.join_hint)

        self.mode_spacer = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.centre_page_layout.addItem(self.mode_spacer)

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

        self.password_caption = QLabel(self.admin_page)
        self.password_caption.setObjectName(u"password_caption")

        self.admin_page_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password_edit = QLineEdit(self.admin_page)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.admin_page_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.password_repeat_caption = QLabel(self.admin_page)
        self.password_repeat_caption.setObjectName(u"password_repeat_caption")

        self.admin_page_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password_repeat_caption)

        self.password_repeat_edit = QLineEdit(self.admin_page)
        self.password_repeat_edit.setObjectName(u"password_repeat_edit")
        self.password_repeat_edit.setEchoMode(QLineEdit.Password)

        self.admin_page_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password_repeat_edit)

        self.password_error = QLabel(self.admin_page)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setStyleSheet(u"color: #b00020;")
        self.password_error.setText(u"")
        self.password_error.setWordWrap(True)

        self.admin_page_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.password_error)

        self.general_error = QLabel(self.admin_page)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"color: #b00020;")
        self.general_error.setText(u"")
        self.general_error.setWordWrap(True)

        self.admin_page_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.general_error)


        self.admin_page_layout.addLayout(self.admin_page_form)

        SetupWizard.addPage(self.admin_page)
        self.join_page = QWizardPage()
        self.join_page.setObjectName(u"join_page")
        self.join_page_layout = QVBoxLayout(self.join_page)
        self.join_page_layout.setObjectName(u"join_page_layout")
        self.join_page_form = QFormLayout()
        self.join_page_form.setObjectName(u"join_page_form")
        self.file_caption = QLabel(self.join_page)
        self.file_caption.setObjectName(u"file_caption")

        self.join_page_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_caption)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file_edit = QLineEdit(self.join_page)
        self.file_edit.setObjectName(u"file_edit")

        self.file_row.addWidget(self.file_edit)

        self.file_button = QPushButton(self.join_page)
        self.file_button.setObjectName(u"file_button")
        self.file_button.setAutoDefault(False)

        self.file_row.addWidget(self.file_button)


        self.join_page_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_row)

        self.file_error = QLabel(self.join_page)
        self.file_error.setObjectName(u"file_error")
        self.file_error.setStyleSheet(u"color: #b00020;")
        self.file_error.setText(u"")
        self.file_error.setWordWrap(True)

        self.join_page_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.file_error)

        self.passphrase_caption = QLabel(self.join_page)
        self.passphrase_caption.setObjectName(u"passphrase_caption")

        self.join_page_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphrase_caption)

        self.passphrase_edit = QLineEdit(self.join_page)
        self.passphrase_edit.setObjectName(u"passphrase_edit")

        self.join_page_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.passphrase_error = QLabel(self.join_page)
        self.passphrase_error.setObjectName(u"passphrase_error")
        self.passphrase_error.setStyleSheet(u"color: #b00020;")
        self.passphrase_error.setText(u"")
        self.passphrase_error.setWordWrap(True)

        self.join_page_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphrase_error)

        self.join_progress = QProgressBar(self.join_page)
        self.join_progress.setObjectName(u"join_progress")
        self.join_progress.setValue(0)
        self.join_progress.setTextVisible(False)

        self.join_page_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.join_progress)

        self.join_error = QLabel(self.join_page)
        self.join_error.setObjectName(u"join_error")
        self.join_error.setStyleSheet(u"color: #b00020;")
        self.join_error.setText(u"")
        self.join_error.setWordWrap(True)

        self.join_page_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.join_error)


        self.join_page_layout.addLayout(self.join_page_form)

        SetupWizard.addPage(self.join_page)
#if QT_CONFIG(shortcut)
        self.centre_caption.setBuddy(self.centre_edit)
        self.desk_caption.setBuddy(self.desk_edit)
        self.login_caption.setBuddy(self.login_edit)
        self.full_name_caption.setBuddy(self.full_name_edit)
        self.password_caption.setBuddy(self.password_edit)
        self.password_repeat_caption.setBuddy(self.password_repeat_edit)
        self.file_caption.setBuddy(self.file_edit)
        self.passphrase_caption.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Set up WIC Desk", None))
        self.centre_page.setTitle(QCoreApplication.translate("SetupWizard", u"The centre and this desk", None))
        self.centre_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"WIC Desk is starting for the first time on this computer. Set up a new centre, or join a centre whose other desks already work, and name this desk (each laptop is one desk).", None))
        self.new_centre_radio.setText(QCoreApplication.translate("SetupWizard", u"Set up a &new centre", None))
        self.join_radio.setText(QCoreApplication.translate("SetupWizard", u"&Join an existing centre from a full exchange file", None))
        self.join_hint.setText(QCoreApplication.translate("SetupWizard", u"Another desk of the centre writes the file: Sync, Write exchange file, Everything. Staff accounts come with it.", None))
        self.centre_caption.setText(QCoreApplication.translate("SetupWizard", u"&Centre:", None))
        self.centre_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. Centrum Integracji Cudzoziemc\u00f3w", None))
        self.desk_caption.setText(QCoreApplication.translate("SetupWizard", u"&This desk:", None))
        self.desk_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. Recepcja 1", None))
        self.admin_page.setTitle(QCoreApplication.translate("SetupWizard", u"The first administrator", None))
        self.admin_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"The administrator adds the other staff accounts. Choose a password (the rule is beside the field) and keep it safe: it opens the desk and the command line.", None))
        self.login_caption.setText(QCoreApplication.translate("SetupWizard", u"&Login:", None))
        self.full_name_caption.setText(QCoreApplication.translate("SetupWizard", u"&Full name:", None))
        self.password_caption.setText(QCoreApplication.translate("SetupWizard", u"&Password:", None))
        self.password_repeat_caption.setText(QCoreApplication.translate("SetupWizard", u"Repeat the pass&word:", None))
        self.join_page.setTitle(QCoreApplication.translate("SetupWizard", u"Join an existing centre", None))
        self.join_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"Read the full exchange file written at another desk of the centre. Everything in it comes to this desk, staff accounts included: afterwards, log in with your usual login and password.", None))
        self.file_caption.setText(QCoreApplication.translate("SetupWizard", u"Exchange &file:", None))
        self.file_button.setText(QCoreApplication.translate("SetupWizard", u"C&hoose\u2026 (Ctrl+O)", None))
#if QT_CONFIG(shortcut)
        self.file_button.setShortcut(QCoreApplication.translate("SetupWizard", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.passphrase_caption.setText(QCoreApplication.translate("SetupWizard", u"&Join code:", None))
        self.passphrase_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. ABCD-EFGH-JKLM-NPQR", None))
    # retranslateUi

