import { describe, expect, it } from 'vitest';
import { formSections, type ScalarField, type TableColumn } from './form-spec';
import { formVersion } from './form-version';

/** Everything of the form a school's file is read by: titles, labels, headers, options, in order. */
function formShape(): string {
  return formSections
    .map((section) => {
      const parts =
        'fields' in section
          ? (section.fields as readonly ScalarField[]).map((f) => `${f.label}=${f.type}:${(f.options ?? []).join('/')}`)
          : (section.columns as readonly TableColumn[]).map(
              (c) => `${c.header}=${c.type}:${(c.options ?? []).join('/')}`,
            );
      return `${section.title}[${section.types.join(',')}]{${parts.join(';')}}`;
    })
    .join('\n');
}

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

describe('formVersion', () => {
  it('is raised whenever the form changes (update both lines below together)', () => {
    // The form of version 1. A changed form without a new version would make `collect` read an old
    // file as if it were current; raise `formVersion` and record the new shape's hash here.
    expect({ version: formVersion, shape: fnv(formShape()) }).toEqual({ version: 1, shape: '57249079' });
  });
});
