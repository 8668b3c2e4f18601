import { describe, expect, it } from 'vitest';
import type { Orientation, Paper } from '../model/types';
import { checkSheet } from './invariants';
import { layoutSheet } from './layoutSheet';
import { generateSop } from './testing/generateSop';
import { sheetMeasurer as measure } from './text/measure';

type Case = [
  seed: number,
  steps: number,
  actors: number,
  decisionRate: number,
  loopRate: number,
  multiSymbolRate: number,
  pageBreakRate: number,
  paper: Paper,
  orientation: Orientation,
  repeatHeader: boolean,
  connectorLetters: boolean,
];

/**
 * Generated SOPs that once ended with a fault (found by the property test in
 * layoutSheet.test.ts and by sweeps over thousands of generated SOPs): mostly
 * flow labels with no legal place, in the narrow actor columns of 9-12 actors
 * on portrait paper, and single-actor pages with many loops.
 */
const ONCE_FAULTY: Case[] = [
  [99793032, 295, 10, 0.4, 0.2, 0.4, 2e-240, 'F4', 'portrait', true, false],
  [
    994271082,
    217,
    10,
    0.39999999999999947,
    5e-323,
    0.39999999999999974,
    9.720593928953448e-196,
    'F4',
    'portrait',
    true,
    false,
  ],
  [
    1097446558,
    293,
    12,
    0.39999999999999997,
    4.160264355848992e-286,
    0.3999999999999996,
    7.4e-323,
    'Letter',
    'portrait',
    false,
    true,
  ],
  [
    1583645549,
    291,
    1,
    0.3999999999999994,
    1.2058056397502946e-242,
    0.04317601431396138,
    2.0265262804974504e-169,
    'A4',
    'portrait',
    true,
    false,
  ],
  [
    306986920,
    143,
    10,
    0.39999999999999925,
    1.4726058344227697e-179,
    0.39999999999999974,
    1.382446342704923e-145,
    'F4',
    'portrait',
    true,
    true,
  ],
  [383141076, 140, 12, 0.4, 0.2, 0.3, 0.1, 'Letter', 'portrait', false, false],
  [1098613640, 126, 11, 0.3, 0.1, 0.3, 0.1, 'Letter', 'portrait', false, true],
  [2147483639, 279, 11, 0.4, 0.2, 0.3, 0.1, 'F4', 'portrait', false, false],
  [816159342, 199, 12, 0.2, 0.2, 0.3, 0, 'Legal', 'portrait', false, false],
  [1356090160, 278, 12, 0.2, 0, 0.4, 0.1, 'A4', 'portrait', false, true],
  [1076457760, 293, 11, 0.4, 0.1, 0.4, 0.1, 'F4', 'portrait', false, false],
  [493623182, 150, 12, 0.2, 0, 0.4, 0.1, 'F4', 'portrait', true, false],
  [20, 289, 12, 0.2, 0.1, 0.4, 0, 'Letter', 'portrait', false, false],
  [982912343, 41, 12, 0.3, 0.2, 0.3, 0.1, 'F4', 'portrait', false, true],
  [501929310, 292, 11, 0.4, 0.2, 0.4, 0.1, 'A4', 'portrait', true, false],
  [1101907150, 143, 12, 0.2, 0.1, 0.3, 0.1, 'A4', 'portrait', true, true],
  [657284761, 185, 11, 0.2, 0, 0.4, 0, 'F4', 'portrait', true, false],
  [17, 247, 12, 0.4, 0, 0.4, 0, 'Legal', 'portrait', false, false],
  [969367939, 196, 12, 0.4, 0, 0.4, 0.1, 'A4', 'portrait', true, true],
  [2147483641, 159, 11, 0.2, 0, 0.4, 0.1, 'A4', 'portrait', true, false],
  [1310888002, 164, 11, 0.4, 0.2, 0.4, 0.1, 'A4', 'portrait', true, true],
  [29, 275, 12, 0.4, 0.1, 0.4, 0, 'F4', 'portrait', false, false],
  [2147483621, 298, 12, 0.4, 0, 0.4, 0.1, 'Letter', 'portrait', true, false],
  [1815574830, 294, 12, 0.3, 0.2, 0.4, 0, 'A4', 'portrait', false, false],
  [806941043, 293, 11, 0.2, 0, 0.3, 0.1, 'Legal', 'portrait', false, true],
  [618447396, 261, 11, 0.4, 0.1, 0.3, 0.1, 'Legal', 'portrait', false, true],
  [1927887133, 252, 11, 0.4, 0, 0.3, 0.1, 'Letter', 'portrait', true, false],
  [27, 271, 12, 0.4, 0, 0.3, 0.1, 'Legal', 'portrait', true, true],
  [613231771, 266, 12, 0.4, 0.2, 0.4, 0, 'F4', 'portrait', true, false],
  [584801035, 300, 11, 0.3, 0, 0.4, 0, 'Legal', 'portrait', true, true],
  [468997822, 195, 11, 0.3, 0.1, 0.3, 0, 'Legal', 'portrait', false, true],
  [1835519766, 159, 12, 0.4, 0, 0.4, 0, 'A4', 'portrait', false, false],
  [1924078852, 299, 11, 0.3, 0, 0.3, 0, 'F4', 'portrait', false, true],
  [22, 106, 10, 0.3, 0, 0.4, 0, 'A4', 'portrait', false, true],
  [1550351147, 232, 11, 0.4, 0, 0.4, 0.1, 'A4', 'portrait', true, true],
  [1006964426, 267, 10, 0.4, 0.1, 0.4, 0.1, 'Legal', 'portrait', true, true],
  [957748723, 73, 12, 0.4, 0.1, 0.4, 0.1, 'F4', 'portrait', true, false],
  [995077701, 298, 10, 0.3, 0, 0.4, 0, 'F4', 'portrait', false, false],
  [1279022661, 37, 1, 0.4, 0.1, 0, 0, 'Legal', 'portrait', true, false],
  [1964185265, 300, 9, 0.3, 0, 0.3, 0, 'Letter', 'portrait', true, true],
  [2147483643, 246, 10, 0.4, 0.1, 0.4, 0, 'A4', 'portrait', false, true],
  [950148792, 155, 10, 0.3, 0, 0.4, 0.1, 'A4', 'portrait', false, false],
  [2147483630, 226, 1, 0.4, 0, 0.3, 0, 'Letter', 'landscape', false, false],
  [726122747, 105, 9, 0.2, 0, 0.3, 0.1, 'Legal', 'portrait', false, true],
  [167206451, 170, 1, 0.2, 0.1, 0, 0.1, 'Letter', 'landscape', false, true],
  [21, 191, 12, 0.3, 0, 0.3, 0, 'Letter', 'portrait', true, false],
  [2052408133, 120, 1, 0.2, 0.1, 0.3, 0, 'F4', 'landscape', false, false],
  [2147483636, 80, 12, 0.4, 0.2, 0.3, 0, 'Letter', 'portrait', true, false],
  [1245667268, 282, 11, 0.3, 0, 0.3, 0, 'A4', 'portrait', true, true],
  [492967325, 117, 9, 0.4, 0.2, 0.3, 0, 'F4', 'portrait', false, true],
  [441982050, 106, 11, 0.3, 0.1, 0.4, 0, 'Legal', 'portrait', true, false],
  [1931220722, 222, 10, 0.3, 0.2, 0.3, 0.1, 'Legal', 'portrait', true, true],
  [1268063324, 260, 12, 0.3, 0.2, 0.3, 0.1, 'Legal', 'portrait', false, true],
  [2, 170, 10, 0.2, 0.1, 0.3, 0, 'Letter', 'portrait', true, false],
  [510944093, 292, 11, 0.2, 0.2, 0.4, 0.1, 'A4', 'portrait', true, true],
  [42791966, 210, 12, 0.2, 0.1, 0.3, 0, 'A4', 'portrait', true, false],
  [420525473, 299, 1, 0.4, 0, 0.3, 0.1, 'Legal', 'portrait', true, false],
  [968216103, 173, 1, 0.4, 0.2, 0.4, 0.1, 'Legal', 'portrait', false, false],
];

describe('layoutSheet on generated SOPs that once had faults', () => {
  it.each(ONCE_FAULTY)(
    'seed %i (%i steps, %i actors) keeps every invariant',
    (seed, steps, actors, decisionRate, loopRate, multiSymbolRate, pageBreakRate, ...rest) => {
      const [paper, orientation, repeatHeader, connectorLetters] = rest;
      const doc = generateSop({
        seed,
        steps,
        actors,
        decisionRate,
        loopRate,
        multiSymbolRate,
        pageBreakRate,
        paper,
        orientation,
        repeatHeader,
        connectorLetters,
      });
      expect(checkSheet(doc, layoutSheet(doc, { measure }), measure)).toEqual([]);
    },
  );
});
