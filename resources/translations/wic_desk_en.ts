<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesPage</name>
    <message numerus="yes">
        <location filename="../../wic_desk/gui/pages/activities.py" line="+208"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDetailPage</name>
    <message numerus="yes">
        <location filename="../../wic_desk/gui/pages/activity_detail.py" line="+670"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n enrolled</numerusform>
            <numerusform>%n enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n on the waiting list</numerusform>
            <numerusform>%n on the waiting list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n person(s) found. Down: results · Enter: enrol</source>
        <translation>
            <numerusform>%n person found. Down: results · Enter: enrol</numerusform>
            <numerusform>%n people found. Down: results · Enter: enrol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+383"/>
        <source>Printing %n certificate(s)…</source>
        <translation>
            <numerusform>Printing %n certificate…</numerusform>
            <numerusform>Printing %n certificates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n certificate(s) printed</source>
        <translation>
            <numerusform>%n certificate printed</numerusform>
            <numerusform>%n certificates printed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message numerus="yes">
        <location filename="../../wic_desk/gui/pages/activity_dialog.py" line="+300"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <location filename="../../wic_desk/gui/pages/audit_log.py" line="+275"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message numerus="yes">
        <location filename="../../wic_desk/gui/pages/desk.py" line="+192"/>
        <source>%n person(s) found. Down arrow: results · Enter: open · Ctrl+R: record visit</source>
        <translation>
            <numerusform>%n person found. Down arrow: results · Enter: open · Ctrl+R: record visit</numerusform>
            <numerusform>%n people found. Down arrow: results · Enter: open · Ctrl+R: record visit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+239"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <location filename="../../wic_desk/gui/pages/follow_ups.py" line="+305"/>
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteAccessDialog</name>
    <message numerus="yes">
        <location filename="../../wic_desk/gui/widgets/note_access.py" line="+154"/>
        <source>Done: access given %n time(s).</source>
        <translation>
            <numerusform>Done: access given %n time.</numerusform>
            <numerusform>Done: access given %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../wic_desk/gui/widgets/retention_dialog.py" line="+158"/>
        <source>%n person(s) due for erasure.</source>
        <translation>
            <numerusform>%n person due for erasure.</numerusform>
            <numerusform>%n persons due for erasure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Erase the data of %n person(s) for good? Names, contacts, PESEL and notes go; their services still count in the figures. This cannot be undone.</source>
        <translation>
            <numerusform>Erase the data of %n person for good? Names, contacts, PESEL and notes go; their services still count in the figures. This cannot be undone.</numerusform>
            <numerusform>Erase the data of %n persons for good? Names, contacts, PESEL and notes go; their services still count in the figures. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n person erased.</numerusform>
            <numerusform>%n persons erased.</numerusform>
        </translation>
    </message>
</context>
</TS>
