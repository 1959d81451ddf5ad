// Every page the dashboard knows, in menu order; app.js shows those this installation and user can use.

import overzicht from './overzicht.js';
import regios from './regios.js';
import verevening from './verevening.js';
import audit from './audit.js';

export const PAGINAS = [overzicht, regios, verevening, audit];
