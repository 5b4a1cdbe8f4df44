# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x0f\xac\
#\
 \x22Compruebe lo q\
ue aprendi\xc3\xb3\x22: s\
e pregunta despu\
\xc3\xa9s del recorrid\
o, en este orden\
.\x0a# La pantalla \
agrega \x22No lo s\xc3\
\xa9\x22 a cada pregun\
ta. Vea docs/con\
tent.md.\x0a\x0a[[ques\
tion]]\x0aid = \x22wha\
t-rfa-does\x22\x0aques\
tion = \x22\xc2\xbfQu\xc3\xa9 l\
e hace la RFA al\
 nervio?\x22\x0aanswer\
s = [\x0a  { text =\
 \x22Usa calor para\
 que una peque\xc3\xb1\
a parte del nerv\
io deje de funci\
onar.\x22, correct \
= true },\x0a  { te\
xt = \x22Saca el ne\
rvio del cuerpo.\
\x22, correct = fal\
se },\x0a]\x0aexplanat\
ion = \x22La RFA us\
a calor para apa\
gar una peque\xc3\xb1a\
 parte de un ner\
vio que lleva do\
lor. El nervio n\
o se saca del cu\
erpo. Con el tie\
mpo, puede volve\
r a crecer.\x22\x0apag\
e_id = \x22about\x22\x0ad\
raft_question = \
\x22\xc2\xbfC\xc3\xb3mo act\xc3\xbaa \
la RFA en el ner\
vio que me causa\
 dolor?\x22\x0a\x0a[[ques\
tion]]\x0aid = \x22tes\
t-first\x22\x0aquestio\
n = \x22Para el dol\
or de espalda o \
de cuello, \xc2\xbfqu\xc3\
\xa9 le hacen a la \
mayor\xc3\xada de las \
personas antes d\
e la RFA?\x22\x0aanswe\
rs = [\x0a  { text \
= \x22Una cirug\xc3\xada \
para abrir la ar\
ticulaci\xc3\xb3n.\x22, c\
orrect = false }\
,\x0a  { text = \x22Un\
 bloqueo nervios\
o de prueba, par\
a ver si adormec\
er el nervio ayu\
da.\x22, correct = \
true },\x0a  { text\
 = \x22Nada. La RFA\
 siempre se hace\
 primero.\x22, corr\
ect = false },\x0a]\
\x0aexplanation = \x22\
Para el dolor de\
 espalda, cuello\
, pelvis o cabez\
a, la mayor\xc3\xada d\
e las personas r\
eciben primero u\
no o dos bloqueo\
s nerviosos de p\
rueba. Solo ofre\
cen la RFA si el\
 dolor baja a la\
 mitad o m\xc3\xa1s. P\
ara el dolor de \
la cara, por lo \
general no hay b\
loqueo de prueba\
.\x22\x0apage_id = \x22be\
fore\x22\x0adraft_ques\
tion = \x22\xc2\xbfVoy a \
necesitar un blo\
queo nervioso de\
 prueba antes de\
 la RFA?\x22\x0a\x0a[[que\
stion]]\x0aid = \x22dr\
ive-home\x22\x0aquesti\
on = \x22\xc2\xbfPuede us\
ted manejar de r\
egreso a casa de\
spu\xc3\xa9s de la RFA\
?\x22\x0aanswers = [\x0a \
 { text = \x22S\xc3\xad, \
si se siente bie\
n.\x22, correct = f\
alse },\x0a  { text\
 = \x22No. Un adult\
o lo/la debe lle\
var a su casa en\
 carro.\x22, correc\
t = true },\x0a]\x0aex\
planation = \x22La \
medicina para re\
lajarse puede da\
rle sue\xc3\xb1o o hac\
er que piense m\xc3\
\xa1s despacio. La \
medicina para ad\
ormecer puede de\
jar una pierna o\
 un brazo d\xc3\xa9bil\
 por unas horas.\
 Por eso, no man\
eje durante 24 h\
oras, aunque no \
le den medicina \
para relajarse. \
Busque a un adul\
to que lo/la lle\
ve a su casa.\x22\x0ap\
age_id = \x22step-5\
\x22\x0adraft_question\
 = \x22\xc2\xbfVoy a nece\
sitar que alguie\
n maneje por m\xc3\xad\
 hasta mi casa?\x22\
\x0a\x0a[[question]]\x0ai\
d = \x22relief-star\
ts\x22\x0aquestion = \x22\
\xc2\xbfSe quita el do\
lor en cuanto te\
rmina la RFA?\x22\x0aa\
nswers = [\x0a  { t\
ext = \x22No siempr\
e. Para el dolor\
 de espalda o cu\
ello, suele tard\
ar de 1 a 3 sema\
nas.\x22, correct =\
 true },\x0a  { tex\
t = \x22S\xc3\xad, siempr\
e enseguida.\x22, c\
orrect = false }\
,\x0a]\x0aexplanation \
= \x22Para el dolor\
 de espalda, cue\
llo o cabeza, el\
 alivio por lo g\
eneral empieza e\
ntre 1 y 3 seman\
as despu\xc3\xa9s. Al \
principio, puede\
 sentir molestia\
s unos d\xc3\xadas. Pa\
ra el dolor de l\
a cara, el alivi\
o por lo general\
 llega enseguida\
.\x22\x0apage_id = \x22af\
ter\x22\x0adraft_quest\
ion = \x22\xc2\xbfCu\xc3\xa1ndo\
 podr\xc3\xada empezar\
 a sentir menos \
dolor?\x22\x0a\x0a[[quest\
ion]]\x0aid = \x22reli\
ef-lasts\x22\x0aquesti\
on = \x22\xc2\xbfEl alivi\
o del dolor dura\
 para siempre?\x22\x0a\
answers = [\x0a  { \
text = \x22S\xc3\xad. El \
nervio nunca vue\
lve a crecer.\x22, \
correct = false \
},\x0a  { text = \x22P\
or lo general, n\
o. El dolor pued\
e volver despu\xc3\xa9\
s de meses o a\xc3\xb1\
os.\x22, correct = \
true },\x0a]\x0aexplan\
ation = \x22El nerv\
io puede volver \
a crecer. Para e\
l dolor de espal\
da o cuello, el \
alivio puede dur\
ar desde unos me\
ses hasta m\xc3\xa1s o\
 menos un a\xc3\xb1o, \
a veces m\xc3\xa1s. Pa\
ra el dolor de l\
a cara, muchas v\
eces dura a\xc3\xb1os.\
 Algunas persona\
s sienten poco a\
livio. Si el dol\
or vuelve, se pu\
ede hacer la RFA\
 otra vez.\x22\x0apage\
_id = \x22benefits\x22\
\x0adraft_question \
= \x22\xc2\xbfCu\xc3\xa1nto tie\
mpo me podr\xc3\xada d\
urar el alivio d\
el dolor?\x22\x0a\x0a[rev\
iew]\x0asources = [\
\x22Cleveland Clini\
c: Radiofrequenc\
y Ablation (my.c\
levelandclinic.o\
rg/health/treatm\
ents/17411)\x22, \x22C\
ohen et al. Cons\
ensus practice g\
uidelines on int\
erventions for f\
acet joint pain.\
 Reg Anesth Pain\
 Med 2020;45:424\
-67 (doi 10.1136\
/rapm-2019-10124\
3)\x22, \x22Kanpolat e\
t al. Percutaneo\
us controlled ra\
diofrequency tri\
geminal rhizotom\
y, 25 years. Neu\
rosurgery 2001;4\
8:524-32\x22, \x22Stre\
itberger et al. \
Eur Spine J 2011\
;20:2160 (median\
 relief 17 weeks\
)\x22, \x22Specialist \
Pain Solutions (\
specialistpainso\
lutions.co.uk): \
pulsed RF at 42 \
\xc2\xb0C; a driver wi\
th or without se\
dation\x22]\x0areviewe\
d_by = \x22\x22\x0areview\
ed_on = \x22\x22\x0arevie\
w_due = \x22\x22\x0a\
\x00\x00\x05'\
#\
 \x22Preguntas para\
 su equipo m\xc3\xa9di\
co\x22: una lista q\
ue el paciente p\
uede marcar, en \
este orden.\x0a# Ca\
da pregunta marc\
ada se agrega a \
la pregunta del \
paciente en el f\
ormulario. Vea d\
ocs/content.md.\x0a\
\x0a[[question]]\x0aid\
 = \x22recovery-tim\
e\x22\x0atext = \x22\xc2\xbfCu\xc3\
\xa1nto tiempo voy \
a tardar en recu\
perarme?\x22\x0a\x0a[[que\
stion]]\x0aid = \x22dr\
iving\x22\x0atext = \x22\xc2\
\xbfCu\xc3\xa1ndo puedo v\
olver a manejar?\
\x22\x0a\x0a[[question]]\x0a\
id = \x22blood-thin\
ners\x22\x0atext = \x22To\
mo un anticoagul\
ante o antiplaqu\
etario. \xc2\xbfQu\xc3\xa9 d\
ebo hacer antes \
de la RFA?\x22\x0a\x0a[[q\
uestion]]\x0aid = \x22\
relief-lasts\x22\x0ate\
xt = \x22\xc2\xbfCu\xc3\xa1nto \
tiempo me podr\xc3\xad\
a durar el alivi\
o del dolor?\x22\x0a\x0a[\
[question]]\x0aid =\
 \x22not-working\x22\x0at\
ext = \x22\xc2\xbfQu\xc3\xa9 pu\
edo probar si la\
 RFA no me ayuda\
 con el dolor?\x22\x0a\
\x0a[[question]]\x0aid\
 = \x22cost\x22\x0atext =\
 \x22\xc2\xbfCu\xc3\xa1nto me v\
a a costar la RF\
A? \xc2\xbfMi plan tie\
ne que aprobarla\
?\x22\x0a\x0a[[question]]\
\x0aid = \x22side-effe\
cts\x22\x0atext = \x22\xc2\xbfQ\
u\xc3\xa9 efectos secu\
ndarios debo vig\
ilar? \xc2\xbfCu\xc3\xa1ndo \
debo llamarlos?\x22\
\x0a\x0a[[question]]\x0ai\
d = \x22test-block\x22\
\x0atext = \x22\xc2\xbfNeces\
ito primero un b\
loqueo nervioso \
de prueba?\x22\x0a\x0a[re\
view]\x0asources = \
[\x22Cleveland Clin\
ic: Radiofrequen\
cy Ablation (my.\
clevelandclinic.\
org/health/treat\
ments/17411)\x22, \x22\
ASRA Pain Medici\
ne News 2024: di\
agnostic nerve b\
locks (doi 10.52\
211/asra050124.0\
04)\x22, \x22HealthPar\
tners coverage p\
olicy: radiofreq\
uency ablation (\
sacroiliac joint\
 RFA not covered\
)\x22]\x0areviewed_by \
= \x22\x22\x0areviewed_on\
 = \x22\x22\x0areview_due\
 = \x22\x22\x0a\
\x00\x00\x0d\xc2\
#\
 \x22Check what you\
 learned\x22: asked\
 after the walkt\
hrough, in this \
order.\x0a# The scr\
een adds \x22I'm no\
t sure\x22 to every\
 question. See d\
ocs/content.md.\x0a\
\x0a[[question]]\x0aid\
 = \x22what-rfa-doe\
s\x22\x0aquestion = \x22W\
hat does RFA do \
to the nerve?\x22\x0aa\
nswers = [\x0a  { t\
ext = \x22It uses h\
eat to stop a sm\
all part of the \
nerve from worki\
ng.\x22, correct = \
true },\x0a  { text\
 = \x22It takes the\
 nerve out of yo\
ur body.\x22, corre\
ct = false },\x0a]\x0a\
explanation = \x22R\
FA uses heat to \
turn off a small\
 part of a nerve\
 that carries pa\
in. The nerve is\
 not taken out. \
It can grow back\
 over time.\x22\x0apag\
e_id = \x22about\x22\x0ad\
raft_question = \
\x22How does RFA wo\
rk on the nerve \
that causes my p\
ain?\x22\x0a\x0a[[questio\
n]]\x0aid = \x22test-f\
irst\x22\x0aquestion =\
 \x22For back or ne\
ck pain, what do\
 most people hav\
e before RFA?\x22\x0aa\
nswers = [\x0a  { t\
ext = \x22Surgery t\
o open the joint\
.\x22, correct = fa\
lse },\x0a  { text \
= \x22A test nerve \
block, to see if\
 numbing the ner\
ve helps.\x22, corr\
ect = true },\x0a  \
{ text = \x22Nothin\
g. RFA is always\
 done first.\x22, c\
orrect = false }\
,\x0a]\x0aexplanation \
= \x22For back, nec\
k, pelvis, or he\
ad pain, most pe\
ople first have \
one or two test \
nerve blocks. RF\
A is offered onl\
y if the pain dr\
ops by about hal\
f or more. For f\
ace pain, there \
is usually no te\
st block.\x22\x0apage_\
id = \x22before\x22\x0adr\
aft_question = \x22\
Will I need a te\
st nerve block b\
efore RFA?\x22\x0a\x0a[[q\
uestion]]\x0aid = \x22\
drive-home\x22\x0aques\
tion = \x22Can you \
drive yourself h\
ome after RFA?\x22\x0a\
answers = [\x0a  { \
text = \x22Yes, if \
you feel fine.\x22,\
 correct = false\
 },\x0a  { text = \x22\
No. An adult mus\
t drive you home\
.\x22, correct = tr\
ue },\x0a]\x0aexplanat\
ion = \x22Medicine \
to help you rela\
x can make you s\
low or sleepy. N\
umbing medicine \
can make a leg o\
r arm weak for a\
 few hours. So d\
o not drive for \
24 hours, even i\
f you did not ge\
t relaxing medic\
ine. Plan for an\
 adult to drive \
you home.\x22\x0apage_\
id = \x22step-5\x22\x0adr\
aft_question = \x22\
Will I need some\
one to drive me \
home?\x22\x0a\x0a[[questi\
on]]\x0aid = \x22relie\
f-starts\x22\x0aquesti\
on = \x22Will the p\
ain go away as s\
oon as RFA is do\
ne?\x22\x0aanswers = [\
\x0a  { text = \x22Not\
 always. For bac\
k or neck pain, \
it usually takes\
 1 to 3 weeks.\x22,\
 correct = true \
},\x0a  { text = \x22Y\
es, always right\
 away.\x22, correct\
 = false },\x0a]\x0aex\
planation = \x22For\
 back, neck, or \
head pain, relie\
f usually starts\
 within 1 to 3 w\
eeks. You may fe\
el sore for a fe\
w days at first.\
 For face pain, \
relief usually c\
omes right away.\
\x22\x0apage_id = \x22aft\
er\x22\x0adraft_questi\
on = \x22When might\
 I start to feel\
 less pain?\x22\x0a\x0a[[\
question]]\x0aid = \
\x22relief-lasts\x22\x0aq\
uestion = \x22Will \
the pain relief \
last forever?\x22\x0aa\
nswers = [\x0a  { t\
ext = \x22Yes. The \
nerve never grow\
s back.\x22, correc\
t = false },\x0a  {\
 text = \x22Usually\
 not. The pain m\
ay come back aft\
er months or yea\
rs.\x22, correct = \
true },\x0a]\x0aexplan\
ation = \x22The ner\
ve can grow back\
. For back or ne\
ck pain, relief \
may last a few m\
onths to about a\
 year, sometimes\
 longer. For fac\
e pain, it often\
 lasts years. So\
me people get li\
ttle relief. If \
the pain comes b\
ack, RFA can be \
done again.\x22\x0apag\
e_id = \x22benefits\
\x22\x0adraft_question\
 = \x22How long mig\
ht the pain reli\
ef last for me?\x22\
\x0a\x0a[review]\x0asourc\
es = [\x22Cleveland\
 Clinic: Radiofr\
equency Ablation\
 (my.clevelandcl\
inic.org/health/\
treatments/17411\
)\x22, \x22Cohen et al\
. Consensus prac\
tice guidelines \
on interventions\
 for facet joint\
 pain. Reg Anest\
h Pain Med 2020;\
45:424-67 (doi 1\
0.1136/rapm-2019\
-101243)\x22, \x22Kanp\
olat et al. Perc\
utaneous control\
led radiofrequen\
cy trigeminal rh\
izotomy, 25 year\
s. Neurosurgery \
2001;48:524-32\x22,\
 \x22Streitberger e\
t al. Eur Spine \
J 2011;20:2160 (\
median relief 17\
 weeks)\x22, \x22Speci\
alist Pain Solut\
ions (specialist\
painsolutions.co\
.uk): pulsed RF \
at 42 \xc2\xb0C; a dri\
ver with or with\
out sedation\x22]\x0ar\
eviewed_by = \x22\x22\x0a\
reviewed_on = \x22\x22\
\x0areview_due = \x22\x22\
\x0a\
\x00\x00\x04\xc4\
#\
 \x22Questions to a\
sk your care tea\
m\x22: a checklist \
the patient can \
tick, in this or\
der.\x0a# Each tick\
ed question is a\
dded to the pati\
ent's question i\
n the form. See \
docs/content.md.\
\x0a\x0a[[question]]\x0ai\
d = \x22recovery-ti\
me\x22\x0atext = \x22How \
long will it tak\
e me to recover?\
\x22\x0a\x0a[[question]]\x0a\
id = \x22driving\x22\x0at\
ext = \x22When can \
I drive again?\x22\x0a\
\x0a[[question]]\x0aid\
 = \x22blood-thinne\
rs\x22\x0atext = \x22I ta\
ke a blood thinn\
er. What should \
I do before RFA?\
\x22\x0a\x0a[[question]]\x0a\
id = \x22relief-las\
ts\x22\x0atext = \x22How \
long might the p\
ain relief last \
for me?\x22\x0a\x0a[[ques\
tion]]\x0aid = \x22not\
-working\x22\x0atext =\
 \x22What can I try\
 if RFA does not\
 help my pain?\x22\x0a\
\x0a[[question]]\x0aid\
 = \x22cost\x22\x0atext =\
 \x22What will RFA \
cost me, and doe\
s my plan need t\
o approve it?\x22\x0a\x0a\
[[question]]\x0aid \
= \x22side-effects\x22\
\x0atext = \x22What si\
de effects shoul\
d I watch for, a\
nd when should I\
 call you?\x22\x0a\x0a[[q\
uestion]]\x0aid = \x22\
test-block\x22\x0atext\
 = \x22Do I need a \
test nerve block\
 first?\x22\x0a\x0a[revie\
w]\x0asources = [\x22C\
leveland Clinic:\
 Radiofrequency \
Ablation (my.cle\
velandclinic.org\
/health/treatmen\
ts/17411)\x22, \x22ASR\
A Pain Medicine \
News 2024: diagn\
ostic nerve bloc\
ks (doi 10.52211\
/asra050124.004)\
\x22, \x22HealthPartne\
rs coverage poli\
cy: radiofrequen\
cy ablation (sac\
roiliac joint RF\
A not covered)\x22]\
\x0areviewed_by = \x22\
\x22\x0areviewed_on = \
\x22\x22\x0areview_due = \
\x22\x22\x0a\
\x00\x00\x09\x10\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#F3E\
BDD\x22/>\x0a  <!-- gl\
ass of water -->\
\x0a  <path d=\x22M84 \
78 L160 78 L150 \
198 Q149 206 141\
 206 L103 206 Q9\
5 206 94 198 Z\x22 \
fill=\x22#FFFFFF\x22/>\
\x0a  <path d=\x22M89 \
122 L155 122 L15\
0 198 Q149 206 1\
41 206 L103 206 \
Q95 206 94 198 Z\
\x22 fill=\x22#9CC3D5\x22\
/>\x0a  <path d=\x22M8\
4 78 L160 78 L15\
0 198 Q149 206 1\
41 206 L103 206 \
Q95 206 94 198 Z\
\x22 fill=\x22none\x22 st\
roke=\x22#0A4F5C\x22 s\
troke-width=\x225\x22 \
stroke-linejoin=\
\x22round\x22/>\x0a  <lin\
e x1=\x22104\x22 y1=\x221\
38\x22 x2=\x22108\x22 y2=\
\x22186\x22 stroke=\x22#F\
FFFFF\x22 stroke-wi\
dth=\x225\x22 stroke-l\
inecap=\x22round\x22/>\
\x0a  <!-- loose, c\
omfy shirt on a \
hanger -->\x0a  <pa\
th d=\x22M278 90 Q2\
78 72 292 74 Q30\
4 76 300 88 Q296\
 96 290 100\x22 fil\
l=\x22none\x22 stroke=\
\x22#2E3A44\x22 stroke\
-width=\x225\x22 strok\
e-linecap=\x22round\
\x22/>\x0a  <path d=\x22M\
290 100 L236 128\
 L344 128 Z\x22 fil\
l=\x22none\x22 stroke=\
\x22#2E3A44\x22 stroke\
-width=\x225\x22 strok\
e-linejoin=\x22roun\
d\x22/>\x0a  <path d=\x22\
M264 118 L238 12\
8 L218 170 L240 \
180 L248 166 L24\
6 226 L334 226 L\
332 166 L340 180\
 L362 170 L342 1\
28 L316 118 Q290\
 134 264 118 Z\x22 \
fill=\x22#F6C28B\x22 s\
troke=\x22#0A4F5C\x22 \
stroke-width=\x225\x22\
 stroke-linejoin\
=\x22round\x22/>\x0a  <pa\
th d=\x22M272 122 Q\
290 134 308 122\x22\
 fill=\x22none\x22 str\
oke=\x22#E8833A\x22 st\
roke-width=\x224\x22 s\
troke-linecap=\x22r\
ound\x22/>\x0a  <!-- w\
eekly pill box, \
one lid open -->\
\x0a  <rect x=\x2256\x22 \
y=\x22262\x22 width=\x221\
60\x22 height=\x2246\x22 \
rx=\x2210\x22 fill=\x22#0\
A4F5C\x22/>\x0a  <g fi\
ll=\x22#E3EEF0\x22>\x0a  \
  <rect x=\x2264\x22 y\
=\x22270\x22 width=\x2230\
\x22 height=\x2230\x22 rx\
=\x226\x22/>\x0a    <rect\
 x=\x22102\x22 y=\x22270\x22\
 width=\x2230\x22 heig\
ht=\x2230\x22 rx=\x226\x22/>\
\x0a    <rect x=\x2217\
8\x22 y=\x22270\x22 width\
=\x2230\x22 height=\x2230\
\x22 rx=\x226\x22/>\x0a  </g\
>\x0a  <rect x=\x22140\
\x22 y=\x22270\x22 width=\
\x2230\x22 height=\x2230\x22\
 rx=\x226\x22 fill=\x22#F\
FFFFF\x22/>\x0a  <rect\
 x=\x22140\x22 y=\x22236\x22\
 width=\x2230\x22 heig\
ht=\x2226\x22 rx=\x226\x22 f\
ill=\x22#E3EEF0\x22 st\
roke=\x22#0A4F5C\x22 s\
troke-width=\x224\x22/\
>\x0a  <ellipse cx=\
\x22150\x22 cy=\x22286\x22 r\
x=\x226\x22 ry=\x224\x22 fil\
l=\x22#E8833A\x22/>\x0a  \
<circle cx=\x22161\x22\
 cy=\x22288\x22 r=\x224\x22 \
fill=\x22#9CC3D5\x22/>\
\x0a  <!-- car key \
with a key fob -\
->\x0a  <g transfor\
m=\x22translate(282\
 298) rotate(-30\
) scale(1.1)\x22>\x0a \
   <circle cx=\x22-\
42\x22 cy=\x220\x22 r=\x2214\
\x22 fill=\x22none\x22 st\
roke=\x22#2E3A44\x22 s\
troke-width=\x225\x22/\
>\x0a    <rect x=\x22-\
34\x22 y=\x22-26\x22 widt\
h=\x2256\x22 height=\x225\
2\x22 rx=\x2218\x22 fill=\
\x22#2E3A44\x22/>\x0a    \
<circle cx=\x22-6\x22 \
cy=\x220\x22 r=\x228\x22 fil\
l=\x22#E3EEF0\x22/>\x0a  \
  <path d=\x22M22 -\
8 L70 -8 L70 2 L\
64 8 L58 2 L52 8\
 L46 2 L40 8 L22\
 8 Z\x22 fill=\x22#9CC\
3D5\x22 stroke=\x22#0A\
4F5C\x22 stroke-wid\
th=\x224\x22 stroke-li\
nejoin=\x22round\x22/>\
\x0a  </g>\x0a</svg>\x0a\
\x00\x00\x03\xb3\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#E3E\
EF0\x22/>\x0a  <!-- tw\
o speech bubbles\
: a question and\
 an answer -->\x0a \
 <path d=\x22M70 10\
0 Q70 70 100 70 \
L250 70 Q280 70 \
280 100 L280 190\
 Q280 220 250 22\
0 L140 220 L100 \
260 L106 220 L10\
0 220 Q70 220 70\
 190 Z\x22 fill=\x22#F\
FFFFF\x22 stroke=\x22#\
0A4F5C\x22 stroke-w\
idth=\x228\x22 stroke-\
linejoin=\x22round\x22\
/>\x0a  <text x=\x2217\
5\x22 y=\x22185\x22 font-\
family=\x22DejaVu S\
ans, sans-serif\x22\
 font-size=\x22120\x22\
 font-weight=\x22bo\
ld\x22 fill=\x22#0A4F5\
C\x22 text-anchor=\x22\
middle\x22>?</text>\
\x0a  <path d=\x22M190\
 250 Q190 230 21\
0 230 L310 230 Q\
330 230 330 250 \
L330 300 Q330 32\
0 310 320 L300 3\
20 L304 350 L272\
 320 L210 320 Q1\
90 320 190 300 Z\
\x22 fill=\x22#F3EBDD\x22\
 stroke=\x22#E8833A\
\x22 stroke-width=\x22\
8\x22 stroke-linejo\
in=\x22round\x22/>\x0a  <\
g fill=\x22#E8833A\x22\
>\x0a    <circle cx\
=\x22230\x22 cy=\x22275\x22 \
r=\x229\x22/>\x0a    <cir\
cle cx=\x22260\x22 cy=\
\x22275\x22 r=\x229\x22/>\x0a  \
  <circle cx=\x2229\
0\x22 cy=\x22275\x22 r=\x229\
\x22/>\x0a  </g>\x0a</svg\
>\x0a\
\x00\x00\x07\xab\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#E3E\
EF0\x22/>\x0a  <!-- C-\
arm X-ray machin\
e: arc behind th\
e table, on a st\
and -->\x0a  <path \
d=\x22M196 96 A 112\
 112 0 0 1 196 3\
20\x22 fill=\x22none\x22 \
stroke=\x22#9CC3D5\x22\
 stroke-width=\x222\
2\x22 stroke-lineca\
p=\x22round\x22/>\x0a  <p\
ath d=\x22M196 96 A\
 112 112 0 0 1 1\
96 320\x22 fill=\x22no\
ne\x22 stroke=\x22#0A4\
F5C\x22 stroke-widt\
h=\x224\x22/>\x0a  <rect \
x=\x22300\x22 y=\x22196\x22 \
width=\x2228\x22 heigh\
t=\x22144\x22 rx=\x228\x22 f\
ill=\x22#0A4F5C\x22/>\x0a\
  <rect x=\x22272\x22 \
y=\x22334\x22 width=\x228\
6\x22 height=\x2216\x22 r\
x=\x228\x22 fill=\x22#2E3\
A44\x22/>\x0a  <!-- ge\
ntle X-ray beam \
-->\x0a  <polygon p\
oints=\x22170,112 2\
36,112 222,300 1\
84,300\x22 fill=\x22#F\
FFFFF\x22 opacity=\x22\
0.55\x22/>\x0a  <!-- t\
reatment table -\
->\x0a  <rect x=\x2244\
\x22 y=\x22262\x22 width=\
\x22300\x22 height=\x2216\
\x22 rx=\x228\x22 fill=\x22#\
0A4F5C\x22/>\x0a  <!--\
 calm person lyi\
ng face down -->\
\x0a  <rect x=\x2256\x22 \
y=\x22246\x22 width=\x226\
4\x22 height=\x2218\x22 r\
x=\x229\x22 fill=\x22#FFF\
FFF\x22 stroke=\x22#0A\
4F5C\x22 stroke-wid\
th=\x223\x22/>\x0a  <g st\
roke=\x22#0A4F5C\x22 s\
troke-width=\x224\x22 \
stroke-linejoin=\
\x22round\x22>\x0a    <re\
ct x=\x22232\x22 y=\x2222\
8\x22 width=\x22110\x22 h\
eight=\x2234\x22 rx=\x221\
7\x22 fill=\x22#2E3A44\
\x22/>\x0a    <rect x=\
\x22110\x22 y=\x22218\x22 wi\
dth=\x22142\x22 height\
=\x2244\x22 rx=\x2222\x22 fi\
ll=\x22#FFFFFF\x22/>\x0a \
   <circle cx=\x229\
0\x22 cy=\x22226\x22 r=\x222\
2\x22 fill=\x22#E8B796\
\x22/>\x0a  </g>\x0a  <pa\
th d=\x22M70 220 Q7\
2 200 92 202 Q11\
0 204 112 220 Q9\
8 210 70 220 Z\x22 \
fill=\x22#8D5A3B\x22/>\
\x0a  <path d=\x22M74 \
234 Q80 238 86 2\
34\x22 fill=\x22none\x22 \
stroke=\x22#2E3A44\x22\
 stroke-width=\x223\
\x22 stroke-linecap\
=\x22round\x22/>\x0a  <re\
ct x=\x22120\x22 y=\x2224\
0\x22 width=\x2284\x22 he\
ight=\x2215\x22 rx=\x227\x22\
 fill=\x22#E8B796\x22 \
stroke=\x22#0A4F5C\x22\
 stroke-width=\x223\
\x22/>\x0a  <!-- detec\
tor above, sourc\
e below -->\x0a  <r\
ect x=\x22158\x22 y=\x228\
4\x22 width=\x2290\x22 he\
ight=\x2230\x22 rx=\x2210\
\x22 fill=\x22#0A4F5C\x22\
/>\x0a  <rect x=\x2217\
2\x22 y=\x22306\x22 width\
=\x2262\x22 height=\x2224\
\x22 rx=\x228\x22 fill=\x22#\
0A4F5C\x22/>\x0a  <!--\
 thin needle, sm\
all, pointing to\
ward the spine -\
->\x0a  <line x1=\x222\
03\x22 y1=\x22166\x22 x2=\
\x22203\x22 y2=\x22216\x22 s\
troke=\x22#2E3A44\x22 \
stroke-width=\x223\x22\
 stroke-linecap=\
\x22round\x22/>\x0a  <rec\
t x=\x22197\x22 y=\x22156\
\x22 width=\x2212\x22 hei\
ght=\x2212\x22 rx=\x223\x22 \
fill=\x22#F6C28B\x22 s\
troke=\x22#0A4F5C\x22 \
stroke-width=\x222\x22\
/>\x0a</svg>\x0a\
\x00\x00\x07\x08\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <radial\
Gradient id=\x22hea\
t\x22 cx=\x220.5\x22 cy=\x22\
0.5\x22 r=\x220.5\x22>\x0a  \
  <stop offset=\x22\
0\x22 stop-color=\x22#\
E8833A\x22 stop-opa\
city=\x220.95\x22/>\x0a  \
  <stop offset=\x22\
0.4\x22 stop-color=\
\x22#F6C28B\x22 stop-o\
pacity=\x220.75\x22/>\x0a\
    <stop offset\
=\x221\x22 stop-color=\
\x22#F6C28B\x22 stop-o\
pacity=\x220\x22/>\x0a  <\
/radialGradient>\
\x0a  <!-- soft bac\
kground -->\x0a  <c\
ircle cx=\x22200\x22 c\
y=\x22200\x22 r=\x22180\x22 \
fill=\x22#E3EEF0\x22/>\
\x0a  <!-- bone of \
the small joint \
-->\x0a  <path d=\x22M\
36 268 Q96 222 1\
66 236 Q212 246 \
230 278 Q262 304\
 310 296 Q344 29\
0 362 272 A180 1\
80 0 0 1 36 268 \
Z\x22 fill=\x22#F3EBDD\
\x22/>\x0a  <path d=\x22M\
36 268 Q96 222 1\
66 236 Q212 246 \
230 278 Q262 304\
 310 296 Q344 29\
0 362 272\x22 fill=\
\x22none\x22 stroke=\x22#\
0A4F5C\x22 stroke-w\
idth=\x225\x22 stroke-\
linecap=\x22round\x22/\
>\x0a  <!-- the sma\
ll joint: a soft\
 gap between two\
 bones -->\x0a  <pa\
th d=\x22M230 278 Q\
244 318 230 364\x22\
 fill=\x22none\x22 str\
oke=\x22#0A4F5C\x22 st\
roke-width=\x2214\x22 \
stroke-linecap=\x22\
round\x22/>\x0a  <path\
 d=\x22M230 278 Q24\
4 318 230 364\x22 f\
ill=\x22none\x22 strok\
e=\x22#F6C28B\x22 stro\
ke-width=\x226\x22 str\
oke-linecap=\x22rou\
nd\x22/>\x0a  <!-- ner\
ve; the small br\
anch is quiet (d\
immed) past the \
warm spot -->\x0a  \
<g fill=\x22none\x22 s\
troke=\x22#7A5AA6\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
    <path d=\x22M44\
 150 Q130 120 20\
0 136 Q280 154 3\
56 128\x22 stroke-w\
idth=\x2210\x22/>\x0a    \
<path d=\x22M166 13\
2 Q196 172 210 2\
10\x22 stroke-width\
=\x226\x22/>\x0a    <path\
 d=\x22M210 210 Q22\
0 244 232 276\x22 s\
troke-width=\x226\x22 \
opacity=\x220.25\x22/>\
\x0a  </g>\x0a  <!-- s\
mall warm glow a\
t the needle tip\
 -->\x0a  <circle c\
x=\x22222\x22 cy=\x22214\x22\
 r=\x2240\x22 fill=\x22ur\
l(#heat)\x22/>\x0a  <!\
-- thin needle, \
kept small -->\x0a \
 <line x1=\x22312\x22 \
y1=\x2286\x22 x2=\x22228\x22\
 y2=\x22212\x22 stroke\
=\x22#2E3A44\x22 strok\
e-width=\x224\x22 stro\
ke-linecap=\x22roun\
d\x22/>\x0a  <rect x=\x22\
306\x22 y=\x2270\x22 widt\
h=\x2222\x22 height=\x222\
2\x22 rx=\x226\x22 fill=\x22\
#F6C28B\x22 stroke=\
\x22#0A4F5C\x22 stroke\
-width=\x223\x22/>\x0a  <\
circle cx=\x22228\x22 \
cy=\x22212\x22 r=\x226\x22 f\
ill=\x22#E8833A\x22/>\x0a\
</svg>\x0a\
\x00\x00\x0a\xa2\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#F3E\
BDD\x22/>\x0a  <!-- ca\
lendar -->\x0a  <re\
ct x=\x2252\x22 y=\x2292\x22\
 width=\x22196\x22 hei\
ght=\x22190\x22 rx=\x2218\
\x22 fill=\x22#FFFFFF\x22\
 stroke=\x22#0A4F5C\
\x22 stroke-width=\x22\
5\x22/>\x0a  <path d=\x22\
M52 132 L52 110 \
Q52 92 70 92 L23\
0 92 Q248 92 248\
 110 L248 132 Z\x22\
 fill=\x22#0A4F5C\x22/\
>\x0a  <g stroke=\x22#\
2E3A44\x22 stroke-w\
idth=\x227\x22 stroke-\
linecap=\x22round\x22>\
\x0a    <line x1=\x229\
6\x22 y1=\x2278\x22 x2=\x229\
6\x22 y2=\x22104\x22/>\x0a  \
  <line x1=\x22204\x22\
 y1=\x2278\x22 x2=\x22204\
\x22 y2=\x22104\x22/>\x0a  <\
/g>\x0a  <!-- days:\
 the first few g\
ently marked as \
passed, one with\
 a warm sun -->\x0a\
  <g fill=\x22#E3EE\
F0\x22>\x0a    <rect x\
=\x2272\x22 y=\x22148\x22 wi\
dth=\x2234\x22 height=\
\x2230\x22 rx=\x227\x22/>\x0a  \
  <rect x=\x22116\x22 \
y=\x22148\x22 width=\x223\
4\x22 height=\x2230\x22 r\
x=\x227\x22/>\x0a    <rec\
t x=\x22160\x22 y=\x22148\
\x22 width=\x2234\x22 hei\
ght=\x2230\x22 rx=\x227\x22/\
>\x0a    <rect x=\x222\
04\x22 y=\x22148\x22 widt\
h=\x2228\x22 height=\x223\
0\x22 rx=\x227\x22/>\x0a    \
<rect x=\x2272\x22 y=\x22\
190\x22 width=\x2234\x22 \
height=\x2230\x22 rx=\x22\
7\x22/>\x0a    <rect x\
=\x22116\x22 y=\x22190\x22 w\
idth=\x2234\x22 height\
=\x2230\x22 rx=\x227\x22/>\x0a \
   <rect x=\x22160\x22\
 y=\x22190\x22 width=\x22\
34\x22 height=\x2230\x22 \
rx=\x227\x22/>\x0a    <re\
ct x=\x22204\x22 y=\x2219\
0\x22 width=\x2228\x22 he\
ight=\x2230\x22 rx=\x227\x22\
/>\x0a    <rect x=\x22\
72\x22 y=\x22232\x22 widt\
h=\x2234\x22 height=\x223\
0\x22 rx=\x227\x22/>\x0a    \
<rect x=\x22116\x22 y=\
\x22232\x22 width=\x2234\x22\
 height=\x2230\x22 rx=\
\x227\x22/>\x0a    <rect \
x=\x22160\x22 y=\x22232\x22 \
width=\x2234\x22 heigh\
t=\x2230\x22 rx=\x227\x22/>\x0a\
    <rect x=\x22204\
\x22 y=\x22232\x22 width=\
\x2228\x22 height=\x2230\x22\
 rx=\x227\x22/>\x0a  </g>\
\x0a  <g fill=\x22none\
\x22 stroke=\x22#9CC3D\
5\x22 stroke-width=\
\x225\x22 stroke-linec\
ap=\x22round\x22 strok\
e-linejoin=\x22roun\
d\x22>\x0a    <polylin\
e points=\x2280,163\
 87,170 98,156\x22/\
>\x0a    <polyline \
points=\x22124,163 \
131,170 142,156\x22\
/>\x0a    <polyline\
 points=\x22168,163\
 175,170 186,156\
\x22/>\x0a    <polylin\
e points=\x22210,16\
3 216,170 226,15\
6\x22/>\x0a  </g>\x0a  <c\
ircle cx=\x2289\x22 cy\
=\x22205\x22 r=\x2212\x22 fi\
ll=\x22#F6C28B\x22 str\
oke=\x22#E8833A\x22 st\
roke-width=\x224\x22/>\
\x0a  <!-- person w\
alking comfortab\
ly -->\x0a  <g stro\
ke-linecap=\x22roun\
d\x22 fill=\x22none\x22>\x0a\
    <line x1=\x2229\
6\x22 y1=\x22276\x22 x2=\x22\
276\x22 y2=\x22338\x22 st\
roke=\x22#2E3A44\x22 s\
troke-width=\x2218\x22\
/>\x0a    <line x1=\
\x22304\x22 y1=\x22276\x22 x\
2=\x22328\x22 y2=\x22334\x22\
 stroke=\x22#2E3A44\
\x22 stroke-width=\x22\
18\x22/>\x0a    <line \
x1=\x22300\x22 y1=\x22198\
\x22 x2=\x22300\x22 y2=\x222\
70\x22 stroke=\x22#9CC\
3D5\x22 stroke-widt\
h=\x2238\x22/>\x0a    <li\
ne x1=\x22292\x22 y1=\x22\
204\x22 x2=\x22274\x22 y2\
=\x22252\x22 stroke=\x22#\
9CC3D5\x22 stroke-w\
idth=\x2213\x22/>\x0a    \
<line x1=\x22308\x22 y\
1=\x22204\x22 x2=\x22328\x22\
 y2=\x22248\x22 stroke\
=\x22#9CC3D5\x22 strok\
e-width=\x2213\x22/>\x0a \
 </g>\x0a  <g fill=\
\x22#E8B796\x22>\x0a    <\
circle cx=\x22274\x22 \
cy=\x22256\x22 r=\x227\x22/>\
\x0a    <circle cx=\
\x22329\x22 cy=\x22252\x22 r\
=\x227\x22/>\x0a    <circ\
le cx=\x22302\x22 cy=\x22\
162\x22 r=\x2222\x22/>\x0a  \
</g>\x0a  <path d=\x22\
M280 160 Q278 13\
6 302 138 Q326 1\
40 324 162 Q320 \
150 300 152 Q288\
 152 280 160 Z\x22 \
fill=\x22#2E3A44\x22/>\
\x0a  <path d=\x22M306\
 170 Q312 176 31\
8 170\x22 fill=\x22non\
e\x22 stroke=\x22#2E3A\
44\x22 stroke-width\
=\x223\x22 stroke-line\
cap=\x22round\x22/>\x0a  \
<g fill=\x22#0A4F5C\
\x22>\x0a    <ellipse \
cx=\x22272\x22 cy=\x22342\
\x22 rx=\x2213\x22 ry=\x227\x22\
/>\x0a    <ellipse \
cx=\x22334\x22 cy=\x22338\
\x22 rx=\x2213\x22 ry=\x227\x22\
/>\x0a  </g>\x0a</svg>\
\x0a\
\x00\x00\x07\x10\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#E3E\
EF0\x22/>\x0a  <!-- ca\
lm face in profi\
le, looking righ\
t -->\x0a  <path d=\
\x22M132 372 L130 3\
30 Q96 300 98 22\
2 Q100 104 198 8\
8 Q272 82 290 14\
8 L292 176 Q316 \
214 318 226 Q320\
 234 300 238 Q30\
6 246 300 252 Q3\
06 258 300 266 Q\
304 290 290 302 \
Q276 310 250 310\
 L246 372 Z\x22 fil\
l=\x22#E8B796\x22 stro\
ke=\x22#0A4F5C\x22 str\
oke-width=\x225\x22 st\
roke-linejoin=\x22r\
ound\x22/>\x0a  <!-- h\
air -->\x0a  <path \
d=\x22M100 240 Q86 \
100 198 86 Q270 \
82 288 136 Q250 \
116 214 128 Q186\
 140 180 176 Q16\
0 180 150 206 Q1\
36 222 128 262 Q\
110 262 100 240 \
Z\x22 fill=\x22#8D5A3B\
\x22/>\x0a  <!-- ear -\
->\x0a  <ellipse cx\
=\x22178\x22 cy=\x22206\x22 \
rx=\x2214\x22 ry=\x2222\x22 \
fill=\x22#E8B796\x22 s\
troke=\x22#0A4F5C\x22 \
stroke-width=\x224\x22\
/>\x0a  <!-- closed\
, relaxed eye, b\
row and soft smi\
le -->\x0a  <g fill\
=\x22none\x22 stroke=\x22\
#2E3A44\x22 stroke-\
width=\x224\x22 stroke\
-linecap=\x22round\x22\
>\x0a    <path d=\x22M\
254 184 Q262 190\
 272 186\x22/>\x0a    \
<path d=\x22M252 16\
8 Q264 162 278 1\
66\x22/>\x0a    <path \
d=\x22M286 256 Q292\
 258 296 254\x22/>\x0a\
  </g>\x0a  <!-- th\
e three branches\
 of the trigemin\
al nerve, soft h\
alo then line --\
>\x0a  <g fill=\x22non\
e\x22 stroke=\x22#B04A\
6F\x22 stroke-linec\
ap=\x22round\x22 strok\
e-linejoin=\x22roun\
d\x22 opacity=\x220.22\
\x22 stroke-width=\x22\
16\x22>\x0a    <path d\
=\x22M206 204 Q222 \
168 252 150 Q264\
 142 270 126\x22/>\x0a\
    <path d=\x22M20\
6 204 Q244 206 2\
84 214\x22/>\x0a    <p\
ath d=\x22M206 204 \
Q222 250 266 284\
\x22/>\x0a  </g>\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#B04A6F\x22 str\
oke-linecap=\x22rou\
nd\x22 stroke-linej\
oin=\x22round\x22 stro\
ke-width=\x225\x22>\x0a  \
  <path d=\x22M206 \
204 Q222 168 252\
 150 Q264 142 27\
0 126\x22/>\x0a    <pa\
th d=\x22M206 204 Q\
244 206 284 214\x22\
/>\x0a    <path d=\x22\
M206 204 Q222 25\
0 266 284\x22/>\x0a  <\
/g>\x0a  <g fill=\x22#\
B04A6F\x22>\x0a    <ci\
rcle cx=\x22206\x22 cy\
=\x22204\x22 r=\x228\x22/>\x0a \
   <circle cx=\x222\
70\x22 cy=\x22126\x22 r=\x22\
5\x22/>\x0a    <circle\
 cx=\x22284\x22 cy=\x2221\
4\x22 r=\x225\x22/>\x0a    <\
circle cx=\x22266\x22 \
cy=\x22284\x22 r=\x225\x22/>\
\x0a  </g>\x0a</svg>\x0a\
\x00\x00\x08'\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <radial\
Gradient id=\x22joi\
nt\x22 cx=\x220.5\x22 cy=\
\x220.5\x22 r=\x220.5\x22>\x0a \
   <stop offset=\
\x220\x22 stop-color=\x22\
#E8833A\x22 stop-op\
acity=\x220.8\x22/>\x0a  \
  <stop offset=\x22\
0.5\x22 stop-color=\
\x22#F6C28B\x22 stop-o\
pacity=\x220.6\x22/>\x0a \
   <stop offset=\
\x221\x22 stop-color=\x22\
#F6C28B\x22 stop-op\
acity=\x220\x22/>\x0a  </\
radialGradient>\x0a\
  <!-- soft back\
ground -->\x0a  <re\
ct x=\x2224\x22 y=\x2224\x22\
 width=\x22352\x22 hei\
ght=\x22352\x22 rx=\x2280\
\x22 fill=\x22#F3EBDD\x22\
/>\x0a  <!-- verteb\
ral bodies (side\
 view) -->\x0a  <g \
fill=\x22#FFFFFF\x22 s\
troke=\x22#0A4F5C\x22 \
stroke-width=\x225\x22\
 stroke-linejoin\
=\x22round\x22>\x0a    <r\
ect x=\x2280\x22 y=\x2256\
\x22 width=\x22104\x22 he\
ight=\x2264\x22 rx=\x2216\
\x22/>\x0a    <rect x=\
\x2280\x22 y=\x22146\x22 wid\
th=\x22104\x22 height=\
\x2264\x22 rx=\x2216\x22/>\x0a \
   <rect x=\x2280\x22 \
y=\x22236\x22 width=\x221\
04\x22 height=\x2264\x22 \
rx=\x2216\x22/>\x0a  </g>\
\x0a  <g fill=\x22#9CC\
3D5\x22>\x0a    <rect \
x=\x2287\x22 y=\x22124\x22 w\
idth=\x2290\x22 height\
=\x2218\x22 rx=\x229\x22/>\x0a \
   <rect x=\x2287\x22 \
y=\x22214\x22 width=\x229\
0\x22 height=\x2218\x22 r\
x=\x229\x22/>\x0a    <rec\
t x=\x2287\x22 y=\x22304\x22\
 width=\x2290\x22 heig\
ht=\x2218\x22 rx=\x229\x22/>\
\x0a  </g>\x0a  <!-- b\
ack parts with s\
pinous processes\
 -->\x0a  <g fill=\x22\
#E3EEF0\x22 stroke=\
\x22#0A4F5C\x22 stroke\
-width=\x225\x22 strok\
e-linejoin=\x22roun\
d\x22>\x0a    <path d=\
\x22M182 70 L218 68\
 Q226 54 238 56 \
Q248 58 248 72 L\
290 102 Q302 114\
 290 120 L250 11\
4 Q248 134 234 1\
36 Q222 136 222 \
122 L218 106 L18\
2 106 Z\x22/>\x0a    <\
path d=\x22M182 160\
 L218 158 Q226 1\
44 238 146 Q248 \
148 248 162 L290\
 192 Q302 204 29\
0 210 L250 204 Q\
248 224 234 226 \
Q222 226 222 212\
 L218 196 L182 1\
96 Z\x22/>\x0a    <pat\
h d=\x22M182 250 L2\
18 248 Q226 234 \
238 236 Q248 238\
 248 252 L290 28\
2 Q302 294 290 3\
00 L250 294 Q248\
 314 234 316 Q22\
2 316 222 302 L2\
18 286 L182 286 \
Z\x22/>\x0a  </g>\x0a  <!\
-- the small fac\
et joints, highl\
ighted -->\x0a  <ci\
rcle cx=\x22236\x22 cy\
=\x22141\x22 r=\x2238\x22 fi\
ll=\x22url(#joint)\x22\
/>\x0a  <circle cx=\
\x22236\x22 cy=\x22231\x22 r\
=\x2238\x22 fill=\x22url(\
#joint)\x22/>\x0a  <g \
fill=\x22#E8833A\x22 s\
troke=\x22#0A4F5C\x22 \
stroke-width=\x223\x22\
>\x0a    <ellipse c\
x=\x22236\x22 cy=\x22141\x22\
 rx=\x2216\x22 ry=\x228\x22/\
>\x0a    <ellipse c\
x=\x22236\x22 cy=\x22231\x22\
 rx=\x2216\x22 ry=\x228\x22/\
>\x0a  </g>\x0a  <!-- \
small nerve bran\
ches near the jo\
ints -->\x0a  <g fi\
ll=\x22none\x22 stroke\
=\x22#7A5AA6\x22 strok\
e-width=\x224\x22 stro\
ke-linecap=\x22roun\
d\x22>\x0a    <path d=\
\x22M190 128 Q206 1\
50 224 146\x22/>\x0a  \
  <path d=\x22M190 \
218 Q206 240 224\
 236\x22/>\x0a  </g>\x0a<\
/svg>\x0a\
\x00\x00\x08\xdf\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#F3E\
BDD\x22/>\x0a  <!-- gr\
ound -->\x0a  <path\
 d=\x22M50 300 Q200\
 280 350 300 A18\
0 180 0 0 1 50 3\
00 Z\x22 fill=\x22#E3E\
EF0\x22/>\x0a  <!-- sm\
all sun -->\x0a  <g\
 stroke=\x22#E8833A\
\x22 stroke-width=\x22\
6\x22 stroke-lineca\
p=\x22round\x22>\x0a    <\
line x1=\x22310\x22 y1\
=\x2258\x22 x2=\x22310\x22 y\
2=\x2268\x22/>\x0a    <li\
ne x1=\x22310\x22 y1=\x22\
124\x22 x2=\x22310\x22 y2\
=\x22134\x22/>\x0a    <li\
ne x1=\x22272\x22 y1=\x22\
96\x22 x2=\x22282\x22 y2=\
\x2296\x22/>\x0a    <line\
 x1=\x22338\x22 y1=\x2296\
\x22 x2=\x22348\x22 y2=\x229\
6\x22/>\x0a    <line x\
1=\x22284\x22 y1=\x2270\x22 \
x2=\x22291\x22 y2=\x2277\x22\
/>\x0a    <line x1=\
\x22329\x22 y1=\x22115\x22 x\
2=\x22336\x22 y2=\x22122\x22\
/>\x0a    <line x1=\
\x22336\x22 y1=\x2270\x22 x2\
=\x22329\x22 y2=\x2277\x22/>\
\x0a    <line x1=\x222\
91\x22 y1=\x22115\x22 x2=\
\x22284\x22 y2=\x22122\x22/>\
\x0a  </g>\x0a  <circl\
e cx=\x22310\x22 cy=\x229\
6\x22 r=\x2220\x22 fill=\x22\
#F6C28B\x22/>\x0a  <!-\
- exercise mat -\
->\x0a  <rect x=\x2296\
\x22 y=\x22318\x22 width=\
\x22188\x22 height=\x2214\
\x22 rx=\x227\x22 fill=\x22#\
9CC3D5\x22 stroke=\x22\
#0A4F5C\x22 stroke-\
width=\x224\x22/>\x0a  <!\
-- person stretc\
hing gently, arm\
s up -->\x0a  <g st\
roke-linecap=\x22ro\
und\x22 fill=\x22none\x22\
>\x0a    <line x1=\x22\
180\x22 y1=\x22240\x22 x2\
=\x22166\x22 y2=\x22308\x22 \
stroke=\x22#2E3A44\x22\
 stroke-width=\x222\
0\x22/>\x0a    <line x\
1=\x22200\x22 y1=\x22240\x22\
 x2=\x22214\x22 y2=\x2230\
8\x22 stroke=\x22#2E3A\
44\x22 stroke-width\
=\x2220\x22/>\x0a    <lin\
e x1=\x22190\x22 y1=\x221\
72\x22 x2=\x22190\x22 y2=\
\x22238\x22 stroke=\x22#B\
04A6F\x22 stroke-wi\
dth=\x2244\x22/>\x0a    <\
polyline points=\
\x22176,170 150,138\
 142,96\x22 stroke=\
\x22#B04A6F\x22 stroke\
-width=\x2214\x22 stro\
ke-linejoin=\x22rou\
nd\x22/>\x0a    <polyl\
ine points=\x22204,\
170 230,138 238,\
96\x22 stroke=\x22#B04\
A6F\x22 stroke-widt\
h=\x2214\x22 stroke-li\
nejoin=\x22round\x22/>\
\x0a  </g>\x0a  <g fil\
l=\x22#C68863\x22>\x0a   \
 <circle cx=\x22142\
\x22 cy=\x2288\x22 r=\x229\x22/\
>\x0a    <circle cx\
=\x22238\x22 cy=\x2288\x22 r\
=\x229\x22/>\x0a    <circ\
le cx=\x22190\x22 cy=\x22\
128\x22 r=\x2224\x22/>\x0a  \
</g>\x0a  <path d=\x22\
M166 126 Q164 10\
0 190 102 Q216 1\
02 214 128 Q208 \
114 190 114 Q172\
 114 166 126 Z\x22 \
fill=\x22#2E3A44\x22/>\
\x0a  <g fill=\x22none\
\x22 stroke=\x22#2E3A4\
4\x22 stroke-width=\
\x223\x22 stroke-linec\
ap=\x22round\x22>\x0a    \
<path d=\x22M178 13\
0 Q182 133 186 1\
30\x22/>\x0a    <path \
d=\x22M194 130 Q198\
 133 202 130\x22/>\x0a\
    <path d=\x22M18\
2 140 Q190 147 1\
98 140\x22/>\x0a  </g>\
\x0a  <g fill=\x22#0A4\
F5C\x22>\x0a    <ellip\
se cx=\x22162\x22 cy=\x22\
312\x22 rx=\x2214\x22 ry=\
\x227\x22/>\x0a    <ellip\
se cx=\x22218\x22 cy=\x22\
312\x22 rx=\x2214\x22 ry=\
\x227\x22/>\x0a  </g>\x0a  <\
!-- soft motion \
marks beside the\
 raised arms -->\
\x0a  <g fill=\x22none\
\x22 stroke=\x22#9CC3D\
5\x22 stroke-width=\
\x225\x22 stroke-linec\
ap=\x22round\x22>\x0a    \
<path d=\x22M118 11\
0 Q108 126 114 1\
44\x22/>\x0a    <path \
d=\x22M262 110 Q272\
 126 266 144\x22/>\x0a\
  </g>\x0a</svg>\x0a\
\x00\x00\x03\x94\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#E3E\
EF0\x22/>\x0a  <!-- a \
clipboard with t\
hree lines, two \
of them ticked -\
->\x0a  <rect x=\x2211\
0\x22 y=\x2280\x22 width=\
\x22180\x22 height=\x2224\
0\x22 rx=\x2218\x22 fill=\
\x22#FFFFFF\x22 stroke\
=\x22#0A4F5C\x22 strok\
e-width=\x228\x22/>\x0a  \
<rect x=\x22160\x22 y=\
\x2262\x22 width=\x2280\x22 \
height=\x2236\x22 rx=\x22\
10\x22 fill=\x22#0A4F5\
C\x22/>\x0a  <g fill=\x22\
none\x22 stroke=\x22#2\
E8B57\x22 stroke-wi\
dth=\x2212\x22 stroke-\
linecap=\x22round\x22 \
stroke-linejoin=\
\x22round\x22>\x0a    <po\
lyline points=\x221\
38,148 154,164 1\
82,132\x22/>\x0a    <p\
olyline points=\x22\
138,208 154,224 \
182,192\x22/>\x0a  </g\
>\x0a  <g stroke=\x22#\
35414D\x22 stroke-w\
idth=\x2210\x22 stroke\
-linecap=\x22round\x22\
>\x0a    <line x1=\x22\
200\x22 y1=\x22150\x22 x2\
=\x22262\x22 y2=\x22150\x22/\
>\x0a    <line x1=\x22\
200\x22 y1=\x22210\x22 x2\
=\x22262\x22 y2=\x22210\x22/\
>\x0a    <line x1=\x22\
200\x22 y1=\x22270\x22 x2\
=\x22262\x22 y2=\x22270\x22/\
>\x0a  </g>\x0a  <circ\
le cx=\x22158\x22 cy=\x22\
268\x22 r=\x2214\x22 fill\
=\x22none\x22 stroke=\x22\
#35414D\x22 stroke-\
width=\x228\x22/>\x0a</sv\
g>\x0a\
\x00\x00\x08\xbb\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <rect x=\x2224\x22\
 y=\x2224\x22 width=\x223\
52\x22 height=\x22352\x22\
 rx=\x2280\x22 fill=\x22#\
E3EEF0\x22/>\x0a  <!--\
 shoulders, seen\
 from behind -->\
\x0a  <path d=\x22M60 \
376 Q64 318 130 \
304 L270 304 Q33\
6 318 340 376 Z\x22\
 fill=\x22#9CC3D5\x22 \
stroke=\x22#0A4F5C\x22\
 stroke-width=\x225\
\x22 stroke-linejoi\
n=\x22round\x22/>\x0a  <!\
-- neck -->\x0a  <p\
ath d=\x22M160 240 \
L160 312 Q200 32\
6 240 312 L240 2\
40 Z\x22 fill=\x22#E8B\
796\x22 stroke=\x22#0A\
4F5C\x22 stroke-wid\
th=\x225\x22 stroke-li\
nejoin=\x22round\x22/>\
\x0a  <!-- ears -->\
\x0a  <g fill=\x22#E8B\
796\x22 stroke=\x22#0A\
4F5C\x22 stroke-wid\
th=\x224\x22>\x0a    <ell\
ipse cx=\x22110\x22 cy\
=\x22176\x22 rx=\x2214\x22 r\
y=\x2226\x22/>\x0a    <el\
lipse cx=\x22290\x22 c\
y=\x22176\x22 rx=\x2214\x22 \
ry=\x2226\x22/>\x0a  </g>\
\x0a  <!-- back of \
the head with sh\
ort, light, sand\
y hair -->\x0a  <pa\
th d=\x22M200 58 Q2\
92 58 292 168 Q2\
92 230 252 258 Q\
228 272 200 272 \
Q172 272 148 258\
 Q108 230 108 16\
8 Q108 58 200 58\
 Z\x22 fill=\x22#F3EBD\
D\x22 stroke=\x22#0A4F\
5C\x22 stroke-width\
=\x225\x22 stroke-line\
join=\x22round\x22/>\x0a \
 <g fill=\x22none\x22 \
stroke=\x22#FFFFFF\x22\
 stroke-width=\x225\
\x22 stroke-linecap\
=\x22round\x22>\x0a    <p\
ath d=\x22M150 96 Q\
160 86 172 84\x22/>\
\x0a    <path d=\x22M1\
90 74 Q200 72 21\
0 74\x22/>\x0a    <pat\
h d=\x22M124 130 Q1\
22 144 124 156\x22/\
>\x0a    <path d=\x22M\
276 130 Q278 144\
 276 156\x22/>\x0a    \
<path d=\x22M236 84\
 Q250 88 258 100\
\x22/>\x0a    <path d=\
\x22M132 200 Q136 2\
20 146 232\x22/>\x0a  \
  <path d=\x22M268 \
200 Q264 220 254\
 232\x22/>\x0a  </g>\x0a \
 <!-- occipital \
nerves rising fr\
om the neck up t\
he back of the h\
ead -->\x0a  <g fil\
l=\x22none\x22 stroke=\
\x22#7A5AA6\x22 stroke\
-linecap=\x22round\x22\
 stroke-linejoin\
=\x22round\x22 stroke-\
width=\x2214\x22 opaci\
ty=\x220.18\x22>\x0a    <\
path d=\x22M186 306\
 Q182 256 172 21\
4 Q162 170 150 1\
32\x22/>\x0a    <path \
d=\x22M214 306 Q218\
 256 228 214 Q23\
8 170 250 132\x22/>\
\x0a  </g>\x0a  <g fil\
l=\x22none\x22 stroke=\
\x22#7A5AA6\x22 stroke\
-linecap=\x22round\x22\
 stroke-linejoin\
=\x22round\x22 stroke-\
width=\x225\x22>\x0a    <\
path d=\x22M186 306\
 Q182 256 172 21\
4 Q162 170 150 1\
32\x22/>\x0a    <path \
d=\x22M214 306 Q218\
 256 228 214 Q23\
8 170 250 132\x22/>\
\x0a    <path d=\x22M1\
70 206 Q150 190 \
134 182\x22/>\x0a    <\
path d=\x22M163 176\
 Q176 156 178 13\
2\x22/>\x0a    <path d\
=\x22M230 206 Q250 \
190 266 182\x22/>\x0a \
   <path d=\x22M237\
 176 Q224 156 22\
2 132\x22/>\x0a  </g>\x0a\
  <!-- gentle sp\
ot where the ner\
ves come up at t\
he base of the s\
kull -->\x0a  <g fi\
ll=\x22#F6C28B\x22 str\
oke=\x22#E8833A\x22 st\
roke-width=\x223\x22>\x0a\
    <circle cx=\x22\
178\x22 cy=\x22250\x22 r=\
\x226\x22/>\x0a    <circl\
e cx=\x22222\x22 cy=\x222\
50\x22 r=\x226\x22/>\x0a  </\
g>\x0a</svg>\x0a\
\x00\x00\x0b\x93\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <rect x=\x2222\x22\
 y=\x2230\x22 width=\x223\
56\x22 height=\x22340\x22\
 rx=\x2270\x22 fill=\x22#\
E3EEF0\x22/>\x0a  <!--\
 wall clock (han\
ds only, no numb\
ers) -->\x0a  <circ\
le cx=\x22304\x22 cy=\x22\
100\x22 r=\x2242\x22 fill\
=\x22#FFFFFF\x22 strok\
e=\x22#0A4F5C\x22 stro\
ke-width=\x225\x22/>\x0a \
 <g stroke=\x22#9CC\
3D5\x22 stroke-widt\
h=\x224\x22 stroke-lin\
ecap=\x22round\x22>\x0a  \
  <line x1=\x22304\x22\
 y1=\x2266\x22 x2=\x22304\
\x22 y2=\x2272\x22/>\x0a    \
<line x1=\x22338\x22 y\
1=\x22100\x22 x2=\x22332\x22\
 y2=\x22100\x22/>\x0a    \
<line x1=\x22304\x22 y\
1=\x22134\x22 x2=\x22304\x22\
 y2=\x22128\x22/>\x0a    \
<line x1=\x22270\x22 y\
1=\x22100\x22 x2=\x22276\x22\
 y2=\x22100\x22/>\x0a  </\
g>\x0a  <g stroke=\x22\
#0A4F5C\x22 stroke-\
width=\x225\x22 stroke\
-linecap=\x22round\x22\
>\x0a    <line x1=\x22\
304\x22 y1=\x22100\x22 x2\
=\x22304\x22 y2=\x2278\x22/>\
\x0a    <line x1=\x223\
04\x22 y1=\x22100\x22 x2=\
\x22320\x22 y2=\x22110\x22/>\
\x0a  </g>\x0a  <!-- r\
ecovery chair, r\
eclined, with a \
calm person rest\
ing -->\x0a  <g tra\
nsform=\x22translat\
e(-4,-26)\x22>\x0a  <g\
 fill=\x22#0A4F5C\x22>\
\x0a    <path d=\x22M6\
2 140 Q58 124 74\
 122 L92 120 Q10\
6 120 110 134 L1\
36 250 L96 262 Z\
\x22/>\x0a    <rect x=\
\x2296\x22 y=\x22246\x22 wid\
th=\x22132\x22 height=\
\x2226\x22 rx=\x2212\x22/>\x0a \
   <path d=\x22M222\
 252 L286 268 Q2\
96 272 292 282 L\
288 290 L220 276\
 Z\x22/>\x0a    <rect \
x=\x22150\x22 y=\x22272\x22 \
width=\x2214\x22 heigh\
t=\x2246\x22/>\x0a    <re\
ct x=\x22108\x22 y=\x2231\
2\x22 width=\x22110\x22 h\
eight=\x2212\x22 rx=\x226\
\x22 fill=\x22#2E3A44\x22\
/>\x0a  </g>\x0a  <g f\
ill=\x22none\x22 strok\
e-linecap=\x22round\
\x22>\x0a    <line x1=\
\x22104\x22 y1=\x22170\x22 x\
2=\x22134\x22 y2=\x22232\x22\
 stroke=\x22#B04A6F\
\x22 stroke-width=\x22\
44\x22/>\x0a    <line \
x1=\x22140\x22 y1=\x22240\
\x22 x2=\x22214\x22 y2=\x222\
44\x22 stroke=\x22#2E3\
A44\x22 stroke-widt\
h=\x2234\x22/>\x0a    <li\
ne x1=\x22214\x22 y1=\x22\
246\x22 x2=\x22272\x22 y2\
=\x22262\x22 stroke=\x22#\
2E3A44\x22 stroke-w\
idth=\x2228\x22/>\x0a    \
<line x1=\x22124\x22 y\
1=\x22196\x22 x2=\x22164\x22\
 y2=\x22226\x22 stroke\
=\x22#B04A6F\x22 strok\
e-width=\x2216\x22/>\x0a \
 </g>\x0a  <!-- sof\
t blanket over t\
he legs -->\x0a  <p\
ath d=\x22M158 218 \
Q210 210 262 240\
 L254 272 Q204 2\
66 150 266 Z\x22 fi\
ll=\x22#9CC3D5\x22 str\
oke=\x22#0A4F5C\x22 st\
roke-width=\x223\x22 s\
troke-linejoin=\x22\
round\x22/>\x0a  <circ\
le cx=\x22168\x22 cy=\x22\
228\x22 r=\x229\x22 fill=\
\x22#8D5A3B\x22/>\x0a  <c\
ircle cx=\x2294\x22 cy\
=\x22130\x22 r=\x2226\x22 fi\
ll=\x22#8D5A3B\x22/>\x0a \
 <path d=\x22M70 12\
6 Q68 102 94 102\
 Q118 102 120 12\
2 Q104 112 70 12\
6 Z\x22 fill=\x22#2E3A\
44\x22/>\x0a  <path d=\
\x22M100 136 Q106 1\
40 112 136\x22 fill\
=\x22none\x22 stroke=\x22\
#2E3A44\x22 stroke-\
width=\x223\x22 stroke\
-linecap=\x22round\x22\
/>\x0a  <path d=\x22M1\
02 148 Q108 151 \
114 147\x22 fill=\x22n\
one\x22 stroke=\x22#2E\
3A44\x22 stroke-wid\
th=\x223\x22 stroke-li\
necap=\x22round\x22/>\x0a\
  <circle cx=\x2228\
0\x22 cy=\x22270\x22 r=\x229\
\x22 fill=\x22#2E3A44\x22\
/>\x0a  </g>\x0a  <!--\
 car with a driv\
er, waiting to g\
o home -->\x0a  <g \
stroke=\x22#0A4F5C\x22\
 stroke-width=\x224\
\x22 stroke-linejoi\
n=\x22round\x22>\x0a    <\
path d=\x22M228 338\
 L236 310 Q240 2\
98 254 298 L310 \
298 Q320 298 326\
 308 L336 324 L3\
48 327 Q356 330 \
356 340 L356 350\
 L228 350 Z\x22 fil\
l=\x22#F6C28B\x22/>\x0a  \
  <path d=\x22M246 \
324 L250 310 Q25\
2 306 258 306 L2\
80 306 L280 324 \
Z\x22 fill=\x22#FFFFFF\
\x22/>\x0a    <path d=\
\x22M288 306 L306 3\
06 Q312 306 315 \
310 L324 324 L28\
8 324 Z\x22 fill=\x22#\
FFFFFF\x22/>\x0a  </g>\
\x0a  <circle cx=\x223\
04\x22 cy=\x22316\x22 r=\x22\
7\x22 fill=\x22#E8B796\
\x22/>\x0a  <path d=\x22M\
297 314 Q298 305\
 305 306 Q312 30\
7 311 314 Q305 3\
10 297 314 Z\x22 fi\
ll=\x22#2E3A44\x22/>\x0a \
 <g fill=\x22#2E3A4\
4\x22 stroke=\x22#0A4F\
5C\x22 stroke-width\
=\x223\x22>\x0a    <circl\
e cx=\x22252\x22 cy=\x223\
52\x22 r=\x2212\x22/>\x0a   \
 <circle cx=\x22330\
\x22 cy=\x22352\x22 r=\x2212\
\x22/>\x0a  </g>\x0a</svg\
>\x0a\
\x00\x00\x07\xe2\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#E3E\
EF0\x22/>\x0a  <!-- bo\
ne of the small \
joint -->\x0a  <pat\
h d=\x22M36 268 Q96\
 222 166 236 Q21\
2 246 230 278 Q2\
62 304 310 296 Q\
344 290 362 272 \
A180 180 0 0 1 3\
6 268 Z\x22 fill=\x22#\
F3EBDD\x22/>\x0a  <pat\
h d=\x22M36 268 Q96\
 222 166 236 Q21\
2 246 230 278 Q2\
62 304 310 296 Q\
344 290 362 272\x22\
 fill=\x22none\x22 str\
oke=\x22#0A4F5C\x22 st\
roke-width=\x225\x22 s\
troke-linecap=\x22r\
ound\x22/>\x0a  <!-- t\
he small joint: \
a soft gap betwe\
en two bones -->\
\x0a  <path d=\x22M230\
 278 Q244 318 23\
0 364\x22 fill=\x22non\
e\x22 stroke=\x22#0A4F\
5C\x22 stroke-width\
=\x2214\x22 stroke-lin\
ecap=\x22round\x22/>\x0a \
 <path d=\x22M230 2\
78 Q244 318 230 \
364\x22 fill=\x22none\x22\
 stroke=\x22#F6C28B\
\x22 stroke-width=\x22\
6\x22 stroke-lineca\
p=\x22round\x22/>\x0a  <!\
-- nerve and its\
 small branch --\
>\x0a  <g fill=\x22non\
e\x22 stroke=\x22#7A5A\
A6\x22 stroke-linec\
ap=\x22round\x22 strok\
e-linejoin=\x22roun\
d\x22>\x0a    <path d=\
\x22M44 150 Q130 12\
0 200 136 Q280 1\
54 356 128\x22 stro\
ke-width=\x2210\x22/>\x0a\
    <path d=\x22M16\
6 132 Q196 172 2\
10 210 Q220 244 \
232 276\x22 stroke-\
width=\x226\x22/>\x0a  </\
g>\x0a  <!-- thin n\
eedle, kept smal\
l, tip resting n\
ear the branch -\
->\x0a  <line x1=\x223\
12\x22 y1=\x2286\x22 x2=\x22\
228\x22 y2=\x22212\x22 st\
roke=\x22#2E3A44\x22 s\
troke-width=\x224\x22 \
stroke-linecap=\x22\
round\x22/>\x0a  <rect\
 x=\x22306\x22 y=\x2270\x22 \
width=\x2222\x22 heigh\
t=\x2222\x22 rx=\x226\x22 fi\
ll=\x22#F6C28B\x22 str\
oke=\x22#0A4F5C\x22 st\
roke-width=\x223\x22/>\
\x0a  <!-- gentle t\
est signal: soft\
 waves around th\
e tip -->\x0a  <g f\
ill=\x22none\x22 strok\
e=\x22#9CC3D5\x22 stro\
ke-width=\x224\x22 str\
oke-linecap=\x22rou\
nd\x22>\x0a    <path d\
=\x22M250 208 Q258 \
220 250 232\x22/>\x0a \
   <path d=\x22M264\
 200 Q278 220 26\
4 240\x22/>\x0a    <pa\
th d=\x22M202 196 Q\
194 210 200 224\x22\
/>\x0a    <path d=\x22\
M188 188 Q176 21\
0 186 232\x22/>\x0a  <\
/g>\x0a  <!-- small\
 sparkles -->\x0a  \
<g fill=\x22#E8833A\
\x22>\x0a    <path d=\x22\
M288 168 L291 17\
8 L301 181 L291 \
184 L288 194 L28\
5 184 L275 181 L\
285 178 Z\x22/>\x0a   \
 <path d=\x22M166 2\
36 L168 243 L175\
 245 L168 247 L1\
66 254 L164 247 \
L157 245 L164 24\
3 Z\x22/>\x0a  </g>\x0a  \
<g fill=\x22#F6C28B\
\x22>\x0a    <path d=\x22\
M248 256 L250 26\
2 L256 264 L250 \
266 L248 272 L24\
6 266 L240 264 L\
246 262 Z\x22/>\x0a   \
 <circle cx=\x22180\
\x22 cy=\x22172\x22 r=\x224\x22\
/>\x0a  </g>\x0a</svg>\
\x0a\
\x00\x00\x09\x07\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#F3E\
BDD\x22/>\x0a  <!-- so\
ft pads behind t\
he three needle \
tips -->\x0a  <g fi\
ll=\x22#E3EEF0\x22>\x0a  \
  <circle cx=\x2210\
0\x22 cy=\x22262\x22 r=\x224\
6\x22/>\x0a    <circle\
 cx=\x22200\x22 cy=\x2226\
2\x22 r=\x2246\x22/>\x0a    \
<circle cx=\x22300\x22\
 cy=\x22262\x22 r=\x2246\x22\
/>\x0a  </g>\x0a  <!--\
 standard: a war\
m glow at the ti\
p -->\x0a  <circle \
cx=\x22100\x22 cy=\x22262\
\x22 r=\x2236\x22 fill=\x22#\
F6C28B\x22/>\x0a  <cir\
cle cx=\x22100\x22 cy=\
\x22262\x22 r=\x2220\x22 fil\
l=\x22#E8833A\x22 opac\
ity=\x220.45\x22/>\x0a  <\
!-- cooled: a sm\
aller glow with \
cool water drops\
 around it -->\x0a \
 <circle cx=\x22200\
\x22 cy=\x22262\x22 r=\x2230\
\x22 fill=\x22#F6C28B\x22\
/>\x0a  <g fill=\x22#9\
CC3D5\x22 stroke=\x22#\
0A4F5C\x22 stroke-w\
idth=\x223\x22 stroke-\
linejoin=\x22round\x22\
>\x0a    <path d=\x22M\
166 222 Q176 236\
 176 242 A10 10 \
0 0 1 156 242 Q1\
56 236 166 222 Z\
\x22/>\x0a    <path d=\
\x22M234 222 Q244 2\
36 244 242 A10 1\
0 0 0 1 224 242 \
Q224 236 234 222\
 Z\x22/>\x0a    <path \
d=\x22M200 290 Q210\
 304 210 310 A10\
 10 0 0 1 190 31\
0 Q190 304 200 2\
90 Z\x22/>\x0a  </g>\x0a \
 <!-- pulsed: sh\
ort bursts, draw\
n as broken ring\
s -->\x0a  <g fill=\
\x22none\x22 stroke=\x22#\
E8833A\x22 stroke-l\
inecap=\x22round\x22 s\
troke-dasharray=\
\x228 12\x22>\x0a    <cir\
cle cx=\x22300\x22 cy=\
\x22262\x22 r=\x2222\x22 str\
oke-width=\x226\x22/>\x0a\
    <circle cx=\x22\
300\x22 cy=\x22262\x22 r=\
\x2240\x22 stroke-widt\
h=\x226\x22/>\x0a  </g>\x0a \
 <!-- three thin\
 needles with ha\
ndles -->\x0a  <g s\
troke=\x22#2E3A44\x22 \
stroke-width=\x226\x22\
 stroke-linecap=\
\x22round\x22>\x0a    <li\
ne x1=\x22100\x22 y1=\x22\
126\x22 x2=\x22100\x22 y2\
=\x22260\x22/>\x0a    <li\
ne x1=\x22200\x22 y1=\x22\
126\x22 x2=\x22200\x22 y2\
=\x22260\x22/>\x0a    <li\
ne x1=\x22300\x22 y1=\x22\
126\x22 x2=\x22300\x22 y2\
=\x22260\x22/>\x0a  </g>\x0a\
  <!-- water lin\
e inside the coo\
led needle -->\x0a \
 <line x1=\x22200\x22 \
y1=\x22132\x22 x2=\x22200\
\x22 y2=\x22250\x22 strok\
e=\x22#9CC3D5\x22 stro\
ke-width=\x222\x22 str\
oke-linecap=\x22rou\
nd\x22/>\x0a  <g fill=\
\x22#FFFFFF\x22 stroke\
=\x22#0A4F5C\x22 strok\
e-width=\x225\x22 stro\
ke-linejoin=\x22rou\
nd\x22>\x0a    <rect x\
=\x2284\x22 y=\x2286\x22 wid\
th=\x2232\x22 height=\x22\
44\x22 rx=\x229\x22/>\x0a   \
 <rect x=\x22184\x22 y\
=\x2286\x22 width=\x2232\x22\
 height=\x2244\x22 rx=\
\x229\x22/>\x0a    <rect \
x=\x22284\x22 y=\x2286\x22 w\
idth=\x2232\x22 height\
=\x2244\x22 rx=\x229\x22/>\x0a \
 </g>\x0a  <g fill=\
\x22#F6C28B\x22>\x0a    <\
rect x=\x2292\x22 y=\x229\
6\x22 width=\x2216\x22 he\
ight=\x228\x22 rx=\x224\x22/\
>\x0a    <rect x=\x221\
92\x22 y=\x2296\x22 width\
=\x2216\x22 height=\x228\x22\
 rx=\x224\x22 fill=\x22#9\
CC3D5\x22/>\x0a    <re\
ct x=\x22292\x22 y=\x2296\
\x22 width=\x2216\x22 hei\
ght=\x228\x22 rx=\x224\x22/>\
\x0a  </g>\x0a  <!-- a\
ctive tips -->\x0a \
 <g fill=\x22#E8833\
A\x22 stroke=\x22#0A4F\
5C\x22 stroke-width\
=\x223\x22>\x0a    <circl\
e cx=\x22100\x22 cy=\x222\
62\x22 r=\x227\x22/>\x0a    \
<circle cx=\x22200\x22\
 cy=\x22262\x22 r=\x227\x22/\
>\x0a    <circle cx\
=\x22300\x22 cy=\x22262\x22 \
r=\x227\x22/>\x0a  </g>\x0a<\
/svg>\x0a\
\x00\x00\x09\x12\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <rect x=\x2222\x22\
 y=\x2230\x22 width=\x223\
56\x22 height=\x22340\x22\
 rx=\x2270\x22 fill=\x22#\
F3EBDD\x22/>\x0a  <!--\
 clipboard -->\x0a \
 <rect x=\x2262\x22 y=\
\x2274\x22 width=\x22150\x22\
 height=\x22206\x22 rx\
=\x2216\x22 fill=\x22#0A4\
F5C\x22/>\x0a  <rect x\
=\x2274\x22 y=\x2292\x22 wid\
th=\x22126\x22 height=\
\x22176\x22 rx=\x228\x22 fil\
l=\x22#FFFFFF\x22/>\x0a  \
<rect x=\x22107\x22 y=\
\x2262\x22 width=\x2260\x22 \
height=\x2226\x22 rx=\x22\
10\x22 fill=\x22#2E3A4\
4\x22/>\x0a  <!-- chec\
klist rows: tick\
 boxes and soft \
lines (no words)\
 -->\x0a  <g fill=\x22\
none\x22 stroke-lin\
ecap=\x22round\x22 str\
oke-linejoin=\x22ro\
und\x22>\x0a    <g str\
oke=\x22#0A4F5C\x22 st\
roke-width=\x224\x22>\x0a\
      <rect x=\x228\
8\x22 y=\x22110\x22 width\
=\x2224\x22 height=\x2224\
\x22 rx=\x225\x22/>\x0a     \
 <rect x=\x2288\x22 y=\
\x22154\x22 width=\x2224\x22\
 height=\x2224\x22 rx=\
\x225\x22/>\x0a      <rec\
t x=\x2288\x22 y=\x22198\x22\
 width=\x2224\x22 heig\
ht=\x2224\x22 rx=\x225\x22/>\
\x0a    </g>\x0a    <g\
 stroke=\x22#E8833A\
\x22 stroke-width=\x22\
5\x22>\x0a      <polyl\
ine points=\x2292,1\
21 99,128 110,11\
2\x22/>\x0a      <poly\
line points=\x2292,\
165 99,172 110,1\
56\x22/>\x0a    </g>\x0a \
   <g stroke=\x22#9\
CC3D5\x22 stroke-wi\
dth=\x227\x22>\x0a      <\
line x1=\x22124\x22 y1\
=\x22122\x22 x2=\x22184\x22 \
y2=\x22122\x22/>\x0a     \
 <line x1=\x22124\x22 \
y1=\x22166\x22 x2=\x22176\
\x22 y2=\x22166\x22/>\x0a   \
   <line x1=\x22124\
\x22 y1=\x22210\x22 x2=\x221\
86\x22 y2=\x22210\x22/>\x0a \
   </g>\x0a  </g>\x0a \
 <!-- pill bottl\
e -->\x0a  <rect x=\
\x22252\x22 y=\x2284\x22 wid\
th=\x2268\x22 height=\x22\
24\x22 rx=\x226\x22 fill=\
\x22#0A4F5C\x22/>\x0a  <r\
ect x=\x22256\x22 y=\x221\
06\x22 width=\x2260\x22 h\
eight=\x2290\x22 rx=\x221\
2\x22 fill=\x22#F6C28B\
\x22 stroke=\x22#0A4F5\
C\x22 stroke-width=\
\x224\x22/>\x0a  <rect x=\
\x22264\x22 y=\x22130\x22 wi\
dth=\x2244\x22 height=\
\x2240\x22 rx=\x226\x22 fill\
=\x22#FFFFFF\x22/>\x0a  <\
ellipse cx=\x22286\x22\
 cy=\x22150\x22 rx=\x2212\
\x22 ry=\x227\x22 fill=\x22#\
9CC3D5\x22/>\x0a  <!--\
 car with a driv\
er -->\x0a  <g stro\
ke=\x22#0A4F5C\x22 str\
oke-width=\x225\x22 st\
roke-linejoin=\x22r\
ound\x22>\x0a    <path\
 d=\x22M192 300 L20\
2 262 Q208 246 2\
26 246 L300 246 \
Q314 246 322 260\
 L336 282 L352 2\
86 Q364 290 364 \
302 L364 318 L19\
2 318 Z\x22 fill=\x22#\
9CC3D5\x22/>\x0a    <p\
ath d=\x22M218 282 \
L224 262 Q226 25\
6 234 256 L264 2\
56 L264 282 Z\x22 f\
ill=\x22#FFFFFF\x22/>\x0a\
    <path d=\x22M27\
4 256 L298 256 Q\
306 256 310 262 \
L322 282 L274 28\
2 Z\x22 fill=\x22#FFFF\
FF\x22/>\x0a  </g>\x0a  <\
!-- driver seen \
through the wind\
ow -->\x0a  <circle\
 cx=\x22294\x22 cy=\x2226\
8\x22 r=\x2210\x22 fill=\x22\
#8D5A3B\x22/>\x0a  <pa\
th d=\x22M284 266 Q\
286 254 296 255 \
Q306 256 305 266\
 Q298 260 284 26\
6 Z\x22 fill=\x22#2E3A\
44\x22/>\x0a  <g fill=\
\x22#2E3A44\x22 stroke\
=\x22#0A4F5C\x22 strok\
e-width=\x224\x22>\x0a   \
 <circle cx=\x22226\
\x22 cy=\x22320\x22 r=\x2217\
\x22/>\x0a    <circle \
cx=\x22330\x22 cy=\x22320\
\x22 r=\x2217\x22/>\x0a  </g\
>\x0a  <g fill=\x22#E3\
EEF0\x22>\x0a    <circ\
le cx=\x22226\x22 cy=\x22\
320\x22 r=\x226\x22/>\x0a   \
 <circle cx=\x22330\
\x22 cy=\x22320\x22 r=\x226\x22\
/>\x0a  </g>\x0a</svg>\
\x0a\
\x00\x00\x0a\xfa\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#E3E\
EF0\x22/>\x0a  <!-- gr\
ound -->\x0a  <path\
 d=\x22M38 300 Q200\
 272 362 300 A18\
0 180 0 0 1 38 3\
00 Z\x22 fill=\x22#F3E\
BDD\x22/>\x0a  <!-- su\
n -->\x0a  <g strok\
e=\x22#E8833A\x22 stro\
ke-width=\x226\x22 str\
oke-linecap=\x22rou\
nd\x22>\x0a    <line x\
1=\x22306\x22 y1=\x2252\x22 \
x2=\x22306\x22 y2=\x2266\x22\
/>\x0a    <line x1=\
\x22306\x22 y1=\x22134\x22 x\
2=\x22306\x22 y2=\x22148\x22\
/>\x0a    <line x1=\
\x22258\x22 y1=\x22100\x22 x\
2=\x22272\x22 y2=\x22100\x22\
/>\x0a    <line x1=\
\x22340\x22 y1=\x22100\x22 x\
2=\x22354\x22 y2=\x22100\x22\
/>\x0a    <line x1=\
\x22272\x22 y1=\x2266\x22 x2\
=\x22282\x22 y2=\x2276\x22/>\
\x0a    <line x1=\x223\
30\x22 y1=\x22124\x22 x2=\
\x22340\x22 y2=\x22134\x22/>\
\x0a    <line x1=\x223\
40\x22 y1=\x2266\x22 x2=\x22\
330\x22 y2=\x2276\x22/>\x0a \
   <line x1=\x22282\
\x22 y1=\x22124\x22 x2=\x222\
72\x22 y2=\x22134\x22/>\x0a \
 </g>\x0a  <circle \
cx=\x22306\x22 cy=\x22100\
\x22 r=\x2226\x22 fill=\x22#\
F6C28B\x22/>\x0a  <!--\
 flowers -->\x0a  <\
g stroke=\x22#0A4F5\
C\x22 stroke-width=\
\x225\x22 stroke-linec\
ap=\x22round\x22>\x0a    \
<line x1=\x22254\x22 y\
1=\x22290\x22 x2=\x22254\x22\
 y2=\x22236\x22/>\x0a    \
<line x1=\x22290\x22 y\
1=\x22292\x22 x2=\x22290\x22\
 y2=\x22250\x22/>\x0a    \
<line x1=\x22322\x22 y\
1=\x22296\x22 x2=\x22322\x22\
 y2=\x22244\x22/>\x0a  </\
g>\x0a  <g fill=\x22#B\
04A6F\x22>\x0a    <cir\
cle cx=\x22254\x22 cy=\
\x22228\x22 r=\x2212\x22/>\x0a \
   <circle cx=\x223\
22\x22 cy=\x22236\x22 r=\x22\
12\x22/>\x0a  </g>\x0a  <\
circle cx=\x22290\x22 \
cy=\x22242\x22 r=\x2212\x22 \
fill=\x22#F6C28B\x22/>\
\x0a  <g fill=\x22#FFF\
FFF\x22>\x0a    <circl\
e cx=\x22254\x22 cy=\x222\
28\x22 r=\x225\x22/>\x0a    \
<circle cx=\x22290\x22\
 cy=\x22242\x22 r=\x225\x22/\
>\x0a    <circle cx\
=\x22322\x22 cy=\x22236\x22 \
r=\x225\x22/>\x0a  </g>\x0a \
 <!-- person sta\
nding tall, hold\
ing a watering c\
an -->\x0a  <g stro\
ke-linecap=\x22roun\
d\x22 fill=\x22none\x22>\x0a\
    <line x1=\x2214\
6\x22 y1=\x22236\x22 x2=\x22\
140\x22 y2=\x22306\x22 st\
roke=\x22#0A4F5C\x22 s\
troke-width=\x2220\x22\
/>\x0a    <line x1=\
\x22166\x22 y1=\x22236\x22 x\
2=\x22174\x22 y2=\x22306\x22\
 stroke=\x22#0A4F5C\
\x22 stroke-width=\x22\
20\x22/>\x0a    <line \
x1=\x22156\x22 y1=\x22158\
\x22 x2=\x22156\x22 y2=\x222\
32\x22 stroke=\x22#F6C\
28B\x22 stroke-widt\
h=\x2244\x22/>\x0a    <li\
ne x1=\x22142\x22 y1=\x22\
166\x22 x2=\x22132\x22 y2\
=\x22226\x22 stroke=\x22#\
F6C28B\x22 stroke-w\
idth=\x2214\x22/>\x0a    \
<line x1=\x22170\x22 y\
1=\x22166\x22 x2=\x22196\x22\
 y2=\x22210\x22 stroke\
=\x22#F6C28B\x22 strok\
e-width=\x2214\x22/>\x0a \
 </g>\x0a  <g fill=\
\x22#8D5A3B\x22>\x0a    <\
circle cx=\x22132\x22 \
cy=\x22230\x22 r=\x228\x22/>\
\x0a    <circle cx=\
\x22198\x22 cy=\x22214\x22 r\
=\x228\x22/>\x0a    <circ\
le cx=\x22158\x22 cy=\x22\
116\x22 r=\x2224\x22/>\x0a  \
</g>\x0a  <path d=\x22\
M134 114 Q130 86\
 158 88 Q186 88 \
184 116 Q180 102\
 160 102 Q140 10\
2 134 114 Z\x22 fil\
l=\x22#2E3A44\x22/>\x0a  \
<path d=\x22M164 12\
4 Q170 130 177 1\
24\x22 fill=\x22none\x22 \
stroke=\x22#2E3A44\x22\
 stroke-width=\x223\
\x22 stroke-linecap\
=\x22round\x22/>\x0a  <g \
fill=\x22#2E3A44\x22>\x0a\
    <ellipse cx=\
\x22136\x22 cy=\x22310\x22 r\
x=\x2214\x22 ry=\x227\x22/>\x0a\
    <ellipse cx=\
\x22180\x22 cy=\x22310\x22 r\
x=\x2214\x22 ry=\x227\x22/>\x0a\
  </g>\x0a  <!-- wa\
tering can with \
a few soft drops\
 -->\x0a  <path d=\x22\
M198 206 Q210 19\
0 222 206\x22 fill=\
\x22none\x22 stroke=\x22#\
0A4F5C\x22 stroke-w\
idth=\x225\x22 stroke-\
linecap=\x22round\x22/\
>\x0a  <rect x=\x22194\
\x22 y=\x22206\x22 width=\
\x2234\x22 height=\x2230\x22\
 rx=\x226\x22 fill=\x22#9\
CC3D5\x22 stroke=\x22#\
0A4F5C\x22 stroke-w\
idth=\x224\x22/>\x0a  <pa\
th d=\x22M228 214 L\
248 200\x22 stroke=\
\x22#0A4F5C\x22 stroke\
-width=\x226\x22 strok\
e-linecap=\x22round\
\x22/>\x0a  <g fill=\x22#\
9CC3D5\x22>\x0a    <ci\
rcle cx=\x22254\x22 cy\
=\x22206\x22 r=\x223\x22/>\x0a \
   <circle cx=\x222\
50\x22 cy=\x22214\x22 r=\x22\
3\x22/>\x0a    <circle\
 cx=\x22258\x22 cy=\x2221\
4\x22 r=\x223\x22/>\x0a  </g\
>\x0a</svg>\x0a\
\x00\x00\x09@\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <radial\
Gradient id=\x22joi\
nt\x22 cx=\x220.5\x22 cy=\
\x220.5\x22 r=\x220.5\x22>\x0a \
   <stop offset=\
\x220\x22 stop-color=\x22\
#E8833A\x22 stop-op\
acity=\x220.7\x22/>\x0a  \
  <stop offset=\x22\
0.5\x22 stop-color=\
\x22#F6C28B\x22 stop-o\
pacity=\x220.55\x22/>\x0a\
    <stop offset\
=\x221\x22 stop-color=\
\x22#F6C28B\x22 stop-o\
pacity=\x220\x22/>\x0a  <\
/radialGradient>\
\x0a  <!-- soft bac\
kground -->\x0a  <c\
ircle cx=\x22200\x22 c\
y=\x22200\x22 r=\x22180\x22 \
fill=\x22#E3EEF0\x22/>\
\x0a  <!-- lower sp\
ine (front view)\
 -->\x0a  <g fill=\x22\
#FFFFFF\x22 stroke=\
\x22#0A4F5C\x22 stroke\
-width=\x225\x22 strok\
e-linejoin=\x22roun\
d\x22>\x0a    <rect x=\
\x22168\x22 y=\x2244\x22 wid\
th=\x2264\x22 height=\x22\
40\x22 rx=\x2212\x22/>\x0a  \
  <rect x=\x22164\x22 \
y=\x2298\x22 width=\x2272\
\x22 height=\x2244\x22 rx\
=\x2212\x22/>\x0a  </g>\x0a \
 <g fill=\x22#9CC3D\
5\x22>\x0a    <rect x=\
\x22172\x22 y=\x2286\x22 wid\
th=\x2256\x22 height=\x22\
10\x22 rx=\x225\x22/>\x0a   \
 <rect x=\x22168\x22 y\
=\x22144\x22 width=\x2264\
\x22 height=\x2210\x22 rx\
=\x225\x22/>\x0a  </g>\x0a  \
<!-- hip bones, \
left and mirrore\
d right -->\x0a  <g\
 fill=\x22#FFFFFF\x22 \
stroke=\x22#0A4F5C\x22\
 stroke-width=\x225\
\x22 stroke-linejoi\
n=\x22round\x22>\x0a    <\
path d=\x22M170 176\
 Q140 140 96 150\
 Q58 160 62 206 \
Q66 248 110 276 \
Q126 288 128 312\
 Q130 340 160 34\
4 Q186 346 194 3\
26 L196 300 Q170\
 300 164 268 Q16\
0 240 176 222 Z\x22\
/>\x0a  </g>\x0a  <g t\
ransform=\x22transl\
ate(400,0) scale\
(-1,1)\x22 fill=\x22#F\
FFFFF\x22 stroke=\x22#\
0A4F5C\x22 stroke-w\
idth=\x225\x22 stroke-\
linejoin=\x22round\x22\
>\x0a    <path d=\x22M\
170 176 Q140 140\
 96 150 Q58 160 \
62 206 Q66 248 1\
10 276 Q126 288 \
128 312 Q130 340\
 160 344 Q186 34\
6 194 326 L196 3\
00 Q170 300 164 \
268 Q160 240 176\
 222 Z\x22/>\x0a  </g>\
\x0a  <!-- openings\
 in the lower hi\
p bones -->\x0a  <g\
 fill=\x22#E3EEF0\x22 \
stroke=\x22#0A4F5C\x22\
 stroke-width=\x224\
\x22>\x0a    <ellipse \
cx=\x22160\x22 cy=\x22314\
\x22 rx=\x2213\x22 ry=\x2217\
\x22/>\x0a    <ellipse\
 cx=\x22240\x22 cy=\x2231\
4\x22 rx=\x2213\x22 ry=\x221\
7\x22/>\x0a  </g>\x0a  <!\
-- hip sockets (\
soft) -->\x0a  <g f\
ill=\x22#E3EEF0\x22 st\
roke=\x22#0A4F5C\x22 s\
troke-width=\x224\x22>\
\x0a    <circle cx=\
\x22120\x22 cy=\x22286\x22 r\
=\x2214\x22/>\x0a    <cir\
cle cx=\x22280\x22 cy=\
\x22286\x22 r=\x2214\x22/>\x0a \
 </g>\x0a  <!-- sac\
rum, the wedge a\
t the base of th\
e spine -->\x0a  <p\
ath d=\x22M166 160 \
L234 160 Q244 16\
0 240 172 L214 2\
70 Q200 292 186 \
270 L160 172 Q15\
6 160 166 160 Z\x22\
 fill=\x22#F3EBDD\x22 \
stroke=\x22#0A4F5C\x22\
 stroke-width=\x225\
\x22 stroke-linejoi\
n=\x22round\x22/>\x0a  <!\
-- the two sacro\
iliac joints, hi\
ghlighted -->\x0a  \
<ellipse cx=\x22170\
\x22 cy=\x22200\x22 rx=\x222\
8\x22 ry=\x2250\x22 fill=\
\x22url(#joint)\x22/>\x0a\
  <ellipse cx=\x222\
30\x22 cy=\x22200\x22 rx=\
\x2228\x22 ry=\x2250\x22 fil\
l=\x22url(#joint)\x22/\
>\x0a  <g fill=\x22non\
e\x22 stroke=\x22#E883\
3A\x22 stroke-width\
=\x227\x22 stroke-line\
cap=\x22round\x22>\x0a   \
 <path d=\x22M163 1\
72 Q170 200 176 \
226\x22/>\x0a    <path\
 d=\x22M237 172 Q23\
0 200 224 226\x22/>\
\x0a  </g>\x0a</svg>\x0a\
\x00\x00\x076\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <rect x=\x2222\x22\
 y=\x2230\x22 width=\x223\
56\x22 height=\x22340\x22\
 rx=\x2270\x22 fill=\x22#\
F3EBDD\x22/>\x0a  <!--\
 balanced scale \
-->\x0a  <g stroke=\
\x22#0A4F5C\x22 stroke\
-width=\x226\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22 fill=\x22\
none\x22>\x0a    <line\
 x1=\x22170\x22 y1=\x2213\
0\x22 x2=\x22170\x22 y2=\x22\
318\x22/>\x0a    <line\
 x1=\x2276\x22 y1=\x22150\
\x22 x2=\x22264\x22 y2=\x221\
50\x22/>\x0a    <polyl\
ine points=\x2292,1\
50 66,234\x22/>\x0a   \
 <polyline point\
s=\x2292,150 118,23\
4\x22/>\x0a    <polyli\
ne points=\x22248,1\
50 222,234\x22/>\x0a  \
  <polyline poin\
ts=\x22248,150 274,\
234\x22/>\x0a  </g>\x0a  \
<rect x=\x22118\x22 y=\
\x22314\x22 width=\x22104\
\x22 height=\x2218\x22 rx\
=\x229\x22 fill=\x22#0A4F\
5C\x22/>\x0a  <circle \
cx=\x22170\x22 cy=\x22130\
\x22 r=\x2211\x22 fill=\x22#\
E8833A\x22 stroke=\x22\
#0A4F5C\x22 stroke-\
width=\x224\x22/>\x0a  <!\
-- pans -->\x0a  <g\
 fill=\x22#FFFFFF\x22 \
stroke=\x22#0A4F5C\x22\
 stroke-width=\x225\
\x22 stroke-linejoi\
n=\x22round\x22>\x0a    <\
path d=\x22M54 234 \
L130 234 Q126 26\
2 92 262 Q58 262\
 54 234 Z\x22/>\x0a   \
 <path d=\x22M210 2\
34 L286 234 Q282\
 262 248 262 Q21\
4 262 210 234 Z\x22\
/>\x0a  </g>\x0a  <!--\
 left: a small w\
arm sun (possibl\
e relief) -->\x0a  \
<circle cx=\x2292\x22 \
cy=\x22214\x22 r=\x2214\x22 \
fill=\x22#F6C28B\x22 s\
troke=\x22#E8833A\x22 \
stroke-width=\x224\x22\
/>\x0a  <!-- right:\
 a small soft cl\
oud (possible si\
de effects) -->\x0a\
  <path d=\x22M228 \
228 Q224 210 240\
 210 Q246 196 26\
0 204 Q274 204 2\
70 218 Q276 228 \
266 228 Z\x22 fill=\
\x22#9CC3D5\x22 stroke\
=\x22#0A4F5C\x22 strok\
e-width=\x223\x22 stro\
ke-linejoin=\x22rou\
nd\x22/>\x0a  <!-- spe\
ech bubble with \
a question mark \
shape -->\x0a  <pat\
h d=\x22M262 60 L34\
6 60 Q362 60 362\
 76 L362 132 Q36\
2 148 346 148 L3\
12 148 L292 170 \
L294 148 L262 14\
8 Q246 148 246 1\
32 L246 76 Q246 \
60 262 60 Z\x22 fil\
l=\x22#FFFFFF\x22 stro\
ke=\x22#0A4F5C\x22 str\
oke-width=\x225\x22 st\
roke-linejoin=\x22r\
ound\x22/>\x0a  <path \
d=\x22M290 90 Q290 \
74 304 74 Q320 7\
4 320 90 Q320 10\
0 310 106 Q304 1\
10 304 118\x22 fill\
=\x22none\x22 stroke=\x22\
#E8833A\x22 stroke-\
width=\x228\x22 stroke\
-linecap=\x22round\x22\
 stroke-linejoin\
=\x22round\x22/>\x0a  <ci\
rcle cx=\x22304\x22 cy\
=\x22134\x22 r=\x225\x22 fil\
l=\x22#E8833A\x22/>\x0a</\
svg>\x0a\
\x00\x00\x08\xbd\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <radial\
Gradient id=\x22glo\
w\x22 cx=\x220.5\x22 cy=\x22\
0.5\x22 r=\x220.5\x22>\x0a  \
  <stop offset=\x22\
0\x22 stop-color=\x22#\
E8833A\x22 stop-opa\
city=\x220.9\x22/>\x0a   \
 <stop offset=\x220\
.45\x22 stop-color=\
\x22#F6C28B\x22 stop-o\
pacity=\x220.7\x22/>\x0a \
   <stop offset=\
\x221\x22 stop-color=\x22\
#F6C28B\x22 stop-op\
acity=\x220\x22/>\x0a  </\
radialGradient>\x0a\
  <!-- soft back\
ground -->\x0a  <ci\
rcle cx=\x22200\x22 cy\
=\x22200\x22 r=\x22180\x22 f\
ill=\x22#E3EEF0\x22/>\x0a\
  <!-- vertebral\
 bodies (side vi\
ew, front of the\
 body on the lef\
t) -->\x0a  <g fill\
=\x22#FFFFFF\x22 strok\
e=\x22#0A4F5C\x22 stro\
ke-width=\x225\x22 str\
oke-linejoin=\x22ro\
und\x22>\x0a    <rect \
x=\x2290\x22 y=\x2262\x22 wi\
dth=\x22110\x22 height\
=\x2272\x22 rx=\x2218\x22/>\x0a\
    <rect x=\x2290\x22\
 y=\x22164\x22 width=\x22\
110\x22 height=\x2272\x22\
 rx=\x2218\x22/>\x0a    <\
rect x=\x2290\x22 y=\x222\
66\x22 width=\x22110\x22 \
height=\x2272\x22 rx=\x22\
18\x22/>\x0a  </g>\x0a  <\
!-- discs -->\x0a  \
<g fill=\x22#9CC3D5\
\x22>\x0a    <rect x=\x22\
97\x22 y=\x22138\x22 widt\
h=\x2296\x22 height=\x222\
2\x22 rx=\x2210\x22/>\x0a   \
 <rect x=\x2297\x22 y=\
\x22240\x22 width=\x2296\x22\
 height=\x2222\x22 rx=\
\x2210\x22/>\x0a  </g>\x0a  \
<!-- back part o\
f each vertebra:\
 joint knobs abo\
ve and below, sp\
inous process --\
>\x0a  <g fill=\x22#F3\
EBDD\x22 stroke=\x22#0\
A4F5C\x22 stroke-wi\
dth=\x225\x22 stroke-l\
inejoin=\x22round\x22>\
\x0a    <path d=\x22M1\
98 78 L232 76 Q2\
40 62 252 64 Q26\
2 66 262 80 L300\
 112 Q312 124 30\
0 130 L264 124 Q\
262 146 248 148 \
Q236 148 236 134\
 L232 116 L198 1\
16 Z\x22/>\x0a    <pat\
h d=\x22M198 180 L2\
32 178 Q240 164 \
252 166 Q262 168\
 262 182 L300 21\
4 Q312 226 300 2\
32 L264 226 Q262\
 248 248 250 Q23\
6 250 236 236 L2\
32 218 L198 218 \
Z\x22/>\x0a    <path d\
=\x22M198 282 L232 \
280 Q240 266 252\
 268 Q262 270 26\
2 284 L300 316 Q\
312 328 300 334 \
L264 328 Q262 35\
0 248 352 Q236 3\
52 236 338 L232 \
320 L198 320 Z\x22/\
>\x0a  </g>\x0a  <!-- \
small facet join\
ts where the kno\
bs meet -->\x0a  <g\
 fill=\x22#F6C28B\x22 \
stroke=\x22#0A4F5C\x22\
 stroke-width=\x223\
\x22>\x0a    <ellipse \
cx=\x22249\x22 cy=\x22157\
\x22 rx=\x2213\x22 ry=\x226\x22\
/>\x0a    <ellipse \
cx=\x22249\x22 cy=\x22259\
\x22 rx=\x2213\x22 ry=\x226\x22\
/>\x0a  </g>\x0a  <!--\
 nerve leaving b\
etween two verte\
brae, with a sma\
ll branch to one\
 joint -->\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#7A5AA6\x22 str\
oke-width=\x226\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22>\x0a  \
  <path d=\x22M196 \
252 Q240 262 286\
 276 Q326 290 34\
6 318\x22/>\x0a    <pa\
th d=\x22M230 262 Q\
214 236 226 212 \
Q236 192 252 172\
\x22/>\x0a  </g>\x0a  <!-\
- gentle warm gl\
ow on the small \
branch -->\x0a  <ci\
rcle cx=\x22232\x22 cy\
=\x22208\x22 r=\x2230\x22 fi\
ll=\x22url(#glow)\x22/\
>\x0a  <circle cx=\x22\
232\x22 cy=\x22208\x22 r=\
\x227\x22 fill=\x22#E8833\
A\x22/>\x0a</svg>\x0a\
\x00\x00\x06\xf9\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#F3E\
BDD\x22/>\x0a  <!-- in\
surance card (so\
ft lines instead\
 of words) -->\x0a \
 <rect x=\x2266\x22 y=\
\x2274\x22 width=\x22220\x22\
 height=\x22132\x22 rx\
=\x2218\x22 fill=\x22#FFF\
FFF\x22 stroke=\x22#0A\
4F5C\x22 stroke-wid\
th=\x225\x22/>\x0a  <path\
 d=\x22M68 112 L68 \
92 Q68 76 84 76 \
L268 76 Q284 76 \
284 92 L284 112 \
Z\x22 fill=\x22#0A4F5C\
\x22/>\x0a  <circle cx\
=\x22114\x22 cy=\x22158\x22 \
r=\x2224\x22 fill=\x22#E3\
EEF0\x22/>\x0a  <circl\
e cx=\x22114\x22 cy=\x221\
51\x22 r=\x229\x22 fill=\x22\
#9CC3D5\x22/>\x0a  <pa\
th d=\x22M98 172 Q1\
14 158 130 172\x22 \
fill=\x22none\x22 stro\
ke=\x22#9CC3D5\x22 str\
oke-width=\x227\x22 st\
roke-linecap=\x22ro\
und\x22/>\x0a  <g stro\
ke=\x22#9CC3D5\x22 str\
oke-width=\x227\x22 st\
roke-linecap=\x22ro\
und\x22>\x0a    <line \
x1=\x22154\x22 y1=\x22142\
\x22 x2=\x22240\x22 y2=\x221\
42\x22/>\x0a    <line \
x1=\x22154\x22 y1=\x22164\
\x22 x2=\x22218\x22 y2=\x221\
64\x22/>\x0a    <line \
x1=\x22154\x22 y1=\x22186\
\x22 x2=\x22198\x22 y2=\x221\
86\x22/>\x0a  </g>\x0a  <\
!-- approval che\
ck mark on the c\
ard corner -->\x0a \
 <circle cx=\x22280\
\x22 cy=\x22200\x22 r=\x2232\
\x22 fill=\x22#E8833A\x22\
 stroke=\x22#FFFFFF\
\x22 stroke-width=\x22\
5\x22/>\x0a  <polyline\
 points=\x22264,200\
 276,212 296,188\
\x22 fill=\x22none\x22 st\
roke=\x22#FFFFFF\x22 s\
troke-width=\x228\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22/>\
\x0a  <!-- wallet -\
->\x0a  <rect x=\x2217\
0\x22 y=\x22250\x22 width\
=\x22140\x22 height=\x228\
0\x22 rx=\x2216\x22 fill=\
\x22#2E3A44\x22/>\x0a  <p\
ath d=\x22M170 274 \
L170 266 Q170 25\
0 186 250 L294 2\
50 Q310 250 310 \
266 L310 274 Z\x22 \
fill=\x22#0A4F5C\x22/>\
\x0a  <rect x=\x22266\x22\
 y=\x22276\x22 width=\x22\
54\x22 height=\x2232\x22 \
rx=\x2212\x22 fill=\x22#0\
A4F5C\x22/>\x0a  <circ\
le cx=\x22286\x22 cy=\x22\
292\x22 r=\x227\x22 fill=\
\x22#F6C28B\x22/>\x0a  <!\
-- a small stack\
 of plain coins \
-->\x0a  <g fill=\x22#\
F6C28B\x22 stroke=\x22\
#E8833A\x22 stroke-\
width=\x224\x22>\x0a    <\
ellipse cx=\x22116\x22\
 cy=\x22312\x22 rx=\x2234\
\x22 ry=\x2212\x22/>\x0a    \
<ellipse cx=\x22116\
\x22 cy=\x22295\x22 rx=\x223\
4\x22 ry=\x2212\x22/>\x0a   \
 <ellipse cx=\x2211\
6\x22 cy=\x22278\x22 rx=\x22\
34\x22 ry=\x2212\x22/>\x0a  \
</g>\x0a  <ellipse \
cx=\x22116\x22 cy=\x22278\
\x22 rx=\x2218\x22 ry=\x225\x22\
 fill=\x22none\x22 str\
oke=\x22#E8833A\x22 st\
roke-width=\x223\x22/>\
\x0a</svg>\x0a\
\x00\x00\x02\x9c\
\x00\
\x00\x08\xdcx\x9c\xa5V\xc9n\xa3@\x10\xbd\xe7+j\
\x98K\x22y\xa1\xab\xa1i\x22\x13\xc9[N\xc9!\xd7\
\xb9\x11\xdc6(\xd8X@\x82\xf3\xf7S\x0d\x18\x13\x07\
\x8f\x88\xc7\x92\xdd\xdb\xabW\x8fZ\x1aO\xb2\x8f\x0d\x1c\
\xb6\xf1.\xf3\x8c0\xcf\xf7\xf7\xe3qQ\x14\xa3\x82\x8f\
\x92t3F\xd34\xc7\x840\xe0#R\xc5,9x\
\x86\x09&Xf\xf95\xa0\x88Vy\xe8\x19\xe5<T\
\xd1&\xcc\xab\xc5\xc3\x0d\xc0\xe4\xd7p\x08Y\xb2\xce\xe1\
\xd5\x0f\xde6i\xf2\xbe[\xc1pX\x1e\x05Q\x1a\xc4\
\x0a\x02\xe2Cm\x1b|\xd6\x93\xd43\x98\xa4q\x1d\xc5\
\xb1g\xfc~\xe4\xcb\xd9ba\x8c\x1b\xbeX}\xa8\x98\
\x08\xd3A\x09Q+\xf0_\x93\xf7\x1cB?^\x17\xfe\
\xe7\x91?UA\x0eD\xee\x10\x15Q\xbb\xa2\x91\x8a\xa2\
-U\x92G\xad\xc1:y,?\xb5\xc7\xbd\x9f\x87\xb0\
\xf2\x8cg\xd7\x02W\xc0\x13IlFfY\xf0D\xfb\
z|q\xaa\xb5\x1e\xd0,\x97\x04\xab\x8c\xfe\x9c\xa8\xc5\
\x1c\xe5\xac\xa6\xbeZ\xe1.\xd9)\x03\xb2<M\xde\x14\
\x91\x9aS\xeb\xd1\x9e\x1f7\x865\x87]{\x89\xa3\x9d\
\x82\x03\xab\x83\xfbI\x13ID\x07<n\xd0\x84\xd9\xa2\
E\xb7\x94\x92\xf3\xe99]\x83\x18j\xc2\xc0\xdf{F\
\x99\xceVb\xb2\xe8\x00{\x95\xeccu_&\x03\xd6\
\x8a\x12\xb5}\x0fBxUy\xaeR\xb8-\xfct{\
7\xa8Nc\x95eT\x1cp\x1b$I|wL\xdb\
\xe6\x18\xaaZ\x86\xdel\xc5J\x882Vh\x9d*\x8f\
\x8bS\xac\xf4\xb1\x8e\x15\x93\x95\xae\x96%c\xe6\xd5\xa6\
\xb6\xf5#\xd3\xc9x\xf3\xf5Y\xdc\xf9\x9c/\xec\xf3g\
\xc1\xeb\x15\xe1\x0f\x15\xb5M]\xf9\x7f\x0f\xb3\x943\x87\
j\xb5\xa6m\xb5\xb1\xae\xab\xb2\x8b\x99Uu\xb1\xdb8\
o7\xbb\x83\xdd\xb0o\x8e\xe4\xc2\x9e\xf2Y\x87#\x86\
\xb2\x97\xa7K\xb0o\x9e\xe6BJ\xc1\xbb<]\x12\xfb\
\x15\xc6\x99\xf8\xb7'\xdd\x1ek?P\xd9=d\xdb\x88\
*\x1f\x92\x1d\xe4\xa1\x02\xdd\x10\xd48+5\xd0\xed\xe5\
\xeb\x14\xc0\x96n\xb3\xb0A$\xf4\x93~\xeb\x0e\x5c\xf2\
\xa9eu(v\x9c\xa3\x92\xea*\xc5\x91\xdd\xa5\xd8e\
\xbd`\x0c{\xe2\xb8\xdd\x0f'z\xe2\x1c\xb7\x17\x0e{\
\xea\xc3\x9e\xfa\xb0\xa7>\xec\xa9\x8f\x9b=q\xc8/\xe0\
\xcek\xf5\xec\xee\xaf\xeb\xe0\xec\xb2\xe6\x97.\xeb\xdas\
\xf3Rs\x1c@\xe6\xc2\x8b\xb4\x00\xd1\x06\x97\xe9e#\
\xb0\x81Q\x19T8\xea\xbc\x12H\xf9\xbe\x80\x14v\x8d\
t\xb0B:n7\x12Q\x03\x18\xbdI\xb9v\xce:\
\x10B\xd4\x08Gv#83+\x04\xaf\xc8Z!\x9b\
\xe8\xff,\x0f7\x7f\x01\xe5\x0c<\xe7\
\x00\x00\x08\xee\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 400 400\x22 wid\
th=\x22400\x22 height=\
\x22400\x22>\x0a  <!-- so\
ft background --\
>\x0a  <circle cx=\x22\
200\x22 cy=\x22200\x22 r=\
\x22180\x22 fill=\x22#E3E\
EF0\x22/>\x0a  <!-- tr\
eatment table --\
>\x0a  <rect x=\x2244\x22\
 y=\x22258\x22 width=\x22\
312\x22 height=\x2218\x22\
 rx=\x229\x22 fill=\x22#0\
A4F5C\x22/>\x0a  <g st\
roke=\x22#2E3A44\x22 s\
troke-width=\x228\x22 \
stroke-linecap=\x22\
round\x22>\x0a    <lin\
e x1=\x2296\x22 y1=\x2227\
6\x22 x2=\x2296\x22 y2=\x223\
30\x22/>\x0a    <line \
x1=\x22304\x22 y1=\x22276\
\x22 x2=\x22304\x22 y2=\x223\
30\x22/>\x0a  </g>\x0a  <\
!-- pillow -->\x0a \
 <rect x=\x2256\x22 y=\
\x22240\x22 width=\x2270\x22\
 height=\x2220\x22 rx=\
\x2210\x22 fill=\x22#FFFF\
FF\x22 stroke=\x22#0A4\
F5C\x22 stroke-widt\
h=\x223\x22/>\x0a  <!-- c\
alm person lying\
 face down, seen\
 from the side -\
->\x0a  <g stroke=\x22\
#0A4F5C\x22 stroke-\
width=\x224\x22 stroke\
-linejoin=\x22round\
\x22>\x0a    <!-- legs\
 -->\x0a    <rect x\
=\x22228\x22 y=\x22222\x22 w\
idth=\x22120\x22 heigh\
t=\x2236\x22 rx=\x2218\x22 f\
ill=\x22#2E3A44\x22/>\x0a\
    <!-- body in\
 a gown -->\x0a    \
<rect x=\x22112\x22 y=\
\x22212\x22 width=\x22140\
\x22 height=\x2246\x22 rx\
=\x2223\x22 fill=\x22#FFF\
FFF\x22/>\x0a    <!-- \
head -->\x0a    <ci\
rcle cx=\x2294\x22 cy=\
\x22220\x22 r=\x2224\x22 fil\
l=\x22#C68863\x22/>\x0a  \
</g>\x0a  <!-- hair\
 -->\x0a  <path d=\x22\
M72 214 Q74 192 \
96 194 Q114 196 \
118 214 Q104 204\
 72 214 Z\x22 fill=\
\x22#2E3A44\x22/>\x0a  <!\
-- closed, relax\
ed eye and ear -\
->\x0a  <path d=\x22M7\
8 228 Q84 232 90\
 228\x22 fill=\x22none\
\x22 stroke=\x22#2E3A4\
4\x22 stroke-width=\
\x223\x22 stroke-linec\
ap=\x22round\x22/>\x0a  <\
ellipse cx=\x22104\x22\
 cy=\x22222\x22 rx=\x224\x22\
 ry=\x226\x22 fill=\x22#8\
D5A3B\x22/>\x0a  <!-- \
arm resting alon\
g the side -->\x0a \
 <rect x=\x22122\x22 y\
=\x22236\x22 width=\x2286\
\x22 height=\x2216\x22 rx\
=\x228\x22 fill=\x22#C688\
63\x22 stroke=\x22#0A4\
F5C\x22 stroke-widt\
h=\x223\x22/>\x0a  <!-- s\
oft blue numbing\
 patch on the lo\
wer back -->\x0a  <\
ellipse cx=\x22214\x22\
 cy=\x22212\x22 rx=\x2226\
\x22 ry=\x228\x22 fill=\x22#\
9CC3D5\x22 stroke=\x22\
#0A4F5C\x22 stroke-\
width=\x223\x22/>\x0a  <!\
-- gentle snowfl\
ake mark: feels \
cool and numb --\
>\x0a  <circle cx=\x22\
214\x22 cy=\x22140\x22 r=\
\x2238\x22 fill=\x22#FFFF\
FF\x22/>\x0a  <g strok\
e=\x22#9CC3D5\x22 stro\
ke-width=\x226\x22 str\
oke-linecap=\x22rou\
nd\x22>\x0a    <line x\
1=\x22214\x22 y1=\x22116\x22\
 x2=\x22214\x22 y2=\x2216\
4\x22/>\x0a    <line x\
1=\x22193\x22 y1=\x22128\x22\
 x2=\x22235\x22 y2=\x2215\
2\x22/>\x0a    <line x\
1=\x22193\x22 y1=\x22152\x22\
 x2=\x22235\x22 y2=\x2212\
8\x22/>\x0a  </g>\x0a  <g\
 fill=\x22none\x22 str\
oke=\x22#9CC3D5\x22 st\
roke-width=\x224\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22>\x0a \
   <polyline poi\
nts=\x22207,120 214\
,127 221,120\x22/>\x0a\
    <polyline po\
ints=\x22207,160 21\
4,153 221,160\x22/>\
\x0a  </g>\x0a  <circl\
e cx=\x22214\x22 cy=\x221\
40\x22 r=\x226\x22 fill=\x22\
#0A4F5C\x22/>\x0a  <!-\
- soft dots link\
ing the mark to \
the patch -->\x0a  \
<g fill=\x22#9CC3D5\
\x22>\x0a    <circle c\
x=\x22214\x22 cy=\x22186\x22\
 r=\x224\x22/>\x0a    <ci\
rcle cx=\x22214\x22 cy\
=\x22198\x22 r=\x223\x22/>\x0a \
 </g>\x0a</svg>\x0a\
\x00\x00\x00\xf8\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 48 48\x22 width\
=\x2248\x22 height=\x2248\
\x22>\x0a  <!-- chevro\
n left -->\x0a  <po\
lyline points=\x223\
1,9 16,24 31,39\x22\
 fill=\x22none\x22 str\
oke=\x22#0A4F5C\x22 st\
roke-width=\x225\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
</svg>\x0a\
\x00\x00\x00\xe1\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2248\
\x22 height=\x2248\x22 vi\
ewBox=\x220 0 48 48\
\x22>\x0a  <polyline p\
oints=\x2210,25 20,\
35 38,14\x22 fill=\x22\
none\x22 stroke=\x22#F\
FFFFF\x22 stroke-wi\
dth=\x226\x22 stroke-l\
inecap=\x22round\x22 s\
troke-linejoin=\x22\
round\x22/>\x0a</svg>\x0a\
\
\x00\x00\x01D\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 48 48\x22 width\
=\x2248\x22 height=\x2248\
\x22>\x0a  <!-- arrow \
pointing left: g\
o back -->\x0a  <g \
fill=\x22none\x22 stro\
ke=\x22#0A4F5C\x22 str\
oke-width=\x224.5\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22>\x0a\
    <line x1=\x2240\
\x22 y1=\x2224\x22 x2=\x229\x22\
 y2=\x2224\x22/>\x0a    <\
polyline points=\
\x2221,11 8,24 21,3\
7\x22/>\x0a  </g>\x0a</sv\
g>\x0a\
\x00\x00\x00\xf9\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 48 48\x22 width\
=\x2248\x22 height=\x2248\
\x22>\x0a  <!-- chevro\
n right -->\x0a  <p\
olyline points=\x22\
17,9 32,24 17,39\
\x22 fill=\x22none\x22 st\
roke=\x22#0A4F5C\x22 s\
troke-width=\x225\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22/>\
\x0a</svg>\x0a\
\x00\x00\x01r\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 48 48\x22 width\
=\x2248\x22 height=\x2248\
\x22>\x0a  <!-- loudsp\
eaker with two s\
ound waves -->\x0a \
 <g fill=\x22none\x22 \
stroke=\x22#0A4F5C\x22\
 stroke-width=\x224\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
>\x0a    <path d=\x22M\
6 18 L14 18 L24 \
9 L24 39 L14 30 \
L6 30 Z\x22/>\x0a    <\
path d=\x22M31 17 Q\
35 24 31 31\x22/>\x0a \
   <path d=\x22M37 \
11 Q45 24 37 37\x22\
/>\x0a  </g>\x0a</svg>\
\x0a\
\x00\x00\x02Y\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 48 48\x22 width\
=\x2248\x22 height=\x2248\
\x22>\x0a  <!-- speech\
 bubble with a q\
uestion mark sha\
pe, white, for d\
ark teal buttons\
 -->\x0a  <path d=\x22\
M11 6 L37 6 Q43 \
6 43 12 L43 30 Q\
43 36 37 36 L24 \
36 L14 43 L15 36\
 L11 36 Q5 36 5 \
30 L5 12 Q5 6 11\
 6 Z\x22 fill=\x22none\
\x22 stroke=\x22#FFFFF\
F\x22 stroke-width=\
\x224\x22 stroke-linej\
oin=\x22round\x22/>\x0a  \
<path d=\x22M18.5 1\
6 Q18.5 11.5 24 \
11.5 Q29.5 11.5 \
29.5 16 Q29.5 19\
 26.5 20.5 Q24 2\
1.8 24 24.5\x22 fil\
l=\x22none\x22 stroke=\
\x22#FFFFFF\x22 stroke\
-width=\x223.5\x22 str\
oke-linecap=\x22rou\
nd\x22 stroke-linej\
oin=\x22round\x22/>\x0a  \
<circle cx=\x2224\x22 \
cy=\x2230\x22 r=\x222.4\x22 \
fill=\x22#FFFFFF\x22/>\
\x0a</svg>\x0a\
\x00\x00\x01j\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 48 48\x22 width\
=\x2248\x22 height=\x2248\
\x22>\x0a  <!-- house:\
 roof, walls, do\
or -->\x0a  <g fill\
=\x22none\x22 stroke=\x22\
#0A4F5C\x22 stroke-\
width=\x224\x22 stroke\
-linecap=\x22round\x22\
 stroke-linejoin\
=\x22round\x22>\x0a    <p\
olyline points=\x22\
5,23 24,7 43,23\x22\
/>\x0a    <path d=\x22\
M11 19 L11 41 L3\
7 41 L37 19\x22/>\x0a \
   <path d=\x22M20 \
41 L20 30 L28 30\
 L28 41\x22/>\x0a  </g\
>\x0a</svg>\x0a\
\x00\x00\x01\x17\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 48 48\x22 width\
=\x2248\x22 height=\x2248\
\x22>\x0a  <!-- chevro\
n right, white, \
for dark teal bu\
ttons -->\x0a  <pol\
yline points=\x2217\
,9 32,24 17,39\x22 \
fill=\x22none\x22 stro\
ke=\x22#FFFFFF\x22 str\
oke-width=\x225\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22/>\x0a<\
/svg>\x0a\
\x00\x00\x02;\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 48 48\x22 width\
=\x2248\x22 height=\x2248\
\x22>\x0a  <!-- speech\
 bubble with a q\
uestion mark sha\
pe -->\x0a  <path d\
=\x22M11 6 L37 6 Q4\
3 6 43 12 L43 30\
 Q43 36 37 36 L2\
4 36 L14 43 L15 \
36 L11 36 Q5 36 \
5 30 L5 12 Q5 6 \
11 6 Z\x22 fill=\x22no\
ne\x22 stroke=\x22#0A4\
F5C\x22 stroke-widt\
h=\x224\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
  <path d=\x22M18.5\
 16 Q18.5 11.5 2\
4 11.5 Q29.5 11.\
5 29.5 16 Q29.5 \
19 26.5 20.5 Q24\
 21.8 24 24.5\x22 f\
ill=\x22none\x22 strok\
e=\x22#0A4F5C\x22 stro\
ke-width=\x223.5\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
  <circle cx=\x2224\
\x22 cy=\x2230\x22 r=\x222.4\
\x22 fill=\x22#0A4F5C\x22\
/>\x0a</svg>\x0a\
\x00\x00\x00\xc2\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 48 48\x22 width\
=\x2248\x22 height=\x2248\
\x22>\x0a  <!-- stop: \
a rounded square\
 -->\x0a  <rect x=\x22\
11\x22 y=\x2211\x22 width\
=\x2226\x22 height=\x2226\
\x22 rx=\x224\x22 fill=\x22#\
0A4F5C\x22/>\x0a</svg>\
\x0a\
\x00\x00\x077\
\x00\
\x00\x1a\xd9x\x9c\xb5Y\xddo\xdb6\x10\x7f\xcf_q\
p\x1e\xfa\x818\xb6\xdb\xa4\x1f\x1a\xba\xb5i\xf70l\
C\xd3%X\x1f\x82\xa2\xa0\xa4\xb3\xc5\x85\x16U\x92\x8a\
\xe3\x0d\xfd\xdfw$%E\x92)\xdbM7\x03\x09,\
\xf2x_\xbc\xfb\xdd\x9d<y\x0c\x97\x19\xc25\x97\xfa\
\xfa\x81\x06\x99\x8b5h\xb3\x16\x08:C4\xc7\xf0\x8b\
\xd1\xc0\xccX\xf3E\x0eF^cN\x8f\x0aa\xce\x85\
\xc0\x14x\x0e\xf1\xda\x9f\x9e\x94|b2\x5c\xe2q\xb1\
>\x86\xc7\x93\x83\x83\x0f\x1fy\xba@\x03\xff\x1c\x00}\
\xe627\xe39[r\xb1\x8e`\xf4\x0e\xffb\x7f\x96\
p\xc1r=\xfa\xe1n_\xf3\xbf1\x82\xd7\xb1L\xd7\
\x9f\x8b\xdb\xe2\xd6o%RHE\xcb\x06o\xcd\x0f\x07\
_\x0f\x0e\x0e\x9d\xc4\x8f<O\xe5\xea\x08>\x5c\x18\x96\
\x5cc\xea\xc5\xf5\x9f\xe1G\xf8P\xef\x1c\xce\x15[b\
z\xce\x16\xa8+\xb5b\x22](Y\xe6)\x09(h\
\xe3s\xbcp2>\x5c$J\x0a\xf1F!\xb3,\x9b\
\x876\xbf\xe0r\xeb\xdb\xa6\x08\xa3\xc8\xe2\x82<\x98\x1b\
o[,U\x8ad\x5c.sl\xcb=c*\xbaA\
ex\xc2DH\xd5\x0c\x19\x9ds\xca\xda\xbd\x15OM\
\x16\xc1\xecY\xed3\xcfw\xacX\xcaK\x1d\xc1\x0b\xbb\
\xfe\xb5\xcd<\xcaX\x9e\x0a\xdc*\xa4P|\xc9\xd4\xda\
s\x5c\xf2|\x9c!_d\x86\xd8M\xf7\x97\xc3\xd2t\
,x\x8e\x8d\xbb\xdc\xaa.\xe3\xc0\xaa\xa5\xb5\x97\xb0I\
kW\x03*z\xb7\xd9\xd5Z\xb5\xa9\xd7\xe0\xe0\xd0\xc8\
\x82N\xef\xf0\xdd\xd7\x83\xc3\xb9\x94\x06\xd5\x00\xa9\xdfl\
b\xe27\x16\xa3\xb8\x22\xc5\xf0\xd5(\xe5\xba\x10l=\
\xfa\xd4\x0e\xf0*\x80\xab\xbdV\x0c\xbb\xddU\xa5c,\
E\xea\xdc\xd4\xe6g\xb5\xe2\xf9\x22\xc8\xaf\xda\xfb&~\
\xb8\xc6X\xc9U\x90_\x5c\x1a#\xf3\xed\xec\xda\x99\xa7\
1\x91yJ\xa1\xf0\xb9\xce\xc1\x8e(\xba \xc3\x8d\xc0\
\xb0\xacn2\xfb-\x0b1\x11p\xc3\x04O,\xbb\xc9\
c\xf8\x98q\x82\x1d\x06\xee\xa6\xb9\x06J\xaa\x14\x98\x90\
ez\x04\x04,\xe0$\x80T\xa0)y0O\x10b\
$\x9f\x80.,,\xd9\x13\x14\xab\x94\xf6\x0e|*\xf5\
\xfc\xde\xab\x91Q\xe5\x9dr\x9d\x0b\xf6\x14M\x1e5\x06\
\xfb\xe5\xda\xdaC\xab\xd4\x19\x19R\xb1\xf8R(YP\
\xe2\xac\xc7\x9e\xf0l\x0b\xcb>\xed%\xf1\xecK\xb0t\
\xe4\x827\xb0b*\xb7F\xc5\xf2\x16\x1e\x8e\xde2!\
\xe0\xe5l\x06|\x1e\x8d\x1eY\x13=\x80\x01\xa5.\xb8\
(v\x10l\xbd\x93K\xcabt\xfa\x97\xca\xb9\xa0+\
\xbbb\xfc\xd6\xed\x93xO\xdf\x12\xbfA\xda\xb5\xa9T\
s\x96\xd4\xe0\xd8\xb9\xfc\x98\xa9\xcb\xe1\xcb\xdf#\xd0\xfa\
\xc1\xb4$\xab\xcf\x15\xcfM\x90\xa3\xdb\x0e\x14\x87ei\
0\x0d\x87\xa7\xb7u/n;\xf2\xa0\xe35\x0b\x08\xe7\
\xa5\xce\xce\x9c\x8d\x15s\x8b\x92\x15\x18\xbf6\xb2L\xb2\
\x16\xf36\x82nl\x16\x84}\xe4u\x07`\xf0\xe4E\
\x17_#xJ\xabZ\x0a\x9e\xf6P\xb9\x87\xbf\xaf\xfd\
\x97\x16\xdfx\xe8\x1a\xb7\xe5\xf7=\xaf\xf1\xce\x1bQ\xa1\
Pk\xa4\xd4m-^\xdd0\xc5Yn(\x1f\xb9\x8d\
\x97\x9a(\x98\x97\x8dF\x15Q\x1dz!v\x95G\xc2\
\x19\xdeqWm\xb05\xa6^\xdf\xc5t\x9b\x9a\x15Q\
\xadd\xe7NjY\x1b4\x03\x02\xbdS*)M8\
\xcc\x9e\xd8xh\xea\xad\xbd\x9f1\xa1\xe6\x22\x8f@\xe0\
\xdc\xec\xe2\xe6\x13\xa1b\xfa_^\xf7\xd6\xce\xc6\xd6_\
m\xb0x'\xa9}\xec\xa8\xd0\x8b\xd7\xd9\xc9\xde\x81>\
\x0cG}QWI\xa9\xac\x1e\xdbp\xbfu\xfb\x84\xee\
\x0ao\xb8,\xb5\xf7!\xf5\x899\xb9e(\xad\x9f\x9c\
T-\x06\x89ej\x93\xac\xce\xf0\x99\xbd\xb9\x0d\xba\x8e\
3\xda>g\x89\xe1\x8d\xcfI)*\x07\x7f\xe0\x97\x12\
\xb5!2\xb5tE-t\xcfI\xc6\x8b\xcd\xa8\x996\
A3\x10\x1e\xfeX\x94dh[\xe5\xfb\xe6M\x1be\
\xe7\x1cE\xea\x16\xbaH\xbb\xbdIQJ\xaa\xd1\xa7#\
\xe8\xac2A\x85\xa8\xe1\x12\x04\xdf\xfd\xd8w\x19m\x85\
\xc2@\xfcm\x08\xdc\x09\xb6wY\xfb\xac\xf2}[\x9b\
D\xa6\xbd*\x14\x9a\x87\xe0w\x99\xcb\xc0PdO\x7f\
_\xc7F\xed\xf6\xcf)\xb7s\xcb\xb9`\xdc5\x22\xf6\
\xf9\x9e\xdei\x17\xdcPf?\xd9p\x0a\x15\xb5V\xc2\
\xb7s\xe5Y\xb3\xaaQ\xa0\xcb\x84\xf1\x9d>}$\xed\
S\x0e\x05geo4\x97I\xa9\xfbV\xfb\xd5\x0e*\
Ep\x12\x00\x1f\xe2\xf4\xd6f\xc9\x19\xb5d\x9bY\xfe\
\xa2\xa9\xd4\x04~\x893\xf3\x0e\xac\xc3\x01Zs\x8b\x22\
\x1a`i\xf42\xb2\x1e=*\x849m\xa6\xb8Z\xca\
\xe9\xb3{\xf6\x03\xb3\xe9\xce> \xac\xd1\xde\xc8@_\
\x17\x14\x9e\xa5\x12\x0f\xa3\x89{\xd0\x13N\xb1\xa7'\x8e\
\x03\x0dyd\xc1\xb1\xbeY<rXX\xaa\x05!\xf3\
yx\x9a\x1b\x0c;\x9bN\xc1\xac\xecr\xdc:\x9f\x0d\
\xf5p\x04\xb4\xef\xf3\xb1N\x14\xd2\x14q\x8d\xebX2\
\x95\xc2\xc3\xe6\xa5\xc6\xca\xcd\xf2zRo\x1d\x17\xebG\
0\xde\xfbc\x81\xfbP\xe6\x17\x8e\xff\xaf5\xfb\x9dS\
\xe9\xc6\x89\xfe[\x8e]\x14\xfb\xbf\x86\x18\xa8\x10do\
\xe3;\xf2\xd1\xf3\x13\xa0;(\x04\xe5\x8c\x9d7\x9e\xda\
'\x7f=v\xf0\xbaF\x0d/\xa6v\x8d\x8eQ\xdc1\
\xa0\xd1\x13\xe4\x9c\xaa\xe0\xf1\xa9[\x839\xa7\x02=\x9b\
N-\xd5\x11\xac2\x9ed\x8e7}\x04\xb2\x1bb\xa0\
\xa4\x5c\xdab\xe7\x04\xd8\xa2\xf7\xc0\xcdt\x0b\x9e\xdb7\
S\xc4s6\xf52\xe8J\x10\x0a\xa9\xc8\x0c\x82/\x7f\
u\xcd\xcc\xd3*\xd5\xcf\x83`\xb3\xb5\xf5\xde\x81em\
@&\xab\x86\xf08'\xe5\x99\xa8\x06\xdb\x0bd\x84\x94\
\xde\x02A\x93\x9bNX\x81\x95\xd6\xce\xd4&\xe8\x96\xa5\
\xad\xf6dR5\xd4\x09\xb9B\x05\x19\x13\xf3\xc8\xfb\x90\
\x1c\xea\xd6\x91ic\xa5:K\xc0\xeas\xd4\xbf\xa0\xea\
n\x8e\x83\xf1w\x95\xc8%\xc1\xd5]\x87\xb43\x02\xda\
\x0e\xf4n\xdd\x166W\xf4\xdf\xe5\xe2\xab\xd1\x8a\xf4\x08\
\x8e^\xd6}vs\xd7T\xe1\xe6\xe2\xba\x05\xa7C\xe0\
\x10ECYD\xce\xd0\x85\x901\x13\x0d\x85\x9f\x80\xed\
\xacl\xa4\x84DH\x8d\xf4\xad\xe3g\x0a+\x8a\x1c\xff\
\x96r\xd8\x86\x1d#\x8c\xa7\xf9\xce\xfei'\xe3\xffa\
\xf6\xb0\x0e\x1d\xbdQ\x08kY\x82\xa61AX\xe7(\
\xfci\xe4B\xc5\xad\x5c\xda\x85\xf77\xa8\x08@\x03\xa2\
\xd5\x22f\x0f\x9f\xce\x8e\xe0\x84\xfeN\xe9o\xf6r\xfa\
\xa8ju\xeb\xd3o\x07`.\x0c\xf1\x03=\xd5&\xc7\
\xee01\x5c\xd3\xac\x95\xef|\x05\xa0\xfc\xceQXL\
J,\x07If\xb9pp/\x9a\xac\xc9U\xa58\xb7\
d{Y{ZY[\x1d\xfc6S\xef9\xcb\xf7\xc4\
}\x8b\x1f|\x84i\xc2\x5c\x9b\x0c6\xe7\xe8\xbbbE\
\xa0\xc8\xd9\xa9\xf1\xb3\x1f\xff\x5c\x9d\x1b\xca\x90\xbb\x89;\
8`\xb6\xc3|k\xed\xe9\x83\xc2\x9e/\x1a\x9a\x86l\
s\x9c\xfa\xb6)\xd5\x81\x8b\x17J1\xc1\x0c\x85HN\
\x0d\x02\xc4\x08\xa5M\xbb5\x95O!\xe5\xb5\x06\xee`\
\xdd\xfd\xf0q\x04)\xd3\x19\xedbj_U\xbbF\xd8\
\xbb\xb5\x0f)\x11]\x19\x8b\xc5@\xfe\xd6\xbf6\xb4=\
\x17\xee\xaa}\xccTR\xfb\xaf\xbaZ\xef\xa0\xbc;\xfa\
R\xc3\xaf\xc8\xac\xed\x97\xc8\x92\xccu\xda\x1eK\xc99\
Tq\x08\x1f\xf1\x96\x22-g\xb6\xbd\x06\xa6\xeb\xd4\xb1\
\xc92GL\xed\x81\xa1l\xf9\xcf\xa3\xbe+p\xdf\xb8\
\xff\x17\x19\xa8\xdeH\
\x00\x00\x05\xfb\
s\
ection = \x22about\x22\
\x0aorder = 12\x0atitl\
e = \x22Tres tipos \
de RFA\x22\x0amenu_tit\
le = \x22Est\xc3\xa1ndar,\
 refrigerada y p\
ulsada\x22\x0asubtitle\
 = \x22Quiz\xc3\xa1s oiga\
 las palabras RF\
 refrigerada o R\
F pulsada.\x22\x0aimag\
e = \x22rf-kinds.sv\
g\x22\x0abody = \x22\x22\x22\x0aRF\
 quiere decir ra\
diofrecuencia. H\
ay tres tipos pr\
incipales de tra\
tamiento con RF.\
 En los tres, el\
 m\xc3\xa9dico usa agu\
jas delgadas y r\
ayos X en vivo, \
y los pasos son \
muy parecidos. S\
u m\xc3\xa9dico escoge\
 el tipo que va \
mejor con su dol\
or.\x0a\x0a- RF est\xc3\xa1n\
dar: la punta de\
 la aguja se pon\
e muy caliente p\
or 1 a 3 minutos\
 en cada lugar. \
As\xc3\xad una peque\xc3\xb1\
a parte del nerv\
io deja de funci\
onar. La mayor p\
arte de esta gu\xc3\
\xada habla de la R\
F est\xc3\xa1ndar.\x0a- R\
F refrigerada: c\
orre agua por de\
ntro de la aguja\
 para enfriar la\
 punta. As\xc3\xad el \
calor se extiend\
e a una zona m\xc3\xa1\
s grande, y pued\
e llegar a m\xc3\xa1s \
nervios peque\xc3\xb1o\
s.\x0a- RF pulsada:\
 la corriente ll\
ega en pulsos co\
rtos, y la punta\
 solo se pone ti\
bia. No busca de\
struir el nervio\
. Los expertos n\
o saben bien c\xc3\xb3\
mo funciona, y h\
ay menos estudio\
s buenos sobre e\
lla.\x0a\x0aPregunte a\
 su equipo m\xc3\xa9di\
co qu\xc3\xa9 tipo pie\
nsan usar, y por\
 qu\xc3\xa9.\x0a\x22\x22\x22\x0a\x0a[rev\
iew]\x0asources = [\
\x22Cleveland Clini\
c: Radiofrequenc\
y Ablation (my.c\
levelandclinic.o\
rg/health/treatm\
ents/17411)\x22, \x22C\
linical Gate: Co\
mplications rela\
ted to RF proced\
ures (RF current\
 300-500 kHz; gr\
ounding pad)\x22, \x22\
Specialist Pain \
Solutions (speci\
alistpainsolutio\
ns.co.uk): pulse\
d RF at 42 \xc2\xb0C; \
a driver with or\
 without sedatio\
n\x22, \x22Stelzer et \
al. 2013: cooled\
 RF of the L5 do\
rsal ramus and S\
1-S3 lateral bra\
nches\x22]\x0areviewed\
_by = \x22\x22\x0areviewe\
d_on = \x22\x22\x0areview\
_due = \x22\x22\x0a\
\x00\x00\x09\x9b\
s\
ection = \x22consid\
erations\x22\x0aorder \
= 70\x0atitle = \x22Lo\
 que debe tener \
en cuenta\x22\x0amenu_\
title = \x22Lo que \
debe tener en cu\
enta\x22\x0asubtitle =\
 \x22La RFA no es p\
ara todas las pe\
rsonas.\x22\x0aimage =\
 \x22considerations\
.svg\x22\x0abody = \x22\x22\x22\
\x0aPor lo general,\
 el alivio es te\
mporal. El nervi\
o puede volver a\
 crecer, y el do\
lor puede regres\
ar. Los resultad\
os var\xc3\xadan, y al\
gunas personas s\
ienten poco aliv\
io.\x0a\x0aEfectos sec\
undarios comunes\
:\x0a\x0a- Puede tener\
 dolor, moretone\
s o hinchaz\xc3\xb3n d\
onde entraron la\
s agujas.\x0a- Pued\
e tener m\xc3\xa1s dol\
or o ardor por u\
n tiempo. Esto s\
e llama neuritis\
, que es un nerv\
io irritado. Las\
 medicinas puede\
n ayudar.\x0a- Una \
parte de su piel\
 puede quedar ad\
ormecida.\x0a- Por \
unas horas, la m\
edicina para ado\
rmecer puede dej\
ar una pierna o \
un brazo dormido\
 o d\xc3\xa9bil.\x0a\x0aRies\
gos raros:\x0a\x0a- La\
 pierna o el bra\
zo pueden quedar\
 d\xc3\xa9biles.\x0a- Pue\
de tener una inf\
ecci\xc3\xb3n o un san\
grado.\x0a- Puede t\
ener una reacci\xc3\
\xb3n al\xc3\xa9rgica.\x0a- \
El parche de con\
exi\xc3\xb3n a tierra \
puede causar una\
 peque\xc3\xb1a quemad\
ura en la piel.\x0a\
- Un nervio pued\
e sufrir da\xc3\xb1o.\x0a\
- La medicina pa\
ra relajarse tie\
ne sus propios r\
iesgos. El equip\
o est\xc3\xa1 muy pend\
iente de usted.\x0a\
\x0a! Llame a su eq\
uipo m\xc3\xa9dico ens\
eguida si tiene:\
\x0a- Fiebre.\x0a- Pie\
l roja, hinchada\
 o con pus donde\
 entr\xc3\xb3 una aguj\
a.\x0a- Debilidad o\
 adormecimiento \
en una pierna o \
un brazo que emp\
eora, o que sigu\
e cuando pasa el\
 efecto de la me\
dicina para ador\
mecer.\x0a- Un dolo\
r de cabeza muy \
fuerte.\x0a\x0a! Llame\
 al 911 si:\x0a- No\
 puede controlar\
 la vejiga o los\
 intestinos: se \
le sale la orina\
 o el excremento\
 sin querer.\x0a- N\
o puede mover un\
a pierna o un br\
azo.\x0a\x0aSi no logr\
a comunicarse co\
n su equipo m\xc3\xa9d\
ico, vaya a la s\
ala de emergenci\
as.\x0a\x0aEl tratamie\
nto para el dolo\
r de la cara tie\
ne sus propios e\
fectos, como la \
cara o el ojo ad\
ormecidos. Vea l\
a p\xc3\xa1gina sobre \
la neuralgia del\
 trig\xc3\xa9mino.\x0a\x0aEs\
ta pantalla le d\
a datos generale\
s, no consejos p\
ara su caso. Hab\
le con su equipo\
 m\xc3\xa9dico para sa\
ber si la RFA es\
 buena para uste\
d. Si tiene preg\
untas hoy, pregu\
nte en la recepc\
i\xc3\xb3n.\x0a\x22\x22\x22\x0a\x0a[revi\
ew]\x0asources = [\x22\
Cleveland Clinic\
: Radiofrequency\
 Ablation (my.cl\
evelandclinic.or\
g/health/treatme\
nts/17411)\x22, \x22Sp\
ine-health: Pote\
ntial complicati\
ons of radiofreq\
uency neurotomy\x22\
, \x22BayCare/Krame\
s after-care she\
et for spine inj\
ections: when to\
 call right away\
\x22, \x22Hull Univers\
ity Teaching Hos\
pitals (HEY) NHS\
 leaflet: radiof\
requency denerva\
tion\x22, \x22Clinical\
 Gate: Complicat\
ions related to \
RF procedures (R\
F current 300-50\
0 kHz; grounding\
 pad)\x22]\x0areviewed\
_by = \x22\x22\x0areviewe\
d_on = \x22\x22\x0areview\
_due = \x22\x22\x0a\
\x00\x00\x03\xe4\
s\
ection = \x22consid\
erations\x22\x0aorder \
= 72\x0atitle = \x22Co\
sto y seguro m\xc3\xa9\
dico\x22\x0amenu_title\
 = \x22Costo y segu\
ro m\xc3\xa9dico\x22\x0asubt\
itle = \x22Pregunta\
s para hacer ant\
es de pedir su c\
ita.\x22\x0aimage = \x22c\
ost.svg\x22\x0abody = \
\x22\x22\x22\x0aLo que usted\
 paga depende de\
 su plan de segu\
ro m\xc3\xa9dico y de \
su cl\xc3\xadnica.\x0a\x0a- \
Muchos planes ti\
enen que aprobar\
 la RFA antes de\
 que se la hagan\
. Esto se llama \
autorizaci\xc3\xb3n pr\
evia. Muchas vec\
es su cl\xc3\xadnica l\
a pide por usted\
.\x0a- Algunos plan\
es no pagan la R\
FA de la articul\
aci\xc3\xb3n sacroil\xc3\xad\
aca.\x0a- El bloque\
o de prueba es u\
na cita aparte. \
Puede tener su p\
ropio costo.\x0a\x0aPr\
egunte en la rec\
epci\xc3\xb3n o a su p\
lan cu\xc3\xa1nto le v\
a a costar la RF\
A. Tambi\xc3\xa9n pued\
e usar el formul\
ario de esta pan\
talla para pregu\
ntar.\x0a\x22\x22\x22\x0a\x0a[revi\
ew]\x0asources = [\x22\
HealthPartners c\
overage policy: \
radiofrequency a\
blation (prior a\
uthorization; sa\
croiliac joint R\
FA investigation\
al)\x22, \x22CMS Local\
 Coverage Determ\
inations L38765,\
 L34892, L38841:\
 Facet Joint Int\
erventions for P\
ain Management\x22]\
\x0areviewed_by = \x22\
\x22\x0areviewed_on = \
\x22\x22\x0areview_due = \
\x22\x22\x0a\
\x00\x00\x04Z\
s\
ection = \x22steps\x22\
\x0aorder = 32\x0atitl\
e = \x22Colocar las\
 agujas\x22\x0amenu_ti\
tle = \x22Colocar l\
as agujas\x22\x0asubti\
tle = \x22Unas aguj\
as delgadas entr\
an por la piel d\
ormida.\x22\x0aimage =\
 \x22step-2.svg\x22\x0abo\
dy = \x22\x22\x22\x0aEl m\xc3\xa9d\
ico pone una o m\
\xc3\xa1s agujas delga\
das a trav\xc3\xa9s de\
 su piel dormida\
. Cada aguja lle\
ga cerca de un n\
ervio peque\xc3\xb1o q\
ue lleva el dolo\
r. No se hace ni\
ng\xc3\xban corte. Des\
pu\xc3\xa9s solo neces\
itar\xc3\xa1 una curit\
a.\x0a\x0aPara guiar c\
ada aguja, el m\xc3\
\xa9dico usa fluoro\
scopia. La fluor\
oscopia es un ti\
po de rayos X en\
 vivo. Muestra l\
a aguja en una p\
antalla mientras\
 se mueve. As\xc3\xad \
el m\xc3\xa9dico puede\
 poner cada aguj\
a en el lugar ju\
sto.\x0a\x0aPara el do\
lor de la cara (\
neuralgia del tr\
ig\xc3\xa9mino), una a\
guja entra por l\
a mejilla. Vea l\
a p\xc3\xa1gina sobre \
la neuralgia del\
 trig\xc3\xa9mino.\x0a\x0a- \
Puede sentir pre\
si\xc3\xb3n o un empuj\
\xc3\xb3n leve.\x0a- Trat\
e de no moverse \
mientras el m\xc3\xa9d\
ico trabaja.\x0a- A\
vise al equipo s\
i algo le duele.\
\x0a\x22\x22\x22\x0a\x0a[review]\x0as\
ources = [\x22Cleve\
land Clinic: Rad\
iofrequency Abla\
tion (my.clevela\
ndclinic.org/hea\
lth/treatments/1\
7411)\x22, \x22Trigemi\
nal Neuralgia As\
sociation UK: ra\
dio-frequency le\
sioning (tna.org\
.uk)\x22]\x0areviewed_\
by = \x22\x22\x0areviewed\
_on = \x22\x22\x0areview_\
due = \x22\x22\x0a\
\x00\x00\x05\xe3\
s\
ection = \x22steps\x22\
\x0aorder = 31\x0atitl\
e = \x22Adormecer l\
a piel\x22\x0amenu_tit\
le = \x22Adormecer \
la piel\x22\x0asubtitl\
e = \x22Primero, el\
 m\xc3\xa9dico adormec\
e la zona.\x22\x0aimag\
e = \x22step-1.svg\x22\
\x0abody = \x22\x22\x22\x0aUste\
d se acuesta en \
una camilla, muc\
has veces boca a\
bajo. Una enferm\
era limpia la pi\
el donde van a i\
r las agujas. Le\
 ponen un parche\
 suave que se pe\
ga a la piel, le\
jos de esa zona.\
 Este parche se \
llama parche de \
conexi\xc3\xb3n a tier\
ra. Deja que la \
corriente pase d\
e forma segura.\x0a\
\x0aEl m\xc3\xa9dico le p\
one una inyecci\xc3\
\xb3n de anestesia \
local. Es una me\
dicina que adorm\
ece solo una zon\
a peque\xc3\xb1a. Pued\
e arder unos seg\
undos. Luego la \
piel se queda do\
rmida.\x0a\x0aMuchas c\
l\xc3\xadnicas tambi\xc3\xa9\
n le dan una med\
icina suave para\
 que se relaje. \
Algunas no dan n\
inguna. La dosis\
 es baja a prop\xc3\
\xb3sito. Usted tie\
ne que estar ale\
rta para contest\
ar preguntas dur\
ante la prueba d\
el paso 3.\x0a\x0aPara\
 el dolor de la \
cara (neuralgia \
del trig\xc3\xa9mino),\
 esto es diferen\
te. Muchas veces\
 le dan una medi\
cina para dormir\
 profundamente p\
or un rato corto\
. Vea la p\xc3\xa1gina\
 sobre la neural\
gia del trig\xc3\xa9mi\
no.\x0a\x0a- Puede hac\
er preguntas ant\
es de que el m\xc3\xa9\
dico empiece.\x0a- \
Avise al equipo \
en cualquier mom\
ento si siente d\
olor o est\xc3\xa1 ner\
vioso/a.\x0a\x22\x22\x22\x0a\x0a[r\
eview]\x0asources =\
 [\x22Cleveland Cli\
nic: Radiofreque\
ncy Ablation (my\
.clevelandclinic\
.org/health/trea\
tments/17411)\x22, \
\x22Clinical Gate: \
Complications re\
lated to RF proc\
edures (RF curre\
nt 300-500 kHz; \
grounding pad)\x22,\
 \x22Trigeminal Neu\
ralgia Associati\
on UK: radio-fre\
quency lesioning\
 (tna.org.uk)\x22]\x0a\
reviewed_by = \x22\x22\
\x0areviewed_on = \x22\
\x22\x0areview_due = \x22\
\x22\x0a\
\x00\x00\x07\xcc\
s\
ection = \x22benefi\
ts\x22\x0aorder = 62\x0at\
itle = \x22\xc2\xbfQu\xc3\xa9 t\
an bien funciona\
 la RFA?\x22\x0amenu_t\
itle = \x22\xc2\xbfQu\xc3\xa9 t\
an bien funciona\
?\x22\x0asubtitle = \x22U\
na mirada honest\
a a lo que dicen\
 los estudios.\x22\x0a\
image = \x22results\
.svg\x22\x0abody = \x22\x22\x22\
\x0aLa RFA no funci\
ona para todas l\
as personas. Los\
 m\xc3\xa9dicos tratan\
 de escoger a la\
s personas con m\
\xc3\xa1s posibilidade\
s de recibir ayu\
da. Por eso prim\
ero se hace un b\
loqueo de prueba\
.\x0a\x0aEn personas e\
scogidas con cui\
dado, m\xc3\xa1s o men\
os la mitad sien\
te que su dolor \
baja mucho. Algu\
nas sienten un p\
oco de alivio, y\
 algunas no sien\
ten ninguno.\x0a\x0aPa\
ra el dolor de l\
a cara (neuralgi\
a del trig\xc3\xa9mino\
), los resultado\
s son diferentes\
: el alivio por \
lo general llega\
 enseguida. Vea \
la p\xc3\xa1gina sobre\
 la neuralgia de\
l trig\xc3\xa9mino.\x0a\x0aL\
os expertos no e\
st\xc3\xa1n de acuerdo\
 sobre qu\xc3\xa9 tan \
bien funciona la\
 RFA. Un estudio\
 grande, llamado\
 MINT, incluy\xc3\xb3 \
a 681 personas c\
on dolor en la p\
arte baja de la \
espalda. Algunas\
 hicieron solo u\
n programa de ej\
ercicios. Otras \
hicieron los mis\
mos ejercicios y\
 adem\xc3\xa1s recibie\
ron la RFA. A lo\
s 3 meses, agreg\
ar la RFA dio po\
ca ayuda extra. \
Muchos expertos \
en dolor dicen q\
ue el estudio es\
cogi\xc3\xb3 mal a los\
 pacientes y no \
hizo bien la RFA\
. Otros expertos\
 dicen que sus r\
esultados son v\xc3\
\xa1lidos.\x0a\x0aSi la R\
FA no le ayuda, \
hay otras opcion\
es:\x0a\x0a- Ejercicio\
 y terapia f\xc3\xadsi\
ca.\x0a- Medicinas.\
\x0a- Otros tipos d\
e inyecciones.\x0a-\
 Para algunas pe\
rsonas, un estim\
ulador de la m\xc3\xa9\
dula espinal. Es\
 un aparato pequ\
e\xc3\xb1o que manda s\
e\xc3\xb1ales suaves p\
ara calmar el do\
lor.\x0a\x0aSu equipo \
m\xc3\xa9dico le puede\
 decir qu\xc3\xa9 quie\
ren decir estos \
estudios para us\
ted.\x0a\x22\x22\x22\x0a\x0a[revie\
w]\x0asources = [\x22J\
uch et al. The M\
INT randomized c\
linical trials. \
JAMA 2017;318(1)\
:68-81 (doi 10.1\
001/jama.2017.79\
18)\x22, \x22Multisoci\
ety Pain Workgro\
up statement on \
the MINT trials,\
 21 November 201\
7\x22, \x22Lanier and \
Neal. Reg Anesth\
 Pain Med 2020;4\
5:79\x22, \x22Streitbe\
rger et al. Eur \
Spine J 2011;20:\
2160 (median rel\
ief 17 weeks)\x22, \
\x22Medicine Today \
2023: Trigeminal\
 neuralgia, mana\
gement in primar\
y care\x22]\x0areviewe\
d_by = \x22\x22\x0areview\
ed_on = \x22\x22\x0arevie\
w_due = \x22\x22\x0a\
\x00\x00\x06\x89\
s\
ection = \x22steps\x22\
\x0aorder = 33\x0atitl\
e = \x22Probar el l\
ugar\x22\x0amenu_title\
 = \x22Probar el lu\
gar\x22\x0asubtitle = \
\x22El m\xc3\xa9dico revi\
sa cada aguja an\
tes de usar calo\
r.\x22\x0aimage = \x22ste\
p-3.svg\x22\x0abody = \
\x22\x22\x22\x0aUna corrient\
e el\xc3\xa9ctrica sua\
ve pasa por la p\
unta de cada agu\
ja. Es solo una \
prueba, y todav\xc3\
\xada no se usa cal\
or. Ayuda al m\xc3\xa9\
dico a revisar q\
ue cada aguja es\
t\xc3\xa9 en un lugar \
seguro y \xc3\xbatil. \
Por eso usted ti\
ene que estar de\
spierto/a.\x0a\x0aLa p\
rueba motora rev\
isa el movimient\
o. Se asegura de\
 que la aguja es\
t\xc3\xa9 lejos de los\
 nervios que mue\
ven la pierna. S\
i el tratamiento\
 es en el cuello\
, revisa los ner\
vios que mueven \
el brazo. Un m\xc3\xba\
sculo de la espa\
lda o del cuello\
 puede moverse s\
olo un poco. Est\
o es normal.\x0a\x0aMu\
chos m\xc3\xa9dicos ta\
mbi\xc3\xa9n hacen una\
 prueba sensoria\
l. Sensorial qui\
ere decir lo que\
 usted siente. P\
uede sentir un h\
ormigueo, o pued\
e sentir su dolo\
r de siempre. D\xc3\
\xadgale al m\xc3\xa9dico\
 qu\xc3\xa9 siente y d\
\xc3\xb3nde. Esto ayud\
a a mostrar que \
la aguja est\xc3\xa1 c\
erca del nervio \
correcto.\x0a\x0aPara \
el dolor de la c\
ara (neuralgia d\
el trig\xc3\xa9mino), \
usted se despier\
ta para la prueb\
a. Dice d\xc3\xb3nde s\
iente hormigueo \
en la cara. Vea \
la p\xc3\xa1gina sobre\
 la neuralgia de\
l trig\xc3\xa9mino.\x0a\x0a-\
 No hay respuest\
a correcta o inc\
orrecta.\x0a- Solo \
diga lo que sien\
te.\x0a\x22\x22\x22\x0a\x0a[review\
]\x0asources = [\x22Cl\
eveland Clinic: \
Radiofrequency A\
blation (my.clev\
elandclinic.org/\
health/treatment\
s/17411)\x22, \x22Cohe\
n et al. Consens\
us practice guid\
elines on interv\
entions for face\
t joint pain. Re\
g Anesth Pain Me\
d 2020;45:424-67\
 (doi 10.1136/ra\
pm-2019-101243)\x22\
, \x22Spine-health:\
 Potential compl\
ications of radi\
ofrequency neuro\
tomy\x22, \x22Trigemin\
al Neuralgia Ass\
ociation UK: rad\
io-frequency les\
ioning (tna.org.\
uk)\x22]\x0areviewed_b\
y = \x22\x22\x0areviewed_\
on = \x22\x22\x0areview_d\
ue = \x22\x22\x0a\
\x00\x00\x09\xc9\
s\
ection = \x22before\
\x22\x0aorder = 20\x0atit\
le = \x22Antes de s\
u RFA\x22\x0amenu_titl\
e = \x22Antes: prim\
ero una prueba\x22\x0a\
subtitle = \x22Prim\
ero se hace una \
prueba, para ver\
 si la RFA le pu\
ede ayudar.\x22\x0aima\
ge = \x22before.svg\
\x22\x0abody = \x22\x22\x22\x0aPar\
a el dolor de es\
palda, de cuello\
, de pelvis o de\
 la parte de atr\
\xc3\xa1s de la cabeza\
, la mayor\xc3\xada de\
 las personas re\
ciben primero un\
a o dos inyeccio\
nes de prueba, l\
lamadas bloqueos\
 nerviosos. Un b\
loqueo nervioso \
pone medicina pa\
ra adormecer cer\
ca de los nervio\
s que pueden cau\
sar su dolor.\x0a\x0aL\
a prueba es c\xc3\xb3m\
o se siente su d\
olor en las hora\
s despu\xc3\xa9s del b\
loqueo. Es posib\
le que le pidan \
anotar su dolor \
en una hoja. Ust\
ed es quien pued\
e decir si le ay\
ud\xc3\xb3. Solo le of\
recen la RFA si \
su dolor baja a \
la mitad o m\xc3\xa1s \
mientras la medi\
cina para adorme\
cer hace efecto.\
 Algunas cl\xc3\xadnic\
as piden m\xc3\xa1s.\x0a\x0a\
Para el dolor de\
 la cara (neural\
gia del trig\xc3\xa9mi\
no), por lo gene\
ral no se hace u\
n bloqueo de pru\
eba. Vea la p\xc3\xa1g\
ina sobre la neu\
ralgia del trig\xc3\
\xa9mino.\x0a\x0aAntes de\
 su RFA, avise a\
 su equipo m\xc3\xa9di\
co si algo de es\
to le pasa a ust\
ed:\x0a\x0a- Toma un a\
nticoagulante o \
antiplaquetario \
(medicina para q\
ue la sangre no \
forme co\xc3\xa1gulos)\
, como warfarina\
, apixab\xc3\xa1n, clo\
pidogrel o aspir\
ina. No lo deje \
de tomar por su \
cuenta. Su equip\
o m\xc3\xa9dico y el m\
\xc3\xa9dico que se lo\
 recet\xc3\xb3 le dir\xc3\
\xa1n qu\xc3\xa9 hacer.\x0a-\
 Tiene un aparat\
o dentro del cue\
rpo, como un mar\
capasos, un desf\
ibrilador del co\
raz\xc3\xb3n, un estim\
ulador de la m\xc3\xa9\
dula espinal, un\
 estimulador cer\
ebral o una bomb\
a para el dolor.\
\x0a- Tiene una inf\
ecci\xc3\xb3n, o se si\
ente mal.\x0a- Est\xc3\
\xa1 embarazada, o \
podr\xc3\xada estarlo.\
\x0a- Tiene alguna \
alergia, por eje\
mplo a la medici\
na para adormece\
r, al medio de c\
ontraste, al yod\
o o al l\xc3\xa1tex. E\
l medio de contr\
aste ayuda a que\
 las cosas se ve\
an en los rayos \
X.\x0a- Sangra con \
facilidad, o tie\
ne un problema d\
e sangrado.\x0a- Ti\
ene diabetes.\x0a\x22\x22\
\x22\x0a\x0a[review]\x0asour\
ces = [\x22Clevelan\
d Clinic: Radiof\
requency Ablatio\
n (my.clevelandc\
linic.org/health\
/treatments/1741\
1)\x22, \x22ASRA Pain \
Medicine News 20\
24: diagnostic n\
erve blocks (doi\
 10.52211/asra05\
0124.004)\x22, \x22Coh\
en et al. Consen\
sus practice gui\
delines on inter\
ventions for fac\
et joint pain. R\
eg Anesth Pain M\
ed 2020;45:424-6\
7 (doi 10.1136/r\
apm-2019-101243)\
\x22, \x22Sowder et al\
. ASPN guideline\
s for RF procedu\
res in patients \
with implanted d\
evices. J Pain R\
es 2023;16:3693-\
3706\x22, \x22SIS Fact\
Finder: anticoag\
ulants and antip\
latelets. Interv\
entional Pain Me\
dicine 2022;1:10\
0090\x22, \x22Narouze \
et al. ASRA/ESRA\
/AAPM guidelines\
 on anticoagulan\
ts. Reg Anesth P\
ain Med 2015;40:\
182\x22]\x0areviewed_b\
y = \x22\x22\x0areviewed_\
on = \x22\x22\x0areview_d\
ue = \x22\x22\x0a\
\x00\x00\x0c\xc9\
s\
ection = \x22condit\
ions\x22\x0aorder = 53\
\x0atitle = \x22Neural\
gia del trig\xc3\xa9mi\
no\x22\x0amenu_title =\
 \x22Neuralgia del \
trig\xc3\xa9mino (cara\
)\x22\x0asubtitle = \x22D\
olor repentino y\
 punzante en la \
cara.\x22\x0aimage = \x22\
condition-trigem\
inal.svg\x22\x0abody =\
 \x22\x22\x22\x0aLa neuralgi\
a del trig\xc3\xa9mino\
 es un dolor de \
nervio en la car\
a. Puede sentirs\
e como una desca\
rga el\xc3\xa9ctrica r\
epentina. El ner\
vio trig\xc3\xa9mino l\
leva lo que uste\
d siente en la c\
ara hasta el cer\
ebro.\x0a\x0aPor lo ge\
neral, primero s\
e prueban medici\
nas, como la car\
bamazepina o la \
oxcarbazepina. S\
i no ayudan lo s\
uficiente, hay o\
tras opciones. U\
na es una operac\
i\xc3\xb3n para separa\
r un vaso sangu\xc3\
\xadneo del nervio.\
 Otra es un tipo\
 de radiaci\xc3\xb3n d\
irigida a un pun\
to, llamada radi\
ocirug\xc3\xada. Otras\
 tratan el nervi\
o con una aguja.\
\x0a\x0aLa RFA para el\
 dolor de la car\
a es un procedim\
iento diferente \
de la RFA para l\
a espalda. Aqu\xc3\xad\
 muchas veces se\
 llama rizotom\xc3\xad\
a. Algunos datos\
 de las otras p\xc3\
\xa1ginas de esta g\
u\xc3\xada son diferen\
tes aqu\xc3\xad:\x0a\x0a- Po\
r lo general, no\
 se hace primero\
 un bloqueo de p\
rueba.\x0a- Muchas \
veces le dan med\
icina para dormi\
r profundamente \
por un rato cort\
o. Luego usted s\
e despierta para\
 una prueba, par\
a decir d\xc3\xb3nde s\
iente hormigueo.\
 Despu\xc3\xa9s vuelve\
 a dormir mientr\
as se usa el cal\
or.\x0a- El m\xc3\xa9dico\
 gu\xc3\xada una aguja\
 a trav\xc3\xa9s de la\
 mejilla. La agu\
ja pasa por un a\
gujero peque\xc3\xb1o \
y natural en la \
base del cr\xc3\xa1neo\
, hasta llegar a\
l nervio.\x0a- Por \
lo general, el a\
livio llega ense\
guida, y muchas \
veces dura a\xc3\xb1os\
. M\xc3\xa1s de la mit\
ad de las person\
as siguen sin do\
lor 5 a\xc3\xb1os desp\
u\xc3\xa9s de un solo \
tratamiento.\x0a- S\
i el dolor vuelv\
e, se puede repe\
tir el tratamien\
to.\x0a\x0aHay otras f\
ormas de tratar \
este nervio con \
una aguja. Una u\
sa un l\xc3\xadquido l\
lamado glicerol.\
 Otra usa un glo\
bo muy peque\xc3\xb1o \
para apretar el \
nervio. Esto se \
llama compresi\xc3\xb3\
n con bal\xc3\xb3n.\x0a\x0aE\
fectos despu\xc3\xa9s \
del tratamiento:\
\x0a\x0a- Lo m\xc3\xa1s prob\
able es que una \
parte de su cara\
 quede adormecid\
a. Esto es de es\
perar.\x0a- A veces\
 la superficie d\
el ojo queda ado\
rmecida. Esto le\
 pasa a unas 6 d\
e cada 100 perso\
nas. Un ojo ador\
mecido se puede \
lastimar sin que\
 usted lo sienta\
.\x0a- Los m\xc3\xbasculo\
s que usa para m\
asticar pueden s\
entirse d\xc3\xa9biles\
 por un tiempo.\x0a\
- Rara vez, la p\
arte adormecida \
de la cara empie\
za a doler. Esto\
 se llama aneste\
sia dolorosa. Le\
 pasa a 1 o 2 de\
 cada 100 person\
as, m\xc3\xa1s o menos\
, y puede ser di\
f\xc3\xadcil de tratar\
.\x0a\x0a! Si siente e\
l ojo adormecido\
, o su equipo m\xc3\
\xa9dico le dice qu\
e lo est\xc3\xa1:\x0a- No\
 se lo frote.\x0a- \
Prot\xc3\xa9jalo del p\
olvo y del vient\
o, por ejemplo c\
on anteojos.\x0a- U\
se gotas para lo\
s ojos si su equ\
ipo m\xc3\xa9dico se l\
o indica.\x0a\x0a! Lla\
me a su equipo m\
\xc3\xa9dico de inmedi\
ato si:\x0a- Su ojo\
 est\xc3\xa1 rojo o le\
 duele.\x0a- Le sal\
en muchas l\xc3\xa1gri\
mas del ojo.\x0a- V\
e borroso.\x0a\x0aSi n\
o logra comunica\
rse con su equip\
o m\xc3\xa9dico, vaya \
a la sala de eme\
rgencias.\x0a\x0aSu eq\
uipo m\xc3\xa9dico le \
puede decir qu\xc3\xa9\
 opci\xc3\xb3n podr\xc3\xada\
 ser buena para \
usted.\x0a\x22\x22\x22\x0a\x0a[rev\
iew]\x0asources = [\
\x22Trigeminal Neur\
algia Associatio\
n UK: radio-freq\
uency lesioning \
(tna.org.uk)\x22, \x22\
Kanpolat et al. \
Percutaneous con\
trolled radiofre\
quency trigemina\
l rhizotomy, 25 \
years. Neurosurg\
ery 2001;48:524-\
32\x22, \x22Malone, ES\
OPRS 2021: corne\
al numbness and \
keratitis after \
trigeminal RF (k\
eratitis under 1\
 to 2 %)\x22, \x22Medi\
cine Today 2023:\
 Trigeminal neur\
algia, managemen\
t in primary car\
e\x22, \x22NICE interv\
entional procedu\
res guidance IPG\
715\x22]\x0areviewed_b\
y = \x22\x22\x0areviewed_\
on = \x22\x22\x0areview_d\
ue = \x22\x22\x0a\
\x00\x00\x08a\
s\
ection = \x22before\
\x22\x0aorder = 22\x0atit\
le = \x22C\xc3\xb3mo prep\
ararse para el d\
\xc3\xada de su RFA\x22\x0am\
enu_title = \x22C\xc3\xb3\
mo prepararse pa\
ra el d\xc3\xada\x22\x0asubt\
itle = \x22Comida, \
medicinas, ropa \
y c\xc3\xb3mo volver a\
 casa.\x22\x0aimage = \
\x22before-day.svg\x22\
\x0abody = \x22\x22\x22\x0aSu c\
l\xc3\xadnica le dar\xc3\xa1\
 sus propias reg\
las para el d\xc3\xada\
 de su RFA. S\xc3\xadg\
alas. Si tiene d\
udas sobre algo,\
 llame a la cl\xc3\xad\
nica y pregunte.\
\x0a\x0a- Comida y beb\
ida: las reglas \
cambian de una c\
l\xc3\xadnica a otra. \
Algunas le piden\
 no comer por un\
as horas antes. \
Pregunte qu\xc3\xa9 pi\
de su cl\xc3\xadnica. \
Si le van a dar \
medicina para do\
rmir profundamen\
te, como pasa a \
menudo con el do\
lor de la cara, \
siga las reglas \
de comida al pie\
 de la letra.\x0a- \
Medicinas: la ma\
yor\xc3\xada de las pe\
rsonas toman sus\
 medicinas de si\
empre. Anticoagu\
lantes o antipla\
quetarios (para \
que la sangre no\
 forme co\xc3\xa1gulos\
): no los deje d\
e tomar por su c\
uenta. Pregunte \
a su equipo m\xc3\xa9d\
ico qu\xc3\xa9 hacer e\
n cuanto le den \
la cita.\x0a- Diabe\
tes: pregunte c\xc3\
\xb3mo usar su medi\
cina para la dia\
betes o su insul\
ina el d\xc3\xada de s\
u RFA.\x0a- Ropa: u\
se ropa suelta y\
 c\xc3\xb3moda. Deje s\
us joyas en casa\
.\x0a- C\xc3\xb3mo volver\
 a casa: necesit\
a que un adulto \
lo/la lleve a su\
 casa en carro. \
No maneje durant\
e 24 horas.\x0a\x0aMuc\
has cl\xc3\xadnicas le\
 dan una medicin\
a para que se re\
laje. Entra por \
el suero, una v\xc3\
\xada IV: un tubo d\
elgado en una ve\
na del brazo. Al\
gunas cl\xc3\xadnicas \
no dan ninguna. \
En los dos casos\
, necesita que a\
lguien lo/la lle\
ve a su casa.\x0a\x0aE\
l tratamiento en\
 s\xc3\xad muchas vece\
s dura de 30 a 6\
0 minutos. Puede\
 tardar m\xc3\xa1s si \
tratan m\xc3\xa1s luga\
res. Con la lleg\
ada y el descans\
o despu\xc3\xa9s, cuen\
te con estar una\
s horas en la cl\
\xc3\xadnica.\x0a\x0aSi quie\
re un int\xc3\xa9rpret\
e, pida uno en l\
a recepci\xc3\xb3n.\x0a\x22\x22\
\x22\x0a\x0a[review]\x0asour\
ces = [\x22UK hospi\
tal leaflet: Rad\
io Frequency Den\
ervation (RF Tre\
atment) (food, d\
rink, usual medi\
cines, diabetes,\
 how long it tak\
es)\x22, \x22Specialis\
t Pain Solutions\
 (specialistpain\
solutions.co.uk)\
: a driver with \
or without sedat\
ion; 30 to 60 mi\
nutes\x22, \x22Hull Un\
iversity Teachin\
g Hospitals (HEY\
) NHS leaflet: r\
adiofrequency de\
nervation (conta\
ct the service i\
f diabetic)\x22, \x22S\
IS FactFinder: a\
nticoagulants an\
d antiplatelets.\
 Interventional \
Pain Medicine 20\
22;1:100090\x22]\x0are\
viewed_by = \x22\x22\x0ar\
eviewed_on = \x22\x22\x0a\
review_due = \x22\x22\x0a\
\
\x00\x00\x06\xba\
s\
ection = \x22condit\
ions\x22\x0aorder = 54\
\x0atitle = \x22Neural\
gia occipital\x22\x0am\
enu_title = \x22Neu\
ralgia occipital\
 (cabeza)\x22\x0asubti\
tle = \x22Dolor en \
la parte de atr\xc3\
\xa1s de la cabeza.\
\x22\x0aimage = \x22condi\
tion-occipital.s\
vg\x22\x0abody = \x22\x22\x22\x0aL\
a neuralgia occi\
pital es un dolo\
r de nervio en l\
a parte de atr\xc3\xa1\
s de la cabeza. \
Puede sentirse c\
omo una punzada,\
 como un latigaz\
o, o como una de\
scarga el\xc3\xa9ctric\
a. Los nervios o\
ccipitales van d\
esde arriba del \
cuello y suben p\
or la parte de a\
tr\xc3\xa1s de la cabe\
za.\x0a\x0aPor lo gene\
ral, primero le \
hacen un bloqueo\
 de prueba en es\
tos nervios. Si \
ayuda, se puede \
usar la RFA en e\
llos. Despu\xc3\xa9s d\
e la RFA est\xc3\xa1nd\
ar, lo m\xc3\xa1s prob\
able es que la p\
iel de la parte \
de atr\xc3\xa1s de la \
cabeza quede ado\
rmecida. Esto es\
 de esperar.\x0a\x0aUn\
 estudio peque\xc3\xb1\
o incluy\xc3\xb3 a 46 \
personas. En pro\
medio, su alivio\
 dur\xc3\xb3 unos 6 me\
ses y medio. Per\
o cambi\xc3\xb3 mucho \
de una persona a\
 otra. Un estudi\
o peque\xc3\xb1o como \
este no puede de\
cir qu\xc3\xa9 le va a\
 pasar a usted.\x0a\
\x0aAlgunos m\xc3\xa9dico\
s usan un tipo m\
\xc3\xa1s suave, llama\
do RF pulsada (r\
adiofrecuencia p\
ulsada). Manda p\
ulsos cortos de \
corriente. No bu\
sca destruir el \
nervio. Los expe\
rtos no saben bi\
en c\xc3\xb3mo funcion\
a.\x0a\x0aLos estudios\
 sobre la RF pul\
sada para este d\
olor son d\xc3\xa9bile\
s. Por eso no sa\
bemos con certez\
a qu\xc3\xa9 tan bien \
funciona.\x0a\x22\x22\x22\x0a\x0a[\
review]\x0asources \
= [\x22Cleveland Cl\
inic: Radiofrequ\
ency Ablation (m\
y.clevelandclini\
c.org/health/tre\
atments/17411)\x22,\
 \x22Hoffman et al.\
 Radiofrequency \
ablation for occ\
ipital neuralgia\
. Ochsner J 2018\
;18:209-14 (doi \
10.31486/toj.17.\
0104)\x22, \x22Batista\
ki et al. 2021: \
pulsed RF of the\
 occipital nerve\
s after a positi\
ve diagnostic bl\
ock\x22, \x22Clinical \
Gate: Complicati\
ons related to R\
F procedures (RF\
 current 300-500\
 kHz; grounding \
pad)\x22]\x0areviewed_\
by = \x22\x22\x0areviewed\
_on = \x22\x22\x0areview_\
due = \x22\x22\x0a\
\x00\x00\x07\xdc\
s\
ection = \x22after\x22\
\x0aorder = 40\x0atitl\
e = \x22Despu\xc3\xa9s de\
 su RFA\x22\x0amenu_ti\
tle = \x22Despu\xc3\xa9s \
del procedimient\
o\x22\x0asubtitle = \x22Q\
u\xc3\xa9 esperar, y c\
u\xc3\xa1ndo pedir ayu\
da.\x22\x0aimage = \x22af\
ter.svg\x22\x0abody = \
\x22\x22\x22\x0aDurante las \
primeras 24 hora\
s:\x0a\x0a- No maneje.\
\x0a- No haga activ\
idades fuertes, \
como levantar co\
sas pesadas o ha\
cer ejercicio fu\
erte.\x0a- Hasta qu\
e pase el efecto\
 de la medicina \
para adormecer, \
pida ayuda para \
caminar.\x0a\x0a! Llam\
e a su equipo m\xc3\
\xa9dico enseguida \
si tiene:\x0a- Fieb\
re.\x0a- Piel roja,\
 hinchada o con \
pus donde entr\xc3\xb3\
 una aguja.\x0a- De\
bilidad o adorme\
cimiento en una \
pierna o un braz\
o que empeora, o\
 que sigue cuand\
o pasa el efecto\
 de la medicina \
para adormecer.\x0a\
- Un dolor de ca\
beza muy fuerte.\
\x0a\x0a! Llame al 911\
 si:\x0a- No puede \
controlar la vej\
iga o los intest\
inos: se le sale\
 la orina o el e\
xcremento sin qu\
erer.\x0a- No puede\
 mover una piern\
a o un brazo.\x0a\x0aS\
i no logra comun\
icarse con su eq\
uipo m\xc3\xa9dico, va\
ya a la sala de \
emergencias.\x0a\x0aLo\
s lugares donde \
entraron las agu\
jas pueden doler\
 unos d\xc3\xadas. Alg\
unas personas si\
enten ardor, com\
o una quemadura \
de sol. Por lo g\
eneral dura de 1\
 a 2 semanas, y \
luego se quita. \
En unas pocas pe\
rsonas, dura var\
ias semanas. Est\
o pasa m\xc3\xa1s desp\
u\xc3\xa9s de la RFA e\
n el cuello. Avi\
se a su equipo m\
\xc3\xa9dico, porque l\
as medicinas pue\
den ayudar.\x0a\x0aEl \
alivio del dolor\
 no siempre empi\
eza enseguida. P\
ara el dolor de \
espalda, de cuel\
lo o de cabeza, \
por lo general e\
mpieza entre 1 y\
 3 semanas despu\
\xc3\xa9s.\x0a\x0aPara el do\
lor de la cara (\
neuralgia del tr\
ig\xc3\xa9mino), el al\
ivio por lo gene\
ral llega ensegu\
ida. Vea la p\xc3\xa1g\
ina sobre la neu\
ralgia del trig\xc3\
\xa9mino para saber\
 c\xc3\xb3mo cuidar su\
 ojo.\x0a\x22\x22\x22\x0a\x0a[revi\
ew]\x0asources = [\x22\
Cleveland Clinic\
: Radiofrequency\
 Ablation (my.cl\
evelandclinic.or\
g/health/treatme\
nts/17411)\x22, \x22Ba\
yCare/Krames aft\
er-care sheet fo\
r spine injectio\
ns: when to call\
 right away\x22, \x22S\
pine-health: Pot\
ential complicat\
ions of radiofre\
quency neurotomy\
\x22, \x22Kanpolat et \
al. Percutaneous\
 controlled radi\
ofrequency trige\
minal rhizotomy,\
 25 years. Neuro\
surgery 2001;48:\
524-32\x22]\x0areviewe\
d_by = \x22\x22\x0areview\
ed_on = \x22\x22\x0arevie\
w_due = \x22\x22\x0a\
\x00\x00\x06X\
s\
ection = \x22after\x22\
\x0aorder = 42\x0atitl\
e = \x22De vuelta a\
 la vida diaria\x22\
\x0amenu_title = \x22D\
e vuelta a la vi\
da diaria\x22\x0asubti\
tle = \x22El trabaj\
o, el ejercicio,\
 la cita de segu\
imiento y repeti\
r la RFA.\x22\x0aimage\
 = \x22after-life.s\
vg\x22\x0abody = \x22\x22\x22\x0aL\
a mayor\xc3\xada de la\
s personas vuelv\
en a sus activid\
ades normales o \
al trabajo en 1 \
a 2 d\xc3\xadas. Pregu\
nte a su equipo \
m\xc3\xa9dico antes de\
 hacer trabajo p\
esado o de levan\
tar cosas pesada\
s.\x0a\x0aTener menos \
dolor puede ser \
una oportunidad \
para ponerse m\xc3\xa1\
s fuerte. Un pla\
n de ejercicio o\
 la terapia f\xc3\xads\
ica pueden ayuda\
rle a aprovechar\
 mejor la RFA. E\
mpiece despacio,\
 y haga lo que s\
u equipo m\xc3\xa9dico\
 le aconseje.\x0a\x0aT\
endr\xc3\xa1 una cita \
de seguimiento p\
ara ver c\xc3\xb3mo si\
gue. Es posible \
que su equipo m\xc3\
\xa9dico le pida ll\
evar un diario d\
el dolor. Es una\
 nota corta que \
escribe cada d\xc3\xad\
a sobre c\xc3\xb3mo se\
 siente su dolor\
.\x0a\x0aSi el dolor v\
uelve, muchas ve\
ces se puede hac\
er la RFA otra v\
ez. Por lo gener\
al, no necesita \
un nuevo bloqueo\
 de prueba antes\
 de una segunda \
RFA, pero su seg\
uro puede tener \
sus propias regl\
as. Usted y su e\
quipo m\xc3\xa9dico de\
ciden juntos cu\xc3\
\xa1ndo tiene senti\
do.\x0a\x22\x22\x22\x0a\x0a[review\
]\x0asources = [\x22Cl\
eveland Clinic: \
Radiofrequency A\
blation (my.clev\
elandclinic.org/\
health/treatment\
s/17411)\x22, \x22John\
s Hopkins Medici\
ne: Rhizotomy (b\
ack to work with\
in 1 to 2 days)\x22\
, \x22Cleveland Cli\
nic Health Essen\
tials: Need pain\
 relief? Conside\
r RFA (a compreh\
ensive approach \
with exercise)\x22,\
 \x22Cohen et al. C\
onsensus practic\
e guidelines on \
interventions fo\
r facet joint pa\
in. Reg Anesth P\
ain Med 2020;45:\
424-67 (doi 10.1\
136/rapm-2019-10\
1243), Table 11:\
 no repeat block\
 before repeat R\
FA\x22]\x0areviewed_by\
 = \x22\x22\x0areviewed_o\
n = \x22\x22\x0areview_du\
e = \x22\x22\x0a\
\x00\x00\x05\xc2\
s\
ection = \x22benefi\
ts\x22\x0aorder = 60\x0at\
itle = \x22Posibles\
 beneficios\x22\x0amen\
u_title = \x22Posib\
les beneficios\x22\x0a\
subtitle = \x22Lo q\
ue la RFA puede \
hacer por usted,\
 y lo que no.\x22\x0ai\
mage = \x22benefits\
.svg\x22\x0abody = \x22\x22\x22\
\x0aLa RFA puede ca\
lmar su dolor. P\
ara algunas pers\
onas, menos dolo\
r quiere decir q\
ue pueden movers\
e m\xc3\xa1s y hacer m\
\xc3\xa1s de lo que le\
s gusta.\x0a\x0a- Cuan\
do la RFA funcio\
na, el alivio pu\
ede durar desde \
unos meses hasta\
 m\xc3\xa1s o menos un\
 a\xc3\xb1o.\x0a- En algu\
nas personas, du\
ra m\xc3\xa1s tiempo.\x0a\
- Si el dolor vu\
elve, muchas vec\
es se puede hace\
r la RFA otra ve\
z.\x0a- Se hace con\
 agujas delgadas\
, no con una cir\
ug\xc3\xada.\x0a- La mayo\
r\xc3\xada de las pers\
onas se van a su\
 casa el mismo d\
\xc3\xada.\x0a\x0aLos result\
ados var\xc3\xadan. Al\
gunas personas s\
ienten poco o ni\
ng\xc3\xban alivio. La\
 siguiente p\xc3\xa1gi\
na le dice m\xc3\xa1s \
sobre qu\xc3\xa9 tan b\
ien funciona la \
RFA.\x0a\x0aPara el do\
lor de la cara (\
neuralgia del tr\
ig\xc3\xa9mino), el al\
ivio muchas vece\
s dura a\xc3\xb1os. Ve\
a la p\xc3\xa1gina sob\
re la neuralgia \
del trig\xc3\xa9mino.\x0a\
\x0aSu equipo m\xc3\xa9di\
co le puede ayud\
ar a pensar en l\
o que la RFA pue\
de hacer por ust\
ed.\x0a\x22\x22\x22\x0a\x0a[review\
]\x0asources = [\x22Cl\
eveland Clinic: \
Radiofrequency A\
blation (my.clev\
elandclinic.org/\
health/treatment\
s/17411)\x22, \x22McCo\
rmick et al. Int\
 J Anesthetic An\
esthesiol 2015;2\
:028 (6 to 12 mo\
nths, possibly u\
p to 2 years)\x22, \
\x22Streitberger et\
 al. Eur Spine J\
 2011;20:2160 (m\
edian relief 17 \
weeks)\x22, \x22Kanpol\
at et al. Percut\
aneous controlle\
d radiofrequency\
 trigeminal rhiz\
otomy, 25 years.\
 Neurosurgery 20\
01;48:524-32\x22]\x0ar\
eviewed_by = \x22\x22\x0a\
reviewed_on = \x22\x22\
\x0areview_due = \x22\x22\
\x0a\
\x00\x00\x08\xca\
s\
ection = \x22about\x22\
\x0aorder = 10\x0atitl\
e = \x22\xc2\xbfQu\xc3\xa9 es l\
a RFA?\x22\x0amenu_tit\
le = \x22\xc2\xbfQu\xc3\xa9 es \
la RFA (rizotom\xc3\
\xada)?\x22\x0asubtitle =\
 \x22Una forma de c\
almar el dolor c\
on calor en un n\
ervio peque\xc3\xb1o.\x22\
\x0aimage = \x22about.\
svg\x22\x0abody = \x22\x22\x22\x0a\
Esta gu\xc3\xada habla\
 de la ablaci\xc3\xb3n\
 por radiofrecue\
ncia (RFA). Tamb\
i\xc3\xa9n se llama ri\
zotom\xc3\xada o neuro\
tom\xc3\xada. De aqu\xc3\xad\
 en adelante, la\
 llamamos RFA.\x0a\x0a\
Algunos dolores \
vienen de una ar\
ticulaci\xc3\xb3n. Una\
 articulaci\xc3\xb3n e\
s un lugar donde\
 se unen dos hue\
sos, como las ar\
ticulaciones peq\
ue\xc3\xb1as de la col\
umna. Otros dolo\
res vienen de un\
 nervio, como en\
 la cara o en la\
 parte de atr\xc3\xa1s\
 de la cabeza. U\
nos nervios pequ\
e\xc3\xb1os llevan ese\
 dolor hasta el \
cerebro. Ablaci\xc3\
\xb3n quiere decir \
usar calor para \
que una peque\xc3\xb1a\
 parte de uno de\
 esos nervios de\
je de funcionar.\
 Con esa parte d\
el nervio apagad\
a, puede pasar m\
enos dolor.\x0a\x0aEn \
la RFA, el m\xc3\xa9di\
co pone una aguj\
a delgada junto \
al nervio. Una c\
orriente el\xc3\xa9ctr\
ica suave llega \
a la punta de la\
 aguja y la cali\
enta. Radiofrecu\
encia es el nomb\
re de este tipo \
de corriente. No\
 son ondas de ra\
dio.\x0a\x0a- El nervi\
o no se saca del\
 cuerpo.\x0a- El ca\
lor s\xc3\xad destruye\
 una peque\xc3\xb1a zo\
na del nervio.\x0a-\
 El nervio puede\
 volver a crecer\
 con el tiempo, \
as\xc3\xad que el aliv\
io por lo genera\
l no es para sie\
mpre.\x0a\x0a\xc2\xbfPor qu\xc3\
\xa9 tantos nombres\
? Rizotom\xc3\xada qui\
ere decir tratar\
 la ra\xc3\xadz de un \
nervio, donde el\
 nervio sale de \
la columna o del\
 cr\xc3\xa1neo. Para e\
l dolor de la ca\
ra (neuralgia de\
l trig\xc3\xa9mino), e\
l m\xc3\xa9dico s\xc3\xad tr\
ata la ra\xc3\xadz del\
 nervio de la ca\
ra, as\xc3\xad que all\
\xc3\xad se suele llam\
ar rizotom\xc3\xada. P\
ara el dolor de \
espalda, de cuel\
lo, de pelvis o \
de la parte de a\
tr\xc3\xa1s de la cabe\
za, la RFA trata\
 ramas peque\xc3\xb1as\
 de los nervios,\
 no ra\xc3\xadces. Los\
 expertos discut\
en sobre los tre\
s nombres. Lo im\
portante es lo m\
ismo: el nervio \
se calienta, no \
se saca, y puede\
 volver a crecer\
.\x0a\x22\x22\x22\x0a\x0a[review]\x0a\
sources = [\x22Clev\
eland Clinic: Ra\
diofrequency Abl\
ation (my.clevel\
andclinic.org/he\
alth/treatments/\
17411)\x22, \x22Waring\
, Landers and Bo\
gduk. Pain Medic\
ine 2022;23(3):6\
03-4 (doi 10.109\
3/pm/pnab330)\x22, \
\x22Clinical Gate: \
Complications re\
lated to RF proc\
edures (RF curre\
nt 300-500 kHz; \
grounding pad)\x22,\
 \x22Kanpolat et al\
. Percutaneous c\
ontrolled radiof\
requency trigemi\
nal rhizotomy, 2\
5 years. Neurosu\
rgery 2001;48:52\
4-32\x22]\x0areviewed_\
by = \x22\x22\x0areviewed\
_on = \x22\x22\x0areview_\
due = \x22\x22\x0a\
\x00\x00\x05\x83\
s\
ection = \x22steps\x22\
\x0aorder = 35\x0atitl\
e = \x22Descansar a\
ntes de irse a c\
asa\x22\x0amenu_title \
= \x22Descansar e i\
r a casa\x22\x0asubtit\
le = \x22Usted desc\
ansa un rato y l\
uego se va a su \
casa.\x22\x0aimage = \x22\
step-5.svg\x22\x0abody\
 = \x22\x22\x22\x0aDespu\xc3\xa9s \
de sacar las agu\
jas, usted desca\
nsa en una sala \
de recuperaci\xc3\xb3n\
. La mayor\xc3\xada de\
 las personas se\
 quedan de 30 mi\
nutos a 2 horas.\
 Una enfermera e\
st\xc3\xa1 pendiente d\
e usted y le pre\
gunta c\xc3\xb3mo se s\
iente.\x0a\x0aCuando y\
a est\xc3\xa9 en condi\
ciones, puede ir\
se a su casa. Un\
 adulto lo/la de\
be llevar en car\
ro. Pregunte en \
su cl\xc3\xadnica si p\
uede ir en taxi \
o en un servicio\
 de transporte. \
No maneje durant\
e 24 horas, aunq\
ue se sienta bie\
n. La medicina p\
ara relajarse pu\
ede darle sue\xc3\xb1o\
 o hacer que pie\
nse m\xc3\xa1s despaci\
o. La medicina p\
ara adormecer ta\
mbi\xc3\xa9n puede dej\
ar una pierna o \
un brazo d\xc3\xa9bil \
o dormido por un\
as horas. Hasta \
que se le pase, \
pida ayuda para \
caminar.\x0a\x0aPara e\
l dolor de la ca\
ra (neuralgia de\
l trig\xc3\xa9mino), p\
regunte a su equ\
ipo m\xc3\xa9dico cu\xc3\xa1\
nto tiempo se va\
 a quedar.\x0a\x0a- El\
 equipo le dir\xc3\xa1\
 qu\xc3\xa9 hacer en l\
os pr\xc3\xb3ximos d\xc3\xad\
as.\x0a- Haga todas\
 sus preguntas a\
ntes de irse.\x0a\x22\x22\
\x22\x0a\x0a[review]\x0asour\
ces = [\x22Clevelan\
d Clinic: Radiof\
requency Ablatio\
n (my.clevelandc\
linic.org/health\
/treatments/1741\
1)\x22, \x22UK hospita\
l leaflet: Radio\
 Frequency Dener\
vation (RF Treat\
ment) (stay 1 to\
 2 hours)\x22, \x22Hul\
l University Tea\
ching Hospitals \
(HEY) NHS leafle\
t: radiofrequenc\
y denervation\x22]\x0a\
reviewed_by = \x22\x22\
\x0areviewed_on = \x22\
\x22\x0areview_due = \x22\
\x22\x0a\
\x00\x00\x06\xc9\
s\
ection = \x22condit\
ions\x22\x0aorder = 52\
\x0atitle = \x22Dolor \
de la articulaci\
\xc3\xb3n sacroil\xc3\xadaca\
\x22\x0amenu_title = \x22\
Dolor sacroil\xc3\xada\
co\x22\x0asubtitle = \x22\
Dolor donde la c\
olumna se une co\
n la pelvis.\x22\x0aim\
age = \x22condition\
-sacroiliac.svg\x22\
\x0abody = \x22\x22\x22\x0aUste\
d tiene dos arti\
culaciones sacro\
il\xc3\xadacas. Unen e\
l sacro, el hues\
o plano en la ba\
se de la columna\
, con la pelvis.\
 La pelvis es el\
 anillo de hueso\
 a la altura de \
las caderas. No \
es la articulaci\
\xc3\xb3n de la cadera\
. El dolor de la\
 articulaci\xc3\xb3n s\
acroil\xc3\xadaca much\
as veces se sien\
te en la parte b\
aja de la espald\
a o en la nalga.\
\x0a\x0aVarios nervios\
 peque\xc3\xb1os lleva\
n el dolor de ca\
da articulaci\xc3\xb3n\
 sacroil\xc3\xadaca. L\
a RFA trata una \
rama del nervio \
L5. Este nervio \
sale de la colum\
na a la altura d\
e L5, el hueso m\
\xc3\xa1s bajo de la p\
arte baja de la \
espalda. La RFA \
tambi\xc3\xa9n trata l\
as ramas lateral\
es sacras. Son n\
ervios peque\xc3\xb1os\
 que salen del s\
acro.\x0a\x0aPrimero, \
le hacen un bloq\
ueo de prueba en\
 la articulaci\xc3\xb3\
n o en sus nervi\
os. Aqu\xc3\xad los m\xc3\
\xa9dicos usan vari\
os tipos de RFA.\
 Uno es la RF re\
frigerada (radio\
frecuencia refri\
gerada). El agua\
 enfr\xc3\xada la punt\
a de la aguja mi\
entras trabaja, \
as\xc3\xad que el calo\
r llega a una zo\
na m\xc3\xa1s grande.\x0a\
\x0aNo hay muchos e\
studios buenos s\
obre la RFA para\
 el dolor de la \
articulaci\xc3\xb3n sa\
croil\xc3\xadaca. Por \
eso no est\xc3\xa1 tan\
 claro qu\xc3\xa9 tan \
bien funciona. A\
lgunos planes de\
 seguro m\xc3\xa9dico \
no la pagan. Pre\
gunte a su equip\
o m\xc3\xa9dico qu\xc3\xa9 q\
uiere decir esto\
 para usted.\x0a\x22\x22\x22\
\x0a\x0a[review]\x0asourc\
es = [\x22Cleveland\
 Clinic: Radiofr\
equency Ablation\
 (my.clevelandcl\
inic.org/health/\
treatments/17411\
)\x22, \x22Stelzer et \
al. 2013: cooled\
 RF of the L5 do\
rsal ramus and S\
1-S3 lateral bra\
nches\x22, \x22HealthP\
artners coverage\
 policy: radiofr\
equency ablation\
 (sacroiliac joi\
nt RFA not cover\
ed)\x22]\x0areviewed_b\
y = \x22\x22\x0areviewed_\
on = \x22\x22\x0areview_d\
ue = \x22\x22\x0a\
\x00\x00\x05\x88\
s\
ection = \x22condit\
ions\x22\x0aorder = 51\
\x0atitle = \x22Dolor \
de las articulac\
iones facetarias\
\x22\x0amenu_title = \x22\
Dolor de articul\
aci\xc3\xb3n facetaria\
\x22\x0asubtitle = \x22Do\
lor de unas arti\
culaciones peque\
\xc3\xb1as del cuello \
o la espalda.\x22\x0ai\
mage = \x22conditio\
n-facet.svg\x22\x0abod\
y = \x22\x22\x22\x0aLas arti\
culaciones facet\
arias son articu\
laciones peque\xc3\xb1\
as en la parte d\
e atr\xc3\xa1s de la c\
olumna. Unen los\
 huesos de la co\
lumna entre s\xc3\xad.\
 Ayudan a que el\
 cuello y la esp\
alda se doblen y\
 giren. Cuando s\
e gastan o se la\
stiman, pueden c\
ausar dolor de c\
uello o de espal\
da.\x0a\x0aUnos nervio\
s peque\xc3\xb1os, lla\
mados nervios de\
 la rama medial,\
 llevan el dolor\
 de cada articul\
aci\xc3\xb3n facetaria\
. La RFA usa cal\
or en estos nerv\
ios peque\xc3\xb1os. N\
o trata las ra\xc3\xad\
ces principales \
de los nervios, \
que es donde los\
 nervios salen d\
e la columna.\x0a\x0a-\
 Primero, le hac\
en bloqueos nerv\
iosos de prueba \
en estos nervios\
.\x0a- Si su dolor \
baja a la mitad \
o m\xc3\xa1s despu\xc3\xa9s \
de la prueba, la\
 RFA puede ser u\
na opci\xc3\xb3n.\x0a- Po\
r lo general, el\
 alivio es tempo\
ral, porque los \
nervios pueden v\
olver a crecer.\x0a\
\x22\x22\x22\x0a\x0a[review]\x0aso\
urces = [\x22Clevel\
and Clinic: Radi\
ofrequency Ablat\
ion (my.clevelan\
dclinic.org/heal\
th/treatments/17\
411)\x22, \x22Cohen et\
 al. Consensus p\
ractice guidelin\
es on interventi\
ons for facet jo\
int pain. Reg An\
esth Pain Med 20\
20;45:424-67 (do\
i 10.1136/rapm-2\
019-101243)\x22, \x22W\
aring, Landers a\
nd Bogduk. Pain \
Medicine 2022;23\
(3):603-4 (doi 1\
0.1093/pm/pnab33\
0)\x22]\x0areviewed_by\
 = \x22\x22\x0areviewed_o\
n = \x22\x22\x0areview_du\
e = \x22\x22\x0a\
\x00\x00\x05_\
s\
ection = \x22steps\x22\
\x0aorder = 34\x0atitl\
e = \x22Tratar el n\
ervio\x22\x0amenu_titl\
e = \x22Tratar el n\
ervio\x22\x0asubtitle \
= \x22El calor apag\
a una peque\xc3\xb1a p\
arte del nervio.\
\x22\x0aimage = \x22step-\
4.svg\x22\x0abody = \x22\x22\
\x22\x0aEste paso se l\
lama ablaci\xc3\xb3n. \
Ablaci\xc3\xb3n quiere\
 decir usar calo\
r para que una p\
eque\xc3\xb1a parte de\
 un nervio deje \
de funcionar.\x0a\x0aP\
rimero, el m\xc3\xa9di\
co pone m\xc3\xa1s med\
icina para adorm\
ecer la zona. Lu\
ego la punta de \
cada aguja se ca\
lienta. Cada lug\
ar recibe calor \
de 1 a 3 minutos\
, m\xc3\xa1s o menos. \
El m\xc3\xa9dico puede\
 tratar m\xc3\xa1s de \
un lugar.\x0a\x0aPuede\
 sentir calor o \
presi\xc3\xb3n. Si le \
duele, avise al \
equipo. Le puede\
n ayudar.\x0a\x0aPara \
el dolor de la c\
ara (neuralgia d\
el trig\xc3\xa9mino), \
por lo general u\
sted vuelve a do\
rmir durante est\
e paso. Vea la p\
\xc3\xa1gina sobre la \
neuralgia del tr\
ig\xc3\xa9mino.\x0a\x0a- Cua\
ndo terminan con\
 todos los lugar\
es, le sacan las\
 agujas.\x0a- Le po\
nen una curita d\
onde entr\xc3\xb3 cada\
 aguja.\x0a\x22\x22\x22\x0a\x0a[re\
view]\x0asources = \
[\x22Cleveland Clin\
ic: Radiofrequen\
cy Ablation (my.\
clevelandclinic.\
org/health/treat\
ments/17411)\x22, \x22\
Cohen et al. Con\
sensus practice \
guidelines on in\
terventions for \
facet joint pain\
. Reg Anesth Pai\
n Med 2020;45:42\
4-67 (doi 10.113\
6/rapm-2019-1012\
43)\x22, \x22Hoffman e\
t al. Radiofrequ\
ency ablation fo\
r occipital neur\
algia. Ochsner J\
 2018;18:209-14 \
(doi 10.31486/to\
j.17.0104)\x22, \x22Tr\
igeminal Neuralg\
ia Association U\
K: radio-frequen\
cy lesioning (tn\
a.org.uk)\x22]\x0arevi\
ewed_by = \x22\x22\x0arev\
iewed_on = \x22\x22\x0are\
view_due = \x22\x22\x0a\
\x00\x00\x05\xa5\
s\
ection = \x22about\x22\
\x0aorder = 12\x0atitl\
e = \x22Three kinds\
 of RFA\x22\x0amenu_ti\
tle = \x22Standard,\
 cooled, pulsed \
RF\x22\x0asubtitle = \x22\
You may hear the\
 words cooled RF\
 or pulsed RF.\x22\x0a\
image = \x22rf-kind\
s.svg\x22\x0abody = \x22\x22\
\x22\x0aRF is short fo\
r radiofrequency\
. There are thre\
e main kinds of \
RF treatment. In\
 all three, the \
doctor uses thin\
 needles and a l\
ive X-ray, and t\
he steps are muc\
h the same. Your\
 doctor picks th\
e kind that fits\
 your pain.\x0a\x0a- S\
tandard RF: the \
needle tip gets \
very hot for 1 t\
o 3 minutes at e\
ach spot. This s\
tops a small par\
t of the nerve f\
rom working. Mos\
t of this guide \
is about standar\
d RF.\x0a- Cooled R\
F: water flows i\
nside the needle\
 to cool its tip\
. This lets the \
heat spread over\
 a wider area, s\
o it can reach m\
ore of the small\
 nerves.\x0a- Pulse\
d RF: the curren\
t comes in short\
 bursts, and the\
 tip stays only \
warm. It is not \
meant to destroy\
 the nerve. Expe\
rts are not sure\
 how it works, a\
nd there are few\
er good studies \
of it.\x0a\x0aAsk your\
 care team which\
 kind they plan \
to use, and why.\
\x0a\x22\x22\x22\x0a\x0a[review]\x0as\
ources = [\x22Cleve\
land Clinic: Rad\
iofrequency Abla\
tion (my.clevela\
ndclinic.org/hea\
lth/treatments/1\
7411)\x22, \x22Clinica\
l Gate: Complica\
tions related to\
 RF procedures (\
RF current 300-5\
00 kHz; groundin\
g pad)\x22, \x22Specia\
list Pain Soluti\
ons (specialistp\
ainsolutions.co.\
uk): pulsed RF a\
t 42 \xc2\xb0C; a driv\
er with or witho\
ut sedation\x22, \x22S\
telzer et al. 20\
13: cooled RF of\
 the L5 dorsal r\
amus and S1-S3 l\
ateral branches\x22\
]\x0areviewed_by = \
\x22\x22\x0areviewed_on =\
 \x22\x22\x0areview_due =\
 \x22\x22\x0a\
\x00\x00\x08l\
s\
ection = \x22consid\
erations\x22\x0aorder \
= 70\x0atitle = \x22Th\
ings to think ab\
out\x22\x0amenu_title \
= \x22Things to con\
sider\x22\x0asubtitle \
= \x22RFA is not ri\
ght for everyone\
.\x22\x0aimage = \x22cons\
iderations.svg\x22\x0a\
body = \x22\x22\x22\x0aRelie\
f is usually tem\
porary. The nerv\
e can grow back,\
 and the pain ma\
y return. Result\
s vary, and some\
 people get litt\
le relief.\x0a\x0aComm\
on side effects:\
\x0a\x0a- You may have\
 soreness, bruis\
ing, or swelling\
 where the needl\
es went in.\x0a- Yo\
u may have extra\
 pain or burning\
 for a while. Th\
is is called neu\
ritis, an irrita\
ted nerve. Medic\
ine can help.\x0a- \
Part of your ski\
n may feel numb.\
\x0a- For a few hou\
rs, the numbing \
medicine may mak\
e a leg or arm n\
umb or weak.\x0a\x0aRa\
re risks:\x0a\x0a- You\
r leg or arm may\
 become weak.\x0a- \
You may get an i\
nfection or blee\
ding.\x0a- You may \
have an allergic\
 reaction.\x0a- The\
 grounding pad m\
ay cause a small\
 burn on your sk\
in.\x0a- A nerve ma\
y be damaged.\x0a- \
The medicine to \
help you relax h\
as its own risks\
. The team watch\
es you closely.\x0a\
\x0a! Call your car\
e team right awa\
y if you have:\x0a-\
 A fever.\x0a- Redn\
ess, swelling, o\
r pus where a ne\
edle went in.\x0a- \
Weakness or numb\
ness in a leg or\
 arm that gets w\
orse, or that is\
 still there aft\
er the numbing m\
edicine wears of\
f.\x0a- A very bad \
headache.\x0a\x0a! Cal\
l 911 if:\x0a- You \
cannot control y\
our bladder or b\
owels: urine or \
stool comes out \
and you cannot s\
top it.\x0a- You ca\
nnot move a leg \
or an arm.\x0a\x0aIf y\
ou cannot reach \
your care team, \
go to an emergen\
cy room.\x0a\x0aFace p\
ain treatment ha\
s its own effect\
s, like a numb f\
ace or eye. See \
the page on trig\
eminal neuralgia\
.\x0a\x0aThis kiosk gi\
ves general fact\
s, not advice fo\
r you. Talk with\
 your care team \
about whether RF\
A fits you. If y\
ou have question\
s today, please \
ask at the front\
 desk.\x0a\x22\x22\x22\x0a\x0a[rev\
iew]\x0asources = [\
\x22Cleveland Clini\
c: Radiofrequenc\
y Ablation (my.c\
levelandclinic.o\
rg/health/treatm\
ents/17411)\x22, \x22S\
pine-health: Pot\
ential complicat\
ions of radiofre\
quency neurotomy\
\x22, \x22BayCare/Kram\
es after-care sh\
eet for spine in\
jections: when t\
o call right awa\
y\x22, \x22Hull Univer\
sity Teaching Ho\
spitals (HEY) NH\
S leaflet: radio\
frequency denerv\
ation\x22, \x22Clinica\
l Gate: Complica\
tions related to\
 RF procedures (\
RF current 300-5\
00 kHz; groundin\
g pad)\x22]\x0areviewe\
d_by = \x22\x22\x0areview\
ed_on = \x22\x22\x0arevie\
w_due = \x22\x22\x0a\
\x00\x00\x03~\
s\
ection = \x22consid\
erations\x22\x0aorder \
= 72\x0atitle = \x22Co\
st and insurance\
\x22\x0amenu_title = \x22\
Cost and insuran\
ce\x22\x0asubtitle = \x22\
Questions to ask\
 before you book\
.\x22\x0aimage = \x22cost\
.svg\x22\x0abody = \x22\x22\x22\
\x0aWhat you pay de\
pends on your in\
surance plan and\
 your clinic.\x0a\x0a-\
 Many plans must\
 approve RFA bef\
ore you have it.\
 This is called \
prior authorizat\
ion. Your clinic\
 often asks for \
it for you.\x0a- So\
me plans do not \
pay for RFA of t\
he sacroiliac jo\
int.\x0a- The test \
block is a visit\
 of its own. It \
may have its own\
 cost.\x0a\x0aAsk the \
front desk or yo\
ur plan what RFA\
 will cost you. \
You can also use\
 the form on thi\
s kiosk to ask.\x0a\
\x22\x22\x22\x0a\x0a[review]\x0aso\
urces = [\x22Health\
Partners coverag\
e policy: radiof\
requency ablatio\
n (prior authori\
zation; sacroili\
ac joint RFA inv\
estigational)\x22, \
\x22CMS Local Cover\
age Determinatio\
ns L38765, L3489\
2, L38841: Facet\
 Joint Intervent\
ions for Pain Ma\
nagement\x22]\x0arevie\
wed_by = \x22\x22\x0arevi\
ewed_on = \x22\x22\x0arev\
iew_due = \x22\x22\x0a\
\x00\x00\x04\x13\
s\
ection = \x22steps\x22\
\x0aorder = 32\x0atitl\
e = \x22Placing the\
 needles\x22\x0amenu_t\
itle = \x22Placing \
the needles\x22\x0asub\
title = \x22Thin ne\
edles go in thro\
ugh the numb ski\
n.\x22\x0aimage = \x22ste\
p-2.svg\x22\x0abody = \
\x22\x22\x22\x0aThe doctor p\
uts one or more \
thin needles thr\
ough your numb s\
kin. Each needle\
 goes close to a\
 small nerve tha\
t carries pain. \
There is no cut.\
 You will only n\
eed a small band\
age later.\x0a\x0aTo g\
uide each needle\
, the doctor use\
s fluoroscopy. F\
luoroscopy is a \
kind of live X-r\
ay. It shows the\
 needle on a scr\
een as it moves.\
 This helps the \
doctor put each \
needle in just t\
he right spot.\x0a\x0a\
For face pain (t\
rigeminal neural\
gia), one needle\
 goes in through\
 the cheek. See \
the page on trig\
eminal neuralgia\
.\x0a\x0a- You may fee\
l pressure or a \
dull push.\x0a- Try\
 to lie still wh\
ile the doctor w\
orks.\x0a- Tell the\
 team if somethi\
ng hurts.\x0a\x22\x22\x22\x0a\x0a[\
review]\x0asources \
= [\x22Cleveland Cl\
inic: Radiofrequ\
ency Ablation (m\
y.clevelandclini\
c.org/health/tre\
atments/17411)\x22,\
 \x22Trigeminal Neu\
ralgia Associati\
on UK: radio-fre\
quency lesioning\
 (tna.org.uk)\x22]\x0a\
reviewed_by = \x22\x22\
\x0areviewed_on = \x22\
\x22\x0areview_due = \x22\
\x22\x0a\
\x00\x00\x05@\
s\
ection = \x22steps\x22\
\x0aorder = 31\x0atitl\
e = \x22Numbing the\
 skin\x22\x0amenu_titl\
e = \x22Numbing the\
 skin\x22\x0asubtitle \
= \x22First, the do\
ctor makes the a\
rea numb.\x22\x0aimage\
 = \x22step-1.svg\x22\x0a\
body = \x22\x22\x22\x0aYou l\
ie on a table, o\
ften on your sto\
mach. A nurse cl\
eans the skin wh\
ere the needles \
will go. A soft,\
 sticky pad goes\
 on your skin aw\
ay from that spo\
t. This pad is c\
alled a groundin\
g pad. It lets t\
he current flow \
safely.\x0a\x0aThe doc\
tor gives you a \
shot of local an\
esthetic. This i\
s a medicine tha\
t numbs just one\
 small area. It \
may sting for a \
few seconds. The\
n the skin goes \
numb.\x0a\x0aMany clin\
ics also give yo\
u a mild medicin\
e to help you re\
lax. Some give n\
one. It is kept \
light on purpose\
. You need to st\
ay awake enough \
to answer questi\
ons during the t\
est in step 3.\x0a\x0a\
For face pain (t\
rigeminal neural\
gia), this is di\
fferent. You are\
 often given med\
icine for a shor\
t, deep sleep. S\
ee the page on t\
rigeminal neural\
gia.\x0a\x0a- You can \
ask questions be\
fore the doctor \
starts.\x0a- Tell t\
he team at any t\
ime if you feel \
pain or feel wor\
ried.\x0a\x22\x22\x22\x0a\x0a[revi\
ew]\x0asources = [\x22\
Cleveland Clinic\
: Radiofrequency\
 Ablation (my.cl\
evelandclinic.or\
g/health/treatme\
nts/17411)\x22, \x22Cl\
inical Gate: Com\
plications relat\
ed to RF procedu\
res (RF current \
300-500 kHz; gro\
unding pad)\x22, \x22T\
rigeminal Neural\
gia Association \
UK: radio-freque\
ncy lesioning (t\
na.org.uk)\x22]\x0arev\
iewed_by = \x22\x22\x0are\
viewed_on = \x22\x22\x0ar\
eview_due = \x22\x22\x0a\
\x00\x00\x06\x81\
s\
ection = \x22benefi\
ts\x22\x0aorder = 62\x0at\
itle = \x22How well\
 does RFA work?\x22\
\x0amenu_title = \x22H\
ow well does it \
work?\x22\x0asubtitle \
= \x22An honest loo\
k at what studie\
s show.\x22\x0aimage =\
 \x22results.svg\x22\x0ab\
ody = \x22\x22\x22\x0aRFA do\
es not work for \
everyone. Doctor\
s try to choose \
the people it is\
 most likely to \
help. This is wh\
y a test block c\
omes first.\x0a\x0aIn \
carefully chosen\
 people, about h\
alf get a large \
drop in pain. So\
me get a little \
relief, and some\
 get none.\x0a\x0aFor \
face pain (trige\
minal neuralgia)\
, results are di\
fferent: relief \
usually comes ri\
ght away. See th\
e page on trigem\
inal neuralgia.\x0a\
\x0aExperts do not \
agree on how wel\
l RFA works. A l\
arge study calle\
d MINT looked at\
 681 people with\
 low back pain. \
Some did an exer\
cise program alo\
ne. Others did t\
he same exercise\
 and also had RF\
A. After 3 month\
s, adding RFA ga\
ve little extra \
help. Many pain \
experts say the \
study chose pati\
ents and did RFA\
 in the wrong wa\
y. Other experts\
 say its results\
 hold.\x0a\x0aIf RFA d\
oes not help you\
, there are othe\
r choices:\x0a\x0a- Ex\
ercise and physi\
cal therapy.\x0a- M\
edicines.\x0a- Othe\
r kinds of shots\
.\x0a- For some peo\
ple, a spinal co\
rd stimulator. T\
his is a small d\
evice that sends\
 mild signals to\
 calm pain.\x0a\x0aYou\
r care team can \
tell you what th\
ese studies mean\
 for you.\x0a\x22\x22\x22\x0a\x0a[\
review]\x0asources \
= [\x22Juch et al. \
The MINT randomi\
zed clinical tri\
als. JAMA 2017;3\
18(1):68-81 (doi\
 10.1001/jama.20\
17.7918)\x22, \x22Mult\
isociety Pain Wo\
rkgroup statemen\
t on the MINT tr\
ials, 21 Novembe\
r 2017\x22, \x22Lanier\
 and Neal. Reg A\
nesth Pain Med 2\
020;45:79\x22, \x22Str\
eitberger et al.\
 Eur Spine J 201\
1;20:2160 (media\
n relief 17 week\
s)\x22, \x22Medicine T\
oday 2023: Trige\
minal neuralgia,\
 management in p\
rimary care\x22]\x0are\
viewed_by = \x22\x22\x0ar\
eviewed_on = \x22\x22\x0a\
review_due = \x22\x22\x0a\
\
\x00\x00\x05\xfe\
s\
ection = \x22steps\x22\
\x0aorder = 33\x0atitl\
e = \x22Testing the\
 spot\x22\x0amenu_titl\
e = \x22Testing the\
 spot\x22\x0asubtitle \
= \x22The doctor ch\
ecks each needle\
 before using an\
y heat.\x22\x0aimage =\
 \x22step-3.svg\x22\x0abo\
dy = \x22\x22\x22\x0aA mild \
electric current\
 goes through th\
e tip of each ne\
edle. This is on\
ly a test, and n\
o heat is used y\
et. It helps the\
 doctor check th\
at each needle i\
s in a safe and \
useful spot. Thi\
s is why you nee\
d to be awake.\x0a\x0a\
The motor test c\
hecks movement. \
It makes sure th\
e needle is far \
from the nerves \
that move your l\
eg. If the treat\
ment is in your \
neck, it checks \
the nerves that \
move your arm. A\
 muscle in your \
back or neck may\
 twitch. This is\
 normal.\x0a\x0aMany d\
octors also do a\
 sensory test. S\
ensory means wha\
t you feel. You \
may feel tinglin\
g, or you may fe\
el your usual pa\
in. Tell the doc\
tor what you fee\
l and where. Thi\
s helps show tha\
t the needle is \
near the right n\
erve.\x0a\x0aFor face \
pain (trigeminal\
 neuralgia), you\
 are woken up fo\
r the test. You \
say where you fe\
el tingling in y\
our face. See th\
e page on trigem\
inal neuralgia.\x0a\
\x0a- There are no \
wrong answers.\x0a-\
 Just say what y\
ou feel.\x0a\x22\x22\x22\x0a\x0a[r\
eview]\x0asources =\
 [\x22Cleveland Cli\
nic: Radiofreque\
ncy Ablation (my\
.clevelandclinic\
.org/health/trea\
tments/17411)\x22, \
\x22Cohen et al. Co\
nsensus practice\
 guidelines on i\
nterventions for\
 facet joint pai\
n. Reg Anesth Pa\
in Med 2020;45:4\
24-67 (doi 10.11\
36/rapm-2019-101\
243)\x22, \x22Spine-he\
alth: Potential \
complications of\
 radiofrequency \
neurotomy\x22, \x22Tri\
geminal Neuralgi\
a Association UK\
: radio-frequenc\
y lesioning (tna\
.org.uk)\x22]\x0arevie\
wed_by = \x22\x22\x0arevi\
ewed_on = \x22\x22\x0arev\
iew_due = \x22\x22\x0a\
\x00\x00\x08y\
s\
ection = \x22before\
\x22\x0aorder = 20\x0atit\
le = \x22Before you\
r RFA\x22\x0amenu_titl\
e = \x22Before: a t\
est first\x22\x0asubti\
tle = \x22A test co\
mes first, to se\
e if RFA may hel\
p you.\x22\x0aimage = \
\x22before.svg\x22\x0abod\
y = \x22\x22\x22\x0aFor pain\
 in the back, ne\
ck, pelvis, or t\
he back of the h\
ead, most people\
 first have one \
or two test shot\
s called nerve b\
locks. A nerve b\
lock puts numbin\
g medicine near \
the nerves that \
may cause your p\
ain.\x0a\x0aThe test i\
s how your pain \
feels in the hou\
rs after the blo\
ck. You may be a\
sked to write do\
wn your pain on \
a chart. You are\
 the one who can\
 tell if it help\
ed. RFA is offer\
ed only if your \
pain drops by ab\
out half or more\
 while the numbi\
ng medicine work\
s. Some clinics \
ask for more.\x0a\x0aF\
or face pain (tr\
igeminal neuralg\
ia), there is us\
ually no test bl\
ock. See the pag\
e on trigeminal \
neuralgia.\x0a\x0aTell\
 your care team \
before your RFA \
if any of these \
are true for you\
:\x0a\x0a- You take a \
blood thinner, l\
ike warfarin, ap\
ixaban, clopidog\
rel, or aspirin.\
 Do not stop it \
on your own. You\
r care team and \
the doctor who p\
rescribed it wil\
l tell you what \
to do.\x0a- You hav\
e a device in yo\
ur body, like a \
pacemaker, a hea\
rt defibrillator\
, a spinal cord \
stimulator, a br\
ain stimulator, \
or a pain pump.\x0a\
- You have an in\
fection, or you \
feel sick.\x0a- You\
 are pregnant, o\
r you might be.\x0a\
- You have an al\
lergy, for examp\
le to numbing me\
dicine, contrast\
 dye, iodine, or\
 latex. Contrast\
 dye helps thing\
s show up on X-r\
ays.\x0a- You bleed\
 easily, or you \
have a bleeding \
problem.\x0a- You h\
ave diabetes.\x0a\x22\x22\
\x22\x0a\x0a[review]\x0asour\
ces = [\x22Clevelan\
d Clinic: Radiof\
requency Ablatio\
n (my.clevelandc\
linic.org/health\
/treatments/1741\
1)\x22, \x22ASRA Pain \
Medicine News 20\
24: diagnostic n\
erve blocks (doi\
 10.52211/asra05\
0124.004)\x22, \x22Coh\
en et al. Consen\
sus practice gui\
delines on inter\
ventions for fac\
et joint pain. R\
eg Anesth Pain M\
ed 2020;45:424-6\
7 (doi 10.1136/r\
apm-2019-101243)\
\x22, \x22Sowder et al\
. ASPN guideline\
s for RF procedu\
res in patients \
with implanted d\
evices. J Pain R\
es 2023;16:3693-\
3706\x22, \x22SIS Fact\
Finder: anticoag\
ulants and antip\
latelets. Interv\
entional Pain Me\
dicine 2022;1:10\
0090\x22, \x22Narouze \
et al. ASRA/ESRA\
/AAPM guidelines\
 on anticoagulan\
ts. Reg Anesth P\
ain Med 2015;40:\
182\x22]\x0areviewed_b\
y = \x22\x22\x0areviewed_\
on = \x22\x22\x0areview_d\
ue = \x22\x22\x0a\
\x00\x00\x0b;\
s\
ection = \x22condit\
ions\x22\x0aorder = 53\
\x0atitle = \x22Trigem\
inal neuralgia\x22\x0a\
menu_title = \x22Tr\
igeminal neuralg\
ia (face)\x22\x0asubti\
tle = \x22Sudden, s\
harp pain in the\
 face.\x22\x0aimage = \
\x22condition-trige\
minal.svg\x22\x0abody \
= \x22\x22\x22\x0aTrigeminal\
 neuralgia is a \
nerve pain in th\
e face. It can f\
eel like a sudde\
n electric shock\
. The trigeminal\
 nerve carries f\
eeling from your\
 face to your br\
ain.\x0a\x0aMedicines,\
 like carbamazep\
ine or oxcarbaze\
pine, are usuall\
y tried first. I\
f they do not he\
lp enough, there\
 are other choic\
es. One is an op\
eration to move \
a blood vessel o\
ff the nerve. An\
other is a focus\
ed kind of radia\
tion called radi\
osurgery. Others\
 treat the nerve\
 with a needle.\x0a\
\x0aRFA for face pa\
in is a differen\
t procedure from\
 RFA for the bac\
k. Here it is of\
ten called rhizo\
tomy. Some facts\
 on the other pa\
ges of this guid\
e do not apply:\x0a\
\x0a- There is usua\
lly no test bloc\
k first.\x0a- You a\
re often given m\
edicine for a sh\
ort, deep sleep.\
 You are woken u\
p for a test, to\
 say where you f\
eel tingling. Th\
en you sleep aga\
in while the hea\
t is used.\x0a- The\
 doctor guides a\
 needle through \
the cheek. It go\
es through a sma\
ll natural openi\
ng at the base o\
f the skull, to \
reach the nerve.\
\x0a- Relief usuall\
y comes right aw\
ay, and it often\
 lasts for years\
. More than half\
 of people are s\
till free of pai\
n 5 years after \
one treatment.\x0a-\
 If the pain com\
es back, the tre\
atment can be do\
ne again.\x0a\x0aThere\
 are other ways \
to treat this ne\
rve with a needl\
e. One uses a li\
quid called glyc\
erol. Another us\
es a tiny balloo\
n to press on th\
e nerve. This is\
 called balloon \
compression.\x0a\x0aEf\
fects after trea\
tment:\x0a\x0a- Part o\
f your face will\
 most likely fee\
l numb. This is \
expected.\x0a- Some\
times the surfac\
e of your eye fe\
els numb. This h\
appens to about \
6 in 100 people.\
 A numb eye can \
get hurt without\
 you feeling it.\
\x0a- The muscles y\
ou chew with may\
 feel weak for a\
 while.\x0a- Rarely\
, the numb part \
of the face beco\
mes painful. Thi\
s is called anes\
thesia dolorosa.\
 It happens to a\
bout 1 or 2 in 1\
00 people, and i\
t can be hard to\
 treat.\x0a\x0a! If yo\
ur eye feels num\
b, or your team \
tells you it is \
numb:\x0a- Do not r\
ub it.\x0a- Protect\
 it from dust an\
d wind, for exam\
ple with glasses\
.\x0a- Use eye drop\
s if your care t\
eam tells you to\
.\x0a\x0a! Call your c\
are team at once\
 if:\x0a- Your eye \
is red or painfu\
l.\x0a- Your eye wa\
ters a lot.\x0a- Yo\
ur sight is blur\
ry.\x0a\x0aIf you cann\
ot reach your ca\
re team, go to a\
n emergency room\
.\x0a\x0aYour care tea\
m can tell you w\
hich choice may \
fit you.\x0a\x22\x22\x22\x0a\x0a[r\
eview]\x0asources =\
 [\x22Trigeminal Ne\
uralgia Associat\
ion UK: radio-fr\
equency lesionin\
g (tna.org.uk)\x22,\
 \x22Kanpolat et al\
. Percutaneous c\
ontrolled radiof\
requency trigemi\
nal rhizotomy, 2\
5 years. Neurosu\
rgery 2001;48:52\
4-32\x22, \x22Malone, \
ESOPRS 2021: cor\
neal numbness an\
d keratitis afte\
r trigeminal RF \
(keratitis under\
 1 to 2 %)\x22, \x22Me\
dicine Today 202\
3: Trigeminal ne\
uralgia, managem\
ent in primary c\
are\x22, \x22NICE inte\
rventional proce\
dures guidance I\
PG715\x22]\x0areviewed\
_by = \x22\x22\x0areviewe\
d_on = \x22\x22\x0areview\
_due = \x22\x22\x0a\
\x00\x00\x07a\
s\
ection = \x22before\
\x22\x0aorder = 22\x0atit\
le = \x22Getting re\
ady for the day\x22\
\x0amenu_title = \x22G\
etting ready for\
 the day\x22\x0asubtit\
le = \x22Food, medi\
cines, clothes, \
and a ride home.\
\x22\x0aimage = \x22befor\
e-day.svg\x22\x0abody \
= \x22\x22\x22\x0aYour clini\
c will give you \
its own rules fo\
r the day of you\
r RFA. Follow th\
em. If you are n\
ot sure about so\
mething, call th\
e clinic and ask\
.\x0a\x0a- Food and dr\
ink: rules diffe\
r from clinic to\
 clinic. Some as\
k you not to eat\
 for a few hours\
 before. Ask wha\
t your clinic wa\
nts. If you will\
 get medicine fo\
r a deep sleep, \
as is common for\
 face pain, foll\
ow the food rule\
s exactly.\x0a- Med\
icines: most peo\
ple take their u\
sual medicines. \
Blood thinners: \
do not stop them\
 on your own. As\
k your care team\
 what to do as s\
oon as your RFA \
is booked.\x0a- Dia\
betes: ask how t\
o take your diab\
etes medicine or\
 insulin on the \
day.\x0a- Clothes: \
wear loose, comf\
ortable clothes.\
 Leave jewelry a\
t home.\x0a- A ride\
 home: plan for \
an adult to driv\
e you home. Do n\
ot drive for 24 \
hours.\x0a\x0aMany cli\
nics give you me\
dicine to help y\
ou relax. It goe\
s in through an \
IV, a thin tube \
in a vein in you\
r arm. Some clin\
ics give none. E\
ither way, you n\
eed a ride home.\
\x0a\x0aThe treatment \
itself often tak\
es 30 to 60 minu\
tes. It can take\
 longer when mor\
e spots are trea\
ted. With check-\
in and rest afte\
r, plan to be at\
 the clinic for \
a few hours.\x0a\x0aIf\
 you would like \
an interpreter, \
please ask at th\
e front desk.\x0a\x22\x22\
\x22\x0a\x0a[review]\x0asour\
ces = [\x22UK hospi\
tal leaflet: Rad\
io Frequency Den\
ervation (RF Tre\
atment) (food, d\
rink, usual medi\
cines, diabetes,\
 how long it tak\
es)\x22, \x22Specialis\
t Pain Solutions\
 (specialistpain\
solutions.co.uk)\
: a driver with \
or without sedat\
ion; 30 to 60 mi\
nutes\x22, \x22Hull Un\
iversity Teachin\
g Hospitals (HEY\
) NHS leaflet: r\
adiofrequency de\
nervation (conta\
ct the service i\
f diabetic)\x22, \x22S\
IS FactFinder: a\
nticoagulants an\
d antiplatelets.\
 Interventional \
Pain Medicine 20\
22;1:100090\x22]\x0are\
viewed_by = \x22\x22\x0ar\
eviewed_on = \x22\x22\x0a\
review_due = \x22\x22\x0a\
\
\x00\x00\x05\xfe\
s\
ection = \x22condit\
ions\x22\x0aorder = 54\
\x0atitle = \x22Occipi\
tal neuralgia\x22\x0am\
enu_title = \x22Occ\
ipital neuralgia\
 (head)\x22\x0asubtitl\
e = \x22Pain at the\
 back of the hea\
d.\x22\x0aimage = \x22con\
dition-occipital\
.svg\x22\x0abody = \x22\x22\x22\
\x0aOccipital neura\
lgia is a nerve \
pain at the back\
 of the head. It\
 may feel sharp,\
 shooting, or li\
ke a shock. The \
occipital nerves\
 run from the to\
p of your neck u\
p over the back \
of your head.\x0a\x0aF\
irst, you usuall\
y get a test blo\
ck of these nerv\
es. If it helps,\
 RFA can be used\
 on them. After \
standard RFA, th\
e skin at the ba\
ck of your head \
will likely feel\
 numb. This is e\
xpected.\x0a\x0aOne sm\
all study looked\
 at 46 people. O\
n average, their\
 relief lasted a\
bout 6.5 months.\
 But it was very\
 different from \
one person to th\
e next. A small \
study like this \
cannot tell us w\
hat will happen \
for you.\x0a\x0aSome d\
octors use a mil\
der kind called \
pulsed RF (pulse\
d radiofrequency\
). It sends shor\
t bursts of curr\
ent. It is not m\
eant to destroy \
the nerve. Exper\
ts are not sure \
how it works.\x0a\x0aT\
he studies on pu\
lsed RF for this\
 pain are weak. \
So we do not kno\
w for sure how w\
ell it works.\x0a\x22\x22\
\x22\x0a\x0a[review]\x0asour\
ces = [\x22Clevelan\
d Clinic: Radiof\
requency Ablatio\
n (my.clevelandc\
linic.org/health\
/treatments/1741\
1)\x22, \x22Hoffman et\
 al. Radiofreque\
ncy ablation for\
 occipital neura\
lgia. Ochsner J \
2018;18:209-14 (\
doi 10.31486/toj\
.17.0104)\x22, \x22Bat\
istaki et al. 20\
21: pulsed RF of\
 the occipital n\
erves after a po\
sitive diagnosti\
c block\x22, \x22Clini\
cal Gate: Compli\
cations related \
to RF procedures\
 (RF current 300\
-500 kHz; ground\
ing pad)\x22]\x0arevie\
wed_by = \x22\x22\x0arevi\
ewed_on = \x22\x22\x0arev\
iew_due = \x22\x22\x0a\
\x00\x00\x06\xf4\
s\
ection = \x22after\x22\
\x0aorder = 40\x0atitl\
e = \x22After your \
RFA\x22\x0amenu_title \
= \x22After the pro\
cedure\x22\x0asubtitle\
 = \x22What to expe\
ct, and when to \
get help.\x22\x0aimage\
 = \x22after.svg\x22\x0ab\
ody = \x22\x22\x22\x0aFor th\
e first 24 hours\
:\x0a\x0a- Do not driv\
e.\x0a- Do not do h\
ard activity, li\
ke heavy lifting\
 or hard exercis\
e.\x0a- Until the n\
umbing medicine \
wears off, have \
someone help you\
 walk.\x0a\x0a! Call y\
our care team ri\
ght away if you \
have:\x0a- A fever.\
\x0a- Redness, swel\
ling, or pus whe\
re a needle went\
 in.\x0a- Weakness \
or numbness in a\
 leg or arm that\
 gets worse, or \
that is still th\
ere after the nu\
mbing medicine w\
ears off.\x0a- A ve\
ry bad headache.\
\x0a\x0a! Call 911 if:\
\x0a- You cannot co\
ntrol your bladd\
er or bowels: ur\
ine or stool com\
es out and you c\
annot stop it.\x0a-\
 You cannot move\
 a leg or an arm\
.\x0a\x0aIf you cannot\
 reach your care\
 team, go to an \
emergency room.\x0a\
\x0aThe spots where\
 the needles wen\
t in may feel so\
re for a few day\
s. Some people f\
eel burning, lik\
e a sunburn. Thi\
s usually lasts \
1 to 2 weeks, th\
en fades. For a \
few people, it l\
asts several wee\
ks. This is more\
 common after RF\
A in the neck. T\
ell your care te\
am, because medi\
cine can help.\x0a\x0a\
Pain relief does\
 not always star\
t right away. Fo\
r back, neck, or\
 head pain, it u\
sually starts wi\
thin 1 to 3 week\
s.\x0a\x0aFor face pai\
n (trigeminal ne\
uralgia), relief\
 usually comes r\
ight away. See t\
he page on trige\
minal neuralgia \
for how to care \
for your eye.\x0a\x22\x22\
\x22\x0a\x0a[review]\x0asour\
ces = [\x22Clevelan\
d Clinic: Radiof\
requency Ablatio\
n (my.clevelandc\
linic.org/health\
/treatments/1741\
1)\x22, \x22BayCare/Kr\
ames after-care \
sheet for spine \
injections: when\
 to call right a\
way\x22, \x22Spine-hea\
lth: Potential c\
omplications of \
radiofrequency n\
eurotomy\x22, \x22Kanp\
olat et al. Perc\
utaneous control\
led radiofrequen\
cy trigeminal rh\
izotomy, 25 year\
s. Neurosurgery \
2001;48:524-32\x22]\
\x0areviewed_by = \x22\
\x22\x0areviewed_on = \
\x22\x22\x0areview_due = \
\x22\x22\x0a\
\x00\x00\x05\x90\
s\
ection = \x22after\x22\
\x0aorder = 42\x0atitl\
e = \x22Back to dai\
ly life\x22\x0amenu_ti\
tle = \x22Back to d\
aily life\x22\x0asubti\
tle = \x22Work, exe\
rcise, your foll\
ow-up visit, and\
 doing it again.\
\x22\x0aimage = \x22after\
-life.svg\x22\x0abody \
= \x22\x22\x22\x0aMost peopl\
e go back to the\
ir normal activi\
ty or work in 1 \
to 2 days. Ask y\
our care team be\
fore you do heav\
y work or liftin\
g.\x0a\x0aLess pain ca\
n be a chance to\
 get stronger. A\
n exercise plan \
or physical ther\
apy may help you\
 get the most fr\
om RFA. Start sl\
owly, and do wha\
t your team sugg\
ests.\x0a\x0aYou will \
have a follow-up\
 visit to see ho\
w you are doing.\
 Your care team \
may ask you to k\
eep a pain diary\
. This is a shor\
t note each day \
about how your p\
ain feels.\x0a\x0aIf t\
he pain comes ba\
ck, RFA can ofte\
n be done again.\
 Usually, you do\
 not need a new \
test block befor\
e a second RFA, \
but your insuran\
ce plan may have\
 its own rules. \
You and your car\
e team decide to\
gether when it m\
akes sense.\x0a\x22\x22\x22\x0a\
\x0a[review]\x0asource\
s = [\x22Cleveland \
Clinic: Radiofre\
quency Ablation \
(my.clevelandcli\
nic.org/health/t\
reatments/17411)\
\x22, \x22Johns Hopkin\
s Medicine: Rhiz\
otomy (back to w\
ork within 1 to \
2 days)\x22, \x22Cleve\
land Clinic Heal\
th Essentials: N\
eed pain relief?\
 Consider RFA (a\
 comprehensive a\
pproach with exe\
rcise)\x22, \x22Cohen \
et al. Consensus\
 practice guidel\
ines on interven\
tions for facet \
joint pain. Reg \
Anesth Pain Med \
2020;45:424-67 (\
doi 10.1136/rapm\
-2019-101243), T\
able 11: no repe\
at block before \
repeat RFA\x22]\x0arev\
iewed_by = \x22\x22\x0are\
viewed_on = \x22\x22\x0ar\
eview_due = \x22\x22\x0a\
\x00\x00\x04\xef\
s\
ection = \x22benefi\
ts\x22\x0aorder = 60\x0at\
itle = \x22Possible\
 benefits\x22\x0amenu_\
title = \x22Possibl\
e benefits\x22\x0asubt\
itle = \x22What RFA\
 may do for you,\
 and what it may\
 not.\x22\x0aimage = \x22\
benefits.svg\x22\x0abo\
dy = \x22\x22\x22\x0aRFA may\
 ease your pain.\
 For some people\
, less pain mean\
s they can move \
more and do more\
 of what they en\
joy.\x0a\x0a- When RFA\
 works, relief m\
ay last from a f\
ew months to abo\
ut a year.\x0a- For\
 some people, it\
 lasts longer.\x0a-\
 If the pain com\
es back, RFA can\
 often be done a\
gain.\x0a- It uses \
thin needles, no\
t surgery.\x0a- Mos\
t people go home\
 the same day.\x0a\x0a\
Results vary. So\
me people get li\
ttle or no relie\
f. The next page\
 tells you more \
about how well R\
FA works.\x0a\x0aFor f\
ace pain (trigem\
inal neuralgia),\
 relief often la\
sts for years. S\
ee the page on t\
rigeminal neural\
gia.\x0a\x0aYour care \
team can help yo\
u weigh what RFA\
 may do for you.\
\x0a\x22\x22\x22\x0a\x0a[review]\x0as\
ources = [\x22Cleve\
land Clinic: Rad\
iofrequency Abla\
tion (my.clevela\
ndclinic.org/hea\
lth/treatments/1\
7411)\x22, \x22McCormi\
ck et al. Int J \
Anesthetic Anest\
hesiol 2015;2:02\
8 (6 to 12 month\
s, possibly up t\
o 2 years)\x22, \x22St\
reitberger et al\
. Eur Spine J 20\
11;20:2160 (medi\
an relief 17 wee\
ks)\x22, \x22Kanpolat \
et al. Percutane\
ous controlled r\
adiofrequency tr\
igeminal rhizoto\
my, 25 years. Ne\
urosurgery 2001;\
48:524-32\x22]\x0arevi\
ewed_by = \x22\x22\x0arev\
iewed_on = \x22\x22\x0are\
view_due = \x22\x22\x0a\
\x00\x00\x07\xc2\
s\
ection = \x22about\x22\
\x0aorder = 10\x0atitl\
e = \x22What is RFA\
?\x22\x0amenu_title = \
\x22What is RFA (rh\
izotomy)?\x22\x0asubti\
tle = \x22A way to \
calm pain by usi\
ng heat on a sma\
ll nerve.\x22\x0aimage\
 = \x22about.svg\x22\x0ab\
ody = \x22\x22\x22\x0aThis g\
uide is about ra\
diofrequency abl\
ation (RFA). It \
is also called r\
hizotomy or neur\
otomy. From here\
 on, we call it \
RFA.\x0a\x0aSome pain \
comes from a joi\
nt. A joint is a\
 place where two\
 bones meet, lik\
e the small join\
ts in your spine\
. Other pain com\
es from a nerve \
itself, like in \
the face or the \
back of the head\
. Small nerves c\
arry that pain t\
o your brain. Ab\
lation means usi\
ng heat to stop \
a small part of \
one of these ner\
ves from working\
. With that part\
 of the nerve tu\
rned off, less p\
ain can get thro\
ugh.\x0a\x0aIn RFA, th\
e doctor puts a \
thin needle next\
 to the nerve. A\
 mild electric c\
urrent flows to \
the needle tip a\
nd makes it hot.\
 Radiofrequency \
is the name of t\
his kind of curr\
ent. It is not r\
adio waves.\x0a\x0a- T\
he nerve is not \
taken out of you\
r body.\x0a- The he\
at does destroy \
a small area of \
the nerve.\x0a- The\
 nerve can grow \
back over time, \
so relief is usu\
ally not permane\
nt.\x0a\x0aWhy so many\
 names? Rhizotom\
y means treating\
 a nerve root, w\
here a nerve lea\
ves the spine or\
 the skull. For \
face pain (trige\
minal neuralgia)\
, the doctor doe\
s treat the root\
 of the face ner\
ve, so rhizotomy\
 is the usual na\
me there. For pa\
in in the back, \
neck, pelvis, or\
 the back of the\
 head, RFA treat\
s small nerve br\
anches, not root\
s. Experts argue\
 about all three\
 names. What mat\
ters is the same\
: the nerve is h\
eated, not remov\
ed, and it can g\
row back.\x0a\x22\x22\x22\x0a\x0a[\
review]\x0asources \
= [\x22Cleveland Cl\
inic: Radiofrequ\
ency Ablation (m\
y.clevelandclini\
c.org/health/tre\
atments/17411)\x22,\
 \x22Waring, Lander\
s and Bogduk. Pa\
in Medicine 2022\
;23(3):603-4 (do\
i 10.1093/pm/pna\
b330)\x22, \x22Clinica\
l Gate: Complica\
tions related to\
 RF procedures (\
RF current 300-5\
00 kHz; groundin\
g pad)\x22, \x22Kanpol\
at et al. Percut\
aneous controlle\
d radiofrequency\
 trigeminal rhiz\
otomy, 25 years.\
 Neurosurgery 20\
01;48:524-32\x22]\x0ar\
eviewed_by = \x22\x22\x0a\
reviewed_on = \x22\x22\
\x0areview_due = \x22\x22\
\x0a\
\x00\x00\x04\xba\
s\
ection = \x22steps\x22\
\x0aorder = 35\x0atitl\
e = \x22Resting bef\
ore you go home\x22\
\x0amenu_title = \x22R\
esting and going\
 home\x22\x0asubtitle \
= \x22You rest for \
a short time, th\
en go home.\x22\x0aima\
ge = \x22step-5.svg\
\x22\x0abody = \x22\x22\x22\x0aAft\
er the needles c\
ome out, you res\
t in a recovery \
area. Most peopl\
e stay for 30 mi\
nutes to 2 hours\
. A nurse checks\
 on you and asks\
 how you feel.\x0a\x0a\
When you are rea\
dy, you can go h\
ome. An adult mu\
st drive you. As\
k your clinic if\
 a taxi or ride \
service is OK. D\
o not drive for \
24 hours, even i\
f you feel fine.\
 Medicine to hel\
p you relax can \
make you slow or\
 sleepy. The num\
bing medicine ca\
n also make a le\
g or arm weak or\
 numb for a few \
hours. Until it \
wears off, have \
someone help you\
 walk.\x0a\x0aFor face\
 pain (trigemina\
l neuralgia), as\
k your care team\
 how long you wi\
ll stay.\x0a\x0a- The \
team will tell y\
ou what to do ov\
er the next few \
days.\x0a- Ask any \
questions you ha\
ve before you le\
ave.\x0a\x22\x22\x22\x0a\x0a[revie\
w]\x0asources = [\x22C\
leveland Clinic:\
 Radiofrequency \
Ablation (my.cle\
velandclinic.org\
/health/treatmen\
ts/17411)\x22, \x22UK \
hospital leaflet\
: Radio Frequenc\
y Denervation (R\
F Treatment) (st\
ay 1 to 2 hours)\
\x22, \x22Hull Univers\
ity Teaching Hos\
pitals (HEY) NHS\
 leaflet: radiof\
requency denerva\
tion\x22]\x0areviewed_\
by = \x22\x22\x0areviewed\
_on = \x22\x22\x0areview_\
due = \x22\x22\x0a\
\x00\x00\x05\xbd\
s\
ection = \x22condit\
ions\x22\x0aorder = 52\
\x0atitle = \x22Sacroi\
liac joint pain\x22\
\x0amenu_title = \x22S\
acroiliac (SI) j\
oint pain\x22\x0asubti\
tle = \x22Pain wher\
e your spine mee\
ts your pelvis.\x22\
\x0aimage = \x22condit\
ion-sacroiliac.s\
vg\x22\x0abody = \x22\x22\x22\x0aY\
ou have two sacr\
oiliac joints. T\
hey join the sac\
rum, the flat bo\
ne at the base o\
f your spine, to\
 your pelvis. Th\
e pelvis is the \
ring of bone at \
your hips. This \
is not the hip j\
oint. Sacroiliac\
 joint pain is o\
ften felt in the\
 low back or but\
tock.\x0a\x0aSeveral s\
mall nerves carr\
y pain from each\
 sacroiliac join\
t. RFA treats a \
branch of the L5\
 nerve. This ner\
ve leaves the sp\
ine at L5, the l\
owest bone of yo\
ur lower back. R\
FA also treats t\
he sacral latera\
l branches. Thes\
e are small nerv\
es that come fro\
m the sacrum.\x0a\x0aF\
irst, you get a \
test block of th\
e joint or of it\
s nerves. Doctor\
s use a few kind\
s of RFA here. O\
ne is cooled RF \
(cooled radiofre\
quency). Water c\
ools the needle \
tip as it works,\
 so the heat rea\
ches a wider are\
a.\x0a\x0aThere are no\
t many good stud\
ies of RFA for s\
acroiliac joint \
pain. So it is l\
ess clear how we\
ll it works. Som\
e insurance plan\
s do not pay for\
 it. Ask your ca\
re team what thi\
s means for you.\
\x0a\x22\x22\x22\x0a\x0a[review]\x0as\
ources = [\x22Cleve\
land Clinic: Rad\
iofrequency Abla\
tion (my.clevela\
ndclinic.org/hea\
lth/treatments/1\
7411)\x22, \x22Stelzer\
 et al. 2013: co\
oled RF of the L\
5 dorsal ramus a\
nd S1-S3 lateral\
 branches\x22, \x22Hea\
lthPartners cove\
rage policy: rad\
iofrequency abla\
tion (sacroiliac\
 joint RFA not c\
overed)\x22]\x0areview\
ed_by = \x22\x22\x0arevie\
wed_on = \x22\x22\x0arevi\
ew_due = \x22\x22\x0a\
\x00\x00\x04\xbd\
s\
ection = \x22condit\
ions\x22\x0aorder = 51\
\x0atitle = \x22Facet \
joint pain\x22\x0amenu\
_title = \x22Facet \
joint pain\x22\x0asubt\
itle = \x22Pain fro\
m small joints i\
n your neck or b\
ack.\x22\x0aimage = \x22c\
ondition-facet.s\
vg\x22\x0abody = \x22\x22\x22\x0aF\
acet joints are \
small joints at \
the back of your\
 spine. They lin\
k the bones of y\
our spine togeth\
er. They help yo\
ur neck and back\
 bend and twist.\
 When these join\
ts wear down or \
get hurt, they c\
an cause neck or\
 back pain.\x0a\x0aSma\
ll nerves called\
 medial branch n\
erves carry pain\
 from each facet\
 joint. RFA uses\
 heat on these s\
mall nerves. It \
does not treat t\
he main nerve ro\
ots, where nerve\
s leave the spin\
e.\x0a\x0a- First, you\
 get one or two \
test nerve block\
s on these nerve\
s.\x0a- If your pai\
n drops by about\
 half or more af\
ter the test, RF\
A may be an opti\
on.\x0a- Relief is \
usually temporar\
y, because the n\
erves can grow b\
ack.\x0a\x22\x22\x22\x0a\x0a[revie\
w]\x0asources = [\x22C\
leveland Clinic:\
 Radiofrequency \
Ablation (my.cle\
velandclinic.org\
/health/treatmen\
ts/17411)\x22, \x22Coh\
en et al. Consen\
sus practice gui\
delines on inter\
ventions for fac\
et joint pain. R\
eg Anesth Pain M\
ed 2020;45:424-6\
7 (doi 10.1136/r\
apm-2019-101243)\
\x22, \x22Waring, Land\
ers and Bogduk. \
Pain Medicine 20\
22;23(3):603-4 (\
doi 10.1093/pm/p\
nab330)\x22]\x0areview\
ed_by = \x22\x22\x0arevie\
wed_on = \x22\x22\x0arevi\
ew_due = \x22\x22\x0a\
\x00\x00\x05\x0e\
s\
ection = \x22steps\x22\
\x0aorder = 34\x0atitl\
e = \x22Treating th\
e nerve\x22\x0amenu_ti\
tle = \x22Treating \
the nerve\x22\x0asubti\
tle = \x22Heat turn\
s off a small pa\
rt of the nerve.\
\x22\x0aimage = \x22step-\
4.svg\x22\x0abody = \x22\x22\
\x22\x0aThis step is c\
alled ablation. \
Ablation means u\
sing heat to sto\
p a small part o\
f a nerve from w\
orking.\x0a\x0aFirst, \
the doctor gives\
 more numbing me\
dicine to the ar\
ea. Then the tip\
 of each needle \
heats up. Each s\
pot gets heat fo\
r about 1 to 3 m\
inutes. The doct\
or may treat mor\
e than one spot.\
\x0a\x0aYou may feel w\
armth or pressur\
e. If it hurts, \
tell the team. T\
hey can help.\x0a\x0aF\
or face pain (tr\
igeminal neuralg\
ia), you are usu\
ally put back to\
 sleep for this \
step. See the pa\
ge on trigeminal\
 neuralgia.\x0a\x0a- W\
hen all the spot\
s are done, the \
needles come out\
.\x0a- You get a sm\
all bandage wher\
e each needle we\
nt in.\x0a\x22\x22\x22\x0a\x0a[rev\
iew]\x0asources = [\
\x22Cleveland Clini\
c: Radiofrequenc\
y Ablation (my.c\
levelandclinic.o\
rg/health/treatm\
ents/17411)\x22, \x22C\
ohen et al. Cons\
ensus practice g\
uidelines on int\
erventions for f\
acet joint pain.\
 Reg Anesth Pain\
 Med 2020;45:424\
-67 (doi 10.1136\
/rapm-2019-10124\
3)\x22, \x22Hoffman et\
 al. Radiofreque\
ncy ablation for\
 occipital neura\
lgia. Ochsner J \
2018;18:209-14 (\
doi 10.31486/toj\
.17.0104)\x22, \x22Tri\
geminal Neuralgi\
a Association UK\
: radio-frequenc\
y lesioning (tna\
.org.uk)\x22]\x0arevie\
wed_by = \x22\x22\x0arevi\
ewed_on = \x22\x22\x0arev\
iew_due = \x22\x22\x0a\
\x00\x00e\x0f\
<\
\xb8d\x18\xca\xef\x9c\x95\xcd!\x1c\xbf`\xa1\xbd\xdd\xa7\
\x00\x00\x00\x05es_ESB\x00\x00\x05\xd8\x00\x00\
4S\x00\x00\x0b\xd1\x00\x00Ec\x00\x00\x0b\xff\x00\x04\
\x87\x9b\x00\x00Z\x11\x00\x04\x98s\x00\x00\x0c-\x00\x04\
\xb6E\x00\x00\x01\xb9\x00\x04\xb6E\x00\x00W\x91\x00\x04\
\xf65\x00\x00[O\x00\x055\x9b\x00\x009\xb3\x00\x05\
H5\x00\x000\xcb\x00\x05L\xf4\x00\x00\x16\xb3\x00\x05\
\x9cD\x00\x002\x02\x00\x13M4\x00\x004S\x00\x19\
\x86\x19\x00\x00\x18y\x00AT\xfd\x00\x00\x0f\xc2\x00K\
\x103\x00\x00M\xc1\x00L7\xfc\x00\x00\x1a\x8f\x00L\
7\xfc\x00\x00 \x8d\x00L7\xfc\x00\x000O\x00V\
\xf6E\x00\x00!T\x00V\xf6E\x00\x001Z\x00Y\
\xef\xd4\x00\x00\x0e\x9a\x00Zg\x95\x00\x00\x0f]\x00[\
f\xf3\x00\x0021\x00\x8dRI\x00\x002]\x00\x9c\
T\x8e\x00\x00#\x10\x00\xb9=\xbe\x00\x00'\x8b\x00\xd0\
|\xbe\x00\x00&\x87\x00\xfc\x05\xc4\x00\x00Q\x8d\x01!\
\xf4\x7f\x00\x00\x1dp\x01:*s\x00\x00\x0e\xce\x01H\
\xd9\xc3\x00\x00[z\x01_\x1b\xbe\x00\x00\x22\x99\x01d\
\xd1\xce\x00\x00N\xfc\x01n\xd6U\x00\x00\x02\xcf\x01\x95\
\xf9\x9d\x00\x00\x01\x00\x01\xcd\x8c\xae\x00\x00>\xf0\x01\xd1\
\xa0>\x00\x006\x97\x01\xed\xb1\x8e\x00\x007d\x01\xfa\
\xfaS\x00\x00+\x06\x01\xfd\xc7\xce\x00\x00XU\x02\x03\
/\xd4\x00\x00\x0d\xb6\x02\x04+\xb3\x00\x00L\xe0\x02\x1c\
\x9d^\x00\x00 :\x02\x1c\xbc\x99\x00\x008\x7f\x02 \
B\x8d\x00\x00:7\x02]\xd5\xbe\x00\x00E\xd1\x02\x97\
\xe1n\x00\x004\x89\x02\xcb\xac\xc3\x00\x00\x0e\x06\x02\xda\
[\xd5\x00\x00N\xbe\x02\xde\x9e\x9d\x00\x00N\x15\x02\xf5\
dy\x00\x00/M\x02\xf7\xe6.\x00\x00G\xc1\x035\
V\x9e\x00\x00Jc\x03[\xdb\xde\x00\x00@\xb0\x03\x9e\
\x7fg\x00\x00\x5c,\x03\x9f(\xa4\x00\x00\x16!\x03\xca\
\x97\x85\x00\x000\x97\x03\xdd\xba\x07\x00\x00[\xd5\x03\xe0\
\x05\x0e\x00\x00\x06\x1b\x04\x01x\xe4\x00\x00\x15\x0f\x04\x07\
}\x9f\x00\x00\x0bZ\x04,J\x0d\x00\x00;\xe9\x045\
\x5c\xb2\x00\x00\x1b\xbd\x04>0\xde\x00\x00)'\x04`\
\x1f\xee\x00\x00S\xf7\x04q\xf2\xe7\x00\x00\x0a\xa8\x04\x86\
\x13~\x00\x00- \x04\x98I\xbc\x00\x00>\xb6\x04\x9d\
an\x00\x00\x08\xd3\x04\x9e\x84\xd5\x00\x00\x19\xb9\x04\x9e\
\x84\xd5\x00\x000\x1c\x04\xac,\xa5\x00\x00\x0c\xf7\x04\xac\
,\xa5\x00\x00\x0f\x95\x04\xce\x11\x8e\x00\x00.\x07\x04\xdc\
\xe0\xba\x00\x00Y\x85\x05\x088\xca\x00\x00\x5c\xb5\x05\x0b\
\x1d\xde\x00\x00B\xa4\x05\x0f\xcf\xc4\x00\x00\x1c\x11\x05-\
\x22\xf9\x00\x00 \xd7\x056\xba\xc2\x00\x00\x16}\x05>\
m\xfe\x00\x00\x13\x85\x05>\x92w\x00\x00MY\x05T\
\x92\x0e\x00\x00\x11{\x05c\x84x\x00\x00Z\xa8\x05\x84\
\x7f^\x00\x00A\x07\x05\x8f\x94d\x00\x00H\x5c\x05\xa6\
\xba4\x00\x00>\x7f\x05\xb7\xac\xb5\x00\x00\x1f\xf5\x05\xb7\
\xac\xb5\x00\x00/\x88\x05\xfe\xa6\x04\x00\x00'\x00\x06 \
Z\x05\x00\x00Z:\x064\xe0\x1e\x00\x00,\x0f\x06i\
\xban\x00\x00\x03\xd7\x06uI\x9b\x00\x008H\x06~\
\x8fc\x00\x00/\xcb\x06\x80\x9eE\x00\x00\x17X\x06\xc0\
z$\x00\x00\x00\x00\x06\xd3\xc4\x9d\x00\x00\x0a.\x06\xd3\
\xc4\x9d\x00\x00\x10\xfc\x06\xe6\xc7S\x00\x007\xfb\x06\xe6\
\xfe3\x00\x00\x0c^\x06\xf1\xf7n\x00\x00\x1d\xc7\x07\x01\
\x8f\x15\x00\x00Q\xda\x07\x0cv\xd3\x00\x006'\x07\x1d\
\xa2~\x00\x00Ic\x07)p5\x00\x00L\x01\x07,\
\x9cN\x00\x00F0\x079\xab\xe3\x00\x00+\xb6\x07I\
?\xde\x00\x00*R\x07`$n\x00\x00%\xb9\x07~\
\xb0M\x00\x00<K\x07\x8f\x5c\x1e\x00\x00QC\x07\x98\
\xf9U\x00\x00D\xc0\x07\xa2]\x02\x00\x00\x0d.\x07\xb1\
x\xf2\x00\x00C\xb2\x07\xbd\x84\xce\x00\x00#\xed\x07\xc1\
\xdb~\x00\x00T\xf0\x08\x0c\xd4\x1d\x00\x008\xe5\x08>\
\x22m\x00\x00V\xb1\x08M&\x85\x00\x00YO\x08\x5c\
\xe8\xde\x00\x00W\xbe\x08}\xc8\x9f\x00\x00H\xcd\x08\xbf\
\xca\x92\x00\x00\x17!\x08\xc4\xbf\xea\x00\x00W\x05\x08\xcd\
\x03\xb3\x00\x00\x16\xe9\x09\x0cy\x13\x00\x00\x0b\x11\x09'\
R\xe5\x00\x00?\x90\x09K\xf6n\x00\x00S=\x09d\
\xc6B\x00\x00\x1c`\x09\x94\xbc\xee\x00\x002\xef\x09\x98\
\x9e\xae\x00\x00$\xb4\x09\xae\xe6\x0e\x00\x00R\xa7\x09\xc9\
k\xde\x00\x005\x1f\x09\xca\xb6\xed\x00\x00\x17\xa2\x09\xfb\
\x1d>\x00\x00U\x9c\x09\xfe\x06\xae\x00\x00\x10,\x0af\
`\x83\x00\x00\x0e>\x0a\x92\x8f\x0e\x00\x00%H\x0a\xbf\
\x00\xdb\x00\x00\x022\x0a\xc2#n\x00\x00\x10Z\x0a\xcc\
\xa4-\x00\x00\x00Y\x0a\xdeJ\xb4\x00\x00\x19\xf1\x0b\x5c\
?\xd4\x00\x009\xea\x0be\x1e\xb5\x00\x00\x194\x0bk\
\xe2\x1e\x00\x00!\xeb\x0b\x7f\xc3\xdd\x00\x00\x17\xe6\x0b\x98\
\x8c\xb3\x00\x00\x1bX\x0b\x98\x8c\xb3\x00\x000\xfa\x0b\xa6\
\xe9\xbe\x00\x00\x1f\xae\x0b\xaf\xab\xf2\x00\x00=\x05\x0b\xc8\
u\x0e\x00\x00V6\x0b\xc8\xf2\x83\x00\x00'S\x0b\xca\
\xab\xde\x00\x00;\x02\x0b\xe5X\xed\x00\x00<\xac\x0c\x1d\
\xf5\x03\x00\x00\x1aC\x0cG(U\x00\x00\x1fo\x0cP\
A\xb3\x00\x00Lw\x0c\xa6.D\x00\x00\x01\xe8\x0d\x0f\
P\x9d\x00\x00\x14\xa6\x0d\x15\xb3\xd4\x00\x00\x09\xc9\x0d\x1c\
\xce7\x00\x00\x183\x0d!\x8c\xed\x00\x00=\xf0\x0d%\
\x00\xdf\x00\x002\xad\x0d)\xa9\xe3\x00\x00+_\x0dF\
\xc9\xf5\x00\x00Kl\x0dg\xb1n\x00\x00S\xba\x0dj\
s\xde\x00\x00?;\x0dl\xe6Y\x00\x00\x15b\x0d}\
?7\x00\x00\x14L\x0e\x16\xff\xa3\x00\x00R&\x0e$\
\xe5>\x00\x00A\xb5\x0eK\xf7\x9e\x00\x009j\x0eR\
a\xae\x00\x00\x07=\x0er\x1b>\x00\x00\x12\x08\x0e\x80\
\x91-\x00\x00\x03S\x0e\x9bH$\x00\x001\x8e\x0e\xd1\
@\xe4\x00\x00\x05\x1b\x0e\xe4\x80n\x00\x00\x10\x9e\x0f\x05\
\xc9\x8e\x00\x00P\xf0\x0f\x11B\xd5\x00\x00I\x1d\x0f#\
\xc5\x84\x00\x00\x05\x8f\x0fN\xdc\x1f\x00\x00\x1a\xdc\x0fR\
\xd7\x84\x00\x00\x1c\xae\x0fa\xc3^\x00\x00!\x8a\x0fg\
\xdb\xc5\x00\x00\x04\xd3\x0f\xf8\x9fd\x00\x00;=\x0f\xf9\
\xbd\x1e\x00\x00(Xi\x00\x00_\x0c\x03\x00\x00\x00(\
\x00A\x00\xfa\x00n\x00 \x00n\x00o\x00 \x00h\
\x00a\x00y\x00 \x00a\x00c\x00t\x00i\x00v\
\x00i\x00d\x00a\x00d\x08\x00\x00\x00\x00\x06\x00\x00\
\x00\x0fNo activity ye\
t\x07\x00\x00\x00\x0dDailyBarCh\
art\x01\x03\x00\x00\x00\x5c\x00T\x00o\x00t\x00\
a\x00l\x00:\x00 \x00{\x000\x00}\x00 \x00\
e\x00n\x00 \x00{\x001\x00}\x00 \x00d\x00\
\xed\x00a\x00s\x00;\x00 \x00m\x00\xe1\x00x\x00\
i\x00m\x00o\x00 \x00e\x00l\x00 \x00d\x00\
\xed\x00a\x00 \x00{\x002\x00}\x00:\x00 \x00\
{\x003\x00}\x08\x00\x00\x00\x00\x06\x00\x00\x00)T\
otal {0} over {1\
} days; most on \
{2}: {3}\x07\x00\x00\x00\x0dDai\
lyBarChart\x01\x03\x00\x00\x00j\
\x00{\x001\x00}\x00:\x00 \x00{\x000\x00}\
\x00 \x00e\x00n\x00 \x00t\x00o\x00t\x00a\
\x00l\x00 \x00e\x00n\x00 \x00{\x002\x00}\
\x00 \x00d\x00\xed\x00a\x00s\x00;\x00 \x00m\
\x00\xe1\x00x\x00i\x00m\x00o\x00 \x00e\x00l\
\x00 \x00d\x00\xed\x00a\x00 \x00{\x003\x00}\
\x00:\x00 \x00{\x004\x00}\x08\x00\x00\x00\x00\x06\
\x00\x00\x00-Total {0} {1\
} over {2} days;\
 most on {3}: {4\
}\x07\x00\x00\x00\x0dDailyBarCh\
art\x01\x03\x00\x00\x00\x0a\x00L\x00i\x00s\x00\
t\x00o\x08\x00\x00\x00\x00\x06\x00\x00\x00\x04Don\
e\x07\x00\x00\x00\x0cDisplayPan\
el\x01\x03\x00\x00\x00\x1c\x00A\x00l\x00t\x00o\
\x00 \x00c\x00o\x00n\x00t\x00r\x00a\x00s\
\x00t\x00e\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0dHi\
gh contrast\x07\x00\x00\x00\x0c\
DisplayPanel\x01\x03\x00\x00\
\x00Z\x00A\x00l\x00t\x00o\x00 \x00c\x00o\
\x00n\x00t\x00r\x00a\x00s\x00t\x00e\x00:\
\x00 \x00l\x00e\x00t\x00r\x00a\x00 \x00c\
\x00l\x00a\x00r\x00a\x00 \x00s\x00o\x00b\
\x00r\x00e\x00 \x00f\x00o\x00n\x00d\x00o\
\x00 \x00n\x00e\x00g\x00r\x00o\x08\x00\x00\x00\
\x00\x06\x00\x00\x00\x22High contr\
ast: light text \
on black\x07\x00\x00\x00\x0cDis\
playPanel\x01\x03\x00\x00\x00F\x00\
H\x00a\x00c\x00e\x00r\x00 \x00l\x00a\x00\
 \x00p\x00a\x00n\x00t\x00a\x00l\x00l\x00\
a\x00 \x00m\x00\xe1\x00s\x00 \x00f\x00\xe1\x00\
c\x00i\x00l\x00 \x00d\x00e\x00 \x00u\x00\
s\x00a\x00r\x08\x00\x00\x00\x00\x06\x00\x00\x00\x1dM\
ake the screen e\
asier to use\x07\x00\x00\x00\
\x0cDisplayPanel\x01\x03\x00\
\x00\x00F\x00S\x00i\x00 \x00e\x00s\x00t\x00\
\xe1\x00 \x00e\x00n\x00 \x00u\x00n\x00a\x00\
 \x00s\x00i\x00l\x00l\x00a\x00:\x00 \x00\
b\x00o\x00t\x00o\x00n\x00e\x00s\x00 \x00\
a\x00b\x00a\x00j\x00o\x08\x00\x00\x00\x00\x06\x00\
\x00\x00\x1dSeated: butto\
ns at the bottom\
\x07\x00\x00\x00\x0cDisplayPane\
l\x01\x03\x00\x00\x00\xa2\x00S\x00i\x00 \x00e\x00\
s\x00t\x00\xe1\x00 \x00e\x00n\x00 \x00u\x00\
n\x00a\x00 \x00s\x00i\x00l\x00l\x00a\x00\
:\x00 \x00p\x00o\x00n\x00e\x00r\x00 \x00\
t\x00o\x00d\x00o\x00s\x00 \x00l\x00o\x00\
s\x00 \x00b\x00o\x00t\x00o\x00n\x00e\x00\
s\x00 \x00e\x00n\x00 \x00l\x00a\x00 \x00\
m\x00i\x00t\x00a\x00d\x00 \x00d\x00e\x00\
 \x00a\x00b\x00a\x00j\x00o\x00 \x00d\x00\
e\x00 \x00l\x00a\x00 \x00p\x00a\x00n\x00\
t\x00a\x00l\x00l\x00a\x08\x00\x00\x00\x00\x06\x00\
\x00\x009Seated: move \
every button to \
the lower half o\
f the screen\x07\x00\x00\x00\
\x0cDisplayPanel\x01\x03\x00\
\x00\x00\x1e\x00T\x00a\x00m\x00a\x00\xf1\x00o\x00\
 \x00d\x00e\x00 \x00l\x00e\x00t\x00r\x00\
a\x08\x00\x00\x00\x00\x06\x00\x00\x00\x09Text \
size\x07\x00\x00\x00\x0cDisplay\
Panel\x01\x03\x00\x00\x00>\x00T\x00a\x00\
m\x00a\x00\xf1\x00o\x00 \x00d\x00e\x00 \x00\
l\x00e\x00t\x00r\x00a\x00:\x00 \x00{\x00\
0\x00}\x00 \x00p\x00o\x00r\x00 \x00c\x00\
i\x00e\x00n\x00t\x00o\x08\x00\x00\x00\x00\x06\x00\
\x00\x00\x15Text size {0}\
 percent\x07\x00\x00\x00\x0cDis\
playPanel\x01\x03\x00\x00\x00F\x00\
H\x00a\x00c\x00e\x00r\x00 \x00u\x00n\x00\
a\x00 \x00p\x00r\x00e\x00g\x00u\x00n\x00\
t\x00a\x00 \x00o\x00 \x00p\x00e\x00d\x00\
i\x00r\x00 \x00u\x00n\x00a\x00 \x00c\x00\
i\x00t\x00a\x08\x00\x00\x00\x00\x06\x00\x00\x00(A\
sk a question or\
 request an appo\
intment\x07\x00\x00\x00\x09Foot\
erBar\x01\x03\x00\x00\x00\xb2\x00N\x00o\x00\
 \x00e\x00s\x00 \x00p\x00a\x00r\x00a\x00\
 \x00e\x00m\x00e\x00r\x00g\x00e\x00n\x00\
c\x00i\x00a\x00s\x00.\x00 \x00S\x00i\x00\
 \x00e\x00s\x00 \x00u\x00n\x00a\x00 \x00\
e\x00m\x00e\x00r\x00g\x00e\x00n\x00c\x00\
i\x00a\x00,\x00 \x00l\x00l\x00a\x00m\x00\
e\x00 \x00a\x00l\x00 \x009\x001\x001\x00\
 \x00o\x00 \x00a\x00v\x00i\x00s\x00e\x00\
 \x00a\x00h\x00o\x00r\x00a\x00 \x00e\x00\
n\x00 \x00l\x00a\x00 \x00r\x00e\x00c\x00\
e\x00p\x00c\x00i\x00\xf3\x00n\x00.\x08\x00\x00\
\x00\x00\x06\x00\x00\x00RNot for e\
mergencies. If t\
his is an emerge\
ncy, call 911 or\
 tell the front \
desk now.\x07\x00\x00\x00\x09Fo\
oterBar\x01\x03\x00\x00\x00\xfa\x00E\x00\
s\x00t\x00e\x00 \x00q\x00u\x00i\x00o\x00\
s\x00c\x00o\x00 \x00e\x00n\x00v\x00i\x00\
\xf3\x00 \x00m\x00u\x00c\x00h\x00a\x00s\x00\
 \x00s\x00o\x00l\x00i\x00c\x00i\x00t\x00\
u\x00d\x00e\x00s\x00 \x00e\x00n\x00 \x00\
l\x00o\x00s\x00 \x00\xfa\x00l\x00t\x00i\x00\
m\x00o\x00s\x00 \x00m\x00i\x00n\x00u\x00\
t\x00o\x00s\x00.\x00 \x00P\x00o\x00r\x00\
 \x00f\x00a\x00v\x00o\x00r\x00,\x00 \x00\
m\x00u\x00e\x00s\x00t\x00r\x00e\x00 \x00\
e\x00s\x00t\x00a\x00 \x00p\x00a\x00n\x00\
t\x00a\x00l\x00l\x00a\x00 \x00e\x00n\x00\
 \x00l\x00a\x00 \x00r\x00e\x00c\x00e\x00\
p\x00c\x00i\x00\xf3\x00n\x00 \x00y\x00 \x00\
l\x00e\x00 \x00a\x00y\x00u\x00d\x00a\x00\
r\x00\xe1\x00n\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00\
|This kiosk has \
sent many reques\
ts in the last f\
ew minutes. Plea\
se show this scr\
een to the front\
 desk and they w\
ill help you.\x07\x00\x00\
\x00\x0bKioskWindow\x01\x03\x00\
\x00\x00\x94\x00N\x00o\x00 \x00p\x00u\x00d\x00\
i\x00m\x00o\x00s\x00 \x00g\x00u\x00a\x00\
r\x00d\x00a\x00r\x00 \x00e\x00s\x00t\x00\
o\x00.\x00 \x00P\x00o\x00r\x00 \x00f\x00\
a\x00v\x00o\x00r\x00,\x00 \x00m\x00u\x00\
e\x00s\x00t\x00r\x00e\x00 \x00e\x00s\x00\
t\x00a\x00 \x00p\x00a\x00n\x00t\x00a\x00\
l\x00l\x00a\x00 \x00e\x00n\x00 \x00l\x00\
a\x00 \x00r\x00e\x00c\x00e\x00p\x00c\x00\
i\x00\xf3\x00n\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00\
BWe could not sa\
ve this. Please \
show this screen\
 to the front de\
sk.\x07\x00\x00\x00\x0bKioskWin\
dow\x01\x03\x00\x00\x002\x00C\x00o\x00m\x00\
p\x00r\x00u\x00e\x00b\x00e\x00 \x00l\x00\
o\x00 \x00q\x00u\x00e\x00 \x00a\x00p\x00\
r\x00e\x00n\x00d\x00i\x00\xf3\x08\x00\x00\x00\x00\
\x06\x00\x00\x00\x16Check what \
you learned\x07\x00\x00\x00\x08\
MenuPage\x01\x03\x00\x00\x00>\x00P\
\x00r\x00e\x00g\x00u\x00n\x00t\x00a\x00s\
\x00 \x00p\x00a\x00r\x00a\x00 \x00s\x00u\
\x00 \x00e\x00q\x00u\x00i\x00p\x00o\x00 \
\x00m\x00\xe9\x00d\x00i\x00c\x00o\x08\x00\x00\x00\
\x00\x06\x00\x00\x00\x1fQuestions \
to ask your care\
 team\x07\x00\x00\x00\x08MenuPa\
ge\x01\x03\x00\x00\x004\x00E\x00m\x00p\x00e\
\x00z\x00a\x00r\x00 \x00d\x00e\x00s\x00d\
\x00e\x00 \x00e\x00l\x00 \x00p\x00r\x00i\
\x00n\x00c\x00i\x00p\x00i\x00o\x08\x00\x00\x00\
\x00\x06\x00\x00\x00\x18Start from\
 the beginning\x07\x00\
\x00\x00\x08MenuPage\x01\x03\x00\x00\x00\
\x1e\x00L\x00o\x00s\x00 \x00c\x00i\x00n\x00\
c\x00o\x00 \x00p\x00a\x00s\x00o\x00s\x08\
\x00\x00\x00\x00\x06\x00\x00\x00\x0eThe fiv\
e steps\x07\x00\x00\x00\x08Menu\
Page\x01\x03\x00\x00\x008\x00\xbf\x00S\x00o\
\x00b\x00r\x00e\x00 \x00q\x00u\x00\xe9\x00 \
\x00l\x00e\x00 \x00g\x00u\x00s\x00t\x00a\
\x00r\x00\xed\x00a\x00 \x00l\x00e\x00e\x00r\
\x00?\x08\x00\x00\x00\x00\x06\x00\x00\x00\x22What\
 would you like \
to read about?\x07\x00\
\x00\x00\x08MenuPage\x01\x03\x00\x00\x00\
\x06\x001\x002\x003\x08\x00\x00\x00\x00\x06\x00\x00\x00\
\x03123\x07\x00\x00\x00\x10OnScree\
nKeyboard\x01\x03\x00\x00\x00\x06\x00\
A\x00B\x00C\x08\x00\x00\x00\x00\x06\x00\x00\x00\x03A\
BC\x07\x00\x00\x00\x10OnScreenK\
eyboard\x01\x03\x00\x00\x00\x08\x00B\x00\
l\x00o\x00q\x08\x00\x00\x00\x00\x06\x00\x00\x00\x04C\
aps\x07\x00\x00\x00\x10OnScreen\
Keyboard\x01\x03\x00\x00\x00R\x00B\
\x00l\x00o\x00q\x00 \x00M\x00a\x00y\x00\xfa\
\x00s\x00:\x00 \x00t\x00o\x00d\x00a\x00s\
\x00 \x00l\x00a\x00s\x00 \x00l\x00e\x00t\
\x00r\x00a\x00s\x00 \x00e\x00n\x00 \x00m\
\x00a\x00y\x00\xfa\x00s\x00c\x00u\x00l\x00a\
\x08\x00\x00\x00\x00\x06\x00\x00\x00\x22Caps l\
ock: all letters\
 in capitals\x07\x00\x00\x00\
\x10OnScreenKeyboar\
d\x01\x03\x00\x00\x00\x0c\x00B\x00o\x00r\x00r\x00\
a\x00r\x08\x00\x00\x00\x00\x06\x00\x00\x00\x06Del\
ete\x07\x00\x00\x00\x10OnScreen\
Keyboard\x01\x03\x00\x00\x00@\x00B\
\x00o\x00r\x00r\x00a\x00r\x00 \x00l\x00a\
\x00 \x00l\x00e\x00t\x00r\x00a\x00 \x00a\
\x00n\x00t\x00e\x00s\x00 \x00d\x00e\x00l\
\x00 \x00c\x00u\x00r\x00s\x00o\x00r\x08\x00\
\x00\x00\x00\x06\x00\x00\x00#Delete t\
he letter before\
 the cursor\x07\x00\x00\x00\x10\
OnScreenKeyboard\
\x01\x03\x00\x00\x00\x1e\x00O\x00c\x00u\x00l\x00t\
\x00a\x00r\x00 \x00t\x00e\x00c\x00l\x00a\
\x00d\x00o\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0dHi\
de keyboard\x07\x00\x00\x00\x10\
OnScreenKeyboard\
\x01\x03\x00\x00\x00\x0c\x00L\x00e\x00t\x00r\x00a\
\x00s\x08\x00\x00\x00\x00\x06\x00\x00\x00\x07Lett\
ers\x07\x00\x00\x00\x10OnScreen\
Keyboard\x01\x03\x00\x00\x00$\x00N\
\x00\xfa\x00m\x00e\x00r\x00o\x00s\x00 \x00y\
\x00 \x00s\x00\xed\x00m\x00b\x00o\x00l\x00o\
\x00s\x08\x00\x00\x00\x00\x06\x00\x00\x00\x13Numb\
ers and symbols\x07\
\x00\x00\x00\x10OnScreenKeyb\
oard\x01\x03\x00\x00\x00\x0a\x00M\x00a\x00y\
\x00\xfa\x00s\x08\x00\x00\x00\x00\x06\x00\x00\x00\x05Sh\
ift\x07\x00\x00\x00\x10OnScreen\
Keyboard\x01\x03\x00\x00\x00L\x00M\
\x00a\x00y\x00\xfa\x00s\x00:\x00 \x00l\x00a\
\x00 \x00s\x00i\x00g\x00u\x00i\x00e\x00n\
\x00t\x00e\x00 \x00l\x00e\x00t\x00r\x00a\
\x00 \x00e\x00n\x00 \x00m\x00a\x00y\x00\xfa\
\x00s\x00c\x00u\x00l\x00a\x08\x00\x00\x00\x00\x06\
\x00\x00\x00\x1eShift: next \
letter in capita\
ls\x07\x00\x00\x00\x10OnScreenK\
eyboard\x01\x03\x00\x00\x00\x0e\x00E\x00\
s\x00p\x00a\x00c\x00i\x00o\x08\x00\x00\x00\x00\
\x06\x00\x00\x00\x05Space\x07\x00\x00\x00\x10O\
nScreenKeyboard\x01\
\x03\x00\x00\x00\x0c\x00B\x00o\x00r\x00r\x00a\x00\
r\x08\x00\x00\x00\x00\x06\x00\x00\x00\x06Delet\
e\x07\x00\x00\x00\x06PinPad\x01\x03\x00\x00\
\x00:\x00D\x00\xed\x00g\x00i\x00t\x00o\x00s\
\x00 \x00d\x00e\x00l\x00 \x00P\x00I\x00N\
\x00 \x00e\x00s\x00c\x00r\x00i\x00t\x00o\
\x00s\x00:\x00 \x00{\x000\x00}\x08\x00\x00\x00\
\x00\x06\x00\x00\x00\x15PIN digits\
 typed: {0}\x07\x00\x00\x00\x06\
PinPad\x01\x03\x00\x00\x00\x0c\x00E\x00n\
\x00t\x00r\x00a\x00r\x08\x00\x00\x00\x00\x06\x00\x00\
\x00\x07Sign in\x07\x00\x00\x00\x06Pi\
nPad\x01\x03\x00\x00\x00\x1c\x00E\x00s\x00c\
\x00r\x00i\x00b\x00a\x00 \x00s\x00u\x00 \
\x00P\x00I\x00N\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0d\
Type your PIN\x07\x00\x00\
\x00\x06PinPad\x01\x03\x00\x00\x00*\x00A\
\x00g\x00r\x00e\x00g\x00a\x00r\x00 \x00a\
\x00 \x00m\x00i\x00 \x00p\x00r\x00e\x00g\
\x00u\x00n\x00t\x00a\x08\x00\x00\x00\x00\x06\x00\x00\
\x00\x12Add to my ques\
tion\x07\x00\x00\x00\x0dQuestio\
nsPage\x01\x03\x00\x00\x00>\x00P\x00r\
\x00e\x00g\x00u\x00n\x00t\x00a\x00s\x00 \
\x00p\x00a\x00r\x00a\x00 \x00s\x00u\x00 \
\x00e\x00q\x00u\x00i\x00p\x00o\x00 \x00m\
\x00\xe9\x00d\x00i\x00c\x00o\x08\x00\x00\x00\x00\x06\
\x00\x00\x00\x1fQuestions to\
 ask your care t\
eam\x07\x00\x00\x00\x0dQuestion\
sPage\x01\x03\x00\x00\x00J\x00P\x00r\x00\
i\x00m\x00e\x00r\x00o\x00 \x00m\x00a\x00\
r\x00q\x00u\x00e\x00 \x00a\x00l\x00 \x00\
m\x00e\x00n\x00o\x00s\x00 \x00u\x00n\x00\
a\x00 \x00p\x00r\x00e\x00g\x00u\x00n\x00\
t\x00a\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00!T\
ick at least one\
 question first.\
\x07\x00\x00\x00\x0dQuestionsPa\
ge\x01\x03\x00\x00\x00\xec\x00M\x00a\x00r\x00q\
\x00u\x00e\x00 \x00l\x00a\x00s\x00 \x00p\
\x00r\x00e\x00g\x00u\x00n\x00t\x00a\x00s\
\x00 \x00q\x00u\x00e\x00 \x00q\x00u\x00i\
\x00e\x00r\x00e\x00 \x00h\x00a\x00c\x00e\
\x00r\x00.\x00 \x00L\x00a\x00s\x00 \x00a\
\x00g\x00r\x00e\x00g\x00a\x00r\x00e\x00m\
\x00o\x00s\x00 \x00a\x00 \x00u\x00n\x00 \
\x00m\x00e\x00n\x00s\x00a\x00j\x00e\x00 \
\x00p\x00a\x00r\x00a\x00 \x00s\x00u\x00 \
\x00e\x00q\x00u\x00i\x00p\x00o\x00 \x00m\
\x00\xe9\x00d\x00i\x00c\x00o\x00.\x00 \x00P\
\x00u\x00e\x00d\x00e\x00 \x00c\x00a\x00m\
\x00b\x00i\x00a\x00r\x00 \x00l\x00a\x00s\
\x00 \x00p\x00a\x00l\x00a\x00b\x00r\x00a\
\x00s\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00oTi\
ck the questions\
 you want to ask\
. We will add th\
em to a message \
for your care te\
am. You can chan\
ge the words.\x07\x00\x00\
\x00\x0dQuestionsPage\x01\
\x03\x00\x00\x00r\x00F\x00o\x00r\x00m\x00u\x00\
l\x00a\x00r\x00i\x00o\x00s\x00:\x00 \x00\
{\x000\x00}\x00 \x00i\x00n\x00i\x00c\x00\
i\x00a\x00d\x00o\x00s\x00,\x00 \x00{\x00\
1\x00}\x00 \x00s\x00i\x00n\x00 \x00e\x00\
n\x00v\x00i\x00a\x00r\x00,\x00 \x00{\x00\
2\x00}\x00 \x00e\x00n\x00v\x00i\x00a\x00\
d\x00o\x00s\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00\
.Forms: {0} star\
ted, {1} left un\
sent, {2} sent.\x07\
\x00\x00\x00\x12ReadingInsig\
htView\x01\x03\x00\x00\x00$\x00M\x00i\
\x00n\x00u\x00t\x00o\x00s\x00 \x00d\x00e\
\x00 \x00l\x00e\x00c\x00t\x00u\x00r\x00a\
\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0fMinute\
s reading\x07\x00\x00\x00\x12Re\
adingInsightView\
\x01\x03\x00\x00\x002\x00P\x00\xe1\x00g\x00i\x00n\
\x00a\x00s\x00 \x00m\x00\xe1\x00s\x00 \x00a\
\x00b\x00i\x00e\x00r\x00t\x00a\x00s\x00:\
\x00 \x00{\x000\x00}\x08\x00\x00\x00\x00\x06\x00\x00\
\x00\x10Most opened: {\
0}\x07\x00\x00\x00\x12ReadingIn\
sightView\x01\x03\x00\x00\x00 \x00\
P\x00\xe1\x00g\x00i\x00n\x00a\x00s\x00 \x00\
a\x00b\x00i\x00e\x00r\x00t\x00a\x00s\x08\
\x00\x00\x00\x00\x06\x00\x00\x00\x0cPages o\
pened\x07\x00\x00\x00\x12Readin\
gInsightView\x01\x03\x00\x00\
\x00h\x00D\x00a\x00t\x00o\x00s\x00 \x00d\
\x00e\x00 \x00l\x00e\x00c\x00t\x00u\x00r\
\x00a\x00,\x00 \x00\xfa\x00l\x00t\x00i\x00m\
\x00o\x00s\x00 \x003\x000\x00 \x00d\x00\xed\
\x00a\x00s\x00 \x00(\x00c\x00o\x00n\x00t\
\x00e\x00o\x00s\x00 \x00a\x00n\x00\xf3\x00n\
\x00i\x00m\x00o\x00s\x00)\x08\x00\x00\x00\x00\x06\
\x00\x00\x000Reading insi\
ght, last 30 day\
s (anonymous cou\
nts)\x07\x00\x00\x00\x12Reading\
InsightView\x01\x03\x00\x00\x00\
(\x00S\x00o\x00l\x00i\x00c\x00i\x00t\x00\
u\x00d\x00e\x00s\x00 \x00e\x00n\x00v\x00\
i\x00a\x00d\x00a\x00s\x08\x00\x00\x00\x00\x06\x00\
\x00\x00\x0dRequests sent\
\x07\x00\x00\x00\x12ReadingInsi\
ghtView\x01\x03\x00\x00\x00\x10\x00M\x00\
\xe1\x00s\x00 \x00a\x00l\x00t\x00o\x08\x00\x00\
\x00\x00\x06\x00\x00\x00\x06Louder\x07\x00\x00\
\x00\x0bReadingPage\x01\x03\x00\
\x00\x00\x12\x00S\x00i\x00g\x00u\x00i\x00e\x00\
n\x00t\x00e\x08\x00\x00\x00\x00\x06\x00\x00\x00\x04N\
ext\x07\x00\x00\x00\x0bReadingP\
age\x01\x03\x00\x00\x00\x10\x00A\x00n\x00t\x00\
e\x00r\x00i\x00o\x00r\x08\x00\x00\x00\x00\x06\x00\
\x00\x00\x08Previous\x07\x00\x00\x00\x0b\
ReadingPage\x01\x03\x00\x00\x00\
\x10\x00M\x00\xe1\x00s\x00 \x00b\x00a\x00j\x00\
o\x08\x00\x00\x00\x00\x06\x00\x00\x00\x07Quiet\
er\x07\x00\x00\x00\x0bReadingPa\
ge\x01\x03\x00\x00\x00 \x00L\x00e\x00e\x00r\
\x00 \x00e\x00n\x00 \x00v\x00o\x00z\x00 \
\x00a\x00l\x00t\x00a\x08\x00\x00\x00\x00\x06\x00\x00\
\x00\x0aRead to me\x07\x00\x00\x00\
\x0bReadingPage\x01\x03\x00\x00\
\x00\x18\x00F\x00u\x00e\x00n\x00t\x00e\x00s\
\x00:\x00 \x00{\x000\x00}\x08\x00\x00\x00\x00\x06\
\x00\x00\x00\x0cSources: {0}\
\x07\x00\x00\x00\x0bReadingPage\
\x01\x03\x00\x00\x00\x1e\x00P\x00a\x00s\x00o\x00 \
\x00{\x000\x00}\x00 \x00d\x00e\x00 \x00{\
\x001\x00}\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0fSt\
ep {0} of {1}\x07\x00\x00\
\x00\x0bReadingPage\x01\x03\x00\
\x00\x00\x1a\x00D\x00e\x00j\x00a\x00r\x00 \x00\
d\x00e\x00 \x00l\x00e\x00e\x00r\x08\x00\x00\
\x00\x00\x06\x00\x00\x00\x0cStop read\
ing\x07\x00\x00\x00\x0bReadingP\
age\x01\x03\x00\x00\x00d\x00\xbf\x00A\x00l\x00\
g\x00o\x00 \x00q\x00u\x00e\x00 \x00d\x00\
e\x00b\x00a\x00m\x00o\x00s\x00 \x00s\x00\
a\x00b\x00e\x00r\x00?\x00 \x00(\x00p\x00\
u\x00e\x00d\x00e\x00 \x00d\x00e\x00j\x00\
a\x00r\x00l\x00o\x00 \x00e\x00n\x00 \x00\
b\x00l\x00a\x00n\x00c\x00o\x00)\x08\x00\x00\
\x00\x00\x06\x00\x00\x003Anything \
we should know? \
(you may leave t\
his empty)\x07\x00\x00\x00\x0fR\
equestFormPage\x01\x03\
\x00\x00\x00F\x00D\x00\xed\x00a\x00s\x00 \x00y\
\x00 \x00h\x00o\x00r\x00a\x00s\x00 \x00q\
\x00u\x00e\x00 \x00m\x00e\x00j\x00o\x00r\
\x00 \x00l\x00e\x00 \x00c\x00o\x00n\x00v\
\x00i\x00e\x00n\x00e\x00n\x08\x00\x00\x00\x00\x06\
\x00\x00\x00\x1bBest days an\
d times for you\x07\
\x00\x00\x00\x0fRequestFormP\
age\x01\x03\x00\x00\x00\x0e\x00C\x00a\x00m\x00\
b\x00i\x00a\x00r\x08\x00\x00\x00\x00\x06\x00\x00\x00\
\x06Change\x07\x00\x00\x00\x0fRequ\
estFormPage\x01\x03\x00\x00\x00\
 \x00R\x00e\x00v\x00i\x00s\x00a\x00r\x00\
 \x00y\x00 \x00e\x00n\x00v\x00i\x00a\x00\
r\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0eCheck\
 and send\x07\x00\x00\x00\x0fRe\
questFormPage\x01\x03\x00\
\x00\x00\x1a\x00E\x00l\x00i\x00j\x00a\x00 \x00\
u\x00n\x00 \x00t\x00e\x00m\x00a\x08\x00\x00\
\x00\x00\x06\x00\x00\x00\x0eChoose a \
topic\x07\x00\x00\x00\x0fReques\
tFormPage\x01\x03\x00\x00\x00$\x00\
C\x00o\x00r\x00r\x00e\x00o\x00 \x00e\x00\
l\x00e\x00c\x00t\x00r\x00\xf3\x00n\x00i\x00\
c\x00o\x08\x00\x00\x00\x00\x06\x00\x00\x00\x05Ema\
il\x07\x00\x00\x00\x0fRequestFo\
rmPage\x01\x03\x00\x00\x00@\x00\xbf\x00C\
\x00\xf3\x00m\x00o\x00 \x00n\x00o\x00s\x00 \
\x00c\x00o\x00m\x00u\x00n\x00i\x00c\x00a\
\x00m\x00o\x00s\x00 \x00c\x00o\x00n\x00 \
\x00u\x00s\x00t\x00e\x00d\x00?\x08\x00\x00\x00\
\x00\x06\x00\x00\x00\x18How should\
 we reach you?\x07\x00\
\x00\x00\x0fRequestFormPa\
ge\x01\x03\x00\x00\x00.\x00N\x00i\x00n\x00g\
\x00\xfa\x00n\x00 \x00t\x00e\x00m\x00a\x00 \
\x00e\x00n\x00 \x00e\x00s\x00p\x00e\x00c\
\x00i\x00a\x00l\x08\x00\x00\x00\x00\x06\x00\x00\x00\x13\
No particular to\
pic\x07\x00\x00\x00\x0fRequestF\
ormPage\x01\x03\x00\x00\x00$\x00N\x00\
\xfa\x00m\x00e\x00r\x00o\x00 \x00d\x00e\x00\
 \x00t\x00e\x00l\x00\xe9\x00f\x00o\x00n\x00\
o\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0cPhone\
 number\x07\x00\x00\x00\x0fRequ\
estFormPage\x01\x03\x00\x00\x00\
\x1e\x00M\x00o\x00s\x00t\x00r\x00a\x00r\x00\
 \x00t\x00e\x00c\x00l\x00a\x00d\x00o\x08\
\x00\x00\x00\x00\x06\x00\x00\x00\x0dShow ke\
yboard\x07\x00\x00\x00\x0fReque\
stFormPage\x01\x03\x00\x00\x00 \
\x00E\x00m\x00p\x00e\x00z\x00a\x00r\x00 \
\x00d\x00e\x00 \x00n\x00u\x00e\x00v\x00o\
\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0aStart \
over\x07\x00\x00\x00\x0fRequest\
FormPage\x01\x03\x00\x00\x00r\x00L\
\x00a\x00 \x00c\x00l\x00\xed\x00n\x00i\x00c\
\x00a\x00 \x00p\x00u\x00e\x00d\x00e\x00 \
\x00c\x00o\x00m\x00u\x00n\x00i\x00c\x00a\
\x00r\x00s\x00e\x00 \x00c\x00o\x00n\x00m\
\x00i\x00g\x00o\x00 \x00s\x00o\x00b\x00r\
\x00e\x00 \x00e\x00s\x00t\x00a\x00 \x00s\
\x00o\x00l\x00i\x00c\x00i\x00t\x00u\x00d\
\x08\x00\x00\x00\x00\x06\x00\x00\x00,The cl\
inic may contact\
 me about this r\
equest\x07\x00\x00\x00\x0fReque\
stFormPage\x01\x03\x00\x00\x00\x22\
\x00\xbf\x00D\x00e\x00 \x00q\x00u\x00\xe9\x00 \
\x00s\x00e\x00 \x00t\x00r\x00a\x00t\x00a\
\x00?\x08\x00\x00\x00\x00\x06\x00\x00\x00\x11What\
 is it about?\x07\x00\x00\
\x00\x0fRequestFormPag\
e\x01\x03\x00\x00\x01\x0c\x00L\x00o\x00 \x00q\x00\
u\x00e\x00 \x00e\x00s\x00c\x00r\x00i\x00\
b\x00a\x00 \x00s\x00e\x00 \x00q\x00u\x00\
e\x00d\x00a\x00 \x00e\x00n\x00 \x00e\x00\
s\x00t\x00e\x00 \x00q\x00u\x00i\x00o\x00\
s\x00c\x00o\x00,\x00 \x00s\x00o\x00l\x00\
o\x00 \x00p\x00a\x00r\x00a\x00 \x00e\x00\
l\x00 \x00p\x00e\x00r\x00s\x00o\x00n\x00\
a\x00l\x00 \x00d\x00e\x00 \x00l\x00a\x00\
 \x00c\x00l\x00\xed\x00n\x00i\x00c\x00a\x00\
.\x00 \x00L\x00o\x00 \x00u\x00s\x00a\x00\
n\x00 \x00p\x00a\x00r\x00a\x00 \x00r\x00\
e\x00s\x00p\x00o\x00n\x00d\x00e\x00r\x00\
 \x00a\x00 \x00e\x00s\x00t\x00a\x00 \x00\
s\x00o\x00l\x00i\x00c\x00i\x00t\x00u\x00\
d\x00 \x00y\x00 \x00p\x00a\x00r\x00a\x00\
 \x00n\x00a\x00d\x00a\x00 \x00m\x00\xe1\x00\
s\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00xWha\
t you type stays\
 on this kiosk, \
for the clinic's\
 staff only. The\
y use it to answ\
er this request \
and for nothing \
else.\x07\x00\x00\x00\x0fReques\
tFormPage\x01\x03\x00\x00\x00\x12\x00\
S\x00u\x00 \x00n\x00o\x00m\x00b\x00r\x00\
e\x08\x00\x00\x00\x00\x06\x00\x00\x00\x09Your \
name\x07\x00\x00\x00\x0fRequest\
FormPage\x01\x03\x00\x00\x00\x16\x00S\
\x00u\x00 \x00p\x00r\x00e\x00g\x00u\x00n\
\x00t\x00a\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0dYo\
ur question\x07\x00\x00\x00\x0f\
RequestFormPage\x01\
\x03\x00\x00\x00\x1c\x00C\x00u\x00a\x00l\x00q\x00\
u\x00i\x00e\x00r\x00 \x00h\x00o\x00r\x00\
a\x08\x00\x00\x00\x00\x06\x00\x00\x00\x08Any t\
ime\x07\x00\x00\x00\x0cRequestW\
ords\x01\x03\x00\x00\x00$\x00H\x00a\x00c\
\x00e\x00r\x00 \x00u\x00n\x00a\x00 \x00p\
\x00r\x00e\x00g\x00u\x00n\x00t\x00a\x08\x00\
\x00\x00\x00\x06\x00\x00\x00\x0eAsk a qu\
estion\x07\x00\x00\x00\x0cReque\
stWords\x01\x03\x00\x00\x00$\x00C\x00\
o\x00r\x00r\x00e\x00o\x00 \x00e\x00l\x00\
e\x00c\x00t\x00r\x00\xf3\x00n\x00i\x00c\x00\
o\x08\x00\x00\x00\x00\x06\x00\x00\x00\x05Email\
\x07\x00\x00\x00\x0cRequestWord\
s\x01\x03\x00\x00\x00<\x00P\x00r\x00e\x00g\x00\
u\x00n\x00t\x00a\x00r\x00\xe9\x00 \x00h\x00\
o\x00y\x00 \x00e\x00n\x00 \x00l\x00a\x00\
 \x00r\x00e\x00c\x00e\x00p\x00c\x00i\x00\
\xf3\x00n\x08\x00\x00\x00\x00\x06\x00\x00\x00 I'l\
l ask at the fro\
nt desk today\x07\x00\x00\
\x00\x0cRequestWords\x01\x03\
\x00\x00\x00\x10\x00T\x00e\x00l\x00\xe9\x00f\x00o\
\x00n\x00o\x08\x00\x00\x00\x00\x06\x00\x00\x00\x05Ph\
one\x07\x00\x00\x00\x0cRequestW\
ords\x01\x03\x00\x00\x00.\x00P\x00o\x00r\
\x00 \x00f\x00a\x00v\x00o\x00r\x00,\x00 \
\x00r\x00e\x00v\x00i\x00s\x00e\x00 \x00e\
\x00s\x00t\x00o\x00.\x08\x00\x00\x00\x00\x06\x00\x00\
\x00\x12Please check t\
his.\x07\x00\x00\x00\x0cRequest\
Words\x01\x03\x00\x00\x00j\x00P\x00o\x00\
r\x00 \x00f\x00a\x00v\x00o\x00r\x00,\x00\
 \x00e\x00l\x00i\x00j\x00a\x00 \x00c\x00\
\xf3\x00m\x00o\x00 \x00p\x00o\x00d\x00e\x00\
m\x00o\x00s\x00 \x00c\x00o\x00m\x00u\x00\
n\x00i\x00c\x00a\x00r\x00n\x00o\x00s\x00\
 \x00c\x00o\x00n\x00 \x00u\x00s\x00t\x00\
e\x00d\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00#P\
lease choose how\
 we can reach yo\
u.\x07\x00\x00\x00\x0cRequestWo\
rds\x01\x03\x00\x00\x00B\x00P\x00o\x00r\x00\
 \x00f\x00a\x00v\x00o\x00r\x00,\x00 \x00\
c\x00o\x00m\x00p\x00l\x00e\x00t\x00e\x00\
 \x00e\x00s\x00t\x00e\x00 \x00e\x00s\x00\
p\x00a\x00c\x00i\x00o\x00.\x08\x00\x00\x00\x00\
\x06\x00\x00\x00\x14Please fill\
 this in.\x07\x00\x00\x00\x0cRe\
questWords\x01\x03\x00\x00\x00\x8a\
\x00P\x00o\x00r\x00 \x00f\x00a\x00v\x00o\
\x00r\x00,\x00 \x00m\x00a\x00r\x00q\x00u\
\x00e\x00 \x00e\x00s\x00t\x00a\x00 \x00c\
\x00a\x00s\x00i\x00l\x00l\x00a\x00 \x00p\
\x00a\x00r\x00a\x00 \x00q\x00u\x00e\x00 \
\x00l\x00a\x00 \x00c\x00l\x00\xed\x00n\x00i\
\x00c\x00a\x00 \x00p\x00u\x00e\x00d\x00a\
\x00 \x00r\x00e\x00s\x00p\x00o\x00n\x00d\
\x00e\x00r\x00l\x00e\x00.\x08\x00\x00\x00\x00\x06\
\x00\x00\x002Please tick \
this box so the \
clinic may answe\
r you.\x07\x00\x00\x00\x0cReque\
stWords\x01\x03\x00\x00\x00x\x00P\x00\
o\x00r\x00 \x00f\x00a\x00v\x00o\x00r\x00\
,\x00 \x00e\x00s\x00c\x00r\x00i\x00b\x00\
a\x00 \x00s\x00u\x00 \x00c\x00o\x00r\x00\
r\x00e\x00o\x00 \x00e\x00l\x00e\x00c\x00\
t\x00r\x00\xf3\x00n\x00i\x00c\x00o\x00 \x00\
o\x00 \x00e\x00l\x00i\x00j\x00a\x00 \x00\
o\x00t\x00r\x00a\x00 \x00f\x00o\x00r\x00\
m\x00a\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00.P\
lease type your \
email, or choose\
 another way.\x07\x00\x00\
\x00\x0cRequestWords\x01\x03\
\x00\x00\x00P\x00P\x00o\x00r\x00 \x00f\x00a\
\x00v\x00o\x00r\x00,\x00 \x00e\x00s\x00c\
\x00r\x00i\x00b\x00a\x00 \x00s\x00u\x00 \
\x00n\x00o\x00m\x00b\x00r\x00e\x00 \x00c\
\x00o\x00n\x00 \x00l\x00e\x00t\x00r\x00a\
\x00s\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00#Pl\
ease type your n\
ame with letters\
.\x07\x00\x00\x00\x0cRequestWor\
ds\x01\x03\x00\x00\x00:\x00P\x00o\x00r\x00 \
\x00f\x00a\x00v\x00o\x00r\x00,\x00 \x00e\
\x00s\x00c\x00r\x00i\x00b\x00a\x00 \x00s\
\x00u\x00 \x00n\x00o\x00m\x00b\x00r\x00e\
\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00\x16Plea\
se type your nam\
e.\x07\x00\x00\x00\x0cRequestWo\
rds\x01\x03\x00\x00\x00x\x00P\x00o\x00r\x00\
 \x00f\x00a\x00v\x00o\x00r\x00,\x00 \x00\
e\x00s\x00c\x00r\x00i\x00b\x00a\x00 \x00\
s\x00u\x00 \x00n\x00\xfa\x00m\x00e\x00r\x00\
o\x00 \x00d\x00e\x00 \x00t\x00e\x00l\x00\
\xe9\x00f\x00o\x00n\x00o\x00 \x00o\x00 \x00\
e\x00l\x00i\x00j\x00a\x00 \x00o\x00t\x00\
r\x00a\x00 \x00f\x00o\x00r\x00m\x00a\x00\
.\x08\x00\x00\x00\x00\x06\x00\x00\x005Pleas\
e type your phon\
e number, or cho\
ose another way.\
\x07\x00\x00\x00\x0cRequestWord\
s\x01\x03\x00\x00\x00>\x00P\x00o\x00r\x00 \x00\
f\x00a\x00v\x00o\x00r\x00,\x00 \x00e\x00\
s\x00c\x00r\x00i\x00b\x00a\x00 \x00s\x00\
u\x00 \x00p\x00r\x00e\x00g\x00u\x00n\x00\
t\x00a\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00\x1aP\
lease type your \
question.\x07\x00\x00\x00\x0cRe\
questWords\x01\x03\x00\x00\x00\x1c\
\x00P\x00e\x00d\x00i\x00r\x00 \x00u\x00n\
\x00a\x00 \x00c\x00i\x00t\x00a\x08\x00\x00\x00\
\x00\x06\x00\x00\x00\x16Request an\
 appointment\x07\x00\x00\x00\
\x0cRequestWords\x01\x03\x00\
\x00\x00\x0e\x00S\x00\xe1\x00b\x00a\x00d\x00o\x00\
s\x08\x00\x00\x00\x00\x06\x00\x00\x00\x09Satur\
days\x07\x00\x00\x00\x0cRequest\
Words\x01\x03\x00\x00\x00t\x00E\x00s\x00\
t\x00o\x00 \x00n\x00o\x00 \x00p\x00a\x00\
r\x00e\x00c\x00e\x00 \x00u\x00n\x00 \x00\
n\x00\xfa\x00m\x00e\x00r\x00o\x00 \x00d\x00\
e\x00 \x00t\x00e\x00l\x00\xe9\x00f\x00o\x00\
n\x00o\x00.\x00 \x00P\x00o\x00r\x00 \x00\
f\x00a\x00v\x00o\x00r\x00,\x00 \x00r\x00\
e\x00v\x00\xed\x00s\x00e\x00l\x00o\x00.\x08\
\x00\x00\x00\x00\x06\x00\x00\x008This do\
es not look like\
 a phone number.\
 Please check it\
.\x07\x00\x00\x00\x0cRequestWor\
ds\x01\x03\x00\x00\x00t\x00E\x00s\x00t\x00o\
\x00 \x00n\x00o\x00 \x00p\x00a\x00r\x00e\
\x00c\x00e\x00 \x00u\x00n\x00 \x00c\x00o\
\x00r\x00r\x00e\x00o\x00 \x00e\x00l\x00e\
\x00c\x00t\x00r\x00\xf3\x00n\x00i\x00c\x00o\
\x00.\x00 \x00P\x00o\x00r\x00 \x00f\x00a\
\x00v\x00o\x00r\x00,\x00 \x00r\x00e\x00v\
\x00\xed\x00s\x00e\x00l\x00o\x00.\x08\x00\x00\x00\
\x00\x06\x00\x00\x00:This does \
not look like an\
 email address. \
Please check it.\
\x07\x00\x00\x00\x0cRequestWord\
s\x01\x03\x00\x00\x00\xbe\x00E\x00s\x00t\x00o\x00\
 \x00t\x00i\x00e\x00n\x00e\x00 \x00u\x00\
n\x00 \x00c\x00a\x00r\x00\xe1\x00c\x00t\x00\
e\x00r\x00 \x00o\x00c\x00u\x00l\x00t\x00\
o\x00 \x00o\x00 \x00e\x00s\x00p\x00e\x00\
c\x00i\x00a\x00l\x00 \x00q\x00u\x00e\x00\
 \x00n\x00o\x00 \x00p\x00o\x00d\x00e\x00\
m\x00o\x00s\x00 \x00g\x00u\x00a\x00r\x00\
d\x00a\x00r\x00.\x00 \x00P\x00o\x00r\x00\
 \x00f\x00a\x00v\x00o\x00r\x00,\x00 \x00\
e\x00s\x00c\x00r\x00\xed\x00b\x00a\x00l\x00\
o\x00 \x00d\x00e\x00 \x00n\x00u\x00e\x00\
v\x00o\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00LT\
his has a hidden\
 or special char\
acter we cannot \
keep. Please typ\
e it again.\x07\x00\x00\x00\x0c\
RequestWords\x01\x03\x00\x00\
\x00j\x00E\x00s\x00t\x00o\x00 \x00e\x00s\
\x00 \x00d\x00e\x00m\x00a\x00s\x00i\x00a\
\x00d\x00o\x00 \x00l\x00a\x00r\x00g\x00o\
\x00.\x00 \x00P\x00o\x00r\x00 \x00f\x00a\
\x00v\x00o\x00r\x00,\x00 \x00h\x00\xe1\x00g\
\x00a\x00l\x00o\x00 \x00m\x00\xe1\x00s\x00 \
\x00c\x00o\x00r\x00t\x00o\x00.\x08\x00\x00\x00\
\x00\x06\x00\x00\x00)This is to\
o long. Please m\
ake it shorter.\x07\
\x00\x00\x00\x0cRequestWords\
\x01\x03\x00\x00\x00&\x00T\x00a\x00r\x00d\x00e\
\x00s\x00 \x00e\x00n\x00t\x00r\x00e\x00 \
\x00s\x00e\x00m\x00a\x00n\x00a\x08\x00\x00\x00\
\x00\x06\x00\x00\x00\x12Weekday af\
ternoons\x07\x00\x00\x00\x0cReq\
uestWords\x01\x03\x00\x00\x00&\x00\
N\x00o\x00c\x00h\x00e\x00s\x00 \x00e\x00\
n\x00t\x00r\x00e\x00 \x00s\x00e\x00m\x00\
a\x00n\x00a\x08\x00\x00\x00\x00\x06\x00\x00\x00\x10W\
eekday evenings\x07\
\x00\x00\x00\x0cRequestWords\
\x01\x03\x00\x00\x00(\x00M\x00a\x00\xf1\x00a\x00n\
\x00a\x00s\x00 \x00e\x00n\x00t\x00r\x00e\
\x00 \x00s\x00e\x00m\x00a\x00n\x00a\x08\x00\
\x00\x00\x00\x06\x00\x00\x00\x10Weekday \
mornings\x07\x00\x00\x00\x0cReq\
uestWords\x01\x03\x00\x00\x00\xa8\x00\
S\x00u\x00 \x00e\x00q\x00u\x00i\x00p\x00\
o\x00 \x00m\x00\xe9\x00d\x00i\x00c\x00o\x00\
 \x00a\x00\xfa\x00n\x00 \x00n\x00o\x00 \x00\
l\x00o\x00 \x00h\x00a\x00 \x00r\x00e\x00\
v\x00i\x00s\x00a\x00d\x00o\x00.\x00 \x00\
S\x00o\x00l\x00o\x00 \x00p\x00a\x00r\x00\
a\x00 \x00a\x00p\x00r\x00e\x00n\x00d\x00\
e\x00r\x00,\x00 \x00n\x00o\x00 \x00e\x00\
s\x00 \x00u\x00n\x00 \x00c\x00o\x00n\x00\
s\x00e\x00j\x00o\x00 \x00m\x00\xe9\x00d\x00\
i\x00c\x00o\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00\
JNot yet reviewe\
d by your care t\
eam. For learnin\
g only, not medi\
cal advice.\x07\x00\x00\x00\x0a\
ReviewNote\x01\x03\x00\x00\x00\x8a\
\x00R\x00e\x00v\x00i\x00s\x00a\x00d\x00o\
\x00 \x00p\x00o\x00r\x00 \x00{\x000\x00}\
\x00 \x00e\x00l\x00 \x00{\x001\x00}\x00.\
\x00 \x00S\x00o\x00l\x00o\x00 \x00p\x00a\
\x00r\x00a\x00 \x00a\x00p\x00r\x00e\x00n\
\x00d\x00e\x00r\x00,\x00 \x00n\x00o\x00 \
\x00e\x00s\x00 \x00u\x00n\x00 \x00c\x00o\
\x00n\x00s\x00e\x00j\x00o\x00 \x00m\x00\xe9\
\x00d\x00i\x00c\x00o\x00.\x08\x00\x00\x00\x00\x06\
\x00\x00\x00>Reviewed by \
{0} on {1}. For \
learning only, n\
ot medical advic\
e.\x07\x00\x00\x00\x0aReviewNot\
e\x01\x03\x00\x00\x00\xcc\x00R\x00e\x00v\x00i\x00\
s\x00a\x00d\x00o\x00 \x00p\x00o\x00r\x00\
 \x00{\x000\x00}\x00 \x00e\x00l\x00 \x00\
{\x001\x00}\x00;\x00 \x00d\x00e\x00b\x00\
\xed\x00a\x00 \x00r\x00e\x00v\x00i\x00s\x00\
a\x00r\x00s\x00e\x00 \x00d\x00e\x00 \x00\
n\x00u\x00e\x00v\x00o\x00 \x00e\x00l\x00\
 \x00{\x002\x00}\x00.\x00 \x00S\x00o\x00\
l\x00o\x00 \x00p\x00a\x00r\x00a\x00 \x00\
a\x00p\x00r\x00e\x00n\x00d\x00e\x00r\x00\
,\x00 \x00n\x00o\x00 \x00e\x00s\x00 \x00\
u\x00n\x00 \x00c\x00o\x00n\x00s\x00e\x00\
j\x00o\x00 \x00m\x00\xe9\x00d\x00i\x00c\x00\
o\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00[Rev\
iewed by {0} on \
{1}; a new revie\
w was due on {2}\
. For learning o\
nly, not medical\
 advice.\x07\x00\x00\x00\x0aRev\
iewNote\x01\x03\x00\x00\x00\x16\x00(\x00\
e\x00n\x00 \x00b\x00l\x00a\x00n\x00c\x00\
o\x00)\x08\x00\x00\x00\x00\x06\x00\x00\x00\x06(no\
ne)\x07\x00\x00\x00\x0aReviewPa\
ge\x01\x03\x00\x00\x00\x1c\x00C\x00u\x00a\x00l\
\x00q\x00u\x00i\x00e\x00r\x00 \x00h\x00o\
\x00r\x00a\x08\x00\x00\x00\x00\x06\x00\x00\x00\x08An\
y time\x07\x00\x00\x00\x0aRevie\
wPage\x01\x03\x00\x00\x00(\x00M\x00e\x00\
j\x00o\x00r\x00e\x00s\x00 \x00d\x00\xed\x00\
a\x00s\x00 \x00y\x00 \x00h\x00o\x00r\x00\
a\x00s\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0aBes\
t times\x07\x00\x00\x00\x0aRevi\
ewPage\x01\x03\x00\x00\x00\x0e\x00C\x00a\
\x00m\x00b\x00i\x00a\x00r\x08\x00\x00\x00\x00\x06\
\x00\x00\x00\x06Change\x07\x00\x00\x00\x0aR\
eviewPage\x01\x03\x00\x00\x00$\x00\
C\x00o\x00r\x00r\x00e\x00o\x00 \x00e\x00\
l\x00e\x00c\x00t\x00r\x00\xf3\x00n\x00i\x00\
c\x00o\x08\x00\x00\x00\x00\x06\x00\x00\x00\x05Ema\
il\x07\x00\x00\x00\x0aReviewPag\
e\x01\x03\x00\x00\x00\x0e\x00M\x00e\x00n\x00s\x00\
a\x00j\x00e\x08\x00\x00\x00\x00\x06\x00\x00\x00\x07M\
essage\x07\x00\x00\x00\x0aRevie\
wPage\x01\x03\x00\x00\x00\x0c\x00N\x00o\x00\
m\x00b\x00r\x00e\x08\x00\x00\x00\x00\x06\x00\x00\x00\
\x04Name\x07\x00\x00\x00\x0aReview\
Page\x01\x03\x00\x00\x00.\x00N\x00i\x00n\
\x00g\x00\xfa\x00n\x00 \x00t\x00e\x00m\x00a\
\x00 \x00e\x00n\x00 \x00e\x00s\x00p\x00e\
\x00c\x00i\x00a\x00l\x08\x00\x00\x00\x00\x06\x00\x00\
\x00\x13No particular \
topic\x07\x00\x00\x00\x0aReview\
Page\x01\x03\x00\x00\x00\x10\x00T\x00e\x00l\
\x00\xe9\x00f\x00o\x00n\x00o\x08\x00\x00\x00\x00\x06\
\x00\x00\x00\x05Phone\x07\x00\x00\x00\x0aRe\
viewPage\x01\x03\x00\x00\x00<\x00P\
\x00o\x00r\x00 \x00f\x00a\x00v\x00o\x00r\
\x00,\x00 \x00r\x00e\x00v\x00i\x00s\x00e\
\x00 \x00s\x00u\x00 \x00s\x00o\x00l\x00i\
\x00c\x00i\x00t\x00u\x00d\x08\x00\x00\x00\x00\x06\
\x00\x00\x00\x19Please check\
 your request\x07\x00\x00\
\x00\x0aReviewPage\x01\x03\x00\x00\
\x00\x0c\x00E\x00n\x00v\x00i\x00a\x00r\x08\x00\
\x00\x00\x00\x06\x00\x00\x00\x04Send\x07\x00\x00\x00\
\x0aReviewPage\x01\x03\x00\x00\x00\
\x08\x00T\x00e\x00m\x00a\x08\x00\x00\x00\x00\x06\x00\
\x00\x00\x05Topic\x07\x00\x00\x00\x0aRev\
iewPage\x01\x03\x00\x00\x00\x22\x00F\x00\
o\x00r\x00m\x00a\x00 \x00d\x00e\x00 \x00\
c\x00o\x00n\x00t\x00a\x00c\x00t\x00o\x08\
\x00\x00\x00\x00\x06\x00\x00\x00\x0fWe reac\
h you by\x07\x00\x00\x00\x0aRev\
iewPage\x01\x03\x00\x00\x00\x18\x00U\x00\
s\x00t\x00e\x00d\x00 \x00q\x00u\x00i\x00\
e\x00r\x00e\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0bY\
ou want to\x07\x00\x00\x00\x0aR\
eviewPage\x01\x03\x00\x00\x00\xd6\x00\
O\x00t\x00r\x00o\x00 \x00p\x00r\x00o\x00\
g\x00r\x00a\x00m\x00a\x00 \x00t\x00o\x00\
d\x00a\x00v\x00\xed\x00a\x00 \x00e\x00s\x00\
t\x00\xe1\x00 \x00l\x00e\x00y\x00e\x00n\x00\
d\x00o\x00 \x00l\x00a\x00 \x00b\x00a\x00\
s\x00e\x00 \x00d\x00e\x00 \x00d\x00a\x00\
t\x00o\x00s\x00;\x00 \x00e\x00l\x00 \x00\
q\x00u\x00i\x00o\x00s\x00c\x00o\x00 \x00\
b\x00o\x00r\x00r\x00a\x00 \x00l\x00a\x00\
s\x00 \x00\xfa\x00l\x00t\x00i\x00m\x00a\x00\
s\x00 \x00c\x00o\x00p\x00i\x00a\x00s\x00\
 \x00e\x00n\x00 \x00c\x00u\x00a\x00n\x00\
t\x00o\x00 \x00t\x00e\x00r\x00m\x00i\x00\
n\x00e\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00kA\
nother program i\
s still reading \
the database; th\
e kiosk wipes th\
e last copies of\
 them as soon as\
 it stops.\x07\x00\x00\x00\x0eS\
taffPanelPage\x01\x03\x00\
\x00\x00\x08\x00C\x00i\x00t\x00a\x08\x00\x00\x00\x00\
\x06\x00\x00\x00\x0bAppointment\
\x07\x00\x00\x00\x0eStaffPanelP\
age\x01\x03\x00\x00\x00P\x00P\x00r\x00i\x00\
m\x00e\x00r\x00o\x00 \x00e\x00l\x00i\x00\
j\x00a\x00 \x00u\x00n\x00a\x00 \x00s\x00\
o\x00l\x00i\x00c\x00i\x00t\x00u\x00d\x00\
 \x00d\x00e\x00 \x00l\x00a\x00 \x00l\x00\
i\x00s\x00t\x00a\x00.\x08\x00\x00\x00\x00\x06\x00\
\x00\x00#Choose a requ\
est in the list \
first.\x07\x00\x00\x00\x0eStaff\
PanelPage\x01\x03\x00\x00\x00\xa4\x00\
R\x00e\x00v\x00i\x00s\x00i\x00\xf3\x00n\x00\
 \x00d\x00e\x00l\x00 \x00c\x00o\x00n\x00\
t\x00e\x00n\x00i\x00d\x00o\x00:\x00 \x00\
{\x000\x00}\x00 \x00d\x00e\x00 \x00{\x00\
1\x00}\x00 \x00a\x00r\x00c\x00h\x00i\x00\
v\x00o\x00s\x00 \x00a\x00\xfa\x00n\x00 \x00\
n\x00o\x00 \x00r\x00e\x00v\x00i\x00s\x00\
a\x00d\x00o\x00s\x00 \x00p\x00o\x00r\x00\
 \x00p\x00e\x00r\x00s\x00o\x00n\x00a\x00\
l\x00 \x00c\x00l\x00\xed\x00n\x00i\x00c\x00\
o\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00ACon\
tent review: {0}\
 of {1} files no\
t yet reviewed b\
y a clinician.\x07\x00\
\x00\x00\x0eStaffPanelPag\
e\x01\x03\x00\x00\x002\x00B\x00o\x00r\x00r\x00\
a\x00r\x00 \x00a\x00t\x00e\x00n\x00d\x00\
i\x00d\x00a\x00s\x00 \x00a\x00n\x00t\x00\
i\x00g\x00u\x00a\x00s\x08\x00\x00\x00\x00\x06\x00\
\x00\x00\x1bDelete old ha\
ndled requests\x07\x00\
\x00\x00\x0eStaffPanelPag\
e\x01\x03\x00\x00\x00v\x00S\x00e\x00 \x00b\x00\
o\x00r\x00r\x00a\x00r\x00o\x00n\x00 \x00\
{\x000\x00}\x00 \x00s\x00o\x00l\x00i\x00\
c\x00i\x00t\x00u\x00d\x00e\x00s\x00 \x00\
a\x00t\x00e\x00n\x00d\x00i\x00d\x00a\x00\
s\x00 \x00h\x00a\x00c\x00e\x00 \x00m\x00\
\xe1\x00s\x00 \x00d\x00e\x00 \x00{\x001\x00\
}\x00 \x00d\x00\xed\x00a\x00s\x00.\x08\x00\x00\
\x00\x00\x06\x00\x00\x004Deleted {\
0} requests hand\
led more than {1\
} days ago.\x07\x00\x00\x00\x0e\
StaffPanelPage\x01\x03\
\x00\x00\x00T\x00B\x00o\x00r\x00r\x00a\x00n\
\x00d\x00o\x00 \x00s\x00o\x00l\x00i\x00c\
\x00i\x00t\x00u\x00d\x00e\x00s\x00 \x00a\
\x00t\x00e\x00n\x00d\x00i\x00d\x00a\x00s\
\x00 \x00a\x00n\x00t\x00i\x00g\x00u\x00a\
\x00s\x00.\x00.\x00.\x08\x00\x00\x00\x00\x06\x00\x00\
\x00 Deleting old h\
andled requests.\
..\x07\x00\x00\x00\x0eStaffPane\
lPage\x01\x03\x00\x00\x00\x1c\x00Q\x00u\x00\
i\x00t\x00a\x00r\x00 \x00a\x00l\x00e\x00\
r\x00t\x00a\x00s\x08\x00\x00\x00\x00\x06\x00\x00\x00\
\x0eDismiss alerts\x07\
\x00\x00\x00\x0eStaffPanelPa\
ge\x01\x03\x00\x00\x00\x0a\x00S\x00a\x00l\x00i\
\x00r\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0aExit\
 kiosk\x07\x00\x00\x00\x0eStaff\
PanelPage\x01\x03\x00\x00\x00*\x00\
E\x00x\x00p\x00o\x00r\x00t\x00a\x00r\x00\
 \x00n\x00u\x00e\x00v\x00a\x00s\x00 \x00\
(\x00C\x00S\x00V\x00)\x08\x00\x00\x00\x00\x06\x00\
\x00\x00\x19Export new re\
quests (CSV)\x07\x00\x00\x00\
\x0eStaffPanelPage\x01\
\x03\x00\x00\x00F\x00S\x00e\x00 \x00e\x00x\x00\
p\x00o\x00r\x00t\x00a\x00r\x00o\x00n\x00\
 \x00{\x000\x00}\x00 \x00s\x00o\x00l\x00\
i\x00c\x00i\x00t\x00u\x00d\x00e\x00s\x00\
 \x00a\x00 \x00{\x001\x00}\x08\x00\x00\x00\x00\
\x06\x00\x00\x00\x1cExported {0\
} requests to {1\
}\x07\x00\x00\x00\x0eStaffPanel\
Page\x01\x03\x00\x00\x00\x1a\x00E\x00x\x00p\
\x00o\x00r\x00t\x00a\x00n\x00d\x00o\x00.\
\x00.\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0cEx\
porting...\x07\x00\x00\x00\x0eS\
taffPanelPage\x01\x03\x00\
\x00\x00\x10\x00B\x00l\x00o\x00q\x00u\x00e\x00\
a\x00r\x08\x00\x00\x00\x00\x06\x00\x00\x00\x04Loc\
k\x07\x00\x00\x00\x0eStaffPanel\
Page\x01\x03\x00\x00\x00\x1e\x00M\x00a\x00r\
\x00c\x00a\x00r\x00 \x00a\x00t\x00e\x00n\
\x00d\x00i\x00d\x00a\x08\x00\x00\x00\x00\x06\x00\x00\
\x00\x0cMark handled\x07\x00\
\x00\x00\x0eStaffPanelPag\
e\x01\x03\x00\x00\x00t\x00N\x00u\x00e\x00v\x00\
a\x00s\x00 \x00{\x000\x00}\x00 \x00\xb7\x00\
 \x00E\x00x\x00p\x00o\x00r\x00t\x00a\x00\
d\x00a\x00s\x00 \x00{\x001\x00}\x00 \x00\
\xb7\x00 \x00A\x00t\x00e\x00n\x00d\x00i\x00\
d\x00a\x00s\x00 \x00{\x002\x00}\x00 \x00\
\xb7\x00 \x00U\x00r\x00g\x00e\x00n\x00t\x00\
e\x00s\x00 \x00{\x003\x00}\x08\x00\x00\x00\x00\
\x06\x00\x00\x004New {0} \xc2\xb7 \
Exported {1} \xc2\xb7 \
Handled {2} \xc2\xb7 U\
rgent {3}\x07\x00\x00\x00\x0eSt\
affPanelPage\x01\x03\x00\x00\
\x00\x10\x00P\x00r\x00e\x00g\x00u\x00n\x00t\
\x00a\x08\x00\x00\x00\x00\x06\x00\x00\x00\x08Ques\
tion\x07\x00\x00\x00\x0eStaffPa\
nelPage\x01\x03\x00\x00\x00f\x00S\x00\
o\x00l\x00i\x00c\x00i\x00t\x00u\x00d\x00\
e\x00s\x00:\x00 \x00u\x00r\x00g\x00e\x00\
n\x00t\x00e\x00s\x00 \x00p\x00r\x00i\x00\
m\x00e\x00r\x00o\x00,\x00 \x00l\x00u\x00\
e\x00g\x00o\x00 \x00l\x00a\x00s\x00 \x00\
m\x00\xe1\x00s\x00 \x00n\x00u\x00e\x00v\x00\
a\x00s\x08\x00\x00\x00\x00\x06\x00\x00\x00#Req\
uests, urgent fi\
rst, then newest\
\x07\x00\x00\x00\x0eStaffPanelP\
age\x01\x03\x00\x00\x00,\x00R\x00e\x00v\x00\
i\x00s\x00i\x00\xf3\x00n\x00 \x00a\x00t\x00\
r\x00a\x00s\x00a\x00d\x00a\x00:\x00 \x00\
{\x000\x00}\x08\x00\x00\x00\x00\x06\x00\x00\x00\x13R\
eview overdue: {\
0}\x07\x00\x00\x00\x0eStaffPane\
lPage\x01\x03\x00\x00\x00.\x00P\x00a\x00\
n\x00e\x00l\x00 \x00d\x00e\x00l\x00 \x00\
p\x00e\x00r\x00s\x00o\x00n\x00a\x00l\x00\
:\x00 \x00{\x000\x00}\x08\x00\x00\x00\x00\x06\x00\
\x00\x00\x10Staff panel: \
{0}\x07\x00\x00\x00\x0eStaffPan\
elPage\x01\x03\x00\x00\x00 \x00N\x00o\
\x00 \x00f\x00u\x00n\x00c\x00i\x00o\x00n\
\x00\xf3\x00:\x00 \x00{\x000\x00}\x08\x00\x00\x00\
\x00\x06\x00\x00\x00\x16That did n\
ot work: {0}\x07\x00\x00\x00\
\x0eStaffPanelPage\x01\
\x03\x00\x00\x00\x90\x00N\x00o\x00 \x00s\x00e\x00\
 \x00p\x00u\x00e\x00d\x00e\x00 \x00a\x00\
b\x00r\x00i\x00r\x00 \x00l\x00a\x00 \x00\
b\x00a\x00s\x00e\x00 \x00d\x00e\x00 \x00\
d\x00a\x00t\x00o\x00s\x00 \x00d\x00e\x00\
 \x00s\x00o\x00l\x00i\x00c\x00i\x00t\x00\
u\x00d\x00e\x00s\x00.\x00 \x00E\x00j\x00\
e\x00c\x00u\x00t\x00e\x00:\x00 \x00k\x00\
i\x00o\x00s\x00k\x00 \x00d\x00o\x00c\x00\
t\x00o\x00r\x08\x00\x00\x00\x00\x06\x00\x00\x008T\
he request datab\
ase cannot be op\
ened. Run: kiosk\
 doctor\x07\x00\x00\x00\x0eStaf\
fPanelPage\x01\x03\x00\x00\x00L\
\x00N\x00o\x00 \x00s\x00e\x00 \x00p\x00u\
\x00e\x00d\x00e\x00n\x00 \x00l\x00e\x00e\
\x00r\x00 \x00l\x00a\x00s\x00 \x00s\x00o\
\x00l\x00i\x00c\x00i\x00t\x00u\x00d\x00e\
\x00s\x00:\x00 \x00{\x000\x00}\x08\x00\x00\x00\
\x00\x06\x00\x00\x00 The reques\
ts cannot be rea\
d: {0}\x07\x00\x00\x00\x0eStaff\
PanelPage\x01\x03\x00\x00\x00\x0e\x00\
U\x00R\x00G\x00E\x00N\x00T\x00E\x08\x00\x00\
\x00\x00\x06\x00\x00\x00\x06URGENT\x07\x00\x00\
\x00\x0eStaffPanelPage\
\x01\x03\x00\x00\x00\x10\x00C\x00a\x00n\x00c\x00e\
\x00l\x00a\x00r\x08\x00\x00\x00\x00\x06\x00\x00\x00\x06\
Cancel\x07\x00\x00\x00\x0fStaff\
SignInPage\x01\x03\x00\x00\x00\x1c\
\x00V\x00e\x00r\x00i\x00f\x00i\x00c\x00a\
\x00n\x00d\x00o\x00.\x00.\x00.\x08\x00\x00\x00\
\x00\x06\x00\x00\x00\x0bChecking..\
.\x07\x00\x00\x00\x0fStaffSignI\
nPage\x01\x03\x00\x00\x00 \x00E\x00l\x00\
i\x00j\x00a\x00 \x00s\x00u\x00 \x00n\x00\
o\x00m\x00b\x00r\x00e\x00.\x08\x00\x00\x00\x00\
\x06\x00\x00\x00\x11Choose your\
 name.\x07\x00\x00\x00\x0fStaff\
SignInPage\x01\x03\x00\x00\x00\xbe\
\x00A\x00\xfa\x00n\x00 \x00n\x00o\x00 \x00h\
\x00a\x00y\x00 \x00c\x00u\x00e\x00n\x00t\
\x00a\x00s\x00 \x00d\x00e\x00l\x00 \x00p\
\x00e\x00r\x00s\x00o\x00n\x00a\x00l\x00.\
\x00 \x00P\x00i\x00d\x00a\x00 \x00a\x00 \
\x00s\x00o\x00p\x00o\x00r\x00t\x00e\x00 \
\x00t\x00\xe9\x00c\x00n\x00i\x00c\x00o\x00 \
\x00q\x00u\x00e\x00 \x00a\x00g\x00r\x00e\
\x00g\x00u\x00e\x00 \x00u\x00n\x00a\x00:\
\x00 \x00k\x00i\x00o\x00s\x00k\x00 \x00s\
\x00t\x00a\x00f\x00f\x00 \x00a\x00d\x00d\
\x00 \x00N\x00O\x00M\x00B\x00R\x00E\x08\x00\
\x00\x00\x00\x06\x00\x00\x00>No staff\
 accounts yet. A\
sk IT to add one\
: kiosk staff ad\
d NAME\x07\x00\x00\x00\x0fStaff\
SignInPage\x01\x03\x00\x00\x00&\
\x00A\x00c\x00c\x00e\x00s\x00o\x00 \x00d\
\x00e\x00l\x00 \x00p\x00e\x00r\x00s\x00o\
\x00n\x00a\x00l\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0d\
Staff sign-in\x07\x00\x00\
\x00\x0fStaffSignInPag\
e\x01\x03\x00\x00\x00b\x00E\x00s\x00e\x00 \x00\
P\x00I\x00N\x00 \x00n\x00o\x00 \x00f\x00\
u\x00n\x00c\x00i\x00o\x00n\x00\xf3\x00.\x00\
 \x00P\x00o\x00r\x00 \x00f\x00a\x00v\x00\
o\x00r\x00,\x00 \x00i\x00n\x00t\x00e\x00\
n\x00t\x00e\x00 \x00d\x00e\x00 \x00n\x00\
u\x00e\x00v\x00o\x00.\x08\x00\x00\x00\x00\x06\x00\
\x00\x00(That PIN did \
not work. Please\
 try again.\x07\x00\x00\x00\x0f\
StaffSignInPage\x01\
\x03\x00\x00\x00\x90\x00E\x00s\x00e\x00 \x00P\x00\
I\x00N\x00 \x00n\x00o\x00 \x00f\x00u\x00\
n\x00c\x00i\x00o\x00n\x00\xf3\x00.\x00 \x00\
P\x00o\x00r\x00 \x00f\x00a\x00v\x00o\x00\
r\x00,\x00 \x00e\x00s\x00p\x00e\x00r\x00\
e\x00 \x00{\x000\x00}\x00 \x00a\x00n\x00\
t\x00e\x00s\x00 \x00d\x00e\x00 \x00v\x00\
o\x00l\x00v\x00e\x00r\x00 \x00a\x00 \x00\
i\x00n\x00t\x00e\x00n\x00t\x00a\x00r\x00\
l\x00o\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00;T\
hat PIN did not \
work. Please wai\
t {0} before try\
ing again.\x07\x00\x00\x00\x0fS\
taffSignInPage\x01\x03\
\x00\x00\x00\xb0\x00N\x00o\x00 \x00s\x00e\x00 \
\x00p\x00u\x00d\x00o\x00 \x00v\x00e\x00r\
\x00i\x00f\x00i\x00c\x00a\x00r\x00 \x00e\
\x00l\x00 \x00P\x00I\x00N\x00.\x00 \x00P\
\x00o\x00r\x00 \x00f\x00a\x00v\x00o\x00r\
\x00,\x00 \x00i\x00n\x00t\x00e\x00n\x00t\
\x00e\x00 \x00d\x00e\x00 \x00n\x00u\x00e\
\x00v\x00o\x00 \x00o\x00 \x00p\x00i\x00d\
\x00a\x00 \x00a\x00y\x00u\x00d\x00a\x00 \
\x00a\x00 \x00s\x00o\x00p\x00o\x00r\x00t\
\x00e\x00 \x00t\x00\xe9\x00c\x00n\x00i\x00c\
\x00o\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00:Th\
e PIN could not \
be checked. Plea\
se try again, or\
 ask IT.\x07\x00\x00\x00\x0fSta\
ffSignInPage\x01\x03\x00\x00\
\x00\xb0\x00N\x00o\x00 \x00s\x00e\x00 \x00p\
\x00u\x00e\x00d\x00e\x00 \x00l\x00e\x00e\
\x00r\x00 \x00l\x00a\x00 \x00l\x00i\x00s\
\x00t\x00a\x00 \x00d\x00e\x00l\x00 \x00p\
\x00e\x00r\x00s\x00o\x00n\x00a\x00l\x00.\
\x00 \x00P\x00i\x00d\x00a\x00 \x00a\x00 \
\x00s\x00o\x00p\x00o\x00r\x00t\x00e\x00 \
\x00t\x00\xe9\x00c\x00n\x00i\x00c\x00o\x00 \
\x00q\x00u\x00e\x00 \x00e\x00j\x00e\x00c\
\x00u\x00t\x00e\x00:\x00 \x00k\x00i\x00o\
\x00s\x00k\x00 \x00d\x00o\x00c\x00t\x00o\
\x00r\x08\x00\x00\x00\x00\x06\x00\x00\x00:The \
staff list canno\
t be read. Ask I\
T to run: kiosk \
doctor\x07\x00\x00\x00\x0fStaff\
SignInPage\x01\x03\x00\x00\x00\xb0\
\x00E\x00s\x00t\x00a\x00 \x00c\x00u\x00e\
\x00n\x00t\x00a\x00 \x00e\x00s\x00t\x00\xe1\
\x00 \x00b\x00l\x00o\x00q\x00u\x00e\x00a\
\x00d\x00a\x00.\x00 \x00P\x00i\x00d\x00a\
\x00 \x00a\x00 \x00s\x00o\x00p\x00o\x00r\
\x00t\x00e\x00 \x00t\x00\xe9\x00c\x00n\x00i\
\x00c\x00o\x00 \x00q\x00u\x00e\x00 \x00e\
\x00j\x00e\x00c\x00u\x00t\x00e\x00:\x00 \
\x00k\x00i\x00o\x00s\x00k\x00 \x00s\x00t\
\x00a\x00f\x00f\x00 \x00r\x00e\x00s\x00e\
\x00t\x00 \x00N\x00O\x00M\x00B\x00R\x00E\
\x08\x00\x00\x00\x00\x06\x00\x00\x00=This a\
ccount is locked\
. Ask IT to run:\
 kiosk staff res\
et NAME\x07\x00\x00\x00\x0fStaf\
fSignInPage\x01\x03\x00\x00\x00\
(\x00{\x000\x00}\x00,\x00 \x00e\x00s\x00\
c\x00r\x00i\x00b\x00a\x00 \x00s\x00u\x00\
 \x00P\x00I\x00N\x00.\x08\x00\x00\x00\x00\x06\x00\
\x00\x00\x13{0}, type you\
r PIN.\x07\x00\x00\x00\x0fStaff\
SignInPage\x01\x03\x00\x00\x01\x10\
\x00T\x00a\x00m\x00b\x00i\x00\xe9\x00n\x00 \
\x00s\x00e\x00 \x00l\x00l\x00a\x00m\x00a\
\x00 \x00r\x00i\x00z\x00o\x00t\x00o\x00m\
\x00\xed\x00a\x00.\x00 \x00U\x00n\x00a\x00 \
\x00g\x00u\x00\xed\x00a\x00 \x00c\x00o\x00r\
\x00t\x00a\x00 \x00y\x00 \x00s\x00e\x00n\
\x00c\x00i\x00l\x00l\x00a\x00 \x00s\x00o\
\x00b\x00r\x00e\x00 \x00e\x00s\x00t\x00e\
\x00 \x00t\x00r\x00a\x00t\x00a\x00m\x00i\
\x00e\x00n\x00t\x00o\x00 \x00p\x00a\x00r\
\x00a\x00 \x00e\x00l\x00 \x00d\x00o\x00l\
\x00o\x00r\x00 \x00d\x00e\x00 \x00l\x00a\
\x00s\x00 \x00a\x00r\x00t\x00i\x00c\x00u\
\x00l\x00a\x00c\x00i\x00o\x00n\x00e\x00s\
\x00,\x00 \x00u\x00n\x00a\x00 \x00p\x00a\
\x00n\x00t\x00a\x00l\x00l\x00a\x00 \x00a\
\x00 \x00l\x00a\x00 \x00v\x00e\x00z\x00.\
\x08\x00\x00\x00\x00\x06\x00\x00\x00cAlso c\
alled rhizotomy.\
 A short, plain \
guide to this tr\
eatment for join\
t pain, one scre\
en at a time.\x07\x00\x00\
\x00\x09StartPage\x01\x03\x00\x00\x00\
Z\x00A\x00p\x00r\x00e\x00n\x00d\x00a\x00\
 \x00s\x00o\x00b\x00r\x00e\x00 \x00l\x00\
a\x00 \x00a\x00b\x00l\x00a\x00c\x00i\x00\
\xf3\x00n\x00 \x00p\x00o\x00r\x00 \x00r\x00\
a\x00d\x00i\x00o\x00f\x00r\x00e\x00c\x00\
u\x00e\x00n\x00c\x00i\x00a\x08\x00\x00\x00\x00\
\x06\x00\x00\x00#Learn about\
 radiofrequency \
ablation\x07\x00\x00\x00\x09Sta\
rtPage\x01\x03\x00\x00\x00<\x00T\x00o\
\x00q\x00u\x00e\x00 \x00l\x00a\x00 \x00p\
\x00a\x00n\x00t\x00a\x00l\x00l\x00a\x00 \
\x00p\x00a\x00r\x00a\x00 \x00e\x00m\x00p\
\x00e\x00z\x00a\x00r\x08\x00\x00\x00\x00\x06\x00\x00\
\x00\x17Touch anywhere\
 to start\x07\x00\x00\x00\x09St\
artPage\x01\x03\x00\x00\x00\x16\x00\xbf\x00\
S\x00i\x00g\x00u\x00e\x00 \x00a\x00h\x00\
\xed\x00?\x08\x00\x00\x00\x00\x06\x00\x00\x00\x14Are\
 you still there\
?\x07\x00\x00\x00\x11StillThere\
Overlay\x01\x03\x00\x00\x00\x12\x00S\x00\
i\x00g\x00o\x00 \x00a\x00q\x00u\x00\xed\x08\
\x00\x00\x00\x00\x06\x00\x00\x00\x0eI'm sti\
ll here\x07\x00\x00\x00\x11Stil\
lThereOverlay\x01\x03\x00\
\x00\x00\x94\x00P\x00a\x00r\x00a\x00 \x00p\x00\
r\x00o\x00t\x00e\x00g\x00e\x00r\x00 \x00\
s\x00u\x00 \x00p\x00r\x00i\x00v\x00a\x00\
c\x00i\x00d\x00a\x00d\x00,\x00 \x00e\x00\
s\x00t\x00a\x00 \x00p\x00a\x00n\x00t\x00\
a\x00l\x00l\x00a\x00 \x00v\x00o\x00l\x00\
v\x00e\x00r\x00\xe1\x00 \x00a\x00l\x00 \x00\
i\x00n\x00i\x00c\x00i\x00o\x00 \x00e\x00\
n\x00 \x001\x00 \x00s\x00e\x00g\x00u\x00\
n\x00d\x00o\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00\
FTo keep your in\
formation privat\
e, this screen s\
tarts over in 1 \
second.\x07\x00\x00\x00\x11Stil\
lThereOverlay\x01\x03\x00\
\x00\x00\x9a\x00P\x00a\x00r\x00a\x00 \x00p\x00\
r\x00o\x00t\x00e\x00g\x00e\x00r\x00 \x00\
s\x00u\x00 \x00p\x00r\x00i\x00v\x00a\x00\
c\x00i\x00d\x00a\x00d\x00,\x00 \x00e\x00\
s\x00t\x00a\x00 \x00p\x00a\x00n\x00t\x00\
a\x00l\x00l\x00a\x00 \x00v\x00o\x00l\x00\
v\x00e\x00r\x00\xe1\x00 \x00a\x00l\x00 \x00\
i\x00n\x00i\x00c\x00i\x00o\x00 \x00e\x00\
n\x00 \x00{\x000\x00}\x00 \x00s\x00e\x00\
g\x00u\x00n\x00d\x00o\x00s\x00.\x08\x00\x00\
\x00\x00\x06\x00\x00\x00ITo keep y\
our information \
private, this sc\
reen starts over\
 in {0} seconds.\
\x07\x00\x00\x00\x11StillThereO\
verlay\x01\x03\x00\x00\x00R\x00C\x00\xf3\
\x00d\x00i\x00g\x00o\x00 \x00Q\x00R\x00:\
\x00 \x00e\x00s\x00c\x00a\x00n\x00e\x00e\
\x00 \x00p\x00a\x00r\x00a\x00 \x00l\x00e\
\x00e\x00r\x00 \x00e\x00s\x00t\x00o\x00 \
\x00e\x00n\x00 \x00c\x00a\x00s\x00a\x08\x00\
\x00\x00\x00\x06\x00\x00\x00\x22QR code:\
 scan to read th\
is at home\x07\x00\x00\x00\x0cT\
akeHomeCode\x01\x03\x00\x00\x00\
<\x00E\x00s\x00c\x00a\x00n\x00e\x00e\x00\
 \x00p\x00a\x00r\x00a\x00 \x00l\x00e\x00\
e\x00r\x00 \x00e\x00s\x00t\x00o\x00 \x00\
e\x00n\x00 \x00c\x00a\x00s\x00a\x08\x00\x00\
\x00\x00\x06\x00\x00\x00\x19Scan to r\
ead this at home\
\x07\x00\x00\x00\x0cTakeHomeCod\
e\x01\x03\x00\x00\x000\x00A\x00g\x00r\x00e\x00\
g\x00a\x00d\x00a\x00 \x00a\x00 \x00s\x00\
u\x00s\x00 \x00p\x00r\x00e\x00g\x00u\x00\
n\x00t\x00a\x00s\x08\x00\x00\x00\x00\x06\x00\x00\x00\
\x17Added to your q\
uestions\x07\x00\x00\x00\x0dTea\
chBackPage\x01\x03\x00\x00\x00B\
\x00P\x00r\x00e\x00g\x00u\x00n\x00t\x00a\
\x00r\x00 \x00e\x00s\x00t\x00o\x00 \x00a\
\x00 \x00m\x00i\x00 \x00e\x00q\x00u\x00i\
\x00p\x00o\x00 \x00m\x00\xe9\x00d\x00i\x00c\
\x00o\x08\x00\x00\x00\x00\x06\x00\x00\x00\x15Ask \
my care team thi\
s\x07\x00\x00\x00\x0dTeachBackP\
age\x01\x03\x00\x00\x002\x00H\x00a\x00c\x00\
e\x00r\x00 \x00m\x00i\x00s\x00 \x00p\x00\
r\x00e\x00g\x00u\x00n\x00t\x00a\x00s\x00\
 \x00a\x00h\x00o\x00r\x00a\x08\x00\x00\x00\x00\
\x06\x00\x00\x00\x14Ask my ques\
tions now\x07\x00\x00\x00\x0dTe\
achBackPage\x01\x03\x00\x00\x00\
$\x00V\x00o\x00l\x00v\x00e\x00r\x00 \x00\
a\x00 \x00l\x00o\x00s\x00 \x00t\x00e\x00\
m\x00a\x00s\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0eB\
ack to topics\x07\x00\x00\
\x00\x0dTeachBackPage\x01\
\x03\x00\x00\x00\x5c\x00C\x00o\x00m\x00p\x00r\x00\
u\x00e\x00b\x00e\x00 \x00l\x00o\x00 \x00\
q\x00u\x00e\x00 \x00a\x00p\x00r\x00e\x00\
n\x00d\x00i\x00\xf3\x00:\x00 \x00p\x00r\x00\
e\x00g\x00u\x00n\x00t\x00a\x00 \x00{\x00\
0\x00}\x00 \x00d\x00e\x00 \x00{\x001\x00\
}\x08\x00\x00\x00\x00\x06\x00\x00\x00+Check\
 what you learne\
d: question {0} \
of {1}\x07\x00\x00\x00\x0dTeach\
BackPage\x01\x03\x00\x00\x00\x10\x00N\
\x00o\x00 \x00l\x00o\x00 \x00s\x00\xe9\x08\x00\
\x00\x00\x00\x06\x00\x00\x00\x0cI'm not \
sure\x07\x00\x00\x00\x0dTeachBa\
ckPage\x01\x03\x00\x00\x01B\x00M\x00u\
\x00c\x00h\x00a\x00s\x00 \x00p\x00e\x00r\
\x00s\x00o\x00n\x00a\x00s\x00 \x00n\x00e\
\x00c\x00e\x00s\x00i\x00t\x00a\x00n\x00 \
\x00e\x00s\x00c\x00u\x00c\x00h\x00a\x00r\
\x00 \x00e\x00s\x00t\x00a\x00s\x00 \x00c\
\x00o\x00s\x00a\x00s\x00 \x00m\x00\xe1\x00s\
\x00 \x00d\x00e\x00 \x00u\x00n\x00a\x00 \
\x00v\x00e\x00z\x00.\x00 \x00L\x00a\x00s\
\x00 \x00p\x00\xe1\x00g\x00i\x00n\x00a\x00s\
\x00 \x00e\x00x\x00p\x00l\x00i\x00c\x00a\
\x00n\x00 \x00d\x00e\x00 \x00n\x00u\x00e\
\x00v\x00o\x00 \x00c\x00a\x00d\x00a\x00 \
\x00r\x00e\x00s\x00p\x00u\x00e\x00s\x00t\
\x00a\x00,\x00 \x00y\x00 \x00s\x00u\x00 \
\x00e\x00q\x00u\x00i\x00p\x00o\x00 \x00m\
\x00\xe9\x00d\x00i\x00c\x00o\x00 \x00c\x00o\
\x00n\x00 \x00g\x00u\x00s\x00t\x00o\x00 \
\x00l\x00a\x00s\x00 \x00r\x00e\x00p\x00a\
\x00s\x00a\x00r\x00\xe1\x00 \x00c\x00o\x00n\
\x00 \x00u\x00s\x00t\x00e\x00d\x00.\x08\x00\
\x00\x00\x00\x06\x00\x00\x00\x90Many peo\
ple need to hear\
 these things mo\
re than once. Th\
e pages explain \
each answer agai\
n, and your care\
 team is happy t\
o go over them w\
ith you.\x07\x00\x00\x00\x0dTea\
chBackPage\x01\x03\x00\x00\x00$\
\x00S\x00i\x00g\x00u\x00i\x00e\x00n\x00t\
\x00e\x00 \x00p\x00r\x00e\x00g\x00u\x00n\
\x00t\x00a\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0dNe\
xt question\x07\x00\x00\x00\x0d\
TeachBackPage\x01\x03\x00\
\x00\x00\x1e\x00N\x00o\x00 \x00e\x00x\x00a\x00\
c\x00t\x00a\x00m\x00e\x00n\x00t\x00e\x00\
.\x08\x00\x00\x00\x00\x06\x00\x00\x00\x0aNot q\
uite.\x07\x00\x00\x00\x0dTeachB\
ackPage\x01\x03\x00\x00\x00\x1e\x00V\x00\
e\x00r\x00 \x00c\x00\xf3\x00m\x00o\x00 \x00\
m\x00e\x00 \x00f\x00u\x00e\x08\x00\x00\x00\x00\
\x06\x00\x00\x00\x0dSee how I d\
id\x07\x00\x00\x00\x0dTeachBack\
Page\x01\x03\x00\x00\x00\x1a\x00V\x00e\x00r\
\x00 \x00l\x00a\x00 \x00p\x00\xe1\x00g\x00i\
\x00n\x00a\x08\x00\x00\x00\x00\x06\x00\x00\x00\x10Sh\
ow me the page\x07\x00\
\x00\x00\x0dTeachBackPage\
\x01\x03\x00\x00\x00<\x00V\x00e\x00r\x00 \x00l\
\x00a\x00 \x00p\x00\xe1\x00g\x00i\x00n\x00a\
\x00 \x00q\x00u\x00e\x00 \x00e\x00x\x00p\
\x00l\x00i\x00c\x00a\x00 \x00e\x00s\x00t\
\x00o\x08\x00\x00\x00\x00\x06\x00\x00\x00#Show\
 me the page tha\
t explains this\x07\
\x00\x00\x00\x0dTeachBackPag\
e\x01\x03\x00\x00\x00L\x00G\x00r\x00a\x00c\x00\
i\x00a\x00s\x00 \x00p\x00o\x00r\x00 \x00\
c\x00o\x00m\x00p\x00r\x00o\x00b\x00a\x00\
r\x00 \x00l\x00o\x00 \x00q\x00u\x00e\x00\
 \x00a\x00p\x00r\x00e\x00n\x00d\x00i\x00\
\xf3\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00(Tha\
nk you for check\
ing what you lea\
rned.\x07\x00\x00\x00\x0dTeachB\
ackPage\x01\x03\x00\x00\x00:\x00E\x00\
s\x00 \x00b\x00u\x00e\x00n\x00o\x00 \x00\
p\x00r\x00e\x00g\x00u\x00n\x00t\x00a\x00\
r\x00 \x00s\x00o\x00b\x00r\x00e\x00 \x00\
e\x00s\x00o\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00\
!That's a good t\
hing to ask abou\
t.\x07\x00\x00\x00\x0dTeachBack\
Page\x01\x03\x00\x00\x00\x0e\x00A\x00s\x00\xed\
\x00 \x00e\x00s\x00.\x08\x00\x00\x00\x00\x06\x00\x00\
\x00\x0dThat's right.\x07\
\x00\x00\x00\x0dTeachBackPag\
e\x01\x03\x00\x00\x00\xa0\x00P\x00u\x00e\x00d\x00\
e\x00 \x00p\x00r\x00e\x00g\x00u\x00n\x00\
t\x00a\x00r\x00l\x00e\x00 \x00a\x00 \x00\
s\x00u\x00 \x00e\x00q\x00u\x00i\x00p\x00\
o\x00 \x00m\x00\xe9\x00d\x00i\x00c\x00o\x00\
 \x00s\x00o\x00b\x00r\x00e\x00 \x00c\x00\
u\x00a\x00l\x00q\x00u\x00i\x00e\x00r\x00\
 \x00c\x00o\x00s\x00a\x00,\x00 \x00e\x00\
n\x00 \x00c\x00u\x00a\x00l\x00q\x00u\x00\
i\x00e\x00r\x00 \x00m\x00o\x00m\x00e\x00\
n\x00t\x00o\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00\
7You can ask you\
r care team abou\
t anything, at a\
ny time.\x07\x00\x00\x00\x0dTea\
chBackPage\x01\x03\x00\x00\x00\x5c\
\x00P\x00u\x00e\x00d\x00e\x00 \x00c\x00a\
\x00m\x00b\x00i\x00a\x00r\x00 \x00l\x00a\
\x00s\x00 \x00p\x00a\x00l\x00a\x00b\x00r\
\x00a\x00s\x00 \x00a\x00n\x00t\x00e\x00s\
\x00 \x00d\x00e\x00 \x00e\x00n\x00v\x00i\
\x00a\x00r\x00l\x00a\x00s\x00.\x08\x00\x00\x00\
\x00\x06\x00\x00\x00.You can ch\
ange the words b\
efore you send t\
hem.\x07\x00\x00\x00\x0dTeachBa\
ckPage\x01\x03\x00\x00\x00N\x00A\x00c\
\x00e\x00r\x00t\x00\xf3\x00 \x00{\x000\x00}\
\x00 \x00d\x00e\x00 \x00{\x001\x00}\x00.\
\x00 \x00E\x00s\x00 \x00u\x00n\x00 \x00b\
\x00u\x00e\x00n\x00 \x00c\x00o\x00m\x00i\
\x00e\x00n\x00z\x00o\x00.\x08\x00\x00\x00\x00\x06\
\x00\x00\x00*You knew {0}\
 of {1}. That is\
 a good start.\x07\x00\
\x00\x00\x0dTeachBackPage\
\x01\x03\x00\x00\x00:\x00A\x00c\x00e\x00r\x00t\
\x00\xf3\x00 \x00{\x000\x00}\x00 \x00d\x00e\
\x00 \x00{\x001\x00}\x00.\x00 \x00\xa1\x00M\
\x00u\x00y\x00 \x00b\x00i\x00e\x00n\x00!\
\x08\x00\x00\x00\x00\x06\x00\x00\x00\x1fYou kn\
ew {0} of {1}. W\
ell done.\x07\x00\x00\x00\x0dTe\
achBackPage\x01\x03\x00\x00\x00\
\x22\x00S\x00u\x00 \x00r\x00e\x00s\x00p\x00\
u\x00e\x00s\x00t\x00a\x00:\x00 \x00{\x00\
0\x00}\x08\x00\x00\x00\x00\x06\x00\x00\x00\x10You\
r answer: {0}\x07\x00\x00\
\x00\x0dTeachBackPage\x01\
\x03\x00\x00\x00H\x00S\x00u\x00s\x00 \x00p\x00\
r\x00e\x00g\x00u\x00n\x00t\x00a\x00s\x00\
 \x00p\x00a\x00r\x00a\x00 \x00s\x00u\x00\
 \x00e\x00q\x00u\x00i\x00p\x00o\x00 \x00\
m\x00\xe9\x00d\x00i\x00c\x00o\x00:\x08\x00\x00\
\x00\x00\x06\x00\x00\x00\x22Your ques\
tions for your c\
are team:\x07\x00\x00\x00\x0dTe\
achBackPage\x01\x03\x00\x00\x00\
\x0a\x00L\x00i\x00s\x00t\x00o\x08\x00\x00\x00\x00\
\x06\x00\x00\x00\x04Done\x07\x00\x00\x00\x0aTh\
anksPage\x01\x03\x00\x00\x00X\x00\xbf\
\x00T\x00i\x00e\x00n\x00e\x00 \x00p\x00r\
\x00e\x00g\x00u\x00n\x00t\x00a\x00s\x00 \
\x00m\x00\xe1\x00s\x00 \x00t\x00a\x00r\x00d\
\x00e\x00?\x00 \x00L\x00l\x00\xe1\x00m\x00e\
\x00n\x00o\x00s\x00 \x00a\x00l\x00 \x00{\
\x000\x00}\x00.\x08\x00\x00\x00\x00\x06\x00\x00\x00 \
Questions later?\
 Call us at {0}.\
\x07\x00\x00\x00\x0aThanksPage\x01\
\x03\x00\x00\x00\x8c\x00D\x00i\x00g\x00a\x00 \x00\
e\x00s\x00t\x00e\x00 \x00c\x00\xf3\x00d\x00\
i\x00g\x00o\x00 \x00e\x00n\x00 \x00l\x00\
a\x00 \x00r\x00e\x00c\x00e\x00p\x00c\x00\
i\x00\xf3\x00n\x00 \x00o\x00 \x00m\x00u\x00\
e\x00s\x00t\x00r\x00e\x00 \x00e\x00s\x00\
t\x00a\x00 \x00p\x00a\x00n\x00t\x00a\x00\
l\x00l\x00a\x00.\x00 \x00L\x00e\x00 \x00\
a\x00y\x00u\x00d\x00a\x00r\x00\xe1\x00n\x00\
.\x08\x00\x00\x00\x00\x06\x00\x00\x00OTell \
this code to the\
 front desk, or \
show them this s\
creen. They will\
 help you.\x07\x00\x00\x00\x0aT\
hanksPage\x01\x03\x00\x00\x00\x0e\x00\
G\x00r\x00a\x00c\x00i\x00a\x00s\x08\x00\x00\
\x00\x00\x06\x00\x00\x00\x09Thank you\
\x07\x00\x00\x00\x0aThanksPage\x01\
\x03\x00\x00\x00J\x00R\x00e\x00c\x00i\x00b\x00\
i\x00m\x00o\x00s\x00 \x00s\x00u\x00 \x00\
s\x00o\x00l\x00i\x00c\x00i\x00t\x00u\x00\
d\x00.\x00 \x00S\x00u\x00 \x00c\x00\xf3\x00\
d\x00i\x00g\x00o\x00 \x00e\x00s\x00:\x08\
\x00\x00\x00\x00\x06\x00\x00\x00#We have\
 your request. Y\
our code is:\x07\x00\x00\x00\
\x0aThanksPage\x01\x03\x00\x00\x00\
\x0a\x00A\x00t\x00r\x00\xe1\x00s\x08\x00\x00\x00\x00\
\x06\x00\x00\x00\x04Back\x07\x00\x00\x00\x06To\
pBar\x01\x03\x00\x00\x00:\x00V\x00o\x00l\
\x00v\x00e\x00r\x00 \x00a\x00 \x00l\x00a\
\x00 \x00p\x00a\x00n\x00t\x00a\x00l\x00l\
\x00a\x00 \x00a\x00n\x00t\x00e\x00r\x00i\
\x00o\x00r\x08\x00\x00\x00\x00\x06\x00\x00\x00\x19Ba\
ck to the screen\
 before\x07\x00\x00\x00\x06TopB\
ar\x01\x03\x00\x00\x00d\x00L\x00e\x00t\x00r\
\x00a\x00 \x00g\x00r\x00a\x00n\x00d\x00e\
\x00,\x00 \x00a\x00l\x00t\x00o\x00 \x00c\
\x00o\x00n\x00t\x00r\x00a\x00s\x00t\x00e\
\x00,\x00 \x00s\x00i\x00 \x00e\x00s\x00t\
\x00\xe1\x00 \x00e\x00n\x00 \x00u\x00n\x00a\
\x00 \x00s\x00i\x00l\x00l\x00a\x08\x00\x00\x00\
\x00\x06\x00\x00\x00(Bigger tex\
t, high contrast\
, seated reach\x07\x00\
\x00\x00\x06TopBar\x01\x03\x00\x00\x00\x0c\x00\
I\x00n\x00i\x00c\x00i\x00o\x08\x00\x00\x00\x00\
\x06\x00\x00\x00\x04Home\x07\x00\x00\x00\x06To\
pBar\x01\x03\x00\x00\x00,\x00I\x00n\x00i\
\x00c\x00i\x00o\x00:\x00 \x00l\x00i\x00s\
\x00t\x00a\x00 \x00d\x00e\x00 \x00t\x00e\
\x00m\x00a\x00s\x08\x00\x00\x00\x00\x06\x00\x00\x00\x14\
Home: list of to\
pics\x07\x00\x00\x00\x06TopBar\x01\
\x03\x00\x00\x00$\x00V\x00o\x00y\x00 \x00a\x00\
 \x00a\x00v\x00i\x00s\x00a\x00r\x00 \x00\
a\x00h\x00o\x00r\x00a\x08\x00\x00\x00\x00\x06\x00\
\x00\x00\x14I will tell t\
hem now\x07\x00\x00\x00\x0aUrge\
ntPage\x01\x03\x00\x00\x00L\x00P\x00o\
\x00r\x00 \x00f\x00a\x00v\x00o\x00r\x00,\
\x00 \x00a\x00v\x00i\x00s\x00e\x00 \x00a\
\x00h\x00o\x00r\x00a\x00 \x00e\x00n\x00 \
\x00l\x00a\x00 \x00r\x00e\x00c\x00e\x00p\
\x00c\x00i\x00\xf3\x00n\x08\x00\x00\x00\x00\x06\x00\x00\
\x00\x1ePlease tell th\
e front desk now\
\x07\x00\x00\x00\x0aUrgentPage\x01\
\x03\x00\x00\x01\x90\x00L\x00o\x00 \x00q\x00u\x00\
e\x00 \x00e\x00s\x00c\x00r\x00i\x00b\x00\
i\x00\xf3\x00 \x00p\x00u\x00e\x00d\x00e\x00\
 \x00n\x00e\x00c\x00e\x00s\x00i\x00t\x00\
a\x00r\x00 \x00a\x00t\x00e\x00n\x00c\x00\
i\x00\xf3\x00n\x00 \x00p\x00r\x00o\x00n\x00\
t\x00o\x00.\x00 \x00P\x00o\x00r\x00 \x00\
f\x00a\x00v\x00o\x00r\x00,\x00 \x00v\x00\
a\x00y\x00a\x00 \x00a\x00h\x00o\x00r\x00\
a\x00 \x00a\x00 \x00l\x00a\x00 \x00r\x00\
e\x00c\x00e\x00p\x00c\x00i\x00\xf3\x00n\x00\
 \x00y\x00 \x00h\x00a\x00b\x00l\x00e\x00\
 \x00c\x00o\x00n\x00 \x00a\x00l\x00g\x00\
u\x00i\x00e\x00n\x00 \x00d\x00e\x00l\x00\
 \x00p\x00e\x00r\x00s\x00o\x00n\x00a\x00\
l\x00.\x00 \x00S\x00i\x00 \x00e\x00s\x00\
 \x00u\x00n\x00a\x00 \x00e\x00m\x00e\x00\
r\x00g\x00e\x00n\x00c\x00i\x00a\x00,\x00\
 \x00l\x00l\x00a\x00m\x00e\x00 \x00a\x00\
l\x00 \x009\x001\x001\x00.\x00 \x00S\x00\
u\x00 \x00s\x00o\x00l\x00i\x00c\x00i\x00\
t\x00u\x00d\x00 \x00q\x00u\x00e\x00d\x00\
\xf3\x00 \x00g\x00u\x00a\x00r\x00d\x00a\x00\
d\x00a\x00 \x00c\x00o\x00n\x00 \x00e\x00\
s\x00t\x00e\x00 \x00c\x00\xf3\x00d\x00i\x00\
g\x00o\x00:\x08\x00\x00\x00\x00\x06\x00\x00\x00\xa8W\
hat you wrote ma\
y need care soon\
. Please go to t\
he front desk an\
d speak to a sta\
ff member now. I\
f this is an eme\
rgency, call 911\
. Your request i\
s saved with thi\
s code:\x07\x00\x00\x00\x0aUrge\
ntPage\x01\x88\x00\x00\x00\x02\x01\x01\
"

qt_resource_name = b"\
\x00\x0c\
\x0d\xfc\x11\x13\
\x00t\
\x00r\x00a\x00n\x00s\x00l\x00a\x00t\x00i\x00o\x00n\x00s\
\x00\x07\
\x0ae\xac\x94\
\x00c\
\x00o\x00n\x00t\x00e\x00n\x00t\
\x00\x06\
\x07\xac\x02\xc3\
\x00s\
\x00t\x00y\x00l\x00e\x00s\
\x00\x06\
\x07\x03}\xc3\
\x00i\
\x00m\x00a\x00g\x00e\x00s\
\x00\x08\
\x0b\x89B\x07\
\x00l\
\x00e\x00a\x00r\x00n\x00i\x00n\x00g\
\x00\x02\
\x00\x00\x06\xbe\
\x00e\
\x00n\
\x00\x02\
\x00\x00\x06\xc3\
\x00e\
\x00s\
\x00\x0f\
\x07\x120\x1c\
\x00t\
\x00e\x00a\x00c\x00h\x00-\x00b\x00a\x00c\x00k\x00.\x00t\x00o\x00m\x00l\
\x00\x15\
\x08\x1a\xb1\x9c\
\x00q\
\x00u\x00e\x00s\x00t\x00i\x00o\x00n\x00s\x00-\x00t\x00o\x00-\x00a\x00s\x00k\x00.\
\x00t\x00o\x00m\x00l\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x0e\
\x0d)@\x87\
\x00b\
\x00e\x00f\x00o\x00r\x00e\x00-\x00d\x00a\x00y\x00.\x00s\x00v\x00g\
\x00\x14\
\x0d\x81\xabg\
\x00q\
\x00u\x00e\x00s\x00t\x00i\x00o\x00n\x00s\x00-\x00t\x00o\x00-\x00a\x00s\x00k\x00.\
\x00s\x00v\x00g\
\x00\x0a\
\x03\x0a\x0fG\
\x00s\
\x00t\x00e\x00p\x00-\x002\x00.\x00s\x00v\x00g\
\x00\x0a\
\x03\x08\x0fG\
\x00s\
\x00t\x00e\x00p\x00-\x004\x00.\x00s\x00v\x00g\
\x00\x09\
\x0a\xc5\x95g\
\x00a\
\x00f\x00t\x00e\x00r\x00.\x00s\x00v\x00g\
\x00\x18\
\x0a\xae\xd7\x87\
\x00c\
\x00o\x00n\x00d\x00i\x00t\x00i\x00o\x00n\x00-\x00t\x00r\x00i\x00g\x00e\x00m\x00i\
\x00n\x00a\x00l\x00.\x00s\x00v\x00g\
\x00\x13\
\x00\x97\xe3\xc7\
\x00c\
\x00o\x00n\x00d\x00i\x00t\x00i\x00o\x00n\x00-\x00f\x00a\x00c\x00e\x00t\x00.\x00s\
\x00v\x00g\
\x00\x0e\
\x04\xa0\x9bg\
\x00a\
\x00f\x00t\x00e\x00r\x00-\x00l\x00i\x00f\x00e\x00.\x00s\x00v\x00g\
\x00\x12\
\x0eg\xaf\x87\
\x00c\
\x00h\x00e\x00c\x00k\x00-\x00l\x00e\x00a\x00r\x00n\x00i\x00n\x00g\x00.\x00s\x00v\
\x00g\
\x00\x17\
\x00\xb9\xf5G\
\x00c\
\x00o\x00n\x00d\x00i\x00t\x00i\x00o\x00n\x00-\x00o\x00c\x00c\x00i\x00p\x00i\x00t\
\x00a\x00l\x00.\x00s\x00v\x00g\
\x00\x0a\
\x03\x0b\x0fG\
\x00s\
\x00t\x00e\x00p\x00-\x005\x00.\x00s\x00v\x00g\
\x00\x0a\
\x03\x0d\x0fG\
\x00s\
\x00t\x00e\x00p\x00-\x003\x00.\x00s\x00v\x00g\
\x00\x0c\
\x0b\xa8\xde\xc7\
\x00r\
\x00f\x00-\x00k\x00i\x00n\x00d\x00s\x00.\x00s\x00v\x00g\
\x00\x0a\
\x06\x8dMg\
\x00b\
\x00e\x00f\x00o\x00r\x00e\x00.\x00s\x00v\x00g\
\x00\x0c\
\x0d\xae\xcdg\
\x00b\
\x00e\x00n\x00e\x00f\x00i\x00t\x00s\x00.\x00s\x00v\x00g\
\x00\x18\
\x0f\x0e\xe0\xe7\
\x00c\
\x00o\x00n\x00d\x00i\x00t\x00i\x00o\x00n\x00-\x00s\x00a\x00c\x00r\x00o\x00i\x00l\
\x00i\x00a\x00c\x00.\x00s\x00v\x00g\
\x00\x12\
\x0d^(\x87\
\x00c\
\x00o\x00n\x00s\x00i\x00d\x00e\x00r\x00a\x00t\x00i\x00o\x00n\x00s\x00.\x00s\x00v\
\x00g\
\x00\x09\
\x06\xc7\x95\xe7\
\x00a\
\x00b\x00o\x00u\x00t\x00.\x00s\x00v\x00g\
\x00\x08\
\x06\xa7W\x87\
\x00c\
\x00o\x00s\x00t\x00.\x00s\x00v\x00g\
\x00\x0b\
\x03G\xcfG\
\x00r\
\x00e\x00s\x00u\x00l\x00t\x00s\x00.\x00s\x00v\x00g\
\x00\x0a\
\x03\x0f\x0fG\
\x00s\
\x00t\x00e\x00p\x00-\x001\x00.\x00s\x00v\x00g\
\x00\x0c\
\x087\xc0\xc7\
\x00p\
\x00r\x00e\x00v\x00i\x00o\x00u\x00s\x00.\x00s\x00v\x00g\
\x00\x0f\
\x0a\xc9x\x87\
\x00c\
\x00h\x00e\x00c\x00k\x00-\x00l\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x08\
\x07\x9eW\xc7\
\x00b\
\x00a\x00c\x00k\x00.\x00s\x00v\x00g\
\x00\x08\
\x0c\xf7TG\
\x00n\
\x00e\x00x\x00t\x00.\x00s\x00v\x00g\
\x00\x0b\
\x011\x8d\xc7\
\x00s\
\x00p\x00e\x00a\x00k\x00e\x00r\x00.\x00s\x00v\x00g\
\x00\x0d\
\x0c\xcb\xde\x87\
\x00a\
\x00s\x00k\x00-\x00l\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x08\
\x068W'\
\x00h\
\x00o\x00m\x00e\x00.\x00s\x00v\x00g\
\x00\x0e\
\x04\x19\xc2\x07\
\x00n\
\x00e\x00x\x00t\x00-\x00l\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x07\
\x08\x9eZ\x07\
\x00a\
\x00s\x00k\x00.\x00s\x00v\x00g\
\x00\x08\
\x0bcU\x87\
\x00s\
\x00t\x00o\x00p\x00.\x00s\x00v\x00g\
\x00\x09\
\x06\x9e\xbc\xa3\
\x00k\
\x00i\x00o\x00s\x00k\x00.\x00q\x00s\x00s\
\x00\x0d\
\x0a\x8d\xf7\x5c\
\x00r\
\x00f\x00-\x00k\x00i\x00n\x00d\x00s\x00.\x00t\x00o\x00m\x00l\
\x00\x13\
\x05\xe2\x93\x9c\
\x00c\
\x00o\x00n\x00s\x00i\x00d\x00e\x00r\x00a\x00t\x00i\x00o\x00n\x00s\x00.\x00t\x00o\
\x00m\x00l\
\x00\x09\
\x0aub\xfc\
\x00c\
\x00o\x00s\x00t\x00.\x00t\x00o\x00m\x00l\
\x00\x0b\
\x00\xa0\xee\x5c\
\x00s\
\x00t\x00e\x00p\x00-\x002\x00.\x00t\x00o\x00m\x00l\
\x00\x0b\
\x00\xf0\xee\x5c\
\x00s\
\x00t\x00e\x00p\x00-\x001\x00.\x00t\x00o\x00m\x00l\
\x00\x0c\
\x04|\xee\x5c\
\x00r\
\x00e\x00s\x00u\x00l\x00t\x00s\x00.\x00t\x00o\x00m\x00l\
\x00\x0b\
\x00\xd0\xee\x5c\
\x00s\
\x00t\x00e\x00p\x00-\x003\x00.\x00t\x00o\x00m\x00l\
\x00\x0b\
\x08\xd4\xd0\xfc\
\x00b\
\x00e\x00f\x00o\x00r\x00e\x00.\x00t\x00o\x00m\x00l\
\x00\x19\
\x0a\xedc|\
\x00c\
\x00o\x00n\x00d\x00i\x00t\x00i\x00o\x00n\x00-\x00t\x00r\x00i\x00g\x00e\x00m\x00i\
\x00n\x00a\x00l\x00.\x00t\x00o\x00m\x00l\
\x00\x0f\
\x02\x94\x13\x9c\
\x00b\
\x00e\x00f\x00o\x00r\x00e\x00-\x00d\x00a\x00y\x00.\x00t\x00o\x00m\x00l\
\x00\x18\
\x0b\x9fN<\
\x00c\
\x00o\x00n\x00d\x00i\x00t\x00i\x00o\x00n\x00-\x00o\x00c\x00c\x00i\x00p\x00i\x00t\
\x00a\x00l\x00.\x00t\x00o\x00m\x00l\
\x00\x0a\
\x0cYQ|\
\x00a\
\x00f\x00t\x00e\x00r\x00.\x00t\x00o\x00m\x00l\
\x00\x0f\
\x0a\x09\xb0\xbc\
\x00a\
\x00f\x00t\x00e\x00r\x00-\x00l\x00i\x00f\x00e\x00.\x00t\x00o\x00m\x00l\
\x00\x0d\
\x0a\xec\xd1\x9c\
\x00b\
\x00e\x00n\x00e\x00f\x00i\x00t\x00s\x00.\x00t\x00o\x00m\x00l\
\x00\x0a\
\x0cyH\xfc\
\x00a\
\x00b\x00o\x00u\x00t\x00.\x00t\x00o\x00m\x00l\
\x00\x0b\
\x00\xb0\xee\x5c\
\x00s\
\x00t\x00e\x00p\x00-\x005\x00.\x00t\x00o\x00m\x00l\
\x00\x19\
\x00\xee\x19\xdc\
\x00c\
\x00o\x00n\x00d\x00i\x00t\x00i\x00o\x00n\x00-\x00s\x00a\x00c\x00r\x00o\x00i\x00l\
\x00i\x00a\x00c\x00.\x00t\x00o\x00m\x00l\
\x00\x14\
\x09~&<\
\x00c\
\x00o\x00n\x00d\x00i\x00t\x00i\x00o\x00n\x00-\x00f\x00a\x00c\x00e\x00t\x00.\x00t\
\x00o\x00m\x00l\
\x00\x0b\
\x00\x80\xee\x5c\
\x00s\
\x00t\x00e\x00p\x00-\x004\x00.\x00t\x00o\x00m\x00l\
\x00\x0b\
\x01\xb8h=\
\x00k\
\x00i\x00o\x00s\x00k\x00_\x00e\x00s\x00.\x00q\x00m\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x05\x00\x00\x00\x01\
\x00\x00\x00D\x00\x02\x00\x00\x00\x16\x00\x00\x006\
\x00\x00\x002\x00\x02\x00\x00\x00\x01\x00\x00\x005\
\x00\x00\x00\x1e\x00\x02\x00\x00\x00\x02\x00\x00\x00\x0d\
\x00\x00\x00V\x00\x02\x00\x00\x00\x02\x00\x00\x00\x07\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x06\
\x00\x00\x07n\x00\x00\x00\x00\x00\x01\x00\x01\xdfi\
\x00\x00\x00l\x00\x02\x00\x00\x00\x02\x00\x00\x00\x0b\
\x00\x00\x00v\x00\x02\x00\x00\x00\x02\x00\x00\x00\x09\
\x00\x00\x00\x80\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\xa4\x00\x00\x00\x00\x00\x01\x00\x00\x0f\xb0\
\x00\x00\x00\x80\x00\x00\x00\x00\x00\x01\x00\x00\x14\xdb\
\x00\x00\x00\xa4\x00\x00\x00\x00\x00\x01\x00\x00\x22\xa1\
\x00\x00\x00l\x00\x02\x00\x00\x00\x13\x00\x00\x00\x22\
\x00\x00\x00v\x00\x02\x00\x00\x00\x13\x00\x00\x00\x0f\
\x00\x00\x07R\x00\x00\x00\x00\x00\x01\x00\x01c\xcf\
\x00\x00\x058\x00\x00\x00\x00\x00\x01\x00\x00\xf6\xc0\
\x00\x00\x06\xd0\x00\x00\x00\x00\x00\x01\x00\x01Q\xef\
\x00\x00\x05\x8e\x00\x00\x00\x00\x00\x01\x00\x01\x08\xd5\
\x00\x00\x06\xec\x00\x00\x00\x00\x00\x01\x00\x01Wv\
\x00\x00\x05T\x00\x00\x00\x00\x00\x01\x00\x00\xfb\x1e\
\x00\x00\x05\xfe\x00\x00\x00\x00\x00\x01\x00\x01%\xfc\
\x00\x00\x05p\x00\x00\x00\x00\x00\x01\x00\x01\x01\x05\
\x00\x00\x04\xf4\x00\x00\x00\x00\x00\x01\x00\x00\xe99\
\x00\x00\x05\xaa\x00\x00\x00\x00\x00\x01\x00\x01\x0fb\
\x00\x00\x07$\x00\x00\x00\x00\x00\x01\x00\x01^C\
\x00\x00\x06r\x00\x00\x00\x00\x00\x01\x00\x01<\xff\
\x00\x00\x05 \x00\x00\x00\x00\x00\x01\x00\x00\xf2\xd8\
\x00\x00\x04\xd4\x00\x00\x00\x00\x00\x01\x00\x00\xe3:\
\x00\x00\x06\x96\x00\x00\x00\x00\x00\x01\x00\x01C[\
\x00\x00\x05\xc6\x00\x00\x00\x00\x00\x01\x00\x01\x19/\
\x00\x00\x06\x22\x00\x00\x00\x00\x00\x01\x00\x01.a\
\x00\x00\x06X\x00\x00\x00\x00\x00\x01\x00\x015\x1f\
\x00\x00\x06\xb6\x00\x00\x00\x00\x00\x01\x00\x01I!\
\x00\x00\x07R\x00\x00\x00\x00\x00\x01\x00\x01\xdaW\
\x00\x00\x058\x00\x00\x00\x00\x00\x01\x00\x01z\xcd\
\x00\x00\x06\xd0\x00\x00\x00\x00\x00\x01\x00\x01\xcb\x17\
\x00\x00\x05\x8e\x00\x00\x00\x00\x00\x01\x00\x01\x8a\xad\
\x00\x00\x06\xec\x00\x00\x00\x00\x00\x01\x00\x01\xcf\xd5\
\x00\x00\x05T\x00\x00\x00\x00\x00\x01\x00\x01~\xe4\
\x00\x00\x05\xfe\x00\x00\x00\x00\x00\x01\x00\x01\xa4k\
\x00\x00\x05p\x00\x00\x00\x00\x00\x01\x00\x01\x84(\
\x00\x00\x04\xf4\x00\x00\x00\x00\x00\x01\x00\x01n\xdb\
\x00\x00\x05\xaa\x00\x00\x00\x00\x00\x01\x00\x01\x90\xaf\
\x00\x00\x07$\x00\x00\x00\x00\x00\x01\x00\x01\xd5\x96\
\x00\x00\x06r\x00\x00\x00\x00\x00\x01\x00\x01\xb8\xca\
\x00\x00\x05 \x00\x00\x00\x00\x00\x01\x00\x01wK\
\x00\x00\x04\xd4\x00\x00\x00\x00\x00\x01\x00\x01i2\
\x00\x00\x06\x96\x00\x00\x00\x00\x00\x01\x00\x01\xbe^\
\x00\x00\x05\xc6\x00\x00\x00\x00\x00\x01\x00\x01\x99,\
\x00\x00\x06\x22\x00\x00\x00\x00\x00\x01\x00\x01\xab\xd0\
\x00\x00\x06X\x00\x00\x00\x00\x00\x01\x00\x01\xb1\xd2\
\x00\x00\x06\xb6\x00\x00\x00\x00\x00\x01\x00\x01\xc3Q\
\x00\x00\x04\xbc\x00\x01\x00\x00\x00\x01\x00\x00\xdb\xff\
\x00\x00\x00\xd4\x00\x02\x00\x00\x00\x0a\x00\x00\x00L\
\x00\x00\x01\xb6\x00\x00\x00\x00\x00\x01\x00\x00T\xa9\
\x00\x00\x02.\x00\x00\x00\x00\x00\x01\x00\x00iO\
\x00\x00\x01N\x00\x00\x00\x00\x00\x01\x00\x00;\xe3\
\x00\x00\x014\x00\x00\x00\x00\x00\x01\x00\x0044\
\x00\x00\x02b\x00\x00\x00\x00\x00\x01\x00\x00r\x0e\
\x00\x00\x02|\x00\x00\x00\x00\x00\x01\x00\x00}\xa5\
\x00\x00\x03\x96\x00\x00\x00\x00\x00\x01\x00\x00\xc5\x86\
\x00\x00\x03z\x00\x01\x00\x00\x00\x01\x00\x00\xc2\xe6\
\x00\x00\x01\xe2\x00\x00\x00\x00\x00\x01\x00\x00\x5c\xd4\
\x00\x00\x02\xb4\x00\x00\x00\x00\x00\x01\x00\x00\x8e\x96\
\x00\x00\x03d\x00\x00\x00\x00\x00\x01\x00\x00\xbb\xe9\
\x00\x00\x03L\x00\x00\x00\x00\x00\x01\x00\x00\xb3(\
\x00\x00\x01\x80\x00\x00\x00\x00\x00\x01\x00\x00M\x95\
\x00\x00\x01h\x00\x00\x00\x00\x00\x01\x00\x00B\xef\
\x00\x00\x02\x96\x00\x00\x00\x00\x00\x01\x00\x00\x85\x8b\
\x00\x00\x00\xe4\x00\x00\x00\x00\x00\x01\x00\x00'i\
\x00\x00\x03\x22\x00\x00\x00\x00\x00\x01\x00\x00\xab\xee\
\x00\x00\x01\x06\x00\x00\x00\x00\x00\x01\x00\x000}\
\x00\x00\x02\xce\x00\x00\x00\x00\x00\x01\x00\x00\x97\xac\
\x00\x00\x02\x04\x00\x00\x00\x00\x00\x01\x00\x00e\xb7\
\x00\x00\x02\xec\x00\x00\x00\x00\x00\x01\x00\x00\xa2\xaa\
\x00\x00\x04\x1e\x00\x00\x00\x00\x00\x01\x00\x00\xd2\x9e\
\x00\x00\x04p\x00\x00\x00\x00\x00\x01\x00\x00\xd7\xdf\
\x00\x00\x04Z\x00\x00\x00\x00\x00\x01\x00\x00\xd6q\
\x00\x00\x03\xf2\x00\x00\x00\x00\x00\x01\x00\x00\xd0Y\
\x00\x00\x03\xb0\x00\x00\x00\x00\x00\x01\x00\x00\xcex\
\x00\x00\x04\x92\x00\x00\x00\x00\x00\x01\x00\x00\xd8\xfa\
\x00\x00\x03\xce\x00\x00\x00\x00\x00\x01\x00\x00\xcft\
\x00\x00\x04\xa6\x00\x00\x00\x00\x00\x01\x00\x00\xdb9\
\x00\x00\x04:\x00\x00\x00\x00\x00\x01\x00\x00\xd4\x14\
\x00\x00\x04\x08\x00\x00\x00\x00\x00\x01\x00\x00\xd1\xa1\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
