<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DailyBarChart</name>
    <message>
        <location filename="../../kiosk/ui/widgets/bar_chart.py" line="108"/>
        <location filename="../../kiosk/ui/widgets/bar_chart.py" line="185"/>
        <source>No activity yet</source>
        <translation>Aún no hay actividad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/bar_chart.py" line="112"/>
        <source>Total {0} {1} over {2} days; most on {3}: {4}</source>
        <translation>{1}: {0} en total en {2} días; máximo el día {3}: {4}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/bar_chart.py" line="115"/>
        <source>Total {0} over {1} days; most on {2}: {3}</source>
        <translation>Total: {0} en {1} días; máximo el día {2}: {3}</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/display_panel.py" line="95"/>
        <source>Make the screen easier to use</source>
        <translation>Hacer la pantalla más fácil de usar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/display_panel.py" line="96"/>
        <source>Text size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/display_panel.py" line="99"/>
        <source>Text size {0} percent</source>
        <translation>Tamaño de letra: {0} por ciento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/display_panel.py" line="100"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/display_panel.py" line="101"/>
        <source>High contrast: light text on black</source>
        <translation>Alto contraste: letra clara sobre fondo negro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/display_panel.py" line="102"/>
        <source>Seated: buttons at the bottom</source>
        <translation>Si está en una silla: botones abajo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/display_panel.py" line="104"/>
        <source>Seated: move every button to the lower half of the screen</source>
        <translation>Si está en una silla: poner todos los botones en la mitad de abajo de la pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/display_panel.py" line="106"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>FooterBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/bars.py" line="102"/>
        <source>Not for emergencies. If this is an emergency, call 911 or tell the front desk now.</source>
        <translation>No es para emergencias. Si es una emergencia, llame al 911 o avise ahora en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/bars.py" line="105"/>
        <source>Ask a question or request an appointment</source>
        <translation>Hacer una pregunta o pedir una cita</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="513"/>
        <source>This kiosk has sent many requests in the last few minutes. Please show this screen to the front desk and they will help you.</source>
        <translation>Este quiosco envió muchas solicitudes en los últimos minutos. Por favor, muestre esta pantalla en la recepción y le ayudarán.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="519"/>
        <source>We could not save this. Please show this screen to the front desk.</source>
        <translation>No pudimos guardar esto. Por favor, muestre esta pantalla en la recepción.</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/menu_page.py" line="89"/>
        <source>What would you like to read about?</source>
        <translation>¿Sobre qué le gustaría leer?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/menu_page.py" line="90"/>
        <source>Start from the beginning</source>
        <translation>Empezar desde el principio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/menu_page.py" line="92"/>
        <source>The five steps</source>
        <translation>Los cinco pasos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/menu_page.py" line="94"/>
        <source>Check what you learned</source>
        <translation>Compruebe lo que aprendió</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/menu_page.py" line="95"/>
        <source>Questions to ask your care team</source>
        <translation>Preguntas para su equipo médico</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="407"/>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="407"/>
        <source>Shift: next letter in capitals</source>
        <translation>Mayús: la siguiente letra en mayúscula</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="408"/>
        <source>Caps</source>
        <translation>Bloq</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="408"/>
        <source>Caps lock: all letters in capitals</source>
        <translation>Bloq Mayús: todas las letras en mayúscula</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="409"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="409"/>
        <source>Delete the letter before the cursor</source>
        <translation>Borrar la letra antes del cursor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="410"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="411"/>
        <source>123</source>
        <translation>123</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="411"/>
        <source>Numbers and symbols</source>
        <translation>Números y símbolos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="412"/>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="412"/>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="413"/>
        <source>Hide keyboard</source>
        <translation>Ocultar teclado</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/pin_pad.py" line="55"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pin_pad.py" line="56"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pin_pad.py" line="82"/>
        <source>Type your PIN</source>
        <translation>Escriba su PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pin_pad.py" line="83"/>
        <source>PIN digits typed: {0}</source>
        <translation>Dígitos del PIN escritos: {0}</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/questions_page.py" line="96"/>
        <source>Questions to ask your care team</source>
        <translation>Preguntas para su equipo médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/questions_page.py" line="99"/>
        <source>Tick the questions you want to ask. We will add them to a message for your care team. You can change the words.</source>
        <translation>Marque las preguntas que quiere hacer. Las agregaremos a un mensaje para su equipo médico. Puede cambiar las palabras.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/questions_page.py" line="103"/>
        <source>Tick at least one question first.</source>
        <translation>Primero marque al menos una pregunta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/questions_page.py" line="104"/>
        <source>Add to my question</source>
        <translation>Agregar a mi pregunta</translation>
    </message>
