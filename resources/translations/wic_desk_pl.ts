<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/activities.py" line="+29"/>
        <source>First session</source>
        <translation>Pierwsze spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/activities.py" line="+149"/>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by title or kind (Ctrl+L)</source>
        <translation>Filtruj według tytułu lub rodzaju (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New activity… (Ctrl+N)</source>
        <translation>Nowe działanie… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (Enter)</source>
        <translation>Otwórz (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Odśwież (F5)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No activities yet. Create the first one with Ctrl+N.</source>
        <translation>Nie ma jeszcze działań. Utwórz pierwsze klawiszami Ctrl+N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No activities yet. A coordinator creates them.</source>
        <translation>Nie ma jeszcze działań. Tworzy je koordynator.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown</source>
        <translation>
            <numerusform>widoczne: %n</numerusform>
            <numerusform>widoczne: %n</numerusform>
            <numerusform>widoczne: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the activity selected: enrolment, attendance, sheets, certificates.</source>
        <translation>Enter otwiera wybrane działanie: zapisy, obecność, listy obecności, zaświadczenia.</translation>
    </message>
</context>
<context>
    <name>ActivityDetailPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/activity_detail.py" line="+554"/>
        <source>← Activities (Alt+Left)</source>
        <translation>← Działania (Alt+Lewo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance sheet… (Ctrl+P)</source>
        <translation>Lista obecności… (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue certificates… (Ctrl+Shift+C)</source>
        <translation>Wystaw zaświadczenia… (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For everyone who meets the completion rule: one PDF, a page each.</source>
        <translation>Dla każdego, kto spełnia warunek ukończenia: jeden plik PDF, po stronie na osobę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol (Ctrl+E)</source>
        <translation>Zapisz (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person: name in any script, phone, PESEL</source>
        <translation>Znajdź osobę: imię i nazwisko w dowolnym alfabecie, telefon, PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol (Enter)</source>
        <translation>Zapisz (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add walk-in… (Ctrl+N)</source>
        <translation>Dodaj osobę z zewnątrz… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register someone not yet registered (consent first) and enrol them.</source>
        <translation>Zarejestruj osobę, której jeszcze nie ma w bazie (najpierw zgoda), i zapisz ją.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s session (Ctrl+T)</source>
        <translation>Dzisiejsze spotkanie (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} ({key})</source>
        <translation>{status} ({key})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw… (Ctrl+Shift+Del)</source>
        <translation>Wypisz… (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected participant; the first on the waiting list takes the place.</source>
        <translation>Wypisz wybranego uczestnika; jego miejsce zajmie pierwsza osoba z listy rezerwowej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel session…</source>
        <translation>Odwołaj spotkanie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected session did not take place: it then counts nowhere (figures, hours, completion).</source>
        <translation>Wybrane spotkanie się nie odbyło: nie będzie nigdzie liczone (wskaźniki, godziny, ukończenie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel activity…</source>
        <translation>Odwołaj zajęcia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event (tag)…</source>
        <translation>Wydarzenie (tag)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event or series the activity belongs to: an indicator can count only the activities of one event.</source>
        <translation>Wydarzenie lub cykl, do którego należą zajęcia: wskaźnik może liczyć tylko zajęcia jednego wydarzenia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{keys} or 1 / 2 / 3: present / absent / excused for the selected cells, then down to the next person · Space: cycle · arrows: move · Shift+arrows: select several</source>
        <translation>{keys} lub 1 / 2 / 3: obecny / nieobecny / usprawiedliwiony w zaznaczonych komórkach, potem w dół do następnej osoby · Spacja: kolejny stan · strzałki: ruch · Shift+strzałki: zaznacz kilka</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting list</source>
        <translation>Lista rezerwowa</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n spotkanie</numerusform>
            <numerusform>%n spotkania</numerusform>
            <numerusform>%n spotkań</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event: {tag}</source>
        <translation>wydarzenie: {tag}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n zapisana osoba</numerusform>
            <numerusform>%n zapisane osoby</numerusform>
            <numerusform>%n zapisanych osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n osoba na liście rezerwowej</numerusform>
            <numerusform>%n osoby na liście rezerwowej</numerusform>
            <numerusform>%n osób na liście rezerwowej</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed at {percent}% of the sessions attended</source>
        <translation>ukończone przy obecności na {percent}% spotkań</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CANCELLED: {reason}</source>
        <translation>ODWOŁANE: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting list ({count})</source>
        <translation>Lista rezerwowa ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No one is enrolled yet: find people on the left (Ctrl+E).</source>
        <translation>Nikt nie jest jeszcze zapisany: znajdź osoby po lewej (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {count} participants meet the completion rule (present at {percent}% of the sessions or more).</source>
        <translation>{done} z {count} uczestników spełnia warunek ukończenia (obecność na co najmniej {percent}% spotkań).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type a name, then Down and Enter to enrol. Not registered yet? Ctrl+N.</source>
        <translation>Wpisz imię lub nazwisko, potem strzałka w dół i Enter, aby zapisać. Osoby nie ma w bazie? Ctrl+N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one found for “{query}”: add them as a walk-in (Ctrl+N).</source>
        <translation>Nikogo nie znaleziono dla „{query}”: dodaj tę osobę (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s) found. Down: results · Enter: enrol</source>
        <translation>
            <numerusform>Znaleziono %n osobę. W dół: wyniki · Enter: zapisz</numerusform>
            <numerusform>Znaleziono %n osoby. W dół: wyniki · Enter: zapisz</numerusform>
            <numerusform>Znaleziono %n osób. W dół: wyniki · Enter: zapisz</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{name} is already on this activity ({status}).</source>
        <translation>{name}: ta osoba jest już w tym działaniu ({status}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The activity is full: {name} is on the waiting list.</source>
        <translation>Brak wolnych miejsc: {name} — na liście rezerwowej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is enrolled.</source>
        <translation>{name}: zapisano.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The person chosen</source>
        <translation>Wybrana osoba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without consent to data processing no one can be enrolled; they may still sign the paper sheet as a walk-in.</source>
        <translation>Bez zgody na przetwarzanie danych nie można nikogo zapisać; osoba może jednak podpisać papierową listę obecności.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select the participant to withdraw first.</source>
        <translation>Najpierw wybierz uczestnika do wypisania.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw participant</source>
        <translation>Wypisz uczestnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw {name} from this activity? Their attendance so far is kept.</source>
        <translation>Wypisać {name} z tego działania? Dotychczasowa obecność zostanie zachowana.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is withdrawn.</source>
        <translation>{name}: wypisano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} moves up from the waiting list.</source>
        <translation>{name}: przechodzi z listy rezerwowej na listę uczestników.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Move to a session&apos;s column first (arrows or Ctrl+T).</source>
        <translation>Najpierw przejdź do kolumny spotkania (strzałki lub Ctrl+T).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a session&apos;s column first.</source>
        <translation>Najpierw wybierz kolumnę spotkania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel session {number}</source>
        <translation>Odwołanie spotkania {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why did session {number} ({date}) not take place?</source>
        <translation>Dlaczego spotkanie {number} ({date}) się nie odbyło?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Event (tag)</source>
        <translation>Wydarzenie (tag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event this activity belongs to (empty: none):</source>
        <translation>Wydarzenie, do którego należą te zajęcia (puste: brak):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel activity</source>
        <translation>Odwołanie zajęć</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why did this activity not take place?</source>
        <translation>Dlaczego te zajęcia się nie odbyły?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: it counts nowhere from now on.</source>
        <translation>Odwołano: od teraz nie jest nigdzie liczone.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The attendance was not saved: {reason} The grid shows what is saved.</source>
        <translation>Obecności nie zapisano: {reason} Tabela pokazuje to, co jest zapisane.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+28"/>
        <source>This activity has no sessions.</source>
        <translation>To działanie nie ma spotkań.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Session {number} is today: mark who came.</source>
        <translation>Spotkanie {number} jest dziś: zaznacz, kto przyszedł.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session today; this is session {number} on {date}.</source>
        <translation>Dziś nie ma spotkania; to jest spotkanie {number} z dnia {date}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save attendance sheet</source>
        <translation>Zapisz listę obecności</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Writing the attendance sheet…</source>
        <translation>Tworzenie listy obecności…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sheet is open in the PDF viewer: print it from there.</source>
        <translation>Lista jest otwarta w przeglądarce PDF: wydrukuj ją stamtąd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance sheet saved: {path}</source>
        <translation>Zapisano listę obecności: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attendance is still being saved; try again in a moment.</source>
        <translation>Obecność jest jeszcze zapisywana; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No participant meets the completion rule yet.</source>
        <translation>Żaden uczestnik nie spełnia jeszcze warunku ukończenia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save certificates</source>
        <translation>Zapisz zaświadczenia</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Printing %n certificate(s)…</source>
        <translation>
            <numerusform>Drukowanie %n zaświadczenia…</numerusform>
            <numerusform>Drukowanie %n zaświadczeń…</numerusform>
            <numerusform>Drukowanie %n zaświadczeń…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue certificates</source>
        <translation>Wystaw zaświadczenia</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Printing cancelled. Certificates already issued keep their numbers and print the same next time.</source>
        <translation>Drukowanie anulowane. Wystawione już zaświadczenia zachowują numery i następnym razem wydrukują się tak samo.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n certificate(s) printed</source>
        <translation>
            <numerusform>Wydrukowano %n zaświadczenie</numerusform>
            <numerusform>Wydrukowano %n zaświadczenia</numerusform>
            <numerusform>Wydrukowano %n zaświadczeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new: {issued}, printed again: {reprinted}</source>
        <translation>nowe: {issued}, wydrukowane ponownie: {reprinted}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates ready</source>
        <translation>Zaświadczenia gotowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the PDF now?</source>
        <translation>Otworzyć teraz plik PDF?</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/activity_dialog.py" line="+258"/>
        <source>New activity</source>
        <translation>Nowe działanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Prowadzący:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;pacity:</source>
        <translation>&amp;Liczba miejsc:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tar&amp;get group:</source>
        <translation>&amp;Grupa docelowa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts for pro&amp;ject:</source>
        <translation>Liczy się do pro&amp;jektu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vent (tag):</source>
        <translation>Wydar&amp;zenie (tag):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpletion rule:</source>
        <translation>&amp;Warunek ukończenia:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Polish A1, group 2</source>
        <translation>np. Polski A1, grupa 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the sessions are held, unless a session says otherwise</source>
        <translation>Gdzie odbywają się spotkania, chyba że przy spotkaniu podano inaczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. adults from Ukraine, children 7-12</source>
        <translation>np. dorośli z Ukrainy, dzieci 7–12 lat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Skovoroda Fest 2023 (optional)</source>
        <translation>np. Skovoroda Fest 2023 (nieobowiązkowe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event or series the activity belongs to: an indicator can count only the activities of one event.</source>
        <translation>Wydarzenie lub cykl, do którego należą zajęcia: wskaźnik może liczyć tylko zajęcia jednego wydarzenia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No limit</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the places are taken, further people go on the waiting list.</source>
        <translation>Gdy miejsca się skończą, kolejne osoby trafiają na listę rezerwową.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add session (Ctrl+Ins)</source>
        <translation>&amp;Dodaj spotkanie (Ctrl+Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new row one week after the last session, same time and place.</source>
        <translation>Nowy wiersz tydzień po ostatnim spotkaniu, o tej samej godzinie i w tym samym miejscu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove session (Ctrl+Del)</source>
        <translation>&amp;Usuń spotkanie (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create (Ctrl+Enter)</source>
        <translation>Utwórz (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Anuluj (Esc)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Completed when present at {percent}% of the sessions or more (100% = every session).</source>
        <translation>Ukończone przy obecności na co najmniej {percent}% spotkań (100% = wszystkie spotkania).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n spotkanie</numerusform>
            <numerusform>%n spotkania</numerusform>
            <numerusform>%n spotkań</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnonymousVisitDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/visit.py" line="+190"/>
        <location line="+1"/>
        <source>Anonymous visit</source>
        <translation>Wizyta anonimowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a person who does not consent to registration. No name is kept: only what the service figures need.</source>
        <translation>Dla osoby, która nie zgadza się na rejestrację. Nie zapisujemy nazwiska, tylko to, czego wymagają statystyki usług.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Płeć:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Age group:</source>
        <translation>&amp;Grupa wiekowa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not known —</source>
        <translation>— nieznana —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Obywatelstwo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not given —</source>
        <translation>— nie podano —</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/attendance.py" line="+39"/>
        <source>P</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Ukończone</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>✓ present at {percent}% of the sessions or more; hours attended</source>
        <translation>✓ obecność na co najmniej {percent}% spotkań; godziny obecności</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session {number} · {date} · {hours} h</source>
        <translation>Spotkanie {number} · {date} · {hours} godz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled: {reason}</source>
        <translation>odwołane: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{hours} h</source>
        <translation>{hours} godz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meets the completion rule</source>
        <translation>Spełnia warunek ukończenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not meet the completion rule yet</source>
        <translation>Nie spełnia jeszcze warunku ukończenia</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not marked</source>
        <translation>Nie zaznaczono</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/audit_log.py" line="+169"/>
        <source>Audit log: reads of confidential notes, edits and exports</source>
        <translation>Dziennik zdarzeń: odczyty poufnych notatek, zmiany i eksporty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every desk of the centre: the entries of other desks arrive with their exchange files (the Desk column says where each was made).</source>
        <translation>Wszystkie stanowiska centrum: wpisy innych stanowisk przychodzą z ich plikami wymiany (kolumna Stanowisko mówi, gdzie powstał każdy z nich).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Person:</source>
        <translation>&amp;Osoba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in any script, phone, PESEL</source>
        <translation>Imię i nazwisko w dowolnym alfabecie, telefon, PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— every person —</source>
        <translation>— wszystkie osoby —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— every user —</source>
        <translation>— wszyscy użytkownicy —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Odśwież (F5)</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the newest {limit} are shown: narrow the filter</source>
        <translation>pokazano tylko {limit} najnowszych: zawęź filtr</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/audit.py" line="+23"/>
        <source>Confidential note read</source>
        <translation>Odczyt poufnej notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation recorded</source>
        <translation>Zapisano konsultację</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation edited</source>
        <translation>Zmieniono konsultację</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up closed</source>
        <translation>Zamknięto działanie następcze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up rescheduled</source>
        <translation>Przełożono termin kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment recorded</source>
        <translation>Zapisano zatrudnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person registered</source>
        <translation>Zarejestrowano osobę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person edited</source>
        <translation>Zmieniono dane osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s page opened</source>
        <translation>Otwarto stronę osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity created</source>
        <translation>Utworzono działanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity&apos;s event (tag) changed</source>
        <translation>Zmieniono wydarzenie (tag) zajęć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance sheet exported</source>
        <translation>Wyeksportowano listę obecności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates exported</source>
        <translation>Wyeksportowano zaświadczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate verification page published</source>
        <translation>Opublikowano stronę weryfikacji zaświadczeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate verified</source>
        <translation>Sprawdzono zaświadczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup restored</source>
        <translation>Przywrócono kopię zapasową</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor report exported</source>
        <translation>Wyeksportowano raport dla grantodawcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report exported</source>
        <translation>Wyeksportowano raport miesięczny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of a report sent saved</source>
        <translation>Zapisano kopię wysłanego raportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate settings changed</source>
        <translation>Zmieniono ustawienia zaświadczeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle lock changed</source>
        <translation>Zmieniono czas automatycznej blokady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate verification address changed</source>
        <translation>Zmieniono adres weryfikacji zaświadczeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account added</source>
        <translation>Dodano konto pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account changed</source>
        <translation>Zmieniono konto pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN reset</source>
        <translation>Zresetowano PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own PIN changed</source>
        <translation>Zmieniono własny PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Zresetowano hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation>Zmieniono własne hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First password chosen (instead of the old PIN)</source>
        <translation>Ustawiono pierwsze hasło (zamiast dawnego PIN-u)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own lock-screen PIN set</source>
        <translation>Ustawiono własny PIN do ekranu blokady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own lock-screen PIN removed</source>
        <translation>Usunięto własny PIN do ekranu blokady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed login or unlock</source>
        <translation>Nieudane logowanie lub odblokowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked after failed attempts</source>
        <translation>Konto zablokowane po nieudanych próbach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery key made</source>
        <translation>Utworzono nowy klucz odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database encrypted</source>
        <translation>Baza danych zaszyfrowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator&apos;s password set with the recovery key</source>
        <translation>Hasło administratora ustawione kluczem odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key for notes made for a staff member</source>
        <translation>Utworzono klucz do notatek dla pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to notes passed on to colleagues waiting for it</source>
        <translation>Dostęp do notatek przekazany oczekującym współpracownikom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes from an older version encrypted</source>
        <translation>Zaszyfrowano notatki ze starszej wersji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to notes given with the recovery key</source>
        <translation>Dostęp do notatek nadany kluczem odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note opened with the recovery key</source>
        <translation>Notatka otwarta kluczem odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session cancelled</source>
        <translation>Spotkanie odwołane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity cancelled</source>
        <translation>Zajęcia odwołane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person anonymised</source>
        <translation>Osoba zanonimizowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Wycofano zgodę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased: retention period over</source>
        <translation>Usunięto dane: minął okres przechowywania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups older than the retention period deleted</source>
        <translation>Usunięto kopie zapasowe starsze niż okres przechowywania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention period changed</source>
        <translation>Zmieniono okres przechowywania danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held about a person exported (PDF and JSON)</source>
        <translation>Wyeksportowano wszystko, co przechowujemy o osobie (PDF i JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People imported</source>
        <translation>Import osób</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons merged</source>
        <translation>Połączono osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge undone</source>
        <translation>Cofnięto połączenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project created</source>
        <translation>Utworzono projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project changed</source>
        <translation>Zmieniono projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current project chosen</source>
        <translation>Wybrano bieżący projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator added</source>
        <translation>Dodano wskaźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator changed</source>
        <translation>Zmieniono wskaźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator removed</source>
        <translation>Usunięto wskaźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator moved</source>
        <translation>Przesunięto wskaźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records behind a figure viewed</source>
        <translation>Wyświetlono rekordy za liczbą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre key made from the former sync passphrase</source>
        <translation>Klucz centrum utworzony z dawnego hasła synchronizacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange file written</source>
        <translation>Zapisano plik wymiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange file read</source>
        <translation>Wczytano plik wymiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk joined the centre</source>
        <translation>Stanowisko dołączyło do centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data rebuilt from the change log</source>
        <translation>Odbudowano dane z dziennika zmian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict settled</source>
        <translation>Rozstrzygnięto konflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk retired</source>
        <translation>Wycofano stanowisko</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/follow_ups.py" line="+71"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations</source>
        <translation>Konsultacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Otwarte terminy kontaktu</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../wic_desk/cli.py" line="+33"/>
        <source>Login: </source>
        <translation>Login: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password: </source>
        <translation>Hasło: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first administrator&apos;s password: </source>
        <translation>Hasło pierwszego administratora: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again: </source>
        <translation>To samo hasło jeszcze raz: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery key (from the sealed envelope): </source>
        <translation>Klucz odzyskiwania (z zapieczętowanej koperty): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password: </source>
        <translation>Nowe hasło: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{login} has a new password. Make a new recovery key in Administration and seal it: this one has been seen.</source>
        <translation>{login} ma nowe hasło. Utwórz nowy klucz odzyskiwania w Administracji i zapieczętuj go: ten został już odczytany.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The join code (or the centre&apos;s recovery key): </source>
        <translation>Kod dołączenia (lub klucz odzyskiwania centrum): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the new desk this join code with the file, not in the same message; it is shown only now: {code}</source>
        <translation>Przekaż nowemu stanowisku ten kod dołączenia razem z plikiem, ale nie w tej samej wiadomości; jest pokazywany tylko teraz: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is now encrypted; an encrypted backup was made and {removed} unencrypted backups were deleted.</source>
        <translation>Baza danych jest teraz zaszyfrowana; utworzono zaszyfrowaną kopię zapasową, a {removed} niezaszyfrowanych kopii usunięto.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/merge.py" line="+45"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First person</source>
        <translation>Pierwsza osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second person</source>
        <translation>Druga osoba</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two records differ here.</source>
        <translation>Tu oba rekordy się różnią.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/gui/pages/merge.py" line="+59"/>
        <source>Name (as in the document)</source>
        <translation>Imię i nazwisko (jak w dokumencie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Imię i nazwisko w oryginalnym zapisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Obywatelstwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, district</source>
        <translation>Miejscowość, dzielnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence status</source>
        <translation>Status pobytowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Zarejestrowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>ConflictValuesModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/sync.py" line="+265"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown now</source>
        <translation>Obecnie widoczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written at desk</source>
        <translation>Zapisano na stanowisku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>shown</source>
        <translation>widoczna</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location line="-46"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown value</source>
        <translation>Widoczna wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other values</source>
        <translation>Inne wartości</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/consultation.py" line="+254"/>
        <source>Edit consultation</source>
        <translation>Edytuj konsultację</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record consultation</source>
        <translation>Zapisz konsultację</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation with {name}</source>
        <translation>Konsultacja: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuty:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Topics:</source>
        <translation>&amp;Tematy:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may &amp;read the note:</source>
        <translation>Kto może &amp;czytać notatkę:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up:</source>
        <translation>Termin kontaktu:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>M&amp;ode:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not given —</source>
        <translation>— nie podano —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpreter used</source>
        <translation>&amp;Z udziałem tłumacza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No topics yet: an administrator adds them (Admin → Consultation topics).</source>
        <translation>Nie ma jeszcze tematów: dodaje je administrator (Administracja → Tematy konsultacji).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was discussed and agreed. Enter starts a new line; Ctrl+Enter saves.</source>
        <translation>Co omówiono i ustalono. Enter zaczyna nowy wiersz; Ctrl+Enter zapisuje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal: every counsellor and specialist</source>
        <translation>Zwykła: każdy doradca i specjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialists of the same kind only</source>
        <translation>Tylko specjaliści tej samej dziedziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only me (the author)</source>
        <translation>Tylko ja (autor)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receptionists and coordinators see only that the consultation happened (kind, date, staff member), never the note.</source>
        <translation>Recepcjoniści i koordynatorzy widzą tylko, że konsultacja się odbyła (rodzaj, data, pracownik), nigdy notatkę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow up on</source>
        <translation>&amp;Termin kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Zapisz (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Anuluj (Esc)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your access to this note is still pending; left empty, the note stays as it is.</source>
        <translation>Twój dostęp do tej notatki jeszcze nie dotarł; jeśli pole zostanie puste, notatka pozostanie bez zmian.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Your role does not record consultations.</source>
        <translation>Twoja rola nie pozwala zapisywać konsultacji.</translation>
    </message>
</context>
<context>
    <name>ConsultationsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/consultations.py" line="+34"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Poufność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Termin kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not shown to you</source>
        <translation>Niewidoczna dla ciebie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} (done)</source>
        <translation>{date} (zrobione)</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../wic_desk/domain/enums.py" line="+217"/>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Białoruś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Rosja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Gruzja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Mołdawia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kazachstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Tadżykistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbejdżan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Turcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Indie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Syria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Afganistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stateless / unknown</source>
        <translation>Bezpaństwowiec / nieznane</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/dashboard.py" line="+92"/>
        <source>Counting the indicators…</source>
        <translation>Liczenie wskaźników…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting the persons served…</source>
        <translation>Liczenie osób objętych wsparciem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting the services…</source>
        <translation>Liczenie usług…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the activities…</source>
        <translation>Zestawianie działań…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the employment outcomes…</source>
        <translation>Zestawianie zatrudnień…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the workbook…</source>
        <translation>Zapisywanie skoroszytu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Starts on {date}</source>
        <translation>Rozpoczyna się {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended on {date}</source>
        <translation>Zakończył się {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left: {n}</source>
        <translation>Pozostało dni: {n}</translation>
    </message>
    <message>
        <location line="+555"/>
        <source>Refresh (F5)</source>
        <translation>Odśwież (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly report…</source>
        <translation>Raport &amp;miesięczny…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Donor report…</source>
        <translation>Raport dla &amp;grantodawcy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports &amp;sent… (Ctrl+Shift+R)</source>
        <translation>Raporty &amp;wysłane… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every report written, kept exactly as it was sent</source>
        <translation>Każdy sporządzony raport, przechowywany dokładnie w takiej postaci, w jakiej został wysłany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators over the project&apos;s period: click a figure to see the records behind it</source>
        <translation>Wskaźniki w okresie projektu: kliknij liczbę, aby zobaczyć rekordy, z których wynika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons served per month, by service (each person once per bar)</source>
        <translation>Osoby objęte wsparciem w miesiącu, według usługi (każda osoba raz na słupek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project dashboard</source>
        <translation>Pulpit projektu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Project period: {start} – {end}</source>
        <translation>Okres projektu: {start} – {end}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the records behind this figure</source>
        <translation>Pokaż rekordy, z których wynika ta liczba</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No target set yet: a coordinator sets one on the Projects page.</source>
        <translation>Nie ustalono jeszcze wartości docelowej: ustala ją koordynator na stronie Projekty.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Donor report</source>
        <translation>Raport dla grantodawcy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly report</source>
        <translation>Raport miesięczny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the report…</source>
        <translation>Przygotowywanie raportu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the report in the background; you can go on working.</source>
        <translation>Raport przygotowuje się w tle; możesz dalej pracować.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Raport anulowano; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The report could not be saved as {name}: {reason}. Is the file open in another program?</source>
        <translation>Nie udało się zapisać raportu jako {name}: {reason}. Czy plik jest otwarty w innym programie?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report saved: {file} (&lt;a href=&quot;{folder}&quot;&gt;open the folder&lt;/a&gt;)</source>
        <translation>Zapisano raport: {file} (&lt;a href=&quot;{folder}&quot;&gt;otwórz folder&lt;/a&gt;)</translation>
    </message>
</context>
<context>
    <name>DeskFeedback</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/desk_feedback.py" line="+21"/>
        <source>Something went wrong and nothing was changed. The details are in the log file.</source>
        <translation>Coś poszło nie tak i nic nie zostało zmienione. Szczegóły są w pliku dziennika.</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/desk.py" line="+186"/>
        <source>Type a name in any script, phone number, PESEL or date of birth. Down arrow moves to the results.</source>
        <translation>Wpisz imię lub nazwisko w dowolnym alfabecie, numer telefonu, PESEL lub datę urodzenia. Strzałka w dół przechodzi do wyników.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one found for “{query}”. Check the spelling, or register a new person (Ctrl+N).</source>
        <translation>Nikogo nie znaleziono dla „{query}”. Sprawdź pisownię albo zarejestruj nową osobę (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s) found. Down arrow: results · Enter: open · Ctrl+R: record visit</source>
        <translation>
            <numerusform>Znaleziono %n osobę. Strzałka w dół: wyniki · Enter: otwórz · Ctrl+R: zapisz wizytę</numerusform>
            <numerusform>Znaleziono %n osoby. Strzałka w dół: wyniki · Enter: otwórz · Ctrl+R: zapisz wizytę</numerusform>
            <numerusform>Znaleziono %n osób. Strzałka w dół: wyniki · Enter: otwórz · Ctrl+R: zapisz wizytę</numerusform>
        </translation>
    </message>
    <message>
        <location line="+121"/>
        <source>stable</source>
        <translation>stabilne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stable</source>
        <translation>niestabilne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employed since {date}: {contract} ({stable})</source>
        <translation>Zatrudnienie od {date}: {contract} ({stable})</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n wizyta</numerusform>
            <numerusform>%n wizyty</numerusform>
            <numerusform>%n wizyt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/desk_page.ui" line="+14"/>
        <source>Front desk</source>
        <translation>Recepcja</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name in any script, phone, PESEL, date of birth — Ctrl+F</source>
        <translation>Imię i nazwisko w dowolnym alfabecie, telefon, PESEL, data urodzenia — Ctrl+F</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register a new person, starting from what is typed in the search field (Ctrl+N)</source>
        <translation>Zarejestruj nową osobę, zaczynając od tego, co wpisano w polu wyszukiwania (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register new person (Ctrl+N)</source>
        <translation>Zarejestruj nową osobę (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A visit of someone who does not consent to registration: no name is kept (Ctrl+Shift+A)</source>
        <translation>Wizyta osoby, która nie zgadza się na rejestrację: nazwisko nie jest zapisywane (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous visit (Ctrl+Shift+A)</source>
        <translation>Wizyta anonimowa (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a name, phone number, PESEL or date of birth. Down arrow moves to the results.</source>
        <translation>Wpisz imię lub nazwisko, numer telefonu, PESEL lub datę urodzenia. Strzałka w dół przechodzi do wyników.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Record a visit of the selected person (Ctrl+R)</source>
        <translation>Zapisz wizytę wybranej osoby (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record visit (Ctrl+R)</source>
        <translation>Zapisz wizytę (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record a consultation with the selected person (Ctrl+Shift+K)</source>
        <translation>Zapisz konsultację z wybraną osobą (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record consultation (Ctrl+Shift+K)</source>
        <translation>Zapisz konsultację (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the selected person&apos;s page (Enter or double-click)</source>
        <translation>Otwórz stronę wybranej osoby (Enter lub dwuklik)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open person (Enter)</source>
        <translation>Otwórz osobę (Enter)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Today&apos;s visits</source>
        <translation>&amp;Dzisiejsze wizyty</translation>
    </message>
</context>
<context>
    <name>DrilldownDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/dashboard.py" line="-594"/>
        <source>Records behind a figure</source>
        <translation>Rekordy, z których wynika liczba</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{period} · figure: {figure} · records listed: {rows}</source>
        <translation>{period} · liczba: {figure} · wymienione rekordy: {rows}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hours of the sessions listed add up to the figure ({hours})</source>
        <translation>godziny wymienionych spotkań sumują się do tej liczby ({hours})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the services of the records listed add up to the figure ({services})</source>
        <translation>usługi z wymienionych rekordów sumują się do wyniku ({services})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each person once; double-click a person to open their page</source>
        <translation>każda osoba raz; kliknij dwukrotnie osobę, aby otworzyć jej stronę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first {n} are listed</source>
        <translation>wymieniono tylko pierwsze {n}</translation>
    </message>
</context>
<context>
    <name>DrilldownModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/dashboard.py" line="+22"/>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity attendance</source>
        <translation>Obecność na działaniach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(consent withdrawn: counted only)</source>
        <translation>(zgoda wycofana: tylko w liczbach)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(anonymous visit)</source>
        <translation>(wizyta anonimowa)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First date</source>
        <translation>Pierwsza data</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Received</source>
        <translation>Otrzymane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>Razy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>First session</source>
        <translation>Pierwsze spotkanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sessions held</source>
        <translation>Zrealizowane spotkania</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Present</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/retention_dialog.py" line="+43"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/person_duplicates.py" line="+52"/>
        <source>Possible duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone similar is already registered. Open them if it is the same person; otherwise you can still register.</source>
        <translation>Ktoś podobny jest już zarejestrowany. Otwórz tę osobę, jeśli to ta sama; w przeciwnym razie możesz ją zarejestrować.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicates</source>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People already registered with a similar name or the same date of birth will show here while you type.</source>
        <translation>Podczas wpisywania pojawią się tu już zarejestrowane osoby o podobnym nazwisku lub tej samej dacie urodzenia.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>same date of birth</source>
        <translation>ta sama data urodzenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open existing</source>
        <translation>Otwórz istniejącą</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/person.py" line="+739"/>
        <source>Edit person</source>
        <translation>Edytuj osobę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Zapisz (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>EnrolmentModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/activities.py" line="+39"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Imię i nazwisko w oryginalnym zapisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Moves up when an enrolled participant withdraws.</source>
        <translation>Przejdzie na listę uczestników, gdy ktoś zapisany się wypisze.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../wic_desk/domain/enums.py" line="-104"/>
        <source>Receptionist</source>
        <translation>Recepcjonista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other / not stated</source>
        <translation>Inna / nie podano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary protection (PESEL UKR)</source>
        <translation>Ochrona czasowa (PESEL UKR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary residence permit</source>
        <translation>Zezwolenie na pobyt czasowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent residence</source>
        <translation>Pobyt stały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International protection</source>
        <translation>Ochrona międzynarodowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa</source>
        <translation>Wiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa-free stay</source>
        <translation>Pobyt bezwizowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None / other</source>
        <translation>Brak / inny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Pisemna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal, certified by staff</source>
        <translation>Ustna, potwierdzona przez pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Nie pytano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without disability</source>
        <translation>Bez niepełnosprawności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With disability</source>
        <translation>Z niepełnosprawnością</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household</source>
        <translation>Głowa gospodarstwa domowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse / partner</source>
        <translation>Małżonek / partner(ka)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Rodzic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>Rodzeństwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation>Inny krewny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Vocational counselling</source>
        <translation>Doradztwo zawodowe</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Job-search support</source>
        <translation>Wsparcie w poszukiwaniu pracy</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Legal consultation</source>
        <translation>Konsultacja prawna</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Administrative consultation</source>
        <translation>Konsultacja administracyjna</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Lawyer</source>
        <translation>Prawnik</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Psychologist</source>
        <translation>Psycholog</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Tax advisor</source>
        <translation>Doradca podatkowy</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+25"/>
        <source>Polish language course</source>
        <translation>Kurs języka polskiego</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Workshops and meetings</source>
        <translation>Warsztaty i spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Normal</source>
        <translation>Zwykła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialists of the same kind only</source>
        <translation>Tylko specjaliści tej samej dziedziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author only</source>
        <translation>Tylko autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefonicznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment contract</source>
        <translation>Umowa o pracę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandate contract</source>
        <translation>Umowa zlecenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-employment</source>
        <translation>Działalność gospodarcza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adaptation meeting</source>
        <translation>Spotkanie adaptacyjne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adaptation meeting for Ukrainian community representatives</source>
        <translation>Spotkanie adaptacyjne dla przedstawicieli społeczności ukraińskiej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration workshop for children</source>
        <translation>Warsztaty integracyjne dla dzieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration workshop for adults</source>
        <translation>Warsztaty integracyjne dla dorosłych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Festival workshop</source>
        <translation>Warsztaty festiwalowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language club</source>
        <translation>Klub językowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online course &quot;Foreigners in Poland&quot;</source>
        <translation>Kurs online „Cudzoziemcy w Polsce”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Nieobecny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>Usprawiedliwiony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Zapisany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Lista rezerwowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Wycofany</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../wic_desk/cli.py" line="+8"/>
        <source>Wrong command: {detail}. See wic-desk --help.</source>
        <translation>Błędne polecenie: {detail}. Zobacz wic-desk --help.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>There is no database at {path}. Set this desk up first: start the app, or run wic-desk init, or join a centre with wic-desk sync import FILE --desk NAME.</source>
        <translation>Nie ma bazy danych w {path}. Najpierw skonfiguruj to stanowisko: uruchom aplikację albo wykonaj wic-desk init, albo dołącz do centrum poleceniem wic-desk sync import PLIK --desk NAZWA.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This database is not set up yet. Run wic-desk init first.</source>
        <translation>Ta baza danych nie jest jeszcze skonfigurowana. Najpierw uruchom wic-desk init.</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Say who you are: your login in WIC_DESK_USER and your password in WIC_DESK_PASSWORD or --password-file FILE.</source>
        <translation>Podaj, kim jesteś: login w WIC_DESK_USER, a hasło w WIC_DESK_PASSWORD lub --password-file PLIK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the first administrator&apos;s password in WIC_DESK_PASSWORD or --password-file FILE.</source>
        <translation>Podaj hasło pierwszego administratora w WIC_DESK_PASSWORD lub --password-file PLIK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the password file {path}.</source>
        <translation>Nie można odczytać pliku z hasłem {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wic_desk/gui/pages/setup_wizard.py" line="+45"/>
        <location filename="../../wic_desk/gui/pages/staff.py" line="+51"/>
        <location filename="../../wic_desk/services/auth.py" line="+64"/>
        <source>The two passwords are not the same.</source>
        <translation>Wpisane hasła się różnią.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the recovery key in WIC_DESK_RECOVERY_KEY, or run the command on a terminal.</source>
        <translation>Podaj klucz odzyskiwania w WIC_DESK_RECOVERY_KEY albo uruchom polecenie w terminalu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the new password in WIC_DESK_PASSWORD or --password-file FILE.</source>
        <translation>Podaj nowe hasło w WIC_DESK_PASSWORD albo --password-file PLIK.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the join code shown when the join file was written (or the centre&apos;s recovery key) in WIC_DESK_JOIN_CODE, or run the command on a terminal.</source>
        <translation>Podaj kod dołączenia pokazany przy zapisie pliku dołączenia (lub klucz odzyskiwania centrum) w WIC_DESK_JOIN_CODE albo uruchom polecenie w terminalu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk was set up before exchange files used the centre key: give the centre&apos;s former sync passphrase once, in WIC_DESK_PASSPHRASE or --passphrase-file FILE (after that, no passphrase is needed).</source>
        <translation>To stanowisko skonfigurowano, zanim pliki wymiany zaczęły używać klucza centrum: podaj raz dawne hasło synchronizacji centrum w WIC_DESK_PASSPHRASE lub --passphrase-file PLIK (potem hasło nie będzie już potrzebne).</translation>
    </message>
    <message>
        <location line="+355"/>
        <source>The number of persons cannot be negative.</source>
        <translation>Liczba osób nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of visits cannot be negative.</source>
        <translation>Liczba wizyt nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>&quot;{value}&quot; is not a valid id.</source>
        <translation>„{value}” nie jest prawidłowym identyfikatorem.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not genuine: no certificate has this serial number and code.</source>
        <translation>Nieprawdziwe: żadne zaświadczenie nie ma takiego numeru i kodu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give --activity ID and --out FILE.pdf (or verify SERIAL CODE).</source>
        <translation>Podaj --activity ID i --out PLIK.pdf (albo verify NUMER KOD).</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>This database is not set up yet. Give --desk NAME to set this desk up from a full exchange file.</source>
        <translation>Ta baza danych nie jest jeszcze skonfigurowana. Podaj --desk NAZWA, aby skonfigurować to stanowisko z pełnego pliku wymiany.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/domain/errors.py" line="+48"/>
        <source>Some fields need correcting.</source>
        <translation>Niektóre pola wymagają poprawienia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role does not allow this.</source>
        <translation>Twoja rola na to nie pozwala.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/domain/validation.py" line="+32"/>
        <source>&quot;{value}&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>„{value}” nie jest datą (użyj formatu RRRR-MM-DD).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>Data urodzenia nie może być w przyszłości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>Data urodzenia jest sprzed ponad 120 lat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../wic_desk/services/consultations.py" line="+90"/>
        <location filename="../../wic_desk/services/people.py" line="+154"/>
        <location filename="../../wic_desk/services/visits.py" line="+37"/>
        <source>This date cannot be in the future.</source>
        <translation>Ta data nie może być w przyszłości.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A PESEL has exactly 11 digits.</source>
        <translation>Numer PESEL ma dokładnie 11 cyfr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PESEL is not valid: its check digit is wrong.</source>
        <translation>Ten numer PESEL jest nieprawidłowy: błędna cyfra kontrolna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PESEL is not valid: its date part is impossible.</source>
        <translation>Ten numer PESEL jest nieprawidłowy: zawiera niemożliwą datę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PESEL gives the date of birth {date}, not the one entered.</source>
        <translation>Z numeru PESEL wynika data urodzenia {date}, a nie wpisana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PESEL does not agree with the sex entered.</source>
        <translation>Numer PESEL nie zgadza się z wybraną płcią.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A phone number has 7 to 15 digits, optionally starting with +.</source>
        <translation>Numer telefonu ma od 7 do 15 cyfr i może zaczynać się od +.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This e-mail address is not valid.</source>
        <translation>Ten adres e-mail jest nieprawidłowy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../wic_desk/gui/pages/setup_wizard.py" line="-1"/>
        <location filename="../../wic_desk/gui/pages/staff.py" line="-1"/>
        <location filename="../../wic_desk/gui/widgets/password_dialogs.py" line="+42"/>
        <location filename="../../wic_desk/services/activities.py" line="+53"/>
        <location filename="../../wic_desk/services/auth.py" line="+369"/>
        <location line="+2"/>
        <location filename="../../wic_desk/services/consultations.py" line="+214"/>
        <location filename="../../wic_desk/services/people.py" line="+2"/>
        <location filename="../../wic_desk/services/projects.py" line="+42"/>
        <location filename="../../wic_desk/services/setup.py" line="+81"/>
        <location line="+2"/>
        <location line="+2"/>
        <location filename="../../wic_desk/services/sync.py" line="+488"/>
        <location line="+228"/>
        <source>This field is required.</source>
        <translation>To pole jest wymagane.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/auth.py" line="-370"/>
        <source>The two PINs are not the same.</source>
        <translation>Wpisane PIN-y się różnią.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/app.py" line="+265"/>
        <location filename="../../wic_desk/gui/widgets/form_errors.py" line="+18"/>
        <source>An unexpected error happened; it was written to the log file. Please report it.</source>
        <translation>Wystąpił nieoczekiwany błąd; zapisano go w pliku dziennika. Prosimy go zgłosić.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/gui/widgets/person_form.py" line="+77"/>
        <source>Type the date as DD.MM.YYYY or YYYY-MM-DD, or only the year.</source>
        <translation>Wpisz datę jako DD.MM.RRRR lub RRRR-MM-DD albo sam rok.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/activities.py" line="+2"/>
        <source>An activity needs at least one session.</source>
        <translation>Działanie musi mieć co najmniej jedno spotkanie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The capacity must be at least 1.</source>
        <translation>Liczba miejsc musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a percentage between 1 and 100.</source>
        <translation>Wybierz wartość procentową od 1 do 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A session lasts more than 0 and at most 24 hours.</source>
        <translation>Spotkanie trwa dłużej niż 0 i najwyżej 24 godziny.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+51"/>
        <location line="+99"/>
        <location line="+70"/>
        <location filename="../../wic_desk/services/sheets.py" line="+57"/>
        <source>No such activity.</source>
        <translation>Nie ma takiego działania.</translation>
    </message>
    <message>
        <location line="-167"/>
        <location filename="../../wic_desk/services/consultations.py" line="-199"/>
        <location filename="../../wic_desk/services/merge.py" line="+75"/>
        <location line="+15"/>
        <location filename="../../wic_desk/services/outcomes.py" line="+67"/>
        <location filename="../../wic_desk/services/people.py" line="+70"/>
        <location line="+34"/>
        <location line="+362"/>
        <location filename="../../wic_desk/services/subject_export.py" line="+170"/>
        <location filename="../../wic_desk/services/visits.py" line="+4"/>
        <source>No such person.</source>
        <translation>Nie ma takiej osoby.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This person is not enrolled.</source>
        <translation>Ta osoba nie jest zapisana.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+110"/>
        <source>No such session.</source>
        <translation>Nie ma takiego spotkania.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>This session or activity was cancelled: attendance is not marked for it.</source>
        <translation>To spotkanie lub te zajęcia zostały odwołane: obecności się dla nich nie zaznacza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why it was cancelled (the reason is kept with it).</source>
        <translation>Podaj powód odwołania (zostanie zapisany).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was cancelled already.</source>
        <translation>To zostało już odwołane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the reason under 300 characters.</source>
        <translation>Powód może mieć najwyżej 300 znaków.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/auth.py" line="-3"/>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>To konto zostało dezaktywowane. Zwróć się do administratora.</translation>
    </message>
    <message>
        <location line="+375"/>
        <source>Choose the kind of specialist.</source>
        <translation>Wybierz rodzaj specjalisty.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This login is already taken.</source>
        <translation>Ten login jest już zajęty.</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+23"/>
        <location line="+92"/>
        <location line="+26"/>
        <source>No such staff member.</source>
        <translation>Nie ma takiego pracownika.</translation>
    </message>
    <message>
        <location line="-443"/>
        <source>Wrong PIN or password.</source>
        <translation>Błędny PIN lub hasło.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked after too many failed attempts; try again in {seconds} s.</source>
        <translation>Konto zablokowane po zbyt wielu nieudanych próbach; spróbuj za {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked after too many failed attempts; try again in {minutes} min.</source>
        <translation>Konto zablokowane po zbyt wielu nieudanych próbach; spróbuj za {minutes} min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has no password yet: log in to the app once and choose one.</source>
        <translation>To konto nie ma jeszcze hasła: zaloguj się raz w aplikacji i wybierz je.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a password other than the one you have now.</source>
        <translation>Wybierz hasło inne niż obecne.</translation>
    </message>
    <message>
        <location line="+413"/>
        <source>You cannot deactivate your own account or take away your own administrator role.</source>
        <translation>Nie możesz dezaktywować własnego konta ani odebrać sobie roli administratora.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/backup.py" line="+44"/>
        <location filename="../../wic_desk/services/importer.py" line="+531"/>
        <location filename="../../wic_desk/sync/fileformat.py" line="+89"/>
        <source>The file {name} does not exist.</source>
        <translation>Plik {name} nie istnieje.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../wic_desk/services/context.py" line="+61"/>
        <location line="+6"/>
        <source>This file is not a WIC Desk database, or it is damaged.</source>
        <translation>Ten plik nie jest bazą danych WIC Desk albo jest uszkodzony.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This backup was made by a newer version of WIC Desk. Please update the app; the database was not changed.</source>
        <translation>Ta kopia zapasowa została utworzona przez nowszą wersję WIC Desk. Zaktualizuj aplikację; baza danych nie została zmieniona.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../wic_desk/services/context.py" line="+185"/>
        <source>Backups are made only of a database file on this computer.</source>
        <translation>Kopie zapasowe można robić tylko z pliku bazy danych na tym komputerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the database itself; choose a backup file to restore.</source>
        <translation>To jest sama baza danych; wybierz plik kopii zapasowej do przywrócenia.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/consultations.py" line="-13"/>
        <source>The length must be between 1 and 600 minutes.</source>
        <translation>Czas trwania musi wynosić od 1 do 600 minut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up cannot be before the consultation.</source>
        <translation>Termin kontaktu nie może być wcześniejszy niż konsultacja.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+118"/>
        <location filename="../../wic_desk/services/notes.py" line="+499"/>
        <source>No such consultation.</source>
        <translation>Nie ma takiej konsultacji.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A follow-up cannot be moved into the past.</source>
        <translation>Terminu kontaktu nie można przenieść w przeszłość.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/context.py" line="-196"/>
        <source>The database is busy: another window or program is writing to it. Try again in a moment.</source>
        <translation>Baza danych jest zajęta: inne okno lub program właśnie do niej zapisuje. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full or cannot be written. Free some space and try again.</source>
        <translation>Dysk jest pełny lub nie można na nim zapisywać. Zwolnij miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../wic_desk/store/lock.py" line="+149"/>
        <source>The database file cannot be opened for writing. Check the folder&apos;s permissions.</source>
        <translation>Nie można otworzyć pliku bazy danych do zapisu. Sprawdź uprawnienia do folderu.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The database reported an error: {detail}</source>
        <translation>Baza danych zgłosiła błąd: {detail}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file is not a WIC Desk database, or its key file {name} is missing: a copy of a database needs its key file beside it. Nothing was changed.</source>
        <translation>To nie jest baza danych WIC Desk albo brakuje jej pliku klucza {name}: kopia bazy danych potrzebuje obok siebie swojego pliku klucza. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is encrypted: log in to open it.</source>
        <translation>Ta baza danych jest zaszyfrowana: zaloguj się, aby ją otworzyć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file beside this database does not belong to it; nothing was changed.</source>
        <translation>Plik klucza obok tej bazy danych nie należy do niej; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The database path is a folder, not a file.</source>
        <translation>Ścieżka bazy danych wskazuje folder, a nie plik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wic_desk/services/demo.py" line="+1465"/>
        <source>The folder for the database does not exist.</source>
        <translation>Folder bazy danych nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/importer.py" line="-244"/>
        <source>No first-name and last-name columns were found in {name}: the first row must name the columns, e.g. Imię and Nazwisko, Ім&apos;я and Прізвище, or First name and Last name.</source>
        <translation>W pliku {name} nie znaleziono kolumn z imieniem i nazwiskiem: pierwszy wiersz musi zawierać nazwy kolumn, np. Imię i Nazwisko, Ім&apos;я i Прізвище albo First name i Last name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {name} is not an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>Plik {name} nie jest skoroszytem Excela (.xlsx) ani plikiem CSV.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+208"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>The file {name} is empty.</source>
        <translation>Plik {name} jest pusty.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The file {name} cannot be read as an Excel workbook: it may be damaged.</source>
        <translation>Nie można odczytać pliku {name} jako skoroszytu Excela: może być uszkodzony.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file {name} cannot be read.</source>
        <translation>Nie można odczytać pliku {name}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unknown value; use K/M, F/M, kobieta/mężczyzna, жінка/чоловік, female/male or other.</source>
        <translation>Nieznana wartość; użyj K/M, F/M, kobieta/mężczyzna, жінка/чоловік, female/male lub other.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not a possible date; use YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>Niemożliwa data; użyj RRRR-MM-DD lub DD.MM.RRRR.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown country; use a two-letter code such as UA.</source>
        <translation>Nieznany kraj; użyj dwuliterowego kodu, np. UA.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This text is too long (at most {max} characters).</source>
        <translation>Ten tekst jest za długi (najwyżej {max} znaków).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The rejects file {name} cannot be written; nothing was imported.</source>
        <translation>Nie można zapisać pliku odrzuconych wierszy {name}; nic nie zaimportowano.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The rejects file cannot be the file being imported.</source>
        <translation>Plik odrzuconych wierszy nie może być plikiem importowanym.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This person is already registered.</source>
        <translation>Ta osoba jest już zarejestrowana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same person is already on row {row}.</source>
        <translation>Ta sama osoba jest już w wierszu {row}.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/outcomes.py" line="-8"/>
        <source>The start date is too far in the future.</source>
        <translation>Data rozpoczęcia jest zbyt daleko w przyszłości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours per week must be between 1 and 80.</source>
        <translation>Liczba godzin tygodniowo musi wynosić od 1 do 80.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The length must be at least one month.</source>
        <translation>Czas trwania musi wynosić co najmniej jeden miesiąc.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/people.py" line="-477"/>
        <source>The year of birth is not possible.</source>
        <translation>Taki rok urodzenia jest niemożliwy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent to data processing is needed before a person can be registered.</source>
        <translation>Przed zarejestrowaniem osoby potrzebna jest zgoda na przetwarzanie danych.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This person&apos;s data were erased; they cannot be edited.</source>
        <translation>Dane tej osoby zostały usunięte; nie można ich edytować.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The date of the withdrawal cannot be in the future.</source>
        <translation>Data wycofania zgody nie może być z przyszłości.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/setup.py" line="-6"/>
        <location filename="../../wic_desk/services/sync.py" line="-611"/>
        <source>This database is already set up.</source>
        <translation>Ta baza danych jest już skonfigurowana.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>Wybierz od 1 do 240 minut.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/sync.py" line="-1"/>
        <source>A new desk needs a full exchange file (&quot;everything&quot;) from a desk of the centre.</source>
        <translation>Nowe stanowisko potrzebuje pełnego pliku wymiany („wszystko”) z innego stanowiska centrum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is this desk itself: choose another desk.</source>
        <translation>To jest to samo stanowisko: wybierz inne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict has been settled already; refresh the list.</source>
        <translation>Ten konflikt został już rozstrzygnięty; odśwież listę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No desk called &quot;{name}&quot; is known here yet. A desk becomes known here once a file it wrote has been read here: at that desk, write an exchange file (wic-desk sync export --out FILE) and read it here (wic-desk sync import FILE), then try again. For a new desk, write its join file here: wic-desk sync export --new-desk NAME --out FILE.</source>
        <translation>Stanowisko „{name}” nie jest tu jeszcze znane. Stanowisko staje się tu znane, gdy odczyta się tu zapisany przez nie plik: na tamtym stanowisku zapisz plik wymiany (wic-desk sync export --out PLIK) i odczytaj go tutaj (wic-desk sync import PLIK), a potem spróbuj ponownie. Dla nowego stanowiska zapisz tutaj jego plik dołączenia: wic-desk sync export --new-desk NAZWA --out PLIK.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A desk called &quot;{name}&quot; is known here already: give the new desk another name.</source>
        <translation>Stanowisko „{name}” jest tu już znane: nadaj nowemu stanowisku inną nazwę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file for a new desk is a full file: give the new desk&apos;s name, not another desk.</source>
        <translation>Plik dla nowego stanowiska to pełny plik: podaj nazwę nowego stanowiska, a nie innego stanowiska.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Several desks are called &quot;{name}&quot; here; give the desk&apos;s id instead: {ids}.</source>
        <translation>Kilka stanowisk nazywa się tu „{name}”; podaj zamiast nazwy identyfikator stanowiska: {ids}.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Enter the centre&apos;s former sync passphrase.</source>
        <translation>Wpisz dawne hasło synchronizacji centrum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk was set up before exchange files used the centre key. Enter the centre&apos;s former sync passphrase once (the same on every desk); after that, no passphrase is needed.</source>
        <translation>To stanowisko skonfigurowano, zanim pliki wymiany zaczęły używać klucza centrum. Wpisz raz dawne hasło synchronizacji centrum (to samo na każdym stanowisku); potem hasło nie będzie już potrzebne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk has the centre key already.</source>
        <translation>To stanowisko ma już klucz centrum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exchange file is from another centre, or the former sync passphrase entered on this desk was not the centre&apos;s. If it was mistyped, enter it again; nothing was changed.</source>
        <translation>Ten plik wymiany pochodzi z innego centrum albo dawne hasło synchronizacji wpisane na tym stanowisku nie było hasłem centrum. Jeśli wpisano je z błędem, wpisz je ponownie; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This desk is not known here; refresh the list.</source>
        <translation>To stanowisko nie jest tu znane; odśwież listę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk has been retired already.</source>
        <translation>To stanowisko zostało już wycofane.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/certificates.py" line="+273"/>
        <location line="+62"/>
        <location filename="../../wic_desk/services/keys.py" line="+225"/>
        <location filename="../../wic_desk/services/retention.py" line="+138"/>
        <location filename="../../wic_desk/services/sync.py" line="+130"/>
        <location line="+21"/>
        <location line="+232"/>
        <location line="+176"/>
        <location filename="../../wic_desk/services/uow.py" line="+168"/>
        <source>This desk is not set up yet.</source>
        <translation>To stanowisko nie jest jeszcze skonfigurowane.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/sync.py" line="-170"/>
        <source>The folder for the exchange file does not exist.</source>
        <translation>Folder na plik wymiany nie istnieje.</translation>
    </message>
    <message>
        <location line="+403"/>
        <location line="+6"/>
        <source>No such record.</source>
        <translation>Nie ma takiego rekordu.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/visits.py" line="-14"/>
        <source>Choose at least one reason for the visit.</source>
        <translation>Wybierz co najmniej jeden cel wizyty.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose an age group from the list.</source>
        <translation>Wybierz grupę wiekową z listy.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/store/migrate.py" line="+128"/>
        <source>This database was made by a newer version of WIC Desk. Please update the app; the database was not changed.</source>
        <translation>Ta baza danych została utworzona przez nowszą wersję WIC Desk. Zaktualizuj aplikację; baza danych nie została zmieniona.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/documents/pdf.py" line="+53"/>
        <source>The font file {file} is missing: reinstall WIC Desk.</source>
        <translation>Brak pliku czcionki {file}: zainstaluj ponownie WIC Desk.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The layout template {file} is missing.</source>
        <translation>Brak szablonu układu {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>The layout template {file} cannot be read: check that it is valid JSON.</source>
        <translation>Nie można odczytać szablonu układu {file}: sprawdź, czy to poprawny JSON.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The layout template lacks the entry {entry}.</source>
        <translation>W szablonie układu brakuje pozycji {entry}.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/reports.py" line="+116"/>
        <source>No current project is set.</source>
        <translation>Nie ustawiono bieżącego projektu.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/drilldown.py" line="+58"/>
        <location filename="../../wic_desk/services/projects.py" line="+192"/>
        <location filename="../../wic_desk/services/reports.py" line="+23"/>
        <source>The end of the period is before its start.</source>
        <translation>Koniec okresu jest przed jego początkiem.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown counting rule.</source>
        <translation>Nieznana reguła liczenia.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../wic_desk/services/projects.py" line="+244"/>
        <source>No such indicator.</source>
        <translation>Nie ma takiego wskaźnika.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/reports.py" line="+2"/>
        <source>A report covers at most three years.</source>
        <translation>Raport obejmuje najwyżej trzy lata.</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>The report file name must end in .xlsx.</source>
        <translation>Nazwa pliku raportu musi kończyć się na .xlsx.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/report_archive.py" line="+36"/>
        <source>The archived report {name} is damaged (its checksum does not match): no copy was saved.</source>
        <translation>Zarchiwizowany raport {name} jest uszkodzony (suma kontrolna się nie zgadza): nie zapisano kopii.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No archived report has the id &quot;{value}&quot;.</source>
        <translation>Żaden zarchiwizowany raport nie ma identyfikatora „{value}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one archived report starts with &quot;{value}&quot;: give more of the id.</source>
        <translation>Więcej niż jeden zarchiwizowany raport zaczyna się od „{value}”: podaj dłuższy fragment identyfikatora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wic_desk/services/reports.py" line="+2"/>
        <source>The folder {name} does not exist.</source>
        <translation>Folder {name} nie istnieje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy could not be saved to {name}.</source>
        <translation>Nie udało się zapisać kopii w {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy&apos;s file name must end in .xlsx.</source>
        <translation>Nazwa pliku kopii musi kończyć się na .xlsx.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/reports.py" line="+27"/>
        <source>&quot;{value}&quot; is not a month (use YYYY-MM).</source>
        <translation>„{value}” nie jest miesiącem (użyj formatu RRRR-MM).</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/certificates.py" line="-81"/>
        <source>Give the page&apos;s address as http:// or https://, without spaces, at most 300 characters.</source>
        <translation>Podaj adres strony zaczynający się od http:// lub https://, bez spacji, najwyżej 300 znaków.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This desk has used up its certificate numbers for {year}.</source>
        <translation>To stanowisko wykorzystało wszystkie numery zaświadczeń na rok {year}.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This activity was cancelled: no certificates are issued for it.</source>
        <translation>Te zajęcia zostały odwołane: nie wystawia się za nie zaświadczeń.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wic_desk/services/sheets.py" line="+7"/>
        <source>This activity has no sessions.</source>
        <translation>To działanie nie ma spotkań.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The stored content of certificate {serial} is incomplete: it cannot be printed again.</source>
        <translation>Zapisana treść zaświadczenia {serial} jest niepełna: nie można go wydrukować ponownie.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This person is not enrolled in this activity.</source>
        <translation>Ta osoba nie jest zapisana na to działanie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person has not attended any session of this activity: there is nothing to certify.</source>
        <translation>Ta osoba nie była na żadnym spotkaniu tego działania: nie ma czego poświadczać.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+62"/>
        <location filename="../../wic_desk/services/sheets.py" line="+66"/>
        <location filename="../../wic_desk/services/subject_export.py" line="+170"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+34"/>
        <location line="+40"/>
        <location line="+64"/>
        <location line="+20"/>
        <location filename="../../wic_desk/services/sheets.py" line="+10"/>
        <location filename="../../wic_desk/services/subject_export.py" line="+17"/>
        <source>The file cannot be written: {reason}</source>
        <translation>Nie można zapisać pliku: {reason}</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>No participant of this activity meets the completion rule yet.</source>
        <translation>Żaden uczestnik tego działania nie spełnia jeszcze warunku ukończenia.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No certificate has the number {serial}.</source>
        <translation>Żadne zaświadczenie nie ma numeru {serial}.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/merge.py" line="-59"/>
        <source>A person cannot be merged with themselves.</source>
        <translation>Nie można scalić osoby z nią samą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person has already been merged into another one.</source>
        <translation>Ta osoba została już scalona z inną.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person to keep has been merged into another one: keep that one instead.</source>
        <translation>Osoba do zachowania została scalona z inną: zachowaj zamiast niej tamtą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is not merged into anyone.</source>
        <translation>Ta osoba nie jest scalona z nikim.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/sheets.py" line="-69"/>
        <source>This activity has no session number {number}: it has sessions 1 to {count}.</source>
        <translation>To działanie nie ma spotkania nr {number}: ma spotkania od 1 do {count}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose between 0 and 200 blank rows.</source>
        <translation>Wybierz od 0 do 200 pustych wierszy.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/sync/fileformat.py" line="-1"/>
        <source>The exchange file is empty; nothing was changed.</source>
        <translation>Plik wymiany jest pusty; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a WIC Desk exchange file; nothing was changed.</source>
        <translation>To nie jest plik wymiany WIC Desk; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync passphrase is wrong (or the file is damaged); nothing was changed.</source>
        <translation>Błędne hasło synchronizacji (albo plik jest uszkodzony); nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exchange file was written by an older version of WIC Desk, with a sync passphrase. Update the app on the desk that wrote it and write the file again; nothing was changed.</source>
        <translation>Ten plik wymiany zapisała starsza wersja WIC Desk, z hasłem synchronizacji. Zaktualizuj aplikację na stanowisku, które go zapisało, i zapisz plik ponownie; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exchange file is from another centre; nothing was changed.</source>
        <translation>Ten plik wymiany pochodzi z innego ośrodka; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exchange file was not made by a desk of this centre, or was changed since; nothing was changed.</source>
        <translation>Tego pliku wymiany nie utworzyło stanowisko tego centrum albo został później zmieniony; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange file is damaged or incomplete; nothing was changed.</source>
        <translation>Plik wymiany jest uszkodzony lub niepełny; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange file holds an unexpected entry; nothing was changed.</source>
        <translation>Plik wymiany zawiera nieoczekiwaną pozycję; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange file unpacks to more than the allowed size; nothing was changed.</source>
        <translation>Po rozpakowaniu plik wymiany przekracza dozwolony rozmiar; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange file was written by a newer version of WIC Desk (format {version}). Please update the app; nothing was changed.</source>
        <translation>Plik wymiany został zapisany przez nowszą wersję WIC Desk (format {version}). Zaktualizuj aplikację; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange file from desk {desk} is stamped {clock}, more than 30 days ahead of this computer&apos;s clock. Check the date on both computers; nothing was changed.</source>
        <translation>Plik wymiany ze stanowiska {desk} ma znacznik czasu {clock}, o ponad 30 dni późniejszy niż zegar tego komputera. Sprawdź datę na obu komputerach; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange file cannot be written ({detail}). Check the folder and the free space.</source>
        <translation>Nie można zapisać pliku wymiany ({detail}). Sprawdź folder i wolne miejsce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange file cannot be read ({detail}).</source>
        <translation>Nie można odczytać pliku wymiany ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange file did not read back correctly after writing; it was removed. Try another folder or stick.</source>
        <translation>Plik wymiany nie odczytał się poprawnie po zapisaniu; usunięto go. Spróbuj innego folderu lub pendrive&apos;a.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/sync/log.py" line="+19"/>
        <source>The exchange file reuses change number {seq} of desk {desk} with different content. The file is refused; nothing was changed.</source>
        <translation>Plik wymiany ponownie używa numeru zmiany {seq} stanowiska {desk} z inną treścią. Plik odrzucono; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/projects.py" line="-290"/>
        <source>Write the age groups like 0-4, 5-11, 60+.</source>
        <translation>Wpisz grupy wiekowe w postaci 0-4, 5-11, 60+.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An age group ends before it starts.</source>
        <translation>Grupa wiekowa kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age groups must be in order and must not overlap.</source>
        <translation>Grupy wiekowe muszą być uporządkowane i nie mogą się nakładać.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the last age group may be open (60+).</source>
        <translation>Tylko ostatnia grupa wiekowa może być otwarta (60+).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An age above 130 is not an age group.</source>
        <translation>Wiek powyżej 130 lat nie jest grupą wiekową.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/activities.py" line="-235"/>
        <location line="+39"/>
        <location filename="../../wic_desk/services/projects.py" line="+20"/>
        <location line="+2"/>
        <location line="+42"/>
        <location line="+29"/>
        <source>At most {n} characters.</source>
        <translation>Najwyżej {n} znaków.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/projects.py" line="-65"/>
        <source>A project lasts at most ten years.</source>
        <translation>Projekt trwa najwyżej dziesięć lat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown contract kind.</source>
        <translation>Nieznany rodzaj umowy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minimum length must be between 1 and 60 months.</source>
        <translation>Minimalny czas trwania musi wynosić od 1 do 60 miesięcy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the contracts that count as stable employment or a minimum length.</source>
        <translation>Wybierz umowy, które liczą się jako stabilne zatrudnienie, albo minimalny czas trwania.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An indicator cannot be limited by {key}.</source>
        <translation>Wskaźnika nie można ograniczyć według: {key}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use small Latin letters, digits and _ (for example language_club).</source>
        <translation>Użyj małych liter łacińskich, cyfr i _ (na przykład language_club).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The target must be between 0 (none yet) and {max}.</source>
        <translation>Wartość docelowa musi mieścić się między 0 (jeszcze brak) a {max}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how the indicator is counted.</source>
        <translation>Wybierz, jak liczony jest wskaźnik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This limit is not valid.</source>
        <translation>To ograniczenie jest nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown kind: {kind}.</source>
        <translation>Nieznany rodzaj: {kind}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One of the activities chosen no longer exists.</source>
        <translation>Jedne z wybranych zajęć już nie istnieją.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+48"/>
        <location line="+21"/>
        <location line="+21"/>
        <source>No such project.</source>
        <translation>Nie ma takiego projektu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>This project already has an indicator with this code.</source>
        <translation>Ten projekt ma już wskaźnik o tym kodzie.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/store/lock.py" line="+46"/>
        <source>This database is open in the WIC Desk window (process {pid}). Do this in the app, or close the app first; nothing was changed.</source>
        <translation>Ta baza danych jest otwarta w oknie WIC Desk (proces {pid}). Zrób to w aplikacji albo najpierw ją zamknij; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another WIC Desk command is using this database. Try again when it has finished; nothing was changed.</source>
        <translation>Z tej bazy danych korzysta inne polecenie WIC Desk. Spróbuj ponownie, gdy się zakończy; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/auth.py" line="-421"/>
        <location filename="../../wic_desk/store/keyfile.py" line="+70"/>
        <source>The login or the password is wrong.</source>
        <translation>Login lub hasło są nieprawidłowe.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/store/keyfile.py" line="+1"/>
        <source>This recovery key does not open this database.</source>
        <translation>Ten klucz odzyskiwania nie otwiera tej bazy danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file beside the database is missing or damaged; open it with the recovery key.</source>
        <translation>Brakuje pliku kluczy obok bazy danych albo jest uszkodzony; otwórz bazę kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/demo.py" line="-1357"/>
        <source>This database is set up for real work: a demo is made only in a new database file.</source>
        <translation>Ta baza danych jest skonfigurowana do prawdziwej pracy: wersję demonstracyjną można utworzyć tylko w nowym pliku bazy danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds a demo: open it, or make another demo in a new database file.</source>
        <translation>Ta baza danych zawiera już wersję demonstracyjną: otwórz ją albo utwórz kolejną w nowym pliku bazy danych.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/domain/passwords.py" line="+30"/>
        <source>At least 10 characters, or 4 words or more; not a common password.</source>
        <translation>Co najmniej 10 znaków albo 4 słowa lub więcej; nie popularne hasło.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 digits; not the same digit throughout, not a run such as 1234, not a year.</source>
        <translation>Od 4 do 8 cyfr; nie sama jedna cyfra, nie ciąg typu 1234, nie rok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password needs at least 10 characters, or 4 words or more.</source>
        <translation>Hasło musi mieć co najmniej 10 znaków albo 4 słowa lub więcej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is too long.</source>
        <translation>To hasło jest za długie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is on a list of common passwords; choose another.</source>
        <translation>To hasło jest na liście popularnych haseł; wybierz inne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is too close to your login or name; choose another.</source>
        <translation>To hasło jest zbyt podobne do loginu lub imienia i nazwiska; wybierz inne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is too easy to guess (a common word, a name, a date or a keyboard pattern); make it longer or add words.</source>
        <translation>To hasło łatwo odgadnąć (popularne słowo, imię, data lub układ klawiszy); wydłuż je lub dodaj słowa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN ma od 4 do 8 cyfr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN is too easy to guess (the same digit, a run such as 1234, or a year); choose another.</source>
        <translation>Ten PIN łatwo odgadnąć (ta sama cyfra, ciąg typu 1234 lub rok); wybierz inny.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/retention.py" line="-5"/>
        <source>The retention period must be between {low} and {high} years.</source>
        <translation>Okres przechowywania musi wynosić od {low} do {high} lat.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/reports.py" line="-299"/>
        <location filename="../../wic_desk/services/subject_export.py" line="-227"/>
        <source>Choose the language pl, uk or en.</source>
        <translation>Wybierz język: pl, uk albo en.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/subject_export.py" line="+1"/>
        <source>Name the PDF file (FILE.pdf): the JSON is written beside it.</source>
        <translation>Podaj nazwę pliku PDF (PLIK.pdf): plik JSON zostanie zapisany obok niego.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/keys.py" line="-189"/>
        <source>This centre has no recovery key yet: an administrator makes one in Administration.</source>
        <translation>Ten ośrodek nie ma jeszcze klucza odzyskiwania: administrator tworzy go w Administracji.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>The recovery key opens only a database file on this computer.</source>
        <translation>Klucz odzyskiwania otwiera tylko plik bazy danych na tym komputerze.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no administrator with this login.</source>
        <translation>Nie ma administratora o tym loginie.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/sync/centrekey.py" line="+57"/>
        <source>This file is not a join file: a new desk joins with the join file written for it (&quot;For a new desk&quot;) and its join code; nothing was changed.</source>
        <translation>To nie jest plik dołączenia: nowe stanowisko dołącza plikiem dołączenia zapisanym dla niego („Dla nowego stanowiska”) i jego kodem dołączenia; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The join code (or recovery key) does not open this join file; nothing was changed.</source>
        <translation>Ten kod dołączenia (lub klucz odzyskiwania) nie otwiera tego pliku dołączenia; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the join code shown when the join file was written (or the centre&apos;s recovery key).</source>
        <translation>Wpisz kod dołączenia pokazany przy zapisie pliku dołączenia (lub klucz odzyskiwania centrum).</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/notes.py" line="-430"/>
        <source>Your key for notes is not open on this desk: log out and log in again, then save the note.</source>
        <translation>Twój klucz do notatek nie jest otwarty na tym stanowisku: wyloguj się i zaloguj ponownie, a potem zapisz notatkę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your access to this note is still pending, so its level cannot be changed yet: it arrives when a colleague who reads it logs in.</source>
        <translation>Twój dostęp do tej notatki jeszcze nie dotarł, więc nie można jeszcze zmienić jej poziomu poufności: dotrze, gdy zaloguje się współpracownik, który ją czyta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This recovery key does not belong to this centre.</source>
        <translation>Ten klucz odzyskiwania nie należy do tego centrum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This centre has no recovery key for notes yet: an administrator prints a new recovery key first.</source>
        <translation>To centrum nie ma jeszcze klucza odzyskiwania do notatek: najpierw administrator drukuje nowy klucz odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/domain/restriction.py" line="+26"/>
        <source>This person withdrew their consent: their record is kept only for the figures, and nothing new can be recorded for them.</source>
        <translation>Ta osoba wycofała zgodę: jej dane są przechowywane tylko na potrzeby wskaźników i nie można zapisać dla niej niczego nowego.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/follow_ups.py" line="-44"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/follow_ups.py" line="+246"/>
        <source>My &amp;follow-ups: due today and overdue</source>
        <translation>Moje &amp;terminy kontaktu: na dziś i zaległe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;caseload</source>
        <translation>Moi &amp;klienci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-ups are due. Well done.</source>
        <translation>Brak zaległych terminów kontaktu. Dobra robota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open person (Enter)</source>
        <translation>Otwórz osobę (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (Ctrl+D)</source>
        <translation>Zrobione (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this follow-up: it is done.</source>
        <translation>Zamknij ten termin kontaktu: sprawa załatwiona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reschedule (Ctrl+P)</source>
        <translation>Przełóż (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n due</source>
        <translation>
            <numerusform>%n na dziś</numerusform>
            <numerusform>%n na dziś</numerusform>
            <numerusform>%n na dziś</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n zaległy</numerusform>
            <numerusform>%n zaległe</numerusform>
            <numerusform>%n zaległych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormerPassphraseDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/sync.py" line="+203"/>
        <source>The centre key</source>
        <translation>Klucz centrum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it exactly as the other desks had it: this desk keeps the key made from it, and with another passphrase it could not read the other desks&apos; files.</source>
        <translation>Wpisz je dokładnie tak, jak miały je inne stanowiska: to stanowisko zachowa utworzony z niego klucz, a z innym hasłem nie odczyta plików innych stanowisk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Former sync &amp;passphrase:</source>
        <translation>Dawne &amp;hasło synchronizacji:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Powtórz je:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The two passphrases are not the same.</source>
        <translation>Oba hasła nie są takie same.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/visits.py" line="+66"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Zaświadczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>Zatrudnienie</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../wic_desk/services/importer.py" line="-703"/>
        <source>Imported from an earlier register</source>
        <translation>Zaimportowano z wcześniejszego rejestru</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking rows</source>
        <translation>Sprawdzanie wierszy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving</source>
        <translation>Zapisywanie</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Imię i nazwisko w oryginalnym zapisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Obywatelstwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact</source>
        <translation>Pierwszy kontakt</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/projects.py" line="+480"/>
        <source>New indicator</source>
        <translation>Nowy wskaźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator: {title}</source>
        <translation>Wskaźnik: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;arget:</source>
        <translation>&amp;Wartość docelowa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted &amp;as:</source>
        <translation>&amp;Sposób liczenia:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kinds counted:</source>
        <translation>&amp;Liczone rodzaje:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>small letters, digits and _, e.g. language_club</source>
        <translation>małe litery, cyfry i _, np. language_club</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None ticked: every kind counts.</source>
        <translation>Nic nie zaznaczono: liczą się wszystkie rodzaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;g (event):</source>
        <translation>T&amp;ag (wydarzenie):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: every event, e.g. Skovoroda Fest 2023</source>
        <translation>brak: każde wydarzenie, np. Skovoroda Fest 2023</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only activities carrying this tag count (the tag is set on the activity).</source>
        <translation>Liczą się tylko zajęcia z tym tagiem (tag ustawia się przy zajęciach).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activit&amp;ies:</source>
        <translation>Zaję&amp;cia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None ticked: every activity counts (of the kinds and tag chosen).</source>
        <translation>Nic nie zaznaczono: liczą się wszystkie zajęcia (wybranych rodzajów i tagu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit reasons:</source>
        <translation>&amp;Powody wizyt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onsultation kinds:</source>
        <translation>R&amp;odzaje konsultacji:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None ticked in either list: every service counts. Otherwise only the visits for the reasons and the consultations of the kinds ticked.</source>
        <translation>Nic nie zaznaczono na żadnej liście: liczą się wszystkie usługi. W przeciwnym razie tylko wizyty z zaznaczonych powodów i konsultacje zaznaczonych rodzajów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../wic_desk/services/setup.py" line="-95"/>
        <source>Persons into stable employment</source>
        <translation>Osoby, które podjęły stabilne zatrudnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adaptation meetings</source>
        <translation>Spotkania adaptacyjne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adaptation meetings for Ukrainian community representatives</source>
        <translation>Spotkania adaptacyjne dla przedstawicieli społeczności ukraińskiej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integration workshops</source>
        <translation>Warsztaty integracyjne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skovoroda Fest 2023 workshop hours</source>
        <translation>Godziny warsztatów na Skovoroda Fest 2023</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vocational counselling (services)</source>
        <translation>Doradztwo zawodowe (usługi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job search support (services)</source>
        <translation>Wsparcie w poszukiwaniu pracy (usługi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal and administrative consultations (services)</source>
        <translation>Konsultacje prawne i administracyjne (usługi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lawyer (services)</source>
        <translation>Prawnik (usługi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychologist (services)</source>
        <translation>Psycholog (usługi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax advisor (services)</source>
        <translation>Doradca podatkowy (usługi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online course: participants who completed</source>
        <translation>Kurs online: uczestnicy, którzy ukończyli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish course: participants who completed</source>
        <translation>Kurs języka polskiego: uczestnicy, którzy ukończyli</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Language-club meetings</source>
        <translation>Spotkania klubu językowego</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/projects.py" line="+35"/>
        <source>every kind</source>
        <translation>wszystkie rodzaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag: {tag}</source>
        <translation>tag: {tag}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activities chosen: {n}</source>
        <translation>wybrane zajęcia: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>visits: {reasons}</source>
        <translation>wizyty: {reasons}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>consultations: {kinds}</source>
        <translation>konsultacje: {kinds}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted as</source>
        <translation>Sposób liczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Rodzaje</translation>
    </message>
</context>
<context>
    <name>JoinCodeDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/sync.py" line="+81"/>
        <source>Join code</source>
        <translation>Kod dołączenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The join code for the new desk</source>
        <translation>Kod dołączenia dla nowego stanowiska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new desk joins the centre with the join file and this code. Give the code to the person setting up the new desk separately from the file: by phone or on paper, not in the same e-mail and not on the same USB stick.</source>
        <translation>Nowe stanowisko dołącza do centrum z plikiem dołączenia i tym kodem. Przekaż kod osobie konfigurującej nowe stanowisko oddzielnie od pliku: telefonicznie lub na papierze, nie w tym samym e-mailu i nie na tym samym pendrivie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join file: {file}</source>
        <translation>Plik dołączenia: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is shown only now and kept nowhere: once this window is closed it is gone, and a new join file has to be written.</source>
        <translation>Kod jest pokazywany tylko teraz i nigdzie nie jest przechowywany: po zamknięciu tego okna przepada i trzeba zapisać nowy plik dołączenia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;written down the code</source>
        <translation>&amp;Zapisałem/zapisałam kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the code</source>
        <translation>S&amp;kopiuj kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied.</source>
        <translation>Skopiowano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/lock_screen.py" line="+47"/>
        <source>Locked by {name}. Enter your PIN or password to continue.</source>
        <translation>Zablokowane przez: {name}. Wpisz swój PIN lub hasło, aby kontynuować.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN or password</source>
        <translation>PIN lub hasło</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter your PIN or password.</source>
        <translation>Wpisz swój PIN lub hasło.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrong PIN or password. Only the person who was logged in can unlock; anyone else can log out and log in.</source>
        <translation>Błędny PIN lub hasło. Odblokować może tylko osoba, która była zalogowana; każdy inny może się wylogować i zalogować.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong; it was written to the log file.</source>
        <translation>Coś poszło nie tak; zapisano to w pliku dziennika.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="+78"/>
        <source>This desk is locked</source>
        <translation>To stanowisko jest zablokowane</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Log &amp;out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/login.py" line="+129"/>
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>Desk: {name}</source>
        <translation>Stanowisko: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the application</source>
        <translation>Język aplikacji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo database for training: every account&apos;s password is {password} (administrator: {login}).</source>
        <translation>Baza demonstracyjna do szkoleń: hasło każdego konta to {password} (administrator: {login}).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter your login.</source>
        <translation>Wpisz swój login.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your password.</source>
        <translation>Wpisz swoje hasło.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Something went wrong; it was written to the log file. Please try again.</source>
        <translation>Coś poszło nie tak; zapisano to w pliku dziennika. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="+14"/>
        <source>WIC Desk — log in</source>
        <translation>WIC Desk — logowanie</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log &amp;in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wic_desk/gui/main_window.py" line="+153"/>
        <source>Front desk</source>
        <translation>Recepcja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My follow-ups</source>
        <translation>Moje terminy kontaktu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicates</source>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The front desk is not part of this build yet.</source>
        <translation>Recepcja nie jest jeszcze częścią tej wersji.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The front desk could not be opened; the error was written to the log file.</source>
        <translation>Nie udało się otworzyć recepcji; błąd zapisano w pliku dziennika.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Your password was changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your PIN was saved.</source>
        <translation>PIN został zapisany.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About WIC Desk</source>
        <translation>O programie WIC Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;WIC Desk {version}&lt;/h3&gt;&lt;p&gt;The front desk of the integration centre: walk-ins, consultations, activities and reports, working offline.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WIC Desk {version}&lt;/h3&gt;&lt;p&gt;Recepcja centrum integracji: wizyty, konsultacje, działania i raporty, także bez dostępu do sieci.&lt;/p&gt;&lt;p&gt;Licencja: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&amp;Verify a certificate…</source>
        <translation>&amp;Sprawdź zaświadczenie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my pass&amp;word…</source>
        <translation>Zmień moje &amp;hasło…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;PIN for the lock screen…</source>
        <translation>Mój &amp;PIN do ekranu blokady…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retention and erasure…</source>
        <translation>&amp;Okres przechowywania i usuwanie danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to &amp;notes…</source>
        <translation>Dostęp do &amp;notatek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery &amp;key…</source>
        <translation>Nowy &amp;klucz odzyskiwania…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{user} · {role} · desk: {desk}</source>
        <translation>{user} · {role} · stanowisko: {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+68"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Admin</source>
        <translation>&amp;Administracja</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Lock</source>
        <translation>Za&amp;blokuj</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log &amp;out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Staff accounts</source>
        <translation>&amp;Konta personelu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consultation &amp;topics…</source>
        <translation>&amp;Tematy konsultacji…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About WIC Desk</source>
        <translation>&amp;O programie WIC Desk</translation>
    </message>
</context>
<context>
    <name>MergePage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/merge.py" line="+189"/>
        <source>Possible duplicates</source>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find two records of the same person and compare them. Merging keeps one: the visits, consultations and attendance of the other then show under it, and the other is no longer found by the search. A merge can be undone.</source>
        <translation>Znajdź dwa rekordy tej samej osoby i porównaj je. Scalenie zachowuje jeden z nich: wizyty, konsultacje i obecności drugiego będą widoczne pod nim, a drugiego nie będzie już w wynikach wyszukiwania. Scalenie można cofnąć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First person</source>
        <translation>Pierwsza osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second person</source>
        <translation>Druga osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Search by name, phone, PESEL or date of birth ({keys})</source>
        <translation>Szukaj po imieniu i nazwisku, telefonie, numerze PESEL lub dacie urodzenia ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the first, merge the second into it ({keys})</source>
        <translation>Zachowaj pierwszą, scal z nią drugą ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the second, merge the first into it ({keys})</source>
        <translation>Zachowaj drugą, scal z nią pierwszą ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merges made here since you logged in</source>
        <translation>&amp;Scalenia wykonane tu od zalogowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the selected merge ({keys})</source>
        <translation>Cofnij wybrane scalenie ({keys})</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Possible duplicates of {name}: {n}</source>
        <translation>Możliwe duplikaty osoby {name}: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No likely duplicates of {name}; search for another person.</source>
        <translation>Brak prawdopodobnych duplikatów osoby {name}; wyszukaj inną osobę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found: {n}. Choose one.</source>
        <translation>Znaleziono: {n}. Wybierz jedną osobę.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No one found.</source>
        <translation>Nikogo nie znaleziono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to find the first person.</source>
        <translation>Zacznij pisać, aby znaleźć pierwszą osobę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the first person to see their likely duplicates here, or search.</source>
        <translation>Wybierz pierwszą osobę, aby zobaczyć tu jej prawdopodobne duplikaty, albo wyszukaj.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{visits} visits, {other} other entries; latest {date}</source>
        <translation>wizyty: {visits}, inne wpisy: {other}; ostatni {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing recorded</source>
        <translation>nic nie zapisano</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Merge two records</source>
        <translation>Scal dwa rekordy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge {gone} into {kept}?

The visits, consultations and attendance of {gone} will show under {kept}, and {gone} will no longer be found by the search. The merge can be undone here.</source>
        <translation>Scalić „{gone}” z „{kept}”?

Wizyty, konsultacje i obecności „{gone}” będą widoczne pod „{kept}”, a „{gone}” nie będzie już znajdowana przez wyszukiwanie. Scalenie można tu cofnąć.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{gone} was merged into {kept}. {keys} undoes it.</source>
        <translation>„{gone}” scalono z „{kept}”. {keys} cofa scalenie.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Undo a merge</source>
        <translation>Cofnij scalenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make {gone} a separate person again? Their own visits, consultations and attendance go back with them.</source>
        <translation>Przywrócić „{gone}” jako osobną osobę? Jej własne wizyty, konsultacje i obecności wrócą razem z nią.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{gone} is a separate person again.</source>
        <translation>„{gone}” to znowu osobna osoba.</translation>
    </message>
</context>
<context>
    <name>MergesModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/merge.py" line="+41"/>
        <source>Merged</source>
        <translation>Scalono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into</source>
        <translation>Z kim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undone</source>
        <translation>cofnięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>scalone</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyFlow</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/recovery_key.py" line="+143"/>
        <source>This centre has no recovery key yet. Without one, a forgotten administrator password cannot be replaced. Make it now and print it?</source>
        <translation>Ten ośrodek nie ma jeszcze klucza odzyskiwania. Bez niego zapomnianego hasła administratora nie da się zastąpić. Utworzyć go teraz i wydrukować?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new recovery key? The one in the envelope now stops working; print the new one and seal it in its place.</source>
        <translation>Utworzyć nowy klucz odzyskiwania? Klucz z koperty przestanie działać; wydrukuj nowy i zapieczętuj go w jego miejsce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Something went wrong; it was written to the log file. Please try again.</source>
        <translation>Coś poszło nie tak; zapisano to w pliku dziennika. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>NoteAccessDialog</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/note_access.py" line="+31"/>
        <source>notes for all counsellors and specialists</source>
        <translation>notatki dla wszystkich doradców i specjalistów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counsellors&apos; confidential notes</source>
        <translation>poufne notatki doradców</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidential notes of: {kind}</source>
        <translation>poufne notatki: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their own author-only notes</source>
        <translation>własne notatki tylko dla autora</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Access to notes</source>
        <translation>Dostęp do notatek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every note is encrypted for the colleagues who may read it. Someone new, or someone whose password was reset, waits for access until a colleague who reads the same notes logs in, on any desk. With the centre&apos;s recovery key you can let them in now; their own author-only notes after a reset open only so.</source>
        <translation>Każda notatka jest zaszyfrowana dla współpracowników, którzy mogą ją czytać. Nowa osoba lub ktoś, komu zresetowano hasło, czeka na dostęp, aż zaloguje się współpracownik czytający te same notatki, na dowolnym stanowisku. Kluczem odzyskiwania centrum możesz nadać dostęp od razu; po resecie hasła własne notatki tylko dla autora otwierają się tylko w ten sposób.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Klucz odzyskiwania:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Let them in</source>
        <translation>&amp;Nadaj dostęp</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nobody is waiting for access to notes.</source>
        <translation>Nikt nie czeka na dostęp do notatek.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Letting them in…</source>
        <translation>Nadawanie dostępu…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Done: access given %n time(s).</source>
        <translation>
            <numerusform>Gotowe: nadano dostęp %n raz.</numerusform>
            <numerusform>Gotowe: nadano dostęp %n razy.</numerusform>
            <numerusform>Gotowe: nadano dostęp %n razy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/outcome.py" line="+130"/>
        <source>Record employment</source>
        <translation>Zapisz zatrudnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment of {name}</source>
        <translation>Zatrudnienie: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start date:</source>
        <translation>&amp;Data rozpoczęcia:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Employer:</source>
        <translation>&amp;Pracodawca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Umowa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Godzin tygodniowo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &amp;length:</source>
        <translation>Przewidywany &amp;czas trwania:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company or institution (optional)</source>
        <translation>Firma lub instytucja (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open-ended</source>
        <translation>na czas nieokreślony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> month(s)</source>
        <translation> mies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence seen (contract or certificate)</source>
        <translation>&amp;Okazano dokument (umowę lub zaświadczenie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether this counts as stable employment is decided by the project&apos;s rule and shown on the person&apos;s page.</source>
        <translation>To, czy zatrudnienie liczy się jako stabilne, rozstrzyga reguła projektu; wynik widać na stronie osoby.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Enter)</source>
        <translation>Zapisz (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Anuluj (Esc)</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/outcomes.py" line="+22"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Pracodawca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a week</source>
        <translation>Godzin tygodniowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected length</source>
        <translation>Przewidywany czas trwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable employment</source>
        <translation>Stabilne zatrudnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence seen</source>
        <translation>Okazano dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Zapisał(a)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <translation>Stabilne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stable</source>
        <translation>Niestabilne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-ended</source>
        <translation>Na czas nieokreślony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>%n mies.</translation>
    </message>
</context>
<context>
    <name>PasswordDialogs</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/password_dialogs.py" line="+128"/>
        <source>Choose your password</source>
        <translation>Wybierz swoje hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From now on the desk opens with a password, not a PIN. Choose yours; you can set a short PIN for the lock screen afterwards (File menu).</source>
        <translation>Od teraz stanowisko otwiera się hasłem, nie PIN-em. Wybierz swoje; krótki PIN do ekranu blokady możesz ustawić potem (menu Plik).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>New &amp;password:</source>
        <translation>Nowe &amp;hasło:</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <location line="+50"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Powtórz je:</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Change my password</source>
        <translation>Zmiana mojego hasła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your new password opens the desk and the command line from now on.</source>
        <translation>Od teraz nowe hasło otwiera stanowisko i wiersz poleceń.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Obecne hasło:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>My PIN for the lock screen</source>
        <translation>Mój PIN do ekranu blokady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While the app stays open, this PIN lifts the lock after a pause, instead of your password. Logging in always takes the password.</source>
        <translation>Dopóki aplikacja jest otwarta, ten PIN zdejmuje blokadę po przerwie zamiast hasła. Logowanie zawsze wymaga hasła.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;PIN:</source>
        <translation>Nowy &amp;PIN:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move my PIN</source>
        <translation>&amp;Usuń mój PIN</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/sync.py" line="-86"/>
        <source>replaced by {desk}</source>
        <translation>zastąpione przez {desk}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>silent</source>
        <translation>bez kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silent since {date}</source>
        <translation>bez kontaktu od {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retired</source>
        <translation>wycofane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired on {date}</source>
        <translation>wycofane {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktywne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desk&apos;s database took a new desk id (a restored backup or a copy). Files for every desk no longer wait for the old id; it is active again if it is heard from.</source>
        <translation>Baza danych tego stanowiska przyjęła nowy identyfikator stanowiska (przywrócona kopia zapasowa lub kopia pliku). Pliki dla wszystkich stanowisk nie czekają już na stary identyfikator; znów będzie aktywny, jeśli przyjdzie od niego plik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been heard from this desk for {days} days, so files for every desk no longer wait for it. It can still get a file of its own.</source>
        <translation>Od {days} dni nie przyszło nic od tego stanowiska, więc pliki dla wszystkich stanowisk już na nie nie czekają. Nadal można zapisać plik tylko dla niego.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retired by an administrator: files for every desk no longer wait for it. It can still get a file of its own.</source>
        <translation>Wycofane przez administratora: pliki dla wszystkich stanowisk już na nie nie czekają. Nadal można zapisać plik tylko dla niego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files for every desk carry what this desk lacks.</source>
        <translation>Pliki dla wszystkich stanowisk zawierają to, czego brakuje temu stanowisku.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last file read from it</source>
        <translation>Ostatni plik od niego odczytany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last file written for it</source>
        <translation>Ostatni plik dla niego zapisany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes it lacks</source>
        <translation>Brakujące zmiany</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known yet</source>
        <translation>jeszcze nie wiadomo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No file from this desk has been read here yet, so what it holds is not known.</source>
        <translation>Nie odczytano tu jeszcze żadnego pliku z tego stanowiska, więc nie wiadomo, co zawiera.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/person.py" line="-442"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth:</source>
        <translation>Data urodzenia:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex:</source>
        <translation>Płeć:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citizenship:</source>
        <translation>Obywatelstwo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PESEL:</source>
        <translation>PESEL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, district:</source>
        <translation>Miejscowość, dzielnica:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residence status:</source>
        <translation>Status pobytowy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>Języki:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disability:</source>
        <translation>Niepełnosprawność:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard of the centre from:</source>
        <translation>Skąd wie o centrum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First contact:</source>
        <translation>Pierwszy kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent:</source>
        <translation>Zgoda:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered:</source>
        <translation>Zarejestrowano:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History (newest first)</source>
        <translation>&amp;Historia (od najnowszych)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded yet. Ctrl+R records today&apos;s visit.</source>
        <translation>Nic jeszcze nie zapisano. Ctrl+R zapisuje dzisiejszą wizytę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record visit (Ctrl+R)</source>
        <translation>Zapisz wizytę (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit (Ctrl+E)</source>
        <translation>Edytuj (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise…</source>
        <translation>Anonimizuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase names, contacts, PESEL and notes; the services still count in the figures</source>
        <translation>Usuwa imię i nazwisko, kontakty, PESEL i notatki; usługi nadal liczą się w statystykach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn…</source>
        <translation>Zgoda wycofana…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person withdrew their consent: record it, then erase their data or keep the service record for the figures only</source>
        <translation>Osoba wycofała zgodę: zapisz to, a następnie usuń jej dane albo zachowaj rejestr usług wyłącznie na potrzeby wskaźników</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn: this record is kept only for the figures. The person is not found by the search, and nothing new can be recorded for them.</source>
        <translation>Zgoda wycofana: te dane są przechowywane tylko na potrzeby wskaźników. Tej osoby nie można wyszukać i nie można zapisać dla niej niczego nowego.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything we hold…</source>
        <translation>Wszystko, co przechowujemy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the centre holds about this person, as PDF and JSON (the right of access and to data portability)</source>
        <translation>Wszystko, co centrum przechowuje o tej osobie, jako PDF i JSON (prawo dostępu i prawo do przenoszenia danych)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record consultation (Ctrl+K)</source>
        <translation>Zapisz konsultację (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit consultation (Enter)</source>
        <translation>Edytuj konsultację (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the author edits a consultation.</source>
        <translation>Konsultację może edytować tylko jej autor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record employment (Ctrl+J)</source>
        <translation>Zapisz zatrudnienie (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No employment recorded.</source>
        <translation>Nie zapisano zatrudnienia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations ({n})</source>
        <translation>Konsultacje ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment ({n})</source>
        <translation>Zatrudnienie ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No consultations yet. Ctrl+K records one.</source>
        <translation>Nie ma jeszcze konsultacji. Ctrl+K zapisuje nową.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No consultations yet.</source>
        <translation>Nie ma jeszcze konsultacji.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a consultation to see its note.</source>
        <translation>Wybierz konsultację, aby zobaczyć jej notatkę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note of {kind}, {date}, {staff}:</source>
        <translation>Notatka: {kind}, {date}, {staff}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No note was written.</source>
        <translation>Nie napisano notatki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your access to this note is pending: it opens once a colleague who reads such notes logs in (or an administrator lets you in with the recovery key).</source>
        <translation>Twój dostęp do tej notatki jeszcze nie dotarł: otworzy się, gdy zaloguje się współpracownik czytający takie notatki (albo gdy administrator nada dostęp kluczem odzyskiwania).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This note is confidential ({level}); it is not shown to you.</source>
        <translation>Ta notatka jest poufna ({level}); nie jest dla ciebie widoczna.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This person cannot be shown.</source>
        <translation>Nie można wyświetlić tej osoby.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Person: {name}</source>
        <translation>Osoba: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}, {date}, by {staff}</source>
        <translation>{kind}, {date}, przyjmował(a): {staff}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{consent}; withdrawn {date}, recorded by {staff}</source>
        <translation>{consent}; wycofana {date}, zapisał(a) {staff}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Anonymise person</source>
        <translation>Anonimizacja osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person&apos;s names, contacts, PESEL and notes for good? Their visits and activities still count in the figures. This cannot be undone.</source>
        <translation>Trwale usunąć imię i nazwisko, kontakty, PESEL i notatki tej osoby? Jej wizyty i udział w działaniach nadal liczą się w statystykach. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everything we hold about this person</source>
        <translation>Wszystko, co przechowujemy o tej osobie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the PDF:</source>
        <translation>Język pliku PDF:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save everything we hold about this person</source>
        <translation>Zapisz wszystko, co przechowujemy o tej osobie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the files…</source>
        <translation>Zapisywanie plików…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: {pdf} and {json}</source>
        <translation>Zapisano: {pdf} i {json}</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/person_form.py" line="-37"/>
        <source>&amp;First name (as in the document)</source>
        <translation>&amp;Imię (jak w dokumencie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name (as in the document)</source>
        <translation>&amp;Nazwisko (jak w dokumencie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;native script</source>
        <translation>Imię i nazwisko w &amp;oryginalnym zapisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x</source>
        <translation>&amp;Płeć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>Data &amp;urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PE&amp;SEL</source>
        <translation>PE&amp;SEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenship</source>
        <translation>&amp;Obywatelstwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guages</source>
        <translation>&amp;Języki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ci&amp;ty</source>
        <translation>&amp;Miejscowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District</source>
        <translation>&amp;Dzielnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Residence status</source>
        <translation>Status &amp;pobytowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disab&amp;ility</source>
        <translation>&amp;Niepełnosprawność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How they heard of the centre</source>
        <translation>&amp;Skąd wie o centrum</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Latin letters, as in the passport</source>
        <translation>Litery łacińskie, jak w paszporcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Cyrillic, as the person writes it</source>
        <translation>np. cyrylicą, tak jak zapisuje to osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DD.MM.YYYY, or only the year</source>
        <translation>DD.MM.RRRR albo sam rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 digits, if the person has one</source>
        <translation>11 cyfr, jeśli osoba ma PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ukrainian, Russian, Polish A2</source>
        <translation>np. ukraiński, rosyjski, polski A2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+48 …</source>
        <translation>+48 …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>imie@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Wrocław</source>
        <translation>np. Wrocław</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Krzyki</source>
        <translation>np. Krzyki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family or friends</source>
        <translation>Rodzina lub znajomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook / Telegram / Viber</source>
        <translation>Facebook / Telegram / Viber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another organisation</source>
        <translation>Inna organizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An office (city, voivodeship, labour office)</source>
        <translation>Urząd (miasta, wojewódzki, urząd pracy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poster or leaflet</source>
        <translation>Plakat lub ulotka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was here before</source>
        <translation>Była tu wcześniej</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>— not given —</source>
        <translation>— nie podano —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Washington Group short set; kept only to count people with disabilities in reports.</source>
        <translation>Krótki zestaw pytań Grupy Waszyngtońskiej; służy tylko do liczenia osób z niepełnosprawnościami w raportach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked as you leave the field: check digit, date of birth and sex.</source>
        <translation>Sprawdzane po wyjściu z pola: cyfra kontrolna, data urodzenia i płeć.</translation>
    </message>
</context>
<context>
    <name>PersonResultsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/people.py" line="+22"/>
        <source>Name (as in the document)</source>
        <translation>Imię i nazwisko (jak w dokumencie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Imię i nazwisko w oryginalnym zapisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Obywatelstwo</translation>
    </message>
</context>
<context>
    <name>PersonsChart</name>
    <message>
        <location filename="../../wic_desk/gui/pages/dashboard.py" line="-313"/>
        <source>Desk visits</source>
        <translation>Wizyty w recepcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations</source>
        <translation>Konsultacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group activities</source>
        <translation>Działania grupowe</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>No one served in this period yet.</source>
        <translation>W tym okresie nikt jeszcze nie skorzystał ze wsparcia.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../wic_desk/services/certificates.py" line="-523"/>
        <source>Printing certificates</source>
        <translation>Drukowanie zaświadczeń</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/projects.py" line="-256"/>
        <source>New project</source>
        <translation>Nowy projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project: {name}</source>
        <translation>Projekt: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Donor:</source>
        <translation>&amp;Grantodawca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding line (&amp;Polish):</source>
        <translation>Informacja o finansowaniu (po &amp;polsku):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding line (&amp;English):</source>
        <translation>Informacja o finansowaniu (po &amp;angielsku):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stable employment:</source>
        <translation>&amp;Stabilne zatrudnienie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Age groups:</source>
        <translation>&amp;Grupy wiekowe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>or any contract expected to last at least (months):</source>
        <translation>albo każda umowa na co najmniej (miesięcy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 0-4, 5-11, 12-17, 18-59, 60+</source>
        <translation>na przykład 0-4, 5-11, 12-17, 18-59, 60+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ages are taken at the person&apos;s first service in the reported period.</source>
        <translation>Wiek liczy się w dniu pierwszej usługi danej osoby w okresie raportu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this the &amp;current project (the dashboard and the reports count it)</source>
        <translation>Ustaw jako &amp;bieżący projekt (liczą go pulpit i raporty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied when an outcome is recorded: outcomes recorded before a change keep how they were counted.</source>
        <translation>Stosowane przy zapisywaniu zatrudnienia: zatrudnienia zapisane przed zmianą są liczone tak jak dotąd.</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/projects.py" line="-48"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Grantodawca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Bieżący</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>current</source>
        <translation>bieżący</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/projects.py" line="+393"/>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nowy projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit project…</source>
        <translation>&amp;Edytuj projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;current</source>
        <translation>Ustaw jako &amp;bieżący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Odśwież (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add indicator…</source>
        <translation>&amp;Dodaj wskaźnik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;indicator…</source>
        <translation>Edytuj &amp;wskaźnik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove indicator</source>
        <translation>&amp;Usuń wskaźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Przesuń w &amp;dół</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Indicators of {project}</source>
        <translation>Wskaźniki projektu {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Remove indicator</source>
        <translation>Usuń wskaźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the indicator “{title}” from the dashboard and the reports?</source>
        <translation>Usunąć wskaźnik „{title}” z pulpitu i raportów?</translation>
    </message>
</context>
<context>
    <name>ReasonsPicker</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/desk_reasons.py" line="+41"/>
        <source>Reasons for the visit</source>
        <translation>Cele wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the number before a reason to tick it; Space ticks the highlighted one.</source>
        <translation>Naciśnij cyfrę przed celem, aby go zaznaczyć; spacja zaznacza podświetlony.</translation>
    </message>
</context>
<context>
    <name>RecordVisitDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/visit.py" line="-54"/>
        <source>Record visit</source>
        <translation>Zapisz wizytę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit of {name}</source>
        <translation>Wizyta: {name}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/recovery_key.py" line="-91"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s recovery key</source>
        <translation>Klucz odzyskiwania ośrodka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this key or write it down, seal it in an envelope and keep it in the safe. It is shown only now. If every administrator forgets their password, it lets an administrator set a new one; without it and without a password nobody can open the data.</source>
        <translation>Wydrukuj ten klucz lub go zapisz, zapieczętuj w kopercie i przechowuj w sejfie. Jest pokazywany tylko teraz. Jeśli wszyscy administratorzy zapomną haseł, pozwoli administratorowi ustawić nowe; bez niego i bez hasła nikt nie otworzy danych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have printed or written down the key and will keep it safe</source>
        <translation>Klucz jest wydrukowany lub zapisany i będzie bezpiecznie przechowywany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>WIC Desk: the recovery key</source>
        <translation>WIC Desk: klucz odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre: {name}</source>
        <translation>Ośrodek: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this page sealed in the safe. With it an administrator sets a new password when every administrator password is forgotten. A new recovery key made in Administration replaces this one.</source>
        <translation>Przechowuj tę kartkę zapieczętowaną w sejfie. Dzięki niej administrator ustawi nowe hasło, gdy wszystkie hasła administratorów zostaną zapomniane. Nowy klucz odzyskiwania utworzony w Administracji zastępuje ten.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/register.py" line="+166"/>
        <source>Register new person</source>
        <translation>Zarejestruj nową osobę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Consent to data processing</source>
        <translation>1. Zgoda na przetwarzanie danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent:</source>
        <translation>Zgoda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Written</source>
        <translation>&amp;Pisemna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verbal, certified by me ({name})</source>
        <translation>&amp;Ustna, potwierdzona przeze mnie ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o consent</source>
        <translation>&amp;Brak zgody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on:</source>
        <translation>Data wyrażenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Zakres:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services of the integration centre and reporting to the project&apos;s donor (IOM)</source>
        <translation>Usługi centrum integracji i sprawozdawczość dla grantodawcy projektu (IOM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. Person</source>
        <translation>2. Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;anonymous visit instead</source>
        <translation>Zapisz zamiast tego wizytę &amp;anonimową</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without consent no name is kept; the visit still counts.</source>
        <translation>Bez zgody nazwisko nie jest zapisywane; wizyta i tak się liczy.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Without consent the person cannot be registered. Record an anonymous visit instead (Alt+A).</source>
        <translation>Bez zgody nie można zarejestrować osoby. Zapisz zamiast tego wizytę anonimową (Alt+A).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for consent first: choose Written or Verbal (Alt+W, Alt+V) to fill in the form.</source>
        <translation>Najpierw zapytaj o zgodę: wybierz Pisemna lub Ustna (Alt+P, Alt+U), aby wypełnić formularz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register anyway (Ctrl+Enter)</source>
        <translation>Zarejestruj mimo to (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register (Ctrl+Enter)</source>
        <translation>Zarejestruj (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Choose how consent was given, or record an anonymous visit.</source>
        <translation>Wybierz, w jaki sposób wyrażono zgodę, albo zapisz wizytę anonimową.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/dashboard.py" line="+250"/>
        <source>Donor report</source>
        <translation>Raport dla grantodawcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel workbook for the donor: indicators, persons served, services, activities and employment (with codes, not names).</source>
        <translation>Skoroszyt Excela dla grantodawcy: wskaźniki, osoby objęte wsparciem, usługi, działania i zatrudnienie (z kodami, bez nazwisk).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly report</source>
        <translation>Raport miesięczny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same figures for one month, for the centre&apos;s own tracking.</source>
        <translation>Te same liczby za jeden miesiąc, na potrzeby własne centrum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>&amp;Miesiąc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook &amp;language:</source>
        <translation>&amp;Język raportu:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the report</source>
        <translation>Utwórz raport</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>donor-report</source>
        <translation>raport-dla-grantodawcy</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>monthly-report</source>
        <translation>raport-miesieczny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where to save the report.</source>
        <translation>Wybierz, gdzie zapisać raport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {name} does not exist.</source>
        <translation>Folder {name} nie istnieje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end of the period is before its start.</source>
        <translation>Koniec okresu jest przed jego początkiem.</translation>
    </message>
</context>
<context>
    <name>ReportsSentDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/reports_sent.py" line="+153"/>
        <source>Reports sent</source>
        <translation>Raporty wysłane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a copy… (Ctrl+S)</source>
        <translation>&amp;Zapisz kopię… (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open (Ctrl+O)</source>
        <translation>&amp;Otwórz (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No report has been sent yet. Every donor or monthly report written is kept here exactly as it was written.</source>
        <translation>Nie wysłano jeszcze żadnego raportu. Każdy sporządzony raport dla grantodawcy lub raport miesięczny jest przechowywany tutaj dokładnie w takiej postaci, w jakiej powstał.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports sent: {n}, newest first. Each opens exactly as it was sent, whatever was corrected since.</source>
        <translation>Raporty wysłane: {n}, od najnowszego. Każdy otwiera się dokładnie w takiej postaci, w jakiej został wysłany, bez względu na późniejsze poprawki.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save a copy of the report</source>
        <translation>Zapisz kopię raportu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving the copy…</source>
        <translation>Zapisywanie kopii…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report is open in the spreadsheet program, as it was sent.</source>
        <translation>Raport jest otwarty w arkuszu kalkulacyjnym, w takiej postaci, w jakiej został wysłany.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy saved, identical to the report sent: {file}</source>
        <translation>Zapisano kopię, identyczną z wysłanym raportem: {file}</translation>
    </message>
</context>
<context>
    <name>ReportsSentModel</name>
    <message>
        <location line="-207"/>
        <source>Donor report</source>
        <translation>Raport dla grantodawcy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly report</source>
        <translation>Raport miesięczny</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by</source>
        <translation>Sporządził(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>Sporządzono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checksum (SHA-256)</source>
        <translation>Suma kontrolna (SHA-256)</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/follow_ups.py" line="-201"/>
        <source>Reschedule follow-up</source>
        <translation>Przełóż termin kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up with {name}, due {date}</source>
        <translation>Kontakt z: {name}, termin {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New date:</source>
        <translation>&amp;Nowa data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Enter)</source>
        <translation>Zapisz (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Anuluj (Esc)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/staff.py" line="+362"/>
        <source>Reset password: {name} ({login})</source>
        <translation>Reset hasła: {name} ({login})</translation>
    </message>
    <message>
        <location filename="../../ui/staff_reset_password.ui" line="+14"/>
        <source>Reset password</source>
        <translation>Reset hasła</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set a new password for this account (type one, or let the app make one) and tell it to its owner in person. Their lock-screen PIN is removed, and a lock-out of the account is lifted.</source>
        <translation>Ustaw nowe hasło dla tego konta (wpisz je lub pozwól aplikacji je utworzyć) i przekaż je właścicielowi osobiście. Jego PIN do ekranu blokady zostanie usunięty, a blokada konta zdjęta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New &amp;password:</source>
        <translation>Nowe &amp;hasło:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repeat the pass&amp;word:</source>
        <translation>Powtórz has&amp;ło:</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/retention_dialog.py" line="+89"/>
        <source>Retention</source>
        <translation>Okres przechowywania danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep a person&apos;s data for (years after the last contact):</source>
        <translation>&amp;Przechowuj dane osoby przez (lat od ostatniego kontaktu):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all</source>
        <translation>Zaznacz wszystkie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase selected…</source>
        <translation>Usuń dane zaznaczonych…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A person is due for erasure when their last contact (registration, visits, consultations, activities attended, employment, certificates) is longer ago than the period set here, and the current project ended more than {years} years ago. Backups older than the period are deleted.</source>
        <translation>Dane osoby należy usunąć, gdy jej ostatni kontakt (rejestracja, wizyty, konsultacje, obecność na działaniach, zatrudnienie, zaświadczenia) był dawniej niż ustawiony tu okres, a bieżący projekt zakończył się ponad {years} lat temu. Kopie zapasowe starsze niż ten okres są usuwane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current project holds everyone until {date}.</source>
        <translation>Ze względu na bieżący projekt dane wszystkich osób są przechowywane do {date}.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n person(s) due for erasure.</source>
        <translation>
            <numerusform>%n osoba do usunięcia.</numerusform>
            <numerusform>%n osoby do usunięcia.</numerusform>
            <numerusform>%n osób do usunięcia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is due for erasure.</source>
        <translation>Nie ma osób, których dane należy usunąć.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The retention period was saved; every desk receives it with the next exchange.</source>
        <translation>Zapisano okres przechowywania; każde stanowisko otrzyma go przy następnej wymianie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase</source>
        <translation>Usuń dane</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Erase the data of %n person(s) for good? Names, contacts, PESEL and notes go; their services still count in the figures. This cannot be undone.</source>
        <translation>
            <numerusform>Trwale usunąć dane %n osoby? Znikną imiona i nazwiska, kontakty, PESEL i notatki; usługi nadal liczą się we wskaźnikach. Tego nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć dane %n osób? Znikną imiona i nazwiska, kontakty, PESEL i notatki; usługi nadal liczą się we wskaźnikach. Tego nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć dane %n osób? Znikną imiona i nazwiska, kontakty, PESEL i notatki; usługi nadal liczą się we wskaźnikach. Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>Usunięto dane %n osoby.</numerusform>
            <numerusform>Usunięto dane %n osób.</numerusform>
            <numerusform>Usunięto dane %n osób.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../wic_desk/reports/rules.py" line="+306"/>
        <source>Unique persons served (visit, consultation or attendance)</source>
        <translation>Unikalne osoby objęte wsparciem (wizyta, konsultacja lub obecność)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unique persons with stable employment</source>
        <translation>Unikalne osoby ze stabilnym zatrudnieniem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities held (at least one participant present)</source>
        <translation>Zrealizowane działania (obecny co najmniej jeden uczestnik)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions held (meetings with someone present)</source>
        <translation>Zrealizowane spotkania (z co najmniej jedną obecną osobą)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours of sessions held</source>
        <translation>Godziny zrealizowanych spotkań</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique persons who attended</source>
        <translation>Unikalne osoby obecne na zajęciach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants who completed (present at the activity&apos;s completion share of sessions)</source>
        <translation>Uczestnicy, którzy ukończyli (obecni na wymaganej części spotkań)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consultations held</source>
        <translation>Przeprowadzone konsultacje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services delivered (each visit reason and each consultation)</source>
        <translation>Udzielone usługi (każdy powód wizyty i każda konsultacja)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock the desk after (minutes without use):</source>
        <translation>&amp;Blokuj stanowisko po (minutach bezczynności):</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="+14"/>
        <source>Set up WIC Desk</source>
        <translation>Konfiguracja WIC Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre and this desk</source>
        <translation>Centrum i to stanowisko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WIC Desk is starting for the first time on this computer. Set up a new centre, or join a centre whose other desks already work, and name this desk (each laptop is one desk).</source>
        <translation>WIC Desk uruchamia się po raz pierwszy na tym komputerze. Skonfiguruj nowe centrum albo dołącz do centrum, którego inne stanowiska już działają, i nazwij to stanowisko (każdy laptop to jedno stanowisko).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up a &amp;new centre</source>
        <translation>Skonfiguruj &amp;nowe centrum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Join an existing centre from a full exchange file</source>
        <translation>&amp;Dołącz do istniejącego centrum z pełnego pliku wymiany</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another desk of the centre writes the file: Sync, Write exchange file, Everything. Staff accounts come with it.</source>
        <translation>Plik zapisuje inne stanowisko centrum: Synchronizacja, Zapisz plik wymiany, Wszystko. Konta personelu przychodzą razem z nim.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Centre:</source>
        <translation>&amp;Centrum:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Centrum Integracji Cudzoziemców</source>
        <translation>np. Centrum Integracji Cudzoziemców</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;This desk:</source>
        <translation>&amp;To stanowisko:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Recepcja 1</source>
        <translation>np. Recepcja 1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The first administrator</source>
        <translation>Pierwszy administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator adds the other staff accounts. Choose a password (the rule is beside the field) and keep it safe: it opens the desk and the command line.</source>
        <translation>Administrator dodaje pozostałe konta personelu. Wybierz hasło (zasada jest obok pola) i przechowuj je bezpiecznie: otwiera stanowisko i wiersz poleceń.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repeat the pass&amp;word:</source>
        <translation>Powtórz has&amp;ło:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Read the full exchange file written at another desk of the centre. Everything in it comes to this desk, staff accounts included: afterwards, log in with your usual login and password.</source>
        <translation>Wczytaj pełny plik wymiany zapisany na innym stanowisku centrum. Wszystko, co zawiera, trafi na to stanowisko, także konta personelu: potem zaloguj się swoim zwykłym loginem i hasłem.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Join an existing centre</source>
        <translation>Dołącz do istniejącego centrum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exchange &amp;file:</source>
        <translation>&amp;Plik wymiany:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;hoose… (Ctrl+O)</source>
        <translation>&amp;Wybierz… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../wic_desk/gui/pages/setup_wizard.py" line="+2"/>
        <source>WIC Desk exchange files (*.wicsync *.age);;All files (*)</source>
        <translation>Pliki wymiany WIC Desk (*.wicsync *.age);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../../ui/setup_wizard.ui" line="+25"/>
        <source>&amp;Join code:</source>
        <translation>&amp;Kod dołączenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/setup_wizard.ui" line="+10"/>
        <source>e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>np. ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown once on the desk that wrote the join file. The centre&apos;s recovery key opens it too.</source>
        <translation>Pokazany raz na stanowisku, które zapisało plik dołączenia. Otwiera go też klucz odzyskiwania centrum.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The full exchange file</source>
        <translation>Pełny plik wymiany</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/activity_detail.py" line="-863"/>
        <source>Attendance sheet</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session:</source>
        <translation>&amp;Spotkanie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}. {date}</source>
        <translation>{number}. {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in list of the enrolled participants, with blank rows for walk-ins.</source>
        <translation>Lista obecności zapisanych uczestników z pustymi wierszami dla osób spoza listy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF… (Ctrl+S)</source>
        <translation>Zapisz jako PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print… (Ctrl+P)</source>
        <translation>Drukuj… (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Anuluj (Esc)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../wic_desk/app.py" line="+37"/>
        <source>This database is now encrypted on disk. An encrypted backup was made and {removed} unencrypted backups were deleted. Log in as before.</source>
        <translation>Ta baza danych jest teraz zaszyfrowana na dysku. Utworzono zaszyfrowaną kopię zapasową, a {removed} niezaszyfrowanych kopii usunięto. Zaloguj się jak dotąd.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/staff.py" line="-160"/>
        <source>New staff account</source>
        <translation>Nowe konto pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account: {login}</source>
        <translation>Konto pracownika: {login}</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="+14"/>
        <source>Staff account</source>
        <translation>Konto pracownika</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Specialist kind:</source>
        <translation>Rodzaj &amp;specjalisty:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repeat the pass&amp;word:</source>
        <translation>Powtórz has&amp;ło:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account &amp;active</source>
        <translation>Konto &amp;aktywne</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/staff.py" line="+110"/>
        <source>&amp;Make a password</source>
        <translation>&amp;Utwórz hasło</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The new password: {password} — give it to its owner in person; it is not shown again.</source>
        <translation>Nowe hasło: {password} — przekaż je właścicielowi osobiście; nie zostanie pokazane ponownie.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Filter by login or name</source>
        <translation>Filtruj według loginu lub nazwiska</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktywuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/staff_page.ui" line="+92"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Dezaktywuj</translation>
    </message>
    <message>
        <location filename="../../ui/staff_page.ui" line="-66"/>
        <source>Show &amp;inactive accounts</source>
        <translation>Pokaż &amp;nieaktywne konta</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Resetuj hasło…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../wic_desk/gui/pages/staff.py" line="-493"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist kind</source>
        <translation>Rodzaj specjalisty</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+80"/>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Nieaktywne</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <location filename="../../wic_desk/services/subject_export.py" line="-60"/>
        <source>Everything we hold about this person</source>
        <translation>Wszystko, co przechowujemy o tej osobie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{centre} · exported on {date} by {staff}</source>
        <translation>{centre} · wyeksportowano {date}, eksportował(a): {staff}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page {page} of {pages}</source>
        <translation>strona {page} z {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records merged into this one</source>
        <translation>Rekordy scalone z tym rekordem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations</source>
        <translation>Konsultacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities attended</source>
        <translation>Działania, w których osoba uczestniczyła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>Zaświadczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment outcomes</source>
        <translation>Zatrudnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Imię i nazwisko w oryginalnym zapisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Obywatelstwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence status</source>
        <translation>Status pobytowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Niepełnosprawność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household relation</source>
        <translation>Pokrewieństwo w gospodarstwie domowym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact</source>
        <translation>Pierwszy kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard of the centre from</source>
        <translation>Skąd wie o centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Zarejestrowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised: the person&apos;s identity has been erased.</source>
        <translation>Zanonimizowano: dane identyfikujące osobę zostały usunięte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Zapisał(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Cele wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome and referral</source>
        <translation>Wynik i skierowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note exists ({level}); it is not included: the requester may not read it.</source>
        <translation>Istnieje notatka ({level}); nie została dołączona: osoba wnioskująca nie może jej czytać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with an interpreter</source>
        <translation>z tłumaczem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions attended, hours</source>
        <translation>Obecności na spotkaniach, godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completion</source>
        <translation>ukończenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participation</source>
        <translation>uczestnictwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Pracodawca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable employment</source>
        <translation>stabilne zatrudnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/sync.py" line="-228"/>
        <source>WIC Desk exchange files (*.wicsync *.age);;All files (*)</source>
        <translation>Pliki wymiany WIC Desk (*.wicsync *.age);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+559"/>
        <source>Exchange files with the other desks</source>
        <translation>Wymiana plików z innymi stanowiskami</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write exchange file… ({keys})</source>
        <translation>Zapisz plik wymiany… ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read exchange file… ({keys})</source>
        <translation>Odczytaj plik wymiany… ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh ({keys})</source>
        <translation>Odśwież ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last exchange with each desk</source>
        <translation>Ostatnia wymiana z każdym stanowiskiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other desk is known here yet. Read a file from another desk, or write one for every desk.</source>
        <translation>Nie znamy tu jeszcze innych stanowisk. Odczytaj plik z innego stanowiska albo zapisz plik dla wszystkich stanowisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire desk…</source>
        <translation>Wycofaj stanowisko…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a desk that will not come back (a laptop given away, lost or replaced): files for every desk stop waiting for it.</source>
        <translation>Dla stanowiska, które nie wróci (laptop oddany, zgubiony lub wymieniony): pliki dla wszystkich stanowisk przestają na nie czekać.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last file read here</source>
        <translation>Ostatni plik odczytany tutaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From desk:</source>
        <translation>Ze stanowiska:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes in the file:</source>
        <translation>Zmiany w pliku:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here:</source>
        <translation>Nowe tutaj:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts to review:</source>
        <translation>Konflikty do przejrzenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for their person or activity:</source>
        <translation>Czekające na swoją osobę lub działanie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file has been read since you logged in.</source>
        <translation>Od zalogowania nie odczytano żadnego pliku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to review: the same field changed at two desks</source>
        <translation>Konflikty do przejrzenia: to samo pole zmienione na dwóch stanowiskach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: every desk&apos;s changes agree.</source>
        <translation>Brak konfliktów: zmiany ze wszystkich stanowisk są zgodne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the shown value ({keys})</source>
        <translation>Zachowaj widoczną wartość ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the other ({keys})</source>
        <translation>Użyj drugiej ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the value selected in the list; with two values, the one not shown now.</source>
        <translation>Bierze wartość wybraną na liście; przy dwóch wartościach tę, która nie jest teraz widoczna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinators and administrators settle conflicts; until then the shown value stands and nothing is lost.</source>
        <translation>Konflikty rozstrzygają koordynatorzy i administratorzy; do tego czasu obowiązuje widoczna wartość i nic nie ginie.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Write exchange file</source>
        <translation>Zapisz plik wymiany</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing the exchange file</source>
        <translation>Zapisywanie pliku wymiany</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Desks stay in step through files: write one here, carry it on a USB stick, a shared folder or e-mail, and read it at the other desk. The files are encrypted with the centre key: only the desks of this centre can read them.</source>
        <translation>Stanowiska są zgodne dzięki plikom: zapisz plik tutaj, przenieś go na pendrivie, przez folder współdzielony lub e-mail i odczytaj na drugim stanowisku. Pliki są zaszyfrowane kluczem centrum: odczytać je mogą tylko stanowiska tego centrum.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>This desk has the centre key now: no passphrase is needed from now on.</source>
        <translation>To stanowisko ma teraz klucz centrum: odtąd hasło nie jest potrzebne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the centre key</source>
        <translation>Tworzenie klucza centrum</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Written: {file}, everything ({changes} changes, {size}). The new desk {desk} joins from it with its join code; it is listed here from now on.</source>
        <translation>Zapisano: {file}, wszystko (zmiany: {changes}, {size}). Nowe stanowisko {desk} dołącza z niego ze swoim kodem dołączenia; odtąd jest tu na liście.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: {file}, everything ({changes} changes, {size}). A new desk joins from it with its join code.</source>
        <translation>Zapisano: {file}, wszystko (zmiany: {changes}, {size}). Nowe stanowisko dołącza z niego ze swoim kodem dołączenia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: {file}, for {desk} ({changes} changes, {size}).</source>
        <translation>Zapisano: {file}, dla stanowiska {desk} (zmiany: {changes}, {size}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written: {file}, for every desk ({changes} changes, {size}).</source>
        <translation>Zapisano: {file}, dla wszystkich stanowisk (zmiany: {changes}, {size}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Read exchange file</source>
        <translation>Odczytaj plik wymiany</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the exchange file</source>
        <translation>Odczytywanie pliku wymiany</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read a file from {desk}: {changes} changes, {new} new here.</source>
        <translation>Odczytano plik ze stanowiska {desk}: zmiany: {changes}, nowe tutaj: {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} conflicts to review below.</source>
        <translation>Konflikty do przejrzenia poniżej: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is a copy or a restored backup, so this desk took a new desk id.</source>
        <translation>Ta baza danych jest kopią lub przywróconą kopią zapasową, więc to stanowisko otrzymało nowy identyfikator.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading was cancelled; nothing was changed.</source>
        <translation>Odczyt anulowano; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing was cancelled; no file was written.</source>
        <translation>Zapis anulowano; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a conflict to see every value.</source>
        <translation>Wybierz konflikt, aby zobaczyć wszystkie wartości.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{record} · {field}: {n} values; the first is shown now.</source>
        <translation>{record} · {field}: wartości: {n}; teraz widoczna jest pierwsza.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Settled: {field} of {record} is now “{value}”. The choice travels to the other desks with the next exchange file.</source>
        <translation>Rozstrzygnięto: {field} ({record}) ma teraz wartość „{value}”. Wybór trafi na inne stanowiska z następnym plikiem wymiany.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not yet known at {desks}, as far as this desk can tell: write a file for it (Write exchange file → For one desk) and read it there. From then on it can write files for this desk alone.</source>
        <translation>Stanowisko nie jest jeszcze znane w: {desks} (na ile to stanowisko wie): zapisz dla niego plik (Zapisz plik wymiany → Dla jednego stanowiska) i odczytaj go tam. Od tej chwili będzie mogło zapisywać pliki tylko dla tego stanowiska.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retire desk</source>
        <translation>Wycofaj stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire the desk “{desk}” for good? Files for every desk will no longer wait for it, on every desk once the change travels. It can still be given a file of its own. Retire a desk only if it will not come back.</source>
        <translation>Wycofać stanowisko „{desk}” na stałe? Pliki dla wszystkich stanowisk przestaną na nie czekać — na każdym stanowisku, gdy dotrze tam ta zmiana. Nadal będzie można zapisać plik tylko dla niego. Wycofuj stanowisko tylko wtedy, gdy nie wróci.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retired: {desk}. The other desks learn it from the next exchange file.</source>
        <translation>Wycofano: {desk}. Pozostałe stanowiska dowiedzą się o tym z następnego pliku wymiany.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../wic_desk/gui/models/sync.py" line="-184"/>
        <source>Centre</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation topic</source>
        <translation>Temat konsultacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>Zatrudnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Zaświadczenie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Imię i nazwisko w oryginalnym zapisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Obywatelstwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence status</source>
        <translation>Status pobytowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Niepełnosprawność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard of the centre from</source>
        <translation>Skąd wie o centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Usunięty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Scalony z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(hidden)</source>
        <translation>(ukryte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>TodayVisitsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/visits.py" line="-52"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymous</source>
        <translation>Anonimowo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn</source>
        <translation>Zgoda wycofana</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/consultation.py" line="+76"/>
        <source>Consultation topics</source>
        <translation>Tematy konsultacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellors and specialists tick these when they record a consultation.</source>
        <translation>Doradcy i specjaliści zaznaczają je przy zapisywaniu konsultacji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New topic</source>
        <translation>Nowy temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add topic (Enter)</source>
        <translation>Dodaj temat (Enter)</translation>
    </message>
</context>
<context>
    <name>VerifyCertificateDialog</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/certificate_check.py" line="+117"/>
        <source>Verify a certificate</source>
        <translation>Sprawdź zaświadczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the number and the verification code printed under the certificate&apos;s QR code, or scan the QR code.</source>
        <translation>Wpisz numer i kod weryfikacyjny wydrukowane pod kodem QR zaświadczenia albo zeskanuj kod QR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification &amp;code:</source>
        <translation>&amp;Kod weryfikacyjny:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k</source>
        <translation>Sp&amp;rawdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate number</source>
        <translation>Numer zaświadczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code</source>
        <translation>Kod weryfikacyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type the certificate&apos;s number.</source>
        <translation>Wpisz numer zaświadczenia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the verification code.</source>
        <translation>Wpisz kod weryfikacyjny.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>certificate of completion</source>
        <translation>zaświadczenie o ukończeniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate of participation</source>
        <translation>zaświadczenie o udziale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Imię i nazwisko w oryginalnym zapisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Liczba godzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Data wydania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Genuine</source>
        <translation>Autentyczne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not genuine</source>
        <translation>Nieautentyczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No certificate has this number and verification code. Check what was typed; a certificate issued at another desk shows here after the next exchange of files.</source>
        <translation>Żadne zaświadczenie nie ma tego numeru i kodu weryfikacyjnego. Sprawdź wpisane dane; zaświadczenie wydane na innym stanowisku będzie tu widoczne po następnej wymianie plików.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/person.py" line="+58"/>
        <source>Consent withdrawn</source>
        <translation>Zgoda wycofana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that {name} withdrew their consent today. What happens to their record?</source>
        <translation>Zapisz, że {name} wycofuje dziś zgodę na przetwarzanie danych. Co dalej z danymi tej osoby?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase the person</source>
        <translation>&amp;Usuń dane osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their names, contacts, PESEL and notes are erased for good, with every record merged into theirs; their visits and activities still count in the figures. This cannot be undone.</source>
        <translation>Imiona i nazwiska, kontakty, PESEL i notatki zostaną trwale usunięte, także ze wszystkich scalonych z nią rekordów; wizyty i działania nadal liczą się we wskaźnikach. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the service record for the figures (restrict)</source>
        <translation>&amp;Zachowaj rejestr usług na potrzeby wskaźników (ograniczenie przetwarzania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the law requires the centre to keep the service record: it is kept as it is, but the person is no longer found by the search, nothing new can be recorded for them, and reports only count them.</source>
        <translation>Gdy przepisy wymagają, by centrum zachowało rejestr usług: dane zostają bez zmian, ale tej osoby nie można już wyszukać, nie można zapisać dla niej niczego nowego, a raporty tylko ją liczą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the withdrawal</source>
        <translation>Zapisz wycofanie zgody</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../wic_desk/reports/workbook.py" line="+168"/>
        <source>Donor report</source>
        <translation>Raport dla grantodawcy</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+255"/>
        <source>Count</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of target</source>
        <translation>% celu</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+84"/>
        <source>Unique persons served</source>
        <translation>Unikalne osoby objęte wsparciem</translation>
    </message>
    <message>
        <location line="-83"/>
        <location filename="../../wic_desk/services/reports.py" line="+246"/>
        <source>new</source>
        <translation>nowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wic_desk/services/reports.py" line="+0"/>
        <source>returning</source>
        <translation>powracające</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous visits</source>
        <translation>Wizyty anonimowe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check: new + returning</source>
        <translation>Kontrola: nowe + powracające</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Count against target</source>
        <translation>Wynik a wartość docelowa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>female</source>
        <translation>kobiety</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>mężczyźni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other, not stated</source>
        <translation>inna, nie podano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation>BŁĄD</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>Check: total = unique persons</source>
        <translation>Kontrola: razem = unikalne osoby</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+11"/>
        <location line="+133"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <location line="+51"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Unique persons (not additive)</source>
        <translation>Unikalne osoby (nie sumować)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total services</source>
        <translation>Razem usług</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Services by group</source>
        <translation>Usługi wg grup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services by age group and sex</source>
        <translation>Usługi wg wieku i płci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services: female</source>
        <translation>Usługi: kobiety</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services: male</source>
        <translation>Usługi: mężczyźni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: other</source>
        <translation>Usługi: inna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services total</source>
        <translation>Usługi razem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons: female</source>
        <translation>Osoby: kobiety</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons: male</source>
        <translation>Osoby: mężczyźni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons: other</source>
        <translation>Osoby: inna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons total (within the kind; not additive across kinds)</source>
        <translation>Osoby razem (w rodzaju; nie sumować między rodzajami)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique persons in the kind (database)</source>
        <translation>Unikalne osoby w rodzaju (z bazy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Kontrola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous visits (no person)</source>
        <translation>wizyty anonimowe (bez osoby)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total of the kind</source>
        <translation>Razem w rodzaju</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation>Pierwsze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last</source>
        <translation>Ostatnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions held</source>
        <translation>Odbyte spotkania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+1"/>
        <source>Employment</source>
        <translation>Zatrudnienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person code</source>
        <translation>Kod osoby</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <translation>Stabilne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours per week</source>
        <translation>Godz./tydz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outcomes</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons with stable employment</source>
        <translation>Osoby ze stabilnym zatrudnieniem</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Data quality</source>
        <translation>Jakość danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to check</source>
        <translation>Co sprawdzić</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out of</source>
        <translation>Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to fix before sending</source>
        <translation>Co poprawić przed wysłaniem</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+47"/>
        <location filename="../../wic_desk/services/reports.py" line="-15"/>
        <source>Age group</source>
        <translation>Grupa wiekowa</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/reports.py" line="-76"/>
        <source>Sex other or not stated</source>
        <translation>Płeć inna lub nie podana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the person&apos;s record: if the sex was simply not recorded, correct it</source>
        <translation>Sprawdź w karcie osoby, czy płci nie pominięto; jeśli tak, popraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown age (no birth date or year)</source>
        <translation>Wiek nieznany (brak daty i roku urodzenia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the birth date (the year is enough)</source>
        <translation>Dopisz datę urodzenia (wystarczy rok)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown citizenship</source>
        <translation>Obywatelstwo nieznane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the citizenship to the person&apos;s record</source>
        <translation>Dopisz obywatelstwo w karcie osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability: not asked</source>
        <translation>Niepełnosprawność: nie pytano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the Washington Group questions at the next visit</source>
        <translation>Zadaj pytania Washington Group przy najbliższej wizycie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence status not recorded</source>
        <translation>Status pobytu nie podany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the residence status to the person&apos;s record</source>
        <translation>Dopisz status pobytu w karcie osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits without a reason</source>
        <translation>Wizyty bez powodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the reason to the visit in the day&apos;s list</source>
        <translation>Dopisz powód wizyty na liście wizyt dnia</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not recorded</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizenship</source>
        <translation>Obywatelstwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability (Washington Group)</source>
        <translation>Niepełnosprawność (Washington Group)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence status</source>
        <translation>Status pobytu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New and returning</source>
        <translation>Nowe i powracające</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>visits</source>
        <translation>wizyty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>consultations</source>
        <translation>konsultacje</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Monthly report {month}</source>
        <translation>Raport miesięczny {month}</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/sync.py" line="-736"/>
        <source>Write exchange file</source>
        <translation>Zapisz plik wymiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which changes should the file carry?</source>
        <translation>Jakie zmiany ma zawierać plik?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;every desk</source>
        <translation>Dla &amp;wszystkich stanowisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the least up-to-date active desk lacks: any desk can read it. Silent, replaced and retired desks are not waited for.</source>
        <translation>To, czego brakuje najmniej aktualnemu aktywnemu stanowisku: każde stanowisko może go odczytać. Stanowiska bez kontaktu, zastąpione i wycofane nie są brane pod uwagę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;one desk, only what it lacks:</source>
        <translation>Dla &amp;jednego stanowiska, tylko to, czego mu brakuje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every&amp;thing (a full file, for a new desk joining the centre)</source>
        <translation>&amp;Wszystko (pełny plik dla nowego stanowiska dołączającego do centrum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds all the centre&apos;s data, staff accounts included. Keep it safe. The new desk also needs the join code shown once the file is written. Name the new desk to write files for it before it has sent any.</source>
        <translation>Zawiera wszystkie dane centrum, także konta pracowników. Przechowuj go bezpiecznie. Nowe stanowisko potrzebuje też kodu dołączenia, pokazanego po zapisaniu pliku. Nazwij nowe stanowisko, aby zapisywać dla niego pliki, zanim samo coś wyśle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only coordinators and administrators write a full file.</source>
        <translation>Pełny plik zapisują tylko koordynatorzy i administratorzy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New desk&apos;s name:</source>
        <translation>&amp;Nazwa nowego stanowiska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. Recepcja 2</source>
        <translation>nieobowiązkowo, np. Recepcja 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file…</source>
        <translation>Wybierz plik…</translation>
    </message>
</context>
<context>
    <name>_VisitDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/visit.py" line="-63"/>
        <source>&amp;Reasons for the visit — press the number keys, then Enter:</source>
        <translation>&amp;Cele wizyty — naciśnij klawisze cyfr, potem Enter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notatka (opcjonalnie):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything the next colleague should know</source>
        <translation>Wszystko, co powinien wiedzieć następny pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save visit (Enter)</source>
        <translation>Zapisz wizytę (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter saves; Escape closes without saving.</source>
        <translation>Enter zapisuje; Escape zamyka bez zapisywania.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least one reason for the visit.</source>
        <translation>Wybierz co najmniej jeden cel wizyty.</translation>
    </message>
</context>
</TS>
