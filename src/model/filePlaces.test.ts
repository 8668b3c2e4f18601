import { describe, expect, it } from 'vitest';
import { formatFileError } from './fileErrorMessages';
import { describeFilePlace } from './filePlaces';

describe('describeFilePlace', () => {
  it('names places as the screens do, counting from 1', () => {
    expect(describeFilePlace('flows[0].to', 'id')).toBe('Panah ke-1, tujuan');
    expect(describeFilePlace('steps[3].symbols[0].actor', 'id')).toBe(
      'Langkah 4, simbol 1, pelaksana',
    );
    expect(describeFilePlace('sop.identity.legalBasis[2]', 'id')).toBe('Dasar Hukum butir 3');
    expect(describeFilePlace('identity.name', 'id')).toBe('Nama SOP');
    expect(describeFilePlace('actors[1].name', 'en')).toBe('Actor 2, name');
    expect(describeFilePlace('identity', 'id')).toBe('Identitas');
    expect(describeFilePlace('steps[0].time', 'en')).toBe('Step 1, Time');
    expect(describeFilePlace('documents[1].flows[0].from', 'en')).toBe('SOP 2, Arrow 1, from');
  });

  it('gives up on a path it has no words for, or one that is not a path', () => {
    expect(describeFilePlace('', 'id')).toBeNull();
    expect(describeFilePlace('[0].constructor', 'id')).toBeNull();
    expect(describeFilePlace('steps[1].whatever', 'id')).toBeNull();
    expect(describeFilePlace('steps..x', 'id')).toBeNull();
  });

  it('puts the place first and the technical path after it in a message', () => {
    expect(
      formatFileError({ path: 'flows[0].to', code: 'unknownSymbol', params: { id: 'zz' } }, 'id'),
    ).toBe("Panah ke-1, tujuan: tidak ada simbol dengan id 'zz' (flows[0].to)");
    expect(
      formatFileError(
        { path: '[0].constructor', code: 'forbiddenKey', params: { key: 'constructor' } },
        'en',
      ),
    ).toBe("[0].constructor: the key 'constructor' is not allowed in an SOP file");
  });
});