</context>
<context>
    <name>ReadingInsightView</name>
    <message>
        <location filename="../../kiosk/ui/widgets/reading_insight.py" line="78"/>
        <source>Reading insight, last 30 days (anonymous counts)</source>
        <translation>Datos de lectura, últimos 30 días (conteos anónimos)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/reading_insight.py" line="85"/>
        <source>Pages opened</source>
        <translation>Páginas abiertas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/reading_insight.py" line="86"/>
        <source>Minutes reading</source>
        <translation>Minutos de lectura</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/reading_insight.py" line="87"/>
        <source>Requests sent</source>
        <translation>Solicitudes enviadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/reading_insight.py" line="117"/>
        <source>Forms: {0} started, {1} left unsent, {2} sent.</source>
        <translation>Formularios: {0} iniciados, {1} sin enviar, {2} enviados.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/reading_insight.py" line="122"/>
        <source>Most opened: {0}</source>
        <translation>Páginas más abiertas: {0}</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/reading_page.py" line="281"/>
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reading_page.py" line="284"/>
        <source>Sources: {0}</source>
        <translation>Fuentes: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reading_page.py" line="285"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reading_page.py" line="288"/>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reading_page.py" line="289"/>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reading_page.py" line="343"/>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reading_page.py" line="346"/>
        <source>Read to me</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reading_page.py" line="287"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>RequestFormPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="253"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="254"/>
        <source>How should we reach you?</source>
        <translation>¿Cómo nos comunicamos con usted?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="255"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="256"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="257"/>
        <source>Best days and times for you</source>
        <translation>Días y horas que mejor le convienen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="258"/>
        <source>What is it about?</source>
        <translation>¿De qué se trata?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="261"/>
        <source>What you type stays on this kiosk, for the clinic&apos;s staff only. They use it to answer this request and for nothing else.</source>
        <translation>Lo que escriba se queda en este quiosco, solo para el personal de la clínica. Lo usan para responder a esta solicitud y para nada más.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="265"/>
        <source>Choose a topic</source>
        <translation>Elija un tema</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="266"/>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="451"/>
        <source>No particular topic</source>
        <translation>Ningún tema en especial</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="267"/>
        <source>The clinic may contact me about this request</source>
        <translation>La clínica puede comunicarse conmigo sobre esta solicitud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="268"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="269"/>
        <source>Show keyboard</source>
        <translation>Mostrar teclado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="270"/>
        <source>Check and send</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="271"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="457"/>
        <source>Anything we should know? (you may leave this empty)</source>
        <translation>¿Algo que debamos saber? (puede dejarlo en blanco)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/request_form_page.py" line="459"/>
        <source>Your question</source>
        <translation>Su pregunta</translation>
    </message>
