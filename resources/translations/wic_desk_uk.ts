<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/activities.py" line="+29"/>
        <source>First session</source>
        <translation>Перше заняття</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/activities.py" line="+149"/>
        <source>Activities</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by title or kind (Ctrl+L)</source>
        <translation>Фільтрувати за назвою або видом (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New activity… (Ctrl+N)</source>
        <translation>Новий захід… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (Enter)</source>
        <translation>Відкрити (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Оновити (F5)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No activities yet. Create the first one with Ctrl+N.</source>
        <translation>Заходів ще немає. Створіть перший за допомогою Ctrl+N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No activities yet. A coordinator creates them.</source>
        <translation>Заходів ще немає. Їх створює координатор.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n захід</numerusform>
            <numerusform>%n заходи</numerusform>
            <numerusform>%n заходів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown</source>
        <translation>
            <numerusform>показано %n</numerusform>
            <numerusform>показано %n</numerusform>
            <numerusform>показано %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the activity selected: enrolment, attendance, sheets, certificates.</source>
        <translation>Enter відкриває вибраний захід: записи, відвідуваність, списки присутніх, сертифікати.</translation>
    </message>
</context>
<context>
    <name>ActivityDetailPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/activity_detail.py" line="+554"/>
        <source>← Activities (Alt+Left)</source>
        <translation>← Заходи (Alt+Ліворуч)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance sheet… (Ctrl+P)</source>
        <translation>Список присутніх… (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue certificates… (Ctrl+Shift+C)</source>
        <translation>Видати сертифікати… (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For everyone who meets the completion rule: one PDF, a page each.</source>
        <translation>Для кожного, хто виконав умову завершення: один PDF, по сторінці на особу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol (Ctrl+E)</source>
        <translation>Записати (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person: name in any script, phone, PESEL</source>
        <translation>Знайти особу: ім&apos;я будь-якою абеткою, телефон, PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol (Enter)</source>
        <translation>Записати (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add walk-in… (Ctrl+N)</source>
        <translation>Додати особу без запису… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register someone not yet registered (consent first) and enrol them.</source>
        <translation>Зареєструвати особу, якої ще немає в базі (спершу згода), і записати її.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Відвідуваність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s session (Ctrl+T)</source>
        <translation>Сьогоднішнє заняття (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} ({key})</source>
        <translation>{status} ({key})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw… (Ctrl+Shift+Del)</source>
        <translation>Виписати… (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected participant; the first on the waiting list takes the place.</source>
        <translation>Виписати вибраного учасника; його місце займе перший із резервного списку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel session…</source>
        <translation>Скасувати заняття…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected session did not take place: it then counts nowhere (figures, hours, completion).</source>
        <translation>Вибране заняття не відбулося: воно ніде не враховуватиметься (показники, години, завершення).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel activity…</source>
        <translation>Скасувати захід…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event (tag)…</source>
        <translation>Подія (тег)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event or series the activity belongs to: an indicator can count only the activities of one event.</source>
        <translation>Подія або цикл, до якого належить захід: показник може враховувати лише заходи однієї події.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{keys} or 1 / 2 / 3: present / absent / excused for the selected cells, then down to the next person · Space: cycle · arrows: move · Shift+arrows: select several</source>
        <translation>{keys} або 1 / 2 / 3: присутній / відсутній / з поважної причини для вибраних клітинок, далі вниз до наступної особи · Пробіл: по колу · стрілки: рух · Shift+стрілки: вибрати кілька</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting list</source>
        <translation>Резервний список</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n заняття</numerusform>
            <numerusform>%n заняття</numerusform>
            <numerusform>%n занять</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event: {tag}</source>
        <translation>подія: {tag}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n записана особа</numerusform>
            <numerusform>%n записані особи</numerusform>
            <numerusform>%n записаних осіб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n особа в резервному списку</numerusform>
            <numerusform>%n особи в резервному списку</numerusform>
            <numerusform>%n осіб у резервному списку</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed at {percent}% of the sessions attended</source>
        <translation>завершено за відвідування {percent}% занять</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CANCELLED: {reason}</source>
        <translation>СКАСОВАНО: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting list ({count})</source>
        <translation>Резервний список ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No one is enrolled yet: find people on the left (Ctrl+E).</source>
        <translation>Ще ніхто не записаний: знайдіть осіб ліворуч (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {count} participants meet the completion rule (present at {percent}% of the sessions or more).</source>
        <translation>{done} з {count} учасників виконують умову завершення (присутність щонайменше на {percent}% занять).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type a name, then Down and Enter to enrol. Not registered yet? Ctrl+N.</source>
        <translation>Введіть ім&apos;я, потім стрілка вниз і Enter, щоб записати. Особи ще немає в базі? Ctrl+N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one found for “{query}”: add them as a walk-in (Ctrl+N).</source>
        <translation>За запитом «{query}» нікого не знайдено: додайте особу (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s) found. Down: results · Enter: enrol</source>
        <translation>
            <numerusform>Знайдено %n особу. Вниз: результати · Enter: записати</numerusform>
            <numerusform>Знайдено %n особи. Вниз: результати · Enter: записати</numerusform>
            <numerusform>Знайдено %n осіб. Вниз: результати · Enter: записати</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{name} is already on this activity ({status}).</source>
        <translation>{name}: ця особа вже є в цьому заході ({status}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The activity is full: {name} is on the waiting list.</source>
        <translation>Місць немає: {name} — у резервному списку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is enrolled.</source>
        <translation>{name}: записано.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The person chosen</source>
        <translation>Вибрана особа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without consent to data processing no one can be enrolled; they may still sign the paper sheet as a walk-in.</source>
        <translation>Без згоди на обробку даних нікого не можна записати; особа все ж може підписати паперовий список присутніх.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select the participant to withdraw first.</source>
        <translation>Спершу виберіть учасника, якого треба виписати.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw participant</source>
        <translation>Виписати учасника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw {name} from this activity? Their attendance so far is kept.</source>
        <translation>Виписати {name} з цього заходу? Відвідуваність досі зберігається.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is withdrawn.</source>
        <translation>{name}: виписано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} moves up from the waiting list.</source>
        <translation>{name}: переходить із резервного списку до учасників.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Move to a session&apos;s column first (arrows or Ctrl+T).</source>
        <translation>Спершу перейдіть до стовпця заняття (стрілки або Ctrl+T).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a session&apos;s column first.</source>
        <translation>Спершу виберіть стовпець заняття.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel session {number}</source>
        <translation>Скасування заняття {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why did session {number} ({date}) not take place?</source>
        <translation>Чому заняття {number} ({date}) не відбулося?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Event (tag)</source>
        <translation>Подія (тег)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event this activity belongs to (empty: none):</source>
        <translation>Подія, до якої належить цей захід (порожньо: немає):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel activity</source>
        <translation>Скасування заходу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why did this activity not take place?</source>
        <translation>Чому цей захід не відбувся?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: it counts nowhere from now on.</source>
        <translation>Скасовано: відтепер ніде не враховується.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The attendance was not saved: {reason} The grid shows what is saved.</source>
        <translation>Відвідуваність не збережено: {reason} Таблиця показує те, що збережено.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+28"/>
        <source>This activity has no sessions.</source>
        <translation>Цей захід не має занять.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Session {number} is today: mark who came.</source>
        <translation>Заняття {number} сьогодні: позначте, хто прийшов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session today; this is session {number} on {date}.</source>
        <translation>Сьогодні заняття немає; це заняття {number} від {date}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save attendance sheet</source>
        <translation>Зберегти список присутніх</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Writing the attendance sheet…</source>
        <translation>Створення списку присутніх…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sheet is open in the PDF viewer: print it from there.</source>
        <translation>Список відкрито в переглядачі PDF: надрукуйте його звідти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance sheet saved: {path}</source>
        <translation>Список присутніх збережено: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attendance is still being saved; try again in a moment.</source>
        <translation>Відвідуваність ще зберігається; спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No participant meets the completion rule yet.</source>
        <translation>Ще жоден учасник не виконав умову завершення.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save certificates</source>
        <translation>Зберегти сертифікати</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Printing %n certificate(s)…</source>
        <translation>
            <numerusform>Друк %n сертифіката…</numerusform>
            <numerusform>Друк %n сертифікатів…</numerusform>
            <numerusform>Друк %n сертифікатів…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue certificates</source>
        <translation>Видати сертифікати</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Printing cancelled. Certificates already issued keep their numbers and print the same next time.</source>
        <translation>Друк скасовано. Уже видані сертифікати зберігають свої номери й наступного разу надрукуються так само.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n certificate(s) printed</source>
        <translation>
            <numerusform>Надруковано %n сертифікат</numerusform>
            <numerusform>Надруковано %n сертифікати</numerusform>
            <numerusform>Надруковано %n сертифікатів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new: {issued}, printed again: {reprinted}</source>
        <translation>нові: {issued}, надруковані повторно: {reprinted}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates ready</source>
        <translation>Сертифікати готові</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the PDF now?</source>
        <translation>Відкрити PDF зараз?</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/activity_dialog.py" line="+258"/>
        <source>New activity</source>
        <translation>Новий захід</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Ведучий:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;pacity:</source>
        <translation>&amp;Кількість місць:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tar&amp;get group:</source>
        <translation>&amp;Цільова група:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts for pro&amp;ject:</source>
        <translation>Зараховується до про&amp;єкту:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vent (tag):</source>
        <translation>&amp;Подія (тег):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpletion rule:</source>
        <translation>&amp;Умова завершення:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Polish A1, group 2</source>
        <translation>напр. Польська A1, група 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the sessions are held, unless a session says otherwise</source>
        <translation>Де відбуваються заняття, якщо для заняття не вказано інше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. adults from Ukraine, children 7-12</source>
        <translation>напр. дорослі з України, діти 7–12 років</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Skovoroda Fest 2023 (optional)</source>
        <translation>напр. Skovoroda Fest 2023 (необов’язково)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event or series the activity belongs to: an indicator can count only the activities of one event.</source>
        <translation>Подія або цикл, до якого належить захід: показник може враховувати лише заходи однієї події.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No limit</source>
        <translation>Без обмежень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the places are taken, further people go on the waiting list.</source>
        <translation>Коли місця закінчаться, наступні особи потрапляють до резервного списку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add session (Ctrl+Ins)</source>
        <translation>&amp;Додати заняття (Ctrl+Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new row one week after the last session, same time and place.</source>
        <translation>Новий рядок через тиждень після останнього заняття, той самий час і місце.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove session (Ctrl+Del)</source>
        <translation>&amp;Видалити заняття (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create (Ctrl+Enter)</source>
        <translation>Створити (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Completed when present at {percent}% of the sessions or more (100% = every session).</source>
        <translation>Завершено за присутності щонайменше на {percent}% занять (100% = усі заняття).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n заняття</numerusform>
            <numerusform>%n заняття</numerusform>
            <numerusform>%n занять</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnonymousVisitDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/visit.py" line="+190"/>
        <location line="+1"/>
        <source>Anonymous visit</source>
        <translation>Анонімний візит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a person who does not consent to registration. No name is kept: only what the service figures need.</source>
        <translation>Для особи, яка не погоджується на реєстрацію. Ім&apos;я не зберігається — лише те, що потрібно для статистики послуг.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Стать:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Виберіть…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Age group:</source>
        <translation>&amp;Вікова група:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not known —</source>
        <translation>— невідомо —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Громадянство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not given —</source>
        <translation>— не вказано —</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/attendance.py" line="+39"/>
        <source>P</source>
        <translation>П</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <translation>В</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <translation>У</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Присутній</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>✓ present at {percent}% of the sessions or more; hours attended</source>
        <translation>✓ присутність щонайменше на {percent}% занять; відвідані години</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session {number} · {date} · {hours} h</source>
        <translation>Заняття {number} · {date} · {hours} год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled: {reason}</source>
        <translation>скасовано: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{hours} h</source>
        <translation>{hours} год</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meets the completion rule</source>
        <translation>Виконує умову завершення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not meet the completion rule yet</source>
        <translation>Ще не виконує умову завершення</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not marked</source>
        <translation>Не позначено</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/audit_log.py" line="+169"/>
        <source>Audit log: reads of confidential notes, edits and exports</source>
        <translation>Журнал аудиту: перегляди конфіденційних нотаток, зміни й експорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every desk of the centre: the entries of other desks arrive with their exchange files (the Desk column says where each was made).</source>
        <translation>Усі робочі місця центру: записи інших робочих місць надходять разом із їхніми файлами обміну (стовпець «Робоче місце» показує, де зроблено кожен запис).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Person:</source>
        <translation>&amp;Особа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in any script, phone, PESEL</source>
        <translation>Ім&apos;я будь-якою абеткою, телефон, PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— every person —</source>
        <translation>— усі особи —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— every user —</source>
        <translation>— усі користувачі —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Оновити (F5)</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the newest {limit} are shown: narrow the filter</source>
        <translation>показано лише {limit} найновіших: звузьте фільтр</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/audit.py" line="+23"/>
        <source>Confidential note read</source>
        <translation>Перегляд конфіденційної нотатки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation recorded</source>
        <translation>Консультацію зареєстровано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation edited</source>
        <translation>Консультацію змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up closed</source>
        <translation>Подальший контакт закрито</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up rescheduled</source>
        <translation>Подальший контакт перенесено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment recorded</source>
        <translation>Працевлаштування зареєстровано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person registered</source>
        <translation>Особу зареєстровано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person edited</source>
        <translation>Дані особи змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s page opened</source>
        <translation>Відкрито сторінку особи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity created</source>
        <translation>Захід створено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity&apos;s event (tag) changed</source>
        <translation>Змінено подію (тег) заходу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance sheet exported</source>
        <translation>Список присутніх експортовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates exported</source>
        <translation>Сертифікати експортовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate verification page published</source>
        <translation>Опубліковано сторінку перевірки сертифікатів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate verified</source>
        <translation>Перевірено сертифікат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup restored</source>
        <translation>Відновлено резервну копію</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor report exported</source>
        <translation>Звіт для донора експортовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report exported</source>
        <translation>Місячний звіт експортовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of a report sent saved</source>
        <translation>Збережено копію надісланого звіту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate settings changed</source>
        <translation>Налаштування сертифікатів змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle lock changed</source>
        <translation>Час автоблокування змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate verification address changed</source>
        <translation>Змінено адресу перевірки сертифікатів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account added</source>
        <translation>Обліковий запис працівника додано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account changed</source>
        <translation>Обліковий запис працівника змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN reset</source>
        <translation>PIN скинуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own PIN changed</source>
        <translation>Власний PIN змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Пароль скинуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation>Змінено власний пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First password chosen (instead of the old PIN)</source>
        <translation>Обрано перший пароль (замість старого PIN-коду)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own lock-screen PIN set</source>
        <translation>Встановлено власний PIN-код для екрана блокування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own lock-screen PIN removed</source>
        <translation>Видалено власний PIN-код для екрана блокування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed login or unlock</source>
        <translation>Невдалий вхід або розблокування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked after failed attempts</source>
        <translation>Обліковий запис заблоковано після невдалих спроб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery key made</source>
        <translation>Створено новий ключ відновлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database encrypted</source>
        <translation>Базу даних зашифровано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator&apos;s password set with the recovery key</source>
        <translation>Пароль адміністратора встановлено ключем відновлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key for notes made for a staff member</source>
        <translation>Створено ключ до нотаток для працівника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to notes passed on to colleagues waiting for it</source>
        <translation>Доступ до нотаток передано колегам, які на нього чекали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes from an older version encrypted</source>
        <translation>Зашифровано нотатки зі старішої версії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to notes given with the recovery key</source>
        <translation>Доступ до нотаток надано ключем відновлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note opened with the recovery key</source>
        <translation>Нотатку відкрито ключем відновлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session cancelled</source>
        <translation>Заняття скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity cancelled</source>
        <translation>Захід скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person anonymised</source>
        <translation>Особу анонімізовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Згоду відкликано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased: retention period over</source>
        <translation>Дані видалено: минув строк зберігання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups older than the retention period deleted</source>
        <translation>Видалено резервні копії, старші за строк зберігання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention period changed</source>
        <translation>Змінено строк зберігання даних</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held about a person exported (PDF and JSON)</source>
        <translation>Експортовано все, що ми зберігаємо про особу (PDF і JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People imported</source>
        <translation>Імпорт осіб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons merged</source>
        <translation>Осіб об&apos;єднано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge undone</source>
        <translation>Об&apos;єднання скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project created</source>
        <translation>Проєкт створено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project changed</source>
        <translation>Проєкт змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current project chosen</source>
        <translation>Вибрано поточний проєкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator added</source>
        <translation>Показник додано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator changed</source>
        <translation>Показник змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator removed</source>
        <translation>Показник видалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator moved</source>
        <translation>Показник переміщено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records behind a figure viewed</source>
        <translation>Переглянуто записи за показником</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre key made from the former sync passphrase</source>
        <translation>Ключ центру створено з колишнього пароля синхронізації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange file written</source>
        <translation>Файл обміну записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange file read</source>
        <translation>Файл обміну прочитано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk joined the centre</source>
        <translation>Робоче місце приєдналося до центру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data rebuilt from the change log</source>
        <translation>Дані відновлено з журналу змін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict settled</source>
        <translation>Конфлікт розв&apos;язано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk retired</source>
        <translation>Робоче місце виведено з роботи</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/follow_ups.py" line="+71"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Відкриті подальші контакти</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../wic_desk/cli.py" line="+33"/>
        <source>Login: </source>
        <translation>Логін: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first administrator&apos;s password: </source>
        <translation>Пароль першого адміністратора: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again: </source>
        <translation>Той самий пароль ще раз: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery key (from the sealed envelope): </source>
        <translation>Ключ відновлення (із запечатаного конверта): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password: </source>
        <translation>Новий пароль: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{login} has a new password. Make a new recovery key in Administration and seal it: this one has been seen.</source>
        <translation>{login} має новий пароль. Створіть новий ключ відновлення в «Адмініструванні» і запечатайте його: цей уже побачили.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The join code (or the centre&apos;s recovery key): </source>
        <translation>Код приєднання (або ключ відновлення центру): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the new desk this join code with the file, not in the same message; it is shown only now: {code}</source>
        <translation>Передайте новому робочому місцю цей код приєднання разом із файлом, але не в тому самому повідомленні; його показано лише зараз: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is now encrypted; an encrypted backup was made and {removed} unencrypted backups were deleted.</source>
        <translation>Базу даних тепер зашифровано; створено зашифровану резервну копію, а {removed} незашифрованих копій видалено.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/merge.py" line="+45"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First person</source>
        <translation>Перша особа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second person</source>
        <translation>Друга особа</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two records differ here.</source>
        <translation>Тут записи відрізняються.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/gui/pages/merge.py" line="+59"/>
        <source>Name (as in the document)</source>
        <translation>Ім&apos;я та прізвище (як у документі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Ім&apos;я та прізвище рідною мовою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, district</source>
        <translation>Місто, район</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence status</source>
        <translation>Статус перебування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
</context>
<context>
    <name>ConflictValuesModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/sync.py" line="+265"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown now</source>
        <translation>Зараз показано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written at desk</source>
        <translation>Записано на робочому місці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>shown</source>
        <translation>показано</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location line="-46"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown value</source>
        <translation>Показане значення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other values</source>
        <translation>Інші значення</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/consultation.py" line="+254"/>
        <source>Edit consultation</source>
        <translation>Редагувати консультацію</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record consultation</source>
        <translation>Зареєструвати консультацію</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation with {name}</source>
        <translation>Консультація: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Хвилини:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Topics:</source>
        <translation>&amp;Теми:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;Нотатка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may &amp;read the note:</source>
        <translation>Хто може &amp;читати нотатку:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up:</source>
        <translation>Подальший контакт:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>M&amp;ode:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not given —</source>
        <translation>— не вказано —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpreter used</source>
        <translation>&amp;З перекладачем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No topics yet: an administrator adds them (Admin → Consultation topics).</source>
        <translation>Тем ще немає: їх додає адміністратор (Адміністрування → Теми консультацій).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was discussed and agreed. Enter starts a new line; Ctrl+Enter saves.</source>
        <translation>Що обговорили й домовилися. Enter — новий рядок; Ctrl+Enter — зберегти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal: every counsellor and specialist</source>
        <translation>Звичайна: кожен консультант і спеціаліст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialists of the same kind only</source>
        <translation>Лише спеціалісти того самого профілю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only me (the author)</source>
        <translation>Лише я (автор)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receptionists and coordinators see only that the consultation happened (kind, date, staff member), never the note.</source>
        <translation>Адміністратори рецепції та координатори бачать лише, що консультація відбулася (вид, дата, працівник), але ніколи не нотатку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow up on</source>
        <translation>&amp;Подальший контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Зберегти (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your access to this note is still pending; left empty, the note stays as it is.</source>
        <translation>Ваш доступ до цієї нотатки ще очікується; якщо поле залишити порожнім, нотатка залишиться без змін.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Your role does not record consultations.</source>
        <translation>Ваша роль не дозволяє реєструвати консультації.</translation>
    </message>
</context>
<context>
    <name>ConsultationsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/consultations.py" line="+34"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Конфіденційність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Подальший контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not shown to you</source>
        <translation>Вам не показано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} (done)</source>
        <translation>{date} (виконано)</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../wic_desk/domain/enums.py" line="+217"/>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Білорусь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Росія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Грузія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Вірменія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Туреччина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Індія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Сирія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Афганістан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stateless / unknown</source>
        <translation>Без громадянства / невідомо</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/dashboard.py" line="+92"/>
        <source>Counting the indicators…</source>
        <translation>Підрахунок показників…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting the persons served…</source>
        <translation>Підрахунок осіб, що отримали послуги…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting the services…</source>
        <translation>Підрахунок послуг…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the activities…</source>
        <translation>Складання переліку заходів…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing the employment outcomes…</source>
        <translation>Складання переліку працевлаштувань…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the workbook…</source>
        <translation>Запис книги Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Starts on {date}</source>
        <translation>Починається {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended on {date}</source>
        <translation>Завершився {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left: {n}</source>
        <translation>Залишилося днів: {n}</translation>
    </message>
    <message>
        <location line="+555"/>
        <source>Refresh (F5)</source>
        <translation>Оновити (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Місячний звіт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Donor report…</source>
        <translation>Звіт для &amp;донора…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports &amp;sent… (Ctrl+Shift+R)</source>
        <translation>&amp;Надіслані звіти… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every report written, kept exactly as it was sent</source>
        <translation>Кожен складений звіт, збережений точно в тому вигляді, в якому його надіслано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators over the project&apos;s period: click a figure to see the records behind it</source>
        <translation>Показники за період проєкту: клацніть число, щоб побачити записи, з яких воно складається</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons served per month, by service (each person once per bar)</source>
        <translation>Особи, що отримали послуги, за місяць, за видом послуги (кожна особа один раз на стовпчик)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Цільове значення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Прогрес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project dashboard</source>
        <translation>Панель проєкту</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Project period: {start} – {end}</source>
        <translation>Період проєкту: {start} – {end}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the records behind this figure</source>
        <translation>Показати записи, з яких складається це число</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No target set yet: a coordinator sets one on the Projects page.</source>
        <translation>Цільове значення ще не встановлено: його встановлює координатор на сторінці «Проєкти».</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Donor report</source>
        <translation>Звіт для донора</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly report</source>
        <translation>Місячний звіт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the report…</source>
        <translation>Підготовка звіту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the report in the background; you can go on working.</source>
        <translation>Звіт готується у фоновому режимі; можна працювати далі.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Звіт скасовано; файл не записано.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The report could not be saved as {name}: {reason}. Is the file open in another program?</source>
        <translation>Не вдалося зберегти звіт як {name}: {reason}. Чи не відкрито файл в іншій програмі?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report saved: {file} (&lt;a href=&quot;{folder}&quot;&gt;open the folder&lt;/a&gt;)</source>
        <translation>Звіт збережено: {file} (&lt;a href=&quot;{folder}&quot;&gt;відкрити папку&lt;/a&gt;)</translation>
    </message>
</context>
<context>
    <name>DeskFeedback</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/desk_feedback.py" line="+21"/>
        <source>Something went wrong and nothing was changed. The details are in the log file.</source>
        <translation>Щось пішло не так, нічого не змінено. Подробиці — у файлі журналу.</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/desk.py" line="+186"/>
        <source>Type a name in any script, phone number, PESEL or date of birth. Down arrow moves to the results.</source>
        <translation>Введіть ім&apos;я будь-якою абеткою, номер телефону, PESEL або дату народження. Стрілка вниз переходить до результатів.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one found for “{query}”. Check the spelling, or register a new person (Ctrl+N).</source>
        <translation>За запитом «{query}» нікого не знайдено. Перевірте написання або зареєструйте нову особу (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s) found. Down arrow: results · Enter: open · Ctrl+R: record visit</source>
        <translation>
            <numerusform>Знайдено %n особу. Стрілка вниз: результати · Enter: відкрити · Ctrl+R: зареєструвати візит</numerusform>
            <numerusform>Знайдено %n особи. Стрілка вниз: результати · Enter: відкрити · Ctrl+R: зареєструвати візит</numerusform>
            <numerusform>Знайдено %n осіб. Стрілка вниз: результати · Enter: відкрити · Ctrl+R: зареєструвати візит</numerusform>
        </translation>
    </message>
    <message>
        <location line="+121"/>
        <source>stable</source>
        <translation>стабільне</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stable</source>
        <translation>нестабільне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employed since {date}: {contract} ({stable})</source>
        <translation>Працевлаштування з {date}: {contract} ({stable})</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n візит</numerusform>
            <numerusform>%n візити</numerusform>
            <numerusform>%n візитів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n особа</numerusform>
            <numerusform>%n особи</numerusform>
            <numerusform>%n осіб</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/desk_page.ui" line="+14"/>
        <source>Front desk</source>
        <translation>Рецепція</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name in any script, phone, PESEL, date of birth — Ctrl+F</source>
        <translation>Ім&apos;я будь-якою абеткою, телефон, PESEL, дата народження — Ctrl+F</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register a new person, starting from what is typed in the search field (Ctrl+N)</source>
        <translation>Зареєструвати нову особу, почавши з того, що введено в полі пошуку (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register new person (Ctrl+N)</source>
        <translation>Зареєструвати нову особу (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A visit of someone who does not consent to registration: no name is kept (Ctrl+Shift+A)</source>
        <translation>Візит особи, яка не погоджується на реєстрацію: ім&apos;я не зберігається (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous visit (Ctrl+Shift+A)</source>
        <translation>Анонімний візит (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a name, phone number, PESEL or date of birth. Down arrow moves to the results.</source>
        <translation>Введіть ім&apos;я, номер телефону, PESEL або дату народження. Стрілка вниз переходить до результатів.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Record a visit of the selected person (Ctrl+R)</source>
        <translation>Зареєструвати візит вибраної особи (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record visit (Ctrl+R)</source>
        <translation>Зареєструвати візит (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record a consultation with the selected person (Ctrl+Shift+K)</source>
        <translation>Зареєструвати консультацію з вибраною особою (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record consultation (Ctrl+Shift+K)</source>
        <translation>Зареєструвати консультацію (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the selected person&apos;s page (Enter or double-click)</source>
        <translation>Відкрити сторінку вибраної особи (Enter або подвійне клацання)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open person (Enter)</source>
        <translation>Відкрити особу (Enter)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Today&apos;s visits</source>
        <translation>&amp;Сьогоднішні візити</translation>
    </message>
</context>
<context>
    <name>DrilldownDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/dashboard.py" line="-594"/>
        <source>Records behind a figure</source>
        <translation>Записи, з яких складається число</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{period} · figure: {figure} · records listed: {rows}</source>
        <translation>{period} · число: {figure} · записів у списку: {rows}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hours of the sessions listed add up to the figure ({hours})</source>
        <translation>години перелічених занять у сумі дають це число ({hours})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the services of the records listed add up to the figure ({services})</source>
        <translation>послуги з наведених записів у сумі дають результат ({services})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each person once; double-click a person to open their page</source>
        <translation>кожна особа один раз; двічі клацніть особу, щоб відкрити її сторінку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the first {n} are listed</source>
        <translation>показано лише перші {n}</translation>
    </message>
</context>
<context>
    <name>DrilldownModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/dashboard.py" line="+22"/>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Консультація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity attendance</source>
        <translation>Відвідування заходів</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(consent withdrawn: counted only)</source>
        <translation>(згоду відкликано: лише в підрахунку)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(anonymous visit)</source>
        <translation>(анонімний візит)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First date</source>
        <translation>Перша дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>Разів</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>First session</source>
        <translation>Перше заняття</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Activity</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sessions held</source>
        <translation>Проведені заняття</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Present</source>
        <translation>Присутній</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/retention_dialog.py" line="+43"/>
        <source>Name</source>
        <translation>Ім&apos;я та прізвище</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/person_duplicates.py" line="+52"/>
        <source>Possible duplicate</source>
        <translation>Можливий дублікат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone similar is already registered. Open them if it is the same person; otherwise you can still register.</source>
        <translation>Когось схожого вже зареєстровано. Відкрийте цю особу, якщо це та сама; інакше все одно можна зареєструвати.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People already registered with a similar name or the same date of birth will show here while you type.</source>
        <translation>Під час введення тут з&apos;являться вже зареєстровані особи зі схожим ім&apos;ям або тією самою датою народження.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>same date of birth</source>
        <translation>та сама дата народження</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open existing</source>
        <translation>Відкрити наявну</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/person.py" line="+739"/>
        <source>Edit person</source>
        <translation>Редагувати особу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Зберегти (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>EnrolmentModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/activities.py" line="+39"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Ім&apos;я та прізвище рідною мовою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Moves up when an enrolled participant withdraws.</source>
        <translation>Перейде до учасників, коли хтось із записаних вибуде.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../wic_desk/domain/enums.py" line="-104"/>
        <source>Receptionist</source>
        <translation>Адміністратор рецепції</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist</source>
        <translation>Спеціаліст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Жінка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Чоловік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other / not stated</source>
        <translation>Інша / не вказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary protection (PESEL UKR)</source>
        <translation>Тимчасовий захист (PESEL UKR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary residence permit</source>
        <translation>Дозвіл на тимчасове проживання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent residence</source>
        <translation>Постійне проживання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International protection</source>
        <translation>Міжнародний захист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa</source>
        <translation>Віза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa-free stay</source>
        <translation>Безвізове перебування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None / other</source>
        <translation>Немає / інший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Письмова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal, certified by staff</source>
        <translation>Усна, засвідчена працівником</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Не запитували</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without disability</source>
        <translation>Без інвалідності</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With disability</source>
        <translation>З інвалідністю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household</source>
        <translation>Голова домогосподарства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse / partner</source>
        <translation>Чоловік / дружина, партнер(ка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Батько / мати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>Брат / сестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation>Інший родич</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Vocational counselling</source>
        <translation>Профорієнтаційне консультування</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Job-search support</source>
        <translation>Допомога в пошуку роботи</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Legal consultation</source>
        <translation>Юридична консультація</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Administrative consultation</source>
        <translation>Адміністративна консультація</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Tax advisor</source>
        <translation>Податковий консультант</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+25"/>
        <source>Polish language course</source>
        <translation>Курс польської мови</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Workshops and meetings</source>
        <translation>Воркшопи та зустрічі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Normal</source>
        <translation>Звичайна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialists of the same kind only</source>
        <translation>Лише спеціалісти того самого профілю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author only</source>
        <translation>Лише автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефоном</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment contract</source>
        <translation>Трудовий договір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandate contract</source>
        <translation>Договір доручення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-employment</source>
        <translation>Самозайнятість</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adaptation meeting</source>
        <translation>Адаптаційна зустріч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adaptation meeting for Ukrainian community representatives</source>
        <translation>Адаптаційна зустріч для представників української громади</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration workshop for children</source>
        <translation>Інтеграційний воркшоп для дітей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration workshop for adults</source>
        <translation>Інтеграційний воркшоп для дорослих</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Festival workshop</source>
        <translation>Фестивальний воркшоп</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language club</source>
        <translation>Мовний клуб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online course &quot;Foreigners in Poland&quot;</source>
        <translation>Онлайн-курс «Іноземці в Польщі»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Присутній</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Відсутній</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>З поважної причини</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Записаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Резервний список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Вибув</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../wic_desk/cli.py" line="+8"/>
        <source>Wrong command: {detail}. See wic-desk --help.</source>
        <translation>Неправильна команда: {detail}. Див. wic-desk --help.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>There is no database at {path}. Set this desk up first: start the app, or run wic-desk init, or join a centre with wic-desk sync import FILE --desk NAME.</source>
        <translation>За адресою {path} немає бази даних. Спершу налаштуйте це робоче місце: запустіть застосунок, або виконайте wic-desk init, або приєднайтеся до центру командою wic-desk sync import ФАЙЛ --desk НАЗВА.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This database is not set up yet. Run wic-desk init first.</source>
        <translation>Цю базу даних ще не налаштовано. Спершу виконайте wic-desk init.</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Say who you are: your login in WIC_DESK_USER and your password in WIC_DESK_PASSWORD or --password-file FILE.</source>
        <translation>Вкажіть, хто ви: логін у WIC_DESK_USER, а пароль у WIC_DESK_PASSWORD або --password-file ФАЙЛ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the first administrator&apos;s password in WIC_DESK_PASSWORD or --password-file FILE.</source>
        <translation>Вкажіть пароль першого адміністратора у WIC_DESK_PASSWORD або --password-file ФАЙЛ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the password file {path}.</source>
        <translation>Не вдається прочитати файл із паролем {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wic_desk/gui/pages/setup_wizard.py" line="+45"/>
        <location filename="../../wic_desk/gui/pages/staff.py" line="+51"/>
        <location filename="../../wic_desk/services/auth.py" line="+64"/>
        <source>The two passwords are not the same.</source>
        <translation>Введені паролі не збігаються.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the recovery key in WIC_DESK_RECOVERY_KEY, or run the command on a terminal.</source>
        <translation>Вкажіть ключ відновлення у WIC_DESK_RECOVERY_KEY або запустіть команду в терміналі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the new password in WIC_DESK_PASSWORD or --password-file FILE.</source>
        <translation>Вкажіть новий пароль у WIC_DESK_PASSWORD або --password-file ФАЙЛ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the join code shown when the join file was written (or the centre&apos;s recovery key) in WIC_DESK_JOIN_CODE, or run the command on a terminal.</source>
        <translation>Вкажіть код приєднання, показаний під час запису файлу приєднання (або ключ відновлення центру), у WIC_DESK_JOIN_CODE або запустіть команду в терміналі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk was set up before exchange files used the centre key: give the centre&apos;s former sync passphrase once, in WIC_DESK_PASSPHRASE or --passphrase-file FILE (after that, no passphrase is needed).</source>
        <translation>Це робоче місце налаштовано до того, як файли обміну почали використовувати ключ центру: один раз вкажіть колишній пароль синхронізації центру у WIC_DESK_PASSPHRASE або --passphrase-file ФАЙЛ (після цього пароль більше не потрібен).</translation>
    </message>
    <message>
        <location line="+355"/>
        <source>The number of persons cannot be negative.</source>
        <translation>Кількість осіб не може бути від&apos;ємною.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of visits cannot be negative.</source>
        <translation>Кількість візитів не може бути від&apos;ємною.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>&quot;{value}&quot; is not a valid id.</source>
        <translation>«{value}» не є коректним ідентифікатором.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not genuine: no certificate has this serial number and code.</source>
        <translation>Несправжній: жоден сертифікат не має такого номера й коду.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give --activity ID and --out FILE.pdf (or verify SERIAL CODE).</source>
        <translation>Вкажіть --activity ID і --out ФАЙЛ.pdf (або verify НОМЕР КОД).</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>This database is not set up yet. Give --desk NAME to set this desk up from a full exchange file.</source>
        <translation>Цю базу даних ще не налаштовано. Вкажіть --desk НАЗВА, щоб налаштувати це робоче місце з повного файлу обміну.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/domain/errors.py" line="+48"/>
        <source>Some fields need correcting.</source>
        <translation>Деякі поля потрібно виправити.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль цього не дозволяє.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/domain/validation.py" line="+32"/>
        <source>&quot;{value}&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>«{value}» не є датою (використовуйте формат РРРР-ММ-ДД).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>Дата народження не може бути в майбутньому.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>Дата народження — понад 120 років тому.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../wic_desk/services/consultations.py" line="+90"/>
        <location filename="../../wic_desk/services/people.py" line="+154"/>
        <location filename="../../wic_desk/services/visits.py" line="+37"/>
        <source>This date cannot be in the future.</source>
        <translation>Ця дата не може бути в майбутньому.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A PESEL has exactly 11 digits.</source>
        <translation>Номер PESEL має рівно 11 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PESEL is not valid: its check digit is wrong.</source>
        <translation>Цей номер PESEL недійсний: неправильна контрольна цифра.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PESEL is not valid: its date part is impossible.</source>
        <translation>Цей номер PESEL недійсний: дата в ньому неможлива.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PESEL gives the date of birth {date}, not the one entered.</source>
        <translation>За номером PESEL дата народження {date}, а не введена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PESEL does not agree with the sex entered.</source>
        <translation>Номер PESEL не відповідає вказаній статі.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A phone number has 7 to 15 digits, optionally starting with +.</source>
        <translation>Номер телефону має від 7 до 15 цифр і може починатися з +.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This e-mail address is not valid.</source>
        <translation>Ця адреса електронної пошти недійсна.</translation>
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
        <translation>Це поле обов&apos;язкове.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/auth.py" line="-370"/>
        <source>The two PINs are not the same.</source>
        <translation>Введені PIN-коди не збігаються.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/app.py" line="+265"/>
        <location filename="../../wic_desk/gui/widgets/form_errors.py" line="+18"/>
        <source>An unexpected error happened; it was written to the log file. Please report it.</source>
        <translation>Сталася неочікувана помилка; її записано до файлу журналу. Будь ласка, повідомте про неї.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/gui/widgets/person_form.py" line="+77"/>
        <source>Type the date as DD.MM.YYYY or YYYY-MM-DD, or only the year.</source>
        <translation>Введіть дату як ДД.ММ.РРРР або РРРР-ММ-ДД чи лише рік.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/activities.py" line="+2"/>
        <source>An activity needs at least one session.</source>
        <translation>Захід повинен мати щонайменше одне заняття.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The capacity must be at least 1.</source>
        <translation>Кількість місць має бути щонайменше 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a percentage between 1 and 100.</source>
        <translation>Виберіть відсоток від 1 до 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A session lasts more than 0 and at most 24 hours.</source>
        <translation>Заняття триває більше ніж 0 і не більше ніж 24 години.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+51"/>
        <location line="+99"/>
        <location line="+70"/>
        <location filename="../../wic_desk/services/sheets.py" line="+57"/>
        <source>No such activity.</source>
        <translation>Такого заходу немає.</translation>
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
        <translation>Такої особи немає.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This person is not enrolled.</source>
        <translation>Ця особа не записана.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+110"/>
        <source>No such session.</source>
        <translation>Такого заняття немає.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>This session or activity was cancelled: attendance is not marked for it.</source>
        <translation>Це заняття або захід скасовано: відвідуваність для нього не позначається.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why it was cancelled (the reason is kept with it).</source>
        <translation>Вкажіть причину скасування (її буде збережено).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was cancelled already.</source>
        <translation>Це вже скасовано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the reason under 300 characters.</source>
        <translation>Причина може мати щонайбільше 300 символів.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/auth.py" line="-3"/>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>Цей обліковий запис деактивовано. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <location line="+375"/>
        <source>Choose the kind of specialist.</source>
        <translation>Виберіть вид спеціаліста.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This login is already taken.</source>
        <translation>Цей логін уже зайнятий.</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+23"/>
        <location line="+92"/>
        <location line="+26"/>
        <source>No such staff member.</source>
        <translation>Такого працівника немає.</translation>
    </message>
    <message>
        <location line="-443"/>
        <source>Wrong PIN or password.</source>
        <translation>Неправильний PIN-код або пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked after too many failed attempts; try again in {seconds} s.</source>
        <translation>Обліковий запис заблоковано після забагатьох невдалих спроб; спробуйте через {seconds} с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked after too many failed attempts; try again in {minutes} min.</source>
        <translation>Обліковий запис заблоковано після забагатьох невдалих спроб; спробуйте через {minutes} хв.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has no password yet: log in to the app once and choose one.</source>
        <translation>Цей обліковий запис ще не має пароля: увійдіть один раз у застосунок і оберіть його.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a password other than the one you have now.</source>
        <translation>Оберіть пароль, відмінний від теперішнього.</translation>
    </message>
    <message>
        <location line="+413"/>
        <source>You cannot deactivate your own account or take away your own administrator role.</source>
        <translation>Ви не можете деактивувати власний обліковий запис або позбавити себе ролі адміністратора.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/backup.py" line="+44"/>
        <location filename="../../wic_desk/services/importer.py" line="+531"/>
        <location filename="../../wic_desk/sync/fileformat.py" line="+89"/>
        <source>The file {name} does not exist.</source>
        <translation>Файл {name} не існує.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../wic_desk/services/context.py" line="+61"/>
        <location line="+6"/>
        <source>This file is not a WIC Desk database, or it is damaged.</source>
        <translation>Цей файл не є базою даних WIC Desk або пошкоджений.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This backup was made by a newer version of WIC Desk. Please update the app; the database was not changed.</source>
        <translation>Цю резервну копію створено новішою версією WIC Desk. Оновіть програму; базу даних не змінено.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../wic_desk/services/context.py" line="+185"/>
        <source>Backups are made only of a database file on this computer.</source>
        <translation>Резервні копії можна робити лише з файлу бази даних на цьому комп&apos;ютері.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the database itself; choose a backup file to restore.</source>
        <translation>Це сама база даних; виберіть файл резервної копії для відновлення.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/consultations.py" line="-13"/>
        <source>The length must be between 1 and 600 minutes.</source>
        <translation>Тривалість має бути від 1 до 600 хвилин.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up cannot be before the consultation.</source>
        <translation>Подальший контакт не може бути раніше за консультацію.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+118"/>
        <location filename="../../wic_desk/services/notes.py" line="+499"/>
        <source>No such consultation.</source>
        <translation>Такої консультації немає.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A follow-up cannot be moved into the past.</source>
        <translation>Подальший контакт не можна перенести в минуле.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/context.py" line="-196"/>
        <source>The database is busy: another window or program is writing to it. Try again in a moment.</source>
        <translation>База даних зайнята: інше вікно або програма зараз записує до неї. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full or cannot be written. Free some space and try again.</source>
        <translation>Диск заповнений або на нього не можна записувати. Звільніть місце та спробуйте ще раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../wic_desk/store/lock.py" line="+149"/>
        <source>The database file cannot be opened for writing. Check the folder&apos;s permissions.</source>
        <translation>Не вдається відкрити файл бази даних для запису. Перевірте права доступу до папки.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The database reported an error: {detail}</source>
        <translation>База даних повідомила про помилку: {detail}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This file is not a WIC Desk database, or its key file {name} is missing: a copy of a database needs its key file beside it. Nothing was changed.</source>
        <translation>Це не база даних WIC Desk або бракує її файлу ключа {name}: копії бази даних потрібен поруч її файл ключа. Нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is encrypted: log in to open it.</source>
        <translation>Ця база даних зашифрована: увійдіть, щоб її відкрити.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file beside this database does not belong to it; nothing was changed.</source>
        <translation>Файл ключа поруч із цією базою даних їй не належить; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The database path is a folder, not a file.</source>
        <translation>Шлях до бази даних вказує на папку, а не на файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wic_desk/services/demo.py" line="+1465"/>
        <source>The folder for the database does not exist.</source>
        <translation>Папка для бази даних не існує.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/importer.py" line="-244"/>
        <source>No first-name and last-name columns were found in {name}: the first row must name the columns, e.g. Imię and Nazwisko, Ім&apos;я and Прізвище, or First name and Last name.</source>
        <translation>У файлі {name} не знайдено стовпців з ім&apos;ям і прізвищем: перший рядок має містити назви стовпців, напр. Ім&apos;я та Прізвище, Imię та Nazwisko або First name та Last name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {name} is not an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>Файл {name} не є книгою Excel (.xlsx) або файлом CSV.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+208"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>The file {name} is empty.</source>
        <translation>Файл {name} порожній.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The file {name} cannot be read as an Excel workbook: it may be damaged.</source>
        <translation>Не вдається прочитати файл {name} як книгу Excel: можливо, він пошкоджений.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file {name} cannot be read.</source>
        <translation>Не вдається прочитати файл {name}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unknown value; use K/M, F/M, kobieta/mężczyzna, жінка/чоловік, female/male or other.</source>
        <translation>Невідоме значення; використовуйте K/M, F/M, kobieta/mężczyzna, жінка/чоловік, female/male або other.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not a possible date; use YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>Неможлива дата; використовуйте РРРР-ММ-ДД або ДД.ММ.РРРР.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown country; use a two-letter code such as UA.</source>
        <translation>Невідома країна; використовуйте дволітерний код, напр. UA.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This text is too long (at most {max} characters).</source>
        <translation>Цей текст задовгий (не більше {max} символів).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The rejects file {name} cannot be written; nothing was imported.</source>
        <translation>Не вдається записати файл відхилених рядків {name}; нічого не імпортовано.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The rejects file cannot be the file being imported.</source>
        <translation>Файл відхилених рядків не може бути файлом, що імпортується.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This person is already registered.</source>
        <translation>Цю особу вже зареєстровано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same person is already on row {row}.</source>
        <translation>Ця сама особа вже є в рядку {row}.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/outcomes.py" line="-8"/>
        <source>The start date is too far in the future.</source>
        <translation>Дата початку надто далеко в майбутньому.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours per week must be between 1 and 80.</source>
        <translation>Кількість годин на тиждень має бути від 1 до 80.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The length must be at least one month.</source>
        <translation>Тривалість має бути щонайменше один місяць.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/people.py" line="-477"/>
        <source>The year of birth is not possible.</source>
        <translation>Такий рік народження неможливий.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent to data processing is needed before a person can be registered.</source>
        <translation>Перед реєстрацією особи потрібна згода на обробку даних.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This person&apos;s data were erased; they cannot be edited.</source>
        <translation>Дані цієї особи стерто; їх не можна редагувати.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The date of the withdrawal cannot be in the future.</source>
        <translation>Дата відкликання згоди не може бути в майбутньому.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/setup.py" line="-6"/>
        <location filename="../../wic_desk/services/sync.py" line="-611"/>
        <source>This database is already set up.</source>
        <translation>Цю базу даних уже налаштовано.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>Виберіть від 1 до 240 хвилин.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/sync.py" line="-1"/>
        <source>A new desk needs a full exchange file (&quot;everything&quot;) from a desk of the centre.</source>
        <translation>Новому робочому місцю потрібен повний файл обміну («усе») з робочого місця центру.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is this desk itself: choose another desk.</source>
        <translation>Це саме це робоче місце: виберіть інше.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict has been settled already; refresh the list.</source>
        <translation>Цей конфлікт уже вирішено; оновіть список.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No desk called &quot;{name}&quot; is known here yet. A desk becomes known here once a file it wrote has been read here: at that desk, write an exchange file (wic-desk sync export --out FILE) and read it here (wic-desk sync import FILE), then try again. For a new desk, write its join file here: wic-desk sync export --new-desk NAME --out FILE.</source>
        <translation>Робоче місце «{name}» тут ще не відоме. Робоче місце стає тут відомим, коли тут прочитано записаний ним файл: на тому робочому місці запишіть файл обміну (wic-desk sync export --out ФАЙЛ) і прочитайте його тут (wic-desk sync import ФАЙЛ), а потім спробуйте ще раз. Для нового робочого місця запишіть тут його файл приєднання: wic-desk sync export --new-desk НАЗВА --out ФАЙЛ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A desk called &quot;{name}&quot; is known here already: give the new desk another name.</source>
        <translation>Робоче місце «{name}» тут уже відоме: дайте новому робочому місцю іншу назву.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file for a new desk is a full file: give the new desk&apos;s name, not another desk.</source>
        <translation>Файл для нового робочого місця — це повний файл: вкажіть назву нового робочого місця, а не іншого.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Several desks are called &quot;{name}&quot; here; give the desk&apos;s id instead: {ids}.</source>
        <translation>Тут кілька робочих місць мають назву «{name}»; замість назви вкажіть ідентифікатор робочого місця: {ids}.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Enter the centre&apos;s former sync passphrase.</source>
        <translation>Введіть колишній пароль синхронізації центру.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk was set up before exchange files used the centre key. Enter the centre&apos;s former sync passphrase once (the same on every desk); after that, no passphrase is needed.</source>
        <translation>Це робоче місце налаштовано до того, як файли обміну почали використовувати ключ центру. Один раз введіть колишній пароль синхронізації центру (той самий на кожному робочому місці); після цього пароль більше не потрібен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk has the centre key already.</source>
        <translation>Це робоче місце вже має ключ центру.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exchange file is from another centre, or the former sync passphrase entered on this desk was not the centre&apos;s. If it was mistyped, enter it again; nothing was changed.</source>
        <translation>Цей файл обміну з іншого центру, або колишній пароль синхронізації, введений на цьому робочому місці, не був паролем центру. Якщо його введено з помилкою, введіть його знову; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This desk is not known here; refresh the list.</source>
        <translation>Це робоче місце тут невідоме; оновіть список.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk has been retired already.</source>
        <translation>Це робоче місце вже виведено з роботи.</translation>
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
        <translation>Це робоче місце ще не налаштовано.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/sync.py" line="-170"/>
        <source>The folder for the exchange file does not exist.</source>
        <translation>Папка для файлу обміну не існує.</translation>
    </message>
    <message>
        <location line="+403"/>
        <location line="+6"/>
        <source>No such record.</source>
        <translation>Такого запису немає.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/visits.py" line="-14"/>
        <source>Choose at least one reason for the visit.</source>
        <translation>Виберіть щонайменше одну мету візиту.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose an age group from the list.</source>
        <translation>Виберіть вікову групу зі списку.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/store/migrate.py" line="+128"/>
        <source>This database was made by a newer version of WIC Desk. Please update the app; the database was not changed.</source>
        <translation>Цю базу даних створено новішою версією WIC Desk. Оновіть програму; базу даних не змінено.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/documents/pdf.py" line="+53"/>
        <source>The font file {file} is missing: reinstall WIC Desk.</source>
        <translation>Відсутній файл шрифту {file}: перевстановіть WIC Desk.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The layout template {file} is missing.</source>
        <translation>Відсутній шаблон макета {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>The layout template {file} cannot be read: check that it is valid JSON.</source>
        <translation>Не вдається прочитати шаблон макета {file}: перевірте, чи це коректний JSON.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The layout template lacks the entry {entry}.</source>
        <translation>У шаблоні макета бракує запису {entry}.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/reports.py" line="+116"/>
        <source>No current project is set.</source>
        <translation>Поточний проєкт не вибрано.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/drilldown.py" line="+58"/>
        <location filename="../../wic_desk/services/projects.py" line="+192"/>
        <location filename="../../wic_desk/services/reports.py" line="+23"/>
        <source>The end of the period is before its start.</source>
        <translation>Кінець періоду раніше за його початок.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown counting rule.</source>
        <translation>Невідоме правило підрахунку.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../wic_desk/services/projects.py" line="+244"/>
        <source>No such indicator.</source>
        <translation>Такого показника немає.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/reports.py" line="+2"/>
        <source>A report covers at most three years.</source>
        <translation>Звіт охоплює не більше трьох років.</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>The report file name must end in .xlsx.</source>
        <translation>Назва файлу звіту має закінчуватися на .xlsx.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/report_archive.py" line="+36"/>
        <source>The archived report {name} is damaged (its checksum does not match): no copy was saved.</source>
        <translation>Архівний звіт {name} пошкоджено (контрольна сума не збігається): копію не збережено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No archived report has the id &quot;{value}&quot;.</source>
        <translation>Жоден архівний звіт не має ідентифікатора «{value}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one archived report starts with &quot;{value}&quot;: give more of the id.</source>
        <translation>Більше ніж один архівний звіт починається з «{value}»: вкажіть довшу частину ідентифікатора.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wic_desk/services/reports.py" line="+2"/>
        <source>The folder {name} does not exist.</source>
        <translation>Папка {name} не існує.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy could not be saved to {name}.</source>
        <translation>Не вдалося зберегти копію в {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy&apos;s file name must end in .xlsx.</source>
        <translation>Ім&apos;я файлу копії має закінчуватися на .xlsx.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/reports.py" line="+27"/>
        <source>&quot;{value}&quot; is not a month (use YYYY-MM).</source>
        <translation>«{value}» не є місяцем (використовуйте формат РРРР-ММ).</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/certificates.py" line="-81"/>
        <source>Give the page&apos;s address as http:// or https://, without spaces, at most 300 characters.</source>
        <translation>Вкажіть адресу сторінки, що починається з http:// або https://, без пробілів, не довше 300 символів.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This desk has used up its certificate numbers for {year}.</source>
        <translation>Це робоче місце використало всі номери сертифікатів на {year} рік.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This activity was cancelled: no certificates are issued for it.</source>
        <translation>Цей захід скасовано: сертифікати за нього не видаються.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../wic_desk/services/sheets.py" line="+7"/>
        <source>This activity has no sessions.</source>
        <translation>Цей захід не має занять.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The stored content of certificate {serial} is incomplete: it cannot be printed again.</source>
        <translation>Збережений вміст сертифіката {serial} неповний: його не можна надрукувати повторно.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This person is not enrolled in this activity.</source>
        <translation>Ця особа не записана на цей захід.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person has not attended any session of this activity: there is nothing to certify.</source>
        <translation>Ця особа не відвідала жодного заняття цього заходу: немає чого засвідчувати.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+62"/>
        <location filename="../../wic_desk/services/sheets.py" line="+66"/>
        <location filename="../../wic_desk/services/subject_export.py" line="+170"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не існує.</translation>
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
        <translation>Не вдається записати файл: {reason}</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>No participant of this activity meets the completion rule yet.</source>
        <translation>Жоден учасник цього заходу ще не виконав умову завершення.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No certificate has the number {serial}.</source>
        <translation>Жоден сертифікат не має номера {serial}.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/merge.py" line="-59"/>
        <source>A person cannot be merged with themselves.</source>
        <translation>Особу не можна об&apos;єднати з нею самою.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person has already been merged into another one.</source>
        <translation>Цю особу вже об&apos;єднано з іншою.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person to keep has been merged into another one: keep that one instead.</source>
        <translation>Особу, яку треба залишити, об&apos;єднано з іншою: залиште натомість ту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is not merged into anyone.</source>
        <translation>Цю особу ні з ким не об&apos;єднано.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/sheets.py" line="-69"/>
        <source>This activity has no session number {number}: it has sessions 1 to {count}.</source>
        <translation>Цей захід не має заняття № {number}: у нього заняття від 1 до {count}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose between 0 and 200 blank rows.</source>
        <translation>Виберіть від 0 до 200 порожніх рядків.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/sync/fileformat.py" line="-1"/>
        <source>The exchange file is empty; nothing was changed.</source>
        <translation>Файл обміну порожній; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a WIC Desk exchange file; nothing was changed.</source>
        <translation>Це не файл обміну WIC Desk; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync passphrase is wrong (or the file is damaged); nothing was changed.</source>
        <translation>Неправильна парольна фраза синхронізації (або файл пошкоджено); нічого не змінено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exchange file was written by an older version of WIC Desk, with a sync passphrase. Update the app on the desk that wrote it and write the file again; nothing was changed.</source>
        <translation>Цей файл обміну записала старіша версія WIC Desk, з паролем синхронізації. Оновіть застосунок на робочому місці, яке його записало, і запишіть файл знову; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exchange file is from another centre; nothing was changed.</source>
        <translation>Цей файл обміну з іншого центру; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exchange file was not made by a desk of this centre, or was changed since; nothing was changed.</source>
        <translation>Цей файл обміну створило не робоче місце цього центру, або його згодом змінено; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange file is damaged or incomplete; nothing was changed.</source>
        <translation>Файл обміну пошкоджений або неповний; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange file holds an unexpected entry; nothing was changed.</source>
        <translation>Файл обміну містить неочікуваний запис; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange file unpacks to more than the allowed size; nothing was changed.</source>
        <translation>Після розпакування файл обміну перевищує дозволений розмір; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange file was written by a newer version of WIC Desk (format {version}). Please update the app; nothing was changed.</source>
        <translation>Файл обміну записано новішою версією WIC Desk (формат {version}). Оновіть програму; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange file from desk {desk} is stamped {clock}, more than 30 days ahead of this computer&apos;s clock. Check the date on both computers; nothing was changed.</source>
        <translation>Файл обміну з робочого місця {desk} має позначку часу {clock}, більш ніж на 30 днів пізнішу за годинник цього комп&apos;ютера. Перевірте дату на обох комп&apos;ютерах; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange file cannot be written ({detail}). Check the folder and the free space.</source>
        <translation>Не вдається записати файл обміну ({detail}). Перевірте папку й вільне місце.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange file cannot be read ({detail}).</source>
        <translation>Не вдається прочитати файл обміну ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange file did not read back correctly after writing; it was removed. Try another folder or stick.</source>
        <translation>Файл обміну не прочитався правильно після запису; його видалено. Спробуйте іншу папку або флешку.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/sync/log.py" line="+19"/>
        <source>The exchange file reuses change number {seq} of desk {desk} with different content. The file is refused; nothing was changed.</source>
        <translation>Файл обміну повторно використовує номер зміни {seq} робочого місця {desk} з іншим вмістом. Файл відхилено; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/projects.py" line="-290"/>
        <source>Write the age groups like 0-4, 5-11, 60+.</source>
        <translation>Запишіть вікові групи так: 0-4, 5-11, 60+.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An age group ends before it starts.</source>
        <translation>Вікова група закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age groups must be in order and must not overlap.</source>
        <translation>Вікові групи мають іти по порядку й не перетинатися.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the last age group may be open (60+).</source>
        <translation>Лише остання вікова група може бути відкритою (60+).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An age above 130 is not an age group.</source>
        <translation>Вік понад 130 років не є віковою групою.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/activities.py" line="-235"/>
        <location line="+39"/>
        <location filename="../../wic_desk/services/projects.py" line="+20"/>
        <location line="+2"/>
        <location line="+42"/>
        <location line="+29"/>
        <source>At most {n} characters.</source>
        <translation>Не більше {n} символів.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/projects.py" line="-65"/>
        <source>A project lasts at most ten years.</source>
        <translation>Проєкт триває не більше десяти років.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown contract kind.</source>
        <translation>Невідомий вид договору.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minimum length must be between 1 and 60 months.</source>
        <translation>Мінімальна тривалість має бути від 1 до 60 місяців.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the contracts that count as stable employment or a minimum length.</source>
        <translation>Виберіть договори, що вважаються стабільним працевлаштуванням, або мінімальну тривалість.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An indicator cannot be limited by {key}.</source>
        <translation>Показник не можна обмежити за: {key}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use small Latin letters, digits and _ (for example language_club).</source>
        <translation>Використовуйте малі латинські літери, цифри та _ (наприклад, language_club).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The target must be between 0 (none yet) and {max}.</source>
        <translation>Цільове значення має бути від 0 (ще немає) до {max}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how the indicator is counted.</source>
        <translation>Виберіть, як рахується показник.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This limit is not valid.</source>
        <translation>Це обмеження недійсне.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown kind: {kind}.</source>
        <translation>Невідомий вид: {kind}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One of the activities chosen no longer exists.</source>
        <translation>Одного з обраних заходів більше не існує.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+48"/>
        <location line="+21"/>
        <location line="+21"/>
        <source>No such project.</source>
        <translation>Такого проєкту немає.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>This project already has an indicator with this code.</source>
        <translation>Цей проєкт уже має показник із цим кодом.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/store/lock.py" line="+46"/>
        <source>This database is open in the WIC Desk window (process {pid}). Do this in the app, or close the app first; nothing was changed.</source>
        <translation>Цю базу даних відкрито у вікні WIC Desk (процес {pid}). Зробіть це в застосунку або спершу закрийте його; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another WIC Desk command is using this database. Try again when it has finished; nothing was changed.</source>
        <translation>Цією базою даних користується інша команда WIC Desk. Спробуйте ще раз, коли вона завершиться; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/auth.py" line="-421"/>
        <location filename="../../wic_desk/store/keyfile.py" line="+70"/>
        <source>The login or the password is wrong.</source>
        <translation>Неправильний логін або пароль.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/store/keyfile.py" line="+1"/>
        <source>This recovery key does not open this database.</source>
        <translation>Цей ключ відновлення не відкриває цю базу даних.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file beside the database is missing or damaged; open it with the recovery key.</source>
        <translation>Файл ключів поруч із базою даних відсутній або пошкоджений; відкрийте базу ключем відновлення.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/demo.py" line="-1357"/>
        <source>This database is set up for real work: a demo is made only in a new database file.</source>
        <translation>Цю базу даних налаштовано для справжньої роботи: демонстраційну базу можна створити лише в новому файлі бази даних.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds a demo: open it, or make another demo in a new database file.</source>
        <translation>Ця база даних уже містить демонстраційні дані: відкрийте її або створіть іншу демонстраційну базу в новому файлі бази даних.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/domain/passwords.py" line="+30"/>
        <source>At least 10 characters, or 4 words or more; not a common password.</source>
        <translation>Щонайменше 10 символів або 4 слова й більше; не поширений пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 digits; not the same digit throughout, not a run such as 1234, not a year.</source>
        <translation>Від 4 до 8 цифр; не та сама цифра, не послідовність на кшталт 1234, не рік.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password needs at least 10 characters, or 4 words or more.</source>
        <translation>Пароль має містити щонайменше 10 символів або 4 слова й більше.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is too long.</source>
        <translation>Цей пароль задовгий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is on a list of common passwords; choose another.</source>
        <translation>Цей пароль є в списку поширених паролів; оберіть інший.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is too close to your login or name; choose another.</source>
        <translation>Цей пароль надто схожий на логін або ім&apos;я; оберіть інший.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is too easy to guess (a common word, a name, a date or a keyboard pattern); make it longer or add words.</source>
        <translation>Цей пароль легко вгадати (поширене слово, ім&apos;я, дата або послідовність клавіш); зробіть його довшим або додайте слова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN-код має від 4 до 8 цифр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN is too easy to guess (the same digit, a run such as 1234, or a year); choose another.</source>
        <translation>Цей PIN-код легко вгадати (та сама цифра, послідовність на кшталт 1234 або рік); оберіть інший.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/retention.py" line="-5"/>
        <source>The retention period must be between {low} and {high} years.</source>
        <translation>Строк зберігання має бути від {low} до {high} років.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/reports.py" line="-299"/>
        <location filename="../../wic_desk/services/subject_export.py" line="-227"/>
        <source>Choose the language pl, uk or en.</source>
        <translation>Виберіть мову: pl, uk або en.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/subject_export.py" line="+1"/>
        <source>Name the PDF file (FILE.pdf): the JSON is written beside it.</source>
        <translation>Вкажіть назву PDF-файлу (FILE.pdf): файл JSON буде записано поруч із ним.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/keys.py" line="-189"/>
        <source>This centre has no recovery key yet: an administrator makes one in Administration.</source>
        <translation>Цей центр ще не має ключа відновлення: адміністратор створює його в розділі «Адміністрування».</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>The recovery key opens only a database file on this computer.</source>
        <translation>Ключ відновлення відкриває лише файл бази даних на цьому комп’ютері.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no administrator with this login.</source>
        <translation>Немає адміністратора з таким логіном.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/sync/centrekey.py" line="+57"/>
        <source>This file is not a join file: a new desk joins with the join file written for it (&quot;For a new desk&quot;) and its join code; nothing was changed.</source>
        <translation>Це не файл приєднання: нове робоче місце приєднується файлом приєднання, записаним для нього («Для нового робочого місця»), і його кодом приєднання; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The join code (or recovery key) does not open this join file; nothing was changed.</source>
        <translation>Цей код приєднання (або ключ відновлення) не відкриває цей файл приєднання; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the join code shown when the join file was written (or the centre&apos;s recovery key).</source>
        <translation>Введіть код приєднання, показаний під час запису файлу приєднання (або ключ відновлення центру).</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/notes.py" line="-430"/>
        <source>Your key for notes is not open on this desk: log out and log in again, then save the note.</source>
        <translation>Ваш ключ до нотаток не відкритий на цьому робочому місці: вийдіть і увійдіть знову, а потім збережіть нотатку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your access to this note is still pending, so its level cannot be changed yet: it arrives when a colleague who reads it logs in.</source>
        <translation>Ваш доступ до цієї нотатки ще очікується, тому її рівень конфіденційності поки що не можна змінити: він надійде, коли увійде колега, який її читає.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This recovery key does not belong to this centre.</source>
        <translation>Цей ключ відновлення не належить цьому центру.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This centre has no recovery key for notes yet: an administrator prints a new recovery key first.</source>
        <translation>Цей центр ще не має ключа відновлення для нотаток: спершу адміністратор друкує новий ключ відновлення.</translation>
    </message>
    <message>
        <location filename="../../wic_desk/domain/restriction.py" line="+26"/>
        <source>This person withdrew their consent: their record is kept only for the figures, and nothing new can be recorded for them.</source>
        <translation>Ця особа відкликала згоду: її запис зберігається лише для показників, і для неї не можна зареєструвати нічого нового.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/follow_ups.py" line="-44"/>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Консультація</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/follow_ups.py" line="+246"/>
        <source>My &amp;follow-ups: due today and overdue</source>
        <translation>Мої &amp;подальші контакти: на сьогодні й прострочені</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;caseload</source>
        <translation>Мої &amp;клієнти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-ups are due. Well done.</source>
        <translation>Немає подальших контактів на черзі. Гарна робота.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open person (Enter)</source>
        <translation>Відкрити особу (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (Ctrl+D)</source>
        <translation>Виконано (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this follow-up: it is done.</source>
        <translation>Закрити цей подальший контакт: виконано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reschedule (Ctrl+P)</source>
        <translation>Перенести (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n due</source>
        <translation>
            <numerusform>%n на сьогодні</numerusform>
            <numerusform>%n на сьогодні</numerusform>
            <numerusform>%n на сьогодні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n прострочений</numerusform>
            <numerusform>%n прострочені</numerusform>
            <numerusform>%n прострочених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n особа</numerusform>
            <numerusform>%n особи</numerusform>
            <numerusform>%n осіб</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormerPassphraseDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/sync.py" line="+203"/>
        <source>The centre key</source>
        <translation>Ключ центру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it exactly as the other desks had it: this desk keeps the key made from it, and with another passphrase it could not read the other desks&apos; files.</source>
        <translation>Введіть його точно так, як його мали інші робочі місця: це робоче місце збереже створений з нього ключ, а з іншим паролем не зможе прочитати файли інших робочих місць.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Former sync &amp;passphrase:</source>
        <translation>Колишній &amp;пароль синхронізації:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>По&amp;вторіть його:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The two passphrases are not the same.</source>
        <translation>Два паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/visits.py" line="+66"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Мета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Консультація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Сертифікат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>Працевлаштування</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../wic_desk/services/importer.py" line="-703"/>
        <source>Imported from an earlier register</source>
        <translation>Імпортовано з попереднього реєстру</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking rows</source>
        <translation>Перевірка рядків</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving</source>
        <translation>Збереження</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Ім&apos;я та прізвище рідною мовою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact</source>
        <translation>Перший контакт</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/projects.py" line="+480"/>
        <source>New indicator</source>
        <translation>Новий показник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator: {title}</source>
        <translation>Показник: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;arget:</source>
        <translation>&amp;Цільове значення:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted &amp;as:</source>
        <translation>&amp;Спосіб підрахунку:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kinds counted:</source>
        <translation>&amp;Враховані види:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>small letters, digits and _, e.g. language_club</source>
        <translation>малі літери, цифри та _, напр. language_club</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None ticked: every kind counts.</source>
        <translation>Нічого не позначено: враховуються всі види.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;g (event):</source>
        <translation>&amp;Тег (подія):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: every event, e.g. Skovoroda Fest 2023</source>
        <translation>немає: будь-яка подія, напр. Skovoroda Fest 2023</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only activities carrying this tag count (the tag is set on the activity).</source>
        <translation>Враховуються лише заходи з цим тегом (тег задається у заході).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activit&amp;ies:</source>
        <translation>&amp;Заходи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None ticked: every activity counts (of the kinds and tag chosen).</source>
        <translation>Нічого не позначено: враховуються всі заходи (обраних видів і тегу).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit reasons:</source>
        <translation>&amp;Причини візитів:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onsultation kinds:</source>
        <translation>Види к&amp;онсультацій:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None ticked in either list: every service counts. Otherwise only the visits for the reasons and the consultations of the kinds ticked.</source>
        <translation>У жодному списку нічого не позначено: враховуються всі послуги. Інакше — лише візити з позначених причин і консультації позначених видів.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>ще немає</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../wic_desk/services/setup.py" line="-95"/>
        <source>Persons into stable employment</source>
        <translation>Особи, які отримали стабільне працевлаштування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adaptation meetings</source>
        <translation>Адаптаційні зустрічі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adaptation meetings for Ukrainian community representatives</source>
        <translation>Адаптаційні зустрічі для представників української громади</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integration workshops</source>
        <translation>Інтеграційні воркшопи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skovoroda Fest 2023 workshop hours</source>
        <translation>Години майстер-класів на Skovoroda Fest 2023</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vocational counselling (services)</source>
        <translation>Професійне консультування (послуги)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job search support (services)</source>
        <translation>Допомога в пошуку роботи (послуги)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal and administrative consultations (services)</source>
        <translation>Юридичні та адміністративні консультації (послуги)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lawyer (services)</source>
        <translation>Юрист (послуги)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychologist (services)</source>
        <translation>Психолог (послуги)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax advisor (services)</source>
        <translation>Податковий консультант (послуги)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online course: participants who completed</source>
        <translation>Онлайн-курс: учасники, які завершили</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish course: participants who completed</source>
        <translation>Курс польської мови: учасники, які завершили</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Language-club meetings</source>
        <translation>Зустрічі мовного клубу</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/projects.py" line="+35"/>
        <source>every kind</source>
        <translation>усі види</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag: {tag}</source>
        <translation>тег: {tag}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activities chosen: {n}</source>
        <translation>обрані заходи: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>visits: {reasons}</source>
        <translation>візити: {reasons}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>consultations: {kinds}</source>
        <translation>консультації: {kinds}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Цільове значення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted as</source>
        <translation>Спосіб підрахунку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Види</translation>
    </message>
</context>
<context>
    <name>JoinCodeDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/sync.py" line="+81"/>
        <source>Join code</source>
        <translation>Код приєднання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The join code for the new desk</source>
        <translation>Код приєднання для нового робочого місця</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new desk joins the centre with the join file and this code. Give the code to the person setting up the new desk separately from the file: by phone or on paper, not in the same e-mail and not on the same USB stick.</source>
        <translation>Нове робоче місце приєднується до центру з файлом приєднання і цим кодом. Передайте код людині, яка налаштовує нове робоче місце, окремо від файлу: телефоном або на папері, не в тому самому листі й не на тій самій флешці.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join file: {file}</source>
        <translation>Файл приєднання: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is shown only now and kept nowhere: once this window is closed it is gone, and a new join file has to be written.</source>
        <translation>Код показано лише зараз, і він ніде не зберігається: після закриття цього вікна його не буде, і доведеться записати новий файл приєднання.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;written down the code</source>
        <translation>Я &amp;записав/записала код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the code</source>
        <translation>С&amp;копіювати код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied.</source>
        <translation>Скопійовано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/lock_screen.py" line="+47"/>
        <source>Locked by {name}. Enter your PIN or password to continue.</source>
        <translation>Заблоковано користувачем {name}. Введіть свій PIN-код або пароль, щоб продовжити.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN or password</source>
        <translation>PIN або пароль</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter your PIN or password.</source>
        <translation>Введіть свій PIN або пароль.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrong PIN or password. Only the person who was logged in can unlock; anyone else can log out and log in.</source>
        <translation>Неправильний PIN-код або пароль. Розблокувати може лише особа, яка увійшла; будь-хто інший може вийти й увійти.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong; it was written to the log file.</source>
        <translation>Щось пішло не так; це записано до файлу журналу.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="+78"/>
        <source>This desk is locked</source>
        <translation>Це робоче місце заблоковано</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Log &amp;out</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/login.py" line="+129"/>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>Desk: {name}</source>
        <translation>Робоче місце: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the application</source>
        <translation>Мова програми</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo database for training: every account&apos;s password is {password} (administrator: {login}).</source>
        <translation>Демонстраційна база для навчання: пароль кожного облікового запису — {password} (адміністратор: {login}).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter your login.</source>
        <translation>Введіть свій логін.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your password.</source>
        <translation>Введіть свій пароль.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Something went wrong; it was written to the log file. Please try again.</source>
        <translation>Щось пішло не так; це записано до файлу журналу. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="+14"/>
        <source>WIC Desk — log in</source>
        <translation>WIC Desk — вхід</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти з програми</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log &amp;in</source>
        <translation>&amp;Увійти</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wic_desk/gui/main_window.py" line="+153"/>
        <source>Front desk</source>
        <translation>Рецепція</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My follow-ups</source>
        <translation>Мої подальші контакти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The front desk is not part of this build yet.</source>
        <translation>Рецепція ще не входить до цієї версії.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The front desk could not be opened; the error was written to the log file.</source>
        <translation>Не вдалося відкрити рецепцію; помилку записано до файлу журналу.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Your password was changed.</source>
        <translation>Пароль змінено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your PIN was saved.</source>
        <translation>PIN-код збережено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About WIC Desk</source>
        <translation>Про WIC Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;WIC Desk {version}&lt;/h3&gt;&lt;p&gt;The front desk of the integration centre: walk-ins, consultations, activities and reports, working offline.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WIC Desk {version}&lt;/h3&gt;&lt;p&gt;Рецепція центру інтеграції: візити, консультації, заходи та звіти, працює без мережі.&lt;/p&gt;&lt;p&gt;Ліцензія: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&amp;Verify a certificate…</source>
        <translation>&amp;Перевірити сертифікат…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my pass&amp;word…</source>
        <translation>Змінити мій &amp;пароль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;PIN for the lock screen…</source>
        <translation>Мій PIN-&amp;код для екрана блокування…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retention and erasure…</source>
        <translation>&amp;Строк зберігання та видалення даних…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to &amp;notes…</source>
        <translation>Доступ до &amp;нотаток…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery &amp;key…</source>
        <translation>Новий &amp;ключ відновлення…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{user} · {role} · desk: {desk}</source>
        <translation>{user} · {role} · робоче місце: {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+68"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Admin</source>
        <translation>&amp;Адміністрування</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Lock</source>
        <translation>За&amp;блокувати</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log &amp;out</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти з програми</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Staff accounts</source>
        <translation>&amp;Облікові записи персоналу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consultation &amp;topics…</source>
        <translation>&amp;Теми консультацій…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About WIC Desk</source>
        <translation>&amp;Про WIC Desk</translation>
    </message>
</context>
<context>
    <name>MergePage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/merge.py" line="+189"/>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find two records of the same person and compare them. Merging keeps one: the visits, consultations and attendance of the other then show under it, and the other is no longer found by the search. A merge can be undone.</source>
        <translation>Знайдіть два записи однієї особи й порівняйте їх. Об&apos;єднання залишає один: візити, консультації та відвідування іншого показуються під ним, а інший більше не знаходиться пошуком. Об&apos;єднання можна скасувати.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First person</source>
        <translation>Перша особа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second person</source>
        <translation>Друга особа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Search by name, phone, PESEL or date of birth ({keys})</source>
        <translation>Пошук за ім&apos;ям, телефоном, PESEL або датою народження ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the first, merge the second into it ({keys})</source>
        <translation>Залишити першу, приєднати до неї другу ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the second, merge the first into it ({keys})</source>
        <translation>Залишити другу, приєднати до неї першу ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merges made here since you logged in</source>
        <translation>&amp;Об&apos;єднання, зроблені тут після входу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the selected merge ({keys})</source>
        <translation>Скасувати вибране об&apos;єднання ({keys})</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Possible duplicates of {name}: {n}</source>
        <translation>Можливі дублікати особи {name}: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No likely duplicates of {name}; search for another person.</source>
        <translation>Імовірних дублікатів особи {name} немає; знайдіть іншу особу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found: {n}. Choose one.</source>
        <translation>Знайдено: {n}. Виберіть одну особу.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No one found.</source>
        <translation>Нікого не знайдено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to find the first person.</source>
        <translation>Почніть вводити, щоб знайти першу особу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the first person to see their likely duplicates here, or search.</source>
        <translation>Виберіть першу особу, щоб побачити тут її ймовірні дублікати, або скористайтеся пошуком.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{visits} visits, {other} other entries; latest {date}</source>
        <translation>візитів: {visits}, інших записів: {other}; останній {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing recorded</source>
        <translation>нічого не зареєстровано</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Merge two records</source>
        <translation>Об&apos;єднати два записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge {gone} into {kept}?

The visits, consultations and attendance of {gone} will show under {kept}, and {gone} will no longer be found by the search. The merge can be undone here.</source>
        <translation>Приєднати {gone} до {kept}?

Візити, консультації та відвідування {gone} показуватимуться під {kept}, а {gone} більше не знаходитиметься пошуком. Об&apos;єднання можна тут скасувати.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{gone} was merged into {kept}. {keys} undoes it.</source>
        <translation>{gone} приєднано до {kept}. {keys} скасовує це.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Undo a merge</source>
        <translation>Скасувати об&apos;єднання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make {gone} a separate person again? Their own visits, consultations and attendance go back with them.</source>
        <translation>Знову зробити {gone} окремою особою? Її власні візити, консультації та відвідування повернуться разом із нею.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{gone} is a separate person again.</source>
        <translation>{gone} — знову окрема особа.</translation>
    </message>
</context>
<context>
    <name>MergesModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/merge.py" line="+41"/>
        <source>Merged</source>
        <translation>Об&apos;єднано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into</source>
        <translation>З ким</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undone</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>об&apos;єднано</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyFlow</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/recovery_key.py" line="+143"/>
        <source>This centre has no recovery key yet. Without one, a forgotten administrator password cannot be replaced. Make it now and print it?</source>
        <translation>Цей центр ще не має ключа відновлення. Без нього забутий пароль адміністратора не можна замінити. Створити його зараз і надрукувати?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new recovery key? The one in the envelope now stops working; print the new one and seal it in its place.</source>
        <translation>Створити новий ключ відновлення? Ключ у конверті перестане діяти; надрукуйте новий і запечатайте його замість старого.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Something went wrong; it was written to the log file. Please try again.</source>
        <translation>Щось пішло не так; це записано у файл журналу. Спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>NoteAccessDialog</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/note_access.py" line="+31"/>
        <source>notes for all counsellors and specialists</source>
        <translation>нотатки для всіх консультантів і фахівців</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counsellors&apos; confidential notes</source>
        <translation>конфіденційні нотатки консультантів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidential notes of: {kind}</source>
        <translation>конфіденційні нотатки: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their own author-only notes</source>
        <translation>власні нотатки лише для автора</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Access to notes</source>
        <translation>Доступ до нотаток</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every note is encrypted for the colleagues who may read it. Someone new, or someone whose password was reset, waits for access until a colleague who reads the same notes logs in, on any desk. With the centre&apos;s recovery key you can let them in now; their own author-only notes after a reset open only so.</source>
        <translation>Кожна нотатка зашифрована для колег, які можуть її читати. Нова людина або хтось, кому скинули пароль, чекає на доступ, доки не увійде колега, який читає ті самі нотатки, на будь-якому робочому місці. Ключем відновлення центру ви можете надати доступ одразу; після скидання пароля власні нотатки лише для автора відкриваються тільки так.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Ключ відновлення:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Let them in</source>
        <translation>&amp;Надати доступ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nobody is waiting for access to notes.</source>
        <translation>Ніхто не чекає на доступ до нотаток.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Letting them in…</source>
        <translation>Надання доступу…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Done: access given %n time(s).</source>
        <translation>
            <numerusform>Готово: доступ надано %n раз.</numerusform>
            <numerusform>Готово: доступ надано %n рази.</numerusform>
            <numerusform>Готово: доступ надано %n разів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/outcome.py" line="+130"/>
        <source>Record employment</source>
        <translation>Зареєструвати працевлаштування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment of {name}</source>
        <translation>Працевлаштування: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start date:</source>
        <translation>&amp;Дата початку:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Employer:</source>
        <translation>&amp;Роботодавець:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract:</source>
        <translation>&amp;Договір:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Годин на тиждень:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &amp;length:</source>
        <translation>Очікувана &amp;тривалість:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company or institution (optional)</source>
        <translation>Компанія або установа (необов&apos;язково)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open-ended</source>
        <translation>безстроково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> month(s)</source>
        <translation> міс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence seen (contract or certificate)</source>
        <translation>&amp;Документ переглянуто (договір або довідка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether this counts as stable employment is decided by the project&apos;s rule and shown on the person&apos;s page.</source>
        <translation>Чи вважається це стабільним працевлаштуванням, визначає правило проєкту; результат видно на сторінці особи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Enter)</source>
        <translation>Зберегти (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/outcomes.py" line="+22"/>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Роботодавець</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a week</source>
        <translation>Годин на тиждень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected length</source>
        <translation>Очікувана тривалість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable employment</source>
        <translation>Стабільне працевлаштування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence seen</source>
        <translation>Документ переглянуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Зареєстрував(-ла)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <translation>Стабільне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stable</source>
        <translation>Нестабільне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-ended</source>
        <translation>Безстроково</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>%n міс.</translation>
    </message>
</context>
<context>
    <name>PasswordDialogs</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/password_dialogs.py" line="+128"/>
        <source>Choose your password</source>
        <translation>Оберіть свій пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From now on the desk opens with a password, not a PIN. Choose yours; you can set a short PIN for the lock screen afterwards (File menu).</source>
        <translation>Відтепер робоче місце відкривається паролем, а не PIN-кодом. Оберіть свій; короткий PIN-код для екрана блокування можна встановити потім (меню «Файл»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>New &amp;password:</source>
        <translation>Новий &amp;пароль:</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <location line="+50"/>
        <source>&amp;Repeat it:</source>
        <translation>По&amp;вторіть його:</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Change my password</source>
        <translation>Зміна мого пароля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your new password opens the desk and the command line from now on.</source>
        <translation>Відтепер новий пароль відкриває робоче місце й командний рядок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Поточний пароль:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>My PIN for the lock screen</source>
        <translation>Мій PIN-код для екрана блокування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While the app stays open, this PIN lifts the lock after a pause, instead of your password. Logging in always takes the password.</source>
        <translation>Поки застосунок відкритий, цей PIN-код знімає блокування після перерви замість пароля. Для входу завжди потрібен пароль.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;PIN:</source>
        <translation>Новий PIN-&amp;код:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move my PIN</source>
        <translation>&amp;Видалити мій PIN-код</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/sync.py" line="-86"/>
        <source>replaced by {desk}</source>
        <translation>замінене на {desk}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>silent</source>
        <translation>без зв&apos;язку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silent since {date}</source>
        <translation>без зв&apos;язку з {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retired</source>
        <translation>виведене з роботи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired on {date}</source>
        <translation>виведене з роботи {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>активне</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desk&apos;s database took a new desk id (a restored backup or a copy). Files for every desk no longer wait for the old id; it is active again if it is heard from.</source>
        <translation>База даних цього робочого місця отримала новий ідентифікатор робочого місця (відновлена резервна копія або копія файлу). Файли для всіх робочих місць більше не чекають на старий ідентифікатор; він знову стане активним, якщо від нього надійде файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been heard from this desk for {days} days, so files for every desk no longer wait for it. It can still get a file of its own.</source>
        <translation>Уже {days} днів від цього робочого місця нічого не надходило, тож файли для всіх робочих місць більше на нього не чекають. Для нього все ще можна записати окремий файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retired by an administrator: files for every desk no longer wait for it. It can still get a file of its own.</source>
        <translation>Виведене з роботи адміністратором: файли для всіх робочих місць більше на нього не чекають. Для нього все ще можна записати окремий файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files for every desk carry what this desk lacks.</source>
        <translation>Файли для всіх робочих місць містять те, чого бракує цьому робочому місцю.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last file read from it</source>
        <translation>Останній прочитаний від нього файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last file written for it</source>
        <translation>Останній записаний для нього файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes it lacks</source>
        <translation>Зміни, яких бракує</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known yet</source>
        <translation>ще невідомо</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No file from this desk has been read here yet, so what it holds is not known.</source>
        <translation>Тут ще не прочитано жодного файлу з цього робочого місця, тож невідомо, що воно містить.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/person.py" line="-442"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Дані</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth:</source>
        <translation>Дата народження:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex:</source>
        <translation>Стать:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citizenship:</source>
        <translation>Громадянство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PESEL:</source>
        <translation>PESEL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, district:</source>
        <translation>Місто, район:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residence status:</source>
        <translation>Статус перебування:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>Мови:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disability:</source>
        <translation>Інвалідність:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard of the centre from:</source>
        <translation>Звідки дізналися про центр:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First contact:</source>
        <translation>Перший контакт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent:</source>
        <translation>Згода:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered:</source>
        <translation>Зареєстровано:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History (newest first)</source>
        <translation>&amp;Історія (спочатку нові)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded yet. Ctrl+R records today&apos;s visit.</source>
        <translation>Ще нічого не зареєстровано. Ctrl+R реєструє сьогоднішній візит.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record visit (Ctrl+R)</source>
        <translation>Зареєструвати візит (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit (Ctrl+E)</source>
        <translation>Редагувати (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise…</source>
        <translation>Анонімізувати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase names, contacts, PESEL and notes; the services still count in the figures</source>
        <translation>Видаляє ім&apos;я та прізвище, контакти, PESEL і нотатки; послуги й далі враховуються в статистиці</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn…</source>
        <translation>Згоду відкликано…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person withdrew their consent: record it, then erase their data or keep the service record for the figures only</source>
        <translation>Особа відкликала згоду: зафіксуйте це, а потім видаліть її дані або збережіть облік послуг лише для показників</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn: this record is kept only for the figures. The person is not found by the search, and nothing new can be recorded for them.</source>
        <translation>Згоду відкликано: цей запис зберігається лише для показників. Цю особу не знайти через пошук, і для неї не можна зареєструвати нічого нового.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything we hold…</source>
        <translation>Усе, що ми зберігаємо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the centre holds about this person, as PDF and JSON (the right of access and to data portability)</source>
        <translation>Усе, що центр зберігає про цю особу, у форматах PDF і JSON (право доступу та право на перенесення даних)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record consultation (Ctrl+K)</source>
        <translation>Зареєструвати консультацію (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit consultation (Enter)</source>
        <translation>Редагувати консультацію (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the author edits a consultation.</source>
        <translation>Редагувати консультацію може лише її автор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record employment (Ctrl+J)</source>
        <translation>Зареєструвати працевлаштування (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No employment recorded.</source>
        <translation>Працевлаштування не зареєстровано.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations ({n})</source>
        <translation>Консультації ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment ({n})</source>
        <translation>Працевлаштування ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No consultations yet. Ctrl+K records one.</source>
        <translation>Консультацій ще немає. Ctrl+K реєструє нову.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No consultations yet.</source>
        <translation>Консультацій ще немає.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Note:</source>
        <translation>Нотатка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a consultation to see its note.</source>
        <translation>Виберіть консультацію, щоб побачити її нотатку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note of {kind}, {date}, {staff}:</source>
        <translation>Нотатка: {kind}, {date}, {staff}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No note was written.</source>
        <translation>Нотатку не написано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your access to this note is pending: it opens once a colleague who reads such notes logs in (or an administrator lets you in with the recovery key).</source>
        <translation>Ваш доступ до цієї нотатки ще очікується: вона відкриється, коли увійде колега, який читає такі нотатки (або коли адміністратор надасть доступ ключем відновлення).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This note is confidential ({level}); it is not shown to you.</source>
        <translation>Ця нотатка конфіденційна ({level}); вам вона не показується.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This person cannot be shown.</source>
        <translation>Цю особу неможливо показати.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Person: {name}</source>
        <translation>Особа: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}, {date}, by {staff}</source>
        <translation>{kind}, {date}, працівник: {staff}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{consent}; withdrawn {date}, recorded by {staff}</source>
        <translation>{consent}; відкликано {date}, зафіксував(ла) {staff}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Anonymise person</source>
        <translation>Анонімізація особи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person&apos;s names, contacts, PESEL and notes for good? Their visits and activities still count in the figures. This cannot be undone.</source>
        <translation>Остаточно видалити ім&apos;я та прізвище, контакти, PESEL і нотатки цієї особи? Її візити й участь у заходах і далі враховуються в статистиці. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Polish</source>
        <translation>польська</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>англійська</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everything we hold about this person</source>
        <translation>Усе, що ми зберігаємо про цю особу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the PDF:</source>
        <translation>Мова PDF-файлу:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save everything we hold about this person</source>
        <translation>Зберегти все, що ми зберігаємо про цю особу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the files…</source>
        <translation>Записування файлів…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: {pdf} and {json}</source>
        <translation>Збережено: {pdf} і {json}</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/person_form.py" line="-37"/>
        <source>&amp;First name (as in the document)</source>
        <translation>&amp;Ім&apos;я (як у документі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name (as in the document)</source>
        <translation>&amp;Прізвище (як у документі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;native script</source>
        <translation>Ім&apos;я та прізвище &amp;рідною мовою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x</source>
        <translation>&amp;Стать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>Дата &amp;народження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PE&amp;SEL</source>
        <translation>PE&amp;SEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenship</source>
        <translation>&amp;Громадянство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guages</source>
        <translation>&amp;Мови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Ел. пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ci&amp;ty</source>
        <translation>&amp;Місто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District</source>
        <translation>&amp;Район</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Residence status</source>
        <translation>Статус &amp;перебування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disab&amp;ility</source>
        <translation>&amp;Інвалідність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How they heard of the centre</source>
        <translation>&amp;Звідки дізналися про центр</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Latin letters, as in the passport</source>
        <translation>Латинськими літерами, як у паспорті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Cyrillic, as the person writes it</source>
        <translation>напр. кирилицею, як пише сама особа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DD.MM.YYYY, or only the year</source>
        <translation>ДД.ММ.РРРР або лише рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 digits, if the person has one</source>
        <translation>11 цифр, якщо особа має PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ukrainian, Russian, Polish A2</source>
        <translation>напр. українська, російська, польська A2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+48 …</source>
        <translation>+48 …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>imya@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Wrocław</source>
        <translation>напр. Вроцлав</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Krzyki</source>
        <translation>напр. Кшики</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family or friends</source>
        <translation>Родина або друзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook / Telegram / Viber</source>
        <translation>Facebook / Telegram / Viber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another organisation</source>
        <translation>Інша організація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An office (city, voivodeship, labour office)</source>
        <translation>Установа (міська рада, воєводське управління, центр зайнятості)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poster or leaflet</source>
        <translation>Плакат або листівка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was here before</source>
        <translation>Уже бували тут раніше</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Choose…</source>
        <translation>Виберіть…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>— not given —</source>
        <translation>— не вказано —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Washington Group short set; kept only to count people with disabilities in reports.</source>
        <translation>Короткий набір питань Вашингтонської групи; використовується лише для підрахунку осіб з інвалідністю у звітах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked as you leave the field: check digit, date of birth and sex.</source>
        <translation>Перевіряється, коли ви залишаєте поле: контрольна цифра, дата народження і стать.</translation>
    </message>
</context>
<context>
    <name>PersonResultsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/people.py" line="+22"/>
        <source>Name (as in the document)</source>
        <translation>Ім&apos;я та прізвище (як у документі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Ім&apos;я та прізвище рідною мовою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
</context>
<context>
    <name>PersonsChart</name>
    <message>
        <location filename="../../wic_desk/gui/pages/dashboard.py" line="-313"/>
        <source>Desk visits</source>
        <translation>Візити на рецепції</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group activities</source>
        <translation>Групові заходи</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>No one served in this period yet.</source>
        <translation>У цьому періоді ще ніхто не отримав послуг.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../wic_desk/services/certificates.py" line="-523"/>
        <source>Printing certificates</source>
        <translation>Друк сертифікатів</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/projects.py" line="-256"/>
        <source>New project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project: {name}</source>
        <translation>Проєкт: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Donor:</source>
        <translation>&amp;Донор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding line (&amp;Polish):</source>
        <translation>Інформація про фінансування (&amp;польською):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding line (&amp;English):</source>
        <translation>Інформація про фінансування (&amp;англійською):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stable employment:</source>
        <translation>&amp;Стабільне працевлаштування:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Age groups:</source>
        <translation>&amp;Вікові групи:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>or any contract expected to last at least (months):</source>
        <translation>або будь-який договір тривалістю щонайменше (місяців):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 0-4, 5-11, 12-17, 18-59, 60+</source>
        <translation>наприклад 0-4, 5-11, 12-17, 18-59, 60+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ages are taken at the person&apos;s first service in the reported period.</source>
        <translation>Вік береться на дату першої послуги особи у звітному періоді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this the &amp;current project (the dashboard and the reports count it)</source>
        <translation>Зробити &amp;поточним проєктом (його рахують панель і звіти)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied when an outcome is recorded: outcomes recorded before a change keep how they were counted.</source>
        <translation>Застосовується під час реєстрації працевлаштування: працевлаштування, зареєстровані до зміни, рахуються як раніше.</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/projects.py" line="-48"/>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Показники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Поточний</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>current</source>
        <translation>поточний</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/projects.py" line="+393"/>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>&amp;Новий проєкт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit project…</source>
        <translation>&amp;Редагувати проєкт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;current</source>
        <translation>Зробити &amp;поточним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Оновити (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add indicator…</source>
        <translation>&amp;Додати показник…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;indicator…</source>
        <translation>Редагувати &amp;показник…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove indicator</source>
        <translation>&amp;Видалити показник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Перемістити &amp;вгору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Перемістити в&amp;низ</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Indicators of {project}</source>
        <translation>Показники проєкту {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Показники</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Remove indicator</source>
        <translation>Видалити показник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the indicator “{title}” from the dashboard and the reports?</source>
        <translation>Видалити показник «{title}» з панелі та звітів?</translation>
    </message>
</context>
<context>
    <name>ReasonsPicker</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/desk_reasons.py" line="+41"/>
        <source>Reasons for the visit</source>
        <translation>Мета візиту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the number before a reason to tick it; Space ticks the highlighted one.</source>
        <translation>Натисніть цифру перед метою, щоб позначити її; пробіл позначає виділену.</translation>
    </message>
</context>
<context>
    <name>RecordVisitDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/visit.py" line="-54"/>
        <source>Record visit</source>
        <translation>Зареєструвати візит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit of {name}</source>
        <translation>Візит: {name}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/recovery_key.py" line="-91"/>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s recovery key</source>
        <translation>Ключ відновлення центру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this key or write it down, seal it in an envelope and keep it in the safe. It is shown only now. If every administrator forgets their password, it lets an administrator set a new one; without it and without a password nobody can open the data.</source>
        <translation>Надрукуйте цей ключ або запишіть його, запечатайте в конверт і зберігайте в сейфі. Він показується лише зараз. Якщо всі адміністратори забудуть паролі, він дозволить адміністраторові встановити новий; без нього і без пароля ніхто не відкриє дані.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have printed or written down the key and will keep it safe</source>
        <translation>Ключ надруковано або записано, і його зберігатимуть у безпеці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>WIC Desk: the recovery key</source>
        <translation>WIC Desk: ключ відновлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre: {name}</source>
        <translation>Центр: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this page sealed in the safe. With it an administrator sets a new password when every administrator password is forgotten. A new recovery key made in Administration replaces this one.</source>
        <translation>Зберігайте цей аркуш запечатаним у сейфі. З ним адміністратор встановить новий пароль, коли всі паролі адміністраторів забуто. Новий ключ відновлення, створений в «Адмініструванні», замінює цей.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/register.py" line="+166"/>
        <source>Register new person</source>
        <translation>Зареєструвати нову особу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Consent to data processing</source>
        <translation>1. Згода на обробку даних</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent:</source>
        <translation>Згода:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Written</source>
        <translation>&amp;Письмова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verbal, certified by me ({name})</source>
        <translation>&amp;Усна, засвідчена мною ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o consent</source>
        <translation>&amp;Немає згоди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on:</source>
        <translation>Дата надання:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Обсяг:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services of the integration centre and reporting to the project&apos;s donor (IOM)</source>
        <translation>Послуги центру інтеграції та звітність перед донором проєкту (МОМ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. Person</source>
        <translation>2. Особа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;anonymous visit instead</source>
        <translation>Натомість зареєструвати &amp;анонімний візит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without consent no name is kept; the visit still counts.</source>
        <translation>Без згоди ім&apos;я не зберігається; візит однаково враховується.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Without consent the person cannot be registered. Record an anonymous visit instead (Alt+A).</source>
        <translation>Без згоди особу не можна зареєструвати. Натомість зареєструйте анонімний візит (Alt+A).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for consent first: choose Written or Verbal (Alt+W, Alt+V) to fill in the form.</source>
        <translation>Спершу запитайте про згоду: виберіть «Письмова» або «Усна» (Alt+П, Alt+У), щоб заповнити форму.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register anyway (Ctrl+Enter)</source>
        <translation>Все одно зареєструвати (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register (Ctrl+Enter)</source>
        <translation>Зареєструвати (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Choose how consent was given, or record an anonymous visit.</source>
        <translation>Виберіть, як було надано згоду, або зареєструйте анонімний візит.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/dashboard.py" line="+250"/>
        <source>Donor report</source>
        <translation>Звіт для донора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel workbook for the donor: indicators, persons served, services, activities and employment (with codes, not names).</source>
        <translation>Книга Excel для донора: показники, особи, що отримали послуги, послуги, заходи та працевлаштування (з кодами, без імен).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly report</source>
        <translation>Місячний звіт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same figures for one month, for the centre&apos;s own tracking.</source>
        <translation>Ті самі показники за один місяць, для власного обліку центру.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>&amp;Місяць:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook &amp;language:</source>
        <translation>&amp;Мова звіту:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the report</source>
        <translation>Створити звіт</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>donor-report</source>
        <translation>звіт-для-донора</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>monthly-report</source>
        <translation>місячний-звіт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where to save the report.</source>
        <translation>Виберіть, куди зберегти звіт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {name} does not exist.</source>
        <translation>Папка {name} не існує.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end of the period is before its start.</source>
        <translation>Кінець періоду раніше за його початок.</translation>
    </message>
</context>
<context>
    <name>ReportsSentDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/reports_sent.py" line="+153"/>
        <source>Reports sent</source>
        <translation>Надіслані звіти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a copy… (Ctrl+S)</source>
        <translation>&amp;Зберегти копію… (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open (Ctrl+O)</source>
        <translation>&amp;Відкрити (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No report has been sent yet. Every donor or monthly report written is kept here exactly as it was written.</source>
        <translation>Ще не надіслано жодного звіту. Кожен складений звіт для донора чи місячний звіт зберігається тут точно в тому вигляді, в якому його створено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports sent: {n}, newest first. Each opens exactly as it was sent, whatever was corrected since.</source>
        <translation>Надіслані звіти: {n}, від найновішого. Кожен відкривається точно в тому вигляді, в якому його надіслано, незалежно від пізніших виправлень.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save a copy of the report</source>
        <translation>Зберегти копію звіту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving the copy…</source>
        <translation>Збереження копії…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report is open in the spreadsheet program, as it was sent.</source>
        <translation>Звіт відкрито в програмі електронних таблиць у тому вигляді, в якому його надіслано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy saved, identical to the report sent: {file}</source>
        <translation>Копію збережено, ідентичну надісланому звіту: {file}</translation>
    </message>
</context>
<context>
    <name>ReportsSentModel</name>
    <message>
        <location line="-207"/>
        <source>Donor report</source>
        <translation>Звіт для донора</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly report</source>
        <translation>Місячний звіт</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by</source>
        <translation>Склав(-ла)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>Складено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checksum (SHA-256)</source>
        <translation>Контрольна сума (SHA-256)</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/follow_ups.py" line="-201"/>
        <source>Reschedule follow-up</source>
        <translation>Перенести подальший контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up with {name}, due {date}</source>
        <translation>Подальший контакт: {name}, термін {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New date:</source>
        <translation>&amp;Нова дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Enter)</source>
        <translation>Зберегти (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/staff.py" line="+362"/>
        <source>Reset password: {name} ({login})</source>
        <translation>Скидання пароля: {name} ({login})</translation>
    </message>
    <message>
        <location filename="../../ui/staff_reset_password.ui" line="+14"/>
        <source>Reset password</source>
        <translation>Скидання пароля</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set a new password for this account (type one, or let the app make one) and tell it to its owner in person. Their lock-screen PIN is removed, and a lock-out of the account is lifted.</source>
        <translation>Встановіть новий пароль для цього облікового запису (введіть його або дозвольте застосунку створити) і передайте власникові особисто. Його PIN-код для екрана блокування буде видалено, а блокування облікового запису знято.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New &amp;password:</source>
        <translation>Новий &amp;пароль:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repeat the pass&amp;word:</source>
        <translation>Повторіть паро&amp;ль:</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/retention_dialog.py" line="+89"/>
        <source>Retention</source>
        <translation>Строк зберігання даних</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep a person&apos;s data for (years after the last contact):</source>
        <translation>&amp;Зберігати дані особи протягом (років після останнього контакту):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all</source>
        <translation>Вибрати всіх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase selected…</source>
        <translation>Видалити дані вибраних…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A person is due for erasure when their last contact (registration, visits, consultations, activities attended, employment, certificates) is longer ago than the period set here, and the current project ended more than {years} years ago. Backups older than the period are deleted.</source>
        <translation>Дані особи підлягають видаленню, коли її останній контакт (реєстрація, візити, консультації, відвідані заходи, працевлаштування, сертифікати) був давніше, ніж встановлений тут строк, а поточний проєкт завершився понад {years} років тому. Резервні копії, старші за цей строк, видаляються.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current project holds everyone until {date}.</source>
        <translation>Через поточний проєкт дані всіх осіб зберігаються до {date}.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n person(s) due for erasure.</source>
        <translation>
            <numerusform>%n особа до видалення.</numerusform>
            <numerusform>%n особи до видалення.</numerusform>
            <numerusform>%n осіб до видалення.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is due for erasure.</source>
        <translation>Немає осіб, дані яких треба видалити.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The retention period was saved; every desk receives it with the next exchange.</source>
        <translation>Строк зберігання збережено; кожне робоче місце отримає його під час наступного обміну.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase</source>
        <translation>Видалити дані</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Erase the data of %n person(s) for good? Names, contacts, PESEL and notes go; their services still count in the figures. This cannot be undone.</source>
        <translation>
            <numerusform>Остаточно видалити дані %n особи? Зникнуть імена та прізвища, контакти, PESEL і нотатки; послуги й надалі враховуються в показниках. Це неможливо скасувати.</numerusform>
            <numerusform>Остаточно видалити дані %n осіб? Зникнуть імена та прізвища, контакти, PESEL і нотатки; послуги й надалі враховуються в показниках. Це неможливо скасувати.</numerusform>
            <numerusform>Остаточно видалити дані %n осіб? Зникнуть імена та прізвища, контакти, PESEL і нотатки; послуги й надалі враховуються в показниках. Це неможливо скасувати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>Видалено дані %n особи.</numerusform>
            <numerusform>Видалено дані %n осіб.</numerusform>
            <numerusform>Видалено дані %n осіб.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../wic_desk/reports/rules.py" line="+306"/>
        <source>Unique persons served (visit, consultation or attendance)</source>
        <translation>Унікальні особи, що отримали послуги (візит, консультація або відвідування)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unique persons with stable employment</source>
        <translation>Унікальні особи зі стабільним працевлаштуванням</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities held (at least one participant present)</source>
        <translation>Проведені заходи (присутній щонайменше один учасник)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions held (meetings with someone present)</source>
        <translation>Проведені заняття (присутній хоча б хтось)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours of sessions held</source>
        <translation>Години проведених занять</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique persons who attended</source>
        <translation>Унікальні особи, які відвідали</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants who completed (present at the activity&apos;s completion share of sessions)</source>
        <translation>Учасники, які завершили (присутні на потрібній частці занять)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consultations held</source>
        <translation>Проведені консультації</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services delivered (each visit reason and each consultation)</source>
        <translation>Надані послуги (кожна причина візиту і кожна консультація)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock the desk after (minutes without use):</source>
        <translation>&amp;Блокувати робоче місце через (хвилин бездіяльності):</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="+14"/>
        <source>Set up WIC Desk</source>
        <translation>Налаштування WIC Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre and this desk</source>
        <translation>Центр і це робоче місце</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WIC Desk is starting for the first time on this computer. Set up a new centre, or join a centre whose other desks already work, and name this desk (each laptop is one desk).</source>
        <translation>WIC Desk запускається на цьому комп&apos;ютері вперше. Налаштуйте новий центр або приєднайтеся до центру, інші робочі місця якого вже працюють, і назвіть це робоче місце (кожен ноутбук — одне робоче місце).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up a &amp;new centre</source>
        <translation>Налаштувати &amp;новий центр</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Join an existing centre from a full exchange file</source>
        <translation>&amp;Приєднатися до наявного центру з повного файлу обміну</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another desk of the centre writes the file: Sync, Write exchange file, Everything. Staff accounts come with it.</source>
        <translation>Файл записує інше робоче місце центру: Синхронізація, Записати файл обміну, Усе. Облікові записи персоналу надходять разом із ним.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Centre:</source>
        <translation>&amp;Центр:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Centrum Integracji Cudzoziemców</source>
        <translation>напр. Centrum Integracji Cudzoziemców</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;This desk:</source>
        <translation>&amp;Це робоче місце:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Recepcja 1</source>
        <translation>напр. Recepcja 1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The first administrator</source>
        <translation>Перший адміністратор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator adds the other staff accounts. Choose a password (the rule is beside the field) and keep it safe: it opens the desk and the command line.</source>
        <translation>Адміністратор додає інші облікові записи персоналу. Оберіть пароль (правило поруч із полем) і зберігайте його в безпеці: він відкриває робоче місце й командний рядок.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repeat the pass&amp;word:</source>
        <translation>Повторіть паро&amp;ль:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Read the full exchange file written at another desk of the centre. Everything in it comes to this desk, staff accounts included: afterwards, log in with your usual login and password.</source>
        <translation>Прочитайте повний файл обміну, записаний на іншому робочому місці центру. Усе з нього потрапить на це робоче місце, зокрема облікові записи персоналу: потім увійдіть зі своїм звичайним логіном і паролем.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Повне ім&apos;я:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Join an existing centre</source>
        <translation>Приєднатися до наявного центру</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exchange &amp;file:</source>
        <translation>&amp;Файл обміну:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;hoose… (Ctrl+O)</source>
        <translation>&amp;Вибрати… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../wic_desk/gui/pages/setup_wizard.py" line="+2"/>
        <source>WIC Desk exchange files (*.wicsync *.age);;All files (*)</source>
        <translation>Файли обміну WIC Desk (*.wicsync *.age);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../../ui/setup_wizard.ui" line="+25"/>
        <source>&amp;Join code:</source>
        <translation>&amp;Код приєднання:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/setup_wizard.ui" line="+10"/>
        <source>e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>напр. ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown once on the desk that wrote the join file. The centre&apos;s recovery key opens it too.</source>
        <translation>Показаний один раз на робочому місці, яке записало файл приєднання. Його відкриває також ключ відновлення центру.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The full exchange file</source>
        <translation>Повний файл обміну</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/activity_detail.py" line="-863"/>
        <source>Attendance sheet</source>
        <translation>Список присутніх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session:</source>
        <translation>&amp;Заняття:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}. {date}</source>
        <translation>{number}. {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in list of the enrolled participants, with blank rows for walk-ins.</source>
        <translation>Список присутніх записаних учасників із порожніми рядками для тих, хто прийшов без запису.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF… (Ctrl+S)</source>
        <translation>Зберегти як PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print… (Ctrl+P)</source>
        <translation>Друкувати… (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../wic_desk/app.py" line="+37"/>
        <source>This database is now encrypted on disk. An encrypted backup was made and {removed} unencrypted backups were deleted. Log in as before.</source>
        <translation>Цю базу даних тепер зашифровано на диску. Створено зашифровану резервну копію, а {removed} незашифрованих копій видалено. Увійдіть, як і раніше.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/staff.py" line="-160"/>
        <source>New staff account</source>
        <translation>Новий обліковий запис працівника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account: {login}</source>
        <translation>Обліковий запис працівника: {login}</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="+14"/>
        <source>Staff account</source>
        <translation>Обліковий запис працівника</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Повне ім&apos;я:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Specialist kind:</source>
        <translation>Вид &amp;спеціаліста:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repeat the pass&amp;word:</source>
        <translation>Повторіть паро&amp;ль:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account &amp;active</source>
        <translation>Обліковий запис &amp;активний</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/staff.py" line="+110"/>
        <source>&amp;Make a password</source>
        <translation>С&amp;творити пароль</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The new password: {password} — give it to its owner in person; it is not shown again.</source>
        <translation>Новий пароль: {password} — передайте його власникові особисто; він більше не буде показаний.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Filter by login or name</source>
        <translation>Фільтрувати за логіном або ім&apos;ям</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Activate</source>
        <translation>&amp;Активувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/staff_page.ui" line="+92"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивувати</translation>
    </message>
    <message>
        <location filename="../../ui/staff_page.ui" line="-66"/>
        <source>Show &amp;inactive accounts</source>
        <translation>Показати &amp;неактивні облікові записи</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Скинути пароль…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Оновити</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../wic_desk/gui/pages/staff.py" line="-493"/>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist kind</source>
        <translation>Вид спеціаліста</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+80"/>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Неактивний</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <location filename="../../wic_desk/services/subject_export.py" line="-60"/>
        <source>Everything we hold about this person</source>
        <translation>Усе, що ми зберігаємо про цю особу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{centre} · exported on {date} by {staff}</source>
        <translation>{centre} · експортовано {date}, експортував(ла): {staff}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page {page} of {pages}</source>
        <translation>сторінка {page} з {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>Немає.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Персональні дані</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Згоди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records merged into this one</source>
        <translation>Записи, об&apos;єднані з цим записом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities attended</source>
        <translation>Заходи, у яких особа брала участь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>Сертифікати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment outcomes</source>
        <translation>Працевлаштування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Ім&apos;я та прізвище рідною мовою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence status</source>
        <translation>Статус перебування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Інвалідність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household relation</source>
        <translation>Родинний зв&apos;язок у домогосподарстві</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact</source>
        <translation>Перший контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard of the centre from</source>
        <translation>Звідки дізналися про центр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised: the person&apos;s identity has been erased.</source>
        <translation>Знеособлено: дані, що ідентифікують особу, видалено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Обсяг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Записав(ла)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ім&apos;я та прізвище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Мета візиту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome and referral</source>
        <translation>Результат і направлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note exists ({level}); it is not included: the requester may not read it.</source>
        <translation>Нотатка існує ({level}); її не додано: працівник, який робить запит, не має права її читати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} хв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with an interpreter</source>
        <translation>з перекладачем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions attended, hours</source>
        <translation>Відвідані заняття, години</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completion</source>
        <translation>завершення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participation</source>
        <translation>участь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Роботодавець</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable employment</source>
        <translation>стабільне працевлаштування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../wic_desk/gui/pages/sync.py" line="-228"/>
        <source>WIC Desk exchange files (*.wicsync *.age);;All files (*)</source>
        <translation>Файли обміну WIC Desk (*.wicsync *.age);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+559"/>
        <source>Exchange files with the other desks</source>
        <translation>Обмін файлами з іншими робочими місцями</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write exchange file… ({keys})</source>
        <translation>Записати файл обміну… ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read exchange file… ({keys})</source>
        <translation>Прочитати файл обміну… ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh ({keys})</source>
        <translation>Оновити ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last exchange with each desk</source>
        <translation>Останній обмін з кожним робочим місцем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other desk is known here yet. Read a file from another desk, or write one for every desk.</source>
        <translation>Інших робочих місць тут ще не відомо. Прочитайте файл з іншого робочого місця або запишіть файл для всіх робочих місць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire desk…</source>
        <translation>Вивести робоче місце з роботи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a desk that will not come back (a laptop given away, lost or replaced): files for every desk stop waiting for it.</source>
        <translation>Для робочого місця, яке не повернеться (ноутбук віддано, втрачено або замінено): файли для всіх робочих місць перестають на нього чекати.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last file read here</source>
        <translation>Останній прочитаний тут файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From desk:</source>
        <translation>З робочого місця:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes in the file:</source>
        <translation>Зміни у файлі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here:</source>
        <translation>Нові тут:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts to review:</source>
        <translation>Конфлікти для перегляду:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for their person or activity:</source>
        <translation>Очікують на свою особу чи захід:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file has been read since you logged in.</source>
        <translation>Після входу не прочитано жодного файлу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to review: the same field changed at two desks</source>
        <translation>Конфлікти для перегляду: те саме поле змінено на двох робочих місцях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: every desk&apos;s changes agree.</source>
        <translation>Конфліктів немає: зміни з усіх робочих місць узгоджені.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the shown value ({keys})</source>
        <translation>Залишити показане значення ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the other ({keys})</source>
        <translation>Використати інше ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the value selected in the list; with two values, the one not shown now.</source>
        <translation>Бере значення, вибране у списку; якщо значень два — те, що зараз не показано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinators and administrators settle conflicts; until then the shown value stands and nothing is lost.</source>
        <translation>Конфлікти вирішують координатори та адміністратори; доти діє показане значення, і нічого не втрачається.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Write exchange file</source>
        <translation>Записати файл обміну</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing the exchange file</source>
        <translation>Запис файлу обміну</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Desks stay in step through files: write one here, carry it on a USB stick, a shared folder or e-mail, and read it at the other desk. The files are encrypted with the centre key: only the desks of this centre can read them.</source>
        <translation>Робочі місця узгоджуються через файли: запишіть файл тут, перенесіть його на флешці, через спільну папку або e-mail і прочитайте на іншому робочому місці. Файли зашифровано ключем центру: прочитати їх можуть лише робочі місця цього центру.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>This desk has the centre key now: no passphrase is needed from now on.</source>
        <translation>Тепер це робоче місце має ключ центру: відтепер пароль не потрібен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the centre key</source>
        <translation>Створення ключа центру</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Written: {file}, everything ({changes} changes, {size}). The new desk {desk} joins from it with its join code; it is listed here from now on.</source>
        <translation>Записано: {file}, усе (змін: {changes}, {size}). Нове робоче місце {desk} приєднується з нього зі своїм кодом приєднання; відтепер воно є в цьому списку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: {file}, everything ({changes} changes, {size}). A new desk joins from it with its join code.</source>
        <translation>Записано: {file}, усе (змін: {changes}, {size}). Нове робоче місце приєднується з нього зі своїм кодом приєднання.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: {file}, for {desk} ({changes} changes, {size}).</source>
        <translation>Записано: {file}, для робочого місця {desk} (змін: {changes}, {size}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written: {file}, for every desk ({changes} changes, {size}).</source>
        <translation>Записано: {file}, для всіх робочих місць (змін: {changes}, {size}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Read exchange file</source>
        <translation>Прочитати файл обміну</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the exchange file</source>
        <translation>Читання файлу обміну</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read a file from {desk}: {changes} changes, {new} new here.</source>
        <translation>Прочитано файл з робочого місця {desk}: змін: {changes}, нових тут: {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} conflicts to review below.</source>
        <translation>Конфліктів для перегляду нижче: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is a copy or a restored backup, so this desk took a new desk id.</source>
        <translation>Ця база даних — копія або відновлена резервна копія, тому це робоче місце отримало новий ідентифікатор.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopping…</source>
        <translation>Зупинка…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading was cancelled; nothing was changed.</source>
        <translation>Читання скасовано; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing was cancelled; no file was written.</source>
        <translation>Запис скасовано; файл не записано.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a conflict to see every value.</source>
        <translation>Виберіть конфлікт, щоб побачити всі значення.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{record} · {field}: {n} values; the first is shown now.</source>
        <translation>{record} · {field}: значень: {n}; зараз показано перше.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Settled: {field} of {record} is now “{value}”. The choice travels to the other desks with the next exchange file.</source>
        <translation>Вирішено: {field} ({record}) тепер має значення «{value}». Вибір потрапить на інші робочі місця з наступним файлом обміну.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not yet known at {desks}, as far as this desk can tell: write a file for it (Write exchange file → For one desk) and read it there. From then on it can write files for this desk alone.</source>
        <translation>Це робоче місце ще не відоме в: {desks} (наскільки йому відомо): запишіть для нього файл (Записати файл обміну → Для одного робочого місця) і прочитайте його там. Відтоді воно зможе записувати файли лише для цього робочого місця.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retire desk</source>
        <translation>Вивести робоче місце з роботи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire the desk “{desk}” for good? Files for every desk will no longer wait for it, on every desk once the change travels. It can still be given a file of its own. Retire a desk only if it will not come back.</source>
        <translation>Остаточно вивести робоче місце «{desk}» з роботи? Файли для всіх робочих місць більше не чекатимуть на нього — на кожному робочому місці, щойно туди надійде ця зміна. Для нього все ще можна буде записати окремий файл. Виводьте робоче місце з роботи, лише якщо воно не повернеться.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retired: {desk}. The other desks learn it from the next exchange file.</source>
        <translation>Виведено з роботи: {desk}. Інші робочі місця дізнаються про це з наступного файлу обміну.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../wic_desk/gui/models/sync.py" line="-184"/>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Консультація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation topic</source>
        <translation>Тема консультації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>Працевлаштування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Відвідуваність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Сертифікат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Ім&apos;я та прізвище рідною мовою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Рік народження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence status</source>
        <translation>Статус перебування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Інвалідність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard of the centre from</source>
        <translation>Звідки дізналися про центр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Об&apos;єднано з</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(hidden)</source>
        <translation>(приховано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
</context>
<context>
    <name>TodayVisitsModel</name>
    <message>
        <location filename="../../wic_desk/gui/models/visits.py" line="-52"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Мета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymous</source>
        <translation>Анонімно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn</source>
        <translation>Згоду відкликано</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/consultation.py" line="+76"/>
        <source>Consultation topics</source>
        <translation>Теми консультацій</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellors and specialists tick these when they record a consultation.</source>
        <translation>Консультанти та спеціалісти позначають їх під час реєстрації консультації.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New topic</source>
        <translation>Нова тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add topic (Enter)</source>
        <translation>Додати тему (Enter)</translation>
    </message>
</context>
<context>
    <name>VerifyCertificateDialog</name>
    <message>
        <location filename="../../wic_desk/gui/widgets/certificate_check.py" line="+117"/>
        <source>Verify a certificate</source>
        <translation>Перевірити сертифікат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the number and the verification code printed under the certificate&apos;s QR code, or scan the QR code.</source>
        <translation>Введіть номер і код перевірки, надруковані під QR-кодом сертифіката, або відскануйте QR-код.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification &amp;code:</source>
        <translation>&amp;Код перевірки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k</source>
        <translation>Пере&amp;вірити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate number</source>
        <translation>Номер сертифіката</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code</source>
        <translation>Код перевірки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type the certificate&apos;s number.</source>
        <translation>Введіть номер сертифіката.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the verification code.</source>
        <translation>Введіть код перевірки.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>certificate of completion</source>
        <translation>сертифікат про завершення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate of participation</source>
        <translation>сертифікат про участь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Ім&apos;я та прізвище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Ім&apos;я та прізвище рідною мовою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Кількість годин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Genuine</source>
        <translation>Справжній</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not genuine</source>
        <translation>Несправжній</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No certificate has this number and verification code. Check what was typed; a certificate issued at another desk shows here after the next exchange of files.</source>
        <translation>Жоден сертифікат не має такого номера і коду перевірки. Перевірте введені дані; сертифікат, виданий на іншому робочому місці, з&apos;явиться тут після наступного обміну файлами.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/person.py" line="+58"/>
        <source>Consent withdrawn</source>
        <translation>Згоду відкликано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that {name} withdrew their consent today. What happens to their record?</source>
        <translation>Зафіксуйте, що {name} сьогодні відкликає згоду на обробку даних. Що буде із записом цієї особи?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase the person</source>
        <translation>&amp;Видалити дані особи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their names, contacts, PESEL and notes are erased for good, with every record merged into theirs; their visits and activities still count in the figures. This cannot be undone.</source>
        <translation>Ім&apos;я та прізвище, контакти, PESEL і нотатки буде остаточно видалено, також з усіх об&apos;єднаних із нею записів; візити й заходи й надалі враховуються в показниках. Це неможливо скасувати.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the service record for the figures (restrict)</source>
        <translation>&amp;Зберегти облік послуг для показників (обмеження обробки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the law requires the centre to keep the service record: it is kept as it is, but the person is no longer found by the search, nothing new can be recorded for them, and reports only count them.</source>
        <translation>Коли закон вимагає, щоб центр зберігав облік послуг: запис залишається без змін, але цю особу більше не знайти через пошук, для неї не можна зареєструвати нічого нового, а звіти лише враховують її.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the withdrawal</source>
        <translation>Зафіксувати відкликання згоди</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../wic_desk/reports/workbook.py" line="+168"/>
        <source>Donor report</source>
        <translation>Звіт для донора</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Page {page} of {pages}</source>
        <translation>Сторінка {page} з {pages}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+255"/>
        <source>Count</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Target</source>
        <translation>Цільове значення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of target</source>
        <translation>% від цілі</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+84"/>
        <source>Unique persons served</source>
        <translation>Унікальні особи, що отримали послуги</translation>
    </message>
    <message>
        <location line="-83"/>
        <location filename="../../wic_desk/services/reports.py" line="+246"/>
        <source>new</source>
        <translation>нові</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../wic_desk/services/reports.py" line="+0"/>
        <source>returning</source>
        <translation>повторні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous visits</source>
        <translation>Анонімні візити</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check: new + returning</source>
        <translation>Перевірка: нові + повторні</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Count against target</source>
        <translation>Результат і цільове значення</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>female</source>
        <translation>жінки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>чоловіки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other, not stated</source>
        <translation>інша, не зазначено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation>ПОМИЛКА</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>Check: total = unique persons</source>
        <translation>Перевірка: разом = унікальні особи</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Особи</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+11"/>
        <location line="+133"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <location line="+51"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Unique persons (not additive)</source>
        <translation>Унікальні особи (не підсумовувати)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total services</source>
        <translation>Усього послуг</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Services by group</source>
        <translation>Послуги за групами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services by age group and sex</source>
        <translation>Послуги за віком і статтю</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services: female</source>
        <translation>Послуги: жінки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services: male</source>
        <translation>Послуги: чоловіки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services: other</source>
        <translation>Послуги: інша</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services total</source>
        <translation>Послуги разом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons: female</source>
        <translation>Особи: жінки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons: male</source>
        <translation>Особи: чоловіки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons: other</source>
        <translation>Особи: інша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons total (within the kind; not additive across kinds)</source>
        <translation>Особи разом (у межах виду; не підсумовувати між видами)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique persons in the kind (database)</source>
        <translation>Унікальні особи у виді (з бази)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous visits (no person)</source>
        <translation>анонімні візити (без особи)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total of the kind</source>
        <translation>Разом у виді</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation>Перше</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last</source>
        <translation>Останнє</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions held</source>
        <translation>Проведені заняття</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+1"/>
        <source>Employment</source>
        <translation>Працевлаштування</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person code</source>
        <translation>Код особи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <translation>Стабільне</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours per week</source>
        <translation>Год./тижд.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outcomes</source>
        <translation>Результати</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons with stable employment</source>
        <translation>Особи зі стабільним працевлаштуванням</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Data quality</source>
        <translation>Якість даних</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to check</source>
        <translation>Що перевірити</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out of</source>
        <translation>З</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to fix before sending</source>
        <translation>Що виправити перед надсиланням</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+47"/>
        <location filename="../../wic_desk/services/reports.py" line="-15"/>
        <source>Age group</source>
        <translation>Вікова група</translation>
    </message>
    <message>
        <location filename="../../wic_desk/services/reports.py" line="-76"/>
        <source>Sex other or not stated</source>
        <translation>Стать інша або не зазначена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the person&apos;s record: if the sex was simply not recorded, correct it</source>
        <translation>Перевірте картку особи: якщо стать просто не записали, виправте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown age (no birth date or year)</source>
        <translation>Вік невідомий (немає дати чи року народження)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the birth date (the year is enough)</source>
        <translation>Додайте дату народження (достатньо року)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown citizenship</source>
        <translation>Громадянство невідоме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the citizenship to the person&apos;s record</source>
        <translation>Додайте громадянство до картки особи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability: not asked</source>
        <translation>Інвалідність: не запитували</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the Washington Group questions at the next visit</source>
        <translation>Поставте запитання Washington Group під час наступного візиту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence status not recorded</source>
        <translation>Статус перебування не зазначено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the residence status to the person&apos;s record</source>
        <translation>Додайте статус перебування до картки особи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits without a reason</source>
        <translation>Візити без причини</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the reason to the visit in the day&apos;s list</source>
        <translation>Додайте причину візиту в списку візитів дня</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not recorded</source>
        <translation>не зазначено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>інші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability (Washington Group)</source>
        <translation>Інвалідність (Washington Group)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence status</source>
        <translation>Статус перебування</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New and returning</source>
        <translation>Нові та повторні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>visits</source>
        <translation>візити</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>consultations</source>
        <translation>консультації</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Monthly report {month}</source>
        <translation>Місячний звіт {month}</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/sync.py" line="-736"/>
        <source>Write exchange file</source>
        <translation>Записати файл обміну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which changes should the file carry?</source>
        <translation>Які зміни має містити файл?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;every desk</source>
        <translation>Для &amp;всіх робочих місць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the least up-to-date active desk lacks: any desk can read it. Silent, replaced and retired desks are not waited for.</source>
        <translation>Те, чого бракує найменш актуальному активному робочому місцю: його може прочитати будь-яке робоче місце. Робочі місця без зв&apos;язку, замінені та виведені з роботи не враховуються.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;one desk, only what it lacks:</source>
        <translation>Для &amp;одного робочого місця, лише те, чого йому бракує:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every&amp;thing (a full file, for a new desk joining the centre)</source>
        <translation>&amp;Усе (повний файл для нового робочого місця, що приєднується до центру)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds all the centre&apos;s data, staff accounts included. Keep it safe. The new desk also needs the join code shown once the file is written. Name the new desk to write files for it before it has sent any.</source>
        <translation>Містить усі дані центру, зокрема облікові записи працівників. Зберігайте його надійно. Новому робочому місцю потрібен також код приєднання, показаний після запису файлу. Назвіть нове робоче місце, щоб записувати для нього файли, ще до того як воно щось надішле.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only coordinators and administrators write a full file.</source>
        <translation>Повний файл записують лише координатори та адміністратори.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New desk&apos;s name:</source>
        <translation>&amp;Назва нового робочого місця:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. Recepcja 2</source>
        <translation>необов&apos;язково, напр. Recepcja 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file…</source>
        <translation>Вибрати файл…</translation>
    </message>
</context>
<context>
    <name>_VisitDialog</name>
    <message>
        <location filename="../../wic_desk/gui/pages/visit.py" line="-63"/>
        <source>&amp;Reasons for the visit — press the number keys, then Enter:</source>
        <translation>&amp;Мета візиту — натисніть клавіші з цифрами, потім Enter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Нотатка (необов&apos;язково):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything the next colleague should know</source>
        <translation>Усе, що має знати наступний колега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save visit (Enter)</source>
        <translation>Зберегти візит (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter saves; Escape closes without saving.</source>
        <translation>Enter зберігає; Escape закриває без збереження.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least one reason for the visit.</source>
        <translation>Виберіть щонайменше одну мету візиту.</translation>
    </message>
</context>
</TS>
