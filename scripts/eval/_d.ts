import { readFileSync } from 'node:fs';
import { directives, run } from '../../tests/unit/analyze/helpers';

for (const l of readFileSync(0, 'utf8').split('\n').filter(Boolean))
  console.log(
    JSON.stringify(directives(run('vi', ...l.split(' ¶ '))).map((d) => [d.text.slice(0, 30), d.issuer])),
    ' <= ',
    l.slice(0, 120),
  );
