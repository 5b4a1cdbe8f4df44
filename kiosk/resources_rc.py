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
\x00\x00\x05\xd7\
\x00\
\x00\x16ux\x9c\xb5X[o\xdb6\x14~\xf7\xaf \
\x9c\x87\xb6A\x1c\xdbi\x92f*\xb2\xf5\xb6\x87a\x1b\
\x9a,\xc1\xfa\x10\x14\x01%\x1dK\x5chR%\xa98\
\xde\x90\xff\xbeC\xeabY\xa2l'\xdd\x0c$\x90x\
\xf9\xce\x85\xe7;<G\xe3}r\x9d\x02\xb9cR\xdf\
\xbd\xd0D\x0a\xbe$\xda,9\x10\x9d\x02\x98C\xf2\x8b\
\xd1\x84\x9a\x91f\x89 F\xde\x81\xc0W\x05d\xc68\
\x87\x980A\xc2e\xb1{\x9c\xb3\xb1Ia\x0e\x87\xd9\
\xf2\x90\xec\x8f\x07\x83\xcb/,N\xc0\x90\x7f\x06\x04\x7f\
3)\xcchF\xe7\x8c/\x032\xfc\x04\x7f\xd1?s\
rE\x85\x1e\xbe]\xcdk\xf67\x04\xe4](\xe3\xe5\
m\xf6\x90=\x14S\x91\xe4R\xe1\xb0\x81\x07\xf3v\xf0\
8\x18\xec9\x89_\x98\x88\xe5\xe2\x80\x5c^\x19\x1a\xdd\
A\x5c\x88k\xbf\x93\x1f\xc9e5\xb37St\x0e\xf1\
\x05M@\x97j\x85\xb84Q2\x171\x0a\xc8p\xe2\
6L\x9c\x8c\xcb\xabHI\xce\xdf+\xa0\x16\xb2~i\
\xe2y\x87\x1bO]\x11F\xa1\xc5\x19zP\x98\xc2\xb6\
P\xaa\x18\xd08!\x054\xe5~\xa0*\xb8\x07eX\
D\xb9O\xd5\x14(\xees\xca\xda\xb9\x05\x8bM\x1a\x90\
\xe9i\xe5\xb3\x02w\xa4h\xccr\x1d\x903;\xfe\xd8\
\x04\x0fR*b\x0e\x1b\x85d\x8a\xcd\xa9Z\x16\x88s\
&F)\xb0$5\x087\xd9]\x0e\x8d\xe3\x11g\x02\
jw\xb9Q\x9d\x87\x9eQ\xbb\xd6\x1eBw\xad\x1d\xf5\
\xa8X\xb8\xcd\x8eV\xaaM\x0a\x0d\x06{Ff\xb8{\
\x8b\xef\x1e\x07{3)\x0d\xa8\x9e\xa5\xc5d\x1d\x13\xbf\
\xd1\x10\xf8\x0d*\x06\xe7\xc3\x98\xe9\x8c\xd3\xe5\xf0k3\
\xc0\xcb\x00.\xe7\x1a1\xecf\x17\xa5\x8e\xa1\xe4\xb1s\
S\x13\xcfj\xc5D\xe2\xc5+\xe7\x9e\x84\x07K\x08\x95\
\x5cx\xf1\xc2\xdc\x18)6\xc35\x99\xa7!\x92\x22\xc6\
P\xb8\xad8\xb8&\x0a\x0f\xc80\xc3\xc1/k\x9d\xcc\
\xc5\x94M1\x01a\x86r\x16u\xe0B\xaa\xae\xfb\xe1\
vP\xbd\xad\xde\x9cr~\xa1\x980^D7\xedI\
7\xf3\xdc@\xec7XH\xe4\x8c_\xbf6\xda\x16\xcf\
\x16H\xb5\x94\xc1\xe5E\xae\xd3\x0f\xce\xc6\x12\xdc\xf2\xae\
\xa4\xf7;#\xf3(m\x8079\xd9\x99\xcc\x90M\x18\
4\x8e\x12\xe4\xe8l\x9d\xb1\x01y\x8d\xa3Zr\x16\xb7\
x\xdeb\xf4\xbb\xe2\xa1\x81\xbbF\x10\x9d\xab\x19\x8d\xa0\
ND}\x11\xf3\xccc\x5cy#\xc8\x14h\x0d1\xa6\
\x86\xd5\xe0\xcd=U\x8c\x0as>4\xcc\xc6K\xb5\xc8\
G\xe5\x95F\xe5\xa2\x92\xd5^\xb8\xd2#\xf5\x09\xf7\xa7\
\xc5\xca`kL5\xbe\x0dt\x93\x9a\xe5\xa2J\xc9\xb5\
3\xa9du\xd6\xf4\x08,\x9cRJ\xa9\xc3azd\
\xe3\xa1\xce\xe0\xf6|F\xc8\xc3D\x04\x84\xc3\xcclC\
+\x88P\x82\xfe\x97\xc7\xbd\xf1\xae\xb4\x19]\x1b\xc8>\
I,H\xd6Th\xc5\xeb\xf4x\xe7@\xef\x8b\xe3\xc7\
\x8e\xa8\x9b(WV\x0ft\x82\xcaaKTXU\xf1\
d\xee\x99\xccu\xe1C\xac<\x04\xba\xa5\x8f\xd6G\xc7\
\xe5\xa5\x85b\xa9\xea.\xab\x18>\xb5'\xd7Y\xb7\xe6\
\x8c\xa6\xcfidX\xedsTj\xbcO\xfe\x80o9\
h\x83\xcb\xd4\xdc\xd6h\xdes\x8eR\x96u\xa3fR\
\x07MOx\x14\xdb\x82(\x05[|=\x977\xcd,\
;c\xc0c7\xb0\x9ei7_{JI5\xfcz\
@\xd6F)\xc72\xa7F\xf1&\xdf\xdd\xe0\xd7\x816\
\xa6BO\xfcu\x04nM\xb6+\xd6\x9e\x96\xbeoj\
\x13\xc9\xb8u\x0b\xf9*l\xf2\xbb\x14\xd2Sf\xdb\xdd\
\xdfW\x03`\x01\xf7s\xccl%|\xc1)\x13\xd78\
a\xdf\x9f\xe9\x9d\xe6\x85\xebc\xf6Q\xc7)x\xa95\
\x08\xdf\xe4\xcai=\xaa\x81\x83c\xc2h\xa5O;\x93\
\xb6W\xf6\x05gio0\x93Q\xae\xdbV\x17\xa3k\
Y) \xc7\x9e\xe4\x83H\x1f-K>\xc8\x07\x0f\xcb\
\xcf\xea\x9b\x1a\x93_\xe4\xcc\x5c%k\x7f\x80VhA\
\x80-\x11\x16\xf3FV\xc5l\x99aN\xea\xbe\xa0\x92\
rr\xfa\xccz`:\xd9Z\x07\xf85\xda93\xe0\
c\x82\xe1\x99+\xfe2\x18\xbb\x17=f\x18{z\xec\
\x10\xb0m@\x0b\x0e\xf5}\xf2\xca\xe5\xc2\x5c%\x98\x99\
/\xfc\xfdAo\xd8Y:yY\xb9\x8e\xb8\xb1\xe2\xef\
\xab\xe10\xd1~\x16#\x1d)\x00A\xee`\x19J\xaa\
b\xf2\xb2n\x93\x17\xae;\xd4\xe3j\x0a;\xe6Wd\
\xb4\xf3\xcf&\xee=)\xae\x1c\xfe\xaf\x15\xfc\xd6>\xa7\
\xb3\xa3\xdd7o[\xb1{c\xdbsC\xa0\xbd\xb5\xef\
\xd0Go\x8e\x09\x9eA\xc6\x913&\x05\xf2\xda\xbe\x15\
\xc7\xa3\xc9\x9c\xdea\x8b~6\xb1c\xb8\x0d\xe3\x8e\x12\
lf\x88\x9c\xe1-xx\xe2\xc6\xc8\x8c\xe1\x05=\x9d\
L\xec\xaa\x03\xb2HY\x94:l\xfcq\xa0\xf7\x08\xa0\
\xa4\x9c\xdb\xcb\xce\x09\xb0\x97\xde\x0b\x0b\xad\x12&\xec\xb7\
\x0e\xc4\x9cN\x0a\x19x$@2\xa9\xd0\x0cL_\xc5\
\xd1\xb9\xaf\x18\xad\xab\xfa\x8d7\xd9l,\xbd\xb7\xe4\xb2\
fBF\xab\xfa\xf2\xb1@\xe5)\xdf\xec\xda\x1b\xfc\xef\
\xe2\xf5|\xb8@q\xde\xf6\xc4\x8a\xb0\x93\xdb*o<\
\x9f\xf7\xa4*Sq\x13q\xac\xd3$\xcf\x02\xe7\xcc\x84\
\xcb\x90\xf2z\x85\xa5B\xae\x08\xc3\xa3\x94\x92D\x5cj\
\xc0'\xb7\xb2\x8art=z\xb7\xf86\xd4o\xc3\x96\
2\xbfX\xf3\x9d5\xc6V\xe0\xff\xa1>\xb7\x0e\x1d\xbe\
W@\x962'\x1aKin\x9d\xa3\xe0\xa7\xa1\xa3\xb3\
\x1b\xb9\xb6\x03\x9f\xefAa\x92\xf1\x88VIH_\xbe\
\x9e\x1e\x90c\xfc;\xc1\xbf\xe9\x0f\x93We9X\xed\
\xfe\xd8\x93\x0a\xfci\xb0\xa7\xee\xe8\x22\xae\x17\xdc\xfdy\
\xdfZ\xf9\xa9\xc8\x92\xc8\x01\x01\xdc\xf26\xb2\x08\x12\xcd\
r\xe1\xe0>\xe4X\x93\xcblza\x97\xedd\xedI\
im\xb9\xf1i\xa6>\xb3\xdfm\x89{\x8a\x1f\x8a\x08\
\xd3\x98\x97,\x19,\xe7\xf0Y\xd1\xccs\x11\xd8\xce\xea\
\xb6h\x91\xdc]\xd0\xc7\x90UW\xeam\xc2\x9aa\xbe\
1?\xb7\x93\xc2\x8e\xcdx]\xb4t[\x8e'ur\
\xff\x02\x1c\x0bd\x00\
\x00\x00\x04\xb3\
s\
ection = \x22consid\
erations\x22\x0aorder \
= 70\x0atitle = \x22Lo\
 que debe tener \
en cuenta\x22\x0amenu_\
title = \x22Lo que \
debe tener en cu\
enta\x22\x0asubtitle =\
 \x22La ARF no es p\
ara todas las pe\
rsonas.\x22\x0aimage =\
 \x22considerations\
.svg\x22\x0abody = \x22\x22\x22\
\x0aEl alivio casi \
siempre es tempo\
ral. El nervio p\
uede volver a cr\
ecer, y el dolor\
 puede regresar.\
 Los resultados \
var\xc3\xadan, y algun\
as personas sien\
ten poco alivio.\
\x0a\x0aEfectos secund\
arios comunes:\x0a\x0a\
- Puede tener do\
lor, moretones o\
 hinchaz\xc3\xb3n dond\
e entraron las a\
gujas.\x0a- Puede t\
ener m\xc3\xa1s dolor \
o ardor por un t\
iempo. Esto se l\
lama neuritis, q\
ue es un nervio \
irritado.\x0a- Una \
parte de su piel\
 puede quedar ad\
ormecida.\x0a\x0aRiesg\
os poco comunes:\
\x0a\x0a- Puede sentir\
 la pierna d\xc3\xa9bi\
l.\x0a- Puede tener\
 una infecci\xc3\xb3n \
o un sangrado.\x0a-\
 Puede tener una\
 reacci\xc3\xb3n al\xc3\xa9r\
gica.\x0a- Un nervi\
o puede sufrir u\
n da\xc3\xb1o.\x0a\x0aEsta p\
antalla le da da\
tos generales, n\
o consejos para \
su caso. Hable c\
on su equipo m\xc3\xa9\
dico para saber \
si la ARF es bue\
na para usted. S\
i tiene pregunta\
s hoy, pregunte \
en la recepci\xc3\xb3n\
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
\x00\x00\x03\xa3\
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
r desde la artic\
ulaci\xc3\xb3n. No se \
hace ning\xc3\xban cor\
te. Despu\xc3\xa9s sol\
o necesitar\xc3\xa1 un\
 vendaje peque\xc3\xb1\
o.\x0a\x0aPara guiar c\
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
sto.\x0a\x0a- Puede se\
ntir presi\xc3\xb3n o \
un empuj\xc3\xb3n leve\
.\x0a- Trate de no \
moverse mientras\
 el m\xc3\xa9dico trab\
aja.\x0a- Avise al \
equipo si algo l\
e duele.\x0a\x22\x22\x22\x0a\x0a[r\
eview]\x0asources =\
 [\x22Cleveland Cli\
nic: Radiofreque\
ncy Ablation (my\
.clevelandclinic\
.org/health/trea\
tments/17411)\x22]\x0a\
reviewed_by = \x22\x22\
\x0areviewed_on = \x22\
\x22\x0areview_due = \x22\
\x22\x0a\
\x00\x00\x03\x85\
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
una camilla. Una\
 enfermera limpi\
a la piel donde \
van a ir las agu\
jas.\x0a\x0aEl m\xc3\xa9dico\
 le pone una iny\
ecci\xc3\xb3n de anest\
esia local. Es u\
na medicina que \
adormece solo un\
a zona peque\xc3\xb1a.\
 Puede arder uno\
s segundos. Lueg\
o la piel se que\
da dormida.\x0a\x0aAlg\
unas cl\xc3\xadnicas t\
ambi\xc3\xa9n le dan u\
na medicina suav\
e para relajarse\
. La dosis es ba\
ja a prop\xc3\xb3sito.\
 Usted tiene que\
 poder contestar\
 preguntas duran\
te la prueba del\
 paso 3.\x0a\x0a- Pued\
e hacer pregunta\
s antes de que e\
l m\xc3\xa9dico empiec\
e.\x0a- Avise al eq\
uipo en cualquie\
r momento si sie\
nte dolor o preo\
cupaci\xc3\xb3n.\x0a\x22\x22\x22\x0a\x0a\
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
\x00\x00\x04\xae\
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
prueba. Todav\xc3\xada\
 no se usa calor\
. Sus respuestas\
 ayudan al m\xc3\xa9di\
co a encontrar e\
l lugar correcto\
. Por eso es imp\
ortante que uste\
d pueda hablar.\x0a\
\x0aPrimero viene u\
na prueba sensor\
ial. Sensorial q\
uiere decir lo q\
ue usted siente.\
 Puede sentir un\
 hormigueo, o pu\
ede sentir su do\
lor de siempre. \
D\xc3\xadgale al m\xc3\xa9di\
co qu\xc3\xa9 siente y\
 d\xc3\xb3nde. As\xc3\xad se\
 sabe que la agu\
ja est\xc3\xa1 cerca d\
el nervio que ll\
eva su dolor.\x0a\x0aL\
uego viene una p\
rueba motora. Mo\
tora quiere deci\
r que tiene que \
ver con el movim\
iento. Esta prue\
ba revisa que la\
 aguja est\xc3\xa9 lej\
os de los nervio\
s que mueven la \
pierna. Si el tr\
atamiento es en \
el cuello, revis\
a los nervios qu\
e mueven el braz\
o.\x0a\x0a- No hay res\
puestas malas.\x0a-\
 Solo diga lo qu\
e siente.\x0a\x22\x22\x22\x0a\x0a[\
review]\x0asources \
= [\x22Cleveland Cl\
inic: Radiofrequ\
ency Ablation (m\
y.clevelandclini\
c.org/health/tre\
atments/17411)\x22,\
 \x22Cohen et al. 2\
020: multispecia\
lty guidelines o\
n facet joint pr\
ocedures\x22]\x0arevie\
wed_by = \x22\x22\x0arevi\
ewed_on = \x22\x22\x0arev\
iew_due = \x22\x22\x0a\
\x00\x00\x05f\
s\
ection = \x22before\
\x22\x0aorder = 20\x0atit\
le = \x22Antes de s\
u ARF\x22\x0amenu_titl\
e = \x22C\xc3\xb3mo prepa\
rarse\x22\x0asubtitle \
= \x22Primero se ha\
ce una prueba, p\
ara ver si la AR\
F le puede ayuda\
r.\x22\x0aimage = \x22bef\
ore.svg\x22\x0abody = \
\x22\x22\x22\x0aCasi todas l\
as personas reci\
ben primero una \
o dos inyeccione\
s de prueba, lla\
madas bloqueos n\
erviosos. Un blo\
queo nervioso po\
ne medicina para\
 adormecer cerca\
 de los nervios \
que pueden causa\
r su dolor. Solo\
 le ofrecen la A\
RF si su dolor m\
ejora claramente\
 despu\xc3\xa9s de la \
prueba.\x0a\x0aAvise a\
 su equipo m\xc3\xa9di\
co si algo de es\
to le pasa a ust\
ed:\x0a\x0a- Toma un a\
nticoagulante. E\
s una medicina q\
ue evita que la \
sangre forme co\xc3\
\xa1gulos.\x0a- Tiene \
una infecci\xc3\xb3n, \
o se siente mal.\
\x0a- Est\xc3\xa1 embaraz\
ada, o podr\xc3\xada e\
starlo.\x0a- Tiene \
alergias, por ej\
emplo al l\xc3\xa1tex \
o al medio de co\
ntraste. El cont\
raste es un l\xc3\xadq\
uido que ayuda a\
 ver mejor las c\
osas en los rayo\
s X.\x0a\x0aMuchas cl\xc3\
\xadnicas le dan un\
a medicina para \
ayudarle a relaj\
arse. Entra por \
una v\xc3\xada IV, que\
 es un tubo delg\
ado en una vena \
del brazo. Despu\
\xc3\xa9s no podr\xc3\xa1 ma\
nejar. Necesita \
que un adulto ma\
neje y le lleve \
a su casa.\x0a\x22\x22\x22\x0a\x0a\
[review]\x0asources\
 = [\x22Cleveland C\
linic: Radiofreq\
uency Ablation (\
my.clevelandclin\
ic.org/health/tr\
eatments/17411)\x22\
, \x22ASRA Pain Med\
icine News 2024:\
 diagnostic nerv\
e blocks (doi 10\
.52211/asra05012\
4.004)\x22, \x22Cohen \
et al. 2020: mul\
tispecialty guid\
elines on facet \
joint procedures\
\x22]\x0areviewed_by =\
 \x22\x22\x0areviewed_on \
= \x22\x22\x0areview_due \
= \x22\x22\x0a\
\x00\x00\x05?\
s\
ection = \x22condit\
ions\x22\x0aorder = 53\
\x0atitle = \x22Neural\
gia del trig\xc3\xa9mi\
no\x22\x0amenu_title =\
 \x22Neuralgia del \
trig\xc3\xa9mino (cara\
)\x22\x0asubtitle = \x22D\
olor fuerte y re\
pentino en la ca\
ra.\x22\x0aimage = \x22co\
ndition-trigemin\
al.svg\x22\x0abody = \x22\
\x22\x22\x0aLa neuralgia \
del trig\xc3\xa9mino e\
s un dolor de ne\
rvio en la cara.\
 Puede sentirse \
como una descarg\
a el\xc3\xa9ctrica rep\
entina. El nervi\
o trig\xc3\xa9mino lle\
va lo que usted \
siente en la car\
a hasta el cereb\
ro.\x0a\x0aLa ARF para\
 el dolor de la \
cara es un proce\
dimiento diferen\
te de la ARF par\
a la espalda. El\
 m\xc3\xa9dico gu\xc3\xada u\
na aguja a trav\xc3\
\xa9s de la mejilla\
. La aguja pasa \
por un agujero p\
eque\xc3\xb1o y natura\
l en la base del\
 cr\xc3\xa1neo, hasta \
llegar al nervio\
 trig\xc3\xa9mino.\x0a\x0aHa\
y otras formas d\
e tratar este ne\
rvio con una agu\
ja. Una usa un l\
\xc3\xadquido llamado \
glicerol. Otra u\
sa un globo muy \
peque\xc3\xb1o para ap\
retar el nervio.\
 Esto se llama c\
ompresi\xc3\xb3n con b\
al\xc3\xb3n.\x0a\x0aEfectos \
comunes despu\xc3\xa9s\
 del tratamiento\
:\x0a\x0a- Una parte d\
e su cara puede \
quedar adormecid\
a.\x0a- La superfic\
ie del ojo puede\
 quedar adormeci\
da, as\xc3\xad que qui\
z\xc3\xa1s no sienta s\
i le entra polvo\
 o arena.\x0a- Los \
m\xc3\xbasculos que us\
a para masticar \
pueden sentirse \
d\xc3\xa9biles.\x0a\x0aSu eq\
uipo m\xc3\xa9dico le \
puede decir qu\xc3\xa9\
 opci\xc3\xb3n puede s\
er mejor para us\
ted.\x0a\x22\x22\x22\x0a\x0a[revie\
w]\x0asources = [\x22C\
leveland Clinic:\
 Radiofrequency \
Ablation (my.cle\
velandclinic.org\
/health/treatmen\
ts/17411)\x22]\x0arevi\
ewed_by = \x22\x22\x0arev\
iewed_on = \x22\x22\x0are\
view_due = \x22\x22\x0a\
\x00\x00\x04\xc5\
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
Puede ser un dol\
or agudo y punza\
nte, o sentirse \
como una descarg\
a el\xc3\xa9ctrica. Lo\
s nervios occipi\
tales van desde \
arriba del cuell\
o y suben por la\
 parte de atr\xc3\xa1s\
 de la cabeza.\x0a\x0a\
La ARF se puede \
usar en estos ne\
rvios. Un estudi\
o peque\xc3\xb1o se hi\
zo con 46 person\
as. En promedio,\
 su alivio dur\xc3\xb3\
 unos 6 meses y \
medio. Un estudi\
o peque\xc3\xb1o como \
este no puede de\
cir qu\xc3\xa9 le va a\
 pasar a usted.\x0a\
\x0aAlgunos m\xc3\xa9dico\
s usan un tipo m\
\xc3\xa1s suave, llama\
do radiofrecuenc\
ia pulsada. Mand\
a pulsos cortos \
de energ\xc3\xada. La \
radiofrecuencia \
pulsada no destr\
uye el nervio.\x0a\x0a\
Los estudios sob\
re la radiofrecu\
encia pulsada pa\
ra este dolor so\
n d\xc3\xa9biles. Por \
eso no se sabe c\
on certeza qu\xc3\xa9 \
tan bien funcion\
a.\x0a\x22\x22\x22\x0a\x0a[review]\
\x0asources = [\x22Cle\
veland Clinic: R\
adiofrequency Ab\
lation (my.cleve\
landclinic.org/h\
ealth/treatments\
/17411)\x22, \x22Hoffm\
an et al. Radiof\
requency ablatio\
n for occipital \
neuralgia. Ochsn\
er Journal 2018\x22\
]\x0areviewed_by = \
\x22\x22\x0areviewed_on =\
 \x22\x22\x0areview_due =\
 \x22\x22\x0a\
\x00\x00\x04E\
s\
ection = \x22after\x22\
\x0aorder = 40\x0atitl\
e = \x22Despu\xc3\xa9s de\
 su ARF\x22\x0amenu_ti\
tle = \x22Despu\xc3\xa9s \
del procedimient\
o\x22\x0asubtitle = \x22Q\
u\xc3\xa9 esperar en l\
os d\xc3\xadas y seman\
as despu\xc3\xa9s.\x22\x0aim\
age = \x22after.svg\
\x22\x0abody = \x22\x22\x22\x0aDur\
ante las primera\
s 24 horas:\x0a\x0a- N\
o maneje.\x0a- No h\
aga esfuerzos, c\
omo levantar cos\
as pesadas o hac\
er ejercicio fue\
rte.\x0a\x0aCasi todas\
 las personas vu\
elven a sus acti\
vidades normales\
 al d\xc3\xada siguien\
te.\x0a\x0aLos lugares\
 donde entraron \
las agujas puede\
n doler unos d\xc3\xad\
as. Algunas pers\
onas sienten ard\
or, como una que\
madura de sol. E\
sto puede durar \
de 1 a 2 semanas\
. Luego casi sie\
mpre se quita.\x0a\x0a\
El alivio del do\
lor no siempre e\
mpieza enseguida\
. Casi siempre e\
mpieza dentro de\
 1 a 3 semanas.\x0a\
\x0aTendr\xc3\xa1 una cit\
a de seguimiento\
 para ver c\xc3\xb3mo \
sigue. Su equipo\
 m\xc3\xa9dico quiz\xc3\xa1s\
 le pida llevar \
un diario del do\
lor. Es una nota\
 corta que usted\
 escribe cada d\xc3\
\xada sobre c\xc3\xb3mo e\
st\xc3\xa1 su dolor.\x0a\x0a\
Si le preocupa c\
\xc3\xb3mo se siente, \
llame a su equip\
o m\xc3\xa9dico.\x0a\x22\x22\x22\x0a\x0a\
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
\x00\x00\x05\x09\
s\
ection = \x22benefi\
ts\x22\x0aorder = 60\x0at\
itle = \x22Posibles\
 beneficios\x22\x0amen\
u_title = \x22Posib\
les beneficios\x22\x0a\
subtitle = \x22Lo q\
ue la ARF puede \
hacer por usted,\
 y lo que no.\x22\x0ai\
mage = \x22benefits\
.svg\x22\x0abody = \x22\x22\x22\
\x0aLa ARF puede ca\
lmar su dolor. P\
ara algunas pers\
onas, menos dolo\
r quiere decir m\
overse m\xc3\xa1s y ha\
cer m\xc3\xa1s cosas q\
ue les gustan.\x0a\x0a\
- Cuando la ARF \
funciona, el ali\
vio muchas veces\
 dura de 6 a 12 \
meses.\x0a- En algu\
nas personas, du\
ra m\xc3\xa1s tiempo.\x0a\
- Si el dolor vu\
elve, se puede h\
acer la ARF otra\
 vez.\x0a- Se hace \
con agujas delga\
das, no con una \
cirug\xc3\xada.\x0a- Casi\
 todas las perso\
nas se van a su \
casa el mismo d\xc3\
\xada.\x0a\x0aLos resulta\
dos var\xc3\xadan. Alg\
unas personas si\
enten poco alivi\
o.\x0a\x0aUn estudio g\
rande se hizo co\
n personas con d\
olor en la parte\
 baja de la espa\
lda. Unas hicier\
on solo un progr\
ama de ejercicio\
s. Otras hiciero\
n los mismos eje\
rcicios y adem\xc3\xa1\
s recibieron la \
ARF. A los 3 mes\
es, sumar la ARF\
 no dio mucha m\xc3\
\xa1s ayuda.\x0a\x0aSu eq\
uipo m\xc3\xa9dico le \
puede ayudar a p\
ensar en lo que \
la ARF puede hac\
er por usted.\x0a\x22\x22\
\x22\x0a\x0a[review]\x0asour\
ces = [\x22Clevelan\
d Clinic: Radiof\
requency Ablatio\
n (my.clevelandc\
linic.org/health\
/treatments/1741\
1)\x22, \x22Juch et al\
. The MINT trial\
s. JAMA 2017;318\
(1):68-81\x22, \x22Coh\
en et al. 2020: \
multispecialty g\
uidelines on fac\
et joint procedu\
res\x22]\x0areviewed_b\
y = \x22\x22\x0areviewed_\
on = \x22\x22\x0areview_d\
ue = \x22\x22\x0a\
\x00\x00\x05\xaa\
s\
ection = \x22about\x22\
\x0aorder = 10\x0atitl\
e = \x22\xc2\xbfQu\xc3\xa9 es l\
a ARF?\x22\x0amenu_tit\
le = \x22\xc2\xbfQu\xc3\xa9 es \
la ARF (rizotom\xc3\
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
ncia (ARF), tamb\
i\xc3\xa9n llamada riz\
otom\xc3\xada o neurot\
om\xc3\xada. De aqu\xc3\xad \
en adelante, la \
llamamos ARF.\x0a\x0aA\
lgunos dolores v\
ienen de una art\
iculaci\xc3\xb3n, como\
 las de la colum\
na. Una articula\
ci\xc3\xb3n es el luga\
r donde se unen \
dos huesos. Unos\
 nervios peque\xc3\xb1\
os llevan ese do\
lor hasta el cer\
ebro. La ARF usa\
 calor para que \
una peque\xc3\xb1a par\
te de uno de eso\
s nervios deje d\
e funcionar. El \
calor se hace co\
n ondas de radio\
. Con esa parte \
del nervio apaga\
da, pasa menos d\
olor.\x0a\x0a- El nerv\
io no se saca de\
l cuerpo.\x0a- El c\
alor s\xc3\xad destruy\
e una peque\xc3\xb1a z\
ona del nervio.\x0a\
- El nervio pued\
e volver a crece\
r con el tiempo,\
 as\xc3\xad que el ali\
vio casi nunca e\
s para siempre.\x0a\
\x0aQuiz\xc3\xa1s oiga el\
 nombre rizotom\xc3\
\xada. Ese nombre n\
o es del todo co\
rrecto. Rizotom\xc3\
\xada quiere decir \
tratar la ra\xc3\xadz \
de un nervio, el\
 lugar donde el \
nervio sale de l\
a columna. La AR\
F no trata las r\
a\xc3\xadces nerviosas\
. Trata ramas pe\
que\xc3\xb1as de los n\
ervios, las que \
llevan el dolor \
desde una articu\
laci\xc3\xb3n.\x0a\x22\x22\x22\x0a\x0a[r\
eview]\x0asources =\
 [\x22Cleveland Cli\
nic: Radiofreque\
ncy Ablation (my\
.clevelandclinic\
.org/health/trea\
tments/17411)\x22, \
\x22Waring, Landers\
 and Bogduk. Pai\
n Medicine 2022;\
23(3):603-4 (doi\
 10.1093/pm/pnab\
330)\x22]\x0areviewed_\
by = \x22\x22\x0areviewed\
_on = \x22\x22\x0areview_\
due = \x22\x22\x0a\
\x00\x00\x03f\
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
. Se queda unos \
30 a 60 minutos.\
 Una enfermera e\
st\xc3\xa1 pendiente d\
e usted y le pre\
gunta c\xc3\xb3mo se s\
iente.\x0a\x0aCuando e\
l equipo diga qu\
e ya puede, se v\
a a su casa. Un \
adulto debe mane\
jar por usted. N\
o maneje usted, \
aunque se sienta\
 bien. La medici\
na para relajars\
e puede darle su\
e\xc3\xb1o o hacer que\
 piense m\xc3\xa1s des\
pacio el resto d\
el d\xc3\xada.\x0a\x0a- El e\
quipo le dir\xc3\xa1 q\
u\xc3\xa9 hacer en los\
 pr\xc3\xb3ximos d\xc3\xadas\
.\x0a- Haga todas s\
us preguntas ant\
es de irse.\x0a\x22\x22\x22\x0a\
\x0a[review]\x0asource\
s = [\x22Cleveland \
Clinic: Radiofre\
quency Ablation \
(my.clevelandcli\
nic.org/health/t\
reatments/17411)\
\x22]\x0areviewed_by =\
 \x22\x22\x0areviewed_on \
= \x22\x22\x0areview_due \
= \x22\x22\x0a\
\x00\x00\x05y\
s\
ection = \x22condit\
ions\x22\x0aorder = 52\
\x0atitle = \x22Dolor \
de la articulaci\
\xc3\xb3n sacroil\xc3\xadaca\
\x22\x0amenu_title = \x22\
Dolor sacroil\xc3\xada\
co (SI)\x22\x0asubtitl\
e = \x22Dolor donde\
 la columna se u\
ne con la cadera\
.\x22\x0aimage = \x22cond\
ition-sacroiliac\
.svg\x22\x0abody = \x22\x22\x22\
\x0aUsted tiene dos\
 articulaciones \
sacroil\xc3\xadacas, o\
 articulaciones \
SI. Unen la base\
 de la columna c\
on la pelvis, qu\
e es el anillo d\
e hueso de la ca\
dera. Este dolor\
 se siente mucha\
s veces en la pa\
rte baja de la e\
spalda o en la n\
alga.\x0a\x0aVarios ne\
rvios peque\xc3\xb1os \
llevan el dolor \
de cada articula\
ci\xc3\xb3n SI. Para e\
ste dolor, la AR\
F trata una rama\
 del nervio L5. \
Este nervio sale\
 de la columna a\
 la altura de L5\
, el hueso m\xc3\xa1s \
bajo de la espal\
da. Tambi\xc3\xa9n tra\
ta las ramas lat\
erales sacras. S\
on nervios peque\
\xc3\xb1os que salen d\
el sacro, el hue\
so plano en la b\
ase de la column\
a.\x0a\x0aLos m\xc3\xa9dicos\
 muchas veces us\
an un tipo llama\
do radiofrecuenc\
ia enfriada. El \
agua enfr\xc3\xada la \
punta de la aguj\
a mientras traba\
ja. As\xc3\xad el calo\
r llega a una zo\
na m\xc3\xa1s grande.\x0a\
\x0aNo hay muchos e\
studios buenos s\
obre la ARF para\
 el dolor de la \
articulaci\xc3\xb3n SI\
. Por eso no est\
\xc3\xa1 claro cu\xc3\xa1nto\
 ayuda. Pregunte\
 a su equipo m\xc3\xa9\
dico qu\xc3\xa9 quiere\
 decir esto para\
 usted.\x0a\x22\x22\x22\x0a\x0a[re\
view]\x0asources = \
[\x22Cleveland Clin\
ic: Radiofrequen\
cy Ablation (my.\
clevelandclinic.\
org/health/treat\
ments/17411)\x22, \x22\
Waring, Landers \
and Bogduk. Pain\
 Medicine 2022;2\
3(3):603-4 (doi \
10.1093/pm/pnab3\
30)\x22]\x0areviewed_b\
y = \x22\x22\x0areviewed_\
on = \x22\x22\x0areview_d\
ue = \x22\x22\x0a\
\x00\x00\x05*\
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
. La ARF usa cal\
or en estos nerv\
ios peque\xc3\xb1os. N\
o trata las ra\xc3\xad\
ces nerviosas gr\
andes, que es do\
nde los nervios \
salen de la colu\
mna.\x0a\x0a- Primero,\
 le hacen bloque\
os nerviosos de \
prueba en estos \
nervios.\x0a- Si su\
 dolor mejora cl\
aramente despu\xc3\xa9\
s de la prueba, \
la ARF puede ser\
 una opci\xc3\xb3n.\x0a- \
El alivio casi s\
iempre es tempor\
al, porque los n\
ervios pueden vo\
lver a crecer.\x0a\x22\
\x22\x22\x0a\x0a[review]\x0asou\
rces = [\x22Clevela\
nd Clinic: Radio\
frequency Ablati\
on (my.cleveland\
clinic.org/healt\
h/treatments/174\
11)\x22, \x22Cohen et \
al. 2020: multis\
pecialty guideli\
nes on facet joi\
nt procedures\x22, \
\x22Waring, Landers\
 and Bogduk. Pai\
n Medicine 2022;\
23(3):603-4 (doi\
 10.1093/pm/pnab\
330)\x22]\x0areviewed_\
by = \x22\x22\x0areviewed\
_on = \x22\x22\x0areview_\
due = \x22\x22\x0a\
\x00\x00\x03v\
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
por uno o dos mi\
nutos, m\xc3\xa1s o me\
nos. El m\xc3\xa9dico \
puede tratar m\xc3\xa1\
s de un lugar.\x0a\x0a\
Puede sentir cal\
or o presi\xc3\xb3n. S\
i le duele, avis\
e al equipo. Ell\
os le pueden ayu\
dar.\x0a\x0a- Cuando t\
erminan con todo\
s los lugares, l\
e sacan las aguj\
as.\x0a- Le ponen u\
n vendaje peque\xc3\
\xb1o donde entr\xc3\xb3 \
cada aguja.\x0a\x22\x22\x22\x0a\
\x0a[review]\x0asource\
s = [\x22Cleveland \
Clinic: Radiofre\
quency Ablation \
(my.clevelandcli\
nic.org/health/t\
reatments/17411)\
\x22]\x0areviewed_by =\
 \x22\x22\x0areviewed_on \
= \x22\x22\x0areview_due \
= \x22\x22\x0a\
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
\x00\x00\x00!\
<\
\xb8d\x18\xca\xef\x9c\x95\xcd!\x1c\xbf`\xa1\xbd\xdd\xa7\
\x00\x00\x00\x05es_ES\x88\x00\x00\x00\x02\x01\x01\
\
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
\x00\x02\
\x00\x00\x06\xc3\
\x00e\
\x00s\
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
\x00\x0b\
\x01\xb8h=\
\x00k\
\x00i\x00o\x00s\x00k\x00_\x00e\x00s\x00.\x00q\x00m\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x04\x00\x00\x00\x01\
\x00\x00\x00D\x00\x02\x00\x00\x00\x0f\x00\x00\x00%\
\x00\x00\x002\x00\x02\x00\x00\x00\x01\x00\x00\x00$\
\x00\x00\x00\x1e\x00\x02\x00\x00\x00\x02\x00\x00\x00\x06\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x05\
\x00\x00\x05H\x00\x00\x00\x00\x00\x01\x00\x01\x06@\
\x00\x00\x038\x00\x02\x00\x00\x00\x0e\x00\x00\x00\x16\
\x00\x00\x03B\x00\x02\x00\x00\x00\x0e\x00\x00\x00\x08\
\x00\x00\x05,\x00\x00\x00\x00\x00\x01\x00\x00\xc9o\
\x00\x00\x03x\x00\x00\x00\x00\x00\x01\x00\x00\x90\xfe\
\x00\x00\x04\xaa\x00\x00\x00\x00\x00\x01\x00\x00\xbbZ\
\x00\x00\x03\xb0\x00\x00\x00\x00\x00\x01\x00\x00\x98.\
\x00\x00\x04\xc6\x00\x00\x00\x00\x00\x01\x00\x00\xbe\xc4\
\x00\x00\x03\x94\x00\x00\x00\x00\x00\x01\x00\x00\x94\xa5\
\x00\x00\x03L\x00\x00\x00\x00\x00\x01\x00\x00\x8cG\
\x00\x00\x03\xcc\x00\x00\x00\x00\x00\x01\x00\x00\x9c\xe0\
\x00\x00\x04\xfe\x00\x00\x00\x00\x00\x01\x00\x00\xc4A\
\x00\x00\x04p\x00\x00\x00\x00\x00\x01\x00\x00\xb0\x9f\
\x00\x00\x03\xe8\x00\x00\x00\x00\x00\x01\x00\x00\xa2J\
\x00\x00\x04 \x00\x00\x00\x00\x00\x01\x00\x00\xa7\x8d\
\x00\x00\x04V\x00\x00\x00\x00\x00\x01\x00\x00\xacV\
\x00\x00\x04\x90\x00\x00\x00\x00\x00\x01\x00\x00\xb5\xac\
\x00\x00\x05,\x00\x00\x00\x00\x00\x01\x00\x01\x03\x08\
\x00\x00\x03x\x00\x00\x00\x00\x00\x01\x00\x00\xd1 \
\x00\x00\x04\xaa\x00\x00\x00\x00\x00\x01\x00\x00\xf6\xbc\
\x00\x00\x03\xb0\x00\x00\x00\x00\x00\x01\x00\x00\xd7\xdc\
\x00\x00\x04\xc6\x00\x00\x00\x00\x00\x01\x00\x00\xf9\xdb\
\x00\x00\x03\x94\x00\x00\x00\x00\x00\x01\x00\x00\xd4\x84\
\x00\x00\x03L\x00\x00\x00\x00\x00\x01\x00\x00\xcc\xe9\
\x00\x00\x03\xcc\x00\x00\x00\x00\x00\x01\x00\x00\xdc'\
\x00\x00\x04\xfe\x00\x00\x00\x00\x00\x01\x00\x00\xfe\xa7\
\x00\x00\x04p\x00\x00\x00\x00\x00\x01\x00\x00\xed\x8e\
\x00\x00\x03\xe8\x00\x00\x00\x00\x00\x01\x00\x00\xe0\xfe\
\x00\x00\x04 \x00\x00\x00\x00\x00\x01\x00\x00\xe5\x8e\
\x00\x00\x04V\x00\x00\x00\x00\x00\x01\x00\x00\xe9\xa5\
\x00\x00\x04\x90\x00\x00\x00\x00\x00\x01\x00\x00\xf1\xe0\
\x00\x00\x03 \x00\x01\x00\x00\x00\x01\x00\x00\x86l\
\x00\x00\x00V\x00\x02\x00\x00\x00\x08\x00\x00\x004\
\x00\x00\x00\xe8\x00\x00\x00\x00\x00\x01\x00\x00 u\
\x00\x00\x01\x14\x00\x00\x00\x00\x00\x01\x00\x00(\xa0\
\x00\x00\x00\x80\x00\x00\x00\x00\x00\x01\x00\x00\x07\xaf\
\x00\x00\x00f\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x01H\x00\x00\x00\x00\x00\x01\x00\x001_\
\x00\x00\x01b\x00\x00\x00\x00\x00\x01\x00\x00<\xf6\
\x00\x00\x02,\x00\x00\x00\x00\x00\x01\x00\x00r/\
\x00\x00\x01|\x00\x00\x00\x00\x00\x01\x00\x00D\xdc\
\x00\x00\x02\x14\x00\x00\x00\x00\x00\x01\x00\x00in\
\x00\x00\x00\xb2\x00\x00\x00\x00\x00\x01\x00\x00\x19a\
\x00\x00\x00\x9a\x00\x00\x00\x00\x00\x01\x00\x00\x0e\xbb\
\x00\x00\x01\xea\x00\x00\x00\x00\x00\x01\x00\x00b4\
\x00\x00\x01\x96\x00\x00\x00\x00\x00\x01\x00\x00M\xf2\
\x00\x00\x01\xb4\x00\x00\x00\x00\x00\x01\x00\x00X\xf0\
\x00\x00\x02\xea\x00\x00\x00\x00\x00\x01\x00\x00\x83\x12\
\x00\x00\x02\xd4\x00\x00\x00\x00\x00\x01\x00\x00\x81\xa4\
\x00\x00\x02\x88\x00\x00\x00\x00\x00\x01\x00\x00}\x02\
\x00\x00\x02F\x00\x00\x00\x00\x00\x01\x00\x00{!\
\x00\x00\x03\x0c\x00\x00\x00\x00\x00\x01\x00\x00\x84-\
\x00\x00\x02d\x00\x00\x00\x00\x00\x01\x00\x00|\x1d\
\x00\x00\x02\xb4\x00\x00\x00\x00\x00\x01\x00\x00\x7fG\
\x00\x00\x02\x9e\x00\x00\x00\x00\x00\x01\x00\x00~J\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
