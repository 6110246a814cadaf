import { firstBodyIn } from './body';

/**
 * "Theo Sở Y tế TP.HCM, các bệnh viện phải ...", "Theo đại diện Bộ Y tế, ...": what a body (or
 * its representative, its leadership, its spokesperson) says others must do is the body's
 * obligation, as "Hospitals must report cases, the ministry said" is. Read on our own probes: the
 * issuer was left empty, or the sentence not taken. A report of the body ("Theo báo cáo của Sở
 * ...") names a document, not the body, and stays as it was.
 */
const SPOKESMAN = /^(?:(?:đại diện|lãnh đạo|người phát ngôn|phát ngôn viên)\s+)?/iu;
/**
 * Only a binding modal: a body's "cần" cited this way ("Theo Bộ Y tế, người dân cần đeo khẩu
 * trang") is advice, and stays no directive (directives-vi-probes).
 */
const BINDING = /(?<![\p{L}])(?:phải|không được|bắt buộc|nghiêm cấm|bị cấm)(?![\p{L}])/u;

/** The body a "Theo ..." lead names as its speaker, when what follows binds, or null. */
export function bodyView(leadText: string, after: string): string | null {
  return BINDING.test(after) ? leadBody(leadText) : null;
}

/** The body a lead's text opens on, past a spokesperson or representative, or null. */
function leadBody(leadText: string): string | null {
  const rest = leadText.replace(SPOKESMAN, '');
  const body = firstBodyIn(rest);
  return body && rest.startsWith(body) ? body : null;
}

// "Theo Bộ Y tế, ...": the lead that cites a source, in the sentence as written.
const CITED = /^\s*[Tt]heo\s([^,;:]{2,80}),\s/u;

/**
 * The body a "Theo ..." lead cites, whatever the modal after it ("Theo Bộ Y tế, người dân cần ..."):
 * where the sentence is a directive for another reason (it goes on with an earlier order), the body
 * it cites is its source, not the body that spoke last. Null when the lead names no body first.
 */
export function citedBody(s: string): string | null {
  const lead = CITED.exec(s)?.[1];
  return lead ? leadBody(lead) : null;
}
