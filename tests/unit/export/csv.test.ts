import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/export/csv';
import { sampleExport } from './fixture.test-data';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+84 912')).toBe("'+84 912");
    expect(csvCell('-5%')).toBe("'-5%");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('toCsv', () => {
  const csv = toCsv(sampleExport());
  const lines = csv.split('\r\n');

  it('writes a header and one CRLF-terminated row per annotation', () => {
    expect(lines[0]).toBe(
      'url,kind,origin,quote,start,end,name,titles,figure_type,value,value_to,unit,issuer,note,tags',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(1 + 6 + 1);
  });

  it('fills the entity columns of each kind', () => {
    expect(lines[1]).toBe(
      'https://tin.example/bai-1,official,auto,Bộ trưởng Nguyễn Văn A,0,22,Nguyễn Văn A,Bộ trưởng,,,,,,,official',
    );
    expect(lines[2]).toBe(
      'https://tin.example/bai-1,figure,auto,430 tỷ USD,30,40,,,money,430000000000,,USD,,,figure; money',
    );
    expect(lines[5]).toContain('"Bộ trưởng yêu cầu ""làm ngay"", không chậm trễ."');
  });
});
