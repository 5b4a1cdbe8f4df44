# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
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
\x00\x00\x05l\
\x00\
\x00\x14Jx\x9c\xb5Xmo\xdb6\x10\xfe\xee_A\
8\x1f\x9a\x16ql\xe7\xad\xad\x8alI\xdb}\x18\xb6\
\xa1\xc9\x12\xac\x1f\x82\xa2\xa0\xa4\xb3\xc4\x85&5\x92\x8a\
\xe3\x0d\xf9\xef;R/\x96,\xcav\xd3\xcd@\x02\xeb\
xz\xeexw\xcf\xf1\xe8\xf1+r\x9b\x02\xb9gR\
\xdf\xbf\xd0D\x0a\xbe$\xda,9\x10\x9d\x02\x98C\xf2\
\xb3\xd1\x84\x9a\x91f\x89 F\xde\x83\xc0G\x05d\xc6\
8\x87\x980A\xc2e\xf1\xf68gc\x93\xc2\x1c\x0e\
\xb3\xe5!y5\x1e\x0c\xae?\xb38\x01C\xfe\x19\x10\
\xfc\xcc\xa40\xa3\x19\x9d3\xbe\x0c\xc8\xf0#\xfcI\xff\
\xc8\xc9\x0d\x15z\xf8n\xb5\xae\xd9\xdf\x10\x90\x8bP\xc6\
\xcb\xaf\xd9c\xf6X,E\x92K\x85b\x03\x8f\xe6\xdd\
\xe0i0\xd8s\x16?3\x11\xcb\xc5\x01\xb9\xbe14\
\xba\x87\xb80\xb7\xfeL~ \xd7\xd5\xca\xdeL\xd19\
\xc4W4\x01]\xba\x15\xa2j\xa2d.b4\x90\xe1\
\xc2\xd70q6\xaeo\x22%9\xbfT@-d\xfd\
\xd0\xc4\xf3\x8a\x1b\xdf\xba&\x8c\xc2\x1dg\x18Aa\x8a\
\xbd\x85R\xc5\x80\x9b\x13R@\xd3\xee{\xaa\x82\x07P\
\x86E\x94\xfb\x5cM\x81\xe2{\xceY\xbb\xb6`\xb1I\
\x032=\xabbV\xe0\x8e\x14\x8dY\xae\x03\xf2\xc6\xca\
\x9f\x9a\xe0AJE\xcca\xa3\x91L\xb19U\xcb\x02\
q\xce\xc4(\x05\x96\xa4\x06\xe1&\xbb\xdb\xa1q<\xe2\
L@\x1d.'\xd5y\xe8\x91Z]\x9b\x84\xae\xae\x95\
z\x5c,\xc2f\xa5\x95k\x93\xc2\x83\xc1\x9e\x91\x19\xbe\
\xbd%vO\x83\xbd\x99\x94\x06T\x8fj\xb1X\xd7\xc4\
\xaf4\x04~\x87\x8e\xc1\xf90f:\xe3t9\xfc\xd2\
,\xf0\xb2\x80\xcb\xb5F\x0d\xbb\xd5E\xe9c(y\xec\
\xc2\xd4\xc4\xb3^1\x91x\xf1\xca\xb5o\xc2\x83%\x84\
J.\xbcxan\x8c\x14\x9b\xe1\x9a\xcc\xd3\x10I\x11\
c)|\xad8\xd82\x85\x092\xccp\xf0\xdbj\x93\
\xb9X\xb2-& \xccP\xce\xa2\x0e\x5cH\xd5m?\
\xdc\x0e\xae\xaf\xbb7\xa7\x9c_)&\x8c\x17\xd1-{\
\xda\xcd<7\x10\xfb7,$r\xc6\xef\xdf:\xda\x96\
\xc8\x16H\xb5\x95\xc1\xf5U\xae\xd3\xf7n\x8f%\xb8\xe5\
]I\xef\x0b#\xf3(m\x8079\xd9Y\xcc\x90M\
X4\x8e\x12\xe4\xe8M\x9b\xb1\x019F\xa9\x96\x9c\xc5\
k<_c\xf4E\xf1\xa5\x81\xdb\x22\x88\xce\xd5\x8cF\
P7\xa2\xbe\x8ayf\x1aW\xd1\x082\x05ZC\x8c\
\xada%\xbc{\xa0\x8aQa\xce\x87\x86\xd9z\xa9\x94\
|T^yT*\x95\xac\xf6\xc2\x95\x11\xa93\xdc\xdf\
\x16\xab\x0d\xdb\xcdT\xf2m\xa0\x9b\xdc,\x95*'[\
9\xa9lutz\x0c\x16A)\xad\xd4\xe50=\xb2\
\xf5Pwp\x9b\x9f\x11\xf20\x11\x01\xe103\xdb\xd0\
\x0a\x22\x94\xa0\xffe\xba7\x9e\x95\xb6\xa3k\x03\xd9G\
\x89\x03I\xcb\x85\xb5z\x9d\x9e\xec\x5c\xe8}u\xfc\xd4\
1u\x17\xe5\xca\xfa\x81AP9l\xa9\x0a\xeb*f\
\xe6\x81\xc9\x5c\x171\xc4\xc9C`X\xfah}tR\
\x1eZh\x96\xaa^\xb5\x93\x93\x89\x8f\xf7S\x9b\xcfn\
\xc4\xdbG\x06\xfa4~E~\x87\xbfr\xd0\x06\xf5\xd4\
\xdc\x8eh\xde4G)\xcb\xbaE3\xa9k\xa6\xa7:\
\x8a\xd7\x82(\x05;{=\x976\xcd&;c\xc0c\
'h7\xda\xcd\xa7\x9eRR\x0d\xbf\x1c\x90\x96\x94r\
\x9crj\x14o\xef\xdd\x0d\xbe\x0d\xb4\xb1\x13z\xca\xaf\
cpk\xaf]\x91\xf6\xac\x8c}\xd3\x9bH\xc6k\x87\
\x90o\xc0&\xbfI!\xbbS\xf6\xdb\xb3\xef8\xfcq\
r\xfb)fv\x04\xbe\xe2\x94\x89[\x5c\xb0\xcf\xcf\x8c\
K\xf3\xa4\xf5Q\xfa\xa8\x13\x0e<\xcd\x1aLo\xd2\xe1\
\xac\x96j\xe0\x10\x19&\xc5h\xe5\xcfz\x0b]\xd7\xec\
+\xcbr\xbf\xc1LF\xb9^\xdfu!m\xb5#d\
\xab\xa7\xeb \xd2\x07\xcb\x8f\xf7\xf2\xb1A\xefz\xa8\xae\
\x8fh\xecz\x91\xdb\xe6\xaaK\xfbK\xb3B\x0b\x02\xbc\
\x0b\xe1\x14od5\xc5\x96=\xe3\xb4Nre\xe5\xf4\
\xec\x99\x83\xc0t\xb2u\x00\xf0{\xb4sO\xc0\xaf\x09\
\x16f\xae\xf8~0v\x0fz\xcc\xb0\xf6\xf4\xd8!\xe0\
}\x01wp\xa8\x1f\x92\x97\xaeY\xe6*\xc1\x96|\xe5\
\xbf\x18\xf4\x96\x9d%\x92\x97\x8fm\xc4\x8d\xa3~\xdf\xf0\
\x86-\xf6\x93\x18\xe9H\x01\x08r\x0f\xcbPR\x15\x93\
\xfd\xfa~\xbcp\xd7B=\xae\x96\xf0\xaa\xfc\x92\x8cv\
\xfe\xd8\x96\xbd'\xc5\x8d\xc3\xff\xa5\x82\xdfz\xc1\xe9\xbc\
\xb1~a\xde\xa6\xb1\xfb\x8d\xb6\xe7l\xc0\xfd\xd6\xb1\xc3\
\x18\xbd>!\x98\x83\x8c#gL\x0a\xe4\xd8>\x15\xe9\
\xd1dN\xef\xf1n\xfefbe\xf8\x1a\xd6\x1d%x\
\x8b!r\x86\x07\xdd\xe1\xa9\x93\x91\x19\xc3\x93y:\x99\
X\xad\x03\xb2HY\x94:l\xfcp\xa0\x0f\x08\xa0\xa4\
\x9c\xdbc\xce\x19\xb0\xc7\xdd\x0b\x0b\xad\x12&\xec\x8f\x1c\
\x889\x9d\x1460%@2\xa9p\x1b\xd8\xbe\x8a\xd4\
\xb9\x9f/\xd6\x0e\xdf\xd7\xdef\xb3q\xe6\xde\xd2\xcb\xbe\
\xe1~'p\x03\x94o\x0e\xef\x1d\xfew5{>\x5c\
\xa0\xc9\xef\xb8;a\x86.I5\xa1\x22*q\xbc\xd3\
$\xcf\x02\x17\xce\x84\xcb\x90\xf2Z\xc3\x92!W\x84a\
2\xa5$\x11\x97\x1a\xf0\x9b\xd3\xac\xea\x1c\x83\x8f\xf1-\
~\x16\xea\xdf\xc1\x96\x09\xbf\xd0\xf9\xce\xf9b+\xf0\xff\
0\x9a\xdb\x80\x0e/\x15\x90\xa5\xcc\x89\xc6)\x9a\xdb\xe0\
(\xf8q\xe8\x08\xed$\xb7V\xf0\xe9\x01\x14\xb6\x19\x8f\
i\x95\x84t\xffxz@N\xf0\xef\x14\xff\xa6o'\
/\xcb\x89\xb1z\xfbCO3\xf07\xc2\x9e\x99\xa3\x8b\
\xd8\x9e\xb5\xfb;\xff\xbfe\x7f\xabW\
\x00\x00\x043\
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
ted nerve.\x0a- Par\
t of your skin m\
ay feel numb.\x0a\x0aR\
are risks:\x0a\x0a- Yo\
ur leg may feel \
weak.\x0a- You may \
get an infection\
 or bleeding.\x0a- \
You may have an \
allergic reactio\
n.\x0a- A nerve may\
 be damaged.\x0a\x0aTh\
is kiosk gives g\
eneral facts, no\
t advice for you\
. Talk with your\
 care team about\
 whether RFA fit\
s you. If you ha\
ve questions tod\
ay, please ask a\
t the front desk\
.\x0a\x22\x22\x22\x0a\x0a[review]\x0a\
sources = [\x22Clev\
eland Clinic: Ra\
diofrequency Abl\
ation (my.clevel\
andclinic.org/he\
alth/treatments/\
17411)\x22, \x22Juch e\
t al. The MINT t\
rials. JAMA 2017\
;318(1):68-81\x22]\x0a\
reviewed_by = \x22\x22\
\x0areviewed_on = \x22\
\x22\x0areview_due = \x22\
\x22\x0a\
\x00\x00\x03`\
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
t carries pain f\
rom the joint. T\
here is no cut. \
You will only ne\
ed a small banda\
ge later.\x0a\x0aTo gu\
ide each needle,\
 the doctor uses\
 fluoroscopy. Fl\
uoroscopy is a k\
ind of live X-ra\
y. It shows the \
needle on a scre\
en as it moves. \
This helps the d\
octor put each n\
eedle in just th\
e right spot.\x0a\x0a-\
 You may feel pr\
essure or a dull\
 push.\x0a- Try to \
lie still while \
the doctor works\
.\x0a- Tell the tea\
m if something h\
urts.\x0a\x22\x22\x22\x0a\x0a[revi\
ew]\x0asources = [\x22\
Cleveland Clinic\
: Radiofrequency\
 Ablation (my.cl\
evelandclinic.or\
g/health/treatme\
nts/17411)\x22]\x0arev\
iewed_by = \x22\x22\x0are\
viewed_on = \x22\x22\x0ar\
eview_due = \x22\x22\x0a\
\x00\x00\x03T\
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
ie on a table. A\
 nurse cleans th\
e skin where the\
 needles will go\
.\x0a\x0aThe doctor gi\
ves you a shot o\
f local anesthet\
ic. This is a me\
dicine that numb\
s just one small\
 area. It may st\
ing for a few se\
conds. Then the \
skin goes numb.\x0a\
\x0aSome clinics al\
so give you a mi\
ld medicine to h\
elp you relax. I\
t is kept light \
on purpose. You \
need to stay awa\
ke enough to ans\
wer questions du\
ring the test in\
 step 3.\x0a\x0a- You \
can ask question\
s before the doc\
tor starts.\x0a- Te\
ll the team at a\
ny time if you f\
eel pain or feel\
 worried.\x0a\x22\x22\x22\x0a\x0a[\
review]\x0asources \
= [\x22Cleveland Cl\
inic: Radiofrequ\
ency Ablation (m\
y.clevelandclini\
c.org/health/tre\
atments/17411)\x22]\
\x0areviewed_by = \x22\
\x22\x0areviewed_on = \
\x22\x22\x0areview_due = \
\x22\x22\x0a\
\x00\x00\x04G\
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
et. Your answers\
 help the doctor\
 find the right \
spot. This is wh\
y you need to be\
 awake.\x0a\x0aFirst c\
omes a sensory t\
est. Sensory mea\
ns what you feel\
. You may feel t\
ingling, or you \
may feel your us\
ual pain. Tell t\
he doctor what y\
ou feel and wher\
e. This shows th\
e needle is near\
 the nerve that \
carries your pai\
n.\x0a\x0aNext comes a\
 motor test. Mot\
or means movemen\
t. This test che\
cks that the nee\
dle is far from \
the nerves that \
move your leg. I\
f the treatment \
is in your neck,\
 it checks the n\
erves that move \
your arm.\x0a\x0a- The\
re are no wrong \
answers.\x0a- Just \
say what you fee\
l.\x0a\x22\x22\x22\x0a\x0a[review]\
\x0asources = [\x22Cle\
veland Clinic: R\
adiofrequency Ab\
lation (my.cleve\
landclinic.org/h\
ealth/treatments\
/17411)\x22, \x22Cohen\
 et al. 2020: mu\
ltispecialty gui\
delines on facet\
 joint procedure\
s\x22]\x0areviewed_by \
= \x22\x22\x0areviewed_on\
 = \x22\x22\x0areview_due\
 = \x22\x22\x0a\
\x00\x00\x04\xd3\
s\
ection = \x22before\
\x22\x0aorder = 20\x0atit\
le = \x22Before you\
r RFA\x22\x0amenu_titl\
e = \x22Getting rea\
dy\x22\x0asubtitle = \x22\
A test comes fir\
st, to see if RF\
A may help you.\x22\
\x0aimage = \x22before\
.svg\x22\x0abody = \x22\x22\x22\
\x0aMost people fir\
st have one or t\
wo test shots ca\
lled nerve block\
s. A nerve block\
 puts numbing me\
dicine near the \
nerves that may \
cause your pain.\
 RFA is offered \
only if your pai\
n clearly gets b\
etter after the \
test.\x0a\x0aTell your\
 care team if an\
y of these are t\
rue for you:\x0a\x0a- \
You take a blood\
 thinner. This i\
s a medicine tha\
t keeps your blo\
od from clotting\
.\x0a- You have an \
infection, or yo\
u feel sick.\x0a- Y\
ou are pregnant,\
 or you might be\
.\x0a- You have all\
ergies, for exam\
ple to latex or \
to contrast dye.\
 Contrast dye he\
lps things show \
up on X-rays.\x0a\x0aM\
any clinics give\
 you medicine to\
 help you relax.\
 It goes in thro\
ugh an IV, a thi\
n tube in a vein\
 in your arm. Yo\
u will not be ab\
le to drive afte\
r. Plan for an a\
dult to drive yo\
u home.\x0a\x22\x22\x22\x0a\x0a[re\
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
04)\x22, \x22Cohen et \
al. 2020: multis\
pecialty guideli\
nes on facet joi\
nt procedures\x22]\x0a\
reviewed_by = \x22\x22\
\x0areviewed_on = \x22\
\x22\x0areview_due = \x22\
\x22\x0a\
\x00\x00\x04\x8c\
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
ain.\x0a\x0aRFA for fa\
ce pain is a dif\
ferent procedure\
 from RFA for th\
e back. The doct\
or guides a need\
le through the c\
heek. It goes th\
rough a small na\
tural opening at\
 the base of the\
 skull, to reach\
 the trigeminal \
nerve.\x0a\x0aThere ar\
e other ways to \
treat this nerve\
 with a needle. \
One uses a liqui\
d called glycero\
l. Another uses \
a tiny balloon t\
o press on the n\
erve. This is ca\
lled balloon com\
pression.\x0a\x0aCommo\
n effects after \
treatment:\x0a\x0a- Pa\
rt of your face \
may feel numb.\x0a-\
 The surface of \
your eye may fee\
l numb, so you m\
ay not feel dust\
 or grit in it.\x0a\
- The muscles yo\
u chew with may \
feel weak.\x0a\x0aYour\
 care team can t\
ell you which ch\
oice may fit you\
.\x0a\x22\x22\x22\x0a\x0a[review]\x0a\
sources = [\x22Clev\
eland Clinic: Ra\
diofrequency Abl\
ation (my.clevel\
andclinic.org/he\
alth/treatments/\
17411)\x22]\x0areviewe\
d_by = \x22\x22\x0areview\
ed_on = \x22\x22\x0arevie\
w_due = \x22\x22\x0a\
\x00\x00\x04\x13\
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
of your head.\x0a\x0aR\
FA can be used o\
n these nerves. \
One small study \
looked at 46 peo\
ple. On average,\
 their relief la\
sted about 6.5 m\
onths. A small s\
tudy like this c\
annot tell us wh\
at will happen f\
or you.\x0a\x0aSome do\
ctors use a mild\
er kind called p\
ulsed RF. It sen\
ds short bursts \
of energy. Pulse\
d RF does not de\
stroy the nerve.\
\x0a\x0aThe studies on\
 pulsed RF for t\
his pain are wea\
k. So we do not \
know for sure ho\
w well it works.\
\x0a\x22\x22\x22\x0a\x0a[review]\x0as\
ources = [\x22Cleve\
land Clinic: Rad\
iofrequency Abla\
tion (my.clevela\
ndclinic.org/hea\
lth/treatments/1\
7411)\x22, \x22Hoffman\
 et al. Radiofre\
quency ablation \
for occipital ne\
uralgia. Ochsner\
 Journal 2018\x22]\x0a\
reviewed_by = \x22\x22\
\x0areviewed_on = \x22\
\x22\x0areview_due = \x22\
\x22\x0a\
\x00\x00\x03\xe5\
s\
ection = \x22after\x22\
\x0aorder = 40\x0atitl\
e = \x22After your \
RFA\x22\x0amenu_title \
= \x22After the pro\
cedure\x22\x0asubtitle\
 = \x22What to expe\
ct in the days a\
nd weeks after.\x22\
\x0aimage = \x22after.\
svg\x22\x0abody = \x22\x22\x22\x0a\
For the first 24\
 hours:\x0a\x0a- Do no\
t drive.\x0a- Do no\
t do hard activi\
ty, like heavy l\
ifting or hard e\
xercise.\x0a\x0aMost p\
eople go back to\
 their normal ac\
tivity the next \
day.\x0a\x0aThe spots \
where the needle\
s went in may fe\
el sore for a fe\
w days. Some peo\
ple feel a burni\
ng feeling, like\
 a sunburn. This\
 can last 1 to 2\
 weeks, and then\
 it usually fade\
s.\x0a\x0aPain relief \
does not always \
start right away\
. It usually sta\
rts within 1 to \
3 weeks.\x0a\x0aYou wi\
ll have a follow\
-up visit to see\
 how you are doi\
ng. Your care te\
am may ask you t\
o keep a pain di\
ary. This is a s\
hort note each d\
ay about how you\
r pain feels.\x0a\x0aI\
f you are worrie\
d about how you \
feel, call your \
care team.\x0a\x22\x22\x22\x0a\x0a\
[review]\x0asources\
 = [\x22Cleveland C\
linic: Radiofreq\
uency Ablation (\
my.clevelandclin\
ic.org/health/tr\
eatments/17411)\x22\
]\x0areviewed_by = \
\x22\x22\x0areviewed_on =\
 \x22\x22\x0areview_due =\
 \x22\x22\x0a\
\x00\x00\x04N\
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
 works, relief o\
ften lasts 6 to \
12 months.\x0a- For\
 some people, it\
 lasts longer.\x0a-\
 If the pain com\
es back, RFA can\
 be done again.\x0a\
- It uses thin n\
eedles, not surg\
ery.\x0a- Most peop\
le go home the s\
ame day.\x0a\x0aResult\
s vary. Some peo\
ple get little r\
elief.\x0a\x0aA large \
study looked at \
people with low \
back pain. Some \
did an exercise \
program alone. O\
thers did the sa\
me exercise and \
also had RFA. Af\
ter 3 months, ad\
ding RFA did not\
 give much extra\
 help.\x0a\x0aYour car\
e team can help \
you weigh what R\
FA may do for yo\
u.\x0a\x22\x22\x22\x0a\x0a[review]\
\x0asources = [\x22Cle\
veland Clinic: R\
adiofrequency Ab\
lation (my.cleve\
landclinic.org/h\
ealth/treatments\
/17411)\x22, \x22Juch \
et al. The MINT \
trials. JAMA 201\
7;318(1):68-81\x22,\
 \x22Cohen et al. 2\
020: multispecia\
lty guidelines o\
n facet joint pr\
ocedures\x22]\x0arevie\
wed_by = \x22\x22\x0arevi\
ewed_on = \x22\x22\x0arev\
iew_due = \x22\x22\x0a\
\x00\x00\x04\xd8\
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
nt, such as a jo\
int in your spin\
e. Small nerves \
carry that pain \
to your brain. R\
FA uses heat to \
stop a small par\
t of one of thes\
e nerves from wo\
rking. The heat \
is made by radio\
 waves. With tha\
t part of the ne\
rve turned off, \
less pain can ge\
t through.\x0a\x0a- Th\
e nerve is not t\
aken out of your\
 body.\x0a- The hea\
t does destroy a\
 small area of t\
he nerve.\x0a- The \
nerve can grow b\
ack over time, s\
o relief is usua\
lly not permanen\
t.\x0a\x0aYou may hear\
 the name rhizot\
omy. It is not q\
uite the right n\
ame. Rhizotomy m\
eans treating a \
nerve root, wher\
e a nerve leaves\
 the spine. RFA \
treats small ner\
ve branches that\
 carry pain from\
 a joint. It doe\
s not treat the \
roots.\x0a\x22\x22\x22\x0a\x0a[rev\
iew]\x0asources = [\
\x22Cleveland Clini\
c: Radiofrequenc\
y Ablation (my.c\
levelandclinic.o\
rg/health/treatm\
ents/17411)\x22, \x22W\
aring, Landers a\
nd Bogduk. Pain \
Medicine 2022;23\
(3):603-4 (doi 1\
0.1093/pm/pnab33\
0)\x22]\x0areviewed_by\
 = \x22\x22\x0areviewed_o\
n = \x22\x22\x0areview_du\
e = \x22\x22\x0a\
\x00\x00\x03\x1b\
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
area. You stay f\
or about 30 to 6\
0 minutes. A nur\
se checks on you\
 and asks how yo\
u feel.\x0a\x0aWhen yo\
u are ready, you\
 can go home. An\
 adult must driv\
e you. Do not dr\
ive yourself, ev\
en if you feel f\
ine. Medicine to\
 help you relax \
can make you slo\
w or sleepy for \
the rest of the \
day.\x0a\x0a- The team\
 will tell you w\
hat to do over t\
he next few days\
.\x0a- Ask any ques\
tions you have b\
efore you leave.\
\x0a\x22\x22\x22\x0a\x0a[review]\x0as\
ources = [\x22Cleve\
land Clinic: Rad\
iofrequency Abla\
tion (my.clevela\
ndclinic.org/hea\
lth/treatments/1\
7411)\x22]\x0areviewed\
_by = \x22\x22\x0areviewe\
d_on = \x22\x22\x0areview\
_due = \x22\x22\x0a\
\x00\x00\x04\xc8\
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
ts your hips.\x22\x0ai\
mage = \x22conditio\
n-sacroiliac.svg\
\x22\x0abody = \x22\x22\x22\x0aYou\
 have two sacroi\
liac joints, or \
SI joints. They \
join the base of\
 your spine to y\
our pelvis, the \
ring of bone at \
your hips. SI jo\
int pain is ofte\
n felt in the lo\
w back or buttoc\
k.\x0a\x0aSeveral smal\
l nerves carry p\
ain from each SI\
 joint. For SI j\
oint pain, RFA t\
reats a branch o\
f the L5 nerve. \
This nerve leave\
s the spine at L\
5, the lowest bo\
ne of your lower\
 back. It also t\
reats the sacral\
 lateral branche\
s. These are sma\
ll nerves that c\
ome from the sac\
rum, the flat bo\
ne at the base o\
f your spine.\x0a\x0aD\
octors often use\
 a kind called c\
ooled RF. Water \
cools the needle\
 tip as it works\
. This lets the \
heat reach a wid\
er area.\x0a\x0aThere \
are not many goo\
d studies of RFA\
 for SI joint pa\
in. So it is les\
s clear how well\
 it works. Ask y\
our care team wh\
at this means fo\
r you.\x0a\x22\x22\x22\x0a\x0a[rev\
iew]\x0asources = [\
\x22Cleveland Clini\
c: Radiofrequenc\
y Ablation (my.c\
levelandclinic.o\
rg/health/treatm\
ents/17411)\x22, \x22W\
aring, Landers a\
nd Bogduk. Pain \
Medicine 2022;23\
(3):603-4 (doi 1\
0.1093/pm/pnab33\
0)\x22]\x0areviewed_by\
 = \x22\x22\x0areviewed_o\
n = \x22\x22\x0areview_du\
e = \x22\x22\x0a\
\x00\x00\x04]\
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
 get test nerve \
blocks on these \
nerves.\x0a- If you\
r pain clearly g\
ets better after\
 the test, RFA m\
ay be an option.\
\x0a- Relief is usu\
ally temporary, \
because the nerv\
es can grow back\
.\x0a\x22\x22\x22\x0a\x0a[review]\x0a\
sources = [\x22Clev\
eland Clinic: Ra\
diofrequency Abl\
ation (my.clevel\
andclinic.org/he\
alth/treatments/\
17411)\x22, \x22Cohen \
et al. 2020: mul\
tispecialty guid\
elines on facet \
joint procedures\
\x22, \x22Waring, Land\
ers and Bogduk. \
Pain Medicine 20\
22;23(3):603-4 (\
doi 10.1093/pm/p\
nab330)\x22]\x0areview\
ed_by = \x22\x22\x0arevie\
wed_on = \x22\x22\x0arevi\
ew_due = \x22\x22\x0a\
\x00\x00\x034\
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
r about a minute\
 or two. The doc\
tor may treat mo\
re than one spot\
.\x0a\x0aYou may feel \
warmth or pressu\
re. If it hurts,\
 tell the team. \
They can help.\x0a\x0a\
- When all the s\
pots are done, t\
he needles come \
out.\x0a- You get a\
 small bandage w\
here each needle\
 went in.\x0a\x22\x22\x22\x0a\x0a[\
review]\x0asources \
= [\x22Cleveland Cl\
inic: Radiofrequ\
ency Ablation (m\
y.clevelandclini\
c.org/health/tre\
atments/17411)\x22]\
\x0areviewed_by = \x22\
\x22\x0areviewed_on = \
\x22\x22\x0areview_due = \
\x22\x22\x0a\
"

qt_resource_name = b"\
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
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
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
\x00\x09\
\x06\x9e\xbc\xa3\
\x00k\
\x00i\x00o\x00s\x00k\x00.\x00q\x00s\x00s\
\x00\x02\
\x00\x00\x06\xbe\
\x00e\
\x00n\
\x00\x13\
\x05\xe2\x93\x9c\
\x00c\
\x00o\x00n\x00s\x00i\x00d\x00e\x00r\x00a\x00t\x00i\x00o\x00n\x00s\x00.\x00t\x00o\
\x00m\x00l\
\x00\x0b\
\x00\xa0\xee\x5c\
\x00s\
\x00t\x00e\x00p\x00-\x002\x00.\x00t\x00o\x00m\x00l\
\x00\x0b\
\x00\xf0\xee\x5c\
\x00s\
\x00t\x00e\x00p\x00-\x001\x00.\x00t\x00o\x00m\x00l\
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
\x00\x18\
\x0b\x9fN<\
\x00c\
\x00o\x00n\x00d\x00i\x00t\x00i\x00o\x00n\x00-\x00o\x00c\x00c\x00i\x00p\x00i\x00t\
\x00a\x00l\x00.\x00t\x00o\x00m\x00l\
\x00\x0a\
\x0cYQ|\
\x00a\
\x00f\x00t\x00e\x00r\x00.\x00t\x00o\x00m\x00l\
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
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x01\
\x00\x00\x00&\x00\x02\x00\x00\x00\x0f\x00\x00\x00\x14\
\x00\x00\x00\x14\x00\x02\x00\x00\x00\x01\x00\x00\x00\x13\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x04\
\x00\x00\x03\x1a\x00\x02\x00\x00\x00\x0e\x00\x00\x00\x05\
\x00\x00\x05\x04\x00\x00\x00\x00\x00\x01\x00\x00\xc1\xfb\
\x00\x00\x03P\x00\x00\x00\x00\x00\x01\x00\x00\x90\x13\
\x00\x00\x04\x82\x00\x00\x00\x00\x00\x01\x00\x00\xb5\xaf\
\x00\x00\x03\x88\x00\x00\x00\x00\x00\x01\x00\x00\x96\xcf\
\x00\x00\x04\x9e\x00\x00\x00\x00\x00\x01\x00\x00\xb8\xce\
\x00\x00\x03l\x00\x00\x00\x00\x00\x01\x00\x00\x93w\
\x00\x00\x03$\x00\x00\x00\x00\x00\x01\x00\x00\x8b\xdc\
\x00\x00\x03\xa4\x00\x00\x00\x00\x00\x01\x00\x00\x9b\x1a\
\x00\x00\x04\xd6\x00\x00\x00\x00\x00\x01\x00\x00\xbd\x9a\
\x00\x00\x04H\x00\x00\x00\x00\x00\x01\x00\x00\xac\x81\
\x00\x00\x03\xc0\x00\x00\x00\x00\x00\x01\x00\x00\x9f\xf1\
\x00\x00\x03\xf8\x00\x00\x00\x00\x00\x01\x00\x00\xa4\x81\
\x00\x00\x04.\x00\x00\x00\x00\x00\x01\x00\x00\xa8\x98\
\x00\x00\x04h\x00\x00\x00\x00\x00\x01\x00\x00\xb0\xd3\
\x00\x00\x03\x02\x00\x01\x00\x00\x00\x01\x00\x00\x86l\
\x00\x00\x008\x00\x02\x00\x00\x00\x08\x00\x00\x00#\
\x00\x00\x00\xca\x00\x00\x00\x00\x00\x01\x00\x00 u\
\x00\x00\x00\xf6\x00\x00\x00\x00\x00\x01\x00\x00(\xa0\
\x00\x00\x00b\x00\x00\x00\x00\x00\x01\x00\x00\x07\xaf\
\x00\x00\x00H\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x01*\x00\x00\x00\x00\x00\x01\x00\x001_\
\x00\x00\x01D\x00\x00\x00\x00\x00\x01\x00\x00<\xf6\
\x00\x00\x02\x0e\x00\x00\x00\x00\x00\x01\x00\x00r/\
\x00\x00\x01^\x00\x00\x00\x00\x00\x01\x00\x00D\xdc\
\x00\x00\x01\xf6\x00\x00\x00\x00\x00\x01\x00\x00in\
\x00\x00\x00\x94\x00\x00\x00\x00\x00\x01\x00\x00\x19a\
\x00\x00\x00|\x00\x00\x00\x00\x00\x01\x00\x00\x0e\xbb\
\x00\x00\x01\xcc\x00\x00\x00\x00\x00\x01\x00\x00b4\
\x00\x00\x01x\x00\x00\x00\x00\x00\x01\x00\x00M\xf2\
\x00\x00\x01\x96\x00\x00\x00\x00\x00\x01\x00\x00X\xf0\
\x00\x00\x02\xcc\x00\x00\x00\x00\x00\x01\x00\x00\x83\x12\
\x00\x00\x02\xb6\x00\x00\x00\x00\x00\x01\x00\x00\x81\xa4\
\x00\x00\x02j\x00\x00\x00\x00\x00\x01\x00\x00}\x02\
\x00\x00\x02(\x00\x00\x00\x00\x00\x01\x00\x00{!\
\x00\x00\x02\xee\x00\x00\x00\x00\x00\x01\x00\x00\x84-\
\x00\x00\x02F\x00\x00\x00\x00\x00\x01\x00\x00|\x1d\
\x00\x00\x02\x96\x00\x00\x00\x00\x00\x01\x00\x00\x7fG\
\x00\x00\x02\x80\x00\x00\x00\x00\x00\x01\x00\x00~J\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