</context>
<context>
    <name>RequestWords</name>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="17"/>
        <source>Ask a question</source>
        <translation>Hacer una pregunta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="18"/>
        <source>Request an appointment</source>
        <translation>Pedir una cita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="26"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="27"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="28"/>
        <source>I&apos;ll ask at the front desk today</source>
        <translation>Preguntaré hoy en la recepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="36"/>
        <source>Weekday mornings</source>
        <translation>Mañanas entre semana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="37"/>
        <source>Weekday afternoons</source>
        <translation>Tardes entre semana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="40"/>
        <source>Weekday evenings</source>
        <translation>Noches entre semana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="41"/>
        <source>Saturdays</source>
        <translation>Sábados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="42"/>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="50"/>
        <source>Please type your name.</source>
        <translation>Por favor, escriba su nombre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="51"/>
        <source>Please type your phone number, or choose another way.</source>
        <translation>Por favor, escriba su número de teléfono o elija otra forma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="54"/>
        <source>Please type your email, or choose another way.</source>
        <translation>Por favor, escriba su correo electrónico o elija otra forma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="57"/>
        <source>Please type your question.</source>
        <translation>Por favor, escriba su pregunta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="58"/>
        <source>Please tick this box so the clinic may answer you.</source>
        <translation>Por favor, marque esta casilla para que la clínica pueda responderle.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="61"/>
        <source>Please fill this in.</source>
        <translation>Por favor, complete este espacio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="63"/>
        <source>This is too long. Please make it shorter.</source>
        <translation>Esto es demasiado largo. Por favor, hágalo más corto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="66"/>
        <source>This has a hidden or special character we cannot keep. Please type it again.</source>
        <translation>Esto tiene un carácter oculto o especial que no podemos guardar. Por favor, escríbalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="70"/>
        <source>Please type your name with letters.</source>
        <translation>Por favor, escriba su nombre con letras.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="73"/>
        <source>This does not look like a phone number. Please check it.</source>
        <translation>Esto no parece un número de teléfono. Por favor, revíselo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="76"/>
        <source>This does not look like an email address. Please check it.</source>
        <translation>Esto no parece un correo electrónico. Por favor, revíselo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="79"/>
        <source>Please choose how we can reach you.</source>
        <translation>Por favor, elija cómo podemos comunicarnos con usted.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/request_words.py" line="82"/>
        <source>Please check this.</source>
        <translation>Por favor, revise esto.</translation>
    </message>
</context>
<context>
    <name>ReviewNote</name>
    <message>
        <location filename="../../kiosk/ui/widgets/review_note.py" line="27"/>
        <source>Not yet reviewed by your care team. For learning only, not medical advice.</source>
        <translation>Su equipo médico aún no lo ha revisado. Solo para aprender, no es un consejo médico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/review_note.py" line="32"/>
        <source>Reviewed by {0} on {1}; a new review was due on {2}. For learning only, not medical advice.</source>
        <translation>Revisado por {0} el {1}; debía revisarse de nuevo el {2}. Solo para aprender, no es un consejo médico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/review_note.py" line="37"/>
        <source>Reviewed by {0} on {1}. For learning only, not medical advice.</source>
        <translation>Revisado por {0} el {1}. Solo para aprender, no es un consejo médico.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="77"/>
        <source>Please check your request</source>
        <translation>Por favor, revise su solicitud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="79"/>
        <source>You want to</source>
        <translation>Usted quiere</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="80"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="81"/>
        <source>We reach you by</source>
        <translation>Forma de contacto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="82"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="83"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="84"/>
        <source>Best times</source>
        <translation>Mejores días y horas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="85"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="86"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="90"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="91"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="96"/>
        <source>(none)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="105"/>
        <source>No particular topic</source>
        <translation>Ningún tema en especial</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review_page.py" line="115"/>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
