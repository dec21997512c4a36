/** What Chromium draws outside the structure tree becomes an artifact; tagged content stays as it is. */
import { describe, expect, test } from 'vitest';
import { markUntaggedAsArtifacts, operationsOf } from '../src/pdf/artifacts.ts';

// The shape of a page Chromium writes: a margin box's text first, untagged, then the tagged content.
const page = `.24 0 0 -.24 0 841.92 cm
q
BT
/F4 12 Tf
1 0 0 -1 68 41 Tm
<0036005700550044> Tj
ET
0 0 100 20 re
f
Q
q
212.5 237.5 2055.1 3035.5 re
W* n
/H2 <</MCID 0 >>BDC
0 51 658 1 re
f
BT
/F5 18 Tf
(Tekst \\(med\\) parentes) Tj
[(A) -20 (B)] TJ
ET
EMC
/P <</MCID 1 >>BDC
BT
<0019> Tj
ET
EMC
Q
`;

describe('artifact marks', () => {
  test('split a content stream into operations, strings and arrays included', () => {
    expect(operationsOf('BT (a \\) b) Tj [(x) 5 (y)] TJ ET').map((op) => op.operator)).toEqual(['BT', 'Tj', 'TJ', 'ET']);
    expect(operationsOf('/P <</MCID 3 /Lang (nb)>> BDC EMC').map((op) => op.operator)).toEqual(['BDC', 'EMC']);
  });

  test('wrap the untagged text object and painted path, and leave the clip and the tagged content alone', () => {
    const marked = markUntaggedAsArtifacts(page);
    expect(marked).toContain('q\n/Artifact BMC\nBT\n/F4 12 Tf\n1 0 0 -1 68 41 Tm\n<0036005700550044> Tj\nET\nEMC\n/Artifact BMC\n0 0 100 20 re\nf\nEMC\nQ');
    expect(marked).toContain('212.5 237.5 2055.1 3035.5 re\nW* n\n/H2 <</MCID 0 >>BDC\n0 51 658 1 re\nf\nBT');
    expect(marked.match(/\/Artifact BMC/g)?.length).toBe(2);
    // Nothing else changed: only the two marks were added.
    expect(marked.length).toBe(page.length + 2 * '/Artifact BMC\n\nEMC'.length);
  });

  test('leave a text object that holds marked content untouched', () => {
    const text = 'BT\n/Span <</MCID 2>> BDC\n(x) Tj\nEMC\nET\n';
    expect(markUntaggedAsArtifacts(text)).toBe(text);
  });
});
