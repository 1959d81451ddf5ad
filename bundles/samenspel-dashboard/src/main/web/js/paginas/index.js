// Every page the dashboard knows, in menu order; app.js shows those this installation and user can use.

import overzicht from './overzicht.js';
import regios from './regios.js';
import jeugdhulp from './jeugdhulp.js';
import wmo from './wmo.js';
import beschermdWonen from './beschermdwonen.js';
import verevening from './verevening.js';
import imports from './imports.js';
import uitwisseling from './uitwisseling.js';
import afrekeningen from './afrekeningen.js';
import audit from './audit.js';

export const PAGINAS = [overzicht, regios, jeugdhulp, wmo, beschermdWonen, verevening, afrekeningen, imports, uitwisseling, audit];
