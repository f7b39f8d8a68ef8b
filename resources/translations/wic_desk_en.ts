<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <location filename="../../wic_desk/gui/pages/audit_log.py" line="+268"/>
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
        <location filename="../../wic_desk/gui/pages/desk.py" line="+175"/>
        <source>%n person(s) found. Down arrow: results · Enter: open · Ctrl+R: record visit</source>
        <translation>
            <numerusform>%n person found. Down arrow: results · Enter: open · Ctrl+R: record visit</numerusform>
            <numerusform>%n people found. Down arrow: results · Enter: open · Ctrl+R: record visit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+200"/>
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
</TS>