</context>
<context>
    <name>StaffPanelPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="146"/>
        <source>Staff panel: {0}</source>
        <translation>Panel del personal: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="170"/>
        <source>The request database cannot be opened. Run: kiosk doctor</source>
        <translation>No se puede abrir la base de datos de solicitudes. Ejecute: kiosk doctor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="178"/>
        <source>The requests cannot be read: {0}</source>
        <translation>No se pueden leer las solicitudes: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="181"/>
        <source>New {0} · Exported {1} · Handled {2} · Urgent {3}</source>
        <translation>Nuevas {0} · Exportadas {1} · Atendidas {2} · Urgentes {3}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="189"/>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="191"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="193"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="210"/>
        <source>Mark handled</source>
        <translation>Marcar atendida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="211"/>
        <source>Export new requests (CSV)</source>
        <translation>Exportar nuevas (CSV)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="212"/>
        <source>Delete old handled requests</source>
        <translation>Borrar atendidas antiguas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="213"/>
        <source>Dismiss alerts</source>
        <translation>Quitar alertas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="214"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="215"/>
        <source>Exit kiosk</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="219"/>
        <source>Requests, urgent first, then newest</source>
        <translation>Solicitudes: urgentes primero, luego las más nuevas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="250"/>
        <source>Choose a request in the list first.</source>
        <translation>Primero elija una solicitud de la lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="278"/>
        <source>Exporting...</source>
        <translation>Exportando...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="282"/>
        <source>Exported {0} requests to {1}</source>
        <translation>Se exportaron {0} solicitudes a {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="287"/>
        <source>That did not work: {0}</source>
        <translation>No funcionó: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="299"/>
        <source>Deleting old handled requests...</source>
        <translation>Borrando solicitudes atendidas antiguas...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="304"/>
        <source>Deleted {0} requests handled more than {1} days ago.</source>
        <translation>Se borraron {0} solicitudes atendidas hace más de {1} días.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="309"/>
        <source>Another program is still reading the database; the kiosk wipes the last copies of them as soon as it stops.</source>
        <translation>Otro programa todavía está leyendo la base de datos; el quiosco borra las últimas copias en cuanto termine.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="338"/>
        <source>Content review: {0} of {1} files not yet reviewed by a clinician.</source>
        <translation>Revisión del contenido: {0} de {1} archivos aún no revisados por personal clínico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_panel_page.py" line="343"/>
        <source>Review overdue: {0}</source>
        <translation>Revisión atrasada: {0}</translation>
    </message>
</context>
<context>
    <name>StaffSignInPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/staff_sign_in_page.py" line="102"/>
        <source>The staff list cannot be read. Ask IT to run: kiosk doctor</source>
        <translation>No se puede leer la lista del personal. Pida a soporte técnico que ejecute: kiosk doctor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_sign_in_page.py" line="104"/>
        <source>No staff accounts yet. Ask IT to add one: kiosk staff add NAME</source>
        <translation>Aún no hay cuentas del personal. Pida a soporte técnico que agregue una: kiosk staff add NOMBRE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_sign_in_page.py" line="106"/>
        <source>Choose your name.</source>
        <translation>Elija su nombre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_sign_in_page.py" line="124"/>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_sign_in_page.py" line="125"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_sign_in_page.py" line="140"/>
        <source>{0}, type your PIN.</source>
        <translation>{0}, escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_sign_in_page.py" line="150"/>
        <source>Checking...</source>
        <translation>Verificando...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_sign_in_page.py" line="160"/>
        <source>That PIN did not work. Please wait {0} before trying again.</source>
        <translation>Ese PIN no funcionó. Por favor, espere {0} antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_sign_in_page.py" line="165"/>
        <source>That PIN did not work. Please try again.</source>
        <translation>Ese PIN no funcionó. Por favor, intente de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_sign_in_page.py" line="167"/>
        <source>This account is locked. Ask IT to run: kiosk staff reset NAME</source>
        <translation>Esta cuenta está bloqueada. Pida a soporte técnico que ejecute: kiosk staff reset NOMBRE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/staff_sign_in_page.py" line="174"/>
        <source>The PIN could not be checked. Please try again, or ask IT.</source>
        <translation>No se pudo verificar el PIN. Por favor, intente de nuevo o pida ayuda a soporte técnico.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/start_page.py" line="107"/>
        <source>Learn about radiofrequency ablation</source>
        <translation>Aprenda sobre la ablación por radiofrecuencia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/start_page.py" line="110"/>
        <source>Also called rhizotomy. A short, plain guide to this treatment for joint pain, one screen at a time.</source>
        <translation>También se llama rizotomía. Una guía corta y sencilla sobre este tratamiento para el dolor de las articulaciones, una pantalla a la vez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/start_page.py" line="114"/>
        <source>Touch anywhere to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../kiosk/ui/widgets/still_there.py" line="69"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/still_there.py" line="70"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/still_there.py" line="84"/>
        <source>To keep your information private, this screen starts over in 1 second.</source>
        <translation>Para proteger su privacidad, esta pantalla volverá al inicio en 1 segundo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/still_there.py" line="87"/>
        <source>To keep your information private, this screen starts over in {0} seconds.</source>
        <translation>Para proteger su privacidad, esta pantalla volverá al inicio en {0} segundos.</translation>
    </message>
</context>
<context>
    <name>TakeHomeCode</name>
    <message>
        <location filename="../../kiosk/ui/widgets/qr_code.py" line="121"/>
        <source>Scan to read this at home</source>
        <translation>Escanee para leer esto en casa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/qr_code.py" line="122"/>
        <source>QR code: scan to read this at home</source>
        <translation>Código QR: escanee para leer esto en casa</translation>
    </message>
</context>
<context>
    <name>TeachBackPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="140"/>
        <source>Show me the page</source>
        <translation>Ver la página</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="141"/>
        <source>Show me the page that explains this</source>
        <translation>Ver la página que explica esto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="142"/>
        <source>Back to topics</source>
        <translation>Volver a los temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="144"/>
        <source>Ask my questions now</source>
        <translation>Hacer mis preguntas ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="146"/>
        <source>Your questions for your care team:</source>
        <translation>Sus preguntas para su equipo médico:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="147"/>
        <source>You can change the words before you send them.</source>
        <translation>Puede cambiar las palabras antes de enviarlas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="263"/>
        <source>Check what you learned: question {0} of {1}</source>
        <translation>Compruebe lo que aprendió: pregunta {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="275"/>
        <source>I&apos;m not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="283"/>
        <source>See how I did</source>
        <translation>Ver cómo me fue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="283"/>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="288"/>
        <source>That&apos;s a good thing to ask about.</source>
        <translation>Es bueno preguntar sobre eso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="290"/>
        <source>That&apos;s right.</source>
        <translation>Así es.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="292"/>
        <source>Not quite.</source>
        <translation>No exactamente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="301"/>
        <source>Added to your questions</source>
        <translation>Agregada a sus preguntas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="301"/>
        <source>Ask my care team this</source>
        <translation>Preguntar esto a mi equipo médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="310"/>
        <source>Your answer: {0}</source>
        <translation>Su respuesta: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="318"/>
        <source>Thank you for checking what you learned.</source>
        <translation>Gracias por comprobar lo que aprendió.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="320"/>
        <source>You knew {0} of {1}. Well done.</source>
        <translation>Acertó {0} de {1}. ¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="322"/>
        <source>You knew {0} of {1}. That is a good start.</source>
        <translation>Acertó {0} de {1}. Es un buen comienzo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="325"/>
        <source>You can ask your care team about anything, at any time.</source>
        <translation>Puede preguntarle a su equipo médico sobre cualquier cosa, en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/teach_back_page.py" line="328"/>
        <source>Many people need to hear these things more than once. The pages explain each answer again, and your care team is happy to go over them with you.</source>
        <translation>Muchas personas necesitan escuchar estas cosas más de una vez. Las páginas explican de nuevo cada respuesta, y su equipo médico con gusto las repasará con usted.</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/thanks_page.py" line="71"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/thanks_page.py" line="72"/>
        <source>We have your request. Your code is:</source>
        <translation>Recibimos su solicitud. Su código es:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/thanks_page.py" line="75"/>
        <source>Tell this code to the front desk, or show them this screen. They will help you.</source>
        <translation>Diga este código en la recepción o muestre esta pantalla. Le ayudarán.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/thanks_page.py" line="78"/>
        <source>Questions later? Call us at {0}.</source>
        <translation>¿Tiene preguntas más tarde? Llámenos al {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/thanks_page.py" line="79"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/bars.py" line="67"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/bars.py" line="68"/>
        <source>Home: list of topics</source>
        <translation>Inicio: lista de temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/bars.py" line="69"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/bars.py" line="70"/>
        <source>Back to the screen before</source>
        <translation>Volver a la pantalla anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/bars.py" line="74"/>
        <source>Bigger text, high contrast, seated reach</source>
        <translation>Letra grande, alto contraste, si está en una silla</translation>
    </message>
</context>
<context>
    <name>UrgentPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/thanks_page.py" line="119"/>
        <source>Please tell the front desk now</source>
        <translation>Por favor, avise ahora en la recepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/thanks_page.py" line="122"/>
        <source>What you wrote may need care soon. Please go to the front desk and speak to a staff member now. If this is an emergency, call 911. Your request is saved with this code:</source>
        <translation>Lo que escribió puede necesitar atención pronto. Por favor, vaya ahora a la recepción y hable con alguien del personal. Si es una emergencia, llame al 911. Su solicitud quedó guardada con este código:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/thanks_page.py" line="127"/>
        <source>I will tell them now</source>
        <translation>Voy a avisar ahora</translation>
    </message>
</context>
</TS>
