import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const issuers = (...paragraphs: string[]) => directives(run('vi', ...paragraphs)).map((d) => d.issuer);

describe('Vietnamese issuer: a bare body head the speaker leads', () => {
  it('reads "Sở" as the named director of the Sở speaking', () => {
    const found = issuers(
      'Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà cho biết, Sở đã yêu cầu các bệnh viện sẵn sàng thu dung bệnh nhân.',
    );
    expect(found).toEqual(['Trần Thị Nhị Hà']);
  });
  it('does not give the body to a deputy', () => {
    const found = issuers(
      'Phó Giám đốc Sở Y tế Hà Nội Trần Văn Nam cho biết, Sở đã yêu cầu các bệnh viện sẵn sàng thu dung bệnh nhân.',
    );
    expect(found[0]).not.toBe('Trần Văn Nam');
  });
  it('does not give the ministry to a deputy minister', () => {
    const found = issuers(
      'Thứ trưởng Bộ Y tế Trần Văn Nam cho biết, Bộ đã yêu cầu các bệnh viện sẵn sàng thu dung bệnh nhân.',
    );
    expect(found[0]).not.toBe('Trần Văn Nam');
  });
});
